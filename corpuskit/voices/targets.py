"""Who is talked about: :class:`Targets` (actors by alias sets) and :func:`mentions`.

A target is an actor a statement can be about ("russia", "us_led_coalition",
"civilians"), defined by a set of aliases: names, adjectives ("Russian"),
capitals used as metonyms ("Moscow"), institutions and leaders ("Putin").
The bundled set for the Syrian and Iraqi wars is
``corpuskit/voices/data/targets_syria_iraq.yaml`` (:meth:`Targets.default`).

Matching reuses the dictionary machinery of :mod:`corpuskit.lexicons.lookup`
(token rule, phrases as consecutive tokens, globs inside a token, longest
match first across all targets, so "US-led coalition" is ``us_led_coalition``
and not also ``usa``). An alias holding a word written in capitals ("US",
"U.S.", "UN", "IS fighters", "SDF") matches only as written, so the pronoun
"us" and the verb "is" never count; every other alias matches as written, in
lower case, with its first letter or each word capitalised, and in capitals.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml

from corpuskit.lexicons.dictionary import Dictionary
from corpuskit.lexicons.lookup import compile_dictionary, match_texts
from corpuskit.text.sentences import split_sentences
from corpuskit.text.tokens import document_table

__all__ = ["MENTION_COLUMNS", "Targets", "located_mentions", "mentions"]

#: Columns of the mentions table, before the docvars.
MENTION_COLUMNS = ("doc_id", "sentence", "target", "alias", "match", "start", "end")


def _is_acronym(alias: str) -> bool:
    """Whether an alias is matched only as written: it holds a word in capitals
    ("US", "U.S.", "UN", "IS fighters", "CJTF-OIR")."""
    return any(
        any(c.isupper() for c in word) and not any(c.islower() for c in word)
        for word in alias.split()
    )


def _variants(alias: str) -> list[str]:
    """The spellings an alias is matched in (see the module docstring)."""
    if _is_acronym(alias):
        return [alias]
    capitalised = " ".join(w[:1].upper() + w[1:] for w in alias.split())
    initial = alias[:1].upper() + alias[1:]
    return list(dict.fromkeys([alias, alias.lower(), initial, capitalised, alias.upper()]))


class Targets:
    """Actors defined by alias sets.

    Args:
        targets: ``{target: [aliases]}`` or ``{target: {"aliases": [...],
            "description": "..."}}``.
        name: a short name of the set.

    Raises:
        ValueError: for a target without aliases or an alias that is not a string.

    Example:
        >>> t = Targets({"russia": ["Russia", "Russian", "Moscow"], "usa": ["US", "Washington"]})
        >>> t.names, t.aliases("usa")
        (['russia', 'usa'], ['US', 'Washington'])
    """

    def __init__(self, targets: Mapping[str, Any], *, name: str | None = None) -> None:
        if not isinstance(targets, Mapping) or not targets:
            raise ValueError("targets= must be a non-empty mapping of target -> aliases")
        self._aliases: dict[str, list[str]] = {}
        self.descriptions: dict[str, str] = {}
        for target, spec in targets.items():
            aliases = spec.get("aliases") if isinstance(spec, Mapping) else spec
            if isinstance(spec, Mapping) and spec.get("description"):
                self.descriptions[str(target)] = str(spec["description"])
            if isinstance(aliases, str) or not isinstance(aliases, Sequence) or not aliases:
                raise ValueError(f"target {target!r} needs a non-empty list of aliases")
            bad = [a for a in aliases if not isinstance(a, str) or not a.strip()]
            if bad:
                raise ValueError(f"target {target!r}: aliases must be non-empty strings, got {bad}")
            self._aliases[str(target)] = list(dict.fromkeys(a.strip() for a in aliases))
        self.name = name

    @classmethod
    def from_yaml(cls, path: str | Path) -> Targets:
        """Read targets from a YAML file with a ``targets:`` mapping (and optional ``meta:``).

        Args:
            path: the file.

        Returns:
            The :class:`Targets`.

        Raises:
            ValueError: naming the file, when it has no ``targets`` mapping.

        Example:
            >>> Targets.from_yaml(Targets.default_path()).names[:3]
            ['russia', 'usa', 'us_led_coalition']
        """
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        if not isinstance(data, Mapping) or not isinstance(data.get("targets"), Mapping):
            raise ValueError(f"{path}: expected a mapping with a 'targets' key")
        meta = data.get("meta") or {}
        return cls(data["targets"], name=meta.get("name"))

    @staticmethod
    def default_path() -> Path:
        """The path of the bundled targets of the Syrian and Iraqi wars."""
        return Path(str(resources.files("corpuskit.voices") / "data" / "targets_syria_iraq.yaml"))

    @classmethod
    def default(cls) -> Targets:
        """The bundled targets: russia, usa, us_led_coalition, syrian_government,
        iraqi_government, isis, armed_opposition, un, turkey, iran, civilians.

        Example:
            >>> "us_led_coalition" in Targets.default()
            True
        """
        return cls.from_yaml(cls.default_path())

    @property
    def names(self) -> list[str]:
        """The targets, in order."""
        return list(self._aliases)

    def aliases(self, target: str) -> list[str]:
        """The aliases of one target, as given.

        Raises:
            KeyError: for an unknown target.
        """
        if target not in self._aliases:
            raise KeyError(f"unknown target {target!r}; targets: {self.names}")
        return list(self._aliases[target])

    def to_dictionary(self) -> Dictionary:
        """The case-sensitive :class:`~corpuskit.lexicons.dictionary.Dictionary` used to match.

        Example:
            >>> d = Targets({"un": ["UN", "United Nations"]}).to_dictionary()
            >>> d.to_frame()["entry"].tolist()
            ['UN', 'United Nations', 'united nations', 'UNITED NATIONS']
        """
        return Dictionary(
            {t: [v for a in aliases for v in _variants(a)] for t, aliases in self._aliases.items()},
            name=self.name,
            case_sensitive=True,
        )

    def to_frame(self) -> pd.DataFrame:
        """One row per alias: ``target``, ``alias``, ``exact`` (matched only as written)."""
        rows = [(t, a, _is_acronym(a)) for t, aliases in self._aliases.items() for a in aliases]
        return pd.DataFrame(rows, columns=["target", "alias", "exact"])

    def __len__(self) -> int:
        return len(self._aliases)

    def __contains__(self, target: object) -> bool:
        return target in self._aliases

    def __iter__(self) -> Iterator[str]:
        return iter(self._aliases)

    def __repr__(self) -> str:
        n = sum(len(a) for a in self._aliases.values())
        return f"Targets({len(self)} targets, {n} aliases{', ' + self.name if self.name else ''})"


def _resolve_targets(targets: Targets | Mapping[str, Any] | str | Path | None) -> Targets:
    if targets is None:
        return Targets.default()
    if isinstance(targets, Targets):
        return targets
    if isinstance(targets, str | Path):
        return Targets.from_yaml(targets)
    if isinstance(targets, Mapping):
        return Targets(targets)
    raise ValueError(
        "targets= must be a Targets, a mapping of target -> aliases, a YAML path or None, "
        f"got {type(targets).__name__}"
    )


def mentions(
    articles: pd.DataFrame,
    *,
    targets: Targets | Mapping[str, Any] | str | Path | None = None,
    unit: str = "sentence",
    text_column: str = "text",
) -> pd.DataFrame:
    """Every mention of every target, with its position.

    Matching is :func:`corpuskit.lexicons.lookup.lookup` with the targets'
    case-sensitive dictionary (see the module docstring), longest match first
    across all targets.

    Args:
        articles: an articles DataFrame (``doc_id`` and the text column).
        targets: a :class:`Targets`, a ``{target: [aliases]}`` mapping, the path
            of a targets YAML file, or ``None`` for :meth:`Targets.default`.
        unit: ``"sentence"`` (sentences of :func:`corpuskit.text.sentences.sentences`)
            or ``"document"``.
        text_column: the column holding the text.

    Returns:
        One row per mention, in document order: ``doc_id``, ``sentence``
        (0-based index in the document; ``<NA>`` for ``unit="document"``),
        ``target``, ``alias`` (the alias as given in the targets), ``match``
        (the text as written), ``start``/``end`` (offsets in the document's
        text, so ``text[start:end] == match``), then the docvars (every column
        of ``articles`` except ``text``, ``title`` and ``lede``).

    Raises:
        ValueError: for an invalid ``unit`` or ``targets``, a missing column, a
            missing or repeated ``doc_id`` or a text that is not a string.

    Example:
        >>> import pandas as pd
        >>> articles = pd.DataFrame({"doc_id": ["a"], "text": [
        ...     "Moscow says the US-led coalition must spare civilians. Tell us."]})
        >>> mentions(articles)[["target", "match"]].values.tolist()
        [['russia', 'Moscow'], ['us_led_coalition', 'US-led coalition'], ['civilians', 'civilians']]
    """
    return _locate(articles, targets, unit, text_column)[0]


def _check_articles(articles: pd.DataFrame, unit: str, text_column: str) -> pd.Series:
    """The articles' doc ids as strings, after checking the arguments of :func:`mentions`."""
    if unit not in ("sentence", "document"):
        raise ValueError(f"unit= must be 'sentence' or 'document', got {unit!r}")
    if not isinstance(articles, pd.DataFrame):
        raise ValueError(f"articles= must be an articles DataFrame, got {type(articles).__name__}")
    for column in ("doc_id", text_column):
        if column not in articles.columns:
            raise ValueError(f"articles has no column {column!r}; it has {list(articles.columns)}")
    missing = np.flatnonzero(articles["doc_id"].isna().to_numpy())
    if len(missing):
        raise ValueError(f"articles has a missing doc_id in row {int(missing[0])}")
    for row, text in enumerate(articles[text_column]):
        if not (isinstance(text, str) or text is None or text is pd.NA or text != text):
            raise ValueError(
                f"the {text_column!r} of row {row} must be a string, got {type(text).__name__}"
            )
    ids = articles["doc_id"].astype(str)
    repeated = ids[ids.duplicated()].unique().tolist()
    if repeated:
        raise ValueError(f"articles' doc_id must be unique; repeated: {repeated[:5]}")
    return ids


