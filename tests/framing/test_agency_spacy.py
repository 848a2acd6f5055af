"""The spaCy engine of ``ck.agency`` (issue #16, item 6) on hand-built parses.

No pipeline is downloaded: each sentence's parse is written here as a
``spacy.tokens.Doc`` (words, heads, dependency labels and parts of speech in
the scheme of spaCy's English pipelines) and a fake ``nlp`` returns it. The
spaCy path must give the same construction, agent and victim as the rules on
the same sentences, and must read them from the parse.
"""

from __future__ import annotations

import pandas as pd
import pytest
import spacy
from spacy.tokens import Doc

from corpuskit.framing.agency import agency

_VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower case), no model
_NO_SPACE_BEFORE = {",", ".", "'s"}

# (word, head, dep, pos) per token; heads are token indices, the root points at itself
PARSES: dict[str, list[tuple[str, int, str, str]]] = {
    "Coalition strikes killed 200 civilians.": [
        ("Coalition", 1, "compound", "NOUN"),
        ("strikes", 2, "nsubj", "NOUN"),
        ("killed", 2, "ROOT", "VERB"),
        ("200", 4, "nummod", "NUM"),
        ("civilians", 2, "dobj", "NOUN"),
        (".", 2, "punct", "PUNCT"),
    ],
    "200 civilians were killed by coalition strikes.": [
        ("200", 1, "nummod", "NUM"),
        ("civilians", 3, "nsubjpass", "NOUN"),
        ("were", 3, "auxpass", "AUX"),
        ("killed", 3, "ROOT", "VERB"),
        ("by", 3, "agent", "ADP"),
        ("coalition", 6, "compound", "NOUN"),
        ("strikes", 4, "pobj", "NOUN"),
        (".", 3, "punct", "PUNCT"),
    ],
    "20 people were killed in the attack.": [
        ("20", 1, "nummod", "NUM"),
        ("people", 3, "nsubjpass", "NOUN"),
        ("were", 3, "auxpass", "AUX"),
        ("killed", 3, "ROOT", "VERB"),
        ("in", 3, "prep", "ADP"),
        ("the", 6, "det", "DET"),
        ("attack", 4, "pobj", "NOUN"),
        (".", 3, "punct", "PUNCT"),
    ],
    "Civilians died in the shelling.": [
        ("Civilians", 1, "nsubj", "NOUN"),
        ("died", 1, "ROOT", "VERB"),
        ("in", 1, "prep", "ADP"),
        ("the", 4, "det", "DET"),
        ("shelling", 2, "pobj", "NOUN"),
        (".", 1, "punct", "PUNCT"),
    ],
    "The deaths of civilians in the strikes were condemned.": [
        ("The", 1, "det", "DET"),
        ("deaths", 8, "nsubjpass", "NOUN"),
        ("of", 1, "prep", "ADP"),
        ("civilians", 2, "pobj", "NOUN"),
        ("in", 1, "prep", "ADP"),
        ("the", 6, "det", "DET"),
        ("strikes", 4, "pobj", "NOUN"),
        ("were", 8, "auxpass", "AUX"),
        ("condemned", 8, "ROOT", "VERB"),
        (".", 8, "punct", "PUNCT"),
    ],
    "Assad, who the U.S. says has killed thousands, remains in power.": [
        ("Assad", 10, "nsubj", "PROPN"),
        (",", 0, "punct", "PUNCT"),
        ("who", 7, "nsubj", "PRON"),
        ("the", 4, "det", "DET"),
        ("U.S.", 5, "nsubj", "PROPN"),
        ("says", 0, "relcl", "VERB"),
        ("has", 7, "aux", "AUX"),
        ("killed", 5, "ccomp", "VERB"),
        ("thousands", 7, "dobj", "NOUN"),
        (",", 0, "punct", "PUNCT"),
        ("remains", 10, "ROOT", "VERB"),
        ("in", 10, "prep", "ADP"),
        ("power", 11, "pobj", "NOUN"),
        (".", 10, "punct", "PUNCT"),
    ],
    "Two explosions rocked the airport, killing 10 people.": [
        ("Two", 1, "nummod", "NUM"),
        ("explosions", 2, "nsubj", "NOUN"),
        ("rocked", 2, "ROOT", "VERB"),
        ("the", 4, "det", "DET"),
        ("airport", 2, "dobj", "NOUN"),
        (",", 2, "punct", "PUNCT"),
        ("killing", 2, "advcl", "VERB"),
        ("10", 8, "nummod", "NUM"),
        ("people", 6, "dobj", "NOUN"),
        (".", 2, "punct", "PUNCT"),
    ],
    "Belgian police on Tuesday killed a gunman.": [
        ("Belgian", 1, "amod", "ADJ"),
        ("police", 4, "nsubj", "NOUN"),
        ("on", 4, "prep", "ADP"),
        ("Tuesday", 2, "pobj", "PROPN"),
        ("killed", 4, "ROOT", "VERB"),
        ("a", 6, "det", "DET"),
        ("gunman", 4, "dobj", "NOUN"),
        (".", 4, "punct", "PUNCT"),
    ],
    "A statement accused Russia of killing civilians.": [
        ("A", 1, "det", "DET"),
        ("statement", 2, "nsubj", "NOUN"),
        ("accused", 2, "ROOT", "VERB"),
        ("Russia", 2, "dobj", "PROPN"),
        ("of", 2, "prep", "ADP"),
        ("killing", 4, "pcomp", "VERB"),
        ("civilians", 5, "dobj", "NOUN"),
        (".", 2, "punct", "PUNCT"),
    ],
    "Gunmen shot and killed 12 people.": [
        ("Gunmen", 1, "nsubj", "NOUN"),
        ("shot", 1, "ROOT", "VERB"),
        ("and", 1, "cc", "CCONJ"),
        ("killed", 1, "conj", "VERB"),
        ("12", 5, "nummod", "NUM"),
        ("people", 3, "dobj", "NOUN"),
        (".", 1, "punct", "PUNCT"),
    ],
}

