"""The learned filter of short stretches between quotation marks (issue #21): the bundled
coefficients, the stretches it decides and its use in ``ck.quotes``.

The sentences below were written for these tests; the bundled model is fitted on the
hand-labelled quotes sets of ``tests/devsets`` by ``tests/devsets/quotes/fragment_model.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from devset_scripts import load_script

import corpuskit as ck
from corpuskit.voices.quotes.fragment_model import (
    FEATURES,
    decided_reason,
    fragment_decision,
    is_candidate,
)
from corpuskit.voices.quotes.records import Attribution, Quote
from corpuskit.voices.speakers import parse_mention

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "corpuskit" / "voices" / "data" / "fragment_model.json"
CONCERNED = 'The talks ended late. The agency said it was "deeply concerned" by the new reports.'


def _quote(text: str, said: str) -> Quote:
    start = text.index(said)
    return Quote([(start, start + len(said))], "direct", None)


def test_the_bundled_coefficients_are_those_the_fit_script_counts():
    script = load_script(ROOT / "tests/devsets/quotes/fragment_model.py", "quotes_fragment_model")
    bundled = json.loads(BUNDLED.read_text())
    assert tuple(bundled["features"]) == FEATURES
    assert (bundled["candidates"], bundled["quotes"]) == script.EXPECTED == (2347, 1039)
    assert bundled["threshold"] == script.THRESHOLD == 0.7
    assert len(bundled["coef"]) == len(bundled["mean"]) == len(bundled["scale"]) == len(FEATURES)


def test_the_model_keeps_a_fragment_a_subject_says():
    assert fragment_decision(CONCERNED, _quote(CONCERNED, "deeply concerned"), "scare") is True


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('The talks ended late. The so-called "peace dividend" never came, the report found.',
         "peace dividend"),
        ("The talks ended late. Romney's \"gifts\" remark drew criticism from both parties.",
         "gifts"),
    ],
)  # fmt: skip
def test_the_model_sets_aside_a_scare_quote(text: str, said: str):
    assert fragment_decision(text, _quote(text, said), "scare") is False


def test_only_short_unattributed_direct_stretches_are_decided():
    text = '"No," said Adam Schiff. He called it "a long and winding road to nowhere at all."'
    said = Attribution(parse_mention("Adam Schiff"), "said", 6, 10)
    assert not is_candidate(text, Quote(_quote(text, "No,").parts, "direct", said), None)
    assert not is_candidate(text, _quote(text, "a long and winding road to nowhere at all."), None)
    assert not is_candidate(text, _quote(text, "No,"), "furniture")
    assert is_candidate(text, _quote(text, "No,"), "scare")
    assert fragment_decision(text, _quote(text, "a long and winding road"), None) is None


def test_a_decision_sets_the_reason():
    quote = Quote([(0, 5)], "direct", None)
    # ``decided`` holds the stretches the model called quotes
    assert decided_reason("scare", {id(quote)}, quote) is None
    assert decided_reason(None, set(), quote) is None  # it never removes a quote
    assert decided_reason("title", set(), quote) == "title"
    assert decided_reason("name", {id(object())}, quote) == "name"


def test_quotes_keep_attributed_and_woven_quotes_and_set_names_aside():
    army = 'The talks ended late. The group calls itself the "Army of Islam" and holds the town.'
    texts = ['"No," said Adam Schiff.', CONCERNED, army]
    found = ck.quotes(pd.DataFrame({"doc_id": ["a", "b", "c"], "text": texts}),
                      include_excluded=True, include_indirect=False, n_jobs=1)  # fmt: skip
    rows = found.set_index("doc_id")
    assert (rows.loc["a", "kind"], rows.loc["a", "speaker"]) == ("direct", "Adam Schiff")
    assert (rows.loc["b", "kind"], rows.loc["b", "speaker"]) == ("direct", "The agency")
    assert (rows.loc["c", "kind"], rows.loc["c", "reason"]) == ("excluded", "name")
