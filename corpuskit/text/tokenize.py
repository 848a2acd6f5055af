"""The token rule: one documented regular expression that turns news English into tokens.

A :class:`TokenRule` compiles to ONE capture-free regular expression,
``rule.pattern``. ``re.findall(rule.pattern, text.lower())`` gives exactly the
tokens (before the ``min_length`` filter and accent stripping), so scikit-learn's
``CountVectorizer(token_pattern=rule.pattern, lowercase=True)`` applies the very
same rule.

The default rule (:data:`DEFAULT_RULE`) is made for news English:

* words with internal hyphens stay one token: ``US-led`` -> ``us-led``,
  ``pro-government``, ``al-Assad`` -> ``al-assad``, ``2016-17``, ``F-16``;
* the possessive clitic is dropped: ``Russia's`` and ``Russia’s`` -> ``russia``
  (``possessive="keep"`` gives ``russia's``, ``possessive="split"`` gives
  ``russia`` and ``'s``). A word-final ``'s`` is always read as a possessive,
  so ``it's`` becomes ``it`` and ``let's`` becomes ``let``;
* other contractions stay whole: ``don't``, ``we're``, ``O'Brien`` (the
  apostrophe is kept as written, straight or curly);
* numbers are tokens, with their separators: ``1,000``, ``3.5``, ``1990s``,
  ``3.5km`` (``numbers=False`` drops tokens made only of digits, ``.`` and ``,``);
* dotted abbreviations stay whole with their dots: ``U.S.`` -> ``u.s.``,
  ``U.N.``, ``a.m.``, ``U.S.-led`` -> ``u.s.-led``; so ``U.S.`` does not merge
  with the pronoun ``us``;
* combining marks inside a word stay in it: ``освобожде\u0301н`` (with a
  Russian stress mark) is one token;
* underscores and all other punctuation separate tokens.

URLs, e-mail addresses, hashtags and @mentions are off by default: their parts
are then read as ordinary words.

One exception to the ``findall`` contract: the few characters whose lower case
is longer (``"İ"`` lower-cases to ``"i"`` plus a combining dot) shift offsets, so
:meth:`TokenRule.matches` then matches the original text and lower-cases each
token. The counting engine lower-cases whole texts, as scikit-learn does.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

__all__ = ["DEFAULT_RULE", "TokenRule", "tokenize"]

#: A letter or a digit (``\\w`` without the underscore).
_ALNUM = r"[^\W_]"
#: Combining diacritical marks inside a word (a Russian stress mark, a decomposed accent).
_MARK = r"[\u0300-\u036f]"
#: The letters and digits of a word part, with any combining marks among them.
_LETTERS = rf"{_ALNUM}+(?:{_MARK}+{_ALNUM}*)*"
#: Hyphens that join the parts of a word: ASCII hyphen-minus, hyphen, non-breaking hyphen.
_HYPHEN = r"[-\u2010\u2011]"
#: Apostrophes: straight and curly (right single quotation mark).
_APOSTROPHE = r"['\u2019]"
#: The possessive clitic ``s`` (either case) when it ends the word.
_CLITIC_S = rf"[sS](?!{_ALNUM})"

_URL = r"(?:[hH][tT][tT][pP][sS]?://|[wW][wW][wW]\.)\S*[^\s.,;:!?'\"\u2019\u201d)\]}>]"
_EMAIL = r"[^\W_][\w.+-]*@[^\W_][\w-]*(?:\.[\w-]+)+"
_HASHTAG = r"#\w+"
_MENTION = r"@\w+"
_ABBREVIATION = rf"(?:[^\W\d_]\.){{2,}}(?:{_HYPHEN}{_ALNUM}+)*"

Possessive = Literal["strip", "keep", "split"]
StripAccents = Literal["unicode", "ascii"]


def _strip_accents_unicode(token: str) -> str:
    decomposed = unicodedata.normalize("NFKD", token)
    if decomposed == token:
        return token
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _strip_accents_ascii(token: str) -> str:
    if token.isascii():
        return token
    kept = []
    for char in unicodedata.normalize("NFC", token):
        if char.isascii():
            kept.append(char)
        elif unicodedata.combining(char):
            continue  # a free-standing mark, such as a Russian stress mark
        elif char.isalpha() and not unicodedata.name(char, "").startswith("LATIN"):
            kept.append(char)  # a letter of another script (Cyrillic, Arabic, ...) stays
        else:
            kept.append(unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode())
    return "".join(kept)


@dataclass(frozen=True)
class TokenRule:
    """How text is cut into tokens.

    Args:
        lowercase: lower-case every token (default ``True``).
        possessive: what to do with a word-final ``'s`` / ``’s``: ``"strip"``
            (default, ``Russia's`` -> ``russia``), ``"keep"`` (``russia's``) or
            ``"split"`` (``russia``, ``'s``).
        numbers: keep numeric tokens such as ``1,000`` and ``3.5`` (default ``True``).
        hashtags: keep ``#word`` as one token with its ``#``.
        urls: keep ``http://...``, ``https://...`` and ``www....`` addresses as one token.
        emails: keep e-mail addresses as one token.
        mentions: keep ``@name`` as one token with its ``@``.
        strip_accents: ``None`` (default), ``"unicode"`` (remove combining marks
            after NFKD decomposition, as scikit-learn does) or ``"ascii"`` (reduce
            Latin letters to ASCII: ``naïve`` -> ``naive``, ``œ`` and
            other Latin letters without an ASCII form are dropped). Applied to
            each token after matching, so offsets still point into the original
            text. Under ``"ascii"`` letters of other scripts are kept as written
            (in NFC form, so ``й`` and ``ё`` stay) and only free-standing
            combining marks, such as Russian stress marks (``Москва́`` ->
            ``москва``), are removed: unlike scikit-learn's
            ``strip_accents="ascii"``, Cyrillic and Arabic words do not vanish.
        min_length: drop tokens shorter than this many characters (default 1).

    Attributes:
        pattern: the rule as one capture-free regular expression (without
            ``min_length`` and accent stripping, which are applied afterwards).

    Example:
        >>> rule = TokenRule()
        >>> rule.tokenize("The US-led coalition's 1,000 troops don't stay.")
        ['the', 'us-led', 'coalition', '1,000', 'troops', "don't", 'stay']
        >>> TokenRule(possessive="split").tokenize("Russia’s army")
        ['russia', '’s', 'army']
    """

    lowercase: bool = True
    possessive: Possessive = "strip"
    numbers: bool = True
    hashtags: bool = False
    urls: bool = False
    emails: bool = False
    mentions: bool = False
    strip_accents: StripAccents | None = None
    min_length: int = 1
    _compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.possessive not in ("strip", "keep", "split"):
            raise ValueError(
                f"possessive= must be 'strip', 'keep' or 'split', got {self.possessive!r}"
            )
        if self.strip_accents not in (None, "unicode", "ascii"):
            raise ValueError(
                f"strip_accents= must be None, 'unicode' or 'ascii', got {self.strip_accents!r}"
            )
        if not isinstance(self.min_length, int) or self.min_length < 1:
            raise ValueError(f"min_length= must be an integer >= 1, got {self.min_length!r}")
        object.__setattr__(self, "_compiled", re.compile(self.pattern))

    @cached_property
    def pattern(self) -> str:
        """The regular expression of this rule (capture-free; see the module docstring)."""
        if self.possessive == "keep":
            apostrophe_part = rf"{_APOSTROPHE}{_ALNUM}+"
        else:
            apostrophe_part = rf"{_APOSTROPHE}(?!{_CLITIC_S}){_ALNUM}+"
        continuation = rf"{_HYPHEN}{_LETTERS}|(?<=\d)[.,](?=\d){_ALNUM}+|{apostrophe_part}"
        word = rf"{_LETTERS}(?:{continuation})*"
        if not self.numbers:
            numeric = rf"\d+(?:[.,]\d+)*(?!{_ALNUM}|{continuation})"
            word = rf"(?!{numeric}){word}"
        alternatives = []
        if self.urls:
            alternatives.append(_URL)
        if self.emails:
            alternatives.append(_EMAIL)
        if self.hashtags:
            alternatives.append(_HASHTAG)
        if self.mentions:
            alternatives.append(_MENTION)
        alternatives += [_ABBREVIATION, word]
        # A token never starts right after a letter/digit, nor on the "s" of a
        # stripped clitic ("russia's": the "s" after "a'").
        start = rf"(?<!{_ALNUM})(?<!{_ALNUM}{_APOSTROPHE})"
        body = rf"{start}(?:{'|'.join(alternatives)})"
        if self.possessive == "split":
            body = rf"{body}|(?<={_ALNUM}){_APOSTROPHE}{_CLITIC_S}"
        return rf"(?:{body})"

    @property
    def regex(self) -> re.Pattern[str]:
        """The compiled :attr:`pattern`."""
        return self._compiled

    @cached_property
    def splitter(self) -> re.Pattern[str]:
        """:attr:`pattern` in one capturing group: ``splitter.split(text)`` alternates
        the stretches between tokens with the tokens, so running sums of their lengths
        give every token's offsets without a match object per token.

        Example:
            >>> TokenRule().splitter.split("iraq’s mosul.")
            ['', 'iraq', '’s ', 'mosul', '.']
        """
        return re.compile(f"({self.pattern})")

    def strip(self, token: str) -> str:
        """Strip accents from an already lower-cased token as :attr:`strip_accents` says."""
        if self.strip_accents == "unicode":
            return _strip_accents_unicode(token)
        if self.strip_accents == "ascii":
            return _strip_accents_ascii(token)
        return token

    def _searched(self, text: str) -> tuple[str, bool]:
        """The text the pattern runs on, and whether each token found must be lower-cased.

        With :attr:`lowercase`, the lower-cased text, whose offsets are those of
        ``text``; ``str.lower()`` keeps the length except for rare characters
        (such as "İ"), and then the pattern runs on ``text`` itself.
        """
        if not self.lowercase:
            return text, False
        lowered = text.lower()
        if len(lowered) == len(text):
            return lowered, False
        return text, True

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Character offsets of the tokens in ``text``.

        Args:
            text: the original text (not lower-cased).

        Returns:
            ``(start, end)`` pairs into ``text``, so ``text[start:end]`` is the
            token as written. Tokens shorter than ``min_length`` are left out.

        Example:
            >>> TokenRule().spans("Iraq’s Mosul")
            [(0, 4), (7, 12)]
        """
        return [(start, end) for start, end, _ in self.matches(text)]

    def iter_spans(self, text: str) -> Iterator[tuple[int, int]]:
        """:meth:`spans`, one at a time: a caller that stops early cuts no more tokens.

        Example:
            >>> next(TokenRule().iter_spans("Iraq’s Mosul"))
            (0, 4)
        """
        if self.strip_accents is not None or self.min_length > 1:
            return iter(self.spans(text))  # the filters need each token string
        return map(re.Match.span, self._compiled.finditer(self._searched(text)[0]))

    def tokenize(self, text: str) -> list[str]:
        """The tokens of ``text`` as strings.

        Args:
            text: any text.

        Returns:
            The token strings, in order.

        Example:
            >>> TokenRule(numbers=False).tokenize("Over 200 civilians, 3.5 km")
            ['over', 'civilians', 'km']
        """
        # the tokens of :meth:`matches` without match objects (the pattern is
        # capture-free, so findall gives one string per token)
        source, lower = self._searched(text)
        found = self._compiled.findall(source)
        if lower:
            found = [token.lower() for token in found]
        if self.strip_accents is not None:
            found = [self.strip(token) for token in found]
        if self.min_length > 1 or self.strip_accents is not None:
            found = [token for token in found if len(token) >= self.min_length]
        return found

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        """The tokens of ``text`` with their offsets.

        Args:
            text: the original text.

        Returns:
            ``(start, end, token)`` triples: ``text[start:end]`` is the token as
            written, ``token`` the token string (case and accents normalized).

        Example:
            >>> TokenRule().matches("Iraq’s Mosul")
            [(0, 4, 'iraq'), (7, 12, 'mosul')]
        """
        source, lower = self._searched(text)
        found = [(m.start(), m.end(), m.group()) for m in self._compiled.finditer(source)]
        if lower:
            found = [(start, end, token.lower()) for start, end, token in found]
        if self.strip_accents is not None:
            found = [(start, end, self.strip(token)) for start, end, token in found]
        if self.min_length > 1 or self.strip_accents is not None:
            # a word stripped to "" (no ASCII form) is dropped, as count_matrix drops it
            found = [m for m in found if len(m[2]) >= self.min_length]
        return found


#: The default rule: lower-cased, possessives stripped, numbers kept.
DEFAULT_RULE = TokenRule()


def tokenize(text: str, *, rule: TokenRule | None = None, **rule_options: object) -> list[str]:
    """Cut ``text`` into tokens.

    Args:
        text: the text.
        rule: a :class:`TokenRule`; default :data:`DEFAULT_RULE`.
        **rule_options: options of :class:`TokenRule` (``possessive=``, ``numbers=``,
            ...) to build a rule on the fly; not allowed together with ``rule=``.

    Returns:
        The token strings, in order.

    Raises:
        ValueError: when both ``rule=`` and rule options are given.
        TypeError: for an unknown option.

    Example:
        >>> tokenize("Moscow stands for the liberation of Iraq’s Mosul.")
        ['moscow', 'stands', 'for', 'the', 'liberation', 'of', 'iraq', 'mosul']
        >>> tokenize("Russia's U.S. policy", possessive="keep")
        ["russia's", 'u.s.', 'policy']
    """
    return resolve_rule(rule, **rule_options).tokenize(text)


def resolve_rule(rule: TokenRule | None = None, **rule_options: object) -> TokenRule:
    """The rule to use: ``rule``, or one built from ``rule_options``, or :data:`DEFAULT_RULE`.

    Args:
        rule: a :class:`TokenRule` or ``None``.
        **rule_options: options of :class:`TokenRule`.

    Returns:
        A :class:`TokenRule`.

    Raises:
        ValueError: when both ``rule`` and options are given.
        TypeError: when ``rule`` is not a :class:`TokenRule`.
    """
    if rule is not None:
        if not isinstance(rule, TokenRule):
            raise TypeError(f"rule= must be a TokenRule, got {type(rule).__name__}")
        if rule_options:
            raise ValueError(
                "give either rule= or rule options ("
                + ", ".join(f"{k}=" for k in rule_options)
                + "), not both"
            )
        return rule
    if not rule_options:
        return DEFAULT_RULE
    return TokenRule(**rule_options)  # type: ignore[arg-type]
