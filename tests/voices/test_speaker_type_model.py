"""The learned speaker type fallback: its estimator contract, the bundled weights and its use
in ``ck.quotes``.

The sentences below were written for these tests; the bundled model is fitted on the
hand-labelled quotes sets of ``tests/devsets`` by ``tests/devsets/quotes/type_model.py``.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from devset_scripts import load_script
from sklearn.base import clone

import corpuskit as ck
from corpuskit.voices.speakers.type_model import (
    TYPE_THRESHOLD,
    SpeakerTypeClassifier,
    checked_threshold,
    default_type_classifier,
    type_features,
    type_unknown_speakers,
)

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "corpuskit" / "voices" / "data" / "speaker_type_model.tsv.gz"
CODEBOOK_TYPES = {"official", "politician", "military", "armed_group", "ngo_un", "expert",
                  "media", "witness_resident", "anonymous", "unknown"}  # fmt: skip
EXPERTS = ["Dr. Ann Lee, a professor of economics, said it.",
           "Tom Ray, an analyst at a think tank, said it."]  # fmt: skip
RESIDENTS = ["Bo Ray, a resident of the town, said it.", "Sue Kim, who lives nearby, said it."]


def _frame(texts: list[str]) -> pd.DataFrame:
    speakers = [" ".join(t.split(",")[0].split()[-2:]) for t in texts]
    return pd.DataFrame({"text": texts, "speaker": speakers})


@pytest.fixture(scope="module")
def toy() -> SpeakerTypeClassifier:
    return SpeakerTypeClassifier(min_count=1).fit(
        _frame((EXPERTS + RESIDENTS) * 3),
        ["expert", "expert", "witness_resident", "witness_resident"] * 3,
    )


def test_features_are_the_speaker_its_title_and_the_words_around_its_mentions():
    text = "Kerri Talbot, director at the group Immigration Hub, spoke. Talbot said so."
    row = {"text": text, "speaker": "Kerri Talbot", "speaker_title": "director",
           "speaker_source": pd.NA, "verb_lemma": "say", "attribution_start": 60,
           "attribution_end": 71}  # fmt: skip
    features = type_features(row)
    assert {"N:kerri", "N:talbot", "T:director", "n=2", "cap", "src=None", "v=say"} <= set(features)
    assert {"D:group", "D:hub", "C:spoke", "A:said", "A:talbot"} <= set(features)
    assert features == sorted(set(features))
    # no attribution: no A: features; a description is not capitalised
    bare = type_features({"text": "the resident said", "speaker": "the resident"})
    assert "nocap" in bare and not any(f.startswith("A:") for f in bare)


def test_fit_predict_and_the_estimator_contract(toy):
    assert toy.predict(_frame(["Al Fox, a professor of law, said it."])).tolist() == ["expert"]
    assert toy.predict(_frame(["Jo Li, a resident, said it."])).tolist() == ["witness_resident"]
    proba = toy.predict_proba(_frame(EXPERTS + RESIDENTS))
    assert proba.shape == (4, 2) and np.allclose(proba.sum(axis=1), 1.0)
    assert list(toy.classes_) == ["expert", "witness_resident"]
    assert clone(toy).get_params() == {"C": 1.0, "min_count": 1}


def test_bad_training_input_is_named():
    with pytest.raises(ValueError, match="no column"):
        SpeakerTypeClassifier().fit(pd.DataFrame({"text": ["x"]}), ["expert"])
    with pytest.raises(TypeError, match="DataFrame"):
        SpeakerTypeClassifier().fit([("x", "y")], ["expert"])
    with pytest.raises(ValueError, match="at least two"):
        SpeakerTypeClassifier().fit(_frame(EXPERTS), ["expert", "expert"])
    with pytest.raises(ValueError, match="min_count=50"):
        SpeakerTypeClassifier(min_count=50).fit(
            _frame(EXPERTS + RESIDENTS), ["expert"] * 2 + ["media"] * 2
        )
    with pytest.raises(ValueError, match="2 quotes but y has 3"):
        SpeakerTypeClassifier().fit(_frame(EXPERTS), ["expert", "media", "expert"])


def test_save_and_load_round_trip(toy, tmp_path):
    path = tmp_path / "model.tsv.gz"
    toy.save(path)
    loaded = SpeakerTypeClassifier.load(path)
    assert list(loaded.classes_) == list(toy.classes_)
    assert np.allclose(
        loaded.predict_proba(_frame(EXPERTS)), toy.predict_proba(_frame(EXPERTS)), atol=1e-3
    )
    toy.save(tmp_path / "again.tsv.gz")
    assert path.read_bytes() == (tmp_path / "again.tsv.gz").read_bytes()
    bad = tmp_path / "bad.tsv.gz"
    with gzip.open(bad, "wt") as out:
        out.write("not a model\n")
    with pytest.raises(ValueError, match=r"bad\.tsv\.gz"):
        SpeakerTypeClassifier.load(bad)


def test_the_bundled_model_is_what_the_training_script_fits(tmp_path):
    script = load_script(ROOT / "tests/devsets/quotes/type_model.py", "quotes_type_model")
    X, y, weights = script.training_rows(pd.concat(script.labelled_sets().values()))
    assert len(y) == 9066 and (weights == script.UNKNOWN_WEIGHT).sum() == 884  # docs/quotes.md
    refitted = script.fit(out=tmp_path / "model.tsv.gz")
    bundled = default_type_classifier()
    assert set(bundled.classes_) == CODEBOOK_TYPES and list(refitted.classes_) == list(
        bundled.classes_
    )
    # the same features and, to the four digits written, the same weights
    assert set(refitted.weights_) == set(bundled.weights_)
    probe = X.head(200)
    assert np.allclose(refitted.predict_proba(probe), bundled.predict_proba(probe), atol=1e-3)


ARTICLES = pd.DataFrame(
    {
        "doc_id": ["talbot", "obama"],
        "text": [
            '"This bill is extreme," Kerri Talbot, the director of federal advocacy at the group '
            "Immigration Hub, said on a press call on Tuesday.",
            '"We will act," President Barack Obama said on Monday.',
        ],
    }
)


def test_quotes_type_a_speaker_the_rules_leave_unknown_and_say_so():
    found = ck.quotes(ARTICLES, n_jobs=1).set_index("doc_id")
    assert found.loc["talbot", ["speaker", "speaker_type", "speaker_type_source"]].tolist() == [
        "Kerri Talbot", "ngo_un", "model"]  # fmt: skip
    assert found.loc["obama", ["speaker_type", "speaker_type_source"]].tolist() == [
        "official",
        "rules",
    ]
    rules = ck.quotes(ARTICLES, n_jobs=1, type_threshold=None).set_index("doc_id")
    assert rules.loc["talbot", ["speaker_type", "speaker_type_source"]].tolist() == [
        "unknown",
        "rules",
    ]
    assert rules.loc["obama", "speaker_type"] == "official"
    # a threshold above every probability leaves the rules' unknown
    assert ck.quotes(ARTICLES, n_jobs=1, type_threshold=1.0).set_index("doc_id").loc[
        "talbot", "speaker_type"] == "unknown"  # fmt: skip


def test_a_quote_without_speaker_has_no_type_source():
    text = 'He wrote: "It is over."\n\n"Done."\n\n"We will act," President Barack Obama said.'
    found = ck.quotes(pd.DataFrame({"doc_id": ["x"], "text": [text]}), n_jobs=1)
    assert found["speaker"].notna().any() and found["speaker"].isna().any()
    assert found["speaker_type_source"].isna().equals(found["speaker"].isna())


def test_every_quote_of_a_speaker_gets_one_type_also_in_the_headline():
    body = (
        '"We expect growth to slow," Omar Haddad said in a note to clients. "Markets are '
        'nervous," Haddad told the conference.\n\n"I saw the smoke," Haddad said.\n\n'
        '"This bill is extreme," Kerri Talbot, the director of federal advocacy at the group '
        'Immigration Hub, said on Tuesday.\n\n"It must be stopped," Talbot added.'
    )
    articles = pd.DataFrame({"doc_id": ["a"], "text": [body], "title": ['"Extreme," says Talbot']})
    found = ck.quotes(articles, n_jobs=1)
    for speaker, rows in found.groupby("speaker"):
        assert rows["speaker_type"].nunique() == 1, speaker
        assert rows["speaker_type_source"].nunique() == 1, speaker
    talbot = found[found["speaker"] == "Kerri Talbot"]
    assert set(talbot["field"]) == {"title", "text"} and set(talbot["speaker_type"]) == {"ngo_un"}


@pytest.mark.parametrize("bad", [-0.1, 1.5, "high", True])
def test_a_bad_threshold_is_named(bad):
    with pytest.raises(ValueError, match="type_threshold="):
        ck.quotes(ARTICLES, type_threshold=bad)
    with pytest.raises(ValueError, match="type_threshold="):
        checked_threshold(bad)


def test_type_unknown_speakers_respects_its_threshold():
    columns = ["speaker", "speaker_type", "speaker_type_source", "field", "speaker_source",
               "verb_lemma", "attribution_start", "attribution_end"]  # fmt: skip
    body = "Jo Li, a professor of history at Yale University, said the plan would fail."
    rows = [("Jo Li", "unknown", "rules", "text", "name", "say", 0, 44),
            ("Ann Roe", "official", "rules", "text", "name", "say", 0, 5)]  # fmt: skip
    typed = type_unknown_speakers(rows, columns, {"text": body}, body)
    assert typed[0][:3] == ("Jo Li", "expert", "model") and typed[1] == rows[1]
    assert type_unknown_speakers(rows, columns, {"text": body}, body, threshold=1.0) == rows
    assert TYPE_THRESHOLD == 0.5  # docs/quotes.md


def test_missing_text_and_labels_of_other_kinds():
    model = default_type_classifier()
    odd = pd.DataFrame({"text": [np.nan, pd.NA, 3], "speaker": ["Bo Ray", "Bo Ray", None]})
    assert np.allclose(model.predict_proba(odd).sum(axis=1), 1.0)
    numbered = SpeakerTypeClassifier(min_count=1).fit(
        _frame((EXPERTS + RESIDENTS) * 2), [0, 0, 1, 1] * 2
    )
    assert numbered.predict(_frame(EXPERTS)).tolist() == [0, 0]
    assert numbered.score(_frame(EXPERTS + RESIDENTS), [0, 0, 1, 1]) == 1.0
    for missing in (None, np.nan):
        with pytest.raises(ValueError, match="missing labels"):
            SpeakerTypeClassifier().fit(_frame(EXPERTS), ["expert", missing])
    assert checked_threshold(np.float32(0.5)) == 0.5 and checked_threshold(np.int64(1)) == 1.0
