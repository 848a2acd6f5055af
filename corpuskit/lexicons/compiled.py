"""A dictionary compiled for matching token sequences, and the longest-match rule.

The matching rules are those of :mod:`corpuskit.lexicons.lookup`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import ahocorasick
import numpy as np

from corpuskit.lexicons.dictionary import Dictionary
from corpuskit.text.tokenize import TokenRule, resolve_rule

__all__ = ["CompiledDictionary", "compile_dictionary", "resolve_overlaps"]


def _glob_regex(piece: str) -> str:
    return "".join(".*" if char == "*" else re.escape(char) for char in piece)


@dataclass
class CompiledDictionary:
    """A dictionary compiled against a token rule, ready to scan token lists.

    Every distinct word of the entries (a literal token or a glob) is a
    *piece* with an id; the entries form a trie over piece ids. A token type is
    resolved to the set of pieces it matches once, then cached.

    Attributes:
        categories: the category paths, in column order.
        rule: the token rule applied to texts (lower-casing unless the
            dictionary is case-sensitive).
        literals: literal token -> piece id.
        globs: ``(piece id, compiled glob)`` pairs.
        any_glob: all globs in one regex, to skip most tokens quickly.
        children: the trie: per node, piece id -> child node (node 0 is the root).
        terminals: per node, the entries ending there as ``(category index,
            rank, pattern, weight)``, one per category.
        roots: the literal tokens an entry can start with.
        root_glob: the globs an entry can start with, in one regex (``None``
            without such globs).
        anchors: one literal token of each entry that has one (its longest):
            a text holding none of them (and no token of :attr:`anchor_glob`)
            matches no entry.
        anchor_glob: one glob of each entry made of globs only, in one regex.
        needles: strings of which a text that can match holds at least one
            (the anchors and the longest literal part of each anchor glob);
            ``None`` when the rule changes tokens so that they need not be
            substrings of the text (accent stripping), or a glob has no
            literal part.
        cache: token type -> ids of the pieces it matches.
        flag_cache: token type -> whether it is an anchor and a root (:meth:`type_flags`).
    """

    categories: list[str]
    rule: TokenRule
    literals: dict[str, int]
    globs: list[tuple[int, re.Pattern[str]]]
    any_glob: re.Pattern[str] | None
    children: list[dict[int, int]]
    terminals: list[list[tuple[int, int, str, float]]]
    roots: frozenset[str]
    root_glob: re.Pattern[str] | None
    anchors: frozenset[str]
    anchor_glob: re.Pattern[str] | None
    needles: tuple[str, ...] | None
    cache: dict[str, tuple[int, ...]] = dataclasses.field(default_factory=dict)
    flag_cache: dict[str, tuple[bool, bool]] = dataclasses.field(default_factory=dict)
    automaton: Any = dataclasses.field(default=None, repr=False, compare=False)

    def may_match(self, text: str) -> bool:
        """Whether ``text`` can hold a match: ``False`` when it holds none of :attr:`needles`.

        Every token is a piece of the text (of the lower-cased text for a
        lower-casing rule), so a text without a needle has no anchor token and
        matches no entry: ruling it out before cutting tokens changes no result.
        The needles are found in one pass by an Aho-Corasick automaton
        (``pyahocorasick``).

        Example:
            >>> compiled = compile_dictionary(Dictionary({"siege": ["siege", "besieged"]}))
            >>> compiled.may_match("The Siege."), compiled.may_match("A quiet day.")
            (True, False)
        """
        if self.needles is None:
            return True
        if self.rule.lowercase:
            lowered = text.lower()
            if len(lowered) != len(text):  # tokens are then lowered one by one
                return True
            text = lowered
        if self.automaton is None:
            self.automaton = _automaton(self.needles)
        return next(self.automaton.iter(text), None) is not None

    def pieces(self, token: str) -> tuple[int, ...]:
        """The ids of the pieces ``token`` matches (cached per token type)."""
        found = self.cache.get(token)
        if found is None:
            ids = []
            literal = self.literals.get(token)
            if literal is not None:
                ids.append(literal)
            if self.any_glob is not None and self.any_glob.fullmatch(token):
                ids.extend(i for i, pattern in self.globs if pattern.fullmatch(token))
            found = tuple(ids)
            self.cache[token] = found
        return found

    def type_flags(self, types: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Whether each token type is an anchor (:attr:`anchors`, :attr:`anchor_glob`) and
        whether an entry can start at it (:attr:`roots`, :attr:`root_glob`), each type
        looked at once (cached), so a text's tokens are checked with an array lookup.

        Example:
            >>> compiled = compile_dictionary(Dictionary({"siege": ["siege of *"]}))
            >>> [flags.tolist() for flags in compiled.type_flags(["of", "siege"])]
            [[False, True], [False, True]]
        """
        flags = self.flag_cache
        anchors, anchor_glob = self.anchors, self.anchor_glob
        roots, root_glob = self.roots, self.root_glob
        pairs = []
        for token in types:
            found = flags.get(token)
            if found is None:
                found = flags[token] = (
                    token in anchors
                    or (anchor_glob is not None and bool(anchor_glob.fullmatch(token))),
                    token in roots or (root_glob is not None and bool(root_glob.fullmatch(token))),
                )
            pairs.append(found)
        both = np.array(pairs, dtype=bool).reshape(-1, 2)
        return both[:, 0], both[:, 1]

    def scan(self, tokens: Sequence[str]) -> list[tuple[int, int, int, int, str, float]]:
        """Every match in ``tokens``, before overlaps are resolved.

        Args:
            tokens: the token strings of one text, cut by :attr:`rule`.

        Returns:
            ``(start, length, rank, category, entry, weight)`` tuples, where
            ``start`` and ``length`` count tokens and ``rank`` is the entry's
            position in the dictionary.
        """
        anchor_glob = self.anchor_glob
        if self.anchors.isdisjoint(tokens) and (
            anchor_glob is None or not any(map(anchor_glob.fullmatch, tokens))
        ):
            return []  # no entry has all its words here (most texts, for a small dictionary)
        # only a token that is a root (a literal or glob an entry starts with) can start a match
        roots, root_glob = self.roots, self.root_glob
        if root_glob is not None and any(map(root_glob.fullmatch, tokens)):
            starts = [i for i, t in enumerate(tokens) if t in roots or root_glob.fullmatch(t)]
        else:
            starts = [i for i, t in enumerate(tokens) if t in roots]
        return self.walk(tokens, starts)

    def walk(
        self, tokens: Sequence[str], starts: Sequence[int]
    ) -> list[tuple[int, int, int, int, str, float]]:
        """The matches of :meth:`scan` that start at the positions ``starts``, walking the
        trie token by token; for a caller that found the starts with :meth:`type_flags`.

        Example:
            >>> compiled = compile_dictionary(Dictionary({"siege": ["siege of *"]}))
            >>> [m[:2] for m in compiled.walk(["the", "siege", "of", "aleppo"], [1])]
            [(1, 3)]
        """
        cache, pieces_of = self.cache, self.pieces
        children, terminals = self.children, self.terminals
        found = []
        n = len(tokens)
        for start in starts:
            frontier = [0]
            position = start
            while frontier and position < n:
                following = []
                token = tokens[position]
                pieces = cache.get(token)
                if pieces is None:
                    pieces = pieces_of(token)
                for node in frontier:
                    branches = children[node]
                    for piece in pieces:
                        child = branches.get(piece)
                        if child is not None:
                            following.append(child)
                            length = position - start + 1
                            for category, rank, entry, weight in terminals[child]:
                                found.append((start, length, rank, category, entry, weight))
                frontier = following
                position += 1
        return found


