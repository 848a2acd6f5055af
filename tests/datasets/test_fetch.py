"""Fetching datasets through pooch, offline: a fake GitHub opener, and a fake HTTP server.

:class:`FakeGitHub` is an opener serving the origin-layout fixtures in
tests/fixtures/origin/ as a repository; the ``fake_http`` fixture
(tests/datasets/conftest.py) answers pooch's own HTTP downloader.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import urllib.parse
from pathlib import Path

import pooch
import pytest
import requests

from corpuskit.datasets import download, fetch
from corpuskit.datasets.catalog import bbc_news
from corpuskit.datasets.checksums import file_sha256, folder_sha256
from corpuskit.datasets.fetch import download_dataset
from corpuskit.datasets.model import raw_url
from corpuskit.datasets.registry import REGISTRY, DataFile, Dataset
from corpuskit.errors import DatasetError

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


# -- downloading with a fake GitHub -------------------------------------------------------------


def test_registry_urls_point_at_the_pinned_commit():
    fakes = REGISTRY["fakes"]
    assert fakes.files[0].url == (
        "https://raw.githubusercontent.com/fakenewssyria/fake_news_detection/"
        "878865ed1ec80293dec91ff4a6e3e033d1f29b82/input/fakes.csv"
    )
    assert raw_url(REPO, COMMIT, "data/TXT/Session 66 - 2011/A.txt").endswith(
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
    assert hashlib.sha256(bad).hexdigest() in message
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
    bbc_news.prepare(origin / "bbc_news", expected)
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


# -- pooch's own HTTP downloader, with the network replaced by ``fake_http`` ---------------------

GOOD = b"Grain prices rose 4% on Monday.\n"


def rates_dataset(body: bytes = GOOD) -> Dataset:
    entry = DataFile("rates.txt", hashlib.sha256(body).hexdigest(), len(body), "u", ("rates.txt",))
    return demo_dataset("demo", entry)


def test_the_http_downloader_streams_the_file_and_names_corpuskit(fake_http, tmp_path):
    url = raw_url(REPO, COMMIT, "rates.txt")
    fake_http.bodies[url] = GOOD
    folder = download_dataset(rates_dataset(), dest=tmp_path, progress=False)
    assert (folder / "rates.txt").read_bytes() == GOOD
    ((asked, options),) = fake_http.requests
    assert asked == url and options["stream"] is True and options["timeout"] == download.TIMEOUT
    assert options["headers"]["User-Agent"].startswith("corpuskit")


def test_a_failed_download_is_retried_then_succeeds(fake_http, tmp_path):
    url = raw_url(REPO, COMMIT, "rates.txt")
    fake_http.bodies[url] = GOOD
    fake_http.failures[url] = [requests.exceptions.ConnectionError("Connection reset by peer")]
    folder = download_dataset(rates_dataset(), dest=tmp_path, progress=False)
    assert (folder / "rates.txt").read_bytes() == GOOD
    assert [u for u, _ in fake_http.requests] == [url, url]
    assert sorted(p.name for p in folder.iterdir()) == ["rates.txt"]


def test_retries_run_out_with_an_error_naming_the_url(fake_http, tmp_path):
    url = raw_url(REPO, COMMIT, "rates.txt")
    broken = requests.exceptions.ConnectionError("Connection reset by peer")
    fake_http.failures[url] = [broken] * (fetch.RETRIES + 1)
    with pytest.raises(DatasetError, match=rf"download failed: {url}: Connection reset by peer"):
        download_dataset(rates_dataset(), dest=tmp_path, progress=False)
    assert len(fake_http.requests) == fetch.RETRIES + 1
    assert list((tmp_path / "demo").iterdir()) == []


def test_a_missing_file_on_the_server_is_a_download_error(fake_http, tmp_path):
    with pytest.raises(DatasetError, match=r"download failed: .*rates\.txt: 404 Client Error"):
        download_dataset(rates_dataset(), dest=tmp_path, progress=False)
    assert list((tmp_path / "demo").iterdir()) == []


def test_a_file_with_the_wrong_checksum_is_tried_again_and_then_refused(fake_http, tmp_path):
    url = raw_url(REPO, COMMIT, "rates.txt")
    fake_http.bodies[url] = b"tampered copy\n"
    with pytest.raises(DatasetError, match=r"checksum mismatch for 'rates\.txt'"):
        download_dataset(rates_dataset(), dest=tmp_path, progress=False)
    assert len(fake_http.requests) == fetch.RETRIES + 1
    assert list((tmp_path / "demo").iterdir()) == []


def test_the_cache_is_pooch_s_cache_folder_unless_corpuskit_cache_is_set(monkeypatch, tmp_path):
    monkeypatch.delenv("CORPUSKIT_CACHE", raising=False)
    assert fetch.cache_dir() == Path(pooch.os_cache("corpuskit"))
    monkeypatch.setenv("CORPUSKIT_CACHE", str(tmp_path))
    assert fetch.cache_dir() == tmp_path
