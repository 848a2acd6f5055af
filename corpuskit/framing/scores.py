"""Frame scores: dictionary frames per document or sentence, with the matches behind them.

:func:`frames` counts the vocabulary of each frame of a lexicon (by default
the bundled ``generic_frames``, a lexical approximation of Semetko &
Valkenburg's five generic news frames) with :func:`corpuskit.lookup`, and
returns a :class:`FrameScores`: a score table (one row per unit, the docvars,
one column per frame, ``<frame>_present`` flags and ``n_tokens``) and the
table of matched spans, so every score can be read in context.

Example:
    >>> from corpuskit.lexicons import Dictionary
    >>> d = Dictionary({"conflict": ["clash*"], "economic": ["costs"]})
    >>> fs = frames(["Clashes raised costs. Clashes again."], lexicon=d, normalize=None)
    >>> fs.scores[["conflict", "economic", "conflict_present"]].values.tolist()
    [[2, 1, True]]
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd

from corpuskit.constants import UNITS as _UNITS
from corpuskit.lexicons.bundled import lexicon as load_lexicon
from corpuskit.lexicons.dictionary import Dictionary
from corpuskit.lexicons.lookup import lookup
from corpuskit.text.tokenize import TokenRule

__all__ = ["HIT_COLUMNS", "FrameScores", "frames", "lexicon_label"]

#: Columns of :attr:`FrameScores.hits`.
HIT_COLUMNS = ("doc_id", "sentence", "frame", "entry", "match", "start", "end")
_NORMALIZE = ("per_1k", "share", None)
_REPR_ROWS = 10


@dataclass(frozen=True)
class FrameScores:
    """Frame scores of a corpus and the matches behind them.

    Attributes:
        scores: one row per document (``unit="document"``) or sentence, in the
            order of the input: ``doc_id`` (and ``sentence``, 0-based), the
            docvars, one column per frame (the score, see ``normalize``), one
            boolean ``<frame>_present`` column per frame (at least one match in
            the unit) and ``n_tokens``.
        hits: one row per counted match: ``doc_id``, ``sentence`` (``<NA>``
            for documents), ``frame``, ``entry`` (the pattern), ``match`` (the
            text as written) and ``start``/``end`` (character offsets into the
            document's text). ``None`` when ``return_hits=False``.
        frames: the frame names, in column order.
        unit: ``"document"`` or ``"sentence"``.
        normalize: ``"per_1k"``, ``"share"`` or ``None`` (see :func:`frames`).
        lexicon: the lexicon's name and version, e.g. ``"generic_frames 1.0.0"``.
    """

    scores: pd.DataFrame
    hits: pd.DataFrame | None
    frames: list[str]
    unit: str
    normalize: str | None
    lexicon: str

    def plot(self, **kwargs: Any) -> Any:
        """Draw the share of documents with each frame: :func:`corpuskit.plot.frames`.

        Args:
            **kwargs: options of :func:`corpuskit.plot.frames` (``by``, ``n_boot``, ...).

        Returns:
            The matplotlib Axes.
        """
        from corpuskit.plot.framing_plots import frames as plot_frames

        return plot_frames(self, **kwargs)

    @property
    def presence_columns(self) -> list[str]:
        """The names of the ``<frame>_present`` columns."""
        return [f"{frame}_present" for frame in self.frames]

    def to_frame(self) -> pd.DataFrame:
        """A copy of :attr:`scores`, the per-unit table."""
        return self.scores.copy()

    def __repr__(self) -> str:
        units = "documents" if self.unit == "document" else "sentences"
        n_hits = "" if self.hits is None else f", {len(self.hits)} hits"
        return (
            f"FrameScores({len(self.scores)} {units}, frames={self.frames}, "
            f"normalize={self.normalize!r}, lexicon={self.lexicon!r}{n_hits})"
        )

    def _repr_html_(self) -> str:
        present = self.scores[self.presence_columns].mean() if len(self.scores) else None
        summary = (
            ""
            if present is None
            else "; ".join(
                f"{frame} in {share:.0%}" for frame, share in zip(self.frames, present.to_numpy())
            )
        )
        head = self.scores.head(_REPR_ROWS).to_html(index=False, max_cols=12)
        return (
            f"<p><b>FrameScores</b>: {html.escape(repr(self))}</p>"
            f"<p>units with each frame present: {html.escape(summary)}</p>{head}"
        )


def _resolve_lexicon(lexicon: str | Dictionary) -> Dictionary:
    if isinstance(lexicon, Dictionary):
        return lexicon
    if isinstance(lexicon, str):
        return load_lexicon(lexicon)
    raise ValueError(
        f"lexicon= must be a bundled lexicon name or a Dictionary, got {type(lexicon).__name__}"
    )


def lexicon_label(dictionary: Dictionary) -> str:
    """``"<name> <version>"`` of a dictionary, for reporting with results."""
    return " ".join(part for part in (dictionary.name or "unnamed", dictionary.version) if part)


def _normalized(counts: pd.DataFrame, n_tokens: np.ndarray, normalize: str | None) -> pd.DataFrame:
    if normalize is None:
        return counts
    with np.errstate(divide="ignore", invalid="ignore"):
        if normalize == "per_1k":
            return counts.div(np.where(n_tokens > 0, n_tokens, np.nan), axis=0) * 1000.0
        totals = counts.sum(axis=1).to_numpy(dtype=float)
        return counts.div(np.where(totals > 0, totals, np.nan), axis=0)


def frames(
    articles: pd.DataFrame | pd.Series | Sequence[str],
    *,
    lexicon: str | Dictionary = "generic_frames",
    unit: Literal["document", "sentence"] = "document",
    normalize: Literal["per_1k", "share"] | None = "per_1k",
    level: int | None = None,
    return_hits: bool = True,
    rule: TokenRule | None = None,
    text_column: str = "text",
    progress: bool | None = None,
    n_jobs: int = -1,
) -> FrameScores:
    """Score each document (or sentence) on the frames of a lexicon.

    Each frame is a category of the lexicon; its raw score is the number of
    matches of its entries in the unit (weighted when entries carry weights),
    counted by :func:`corpuskit.lookup` with its rules (token rule, phrases,
    globs, longest match first across the whole lexicon). The score is then

    * ``"per_1k"``: ``1000 * count / n_tokens`` (NaN for a unit without tokens);
    * ``"share"``: ``count / sum of the counts of all frames in the unit``, the
      frame's share of the unit's frame vocabulary (NaN when the unit has no
      match);
    * ``None``: the raw count.

    ``<frame>_present`` is ``count > 0`` whatever ``normalize`` is: the frame is
    indicated at least once. This is a lexical indicator, not a coder's
    judgement; validate it (:func:`corpuskit.framing.validate.evaluate_frames`).

    Args:
        articles: an articles DataFrame (every column except the texts is kept
            as docvars), a Series or a list of texts.
        lexicon: a bundled lexicon name (default ``"generic_frames"``) or a
            :class:`~corpuskit.lexicons.dictionary.Dictionary`.
        unit: ``"document"`` or ``"sentence"``.
        normalize: ``"per_1k"`` (default), ``"share"`` or ``None``.
        level: collapse the lexicon's categories to this many path parts.
        return_hits: keep the table of matches (:attr:`FrameScores.hits`).
        rule: the token rule (default :data:`corpuskit.text.tokenize.DEFAULT_RULE`).
        text_column: the column of ``articles`` holding the text.
        progress: show a progress bar (``None``: only when interactive).
        n_jobs: processes for counting (``-1``: every core); see :func:`corpuskit.lookup`.

    Returns:
        A :class:`FrameScores` (see its attributes for the columns).

    Raises:
        ValueError: for an invalid option (naming it), or a frame named like a
            docvar or like another frame's presence column.

    Example:
        >>> fs = frames(["Both sides accused each other.", "Children and families fled."],
        ...             normalize=None)
        >>> fs.scores[["conflict", "human_interest"]].values.tolist()
        [[2, 0], [0, 2]]
        >>> fs.hits["match"].tolist()
        ['Both sides', 'accused', 'Children', 'families']
    """
    if unit not in _UNITS:
        raise ValueError(f"unit= must be one of {list(_UNITS)}, got {unit!r}")
    if normalize not in _NORMALIZE:
        raise ValueError(f"normalize= must be one of {list(_NORMALIZE)}, got {normalize!r}")
    dictionary = _resolve_lexicon(lexicon)
    if level is not None:
        dictionary = dictionary.levels(level)
    names = dictionary.categories
    flags = [f"{name}_present" for name in names]
    result = lookup(
        articles,
        dictionary,
        rule=rule,
        unit=unit,
        text_column=text_column,
        return_matches=return_hits,
        progress=progress,
        n_jobs=n_jobs,
    )
    table, matches = result if return_hits else (result, None)
    clash = [flag for flag in flags if flag in table.columns]
    if clash:
        raise ValueError(f"columns {clash} already exist in the data; rename them")
    counts = table[names]
    n_tokens = table["n_tokens"].to_numpy()
    scored = table.drop(columns=[*names, "n_tokens"])
    scored = pd.concat(
        [
            scored,
            _normalized(counts, n_tokens, normalize),
            pd.DataFrame(counts.to_numpy() > 0, columns=flags, index=table.index),
        ],
        axis=1,
    )
    scored["n_tokens"] = n_tokens
    hits = None
    if matches is not None:
        hits = matches.rename(columns={"category": "frame"})[list(HIT_COLUMNS)]
    return FrameScores(
        scores=scored,
        hits=hits,
        frames=list(names),
        unit=unit,
        normalize=normalize,
        lexicon=lexicon_label(dictionary),
    )