def located_mentions(
    articles: pd.DataFrame,
    *,
    targets: Targets | Mapping[str, Any] | str | Path | None = None,
    unit: str = "sentence",
    text_column: str = "text",
) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """:func:`mentions` and the sentences they were found in (``None`` for ``unit="document"``).

    The texts are split once, so that a caller that needs each mention's
    sentence (the stance windows) does not split them again.

    Args:
        articles: an articles DataFrame, as in :func:`mentions`.
        targets: the targets, as in :func:`mentions`.
        unit: ``"sentence"`` or ``"document"``, as in :func:`mentions`.
        text_column: the column holding the text.

    Returns:
        ``(found, split)``: the mentions table of :func:`mentions`, and for
        ``unit="sentence"`` the sentences, one row each: ``doc_id`` (as a
        string), ``sentence``, ``start``, ``end`` and ``text``, as
        :func:`corpuskit.text.sentences.sentences` gives them (without the
        docvars); ``None`` for ``unit="document"``.

    Raises:
        ValueError: as :func:`mentions`: a bad ``unit`` or ``targets``, a
            missing column, a missing or repeated ``doc_id``, a text that is
            not a string.

    Example:
        >>> import pandas as pd
        >>> a = pd.DataFrame({"doc_id": ["a"], "text": ["Hi. Moscow spoke."]})
        >>> found, split = located_mentions(a)
        >>> found[["sentence", "match"]].values.tolist(), split["start"].tolist()
        ([[1, 'Moscow']], [0, 4])
    """
    found, texts, spans = _locate(articles, targets, unit, text_column)
    if spans is None:
        return found, None
    ids = articles["doc_id"].astype(str).to_numpy()
    doc = [i for i, in_doc in enumerate(spans) for _ in in_doc]
    numbers = [n for in_doc in spans for n in range(len(in_doc))]
    bounds = [span for in_doc in spans for span in in_doc]
    split = pd.DataFrame(
        {
            "doc_id": ids[doc] if doc else [],
            "sentence": numbers,
            "start": [a for a, _ in bounds],
            "end": [b for _, b in bounds],
            "text": [texts[i][a:b] for i, (a, b) in zip(doc, bounds)],
        }
    )
    split["doc_id"] = split["doc_id"].astype(str)
    split["text"] = split["text"].astype(str)
    return found, split.astype({"sentence": "int64", "start": "int64", "end": "int64"})


