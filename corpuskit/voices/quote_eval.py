"""Measure :func:`~corpuskit.voices.quotes.quotes` against hand labels: :func:`evaluate_quotes`.

The gold labels follow the codebook of the quotes development set
(``tests/devsets/quotes/CODEBOOK.md``): one row per stretch between quotation
marks, ``is_quote`` yes/no, the quote's ``kind`` (full/fragment), the
``speaker`` (the fullest name the reporter gives) and its ``speaker_type``.

**Matching.** A predicted direct-quote part (a row of ``ck.quotes`` with
``kind == "direct"``) *finds* a gold ``is_quote = yes`` part of the same
document when their ``[start, end)`` spans overlap by at least one character.

* **recall** = gold quote parts found / gold quote parts (also per ``kind``);
* **precision** = predicted parts that overlap a gold quote part / predicted
  parts (a part overlapping only a gold ``no`` stretch, or nothing, is a false
  positive);
* **speaker right** = found gold parts whose predicted speaker (of the
  overlapping predicted part with the largest overlap) equals the gold speaker
  after normalisation: lower case, curly apostrophes straightened, a leading
  *the*/*a*/*an*, the titles of address *Mr.*, *Mrs.*, *Ms.*, *Dr.* and a
  final possessive removed, and every run of non-word characters made one
  space. A missing predicted speaker equals gold ``unknown``. A surname alone
  ("Steele" for gold "Michael Steele") is *wrong*: it counts only when the
  library itself resolved the mention to the full name;
* **type right** = found gold parts whose predicted ``speaker_type`` equals
  the gold one; **unknown type** = the share of predicted parts typed
  ``unknown``.

Every proportion has a 95% Wilson score interval (Wilson 1927), treating the
parts as independent, and a 95% interval from resampling articles
(:func:`corpuskit.validation.accuracy.cluster_interval`, 2,000 resamples,
seed 0), since parts of one article share its speakers and the rules'
mistakes about them: quote the article interval, which is the wider one
when errors cluster by article (it needs several articles, and is a point
when every part or none is right: then quote the Wilson interval).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from corpuskit.validation.accuracy import cluster_interval, wilson_interval

__all__ = ["QuoteEvaluation", "evaluate_quotes", "normalise_speaker", "wilson_interval"]

_GOLD_COLUMNS = ("doc_id", "start", "end", "is_quote", "kind", "speaker", "speaker_type")
_TITLES = re.compile(r"\b(?:mr|mrs|ms|dr)\.?(?=\s)", re.IGNORECASE)
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"'s?$")


def normalise_speaker(name: object) -> str:
    """A speaker name as compared by :func:`evaluate_quotes`; ``"unknown"`` when missing.

    Example:
        >>> normalise_speaker("Mr. Obama’s"), normalise_speaker(None)
        ('obama', 'unknown')
    """
    if name is None or (isinstance(name, float) and math.isnan(name)) or name is pd.NA:
        return "unknown"
    text = str(name).replace("’", "'").strip()
    text = _POSSESSIVE.sub("", _TITLES.sub(" ", f"{_LEADING.sub('', text)} ").strip())
    text = " ".join(re.findall(r"\w+", text.lower()))
    return text or "unknown"


@dataclass
class QuoteEvaluation:
    """The result of :func:`evaluate_quotes`.

    Attributes:
        scores: one row per metric: ``metric``, ``k``, ``n``, ``value``
            (``k / n``), ``low``, ``high`` (95% Wilson interval),
            ``article_low``, ``article_high`` (95% interval resampling articles).
        confusion: gold speaker type (rows) by predicted type (columns) over
            the found quote parts.
        parts: one row per gold quote part: ``doc_id``, ``start``, ``end``,
            ``kind``, ``found``, ``speaker``, ``predicted_speaker``,
            ``speaker_right``, ``speaker_type``, ``predicted_type``,
            ``type_right``, ``predicted_source`` (the ``speaker_source`` of the
            matched part, when the prediction has the column: accuracy by how the
            speaker was found is ``parts.groupby("predicted_source")``); for error
            analysis.
        false_positives: the predicted parts that find no gold quote part.
    """

    scores: pd.DataFrame
    confusion: pd.DataFrame
    parts: pd.DataFrame
    false_positives: pd.DataFrame

    def to_frame(self) -> pd.DataFrame:
        """The scores table.

        Example:
            >>> isinstance(QuoteEvaluation(pd.DataFrame(), pd.DataFrame(), pd.DataFrame(),
            ...     pd.DataFrame()).to_frame(), pd.DataFrame)
            True
        """
        return self.scores


def _check(frame: pd.DataFrame, columns: tuple[str, ...], argument: str) -> None:
    if not isinstance(frame, pd.DataFrame):
        raise ValueError(f"{argument}= must be a DataFrame, got {type(frame).__name__}")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"{argument}= lacks the columns {missing}")


def _best_match(candidates: pd.DataFrame, start: int, end: int) -> pd.Series | None:
    overlap = (candidates["end"].clip(upper=end) - candidates["start"].clip(lower=start)).clip(
        lower=0
    )
    if candidates.empty or overlap.max() <= 0:
        return None
    return candidates.loc[overlap.idxmax()]


def _overlaps(candidates: pd.DataFrame, start: int, end: int) -> bool:
    return bool(((candidates["start"] < end) & (start < candidates["end"])).any())


def evaluate_quotes(
    predicted: pd.DataFrame, gold: pd.DataFrame, *, field: str = "text"
) -> QuoteEvaluation:
    """Recall, precision, speaker and speaker-type accuracy of direct quotes against gold.

    The rules (matching, normalisation, intervals) are in the module docstring.

    Args:
        predicted: the result of :func:`~corpuskit.voices.quotes.quotes`; its
            direct quotes of ``field`` in the documents of ``gold`` are scored.
        gold: codebook labels: ``doc_id``, ``start``, ``end`` (offsets into the
            article's text), ``is_quote`` (``yes``/``no``), ``kind``,
            ``speaker``, ``speaker_type``.
        field: the field the gold offsets refer to.

    Returns:
        A :class:`QuoteEvaluation`; its ``scores`` hold ``recall``,
        ``recall_full``, ``recall_fragment``, ``precision``, ``speaker_right``,
        ``type_right`` and ``unknown_type``.

    Raises:
        ValueError: if a table is not a DataFrame or lacks a column.

    Example:
        >>> import pandas as pd
        >>> gold = pd.DataFrame({"doc_id": ["a", "a"], "start": [1, 30], "end": [20, 40],
        ...     "is_quote": ["yes", "no"], "kind": ["full", None],
        ...     "speaker": ["Sergey Lavrov", None], "speaker_type": ["official", None]})
        >>> predicted = pd.DataFrame({"doc_id": ["a", "a"], "field": "text",
        ...     "kind": "direct", "start": [1, 30], "end": [20, 40],
        ...     "speaker": ["Sergey Lavrov", None], "speaker_type": ["official", "unknown"]})
        >>> scores = evaluate_quotes(predicted, gold).scores.set_index("metric")
        >>> scores.loc[["recall", "precision", "speaker_right"], "value"].tolist()
        [1.0, 0.5, 1.0]
    """
    _check(gold, _GOLD_COLUMNS, "gold")
    _check(predicted, ("doc_id", "field", "kind", "start", "end", "speaker", "speaker_type"),
           "predicted")  # fmt: skip
    docs = set(gold["doc_id"].astype(str))
    mine = predicted[
        (predicted["kind"] == "direct")
        & (predicted["field"] == field)
        & predicted["doc_id"].astype(str).isin(docs)
    ].reset_index(drop=True)
    by_doc = {doc: rows for doc, rows in mine.groupby(mine["doc_id"].astype(str))}
    empty = mine.iloc[0:0]
    quotes_ = gold[gold["is_quote"] == "yes"]
    rows = []
    for g in quotes_.itertuples(index=False):
        match = _best_match(by_doc.get(str(g.doc_id), empty), int(g.start), int(g.end))
        found = match is not None
        speaker = match["speaker"] if found else None
        kind = match["speaker_type"] if found else None
        source = match.get("speaker_source") if found else None
        rows.append(
            {
                "doc_id": str(g.doc_id),
                "start": int(g.start),
                "end": int(g.end),
                "kind": g.kind,
                "found": found,
                "speaker": g.speaker,
                "predicted_speaker": None if not found or pd.isna(speaker) else speaker,
                "speaker_right": found
                and normalise_speaker(speaker) == normalise_speaker(g.speaker),
                "speaker_type": g.speaker_type,
                "predicted_type": kind,
                "type_right": found and kind == g.speaker_type,
                "predicted_source": None if source is None or pd.isna(source) else source,
            }
        )
    parts = pd.DataFrame(rows)
    true_spans = {doc: rows_ for doc, rows_ in quotes_.groupby(quotes_["doc_id"].astype(str))}
    hits = [
        _overlaps(true_spans.get(str(p.doc_id), quotes_.iloc[0:0]), int(p.start), int(p.end))
        for p in mine.itertuples(index=False)
    ]
    false_positives = mine[[not h for h in hits]].reset_index(drop=True)
    found = parts[parts["found"]] if len(parts) else parts
    recall_full, recall_fragment = (
        parts[parts["kind"] == kind] if len(parts) else parts for kind in ("full", "fragment")
    )
    units = {  # per metric: whether each unit is right, and its article
        "recall": (parts.get("found", []), parts.get("doc_id", [])),
        "recall_full": (recall_full.get("found", []), recall_full.get("doc_id", [])),
        "recall_fragment": (recall_fragment.get("found", []), recall_fragment.get("doc_id", [])),
        "precision": (hits, mine["doc_id"].astype(str)),
        "speaker_right": (found.get("speaker_right", []), found.get("doc_id", [])),
        "type_right": (found.get("type_right", []), found.get("doc_id", [])),
        "unknown_type": (mine["speaker_type"] == "unknown", mine["doc_id"].astype(str)),
    }
    rows = []
    for name, (right, docs) in units.items():
        # a missing label (pd.NA) is not right
        right = pd.array(list(right), dtype="boolean").fillna(False).to_numpy(dtype=bool)
        k, n = int(right.sum()), len(right)
        rows.append(
            {"metric": name, "k": k, "n": n, "value": k / n if n else float("nan"),
             "low": wilson_interval(k, n)[0], "high": wilson_interval(k, n)[1],
             **dict(zip(("article_low", "article_high"),
                        cluster_interval(right, np.asarray(docs, dtype=object))))}
        )  # fmt: skip
    scores = pd.DataFrame(rows)
    confusion = pd.crosstab(
        found["speaker_type"].rename("gold"), found["predicted_type"].rename("predicted")
    )
    return QuoteEvaluation(scores, confusion, parts, false_positives)
