"""token_arrays gives exactly what TokenRule.matches gives, text by text, for every rule."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from corpuskit.text import token_arrays as module
from corpuskit.text.token_arrays import token_arrays
from corpuskit.text.tokenize import TokenRule

TEXTS = [
    "Russia's foreign minister said the U.S.-led coalition's strikes killed 1,000 civilians.",
    "",
    "   ",
    "\tleading and trailing whitespace \n",
    "İstanbul's MOSUL: İİ x",  # lower case longer than the text: matched as written
    "ΟΔΟΣ ΟΔΟΣ\tx\u00a0y\u2003z Russia\u2019s don't O'Brien",
    "naïve Москва\u0301 café's œuvre 3.5km 2016-17 F-16",
    "http://example.com/a?b=1 #Aleppo @lavrov mail@example.org",
    "no-break\u00a0space and\x1cfile separator\u2028line",
    "Mosul Mosul mosul MOSUL",
]
RULES = [
    TokenRule(),
    TokenRule(lowercase=False, possessive="split", numbers=False),
    TokenRule(strip_accents="ascii", min_length=2),
    TokenRule(
        strip_accents="unicode",
        possessive="keep",
        urls=True,
        hashtags=True,
        mentions=True,
        emails=True,
    ),
]


@pytest.mark.parametrize("rule", RULES, ids=range(len(RULES)))
@pytest.mark.parametrize("chunk", [1, 3, 2000])
def test_same_tokens_as_matches(
    rule: TokenRule, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(module, "_CHUNK", chunk)
    found = token_arrays(TEXTS, rule)
    expected = [rule.matches(text) for text in TEXTS]
    flat = list(itertools.chain.from_iterable(expected))
    owner = np.repeat(np.arange(len(TEXTS)), [len(e) for e in expected])
    assert found.offsets.tolist() == [0, *np.cumsum([len(e) for e in expected]).tolist()]
    assert found.starts.tolist() == [m[0] for m in flat]
    assert found.ends.tolist() == [m[1] for m in flat]
    assert found.vocabulary[found.codes].tolist() == [m[2] for m in flat]
    assert found.surfaces[found.surface_codes].tolist() == [
        TEXTS[d][m[0] : m[1]] for d, m in zip(owner, flat)
    ]
    # both vocabularies are numbered by first use
    assert found.vocabulary.tolist() == list(dict.fromkeys(m[2] for m in flat))
    assert found.surfaces.tolist() == list(
        dict.fromkeys(TEXTS[d][m[0] : m[1]] for d, m in zip(owner, flat))
    )


def test_no_texts() -> None:
    found = token_arrays([], TokenRule())
    assert found.offsets.tolist() == [0]
    assert len(found.codes) == len(found.starts) == len(found.vocabulary) == 0
