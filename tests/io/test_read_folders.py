"""Folders as a new user (and an attacker) makes them (issue #14, items 12-14).

Symbolic links and link loops, several wire stories in one text file, text and
HTML files without url/author/language side by side, file names that are not
UTF-8, and a schema failure while assembling a folder.
"""

from __future__ import annotations

import os
import warnings

import numpy as np
import pandas as pd
import pytest

import corpuskit as ck
import corpuskit.io.documents as documents
import corpuskit.io.plaintext as plaintext
from corpuskit.errors import LoadError
from corpuskit.io.plaintext import find_stories
from corpuskit.io.report import LoadWarning
from corpuskit.schema import conform_articles, row_problems, validate_articles

TASS_DIGEST = """Lavrov backs Mosul push

The minister says the coalition must spare civilians

MOSCOW, March 27. /TASS/. Lavrov spoke on Monday.

He added more.

Putin meets UN envoy

MOSCOW, March 28. /TASS/. The president met the envoy.

MOSCOW, March 29. /TASS/. Shoigu reported on the ceasefire.
"""


def _quiet(call, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LoadWarning)
        return call(*args, **kwargs)


def _skips(arts: pd.DataFrame) -> dict[str, str]:
    return dict(ck.load_report(arts).to_frame()[["source", "reason"]].to_numpy())


# -- 12: symbolic links ---------------------------------------------------------------------


