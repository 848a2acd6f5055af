"""Property: a folder of text files is loaded completely, or every loss is named.

Over generated folders (nested subfolders; .txt files of random Unicode
paragraphs, hard-wrapped lines, CRLF or LF, boilerplate lines at the edges,
cp1252 files, empty and whitespace-only files, binary files):

- ``errors="skip"``: ``loaded + skipped == total``, the skipped files are
  exactly the bad ones, and every loaded article's headline, lede and body
  reproduce its file's text after the normalisation documented in
  :mod:`corpuskit.io.plaintext` (rules 1 and 2);
- ``errors="raise"``: the same articles when no file is bad, else a
  :class:`LoadError` naming the first bad file in reading order.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

import corpuskit as ck
from corpuskit.errors import LoadError
from corpuskit.io.plaintext import is_boilerplate
from corpuskit.io.report import LoadWarning

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"

#: Western European sentences, written to files in cp1252.
CP1252_SENTENCES = (
    "Le café de la médina à Alep a rouvert après des mois de siège.",
    "Die Straße nach Mossul blieb für Hilfskonvois gesperrt.",
    "Los niños y sus señoras huyeron hacia el norte del país.",
)

# No dashes, slashes or brackets: a generated paragraph can never open with a wire dateline.
WORD = st.text(
    st.characters(categories=["L", "M", "N", "S", "P"], exclude_characters="-–—_/()[]"),
    min_size=1,
    max_size=8,
)
SPACE = st.sampled_from([" ", "  ", "\t", "\u00a0", "\u3000"])


@st.composite
def paragraph(draw) -> str:
    """Words joined by runs of spaces, sometimes hard-wrapped over several lines."""
    words = draw(st.lists(WORD, min_size=1, max_size=8))
    text = words[0]
    for word in words[1:]:
        text += draw(st.sampled_from(["\n", *[draw(SPACE)] * 3])) + word
    return text


@st.composite
def text_file(draw) -> bytes:
    paragraphs = draw(st.lists(paragraph(), min_size=1, max_size=5))
    head = draw(st.sampled_from([[], ["All news"], ["", "Home > World"]]))
    tail = draw(st.sampled_from([[], ["Share"], ["", "  "]]))
    separator = draw(st.sampled_from(["\n\n", "\n \n\n", "\n\t\n"]))
    text = "\n".join(head) + ("\n\n" if head else "") + separator.join(paragraphs)
    text += ("\n\n" + "\n".join(tail)) if tail else ""
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return text.replace("\n", newline).encode("utf-8")


FILES = st.one_of(
    text_file().map(lambda data: ("text", data)),
    st.sampled_from(CP1252_SENTENCES).map(lambda s: ("text", s.encode("cp1252"))),
    st.sampled_from([b"", b"  \n\t\r\n"]).map(lambda data: ("empty", data)),
    st.binary(max_size=20).map(lambda tail: ("binary", PNG + tail)),
)
FOLDER = st.lists(st.sampled_from(["a", "b", "zz"]), max_size=2).map(tuple)
NAME = st.text("abcdefgh0123456789", min_size=1, max_size=6)
CORPUS = st.dictionaries(
    st.tuples(FOLDER, NAME).map(lambda pair: (*pair[0], pair[1] + ".txt")),
    FILES,
    min_size=1,
    max_size=8,
)


def documented_paragraphs(text: str) -> list[str]:
    """Rules 1 and 2 of corpuskit.io.plaintext, written out on their own."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while lines and (not lines[0] or is_boilerplate(lines[0])):
        lines.pop(0)
    while lines and (not lines[-1] or is_boilerplate(lines[-1])):
        lines.pop()
    blocks = "\n".join(lines).split("\n\n") if "" in lines else lines
    return [" ".join(block.split()) for block in blocks if block.split()]


@dataclass
class Corpus:
    folder: Path
    texts: dict[str, str]  # doc_id -> source text of the files that must load, in reading order
    bad: list[str]  # paths of the files that must be skipped, in reading order


def _write(folder: Path, files: dict[tuple[str, ...], tuple[str, bytes]]) -> Corpus:
    texts, bad = {}, []
    for parts in sorted(files):
        kind, data = files[parts]
        path = folder.joinpath(*parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        text = None
        if kind == "text":
            text = data.decode("utf-8") if _is_utf8(data) else data.decode("cp1252")
        if text is not None and documented_paragraphs(text):
            texts[path.relative_to(folder).with_suffix("").as_posix()] = text
        else:
            bad.append(str(path))
    return Corpus(folder, texts, bad)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _check_articles(arts: pd.DataFrame, corpus: Corpus) -> None:
    assert arts["doc_id"].tolist() == list(corpus.texts)
    for row in arts.itertuples():
        parts = [p for p in (row.title, row.lede, row.text) if isinstance(p, str)]
        assert "\n\n".join(parts) == "\n\n".join(documented_paragraphs(corpus.texts[row.doc_id]))
        assert row.source == str(corpus.folder / f"{row.doc_id}.txt")


@settings(max_examples=30, deadline=None)
@given(files=CORPUS)
def test_skip_mode_accounts_for_every_file(tmp_path_factory, files):
    corpus = _write(tmp_path_factory.mktemp("corpus"), files)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LoadWarning)
        arts = ck.read_articles(corpus.folder, errors="skip")
    report = ck.load_report(arts)
    assert report.loaded + report.skipped == report.total == len(files)
    assert sorted(s["source"] for s in report.skips) == sorted(corpus.bad)
    _check_articles(arts, corpus)


@settings(max_examples=30, deadline=None)
@given(files=CORPUS)
def test_raise_mode_loads_all_or_names_the_first_bad_file(tmp_path_factory, files):
    corpus = _write(tmp_path_factory.mktemp("corpus"), files)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", LoadWarning)
            arts = ck.read_articles(corpus.folder)
    except LoadError as error:
        assert corpus.bad, f"raised on a folder without bad files: {error}"
        assert error.path == corpus.bad[0]
        assert str(error).startswith(corpus.bad[0] + ": ")
        return
    assert not corpus.bad
    _check_articles(arts, corpus)
