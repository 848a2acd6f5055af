"""Dask reading and parts that lose nothing (issue #14, items 4 and 5).

The synchronous scheduler keeps these tests cheap on a shared machine.
"""

from __future__ import annotations

import json

import dask
import dask.dataframe as dd
import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.errors import LoadError
from corpuskit.scale import counting
from corpuskit.scale.counting import dtm_dask
from corpuskit.scale.parts import DocTermParts


@pytest.fixture(autouse=True)
def synchronous():
    with dask.config.set(scheduler="synchronous"):
        yield


def _corpus(n_docs: int = 40, npartitions: int = 4):
    frame = pd.DataFrame(
        {
            "doc_id": [f"d{i:02d}" for i in range(n_docs)],
            "side": ["left", "right"] * (n_docs // 2),
            "text": [f"Aleppo shelled day {i}" for i in range(n_docs)],
        }
    )
    with dask.config.set({"dataframe.convert-string": False}):
        return frame, dd.from_pandas(frame, npartitions=npartitions)


# ---------------------------------------------------------------------- item 4: parts


def test_complete_parts_reopen_with_every_document(tmp_path):
    frame, ddf = _corpus()
    written = dtm_dask(ddf, path=tmp_path / "dtm", progress=False)
    manifest = json.loads((tmp_path / "dtm" / "manifest.json").read_text())
    assert [r["name"] for r in manifest["parts"]] == [f"part-{i:05d}" for i in range(4)]
    assert [r["n_docs"] for r in manifest["parts"]] == [10, 10, 10, 10]
    assert manifest["n_docs"] == 40
    reopened = DocTermParts.open(tmp_path / "dtm")
    assert list(reopened) == list(written)
    stacked = reopened.stack()
    assert stacked.doc_ids.tolist() == frame["doc_id"].tolist()
    assert (stacked.matrix != ck.dtm(frame).matrix).nnz == 0


def test_a_run_killed_between_part_writes_is_refused(tmp_path, monkeypatch):
    _, ddf = _corpus()
    move = counting._to_vocabulary
    written: list[str] = []

    def killed_at_the_third_part(counted, vocabulary, kept, path):
        if len(written) == 2:
            raise RuntimeError("killed")
        written.append(path)
        return move(counted, vocabulary, kept, path)

    monkeypatch.setattr(counting, "_to_vocabulary", killed_at_the_third_part)
    with pytest.raises(RuntimeError):
        dtm_dask(ddf, path=tmp_path / "dtm", progress=False)
    assert len(list((tmp_path / "dtm").glob("part-*"))) == 2
    folder = str(tmp_path / "dtm")
    with pytest.raises(LoadError, match=r"no manifest\.json") as error:
        DocTermParts.open(folder)
    assert str(error.value).startswith(f"{folder}: ")
    assert "overwrite=True" in str(error.value)
    monkeypatch.setattr(counting, "_to_vocabulary", move)
    dtm_dask(ddf, path=folder, overwrite=True, progress=False)
    assert DocTermParts.open(folder).stack().n_docs == 40


def test_a_missing_part_is_refused_with_its_documents(tmp_path):
    _, ddf = _corpus()
    dtm_dask(ddf, path=tmp_path, progress=False)
    for file in (tmp_path / "part-00002").iterdir():
        file.unlink()
    (tmp_path / "part-00002").rmdir()
    with pytest.raises(LoadError, match=r"part-00002 \(10 documents\) is missing"):
        DocTermParts.open(tmp_path)


def test_a_truncated_file_or_an_extra_part_is_refused(tmp_path):
    _, ddf = _corpus()
    dtm_dask(ddf, path=tmp_path, progress=False)
    matrix = tmp_path / "part-00001" / "matrix.npz"
    size = matrix.stat().st_size
    matrix.write_bytes(matrix.read_bytes()[:100])
    (tmp_path / "part-00009").mkdir()
    with pytest.raises(LoadError) as error:
        DocTermParts.open(tmp_path)
    message = str(error.value)
    assert f"part-00001/matrix.npz has 100 bytes, the manifest says {size:,}" in message
    assert "part-00009 is not in the manifest" in message


def test_overwrite_removes_the_old_manifest_first(tmp_path, monkeypatch):
    _, ddf = _corpus()
    dtm_dask(ddf, path=tmp_path, progress=False)

    def killed(counted, vocabulary, kept, path):
        raise RuntimeError("killed")

    monkeypatch.setattr(counting, "_to_vocabulary", killed)
    with pytest.raises(RuntimeError):
        dtm_dask(ddf, path=tmp_path, overwrite=True, progress=False)
    with pytest.raises(LoadError, match=r"no manifest\.json"):
        DocTermParts.open(tmp_path)


# ---------------------------------------------------------------------- item 5: skips


def _messy_tables(folder):
    """Two CSV files of 11 rows each, one row of each with an empty text."""
    for name, bad in (("a.csv", 4), ("b.csv", 9)):
        rows = [f"{name[0]}{i},Aleppo report {i}" for i in range(1, 12)]
        rows[bad - 1] = f"{name[0]}{bad},"
        (folder / name).write_text("doc_id,text\n" + "\n".join(rows) + "\n", "utf-8")


def test_read_articles_dask_accounts_for_every_skipped_row(tmp_path):
    _messy_tables(tmp_path)
    with pytest.warns(ck.LoadWarning, match=r"skipped 1 of 11 record\(s\) in the first partition"):
        ddf = ck.dask.read_articles(tmp_path, errors="skip", blocksize=1)
    assert ddf.npartitions == 2
    articles = ddf.persist()
    with pytest.warns(ck.LoadWarning, match=r"skipped 2 of 22 record\(s\); first: .*a\.csv, row 4"):
        report = ck.dask.load_report(articles)
    assert (report.loaded, report.skipped, report.total) == (20, 2, 22)
    assert [(s["source"].rpartition("/")[2], s["row"], s["reason"]) for s in report.skips] == [
        ("a.csv", 4, "empty text"),
        ("b.csv", 9, "empty text"),
    ]
    assert len(articles.compute()) == 20
    with pytest.warns(ck.LoadWarning):
        expected = ck.load_report(ck.read_articles(tmp_path, errors="skip"))
    assert report.to_dict() == expected.to_dict()


def test_unread_files_and_filters_keep_the_account(tmp_path):
    _messy_tables(tmp_path)
    (tmp_path / "notes.pptx").write_bytes(b"PK")
    with pytest.warns(ck.LoadWarning):
        ddf = ck.dask.read_articles(tmp_path, errors="skip", blocksize=1)
    with pytest.warns(ck.LoadWarning, match="skipped 3 of 23"):
        report = ck.dask.load_report(ddf[ddf["doc_id"] != "a1"])
    assert [s["source"].rpartition("/")[2] for s in report.skips] == [
        "notes.pptx",
        "a.csv",
        "b.csv",
    ]


def test_a_dask_frame_not_read_by_corpuskit_has_no_report():
    _, ddf = _corpus()
    with pytest.raises(KeyError, match=r"ck\.dask\.read_articles"):
        ck.dask.load_report(ddf)
