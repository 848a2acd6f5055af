"""Multi-word expressions (phrases): compound token sequences into one token.

``Phrases(["Security Council", "humanitarian corridor*"])`` turns the tokens
``security``, ``council`` into the single token ``security_council``. Each
phrase is a sequence of words separated by whitespace; a word is matched
case-insensitively against one token and may be a glob (``*`` any characters,
``?`` one character, ``[...]`` a set). Write the words as the token rule cuts
them: ``US-led coalition`` is two tokens (``us-led``, ``coalition``).

Matching: longer phrases are matched first; among phrases of the same length
the one listed first wins; a token belongs to at most one compound, and
overlapping matches of one phrase are taken left to right. The compound is the
matched tokens as they appear in the text joined by ``concatenator``
(``humanitarian corridors`` -> ``humanitarian_corridors``).

A default list for the Syrian and Iraqi wars ships with corpuskit
(:meth:`Phrases.default`); it is opt-in.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path

import numpy as np

__all__ = ["Phrases"]

_GLOB_CHARS = re.compile(r"[*?\[]")


class _Word:
    """One word of a phrase: an exact lower-case string or a compiled glob."""

    __slots__ = ("exact", "glob")

    def __init__(self, word: str) -> None:
        lowered = word.lower()
        if _GLOB_CHARS.search(lowered):
            self.exact: str | None = None
            self.glob: re.Pattern[str] | None = re.compile(fnmatch.translate(lowered))
        else:
            self.exact = lowered
            self.glob = None

    def matches(self, token: str) -> bool:
        lowered = token.lower()
        if self.exact is not None:
            return lowered == self.exact
        return self.glob.match(lowered) is not None  # type: ignore[union-attr]


class Phrases:
    """A list of multi-word expressions to compound into single tokens.

    Args:
        phrases: the phrases, one string each (words separated by whitespace;
            globs allowed on a word). Phrases of one word are rejected.
        concatenator: the string that joins the words of a compound (default ``"_"``).

    Raises:
        ValueError: for an empty phrase, a phrase of one word or an empty ``concatenator``.

    Example:
        >>> p = Phrases(["Security Council", "humanitarian corridor*"])
        >>> p.compound(["the", "un", "security", "council", "set", "up",
        ...             "humanitarian", "corridors"])
        ['the', 'un', 'security_council', 'set', 'up', 'humanitarian_corridors']
    """

    def __init__(self, phrases: Iterable[str], *, concatenator: str = "_") -> None:
        if isinstance(phrases, str):
            raise TypeError("phrases= must be a list of phrases, not one string")
        if not isinstance(concatenator, str) or not concatenator:
            raise ValueError(f"concatenator= must be a non-empty string, got {concatenator!r}")
        texts: list[str] = []
        for i, phrase in enumerate(phrases):
            words = str(phrase).split()
            if len(words) < 2:
                raise ValueError(
                    f"phrase {i} ({phrase!r}) must have at least two words separated by spaces"
                )
            texts.append(" ".join(words))
        self.concatenator = concatenator
        self.phrases: tuple[str, ...] = tuple(dict.fromkeys(texts))
        # longest first; stable, so the order given breaks ties
        ordered = sorted(self.phrases, key=lambda p: -len(p.split()))
        self._words: list[list[_Word]] = [[_Word(w) for w in p.split()] for p in ordered]

    @classmethod
    def from_file(cls, path: str | Path, *, concatenator: str = "_") -> Phrases:
        """Read phrases from a text file: one phrase per line.

        Blank lines and lines starting with ``#`` are ignored.

        Args:
            path: the UTF-8 text file.
            concatenator: as in :class:`Phrases`.

        Returns:
            The phrases.

        Raises:
            ValueError: naming the file and line of a phrase with fewer than two words.

        Example:
            >>> import tempfile, os
            >>> with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
            ...     _ = f.write("# places\\neastern Aleppo\\n")
            >>> Phrases.from_file(f.name).phrases
            ('eastern Aleppo',)
            >>> os.unlink(f.name)
        """
        path = Path(path)
        lines = path.read_text(encoding="utf-8").splitlines()
        phrases = []
        for number, line in enumerate(lines, start=1):
            text = line.strip()
            if not text or text.startswith("#"):
                continue
            if len(text.split()) < 2:
                raise ValueError(f"{path}, line {number}: phrase {text!r} has only one word")
            phrases.append(text)
        return cls(phrases, concatenator=concatenator)

    @classmethod
    def default(cls, *, concatenator: str = "_") -> Phrases:
        """The bundled phrases for coverage of the Syrian and Iraqi wars.

        Args:
            concatenator: as in :class:`Phrases`.

        Returns:
            The phrases of ``corpuskit/text/data/phrases_en.txt``.

        Example:
            >>> "Security Council" in Phrases.default().phrases
            True
        """
        source = resources.files("corpuskit.text") / "data" / "phrases_en.txt"
        with resources.as_file(source) as path:
            return cls.from_file(path, concatenator=concatenator)

    def __len__(self) -> int:
        return len(self.phrases)

    def __iter__(self) -> Iterator[str]:
        return iter(self.phrases)

    def __repr__(self) -> str:
        shown = ", ".join(repr(p) for p in self.phrases[:5])
        more = f", ... ({len(self)} phrases)" if len(self) > 5 else ""
        return f"Phrases([{shown}{more}], concatenator={self.concatenator!r})"

    @property
    def max_words(self) -> int:
        """The number of words of the longest phrase."""
        return max((len(words) for words in self._words), default=0)

    def compound(self, tokens: Sequence[str]) -> list[str]:
        """Compound the phrases in one document's tokens.

        Args:
            tokens: the token strings of one document, in order.

        Returns:
            The tokens with every matched phrase joined into one token.
        """
        strings = list(tokens)
        codes = np.arange(len(strings), dtype=np.int64)
        starts, lengths = self.find(codes, np.zeros(len(strings), np.int64), strings)
        return apply_matches(strings, starts, lengths, self.concatenator)

    def word_masks(self, strings: Sequence[str], start: int = 0) -> list[list[np.ndarray]]:
        """For each phrase and word: which of ``strings[start:]`` the word matches.

        Args:
            strings: token strings (a vocabulary).
            start: the first string to test.

        Returns:
            One list per phrase (longest first) of boolean arrays of length
            ``len(strings) - start``.
        """
        part = strings[start:]
        lowered = [s.lower() for s in part]
        masks = []
        for words in self._words:
            row = []
            for word in words:
                if word.exact is not None:
                    row.append(np.fromiter((s == word.exact for s in lowered), bool, len(part)))
                else:
                    glob = word.glob
                    row.append(
                        np.fromiter((glob.match(s) is not None for s in lowered), bool, len(part))  # type: ignore[union-attr]
                    )
            masks.append(row)
        return masks

    def find(
        self,
        codes: np.ndarray,
        doc: np.ndarray,
        strings: Sequence[str],
        masks: list[list[np.ndarray]] | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """Find the phrase matches in a sequence of token codes.

        Args:
            codes: token codes (indices into ``strings``), documents one after another.
            doc: the document of each token (a match never crosses documents).
            strings: the token string of each code.
            masks: :meth:`word_masks` of ``strings`` when already computed.

        Returns:
            ``(starts, lengths)``: the first position and the number of tokens of
            each match, sorted by position, never overlapping.
        """
        if masks is None:
            masks = self.word_masks(strings)
        n = len(codes)
        taken = np.zeros(n, dtype=bool)
        found_starts: list[np.ndarray] = []
        found_lengths: list[np.ndarray] = []
        for row in masks:
            k = len(row)
            if n < k:
                continue
            candidates = np.flatnonzero(row[0][codes[: n - k + 1]])
            for j in range(1, k):
                if not len(candidates):
                    break
                following = candidates + j
                ok = row[j][codes[following]] & (doc[following] == doc[candidates])
                candidates = candidates[ok]
            if not len(candidates):
                continue
            free = ~taken[candidates]
            for j in range(1, k):
                free &= ~taken[candidates + j]
            candidates = candidates[free]
            if len(candidates) > 1 and (np.diff(candidates) < k).any():
                candidates = _left_to_right(candidates, k)
            for j in range(k):
                taken[candidates + j] = True
            found_starts.append(candidates)
            found_lengths.append(np.full(len(candidates), k, dtype=np.int64))
        if not found_starts:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        starts = np.concatenate(found_starts)
        lengths = np.concatenate(found_lengths)
        order = np.argsort(starts, kind="stable")
        return starts[order], lengths[order]


def _left_to_right(candidates: np.ndarray, k: int) -> np.ndarray:
    kept = []
    next_free = -1
    for position in candidates.tolist():
        if position >= next_free:
            kept.append(position)
            next_free = position + k
    return np.asarray(kept, dtype=np.int64)


def apply_matches(
    strings: Sequence[str], starts: np.ndarray, lengths: np.ndarray, concatenator: str
) -> list[str]:
    """Replace each matched run of ``strings`` by its compound.

    Args:
        strings: the tokens of a sequence.
        starts: first positions of the matches (sorted, non-overlapping).
        lengths: the number of tokens of each match.
        concatenator: the joiner.

    Returns:
        The new token list.
    """
    out: list[str] = []
    previous = 0
    for start, length in zip(starts.tolist(), lengths.tolist()):
        out.extend(strings[previous:start])
        out.append(concatenator.join(strings[start : start + length]))
        previous = start + length
    out.extend(strings[previous:])
    return out
