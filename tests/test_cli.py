"""The corpuskit command, end to end through its entry point."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from corpuskit.cli.main import main


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "corpuskit", *args], capture_output=True, text=True, check=False
    )


def test_help_lists_subcommands_with_examples():
    result = run_cli("--help")
    assert result.returncode == 0
    for word in ("datasets", "load", "describe", "examples:", "CORPUSKIT_DATA"):
        assert word in result.stdout


def test_no_command_prints_help_and_fails(capsys):
    assert main([]) == 2
    assert "usage: corpuskit" in capsys.readouterr().out


def test_datasets_list_and_info(data_dir):
    result = run_cli("datasets", "list")
    assert result.returncode == 0, result.stderr
    for name in ("fakes", "ungdc", "article_bias_prediction", "bbc_news", "fnc1"):
        assert name in result.stdout
    info = run_cli("datasets", "info", "fakes")
    assert info.returncode == 0, info.stderr
    assert "Abu Salem" in info.stdout and "sha256" in info.stdout.lower()


def test_unknown_dataset_is_a_clear_error():
    result = run_cli("datasets", "info", "fakse")
    assert result.returncode == 1
    assert "fakse" in result.stderr and "fakes" in result.stderr


def test_load_folder_writes_parquet_and_reports(tmp_path, fixtures):
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "Ceasefire talks resume\n\nDAMASCUS, Oct. 3 (AP) — Talks resumed on Monday, "
        "officials said.\n",
        encoding="utf-8",
    )
    (folder / "two.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    out = tmp_path / "out.parquet"
    skipped = tmp_path / "skipped.csv"
    result = run_cli(
        "load",
        str(folder),
        "--year",
        "2016",
        "--skip-errors",
        "--out",
        str(out),
        "--skipped",
        str(skipped),
    )
    assert result.returncode == 0, result.stderr
    assert "2 record(s) seen, 1 loaded, 1 skipped" in result.stdout
    frame = pd.read_parquet(out)
    assert frame["outlet"].tolist() == ["AP"]
    assert frame["date"].iloc[0] == pd.Timestamp("2016-10-03")
    skips = pd.read_csv(skipped)
    assert skips["source"].str.endswith("two.txt").all()


def test_load_without_skip_fails_naming_the_file(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary\x00\x00")
    result = run_cli("load", str(bad), "--out", str(tmp_path / "x.parquet"))
    assert result.returncode == 1
    assert "bad.txt" in result.stderr


def test_load_rejects_unknown_output_format(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("Headline\n\nSome body text here.\n", encoding="utf-8")
    result = run_cli("load", str(source), "--out", str(tmp_path / "x.xlsx"))
    assert result.returncode == 1
    assert "--out must end in .parquet, .csv or .tsv" in result.stderr


def test_describe_dataset(data_dir, tmp_path):
    out = tmp_path / "summary.csv"
    result = run_cli("describe", "--dataset", "fakes", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("804 documents")
    table = pd.read_csv(out)
    assert table["n_docs"].sum() == 804
    assert len(table) == 15


@pytest.mark.parametrize("args", [["describe"], ["describe", "x.txt", "--dataset", "fakes"]])
def test_describe_input_errors(args):
    result = run_cli(*args)
    assert result.returncode == 1
    assert "error:" in result.stderr