# what both engines give: verb, construction, agent, victim
EXPECTED = {
    "Coalition strikes killed 200 civilians.": [
        ("killed", "active", "Coalition strikes", "200 civilians")
    ],
    "200 civilians were killed by coalition strikes.": [
        ("killed", "passive_agent", "coalition strikes", "200 civilians")
    ],
    "20 people were killed in the attack.": [("killed", "passive_agentless", None, "20 people")],
    "Civilians died in the shelling.": [("died", "intransitive", None, "Civilians")],
    "The deaths of civilians in the strikes were condemned.": [
        ("deaths", "nominal", None, "civilians")
    ],
    "Assad, who the U.S. says has killed thousands, remains in power.": [
        ("killed", "active", "Assad", "thousands")
    ],
    "Two explosions rocked the airport, killing 10 people.": [
        ("killing", "active", "Two explosions", "10 people")
    ],
    "Belgian police on Tuesday killed a gunman.": [
        ("killed", "active", "Belgian police", "a gunman")
    ],
    "A statement accused Russia of killing civilians.": [
        ("killing", "active", "Russia", "civilians")
    ],
    "Gunmen shot and killed 12 people.": [("shot and killed", "active", "Gunmen", "12 people")],
}


def _doc(tokens: list[tuple[str, int, str, str]]) -> Doc:
    words = [t[0] for t in tokens]
    spaces = [nxt not in _NO_SPACE_BEFORE for nxt in words[1:]] + [False]
    return Doc(
        _VOCAB,
        words=words,
        spaces=spaces,
        heads=[t[1] for t in tokens],
        deps=[t[2] for t in tokens],
        pos=[t[3] for t in tokens],
    )


def fake_nlp(parses: dict[str, list[tuple[str, int, str, str]]]):
    """A stand-in for a loaded pipeline: the hand-built parse of each known text."""

    def nlp(text: str) -> Doc:
        doc = _doc(parses[text])
        assert doc.text == text, (doc.text, text)
        return doc

    return nlp


def _rows(table: pd.DataFrame) -> list[tuple]:
    columns = ["verb", "construction", "agent", "victim"]
    return [tuple(None if pd.isna(v) else v for v in row) for row in table[columns].values]


def test_spacy_is_the_installed_version():
    assert tuple(int(x) for x in spacy.__version__.split(".")[:2]) >= (3, 7)


@pytest.mark.parametrize("text", list(PARSES))
def test_the_spacy_path_matches_the_rules(text):
    nlp = fake_nlp(PARSES)
    by_parse = agency(text, unit="document", engine="spacy", model=nlp)
    by_rules = agency(text, unit="document", engine="rules")
    assert _rows(by_parse) == EXPECTED[text]
    assert _rows(by_rules) == EXPECTED[text]
    assert by_parse["victim_count"].equals(by_rules["victim_count"])
    assert by_parse["actor"].equals(by_rules["actor"])


def test_the_agent_comes_from_the_parse():
    # the same words with "Tuesday" parsed as the subject: the parse, not the rules, decides
    text = "Belgian police on Tuesday killed a gunman."
    tokens = list(PARSES[text])
    tokens[1] = ("police", 4, "npadvmod", "NOUN")
    tokens[3] = ("Tuesday", 4, "nsubj", "PROPN")
    table = agency(text, unit="document", engine="spacy", model=fake_nlp({text: tokens}))
    assert table["agent"].tolist() == ["Tuesday"]


def test_exclusions_are_the_same_on_the_spacy_path():
    text = "No one was killed in the attack."
    tokens = [
        ("No", 1, "det", "DET"),
        ("one", 3, "nsubjpass", "PRON"),
        ("was", 3, "auxpass", "AUX"),
        ("killed", 3, "ROOT", "VERB"),
        ("in", 3, "prep", "ADP"),
        ("the", 6, "det", "DET"),
        ("attack", 4, "pobj", "NOUN"),
        (".", 3, "punct", "PUNCT"),
    ]
    nlp = fake_nlp({text: tokens})
    assert agency(text, unit="document", engine="spacy", model=nlp).empty
    audit = agency(text, unit="document", engine="spacy", model=nlp, include_excluded=True)
    assert audit["reason"].tolist() == ["negation"]


def test_a_missing_pipeline_is_named_and_never_downloaded():
    with pytest.raises(ImportError, match="never downloads"):
        agency("Jets killed 20 people.", engine="spacy", model="xx_no_such_pipeline")
    # auto falls back to the rules
    table = agency("Jets killed 20 people.", engine="auto", model="xx_no_such_pipeline")
    assert table["agent"].tolist() == ["Jets"]
