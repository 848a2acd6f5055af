"""Search patterns for KWIC and collocations, and the flat token stream they run on.

A *pattern* names a token or a run of consecutive tokens:

- a word: ``"aleppo"``;
- a phrase, i.e. consecutive tokens, written with spaces: ``"humanitarian corridor"``;
- a glob (``pattern_type="glob"``, the default): ``*`` stands for any run of
  characters and ``?`` for one character, inside one token: ``"liberat*"``,
  ``"*-led"``, ``"civilian?"``; every other character is literal;
- a fixed string (``pattern_type="fixed"``): like a glob, but ``*`` and ``?``
  are literal too;
- a regular expression (``pattern_type="regex"``): each whitespace-separated part
  must match one whole token (``re.fullmatch``: write ``"liberat.*"`` for a
  prefix); ``"free syria[n]?"`` spans two tokens;
- a compiled :class:`re.Pattern`: one token, matched with ``fullmatch`` and with
  its own flags (``case_sensitive=`` does not apply to it).

Regular expressions (``pattern_type="regex"`` and compiled patterns) run with a
time budget per token (:mod:`corpuskit.text.safe_regex`): one that backtracks
catastrophically raises a :class:`~corpuskit.text.safe_regex.RegexTimeoutError`
naming the pattern, the token and its document instead of stalling the run.

Patterns match the tokens as written in the text (``text[start:end]``), so
matching does not depend on the token rule's lower-casing; it is
case-insensitive unless ``case_sensitive=True``. Parts without wildcards are cut
by the token rule just as the text is: with the default rule, ``"Assad's
forces"`` is the two tokens ``Assad`` ``forces`` (the possessive is not a token)
and ``"US-led"`` stays one token. On a :class:`~corpuskit.text.tokens.Tokens`
object, patterns match its token strings and are only split at whitespace, so
``"security_council"`` finds a compound. A list of patterns is searched at once and
every hit records the pattern (as given) that found it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from corpuskit.text.safe_regex import UserRegex
from corpuskit.text.token_arrays import token_arrays
from corpuskit.text.tokenize import TokenRule
from corpuskit.text.tokens import Tokens, document_table

PatternSpec = str | re.Pattern[str] | Sequence[str | re.Pattern[str]]

#: accepted values of ``pattern_type=``
PATTERN_TYPES: tuple[str, ...] = ("glob", "fixed", "regex")

_WILDCARD = re.compile(r"[*?]")


@dataclass(frozen=True)
class Pattern:
    """One compiled search pattern.

    Attributes:
        label: the pattern as the user gave it (the ``pattern`` column of results).
        parts: one regular expression per token; token ``j`` of a hit must
            ``fullmatch`` ``parts[j]`` (a :class:`~corpuskit.text.safe_regex.UserRegex`
            for the user's regular expressions).
        prefilter: regular expressions that a document's text must all contain
            (``search``) for the pattern to possibly match in it, or ``None``
            when no such cheap test exists (regular expressions given by the user).
    """

    label: str
    parts: tuple[re.Pattern[str] | UserRegex, ...]
    prefilter: tuple[re.Pattern[str], ...] | None

    def may_match(self, text: str) -> bool:
        """Whether ``text`` passes the cheap prefilter (``True`` when there is none)."""
        if self.prefilter is None:
            return True
        return all(rx.search(text) for rx in self.prefilter)


def _glob_regex(part: str, *, literal: bool) -> str:
    if literal:
        return re.escape(part)
    pieces = []
    for chunk in re.split(r"([*?])", part):
        if chunk == "*":
            pieces.append(".*")
        elif chunk == "?":
            pieces.append(".")
        elif chunk:
            pieces.append(re.escape(chunk))
    return "".join(pieces)


def _split_by_rule(part: str, rule: TokenRule, label: str) -> list[str]:
    pieces = [part[start:end] for start, end in rule.spans(part)]
    if not pieces:
        raise ValueError(
            f"pattern {label!r}: the token rule finds no token in {part!r}, so it can never "
            "match; patterns match tokens (words, numbers), not punctuation"
        )
    return pieces


def _compile_string(
    label: str, *, pattern_type: str, case_sensitive: bool, rule: TokenRule | None
) -> Pattern:
    flags = 0 if case_sensitive else re.IGNORECASE
    parts = label.split()
    if not parts:
        raise ValueError("pattern= contains an empty pattern")
    if pattern_type == "regex":
        try:
            compiled = tuple(UserRegex(part, argument="pattern=", flags=flags) for part in parts)
        except ValueError as exc:
            raise ValueError(
                f"pattern {label!r}: {exc}; each whitespace-separated part must be a regex "
                "for one token"
            ) from exc
        return Pattern(label=label, parts=compiled, prefilter=None)
    literal = pattern_type == "fixed"
    token_parts: list[str] = []
    for part in parts:
        if rule is not None and (literal or not _WILDCARD.search(part)):
            token_parts.extend(_split_by_rule(part, rule, label))
        else:
            token_parts.append(part)
    regexes = [_glob_regex(part, literal=literal) for part in token_parts]
    compiled = tuple(re.compile(rx, flags) for rx in regexes)
    # a token fullmatching "x.*y" contains a match of "x.*y" without the outer wildcards
    searches = [re.sub(r"^(?:\.\*)+|(?:\.\*)+$", "", rx) for rx in regexes]
    prefilter = tuple(re.compile(rx, flags) for rx in searches if rx)
    return Pattern(label=label, parts=compiled, prefilter=prefilter)


def compile_patterns(
    pattern: PatternSpec,
    *,
    pattern_type: str = "glob",
    case_sensitive: bool = False,
    rule: TokenRule | None,
) -> list[Pattern]:
    """Compile one pattern or a list of patterns (see the module docstring).

    Args:
        pattern: a string, a compiled :class:`re.Pattern`, or a list of them.
        pattern_type: how strings are read: ``"glob"`` (default), ``"fixed"`` or ``"regex"``.
        case_sensitive: match case exactly (default ``False``).
        rule: the token rule, used to cut wildcard-free parts into tokens;
            ``None`` leaves the parts as written (for tokens made otherwise,
            e.g. compounds such as ``security_council``).

    Returns:
        One :class:`Pattern` per pattern, in the order given.

    Raises:
        ValueError: unknown ``pattern_type``, an empty or duplicated pattern, an
            invalid regular expression, or a part in which the rule finds no token.
        TypeError: a pattern that is neither a string nor a compiled regex.

    Example:
        >>> from corpuskit.text.tokenize import DEFAULT_RULE
        >>> [p.label for p in compile_patterns(["liberat*", "free syrian"], rule=DEFAULT_RULE)]
        ['liberat*', 'free syrian']
    """
    if pattern_type not in PATTERN_TYPES:
        raise ValueError(f"pattern_type= must be one of {PATTERN_TYPES}, got {pattern_type!r}")
    items = [pattern] if isinstance(pattern, (str, re.Pattern)) else list(pattern)
    if not items:
        raise ValueError("pattern= is an empty list")
    compiled: list[Pattern] = []
    seen: set[str] = set()
    for item in items:
        if isinstance(item, re.Pattern):
            label = item.pattern
            one = Pattern(
                label=label, parts=(UserRegex(item, argument="pattern="),), prefilter=None
            )
        elif isinstance(item, str):
            label = item
            one = _compile_string(
                item, pattern_type=pattern_type, case_sensitive=case_sensitive, rule=rule
            )
        else:
            raise TypeError(
                f"pattern= must be a string, a compiled re.Pattern or a list of them; "
                f"got an item of type {type(item).__name__}"
            )
        if label in seen:
            raise ValueError(f"pattern= lists {label!r} twice")
        seen.add(label)
        compiled.append(one)
    return compiled


@dataclass(frozen=True)
class TokenStream:
    """The tokens of several documents, flattened into parallel arrays.

    Attributes:
        rows: for each document of the stream, its row number in the input.
        doc: the document of each token (an index into ``rows``).
        start: character offset where each token starts in its document's text.
        end: character offset where each token ends (exclusive).
        doc_first: index (into the flat arrays) of each document's first token,
            with one more entry at the end; document ``d`` owns
            ``doc_first[d]:doc_first[d + 1]``. Documents without tokens own an
            empty range.
        codes: each token's surface form (``text[start:end]``, what patterns
            match) as an index into ``types``.
        types: the distinct surface forms (object array of str).
        token_codes: each token's string as the token rule reports it (e.g.
            lower-cased) as an index into ``token_types``.
        token_types: the distinct token strings (object array of str).
    """

    rows: np.ndarray
    doc: np.ndarray
    start: np.ndarray
    end: np.ndarray
    doc_first: np.ndarray
    codes: np.ndarray
    types: np.ndarray
    token_codes: np.ndarray
    token_types: np.ndarray

    def __len__(self) -> int:
        return len(self.doc)


def _factorized(values: list[str]) -> tuple[np.ndarray, np.ndarray]:
    codes, uniques = pd.factorize(np.array(values, dtype=object))
    return np.asarray(codes, dtype=np.int64), np.asarray(uniques, dtype=object)


def _stream(
    *,
    rows: np.ndarray,
    lengths: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
    surfaces: list[str],
    strings: list[str],
) -> TokenStream:
    codes, types = _factorized(surfaces)
    token_codes, token_types = _factorized(strings)
    return TokenStream(
        rows=np.asarray(rows, dtype=np.int64),
        doc=np.repeat(np.arange(len(lengths)), lengths),
        start=np.asarray(starts, dtype=np.int64),
        end=np.asarray(ends, dtype=np.int64),
        doc_first=np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64),
        codes=codes,
        types=types,
        token_codes=token_codes,
        token_types=token_types,
    )


def token_stream(
    texts: Sequence[str], *, rule: TokenRule, docs: np.ndarray | None = None
) -> TokenStream:
    """Tokenise the texts with ``rule`` and flatten the tokens.

    Args:
        texts: one text per document.
        rule: the token rule.
        docs: the row number to record for each text (default ``0..len(texts)-1``),
            so a stream built on a subset of documents still points at their rows.

    Returns:
        A :class:`TokenStream`.
    """
    found = token_arrays(texts, rule)
    return TokenStream(
        rows=np.arange(len(texts)) if docs is None else np.asarray(docs, dtype=np.int64),
        doc=np.repeat(np.arange(len(texts)), found.lengths),
        start=found.starts,
        end=found.ends,
        doc_first=found.offsets,
        codes=found.surface_codes,
        types=found.surfaces,
        token_codes=found.codes,
        token_types=found.vocabulary,
    )


def tokens_stream(toks: Tokens) -> TokenStream:
    """Flatten a :class:`~corpuskit.text.tokens.Tokens` object.

    Its texts are not at hand, so the token strings (after any stopword
    removal, compounding or n-grams) stand for the surface forms too.

    Args:
        toks: the tokens.

    Returns:
        A :class:`TokenStream`.
    """
    frame = toks.to_frame()
    lengths = np.fromiter((len(d) for d in toks), dtype=np.int64, count=len(toks))
    strings = frame["token"].tolist()
    return _stream(
        rows=np.arange(len(toks)),
        lengths=lengths,
        starts=frame["start"].to_numpy(),
        ends=frame["end"].to_numpy(),
        surfaces=strings,
        strings=strings,
    )


def corpus_stream(
    articles: pd.DataFrame | Tokens,
    *,
    rule: TokenRule,
    text_column: str,
    patterns: Sequence[Pattern] | None = None,
) -> tuple[TokenStream, list[str] | None, pd.DataFrame]:
    """The token stream of an articles DataFrame or a Tokens object.

    Args:
        articles: an articles DataFrame or a :class:`~corpuskit.text.tokens.Tokens`.
        rule: the token rule (for a DataFrame).
        text_column: the column holding the text (for a DataFrame).
        patterns: when given, only the documents of a DataFrame that pass some
            pattern's prefilter (:meth:`Pattern.may_match`) are tokenised.

    Returns:
        ``(stream, texts, docvars)``: the stream; the texts (``None`` for
        Tokens); the document metadata, ``doc_id`` first (see
        :func:`~corpuskit.text.tokens.document_table`).

    Raises:
        TypeError: ``articles`` is neither a DataFrame nor Tokens.
    """
    if isinstance(articles, Tokens):
        return tokens_stream(articles), None, articles.docvars.reset_index(drop=True)
    if not isinstance(articles, pd.DataFrame):
        raise TypeError(
            f"articles must be an articles DataFrame or a Tokens object, "
            f"got {type(articles).__name__}"
        )
    texts, docvars = document_table(articles, text_column=text_column)
    if patterns is None:
        return token_stream(texts, rule=rule), texts, docvars
    keep = np.array(
        [i for i, text in enumerate(texts) if any(p.may_match(text) for p in patterns)],
        dtype=np.int64,
    )
    return token_stream([texts[i] for i in keep], rule=rule, docs=keep), texts, docvars


def _type_matches(
    part: re.Pattern[str] | UserRegex, stream: TokenStream, doc_ids: Sequence[str] | None
) -> np.ndarray:
    """Whether each distinct surface form (``stream.types``) fullmatches ``part``."""
    if isinstance(part, UserRegex):

        def name(i: int) -> str:
            row = int(stream.rows[stream.doc[int(np.argmax(stream.codes == i))]])
            document = repr(str(doc_ids[row])) if doc_ids is not None else f"row {row}"
            return f"a token of document {document}"

        return part.fullmatches(stream.types, name=name)
    return np.fromiter(
        (part.fullmatch(t) is not None for t in stream.types),
        dtype=bool,
        count=len(stream.types),
    )


def find_hits(
    stream: TokenStream, patterns: Sequence[Pattern], *, doc_ids: Sequence[str] | None = None
) -> pd.DataFrame:
    """Every place where a pattern matches in the stream.

    Args:
        stream: the tokens.
        patterns: compiled patterns.
        doc_ids: the documents' ids (by input row), to name the document of a
            token on which a user's regular expression exceeds its time budget.

    Returns:
        DataFrame with one row per (pattern, position) hit, in pattern order and
        then text order: ``first`` (flat index of the hit's first token),
        ``length`` (number of tokens) and ``pattern`` (index into ``patterns``).
        Two patterns matching the same tokens give two rows.
    """
    n = len(stream)
    frames = []
    for index, pattern in enumerate(patterns):
        k = len(pattern.parts)
        if n < k:
            continue
        ok = np.ones(n - k + 1, dtype=bool)
        for j, part in enumerate(pattern.parts):
            type_ok = _type_matches(part, stream, doc_ids)
            ok &= type_ok[stream.codes[j : n - k + 1 + j]]
            if j:
                ok &= stream.doc[j : n - k + 1 + j] == stream.doc[: n - k + 1]
        first = np.flatnonzero(ok)
        frames.append(pd.DataFrame({"first": first, "length": k, "pattern": index}))
    if not frames:
        return pd.DataFrame({"first": [], "length": [], "pattern": []}, dtype=np.int64)
    return pd.concat(frames, ignore_index=True).astype(np.int64)
