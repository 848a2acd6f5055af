"""Fetching is safe against hostile listings and never loses a user's file (issue #14, items 2, 8).

The network is replaced by :class:`FakeOrigin`, an opener serving a hand-made
repository: one folder ``data/`` whose listing may hold any name, even one no
real GitHub listing would hold.
"""

from __future__ import annotations

import hashlib
import json
import re
import urllib.parse
from pathlib import Path

import pytest
import requests

from corpuskit.datasets.checksums import folder_sha256
from corpuskit.datasets.download import downloader, read_url
from corpuskit.datasets.fetch import download_dataset
from corpuskit.datasets.model import raw_url
from corpuskit.datasets.registry import DataFile, Dataset
from corpuskit.errors import DatasetError

REPO = "demo/origin"
COMMIT = "c" * 40
API = f"https://api.github.com/repos/{REPO}/git/trees/"
RAW = f"https://raw.githubusercontent.com/{REPO}/{COMMIT}/"
GOOD = b"Grain prices rose 4% on Monday.\n"
EDITED = b"my own notes, not the registered copy\n"


class FakeOrigin:
    """An opener serving ``data/<name>`` for every listed name, with the body ``bodies[name]``."""

    def __init__(self, bodies: dict[str, bytes], *, links: tuple[str, ...] = ()):
        self.bodies = bodies
        self.listings = {
            COMMIT: [{"path": "data", "type": "tree", "sha": "data", "mode": "040000"}],
            "data": [
                {
                    "path": name,
                    "type": "blob",
                    "sha": f"sha-{i}",
                    "mode": "120000" if name in links else "100644",
                }
                for i, name in enumerate(bodies)
            ],
        }

    def __call__(self, url: str) -> bytes:
        if url.startswith(API):
            tree = self.listings[url[len(API) :]]
            return json.dumps({"tree": tree, "truncated": False}).encode()
        path = urllib.parse.unquote(url[len(RAW) :])
        if path.startswith("data/") and path[len("data/") :] in self.bodies:
            return self.bodies[path[len("data/") :]]
        raise DatasetError(f"download failed: {url}: HTTP 404 Not Found")


def demo(*files: DataFile, prepare=None) -> Dataset:
    return Dataset(
        name="demo",
        title="demo",
        description="demo",
        citation="demo",
        licence="none stated",
        origin_repo=REPO,
        origin_commit=COMMIT,
        files=files,
        n_docs=0,
        prepare=prepare,
    )


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def rates(body: bytes = GOOD) -> DataFile:
    """A single file ``rates.txt`` copied from ``data/rates.txt``, registered with ``body``."""
    return DataFile("rates.txt", sha256(body), len(body), "u", ("data/rates.txt",))


def stories(sha: str) -> DataFile:
    """A folder ``stories/`` copied from ``data/*.txt``."""
    return DataFile("stories/", sha, 0, "u", ("data/*.txt",), n_files=1)


def good_stories_sha(tmp_path: Path) -> str:
    """The folder checksum of a folder holding only ``one.txt`` with :data:`GOOD`."""
    folder = tmp_path / "reference"
    folder.mkdir()
    (folder / "one.txt").write_bytes(GOOD)
    sha = folder_sha256(folder, "*.txt")[0]
    (folder / "one.txt").unlink()
    folder.rmdir()
    return sha


