"""Each analysis declared once: the specs drive the subcommands and the report checks."""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from corpuskit.cli.main import build_parser
from corpuskit.cli.parsers import COMMANDS, resolve
from corpuskit.compare.groups import side_mask
from corpuskit.compare.keyness import MEASURES
from corpuskit.plot.timeline import FREQUENCIES
from corpuskit.report.analyses import ANALYSES
from corpuskit.report.build import build_report
from corpuskit.report.config import parse_config
from corpuskit.specs import LABELLED_KINDS, SPECS, Option, Spec
from corpuskit.specs.corpus import FREQUENCIES as SPEC_FREQUENCIES
from corpuskit.specs.keyness import MEASURES as SPEC_MEASURES


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_report_analysis_and_analysis_subcommand_has_one_spec():
    assert set(ANALYSES) == set(SPECS)
    assert set(COMMANDS) <= set(SPECS)
    assert set(COMMANDS) <= set(subcommands())
    for kind in COMMANDS:
        assert SPECS[kind].help, kind
    assert LABELLED_KINDS == ("agency", "frames", "naming", "quotes", "stance")


def test_spec_copies_of_library_choices_agree():
    assert SPEC_MEASURES == MEASURES
    assert tuple(FREQUENCIES) == SPEC_FREQUENCIES


@pytest.mark.parametrize("kind", sorted(COMMANDS))
def test_subcommand_arguments_come_from_the_spec(kind):
    parser = subcommands()[kind]
    actions = {action.dest: action for action in parser._actions}
    for option in SPECS[kind].cli_options:
        action = actions[option.name]
        assert action.help == option.help
        if option.type is bool:
            assert action.default is False and action.nargs == 0
            continue
        assert action.choices == option.choices
        assert action.required == option.command_line_required()
        if not option.positional:
            assert action.default == option.command_line_default()
        if option.type in (int, float):
            assert action.type is option.type
    report_only = [o.name for o in SPECS[kind].options if not o.cli]
    assert not set(report_only) & {a.dest for a in parser._actions if a.dest != "by"}
    assert resolve(parser.get_default("func")).__name__ == f"run_{kind}"


def test_surfaces_keep_their_own_defaults():
    kwic = {action.dest: action for action in subcommands()["kwic"]._actions}
    assert kwic["window"].default == 6
    assert SPECS["kwic"].read({"pattern": "x"}, name="kwic")["window"] == 8
    assert {a.dest: a for a in subcommands()["naming"]._actions}["top"].default == 40


def test_read_fills_defaults_and_checks_values():
    read = SPECS["keyness"].read
    values = read({"target": ["aleppo", 2016], "by": "event"}, name="k")
    assert values["measure"] == "g2" and values["min_count"] == 5 and values["n"] == 15
    assert values["explorer"] is False and values["reference"] is None
    cases = [
        ({"target": "a", "mesure": "g2"}, "unknown option 'mesure' (did you mean 'measure'?)"),
        ({"target": "a", "measure": "g3"}, "measure must be one of ['g2',"),
        ({"target": "a", "measure": "chi"}, "(did you mean 'chi2'?)"),
        ({"target": "a", "min_count": "5"}, "min_count must be an integer, got '5'"),
        ({"target": "a", "min_count": True}, "min_count must be an integer"),
        ({"target": "a", "explorer": "yes"}, "explorer must be true or false, got 'yes'"),
        ({"target": []}, "target is an empty list"),
        ({"by": "event"}, "analysis 'k' (keyness) needs 'target'"),
    ]
    for entry, message in cases:
        with pytest.raises(ValueError, match="analysis 'k'") as caught:
            read(entry, name="k")
        assert message in str(caught.value)


def test_report_only_and_cli_only_options_stay_on_their_surface():
    with pytest.raises(ValueError, match="unknown option 'keep_stopwords'"):
        SPECS["keyness"].read({"target": "a", "keep_stopwords": True}, name="k")
    assert SPECS["stance"].read({"window": 5}, name="s")["window"] == 5
    assert SPECS["timeline"].read({"start": dt.date(2016, 1, 1)}, name="t")["freq"] == "W"
    assert SPECS["describe"].read({"by": ["outlet", "event"]}, name="d")["by"] == [
        "outlet",
        "event",
    ]


def test_option_types_accept_numbers_as_floats_and_anything_as_object():
    spec = Spec("x", options=(Option("share", float), Option("anything", object)))
    assert spec.read({"share": 1, "anything": [1, "a"]}, name="x") == {
        "share": 1,
        "anything": [1, "a"],
    }


def test_report_checks_every_entry_before_reading_data(tmp_path):
    config = parse_config(
        '[data]\ndataset = "no_such_dataset"\n[[analyses]]\nkind = "describe"\n'
        '[[analyses]]\nkind = "kwic"\npatern = "x"\n',
        base=tmp_path,
    )
    with pytest.raises(ValueError, match=r"analysis 'kwic' \(kwic\): unknown option 'patern'"):
        build_report(config)


def test_side_mask_is_one_way_to_pick_a_side():
    docs = pd.DataFrame({"doc_id": list("abcd"), "year": [2016, 2017, 2016, np.nan]})
    assert side_mask(docs, [2016], by="year", argument="target=").tolist() == [
        True,
        False,
        True,
        False,
    ]
    # typed on a command line: text matches the number written the same way
    assert side_mask(docs, "2017.0", by="year", argument="--target").tolist() == [
        False,
        True,
        False,
        False,
    ]
    assert side_mask(docs, "year == 2016", argument="target=").sum() == 2
    with pytest.raises(ValueError, match=r"^--target value\(s\) '1999' not found in column"):
        side_mask(docs, ["1999"], by="year", argument="--target")
    with pytest.raises(ValueError, match=r"^--target 'yea == 1': .*pass --by\)"):
        side_mask(docs, "yea == 1", argument="--target", filter_argument="--target", by_name="--by")
    with pytest.raises(ValueError, match=r"^target= query 'yea == 1'"):
        side_mask(docs, "yea == 1", argument="target=")


def test_help_imports_no_analysis():
    code = (
        "import sys\n"
        "from corpuskit.cli.main import build_parser\n"
        "build_parser().format_help()\n"
        "heavy = [m for m in sys.modules if m.startswith(('corpuskit.compare', "
        "'corpuskit.framing', 'corpuskit.voices', 'corpuskit.report', 'corpuskit.io.read', "
        "'corpuskit.datasets.api', 'scipy'))]\n"
        "print(heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
