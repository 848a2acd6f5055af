"""Stopword lists, per language.

The English list (``corpuskit/text/data/stopwords_en.txt``) was written for
corpuskit from the closed word classes of English (articles, pronouns,
prepositions, conjunctions, auxiliaries and their contractions); its header
says how. It matches tokens of the default token rule: lower-case, possessive
``'s`` stripped, contractions in both apostrophe spellings.

The Russian list (``corpuskit/text/data/stopwords_ru.txt``) was written for
corpuskit in the same way from the closed word classes of Russian (pronouns in
all their case forms, prepositions, conjunctions, particles, the forms of
``быть``); it is part of corpuskit and shares its licence. Each word with ``ё``
is also listed with ``е``, as news text often writes it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources

__all__ = ["available_languages", "stopwords"]

_FILES: dict[str, str] = {"en": "stopwords_en.txt", "ru": "stopwords_ru.txt"}


def available_languages() -> tuple[str, ...]:
    """The language codes with a bundled stopword list.

    Example:
        >>> available_languages()
        ('en', 'ru')
    """
    return tuple(sorted(_FILES))


@cache
def _load(language: str) -> frozenset[str]:
    text = (resources.files("corpuskit.text") / "data" / _FILES[language]).read_text("utf-8")
    words = set()
    for line in text.splitlines():
        word = line.strip()
        if not word or word.startswith("#"):
            continue
        words.add(word)
        if "'" in word:
            words.add(word.replace("'", "\u2019"))
        if "ё" in word:
            words.add(word.replace("ё", "е"))
    return frozenset(words)


def stopwords(
    language: str = "en", *, extra: Iterable[str] = (), remove: Iterable[str] = ()
) -> frozenset[str]:
    """The stopwords of ``language``, adjusted.

    Args:
        language: ISO 639-1 code; see :func:`available_languages`.
        extra: words to add (lower-cased).
        remove: words to take out (lower-cased), e.g. ``("against", "no")``
            when negation or stance matters.

    Returns:
        The stopwords as a frozenset of lower-case strings.

    Raises:
        ValueError: for a language without a list (the message lists those available).

    Example:
        >>> words = stopwords(extra=["said"], remove=["against"])
        >>> "the" in words, "said" in words, "against" in words
        (True, True, False)
        >>> "don’t" in words
        True
    """
    if isinstance(extra, str) or isinstance(remove, str):
        raise TypeError("extra= and remove= take a list of words, not one string")
    key = str(language).lower()
    if key not in _FILES:
        raise ValueError(
            f"no stopword list for language={language!r}; available: "
            + ", ".join(available_languages())
        )
    words = set(_load(key))
    words.update(w.lower() for w in extra)
    words.difference_update(w.lower() for w in remove)
    return frozenset(words)
