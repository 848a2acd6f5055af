"""The learned ranker of speakers for the quotes the rules leave without one (issue #21): the
bundled coefficients, the candidates it reads and its use in ``ck.quotes``.

The sentences below were written for these tests; the bundled model is fitted on the
hand-labelled quotes sets of ``tests/devsets`` by ``tests/devsets/quotes/speaker_model.py``.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pandas as pd
from devset_scripts import load_script

import corpuskit as ck
from corpuskit.voices.quotes.speaker_model import FEATURES, REACH_BACK, speaker_probability

ROOT = Path(__file__).resolve().parents[2]
SPEAKER_MODEL = importlib.import_module("corpuskit.voices.quotes.speaker_model")
BUNDLED = ROOT / "corpuskit" / "voices" / "data" / "speaker_model.json"
BARN = (
    'Farmer Tom Baker lost his barn this spring.\n\n"The water came in the night," Baker said.'
    '\n\nThe water rose overnight and Baker "could not believe it."'
)


def _quotes(text: str, **options) -> pd.DataFrame:
    return ck.quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}), n_jobs=1, **options)


def test_the_bundled_coefficients_are_those_the_fit_script_counts():
    script = load_script(ROOT / "tests/devsets/quotes/speaker_model.py", "quotes_speaker_model")
    bundled = json.loads(BUNDLED.read_text())
    assert tuple(bundled["features"]) == FEATURES
    assert script.EXPECTED == (5524, 439, 781)  # candidate rows, gold parts named, quotes
    assert (bundled["candidates"], bundled["quotes"]) == (5524, 781)
    assert bundled["threshold"] == script.THRESHOLD == 0.5
    assert len(bundled["coef"]) == len(bundled["mean"]) == len(bundled["scale"]) == len(FEATURES)
    assert 0.0 < speaker_probability([0.0] * len(FEATURES)) < 1.0


def test_a_quote_after_its_speaker_is_introduced_without_a_verb_gets_the_speaker(monkeypatch):
    found = _quotes(BARN)
    assert found[["speaker", "speaker_source"]].values.tolist() == [
        ["Tom Baker", "name"],
        ["Tom Baker", "model"],
    ]
    # the model's speaker is typed as the speaker's other quotes are
    assert found["speaker_type"].tolist() == ["witness_resident"] * 2
    # the rules alone leave it without a speaker
    monkeypatch.setattr(SPEAKER_MODEL, "_pick", lambda names, rows: None)
    assert _quotes(BARN)["speaker"].isna().tolist() == [False, True]


def test_a_quote_in_an_article_that_names_no_one_keeps_no_speaker():
    found = _quotes('The streets were quiet.\n\n"Every street will be paved by June."')
    assert found["speaker"].isna().all() and found["speaker_source"].isna().all()
    assert found["speaker_type"].tolist() == ["unknown"]


def test_the_rules_speakers_are_left_as_they_are():
    text = '"We will act," President Barack Obama said.\n\n"It is done," Senator Jo Li said.'
    found = _quotes(text)
    assert found[["speaker", "speaker_source"]].values.tolist() == [
        ["Barack Obama", "name"],
        ["Jo Li", "name"],
    ]


def test_a_name_far_before_the_quote_is_no_candidate():
    filler = "The weather stayed mild and the markets were calm that week. " * 40
    assert len(filler) > REACH_BACK
    text = f"Mayor Ann Roe opened the bridge.\n\n{filler}\n\n" + '"Every street will be paved."'
    assert _quotes(text)["speaker"].isna().all()


def test_the_text_read_grows_with_the_length_not_its_square(monkeypatch):
    """A text without sentence ends is one sentence: each quote's sentence and the next are
    read no further than ``AHEAD_REACH`` after it, and each sentence's verbs once."""
    read: list[int] = []
    original = SPEAKER_MODEL.reporting_verbs

    def counting(text: str, start: int, end: int):
        read.append(end - start)
        return original(text, start, end)

    monkeypatch.setattr(SPEAKER_MODEL, "reporting_verbs", counting)
    unit = (
        'Senator John Smith met Governor Mary Jones on Monday "It is a disaster" later '
        'officials in the capital spoke "We reject the bill entirely and will fight it" '
    )
    totals = []
    for copies in (20, 160):
        read.clear()
        found = _quotes(unit * copies)
        assert (found["speaker_source"] == "model").any()
        totals.append(sum(read))
    assert totals[1] < 2 * 8 * totals[0]  # eight times the text: not sixty-four times the reading
