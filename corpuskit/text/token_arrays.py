"""Many texts' tokens as integer arrays, cutting each distinct whitespace piece once.

``token_arrays(texts, rule)`` gives what ``[rule.matches(t) for t in texts]``
gives, as arrays: offsets, token codes into a vocabulary numbered by first use,
and codes of the forms as written. It does not run the token rule on the full
texts. Each text is cut at whitespace (one C call per text); no token spans
whitespace, and the rule's look-arounds treat whitespace like the ends of a
string (see :mod:`corpuskit.text.tokenize`), so each *distinct* piece is
tokenised once and its tokens are copied to every place it occurs with numpy
gathers. News repeats its words, so the rule runs on a few percent of the
text, and no Python object is made per token. The counting engine
(:mod:`corpuskit.text.count`) counts by the same observation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from corpuskit._progress import progress
from corpuskit.text.count.pieces import ragged_index
from corpuskit.text.tokenize import TokenRule

__all__ = ["TokenArrays", "token_arrays"]

#: texts cut at a time: the pieces of one chunk are held as Python strings
_CHUNK = 2000
#: whether each code point up to U+3000 is whitespace (``str.isspace``, which is also
#: what ``str.split()`` and the ``\\s`` of ``re`` take for whitespace); none is above it
_SPACE = np.array([chr(i).isspace() for i in range(0x3001)], dtype=bool)


@dataclass(frozen=True)
class TokenArrays:
    """The tokens of several texts.

    Attributes:
        starts, ends: each token's offsets in its text (``int64``).
        offsets: text ``d`` holds tokens ``offsets[d]:offsets[d + 1]``.
        codes: each token's index into ``vocabulary`` (``int64``).
        vocabulary: the token strings (case and accents normalised by the rule),
            numbered by first use.
        surface_codes: each token's index into ``surfaces``.
        surfaces: the tokens as written (``text[start:end]``), numbered by first use.
    """

    starts: np.ndarray
    ends: np.ndarray
    offsets: np.ndarray
    codes: np.ndarray
    vocabulary: np.ndarray
    surface_codes: np.ndarray
    surfaces: np.ndarray

    @property
    def lengths(self) -> np.ndarray:
        """The number of tokens of each text."""
        return np.diff(self.offsets)


def _solid_starts(text: str) -> np.ndarray:
    """Where each run of non-whitespace characters of ``text`` starts."""
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    space = _SPACE[np.minimum(points, len(_SPACE) - 1)] & (points < len(_SPACE))
    return np.flatnonzero(np.diff((~space).astype(np.int8), prepend=np.int8(0)) == 1)


def _firsts(lengths: np.ndarray) -> np.ndarray:
    """Where each of runs of these lengths starts when they are laid end to end."""
    return np.cumsum(lengths) - lengths


def _cut(
    pieces: list[str], rule: TokenRule
) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str], list[str]]:
    """The tokens of distinct ``pieces``: owning piece, offsets in it, strings and forms
    as written, in order; one run of the rule over the pieces joined by newlines, and
    :meth:`TokenRule.matches` for the rare pieces whose lower case changes length."""
    odd: list[int] = []
    if rule.lowercase and len("\n".join(pieces).lower()) != sum(map(len, pieces)) + len(pieces) - 1:
        odd = [i for i, piece in enumerate(pieces) if len(piece.lower()) != len(piece)]
    odd_set = set(odd)
    plain = [piece for i, piece in enumerate(pieces) if i not in odd_set] if odd else pieces
    plain_index = np.setdiff1d(np.arange(len(pieces)), odd) if odd else np.arange(len(pieces))
    joined = "\n".join(plain)
    parts = rule.splitter.split(joined.lower() if rule.lowercase else joined)
    sizes = np.fromiter(map(len, parts), dtype=np.int64, count=len(parts))
    ends = np.cumsum(sizes)[1::2]
    starts = ends - sizes[1::2]
    piece_starts = _firsts(np.fromiter(map(len, plain), dtype=np.int64, count=len(plain)) + 1)
    owner = np.searchsorted(piece_starts, starts, side="right") - 1
    strings = parts[1::2]
    surfaces = [joined[a:b] for a, b in zip(starts.tolist(), ends.tolist())]
    owner, starts, ends = (
        plain_index[owner],
        starts - piece_starts[owner],
        ends - piece_starts[owner],
    )
    if rule.strip_accents is not None:
        strings = [rule.strip(t) for t in strings]
    if odd:
        extra = [(i, m) for i in odd for m in rule.matches(pieces[i])]
        owner = np.concatenate([owner, np.array([i for i, _ in extra], dtype=np.int64)])
        starts = np.concatenate([starts, np.array([m[0] for _, m in extra], dtype=np.int64)])
        ends = np.concatenate([ends, np.array([m[1] for _, m in extra], dtype=np.int64)])
        strings = strings + [m[2] for _, m in extra]
        surfaces = surfaces + [pieces[i][m[0] : m[1]] for i, m in extra]
        order = np.lexsort((starts, owner))
    else:
        order = None
    if rule.min_length > 1 or rule.strip_accents is not None:
        keep = np.fromiter(map(len, strings), dtype=np.int64, count=len(strings)) >= rule.min_length
        order = np.flatnonzero(keep) if order is None else order[keep[order]]
    if order is not None:
        owner, starts, ends = owner[order], starts[order], ends[order]
        strings = [strings[i] for i in order.tolist()]
        surfaces = [surfaces[i] for i in order.tolist()]
    return owner, starts, ends, strings, surfaces


class _Pieces:
    """Distinct whitespace pieces met so far and their tokens, flattened."""

    def __init__(self, rule: TokenRule) -> None:
        self.rule = rule
        self.ids: dict[str, int] = {}
        empty = np.empty(0, dtype=np.int64)
        self.counts, self.firsts, self.starts, self.ends = empty, empty, empty, empty
        self.codes, self.surface_codes = empty, empty
        self.vocabulary: dict[str, int] = {}
        self.surfaces: dict[str, int] = {}

    def lookup(self, pieces: list[str]) -> np.ndarray:
        """The ids of distinct ``pieces``, cutting the new ones."""
        known = self.ids
        new = [piece for piece in pieces if piece not in known]
        if new:
            owner, starts, ends, strings, surfaces = _cut(new, self.rule)
            counts = np.bincount(owner, minlength=len(new)).astype(np.int64)
            first = len(self.codes) + _firsts(counts)
            vocabulary, forms = self.vocabulary, self.surfaces
            codes = [vocabulary.setdefault(t, len(vocabulary)) for t in strings]
            surface_codes = [forms.setdefault(t, len(forms)) for t in surfaces]
            self.counts = np.concatenate([self.counts, counts])
            self.firsts = np.concatenate([self.firsts, first])
            self.starts = np.concatenate([self.starts, starts])
            self.ends = np.concatenate([self.ends, ends])
            self.codes = np.concatenate([self.codes, np.asarray(codes, dtype=np.int64)])
            self.surface_codes = np.concatenate(
                [self.surface_codes, np.asarray(surface_codes, dtype=np.int64)]
            )
            for piece in new:
                known[piece] = len(known)
        return np.fromiter(map(known.__getitem__, pieces), dtype=np.int64, count=len(pieces))


def _chunk(texts: Sequence[str], pieces: _Pieces) -> tuple[np.ndarray, ...]:
    """Token offsets, codes, surface codes and counts per text of one chunk of texts."""
    big = "\n".join(texts)
    text_starts = _firsts(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1)
    run_starts = _solid_starts(big)
    piece_text = np.searchsorted(text_starts, run_starts, side="right") - 1
    piece_start = run_starts - text_starts[piece_text]
    occurrence, distinct = pd.factorize(np.array(big.split(), dtype=object))
    ids = pieces.lookup(distinct.tolist())[occurrence]
    counts = pieces.counts[ids]
    owner = np.repeat(np.arange(len(ids)), counts)
    token = ragged_index(pieces.firsts[ids], counts)
    per_text = np.bincount(piece_text, weights=counts, minlength=len(texts)).astype(np.int64)
    return (
        piece_start[owner] + pieces.starts[token],
        piece_start[owner] + pieces.ends[token],
        pieces.codes[token],
        pieces.surface_codes[token],
        per_text,
    )


def token_arrays(
    texts: Sequence[str], rule: TokenRule, *, show: bool | None = False
) -> TokenArrays:
    """The tokens of ``texts`` cut by ``rule``, as arrays (see the module docstring).

    Args:
        texts: the texts.
        rule: the token rule.
        show: a progress bar over the texts (see :mod:`corpuskit._progress`; default
            ``False``: none).

    Returns:
        A :class:`TokenArrays`: the tokens, offsets and strings of
        ``rule.matches(text)`` for each text, in order.

    Example:
        >>> from corpuskit.text.tokenize import TokenRule
        >>> found = token_arrays(["Iraq’s Mosul", "Mosul and Aleppo"], TokenRule())
        >>> found.vocabulary[found.codes].tolist()
        ['iraq', 'mosul', 'mosul', 'and', 'aleppo']
        >>> found.starts.tolist(), found.offsets.tolist()
        ([0, 7, 0, 6, 10], [0, 2, 5])
    """
    pieces = _Pieces(rule)
    # the bar counts texts; each chunk of them is cut when the loop reaches its first
    rows = progress(range(len(texts)), total=len(texts), desc="tokens", show=show)
    chunks = [_chunk(texts[i : i + _CHUNK], pieces) for i in rows if not i % _CHUNK] or [
        (np.empty(0, dtype=np.int64),) * 5
    ]
    starts, ends, codes, surface_codes, per_text = (np.concatenate(c) for c in zip(*chunks))
    return TokenArrays(
        starts=starts,
        ends=ends,
        offsets=np.concatenate([[0], np.cumsum(per_text)]).astype(np.int64),
        codes=codes,
        vocabulary=np.array(list(pieces.vocabulary), dtype=object).reshape(-1),
        surface_codes=surface_codes,
        surfaces=np.array(list(pieces.surfaces), dtype=object).reshape(-1),
    )