def everything(folder: Path) -> list[str]:
    """Every path under ``folder`` (files, folders and links; links are not followed)."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


def concatenate(origin_dir: str | Path, out_path: str | Path) -> None:
    """A stand-in preparer: the staged ``data/*.txt`` files joined in name order."""
    files = sorted((Path(origin_dir) / "data").glob("*.txt"))
    Path(out_path).write_bytes(b"".join(path.read_bytes() for path in files))


def prepared(body: bytes) -> DataFile:
    return DataFile("joined.txt", sha256(body), len(body), "u", ("data/*.txt",), prepared=True)


# -- finding 2: names from a remote listing must stay inside the destination --------------------

HOSTILE = {
    "parent": "../evil.txt",
    "dotdot": "..",
    "absolute": "{tmp}/outside/abs.txt",
    "climbs": "a/../../../../b.txt",
    "backslash": "..\\..\\evil.txt",
}


@pytest.mark.parametrize("checksum_ok", [True, False], ids=["checksum-ok", "checksum-fails"])
@pytest.mark.parametrize("kind", list(HOSTILE))
def test_a_hostile_name_in_a_listing_is_refused_and_nothing_is_written(tmp_path, kind, checksum_ok):
    name = HOSTILE[kind].format(tmp=tmp_path)
    entry = stories(good_stories_sha(tmp_path) if checksum_ok else "0" * 64)
    (tmp_path / "outside").mkdir()
    before = everything(tmp_path)
    opener = FakeOrigin({"one.txt": GOOD, name: b"attacker's bytes\n"})
    message = f"{API}data: refusing the listed file name {name!r}"
    with pytest.raises(DatasetError, match=re.escape(message)):
        download_dataset(demo(entry), dest=tmp_path / "dest", opener=opener, progress=False)
    assert everything(tmp_path) == sorted([*before, "dest", "dest/demo"])
    assert not (tmp_path / "outside" / "abs.txt").exists() and not (tmp_path / "b.txt").exists()


def test_a_hostile_name_is_refused_for_a_repacked_file_too(tmp_path):
    opener = FakeOrigin({"one.txt": GOOD, "a/../../../../../b.txt": b"attacker's bytes\n"})
    with pytest.raises(DatasetError, match=r"refusing the listed file name 'a/\.\./"):
        download_dataset(
            demo(prepared(GOOD), prepare=concatenate), dest=tmp_path / "dest", opener=opener
        )
    assert everything(tmp_path) == ["dest", "dest/demo"]


def test_a_link_in_the_origin_listing_is_refused(tmp_path):
    opener = FakeOrigin({"one.txt": GOOD, "two.txt": b"/etc/passwd"}, links=("two.txt",))
    message = f"{REPO}@{COMMIT}: data/two.txt is a symbolic link; links are never fetched"
    with pytest.raises(DatasetError, match=re.escape(message)):
        download_dataset(demo(stories("0" * 64)), dest=tmp_path, opener=opener, progress=False)
    assert everything(tmp_path) == ["demo"]


def test_a_link_inside_the_staged_origin_is_refused(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    staged = tmp_path / "dest" / "demo" / ".origin"
    staged.mkdir(parents=True)
    (staged / "data").symlink_to(outside, target_is_directory=True)
    with pytest.raises(DatasetError) as error:
        download_dataset(
            demo(prepared(GOOD), prepare=concatenate),
            dest=tmp_path / "dest",
            opener=FakeOrigin({"one.txt": GOOD}),
        )
    assert str(error.value).startswith(f"{staged / 'data'}: is a symbolic link; refusing to write")
    assert list(outside.iterdir()) == []


def test_a_dataset_file_that_is_a_link_is_refused_and_its_target_untouched(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_bytes(EDITED)
    root = tmp_path / "dest" / "demo"
    root.mkdir(parents=True)
    (root / "rates.txt").symlink_to(victim)
    opener = FakeOrigin({"rates.txt": GOOD})
    with pytest.raises(DatasetError, match=re.escape(f"{root / 'rates.txt'}: is a symbolic link")):
        download_dataset(demo(rates()), dest=tmp_path / "dest", opener=opener)
    assert victim.read_bytes() == EDITED and (root / "rates.txt").is_symlink()


def test_a_planted_link_at_the_old_partial_name_is_never_written_through(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_bytes(EDITED)
    root = tmp_path / "dest" / "demo"
    root.mkdir(parents=True)
    (root / "rates.txt.part").symlink_to(victim)
    opener = FakeOrigin({"rates.txt": GOOD})
    download_dataset(demo(rates()), dest=tmp_path / "dest", opener=opener, progress=False)
    assert (root / "rates.txt").read_bytes() == GOOD and not (root / "rates.txt").is_symlink()
    assert victim.read_bytes() == EDITED


# -- finding 8: a user's file is replaced only by a verified copy -------------------------------


def test_an_edited_file_survives_a_failing_download(tmp_path):
    root = tmp_path / "demo"
    root.mkdir()
    (root / "rates.txt").write_bytes(EDITED)
    with pytest.raises(DatasetError, match=r"download failed: .*data/rates\.txt: HTTP 404"):
        download_dataset(demo(rates()), dest=tmp_path, opener=FakeOrigin({}), progress=False)
    assert (root / "rates.txt").read_bytes() == EDITED
    assert everything(root) == ["rates.txt"]


def test_an_edited_file_survives_a_failing_checksum(tmp_path):
    root = tmp_path / "demo"
    root.mkdir()
    (root / "rates.txt").write_bytes(EDITED)
    opener = FakeOrigin({"rates.txt": b"tampered copy\n"})
    with pytest.raises(DatasetError) as error:
        download_dataset(demo(rates()), dest=tmp_path, opener=opener, progress=False)
    message = str(error.value)
    assert message.startswith(f"{root / 'rates.txt'}: checksum mismatch for 'rates.txt': ")
    assert sha256(GOOD) in message and sha256(b"tampered copy\n") in message
    assert message.endswith(
        "The new copy was discarded; the file already there was left unchanged."
    )
    assert (root / "rates.txt").read_bytes() == EDITED
    assert everything(root) == ["rates.txt"]


def test_a_verified_download_replaces_an_edited_file(tmp_path):
    root = tmp_path / "demo"
    root.mkdir()
    (root / "rates.txt").write_bytes(EDITED)
    opener = FakeOrigin({"rates.txt": GOOD})
    download_dataset(demo(rates()), dest=tmp_path, opener=opener, progress=False)
    assert (root / "rates.txt").read_bytes() == GOOD
    assert everything(root) == ["rates.txt"]


@pytest.mark.parametrize("existing", [None, EDITED], ids=["new", "edited"])
@pytest.mark.parametrize(
    "error, raised",
    [
        (requests.exceptions.ConnectionError("Connection reset by peer"), DatasetError),
        (KeyboardInterrupt(), KeyboardInterrupt),
    ],
    ids=["network", "interrupt"],
)
def test_an_interrupted_download_leaves_no_half_file(fake_http, tmp_path, existing, error, raised):
    fake_http.failures[raw_url(REPO, COMMIT, "data/rates.txt")] = [error] * 5
    root = tmp_path / "demo"
    root.mkdir()
    if existing is not None:
        (root / "rates.txt").write_bytes(existing)
    with pytest.raises(raised):
        download_dataset(demo(rates()), dest=tmp_path, progress=False)
    if existing is None:
        assert everything(root) == []
    else:
        assert (root / "rates.txt").read_bytes() == existing
        assert everything(root) == ["rates.txt"]


def test_the_default_downloader_names_the_url_of_a_broken_connection(fake_http):
    url = "https://example.invalid/x.csv"
    fake_http.failures[url] = [requests.exceptions.ConnectionError("Connection reset by peer")]
    with pytest.raises(DatasetError) as raised:
        read_url(url, downloader())
    assert str(raised.value) == f"download failed: {url}: Connection reset by peer"


def test_an_edited_folder_survives_a_failing_checksum_and_a_verified_one_replaces_it(tmp_path):
    root = tmp_path / "demo"
    (root / "stories").mkdir(parents=True)
    (root / "stories" / "one.txt").write_bytes(EDITED)
    (root / "stories" / "mine.txt").write_bytes(EDITED)
    entry = stories(good_stories_sha(tmp_path))
    with pytest.raises(DatasetError, match="the file already there was left unchanged"):
        download_dataset(
            demo(entry), dest=tmp_path, opener=FakeOrigin({"one.txt": b"bad"}), progress=False
        )
    assert everything(root) == ["stories", "stories/mine.txt", "stories/one.txt"]
    assert (root / "stories" / "one.txt").read_bytes() == EDITED
    download_dataset(demo(entry), dest=tmp_path, opener=FakeOrigin({"one.txt": GOOD}))
    assert everything(root) == ["stories", "stories/one.txt"]
    assert (root / "stories" / "one.txt").read_bytes() == GOOD


def test_an_edited_repacked_file_survives_a_failing_rebuild_and_a_good_one_replaces_it(tmp_path):
    root = tmp_path / "demo"
    root.mkdir()
    (root / "joined.txt").write_bytes(EDITED)
    entry = prepared(GOOD + GOOD)
    dataset = demo(entry, prepare=concatenate)
    with pytest.raises(DatasetError, match=r"joined\.txt: checksum mismatch .* left unchanged"):
        download_dataset(dataset, dest=tmp_path, opener=FakeOrigin({"one.txt": GOOD}))
    assert (root / "joined.txt").read_bytes() == EDITED
    assert everything(root) == [".origin", ".origin/data", ".origin/data/one.txt", "joined.txt"]
    opener = FakeOrigin({"one.txt": GOOD, "two.txt": GOOD})
    download_dataset(dataset, dest=tmp_path, opener=opener)
    assert (root / "joined.txt").read_bytes() == GOOD + GOOD
    assert everything(root) == ["joined.txt"]
