"""Fetching and repacking datasets, offline: prepare_* on origin-layout fixtures, a fake GitHub.

The fixtures in tests/fixtures/origin/ are invented files in the layout of each
repacked origin repository (including macOS ``._*`` junk, which must be ignored).
The network is replaced by :class:`FakeGitHub`, an opener serving those folders.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import urllib.parse
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from corpuskit.datasets import fetch
from corpuskit.datasets.fetch import (
    download_dataset,
    file_sha256,
    folder_sha256,
    prepare_article_bias_prediction,
    prepare_bbc_news,
    prepare_ungdc,
    read_xlsx,
    table_sha256,
    verify_file,
)
from corpuskit.datasets.registry import REGISTRY, DataFile, Dataset
from corpuskit.errors import DatasetError, LoadError

REPO = "demo/origin"
COMMIT = "c" * 40


@pytest.fixture(scope="module")
def origin(fixtures: Path) -> Path:
    return fixtures / "origin"


class FakeGitHub:
    """An opener serving one local folder as the repository ``REPO`` at ``COMMIT``."""

    def __init__(self, root: Path, *, tamper: dict[str, bytes] | None = None):
        self.root = root
        self.tamper = tamper or {}
        self.urls: list[str] = []

    def __call__(self, url: str) -> bytes:
        self.urls.append(url)
        api = f"https://api.github.com/repos/{REPO}/git/trees/"
        raw = f"https://raw.githubusercontent.com/{REPO}/{COMMIT}/"
        if url.startswith(api):
            sha = url[len(api) :]
            folder = self.root if sha == COMMIT else self.root / urllib.parse.unquote(sha)
            tree = [
                {
                    "path": child.name,
                    "type": "tree" if child.is_dir() else "blob",
                    "sha": urllib.parse.quote(child.relative_to(self.root).as_posix()),
                }
                for child in sorted(folder.iterdir())
            ]
            return json.dumps({"sha": sha, "tree": tree, "truncated": False}).encode()
        if url.startswith(raw):
            path = urllib.parse.unquote(url[len(raw) :])
            if path in self.tamper:
                return self.tamper[path]
            if (self.root / path).is_file():
                return (self.root / path).read_bytes()
        raise DatasetError(f"download failed: {url}: HTTP 404 Not Found")


def demo_dataset(name: str, *files: DataFile) -> Dataset:
    return Dataset(
        name=name,
        title="demo",
        description="demo",
        citation="demo",
        licence="none stated",
        origin_repo=REPO,
        origin_commit=COMMIT,
        files=files,
        n_docs=0,
    )


# -- prepare_* on the origin layouts ------------------------------------------------------------


def test_prepare_bbc_news_packs_text_files_into_the_csv_layout(origin, tmp_path):
    out = tmp_path / "bbc_news.csv"
    prepare_bbc_news(origin / "bbc_news", out)
    frame = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(frame.columns) == ["doc_id", "category", "title", "text"]
    assert frame["doc_id"].tolist() == ["business/001", "business/002", "tech/001"]
    assert frame["title"].tolist() == [
        "Grain prices climb",
        "Bank keeps rates",
        "Café robots arrive",
    ]
    assert frame["text"].iloc[0] == "Grain prices rose 4% on Monday.\n\nTraders blamed the weather."
    assert frame["text"].iloc[2] == (
        "Robots now serve coffee in a café.\n\n\n\nCustomers, mostly, approve."
    )
    assert out.read_bytes().startswith(b"doc_id,category,title,text\nbusiness/001,business,")


def test_prepare_article_bias_prediction_holds_back_aleppo_and_mosul(origin, tmp_path):
    out = tmp_path / "articles.parquet"
    prepare_article_bias_prediction(origin / "article_bias_prediction", out)
    frame = pd.read_parquet(out)
    assert list(frame.columns) == list(fetch.ABP_COLUMNS)
    # sorted by ID in code-point order; c3 (body says aleppo) and d4 (title says MOSUL) held back
    assert frame["ID"].tolist() == ["A1Demo00000000a1", "b2Demo00000000b2"]
    assert frame["bias"].dtype == "int64" and frame["bias"].tolist() == [0, 2]
    assert frame.loc[0, "date"] == "" and frame.loc[0, "authors"] == ""
    assert frame.loc[1, "content_original"] == (
        "The harbour bill passed on Tuesday.\n\nIt now goes to the house."
    )
    assert "content" not in frame.columns


def test_prepare_article_bias_prediction_names_a_json_missing_a_key(origin, tmp_path):
    jsons = tmp_path / "data" / "jsons"
    shutil.copytree(origin / "article_bias_prediction" / "data" / "jsons", jsons)
    record = json.loads((jsons / "A1Demo00000000a1.json").read_text())
    del record["bias_text"]
    (jsons / "A1Demo00000000a1.json").write_text(json.dumps(record))
    with pytest.raises(LoadError, match=r"A1Demo00000000a1\.json: missing key\(s\) bias_text"):
        prepare_article_bias_prediction(tmp_path, tmp_path / "out.parquet")


def test_read_xlsx_reads_shared_rich_and_inline_strings(origin):
    rows = read_xlsx(origin / "ungdc" / "data" / "data_original" / "Speakers_by_session.xlsx")
    assert rows[0][:3] == ["Year", "Session", "ISO Code"]
    assert rows[2] == [
        2011,
        66,
        "AAA",
        "Avalonia ",
        "Mira Quell",
        "Minister for Foreign Affairs",
        "English",
    ]
    assert rows[3][3] == "Republic of Borduria"  # rich text: two runs
    assert rows[3][5] is None  # empty Post cell
    assert rows[4][4] == "Ana Rook"  # inline string


def test_read_xlsx_rejects_a_non_workbook(tmp_path):
    path = tmp_path / "speakers.xlsx"
    path.write_text("Year,ISO Code\n")
    with pytest.raises(LoadError, match=r"speakers\.xlsx: not a readable xlsx workbook"):
        read_xlsx(path)


def test_prepare_ungdc_joins_speakers_and_keeps_2011_to_2024(origin, tmp_path):
    out = tmp_path / "ungdc.parquet"
    prepare_ungdc(origin / "ungdc", out)
    frame = pd.read_parquet(out)
    assert list(frame.columns) == [
        "doc_id",
        "country_iso3",
        "country",
        "session",
        "year",
        "speaker",
        "speaker_post",
        "text",
    ]
    assert frame["doc_id"].tolist() == ["AAA_66_2011", "BBB_66_2011", "AAA_79_2024", "EU_79_2024"]
    first = frame.iloc[0]
    assert first["country"] == "Avalonia " and first["speaker"] == "Mira Quell"
    assert first["text"] == "\ufeffMr. President, \nwe meet again.\n"  # unchanged, mark kept
    assert frame.loc[1, "country"] == "Republic of Borduria" and pd.isna(
        frame.loc[1, "speaker_post"]
    )
    assert frame[["country", "speaker", "speaker_post"]].iloc[3].isna().all()  # EU: no match
    assert frame["session"].tolist() == [66, 66, 79, 79]


# -- checksums ----------------------------------------------------------------------------------


def test_table_checksum_ignores_encoding_and_row_order(tmp_path):
    frame = pd.DataFrame({"ID": ["b", "a", "c"], "text": ["two", None, "ünï"], "n": [2, 1, 3]})
    frame.to_parquet(tmp_path / "one.parquet", compression="zstd", index=False)
    frame.iloc[::-1].to_parquet(tmp_path / "two.parquet", compression="snappy", index=False)
    assert file_sha256(tmp_path / "one.parquet") != file_sha256(tmp_path / "two.parquet")
    one = table_sha256(tmp_path / "one.parquet", key="ID")
    assert one == table_sha256(tmp_path / "two.parquet", key="ID")
    frame.assign(n=[2, 1, 4]).to_parquet(tmp_path / "three.parquet", index=False)
    assert table_sha256(tmp_path / "three.parquet", key="ID") != one


def test_verify_file_falls_back_to_the_content_checksum(tmp_path):
    path = tmp_path / "t.parquet"
    pd.DataFrame({"ID": ["x"], "v": [1]}).to_parquet(path, index=False)
    content = table_sha256(path, key="ID")
    entry = DataFile(
        "t.parquet",
        "0" * 64,
        1,
        "u",
        ("p",),
        prepared=True,
        content_sha256=content,
        content_key="ID",
    )
    verify_file(entry, path)  # the file bytes differ, the content matches
    wrong = dataclasses.replace(entry, content_sha256="1" * 64)
    with pytest.raises(DatasetError) as error:
        verify_file(wrong, path)
    message = str(error.value)
    assert "t.parquet" in message and "0" * 64 in message and file_sha256(path) in message
    assert "1" * 64 in message and content in message


def test_folder_checksum_covers_names_and_bytes_and_skips_hidden_files(origin, tmp_path):
    folder = tmp_path / "bbc"
    shutil.copytree(origin / "bbc_news" / "data" / "bbc", folder)
    sha, n_files, size = folder_sha256(folder, "*/*.txt")
    assert n_files == 3  # business/._001.txt and README.TXT are not counted
    assert size == sum(p.stat().st_size for p in folder.glob("*/[!.]*.txt"))
    (folder / "tech" / "001.txt").rename(folder / "tech" / "009.txt")
    assert folder_sha256(folder, "*/*.txt")[0] != sha


# -- downloading with a fake GitHub -------------------------------------------------------------


def test_registry_urls_point_at_the_pinned_commit():
    fakes = REGISTRY["fakes"]
    assert fakes.files[0].url == (
        "https://raw.githubusercontent.com/fakenewssyria/fake_news_detection/"
        "878865ed1ec80293dec91ff4a6e3e033d1f29b82/input/fakes.csv"
    )
    assert fetch.raw_url(REPO, COMMIT, "data/TXT/Session 66 - 2011/A.txt").endswith(
        f"{COMMIT}/data/TXT/Session%2066%20-%202011/A.txt"
    )


def test_fetch_copies_a_file_and_verifies_it(origin, tmp_path):
    source = origin / "bbc_news" / "data" / "bbc" / "business" / "002.txt"
    entry = DataFile(
        "rates.txt", file_sha256(source), source.stat().st_size, "u", ("data/bbc/business/002.txt",)
    )
    opener = FakeGitHub(origin / "bbc_news")
    folder = download_dataset(
        demo_dataset("demo", entry), dest=tmp_path, opener=opener, progress=False
    )
    assert folder == tmp_path / "demo"
    assert (folder / "rates.txt").read_bytes() == source.read_bytes()
    assert opener.urls == [
        f"https://raw.githubusercontent.com/{REPO}/{COMMIT}/data/bbc/business/002.txt"
    ]
    # a second run finds the verified file and downloads nothing
    download_dataset(demo_dataset("demo", entry), dest=tmp_path, opener=opener, progress=False)
    assert len(opener.urls) == 1


def test_fetch_checksum_mismatch_names_file_and_hashes_and_keeps_nothing(origin, tmp_path):
    source = origin / "bbc_news" / "data" / "bbc" / "business" / "002.txt"
    entry = DataFile(
        "rates.txt", file_sha256(source), source.stat().st_size, "u", ("data/bbc/business/002.txt",)
    )
    bad = b"tampered copy\n"
    opener = FakeGitHub(origin / "bbc_news", tamper={"data/bbc/business/002.txt": bad})
    with pytest.raises(DatasetError) as error:
        download_dataset(demo_dataset("demo", entry), dest=tmp_path, opener=opener, progress=False)
    message = str(error.value)
    assert "rates.txt" in message and entry.sha256 in message
    assert fetch.hashlib.sha256(bad).hexdigest() in message
    assert not (tmp_path / "demo" / "rates.txt").exists()


def test_fetch_expands_a_folder_pattern_and_skips_hidden_files(origin, tmp_path):
    sha, n_files, size = folder_sha256(origin / "bbc_news" / "data" / "bbc", "*/*.txt")
    entry = DataFile("stories/", sha, size, "u", ("data/bbc/*/*.txt",), n_files=n_files)
    opener = FakeGitHub(origin / "bbc_news")
    folder = download_dataset(
        demo_dataset("demo", entry), dest=tmp_path, opener=opener, progress=False
    )
    got = sorted(
        p.relative_to(folder / "stories").as_posix()
        for p in (folder / "stories").rglob("*")
        if p.is_file()
    )
    assert got == ["business/001.txt", "business/002.txt", "tech/001.txt"]
    assert not any("._" in url or "README" in url for url in opener.urls)


def test_fetch_prepares_a_repacked_file_and_removes_the_staged_origin(origin, tmp_path):
    expected = tmp_path / "expected.csv"
    prepare_bbc_news(origin / "bbc_news", expected)
    entry = dataclasses.replace(
        REGISTRY["bbc_news"].files[0],
        sha256=file_sha256(expected),
        size=expected.stat().st_size,
    )
    dataset = dataclasses.replace(
        REGISTRY["bbc_news"], origin_repo=REPO, origin_commit=COMMIT, files=(entry,)
    )
    folder = download_dataset(
        dataset, dest=tmp_path / "data", opener=FakeGitHub(origin / "bbc_news"), progress=False
    )
    assert (folder / "bbc_news.csv").read_bytes() == expected.read_bytes()
    assert not (folder / ".origin").exists()


def test_fetch_of_a_repacked_file_with_a_wrong_checksum_fails_and_keeps_the_origin(
    origin, tmp_path
):
    dataset = dataclasses.replace(REGISTRY["ungdc"], origin_repo=REPO, origin_commit=COMMIT)
    with pytest.raises(DatasetError, match=r"ungdc_2011_2024\.parquet: checksum mismatch"):
        download_dataset(
            dataset, dest=tmp_path, opener=FakeGitHub(origin / "ungdc"), progress=False
        )
    staged = tmp_path / "ungdc" / ".origin" / "data" / "data_original"
    assert (staged / "Speakers_by_session.xlsx").is_file()
    assert sorted(p.name for p in (staged / "TXT").rglob("*.txt")) == [
        "AAA_66_2011.txt",
        "AAA_79_2024.txt",
        "BBB_66_2011.txt",
        "EU_79_2024.txt",
    ]  # Session 65 - 2010 is outside the registered patterns
    assert not (tmp_path / "ungdc" / "ungdc_2011_2024.parquet").exists()


def test_fetch_reports_a_pattern_that_matches_nothing(origin, tmp_path):
    entry = DataFile("x/", "0" * 64, 0, "u", ("data/nowhere/*.txt",), n_files=0)
    with pytest.raises(DatasetError, match=r"nothing matches 'data/nowhere/\*\.txt'"):
        download_dataset(
            demo_dataset("demo", entry),
            dest=tmp_path,
            opener=FakeGitHub(origin / "bbc_news"),
            progress=False,
        )


def test_fetch_dataset_refuses_when_offline(monkeypatch, tmp_path):
    monkeypatch.setenv("CORPUSKIT_OFFLINE", "1")
    with pytest.raises(DatasetError, match="CORPUSKIT_OFFLINE=1 forbids downloads"):
        fetch.fetch_dataset("frac_frames", dest=tmp_path, opener=FakeGitHub(tmp_path))
    assert not (tmp_path / "frac_frames").exists()


def test_fetch_dataset_uses_the_cache_by_default(monkeypatch, tmp_path, data_dir):
    monkeypatch.delenv("CORPUSKIT_OFFLINE", raising=False)
    monkeypatch.setenv("CORPUSKIT_CACHE", str(tmp_path / "cache"))
    name = "gold_standard_single_label_all.csv"

    def opener(url: str) -> bytes:
        assert url == REGISTRY["frac_frames"].files[0].url
        return (data_dir / "frac_frames" / name).read_bytes()

    folder = fetch.fetch_dataset("frac_frames", opener=opener, progress=False)
    assert folder == tmp_path / "cache" / "frac_frames"
    assert file_sha256(folder / name) == REGISTRY["frac_frames"].files[0].sha256


def _workbook(path, cells: str, shared: str = "<si><t>Year</t></si>") -> None:
    """A one-sheet xlsx whose first row holds ``cells`` (raw ``<c>`` elements)."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    with zipfile.ZipFile(path, "w") as book:
        book.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
            f'<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        book.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" '
            f'Target="worksheets/sheet1.xml"/></Relationships>',
        )
        book.writestr("xl/sharedStrings.xml", f'<sst xmlns="{main}">{shared}</sst>')
        book.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{main}"><sheetData><row r="1">{cells}</row>'
            "</sheetData></worksheet>",
        )