def compile_dictionary(
    dictionary: Dictionary, *, rule: TokenRule | None = None
) -> CompiledDictionary:
    """Compile ``dictionary`` for matching texts cut by ``rule``.

    Args:
        dictionary: the :class:`~corpuskit.lexicons.dictionary.Dictionary`.
        rule: the token rule (default :data:`~corpuskit.text.tokenize.DEFAULT_RULE`);
            its ``lowercase`` is set to ``not dictionary.case_sensitive``.

    Returns:
        A :class:`CompiledDictionary`.

    Raises:
        ValueError: if an entry gives no token under the rule (naming entry and category).

    Example:
        >>> d = Dictionary({"a": ["Russia's forces", "liberat*"]})
        >>> compiled = compile_dictionary(d)
        >>> sorted(compiled.literals)
        ['forces', 'russia']
    """
    base = resolve_rule(rule)
    token_rule = dataclasses.replace(base, lowercase=not dictionary.case_sensitive)
    literals: dict[str, int] = {}
    glob_ids: dict[str, int] = {}
    children: list[dict[int, int]] = [{}]
    terminals: list[list[tuple[int, int, str, float]]] = [[]]
    anchors: set[str] = set()  # one literal every entry needs (its longest), or
    anchor_globs: set[str] = set()  # one glob for an entry of globs only
    rank = 0
    for category_index, (category, entries) in enumerate(dictionary.categories_map.items()):
        for entry in entries:
            rank += 1
            path: list[int] = []
            words: list[str] = []
            entry_globs: list[str] = []
            for word in entry.words:
                if "*" in word:
                    key = word if dictionary.case_sensitive else word.lower()
                    path.append(glob_ids.setdefault(key, len(literals) + len(glob_ids)))
                    entry_globs.append(key)
                    continue
                pieces = token_rule.tokenize(word)
                if not pieces:
                    raise ValueError(
                        f"entry {entry.pattern!r} of category {category!r} gives no token "
                        "under the token rule"
                    )
                for piece in pieces:
                    path.append(literals.setdefault(piece, len(literals) + len(glob_ids)))
                words.extend(pieces)
            if words:
                anchors.add(max(words, key=len))
            else:
                anchor_globs.add(entry_globs[0])
            node = 0
            for piece_id in path:
                child = children[node].get(piece_id)
                if child is None:
                    child = len(children)
                    children[node][piece_id] = child
                    children.append({})
                    terminals.append([])
                node = child
            if all(existing[0] != category_index for existing in terminals[node]):
                terminals[node].append((category_index, rank, entry.pattern, entry.weight))
    globs = [(i, re.compile(_glob_regex(g))) for g, i in glob_ids.items()]
    first = children[0]
    root_globs = [g for g, i in glob_ids.items() if i in first]
    return CompiledDictionary(
        categories=dictionary.categories,
        rule=token_rule,
        literals=literals,
        globs=globs,
        any_glob=_any_glob(list(glob_ids)),
        children=children,
        terminals=terminals,
        roots=frozenset(token for token, i in literals.items() if i in first),
        root_glob=_any_glob(root_globs),
        anchors=frozenset(anchors),
        anchor_glob=_any_glob(sorted(anchor_globs)),
        needles=_needles(token_rule, anchors, anchor_globs),
    )


