"""The reporting verbs of a stretch of text ("said", "pointed out"), from the attribution lexicon
(``corpuskit/voices/data/reporting_verbs.yaml``).

Example:
    >>> text = "Lavrov said the talks failed, and Kerry pointed out the cost."
    >>> [form for _, _, form, _ in reporting_verbs(text, 0, len(text))]
    ['said', 'pointed out']
"""

from __future__ import annotations

import functools

from corpuskit.voices.speakers import lexicon
from corpuskit.voices.speakers.spans import span_words

__all__ = ["pair_firsts", "reporting_verbs"]


@functools.cache
def pair_firsts() -> frozenset[str]:
    """The first words of the two-word verb forms ("pointed out").

    Example:
        >>> "pointed" in pair_firsts(), "said" in pair_firsts()
        (True, False)
    """
    return frozenset(form.split(" ")[0] for form in lexicon().verb_forms if " " in form)


def reporting_verbs(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """Reporting verbs of ``text[start:end]``: ``(start, end, form, lemma)``, offsets in
    ``text``. Only the words that are a verb form or open a two-word form are looked at.

    Example:
        >>> reporting_verbs("Kerry pointed out the cost.", 0, 27)
        [(6, 17, 'pointed out', 'point out')]
    """
    forms, firsts = lexicon().verb_forms, pair_firsts()
    tokens = span_words(text, start, end)
    lowered = [word.lower() for _, _, word in tokens]
    found = []
    after = 0  # the word after a two-word form
    for index in [i for i, word in enumerate(lowered) if word in forms or word in firsts]:
        word = lowered[index]
        if index < after:
            continue
        start, end, written = tokens[index]
        if index + 1 < len(tokens) and word in firsts:
            pair = f"{written} {tokens[index + 1][2]}".lower()
            if pair in forms and text[end : tokens[index + 1][0]] == " ":
                found.append((start, tokens[index + 1][1], pair, forms[pair]))
                after = index + 2
                continue
        lemma = forms.get(word)
        if index > 0 and lowered[index - 1] in ("the", "a", "an", "these", "those"):
            continue  # "the note reads", "the reports say": a noun
        if lemma is not None and lemma not in ("according to", "in words"):
            found.append((start, end, word, lemma))
    return found
