"""Checksums of files, folders and Parquet tables, and the check of a registered file."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pandas as pd
import pytest

from corpuskit.datasets.checksums import file_sha256, folder_sha256, table_sha256, verify_file
from corpuskit.datasets.model import DataFile
from corpuskit.errors import DatasetError


@pytest.fixture(scope="module")
def origin(fixtures: Path) -> Path:
    return fixtures / "origin"


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