def _needles(rule: TokenRule, anchors: set[str], globs: set[str]) -> tuple[str, ...] | None:
    """The strings :meth:`CompiledDictionary.may_match` looks for (see :attr:`needles`)."""
    parts = [max(glob.split("*"), key=len) for glob in globs]
    if rule.strip_accents is not None or not all(parts):
        return None
    return tuple(sorted({*anchors, *parts}))


def _automaton(needles: tuple[str, ...]) -> Any:
    automaton = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
    for needle in needles:
        automaton.add_word(needle)
    automaton.make_automaton()
    return automaton


def _any_glob(globs: list[str]) -> re.Pattern[str] | None:
    """One regex whose ``fullmatch`` is that of any of ``globs`` (``None`` for none)."""
    return re.compile("|".join(f"(?:{_glob_regex(g)})" for g in globs)) if globs else None


def resolve_overlaps(
    found: list[tuple[int, int, int, int, str, float]], *, overlap: str
) -> list[tuple[int, int, int, int, str, float]]:
    """Keep the longest, leftmost, non-overlapping matches (see the module docstring).

    Args:
        found: matches from :meth:`CompiledDictionary.scan`.
        overlap: ``"category"`` (each category on its own) or ``"dictionary"``.

    Returns:
        The kept matches, sorted by start token.

    Example:
        >>> found = [(0, 1, 2, 0, "coalition", 1.0), (0, 2, 1, 0, "us-led coalition", 1.0)]
        >>> [m[4] for m in resolve_overlaps(found, overlap="category")]
        ['us-led coalition']
    """
    found = sorted(found, key=lambda m: (m[0], -m[1], m[2]))
    kept = []
    if overlap == "category":
        next_free: dict[int, int] = {}
        for match in found:
            start, length, _, category = match[:4]
            if start >= next_free.get(category, 0):
                kept.append(match)
                next_free[category] = start + length
        return kept
    boundary = 0
    current: tuple[int, int] | None = None
    categories: set[int] = set()
    for match in found:
        start, length, _, category = match[:4]
        if current == (start, length):
            if category not in categories:
                kept.append(match)
                categories.add(category)
        elif start >= boundary:
            current = (start, length)
            categories = {category}
            kept.append(match)
            boundary = start + length
    return kept