def test_read_xlsx_reads_a_minimal_workbook(tmp_path):
    path = tmp_path / "ok.xlsx"
    _workbook(path, '<c r="A1" t="s"><v>0</v></c><c r="C1"><v>2.5</v></c>')
    assert read_xlsx(path) == [["Year", None, 2.5]]


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        ('<c r="A1" t="s"><v>7</v></c>', r"cell A1: shared-string index '7' is not one of the 1"),
        ('<c r="A1" t="s"><v>-1</v></c>', r"cell A1: shared-string index '-1' is not one"),
        ('<c r="A1" t="s"><v>x</v></c>', r"cell A1: shared-string index 'x' is not one"),
        ('<c r="B1"><v>abc</v></c>', r"cell B1: 'abc' is not a number"),
        ('<c r="1A"><v>1</v></c>', r"cell 1A: '1A' is not a cell reference"),
    ],
)
def test_read_xlsx_names_the_cell_of_a_malformed_value(tmp_path, cells, message):
    path = tmp_path / "bad.xlsx"
    _workbook(path, cells)
    with pytest.raises(LoadError, match=r"bad\.xlsx, row 1: worksheet xl/worksheets/sheet1\.xml"):
        read_xlsx(path)
    with pytest.raises(LoadError, match=message):
        read_xlsx(path)


def test_read_xlsx_rejects_a_truncated_workbook(tmp_path):
    path = tmp_path / "whole.xlsx"
    _workbook(path, '<c r="A1" t="s"><v>0</v></c>')
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(path.read_bytes()[:-60])
    with pytest.raises(LoadError, match=r"cut\.xlsx: not a readable xlsx workbook"):
        read_xlsx(cut)