def test_folder_link_loops_read_each_file_once(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Alpha body.\n")
    (tmp_path / "sub" / "b.txt").write_text("Beta body.\n")
    os.symlink(".", tmp_path / "self")
    os.symlink("..", tmp_path / "sub" / "up")
    with pytest.warns(LoadWarning, match="skipped 2 of 4"):
        arts = ck.read_articles(tmp_path)
    assert arts["doc_id"].tolist() == ["a", "sub/b"]
    assert arts["text"].tolist() == ["Alpha body.", "Beta body."]
    loop = f"symbolic link to {tmp_path}, which holds this folder (a loop): not read"
    assert _skips(arts) == {str(tmp_path / "self"): loop, str(tmp_path / "sub" / "up"): loop}


def test_linked_files_and_folders_are_read_under_their_own_path_once(tmp_path):
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    (corpus / "sub").mkdir(parents=True)
    outside.mkdir()
    (corpus / "b.txt").write_text("Beta body.\n")
    (corpus / "sub" / "c.txt").write_text("Gamma body.\n")
    (outside / "d.txt").write_text("Delta body.\n")
    os.symlink("b.txt", corpus / "a.txt")
    os.symlink("sub", corpus / "alias")
    os.symlink(outside, corpus / "ext")
    os.symlink("missing.txt", corpus / "gone.txt")
    arts = _quiet(ck.read_articles, corpus)
    assert arts["doc_id"].tolist() == ["b", "ext/d", "sub/c"]
    assert _skips(arts) == {
        str(corpus / "a.txt"): f"the same file as {corpus / 'b.txt'}, read already",
        str(corpus / "alias"): f"the same folder as {corpus / 'sub'}, read already",
        str(corpus / "gone.txt"): "symbolic link to nothing (broken or a loop: missing.txt)",
    }
    report = ck.load_report(arts)
    assert (report.total, report.loaded, report.skipped) == (6, 3, 3)


def test_glob_through_a_link_loop_matches_each_file_once(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Alpha body.\n")
    (tmp_path / "sub" / "b.txt").write_text("Beta body.\n")
    os.symlink(".", tmp_path / "self")
    arts = _quiet(ck.read_articles, str(tmp_path / "**" / "*.txt"))
    assert arts["doc_id"].tolist() == ["a", "sub/b"]
    reason = f"symbolic link to {tmp_path}, which holds this folder (a loop): not read"
    assert _skips(arts) == {str(tmp_path / "self"): reason}


def test_glob_matching_a_file_twice_reads_it_under_its_own_path(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("Gamma body.\n")
    os.symlink("sub", tmp_path / "alias")
    arts = _quiet(ck.read_articles, str(tmp_path / "*" / "*.txt"))
    assert arts["doc_id"].tolist() == ["sub/c"]
    assert _skips(arts) == {
        str(tmp_path / "alias"): "symbolic link through which 1 file(s) read already were "
        f"matched again (e.g. {tmp_path / 'alias' / 'c.txt'}): not read twice"
    }


def test_glob_star_star_keeps_glob_rules(tmp_path):
    (tmp_path / "x" / "y").mkdir(parents=True)
    for name in ("top.txt", "x/mid.txt", "x/y/low.txt", "x/y/low.csv", "x/.hidden.txt"):
        (tmp_path / name).write_text("Body.\n" if name.endswith(".txt") else "id,text\n1,a\n")
    arts = ck.read_articles(str(tmp_path / "x" / "**" / "*.txt"))
    assert arts["doc_id"].tolist() == ["mid", "y/low"]
    assert ck.load_report(arts).total == 2


# -- 12: several wire stories in one text file ------------------------------------------------


def test_wire_stories_run_together_are_split(tmp_path):
    path = tmp_path / "digest.txt"
    path.write_text(TASS_DIGEST)
    arts = ck.read_articles(path, year=2017)
    assert arts["doc_id"].tolist() == ["digest#1", "digest#2", "digest#3"]
    assert arts["source_row"].tolist() == [1, 9, 13]
    assert arts["title"].tolist()[:2] == ["Lavrov backs Mosul push", "Putin meets UN envoy"]
    assert pd.isna(arts.loc[2, "title"])
    assert arts.loc[0, "lede"] == "The minister says the coalition must spare civilians"
    assert arts["text"].tolist() == [
        "Lavrov spoke on Monday.\n\nHe added more.",
        "The president met the envoy.",
        "Shoigu reported on the ceasefire.",
    ]
    assert arts["date"].tolist() == [pd.Timestamp(f"2017-03-{d}") for d in (27, 28, 29)]
    report = ck.load_report(arts)
    assert (report.total, report.loaded, report.skipped) == (3, 3, 0)
    assert report.notes == [f"{path}: 3 wire stories (at lines 1, 9, 13), read as digest#1 to #3"]


def test_split_stories_false_warns_with_file_and_lines(tmp_path):
    path = tmp_path / "digest.txt"
    path.write_text(TASS_DIGEST)
    message = f"{path}: lines 1, 9, 13 each start a wire story"
    with pytest.warns(LoadWarning, match=message):
        arts = ck.read_articles(path, split_stories=False)
    assert arts["doc_id"].tolist() == ["digest"]
    assert arts.loc[0, "text"].endswith(
        "MOSCOW, March 29. /TASS/. Shoigu reported on the ceasefire."
    )


def test_one_story_quoting_datelines_is_not_split():
    text = (
        "Lavrov backs Mosul push\n\nMOSCOW, March 27. /TASS/. He cited the agency: "
        '"MOSCOW, March 26. /TASS/. Talks went on."\n\n'
        "WASHINGTON — officials did not reply, he said.\n\nAleppo, Syria in numbers\n\n"
        "The city has two million people."
    )
    assert find_stories(text) == [plaintext.Story(1, text)]


def test_stories_split_only_where_each_keeps_a_body():
    text = "Headline one\n\nBEIRUT (Reuters) - Body.\n\nHeadline two\n\nBEIRUT (Reuters) -"
    assert [story.line for story in find_stories(text)] == [1]


# -- 13: all-missing optional columns; schema failures name the file --------------------------


def test_text_and_html_without_url_author_or_language_load(tmp_path):
    (tmp_path / "a.txt").write_text("Aid reaches Aleppo\n\nTrucks arrived on Monday.\n")
    (tmp_path / "b.html").write_text(
        "<html><head><title>Mosul</title></head><body><p>Forces advanced.</p></body></html>"
    )
    for errors in ("raise", "skip"):
        arts = ck.read_articles(tmp_path, errors=errors)
        assert arts["doc_id"].tolist() == ["a", "b"]
        assert arts[["url", "authors", "language"]].isna().all().all()
        validate_articles(arts)


def test_conform_accepts_all_missing_optional_columns():
    frame = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "text": ["x", "y"],
            "url": [np.nan, np.nan],
            "authors": [None, None],
            "date": [np.nan, np.nan],
            "source_row": [np.nan, np.nan],
        }
    )
    out = conform_articles(frame)
    assert out["url"].dtype == out["text"].dtype == out["authors"].dtype
    assert out["url"].isna().all() and out["authors"].isna().all()
    assert str(out["source_row"].dtype) == "Int64"


def test_row_problems_name_each_bad_value():
    frame = pd.DataFrame({"doc_id": ["a", None], "text": ["ok\udcff", 7]}, dtype=object)
    assert row_problems(frame) == [
        (0, "text", "holds U+DCFF at character 2, which is not valid Unicode text"),
        (1, "doc_id", "is empty"),
        (1, "text", "holds int 7, not text"),
    ]


def _bad_parser(monkeypatch):
    """A parser that gives the file ``b.txt`` a number for a title (a parser bug)."""
    parse = plaintext.parse_article

    def parse_article(text, **kwargs):
        record = parse(text, **kwargs)
        return {**record, "title": 5} if text.startswith("Bad") else record

    monkeypatch.setattr(documents, "parse_article", parse_article)


def test_schema_failure_while_assembling_names_the_file(tmp_path, monkeypatch):
    _bad_parser(monkeypatch)
    (tmp_path / "a.txt").write_text("Good body.\n")
    (tmp_path / "b.txt").write_text("Bad headline\n\nBody.\n")
    with pytest.raises(
        LoadError, match=r"b\.txt, column 'title': title holds float 5\.0, not text"
    ):
        ck.read_articles(tmp_path)
    with pytest.warns(LoadWarning, match="skipped 1 of 2"):
        arts = ck.read_articles(tmp_path, errors="skip")
    assert arts["doc_id"].tolist() == ["a"]
    assert _skips(arts) == {str(tmp_path / "b.txt"): "title holds float 5.0, not text"}


# -- 14: file names that are not UTF-8 -------------------------------------------------------


def _write_raw_name(folder, name: bytes, data: bytes) -> None:
    fd = os.open(os.path.join(os.fsencode(folder), name), os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, data)
    os.close(fd)


@pytest.mark.parametrize("errors", ["raise", "skip"])
def test_non_utf8_file_names_load_with_escapes(tmp_path, errors):
    (tmp_path / "ok.txt").write_text("Good body.\n")
    _write_raw_name(tmp_path, b"bad\xff.txt", b"Bad name body.\n")
    _write_raw_name(tmp_path, b"t\xe9.csv", b"id,text\nr1,Row body.\n")
    arts = ck.read_articles(tmp_path, errors=errors)
    assert arts["doc_id"].tolist() == ["bad\\xff", "ok", "r1"]
    assert arts["source"].tolist() == [
        f"{tmp_path}/bad\\xff.txt",
        f"{tmp_path}/ok.txt",
        f"{tmp_path}/t\\xe9.csv",
    ]
    assert arts["text"].tolist() == ["Bad name body.", "Good body.", "Row body."]
    assert ck.load_report(arts).notes == [
        f"{tmp_path}/bad\\xff.txt: file name is not UTF-8, shown with \\x escapes",
        f"{tmp_path}/t\\xe9.csv: file name is not UTF-8, shown with \\x escapes",
    ]


def test_unreadable_file_with_non_utf8_name_is_named(tmp_path):
    _write_raw_name(tmp_path, b"bin\xff.txt", b"\x00\x01binary")
    (tmp_path / "ok.txt").write_text("Good body.\n")
    with pytest.raises(LoadError, match=r"bin\\xff\.txt: looks binary") as error:
        ck.read_articles(tmp_path)
    assert error.value.path == f"{tmp_path}/bin\\xff.txt"
    arts = _quiet(ck.read_articles, tmp_path, errors="skip")
    assert list(_skips(arts)) == [f"{tmp_path}/bin\\xff.txt"]
