"""The corpuskit command, end to end through its entry point."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from corpuskit.cli.main import main

REPO = Path(__file__).resolve().parents[2]


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


# --- analysis subcommands -------------------------------------------------------------

ALEPPO = "aleppo='aleppo'@2016-06-01..2016-12-31"
MOSUL = "mosul='mosul'@2016-10-01..2017-07-31"
ANALYSIS_COMMANDS = [
    "keyness",
    "compare",
    "kwic",
    "collocations",
    "frames",
    "naming",
    "agency",
    "quotes",
    "stance",
    "report",
    "demo",
]
# three small outlets, one per group: keeps the slow analyses (quotes, agency, stance) quick
THREE_OUTLETS = "outlet in ['tass', 'arabiya', 'nna']"


def table_lines(stdout: str) -> list[list[str]]:
    """The whitespace-split lines of a printed table (information lines left out)."""
    return [line.split() for line in stdout.splitlines() if line.strip()]


@pytest.mark.parametrize("command", ANALYSIS_COMMANDS)
def test_every_subcommand_has_help_with_examples(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    text = capsys.readouterr().out
    assert "examples:" in text and f"corpuskit {command}" in text


def test_main_help_lists_analysis_subcommands():
    result = run_cli("--help")
    for command in ANALYSIS_COMMANDS:
        assert command in result.stdout


def test_events_and_groups_on_a_small_fixture(fixtures, tmp_path):
    out = tmp_path / "lines.tsv"
    result = run_cli(
        "kwic", "rocket*", str(fixtures / "cli" / "articles.csv"),
        "--event", ALEPPO, "--event", MOSUL.replace("'mosul'", "mosul"),
        "--groups", str(fixtures / "cli" / "groups.csv"),
        "--where", "event == 'aleppo' and outlet_group == 'side_b'",
        "--window", "3", "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    # a1, a2 Aleppo in window; a3 Mosul; a4 names both (no event); a5 out of window; a6 neither
    assert "events: aleppo: 2, mosul: 1, (several): 1, (none): 2" in result.stdout
    assert "--where kept 1 of 6 documents" in result.stdout
    assert "UnmappedOutletWarning" in result.stderr and "wire_c (2)" in result.stderr
    lines = pd.read_csv(out, sep="\t")
    assert lines[["doc_id", "left", "keyword", "right"]].values.tolist() == [
        ["a2", "as terrorists fired", "rockets", "at the city"]
    ]
    assert lines[["event", "outlet_group"]].values.tolist() == [["aleppo", "side_b"]]


def test_keyness_by_outlet(data_dir, tmp_path):
    out = tmp_path / "keyness.csv"
    result = run_cli(
        "keyness", "--dataset", "fakes", "--by", "outlet", "--target", "sana", "--target",
        "tass", "--reference", "reuters", "--top", "6", "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "target: 61 documents; reference: 26" in result.stdout
    rows = table_lines(result.stdout)
    header = rows.index(next(r for r in rows if r[:2] == ["feature", "direction"]))
    printed = rows[header + 1 : header + 7]
    assert [r[1] for r in printed] == ["target"] * 3 + ["reference"] * 3
    assert printed[0][0] == "terrorist"
    table = pd.read_csv(out)
    assert len(table) > 500 and {"g2", "p_adjusted", "log_ratio_low"} <= set(table.columns)
    assert (table.loc[table["direction"] == "target", "log_ratio"] > 0).all()


def test_keyness_between_events(data_dir):
    result = run_cli(
        "keyness", "--dataset", "fakes", "--event", ALEPPO, "--event", MOSUL,
        "--by", "event", "--target", "aleppo", "--reference", "mosul", "--top", "4", "--quiet",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = table_lines(result.stdout)
    assert rows[0][0] == "feature" and rows[1][:2] == ["aleppo", "target"]
    assert "mosul" in [r[0] for r in rows if r[1:2] == ["reference"]]
    assert "events:" not in result.stdout  # --quiet prints only the table


def test_compare_each_group_against_the_rest(data_dir):
    result = run_cli(
        "compare", "--dataset", "fakes", "--groups", "fakes", "--by", "outlet_group", "--top", "2"
    )
    assert result.returncode == 0, result.stderr
    groups = [r[0] for r in table_lines(result.stdout)[1:]]
    assert groups == ["opposition-aligned"] * 2 + ["other"] * 2 + ["pro-government-aligned"] * 2


def test_kwic_counts_and_writes_every_line(data_dir, tmp_path):
    out = tmp_path / "kwic.parquet"
    result = run_cli("kwic", "liberat*", "--dataset", "fakes", "--top", "3", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("53 hits in 38 documents")
    frame = pd.read_parquet(out)
    assert len(frame) == 53
    assert frame["keyword"].str.lower().str.startswith("liberat").all()


def test_collocations_by_group(data_dir):
    result = run_cli(
        "collocations", "rebels", "--dataset", "fakes", "--groups", "fakes",
        "--by", "outlet_group", "--top", "3",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = table_lines(result.stdout)
    assert rows[0][:3] == ["group", "node", "collocate"]
    assert {r[0] for r in rows[1:]} == {"opposition-aligned", "other", "pro-government-aligned"}
    assert all(r[1] == "rebels" for r in rows[1:])


def test_frames_prevalence_by_group(data_dir, tmp_path):
    out = tmp_path / "frames.csv"
    result = run_cli(
        "frames", "--dataset", "fakes", "--groups", "fakes", "--by", "outlet_group",
        "--n-boot", "100", "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    table = pd.read_csv(out)
    assert table.groupby("outlet_group")["n_docs"].first().sum() == 804
    assert table["share_docs"].between(table["low"], table["high"]).all()
    assert set(table["frame"]) >= {"conflict", "human_interest", "responsibility"}


def test_naming_prints_shares_and_the_test(data_dir):
    result = run_cli(
        "naming", "--dataset", "fakes", "--groups", "fakes", "--by", "outlet_group",
        "--n-boot", "50", "--n-perm", "50",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "test of homogeneity across outlet_group: chi2 = " in result.stdout
    assert "Cramér's V = " in result.stdout
    rows = [r for r in table_lines(result.stdout) if r[0] == "pro-government-aligned"]
    labels = {r[1]: int(r[2]) for r in rows}
    assert labels["terrorists"] > labels.get("rebels", 0)


def test_agency_quotes_and_stance_on_three_outlets(data_dir, tmp_path):
    common = ["--dataset", "fakes", "--groups", "fakes", "--by", "outlet_group",
              "--where", THREE_OUTLETS, "--n-boot", "50"]  # fmt: skip
    agency = run_cli("agency", *common, "--top", "50", "--out", str(tmp_path / "a.csv"))
    assert agency.returncode == 0, agency.stderr
    assert "--where kept 40 of 804 documents" in agency.stdout
    summary = pd.read_csv(tmp_path / "a.csv")
    constructions = ["active", "passive_agent", "passive_agentless", "intransitive", "nominal"]
    sums = summary[summary["measure"].isin(constructions)].groupby("outlet_group")["share"].sum()
    assert sums.round(9).eq(1).all() and len(sums) == 3

    quotes = run_cli("quotes", *common, "--top", "2", "--out", str(tmp_path / "q.csv"))
    assert quotes.returncode == 0, quotes.stderr
    assert "quotes in" in quotes.stdout and "Redur Xelil" in quotes.stdout
    sources = pd.read_csv(tmp_path / "q.csv")
    assert sources.groupby("outlet_group")["share_quotes"].sum().round(9).eq(1).all()

    stance = run_cli("stance", *common, "--out", str(tmp_path / "s.csv"))
    assert stance.returncode == 0, stance.stderr
    table = pd.read_csv(tmp_path / "s.csv")
    assert {"russia", "syrian_government", "armed_opposition"} <= set(table["target"])
    assert table["mean_score"].between(-1, 1).all()


# --- errors (bad arguments are checked through main() in-process: no data is read) ----


SMALL = "tests/fixtures/cli/articles.csv"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["kwic", "x", SMALL, "--event", "aleppo=2016"], "--event expects NAME="),
        (["kwic", "x", SMALL, "--event", "a=x@2017-01-01..2016-01-01"], "ends (2016-01-01) before"),
        (["keyness", SMALL, "--by", "nope", "--target", "a"], "--by 'nope' is not a column"),
        (["keyness", SMALL, "--by", "outlet", "--target", "bbc"], "--target value(s) 'bbc'"),
        (["keyness", SMALL, "--by", "event", "--target", "a"], "event needs --event"),
        (["kwic", "x", SMALL, "--where", "outlet =="], "--where"),
        (["kwic", "x", SMALL, "--where", "outlet == 'none'"], "no documents left"),
        (["kwic", "x", SMALL, "--out", "lines.xlsx"], "--out must end in"),
        (["kwic", "x", SMALL, "--top", "0"], "--top must be at least 1"),
        (["naming", SMALL, "--referent", "aliens"], "--referent must be one of"),
        (["keyness", SMALL], "--target"),  # argparse: a required option
    ],
)
def test_bad_arguments_exit_2(args, message, capsys, monkeypatch):
    monkeypatch.chdir(REPO)
    try:
        code = main(args)
    except SystemExit as exit_info:  # argparse's own errors
        code = exit_info.code
    assert code == 2
    assert message in capsys.readouterr().err


def test_missing_data_exits_1_and_says_how_to_set_it(tmp_path):
    env = {**os.environ, "CORPUSKIT_DATA": str(tmp_path), "CORPUSKIT_CACHE": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "corpuskit", "kwic", "x", "--dataset", "fakes"],
        capture_output=True, text=True, check=False, env=env,
    )  # fmt: skip
    assert result.returncode == 1
    assert "CORPUSKIT_DATA" in result.stderr and "corpuskit datasets fetch fakes" in result.stderr


def test_unreadable_inputs_exit_1(tmp_path):
    binary = tmp_path / "bad.txt"
    binary.write_bytes(b"\x00\x01\x02binary\x00\x00")
    result = run_cli("kwic", "x", str(binary))
    assert result.returncode == 1 and "bad.txt" in result.stderr
    missing = run_cli("kwic", "x", "--dataset", "fakes", "--groups", str(tmp_path / "no.csv"))
    assert missing.returncode == 1 and "no.csv" in missing.stderr


# --- filters are parsed by the safe filter language, never run as Python -----------------

ATTACK = "@pd.io.common.os.system('touch marker') == 0"


@pytest.mark.parametrize(
    "args",
    [
        ["kwic", "x", str(REPO / SMALL), "--where", ATTACK],
        ["keyness", str(REPO / SMALL), "--target", ATTACK],
        ["keyness", str(REPO / SMALL), "--target", "outlet == 'wire_a'", "--reference", ATTACK],
    ],
)
def test_filter_options_refuse_code(args, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(args) == 2
    error = capsys.readouterr().err
    assert f"{args[-2]} {ATTACK!r}: '@' (local variables) is not allowed" in error
    assert not (tmp_path / "marker").exists()


def test_target_filter_compares_dates_without_by(tmp_path, capsys):
    out = tmp_path / "terms.csv"
    code = main(["keyness", str(REPO / SMALL), "--target", "date == '2016-11-20'",
                 "--min-count", "1", "--out", str(out)])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert "target: 1 documents; reference: 5" in capsys.readouterr().out


def test_where_unknown_column_suggests_the_name(capsys):
    assert main(["kwic", "x", str(REPO / SMALL), "--where", "outlt == 'wire_a'"]) == 2
    assert "unknown column 'outlt' (did you mean 'outlet'?)" in capsys.readouterr().err
