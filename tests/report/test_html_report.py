"""HTML reports: ``corpuskit report`` and ``corpuskit demo`` end to end, and their configuration."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.cli.main import main
from corpuskit.report.build import build_report
from corpuskit.report.config import load_config, parse_config
from corpuskit.report.prepare import assign_events, parse_event

DEMO_ANALYSES = [
    "describe",
    "fakes_outlets",
    "timeline",
    "keyness_aleppo_groups",
    "naming",
    "frames",
    "agency",
    "quotes",
    "ungdc_speakers",
    "ungdc_passages",
    "keyness_ungdc",
]
#: the notices of the demo's thin sides (fewer than 20 documents), in words
DEMO_NOTICES = {
    "describe": "Only 14 documents in ungdc | aleppo, 8 in ungdc | mosul and 3 in fakes | mosul: "
    "too few for a comparison (fewer than 20); shown for completeness.",
    "keyness_ungdc": "Only 14 documents in aleppo and 8 in mosul: too few for a comparison "
    "(fewer than 20); shown for completeness.",
}


def run_cli(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "corpuskit", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
    )


@pytest.fixture(scope="module")
def demo(data_dir, tmp_path_factory):
    """One run of ``corpuskit demo`` (the README's command); several tests read its output."""
    out = tmp_path_factory.mktemp("demo") / "corpuskit-demo"
    result = run_cli("demo", "--out", str(out))
    assert result.returncode == 0, result.stderr
    return result, out


def test_demo_writes_report_tables_and_figures(demo):
    result, out = demo
    assert result.stdout.strip().endswith(str(out / "report.html"))
    for name in DEMO_ANALYSES:
        assert f"running {name}" in result.stdout
    tables = {p.name for p in (out / "tables").glob("*.csv")}
    assert {"keyness_aleppo_groups_terms.csv", "naming_shares.csv", "naming_test.csv",
            "frames_prevalence.csv", "agency_summary.csv", "quotes_speakers.csv",
            "timeline_counts.csv", "ungdc_speakers_summary.csv", "keyness_ungdc_terms.csv",
            "ungdc_passages_aleppo_lines.csv", "ungdc_passages_mosul_lines.csv",
            } <= tables  # fmt: skip
    figures = sorted(p.name for p in (out / "figures").glob("*.png"))
    assert figures == sorted(
        ["timeline.png", "keyness_aleppo_groups.png", "naming.png", "frames.png", "agency.png",
         "quotes.png", "keyness_ungdc.png"]
    )  # fmt: skip
    assert all((out / "figures" / f).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for f in figures)


def test_demo_numbers(demo):
    _, out = demo
    described = pd.read_csv(out / "tables" / "describe_summary.csv")
    assert described.set_index(["dataset", "event"])["n_docs"].to_dict() == {
        ("fakes", "aleppo"): 260, ("ungdc", "aleppo"): 14, ("ungdc", "mosul"): 8,
        ("fakes", "mosul"): 3,
    }  # fmt: skip
    outlets = pd.read_csv(out / "tables" / "fakes_outlets_summary.csv")
    assert len(outlets) == 15
    assert outlets.groupby("outlet_group")["n_docs"].sum().to_dict() == {
        "opposition-aligned": 96, "other": 46, "pro-government-aligned": 118,
    }  # fmt: skip
    speakers = pd.read_csv(out / "tables" / "ungdc_speakers_summary.csv")
    assert {"Russia", "Syria", "Turkey"} <= set(
        speakers.loc[speakers["event"] == "aleppo", "outlet"]
    )
    passages = pd.read_csv(out / "tables" / "ungdc_passages_mosul_lines.csv")
    assert passages["doc_id"].str.endswith("_2017").all() and passages["doc_id"].nunique() == 8
    ungdc = pd.read_csv(out / "tables" / "keyness_ungdc_terms.csv")
    key_side = ungdc["docs_target"].where(ungdc["direction"] == "target", ungdc["docs_reference"])
    assert key_side.min() == 3  # dispersion: no term from one or two speeches is key
    within = pd.read_csv(out / "tables" / "keyness_aleppo_groups_terms.csv")
    top_pro = within[within["direction"] == "target"]["feature"].head(10).tolist()
    assert "terrorist" in top_pro and "terrorists" in top_pro
    shares = pd.read_csv(out / "tables" / "naming_shares.csv")
    assert shares.groupby("outlet_group")["share"].sum().round(9).eq(1).all()
    test = pd.read_csv(out / "tables" / "naming_test.csv").iloc[0]
    assert test["n_groups"] == 3 and 0 < test["p_perm"] <= 1
    metadata = json.loads((out / "metadata.json").read_text())
    assert metadata["event_counts"] == {"aleppo": 274, "mosul": 11, "(several)": 0, "(none)": 3233}
    assert metadata["seed"] == 2016


def test_demo_html_is_self_contained_with_evidence_and_metadata(demo):
    _, out = demo
    page = (out / "report.html").read_text(encoding="utf-8")
    assert page.count('src="data:image/png;base64,') == 7
    assert not re.search(r'src="(?!data:)', page)  # nothing loaded from elsewhere
    assert page.count("<table") >= 10
    assert page.count("Evidence: the text behind the top findings") >= 5
    assert 'class="kw">rebel' in page.lower() or 'class="kw">rebels' in page.lower()
    assert "Metadata: how to reproduce this report" in page
    assert f"<dd>{ck.__version__}</dd>" in page
    assert ck.dataset_info("fakes").files[0].sha256 in page
    assert ck.dataset_info("ungdc").files[0].sha256 in page
    assert "<dt>seed</dt><dd>2016</dd>" in page
    assert "aleppo: 274, mosul: 11, (several): 0, (none): 3233" in page
    sections = {part.split('"', 1)[0]: part for part in page.split('<section id="')[1:]}
    notices = {
        name: re.findall(r'<p class="notice">([^<]*)</p>', sections[name])
        for name in ("describe", "keyness_aleppo_groups", "naming", "keyness_ungdc")
    }
    assert notices == {
        "describe": [DEMO_NOTICES["describe"]],
        "keyness_aleppo_groups": [],
        "naming": [],
        "keyness_ungdc": [DEMO_NOTICES["keyness_ungdc"]],
    }
    assert re.findall(r'<p class="notice">([^<]*)</p>', sections["ungdc_speakers"]) == [
        "Only 1 documents in aleppo | Bangladesh, 1 in aleppo | Brazil, 1 in aleppo | Germany, "
        "1 in aleppo | France, 1 in aleppo | Gambia and 17 more sides: too few for a "
        "comparison (fewer than 20); shown for completeness."
    ]
    assert page.count('<p class="notice">') == 4  # and the FA-KES outlets of under 20 articles
    assert "[[analyses]]" in page  # the configuration text
    assert (out / "config.toml").read_text() == run_cli("demo", "--print-config").stdout


def test_demo_figures_have_captions_in_words(demo):
    _, out = demo
    page = (out / "report.html").read_text(encoding="utf-8")
    captions = [
        re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<figcaption>(.*?)</figcaption>", page)
    ]
    assert [c.split(".")[0] for c in captions] == [
        f"Figure {i}" for i in range(1, len(captions) + 1)
    ]
    text = {c.split(". ", 1)[1] for c in captions}
    assert (
        "Share of the mentions of the armed opposition that use each label, by outlet "
        "group, with 95% intervals from resampling documents. (figures/naming.png)"
    ) in text
    agency = next(c for c in text if c.startswith("Casualty clauses by outlet group."))
    assert "A: how each clause is told" in agency
    assert "B: share of casualty clauses without a named agent" in agency
    shares = pd.read_csv(out / "tables" / "naming_shares.csv")
    top = shares.sort_values("share").iloc[-1]
    assert f'<td class="num">{top["share"]:.1%}</td>' in page  # e.g. 84.7%, not 0.8466


STUDY = """
title = "Reproducibility check"
seed = 11
where = "outlet in ['tass', 'reuters', 'arabiya']"

[data]
dataset = "fakes"

[groups]
mapping = "fakes"

[[analyses]]
kind = "naming"
by = "outlet_group"
n_boot = 100
n_perm = 100

[[analyses]]
kind = "keyness"
by = "outlet"
target = ["tass", "arabiya"]
reference = "reuters"
"""


def test_report_reruns_to_identical_tables(data_dir, tmp_path):
    config = tmp_path / "study.toml"
    config.write_text(STUDY, encoding="utf-8")
    first = run_cli("report", str(config), "--out", str(tmp_path / "one"), "--quiet")
    second = run_cli("report", str(config), "--out", str(tmp_path / "two"), "--quiet")
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert first.stdout.strip() == str(tmp_path / "one" / "report.html")
    files = sorted(p.name for p in (tmp_path / "one" / "tables").glob("*.csv"))
    assert files == ["keyness_terms.csv", "naming_hits.csv", "naming_shares.csv", "naming_test.csv"]
    for name in files:
        one = (tmp_path / "one" / "tables" / name).read_bytes()
        assert one == (tmp_path / "two" / "tables" / name).read_bytes(), name
    shares = pd.read_csv(tmp_path / "one" / "tables" / "naming_shares.csv")
    assert set(shares["outlet_group"]) == {"pro-government-aligned", "other", "opposition-aligned"}
    # another seed moves the bootstrap intervals, not the estimates (in-process: quicker)
    assert main(["report", str(config), "--out", str(tmp_path / "three"), "--seed", "12",
                 "--quiet"]) == 0  # fmt: skip
    other = pd.read_csv(tmp_path / "three" / "tables" / "naming_shares.csv")
    assert other["share"].equals(shares["share"])
    assert not other["share_low"].equals(shares["share_low"])


def test_report_from_yaml_and_files(fixtures, tmp_path):
    result = run_cli("report", str(fixtures / "cli" / "study.yaml"), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    described = pd.read_csv(tmp_path / "tables" / "describe_summary.csv")
    assert described[["event", "n_docs"]].values.tolist() == [["aleppo", 2], ["mosul", 1]]
    lines = pd.read_csv(tmp_path / "tables" / "kwic_lines.csv")
    assert lines["doc_id"].tolist() == ["a1", "a2"]
    metadata = json.loads((tmp_path / "metadata.json").read_text())
    assert metadata["checksums"][0]["file"].endswith("articles.csv")
    assert len(metadata["checksums"][0]["sha256"]) == 64
    assert (tmp_path / "config.yaml").is_file()
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "data:image/png" not in page  # neither analysis draws a figure
    assert "<td>as terrorists fired</td>" in page or "as terrorists fired" in page


@pytest.mark.parametrize(
    ("text", "code", "message"),
    [
        ('[data]\ndataset = "fakes"\n[[analyses]]\nkind = "describe"\ncolour = 1\n', 1, "colour"),
        ('[data]\ndataset = "fakes"\nbogus = 1\n[[analyses]]\nkind = "describe"', 2, "bogus"),
        ('[data]\ndataset = "fakes"\n[[analyses]]\nkind = "sentiment"', 2, "sentiment"),
        ("[[analyses]]\nkind = 'describe'", 2, "exactly one of 'dataset'"),
        ("title = ", 2, "not valid TOML"),
    ],
)
def test_report_configuration_errors(data_dir, tmp_path, text, code, message):
    config = tmp_path / "bad.toml"
    config.write_text(text, encoding="utf-8")
    result = run_cli("report", str(config), "--out", str(tmp_path / "out"))
    assert result.returncode == code, result.stderr
    assert message in result.stderr


def test_report_missing_config_exits_1(tmp_path):
    result = run_cli("report", str(tmp_path / "none.toml"), "--out", str(tmp_path))
    assert result.returncode == 1 and "none.toml" in result.stderr


def test_parse_config_and_events():
    config = parse_config(
        'seed = 4\n[data]\ndataset = "fakes"\n[[events]]\nname = "a"\nkeyword = "x|y"\n'
        "start = 2016-01-01\nend = 2016-01-31\n[[markers]]\ndate = 2016-01-15\nlabel = 'm'\n"
        '[[analyses]]\nkind = "kwic"\npattern = "x"\n[[analyses]]\nkind = "kwic"\npattern = "y"',
        format="toml",
    )
    assert [a.name for a in config.analyses] == ["kwic", "kwic_2"]
    assert config.analyses[1].options == {"pattern": "y"}
    assert config.markers == {"2016-01-15": "m"}
    assert config.events[0].spec() == "a='x|y'@2016-01-01..2016-01-31"
    articles = pd.DataFrame(
        {
            "date": pd.to_datetime(["2016-01-31", "2016-02-01", "2016-01-10", "2016-01-10"]),
            "title": ["Y here", "x", None, "Xylophone"],
            "text": ["", "", "an x", "no match"],
        }
    )
    events = assign_events(articles, config.events)
    assert events["event"].fillna("-").tolist() == ["a", "-", "a", "-"]
    assert events.attrs["events"] == {"a": 2, "(several)": 0, "(none)": 2}


def test_demo_config_is_packaged():
    from importlib import resources

    config = load_config(str(resources.files("corpuskit.report").joinpath("data", "demo.toml")))
    assert [e.spec() for e in config.events] == [
        "aleppo='aleppo'@2016-01-01..2016-12-31",
        "mosul='mosul'@2017-01-01..2017-12-31",
    ]
    assert config.markers == {"2016-12-13": "Aleppo evacuation"}
    assert config.data == {"dataset": ["fakes", "ungdc"]}
    assert config.groups == {"mapping": "fakes", "where": "dataset == 'fakes'"}


def test_parse_event_rejects_bad_specs():
    with pytest.raises(ValueError, match="--event expects"):
        parse_event("aleppo@2016-01-01..2016-02-01")
    with pytest.raises(ValueError, match="bad keyword pattern"):
        parse_event("a='('@2016-01-01..2016-02-01")


ATTACK = "@pd.io.common.os.system('touch marker') == 0"


@pytest.mark.parametrize(
    ("top", "analysis", "named", "code"),
    [
        (f'where = "{ATTACK}"', 'kind = "describe"', "report config where =", 2),
        ("", f'kind = "describe"\nwhere = "{ATTACK}"', "analysis 'describe' where =", 2),
        ("", f'kind = "keyness"\ntarget = "{ATTACK}"', "analysis 'keyness' target =", 1),
        (
            "",
            f'kind = "keyness"\ntarget = "outlet == \'wire_a\'"\nreference = "{ATTACK}"',
            "analysis 'keyness' reference =",
            1,
        ),
    ],
)
def test_report_filters_refuse_code(
    top, analysis, named, code, fixtures, tmp_path, monkeypatch, capsys
):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles.csv").write_bytes((fixtures / "cli" / "articles.csv").read_bytes())
    config = f'{top}\n[data]\npaths = ["articles.csv"]\n[[analyses]]\n{analysis}\n'
    (tmp_path / "study.toml").write_text(config, encoding="utf-8")
    assert main(["report", "study.toml", "--out", "out", "--quiet"]) == code
    assert f"{named} {ATTACK!r}: '@' (local variables) is not allowed" in capsys.readouterr().err
    assert not (tmp_path / "marker").exists()
    assert not (tmp_path / "out").exists()


def test_report_where_compares_dates(fixtures, tmp_path):
    config = parse_config(
        "where = \"date == '2016-11-20' or date >= '2017-01-01'\"\n"
        '[data]\npaths = ["articles.csv"]\n[[analyses]]\nkind = "describe"\n',
        base=fixtures / "cli",
    )
    articles = ck.read_articles(fixtures / "cli" / "articles.csv")
    report = build_report(config, articles=articles, progress=False)
    assert report.metadata["n_docs_used"] == 3
    assert report.sections[0].tables["summary"]["n_docs"].sum() == 3