def _locate(
    articles: pd.DataFrame,
    targets: Targets | Mapping[str, Any] | str | Path | None,
    unit: str,
    text_column: str,
) -> tuple[pd.DataFrame, list[str], list[list[tuple[int, int]]] | None]:
    """The mentions, the texts (``""`` for a missing one) and each text's sentences.

    The sentences are ``None`` for ``unit="document"``. Each sentence (or
    text) is matched as :func:`corpuskit.lexicons.lookup.lookup` matches a
    document (:func:`corpuskit.lexicons.lookup.match_texts`).
    """
    ids = _check_articles(articles, unit, text_column)
    chosen = _resolve_targets(targets)
    spelled = {v: a for aliases in chosen._aliases.values() for a in aliases for v in _variants(a)}
    clash = [t for t in chosen.names if t in ("doc_id", "sentence")]
    if clash:
        raise ValueError(f"categories {clash} have the names of columns of data; rename them")
    texts, _ = document_table(articles[text_column].tolist())
    compiled = compile_dictionary(chosen.to_dictionary())
    spans = None
    if unit == "sentence":
        spans = [split_sentences(text) for text in texts]
        owner = [(i, n, a) for i, in_doc in enumerate(spans) for n, (a, _) in enumerate(in_doc)]
        units = [texts[i][a:b] for i, in_doc in enumerate(spans) for a, b in in_doc]
    else:
        owner = [(i, pd.NA, 0) for i in range(len(texts))]
        units = texts
    matches = match_texts(compiled, units)
    doc = np.array([owner[row][0] for row, *_ in matches], dtype=np.int64)
    offset = np.array([owner[row][2] for row, *_ in matches], dtype=np.int64)
    frame = pd.DataFrame(
        {
            "doc_id": ids.to_numpy()[doc],
            "sentence": pd.array([owner[row][1] for row, *_ in matches], dtype="Int64"),
            "target": np.array([compiled.categories[m[1]] for m in matches], dtype=object),
            "alias": [spelled.get(m[2], m[2]) for m in matches],
            "match": np.array([units[row][a:b] for row, _, _, a, b in matches], dtype=object),
            "start": np.array([m[3] for m in matches], dtype=np.int64) + offset,
            "end": np.array([m[4] for m in matches], dtype=np.int64) + offset,
        },
        columns=list(MENTION_COLUMNS),
    )
    dropped = {text_column, "text", "title", "lede"}
    docvars = articles[[c for c in articles.columns if c not in dropped]].reset_index(drop=True)
    docvars = docvars.assign(doc_id=docvars["doc_id"].astype(str))
    extra = docvars.drop(columns=[c for c in docvars.columns if c in MENTION_COLUMNS])
    rows = pd.Index(docvars["doc_id"]).get_indexer(frame["doc_id"])
    found = pd.concat([frame, extra.iloc[rows].reset_index(drop=True)], axis=1)
    return found, texts, spans
