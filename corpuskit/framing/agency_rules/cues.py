"""The cue lists of the casualty exclusions (``casualty_exclusions.yaml``): loading them
(:func:`load_cues`) and matching them against a sentence's tokens.

Each cue is ``(single words, multi-word phrases as token tuples)``.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

from corpuskit._yaml import read_yaml

#: a cue: its single words and its multi-word phrases as token tuples
Cue = tuple[frozenset[str], tuple[tuple[str, ...], ...]]


def phrases(words: Any) -> Cue:
    """Single words, and the multi-word phrases as token tuples.

    Example:
        >>> singles, multi = phrases(["no", "no one", "Nobody"])
        >>> sorted(singles), multi
        (['no', 'nobody'], (('no', 'one'),))

    Raises:
        ValueError: an entry is not a string (YAML reads a bare ``no`` or ``on`` as a
            boolean: quote it).
    """
    wrong = [w for w in words if not isinstance(w, str)]
    if wrong:
        raise ValueError(
            f"casualty_exclusions.yaml: entries must be strings, got {wrong!r} "
            "(quote words such as 'no', 'on', 'off', 'yes' in YAML)"
        )
    items = [tuple(w.lower().split()) for w in words]
    return frozenset(w[0] for w in items if len(w) == 1), tuple(w for w in items if len(w) > 1)


@functools.cache
def load_cues() -> dict[str, dict[str, Cue]]:
    """The bundled cues, by reason and key (the file's ``meta`` left out).

    Example:
        >>> "no" in load_cues()["negation"]["before_nominal"][0]
        True
    """
    path = resources.files("corpuskit.framing") / "data" / "casualty_exclusions.yaml"
    data = read_yaml(path)
    return {
        reason: {key: phrases(values) for key, values in keys.items()}
        for reason, keys in data.items()
        if reason != "meta"
    }


def has(words: list[str], cue: Cue) -> bool:
    """Any word or phrase of ``cue`` in ``words``.

    Example:
        >>> has(["in", "the", "event", "of", "a"], phrases(["in the event of"]))
        True
    """
    singles, phrases = cue
    if not singles.isdisjoint(words):
        return True
    if not phrases:
        return False
    joined = f" {' '.join(words)} "
    return any(f" {' '.join(p)} " in joined for p in phrases if p[0] in joined)


def without(words: list[str], cue: Cue) -> list[str]:
    """``words`` with the multi-word phrases of ``cue`` blanked (``heart attack`` is no attack)."""
    out = list(words)
    present = set(words)
    for phrase in cue[1]:
        if not present.issuperset(phrase):
            continue
        n = len(phrase)
        for j in range(len(out) - n + 1):
            if tuple(out[j : j + n]) == phrase:
                out[j : j + n] = [""] * n
    return out


def starts_with(words: list[str], cue: Cue) -> bool:
    """Whether ``words`` begin with a word or phrase of ``cue``.

    Example:
        >>> starts_with(["no", "one", "was"], phrases(["no one"]))
        True
    """
    singles, phrases = cue
    return bool(words) and (
        words[0] in singles or any(tuple(words[: len(p)]) == p for p in phrases)
    )
