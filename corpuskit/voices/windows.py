"""Windows of target mentions: :func:`windows`, the masked text each mention is scored on.

A *mention* of a target (:func:`corpuskit.voices.targets.mentions`) is scored
(:func:`corpuskit.voices.stance.stance`) on its **window**, the text around it
that is taken to be about it:

* ``window="clause"`` (default): the part of the mention's sentence between
  the nearest clause breaks around it. Breaks are the punctuation marks
  ``, ; : ( ) [ ] " “ ” – —`` (and a spaced hyphen) and the contrastive or
  subordinating conjunctions ``but, while, whereas, although, though,
  however, yet, despite, unlike`` (:data:`CLAUSE_BREAK`). "and" and "or" do
  not break a clause, so "Russia and Iran backed Assad" stays whole. A break
  inside a mention ("US-led") does not count. When the clause holds no word
  besides target mentions ("Russia, Syria's ally, bombed ..."), the whole
  sentence is used.
  A window does not know grammatical roles: in "Assad was condemned by
  Washington" both Assad and Washington get the clause's negative score.
* ``window="sentence"``: the mention's sentence.
* ``window=k`` (an int): ``k`` tokens (default token rule) either side of the
  mention, across sentence boundaries.

**Masking.** In the window, every mention of *any* target is replaced by the
neutral word ``target`` (:data:`MASK`, not in the VADER lexicon) before
scoring, so that the name of an actor never scores itself: an alias such as
"terrorists" (VADER valence -2.9), "Islamic State" or "liberators" carries the
outlet's naming choice (measured by :mod:`corpuskit.framing.naming`), not a
stance expressed in the sentence. Other targets are masked too, so "Russia
bombed the terrorists" does not make Russia's window negative through the
word "terrorists". The window text in the result is the masked one.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from corpuskit._compat import renamed_arguments
from corpuskit.text.sentences import split_sentences
from corpuskit.text.tokenize import DEFAULT_RULE
from corpuskit.voices.targets import Targets, _locate

__all__ = ["CLAUSE_BREAK", "MASK", "windows"]

#: The word that replaces target mentions in a window.
MASK = "target"
#: Clause breaks for ``window="clause"``.
CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]\"“”–—]|\s-\s"
    r"|\b(?:but|while|whereas|although|though|however|yet|despite|unlike)\b",
    re.IGNORECASE,
)
_WINDOW_COLUMNS = ("window", "window_start", "window_end")


def _is_mentions(frame: pd.DataFrame) -> bool:
    return {"doc_id", "target", "start", "end"} <= set(frame.columns)


def _texts(articles: pd.DataFrame, text_column: str) -> dict[str, str]:
    for column in ("doc_id", text_column):
        if column not in articles.columns:
            raise ValueError(f"articles has no column {column!r}; it has {list(articles.columns)}")
    values = articles[text_column].astype(object).where(articles[text_column].notna(), "")
    return dict(zip(articles["doc_id"].astype(str), values.astype(str)))


def _resolve(
    data: pd.DataFrame,
    articles: pd.DataFrame | None,
    targets: Targets | Mapping[str, Any] | str | Path | None,
    text_column: str,
) -> tuple[pd.DataFrame, dict[str, str], dict[str, list[tuple[int, int]]]]:
    """The mentions table, the texts of their documents and the sentences found in them.

    The sentences are those the mentions were found in (an articles DataFrame);
    for a mentions table they are empty and each text is split when needed.
    """
    if not isinstance(data, pd.DataFrame):
        raise ValueError(f"data= must be a DataFrame, got {type(data).__name__}")
    if _is_mentions(data):
        if articles is None:
            raise ValueError(
                "a mentions table needs articles= (the articles it was found in) for the text"
            )
        texts = _texts(articles, text_column)
        unknown = sorted(set(data["doc_id"].astype(str)) - set(texts))
        if unknown:
            raise ValueError(f"mentions of documents not in articles=, e.g. {unknown[0]!r}")
        return data.reset_index(drop=True), texts, {}
    found, texts, spans = _locate(data, targets, "sentence", text_column)
    ids = data["doc_id"].astype(str).tolist()
    return found, dict(zip(ids, texts)), dict(zip(ids, spans or []))


def _breaks(
    text: str, sentence: tuple[int, int], reach: tuple[list[int], list[int]]
) -> list[tuple[int, int]]:
    """The clause breaks in ``sentence`` that lie outside every mention, as ``(start, end)``.

    ``reach`` holds the document's mention starts (in order) and, at ``i``,
    the furthest end among the first ``i + 1`` mentions, so a break at ``p``
    lies inside a mention exactly when the last mention starting at or before
    ``p`` reaches past it.
    """
    starts, furthest = reach
    found = []
    for match in CLAUSE_BREAK.finditer(text, *sentence):
        at = match.start()
        before = bisect.bisect_right(starts, at)
        if not (before and furthest[before - 1] > at):
            found.append((at, match.end()))
    return found


def _clause(
    text: str,
    sentence: tuple[int, int],
    spans: list[tuple[int, int]],
    breaks: list[tuple[int, int]],
    start: int,
    end: int,
) -> tuple[int, int]:
    """The clause around ``text[start:end]`` inside ``sentence``.

    ``spans`` are the document's mentions in order of start, ``breaks`` the
    sentence's clause breaks outside them (:func:`_breaks`).
    """
    left, right = sentence
    for at, after in breaks:
        if after <= start:
            left = after
        elif at >= end:
            right = at
            break
    inside = []
    for a, b in itertools.islice(spans, bisect.bisect_left(spans, (left,)), None):
        if a >= right:
            break  # spans are in order of start
        if b <= right:
            inside.append((a, b))
    has_word = any(
        not any(a <= span[0] + left < b for a, b in inside)
        for span in DEFAULT_RULE.iter_spans(text[left:right])
    )
    return (left, right) if has_word else sentence


def _token_window(tokens: list[tuple[int, int]], k: int, start: int, end: int) -> tuple[int, int]:
    """``k`` tokens either side of ``[start, end)``."""
    starts = [a for a, _ in tokens]
    before = bisect.bisect_left(starts, start)
    after = bisect.bisect_left(starts, end)
    left = start if k == 0 or before == 0 else min(start, tokens[max(before - k, 0)][0])
    right = (
        end
        if k == 0 or after >= len(tokens)
        else max(end, tokens[min(after + k, len(tokens)) - 1][1])
    )
    return left, right


def _masked(text: str, left: int, right: int, spans: list[tuple[int, int]]) -> str:
    pieces, position = [], left
    for a, b in spans:
        if b <= left or a >= right:
            continue
        pieces.append(text[position : max(a, position)])
        pieces.append(MASK)
        position = max(position, b)
    pieces.append(text[position:right])
    return "".join(pieces).strip()


def _check_window(window: str | int) -> None:
    if isinstance(window, bool) or not (
        window in ("clause", "sentence") or (isinstance(window, int) and window >= 0)
    ):
        raise ValueError(
            f"window= must be 'clause', 'sentence' or a number of tokens >= 0, got {window!r}"
        )


@renamed_arguments(articles_or_mentions="data")
def windows(
    data: pd.DataFrame,
    *,
    articles: pd.DataFrame | None = None,
    targets: Targets | Mapping[str, Any] | str | Path | None = None,
    window: str | int = "clause",
    text_column: str = "text",
) -> pd.DataFrame:
    """Every mention with its window, target mentions masked (see the module docstring).

    Args:
        data: an articles DataFrame (mentions are found with
            :func:`~corpuskit.voices.targets.mentions`) or a mentions table.
        articles: the articles, when a mentions table is given.
        targets: the targets (as in :func:`~corpuskit.voices.targets.mentions`);
            ignored for a mentions table.
        window: ``"clause"``, ``"sentence"`` or a number of tokens either side.
        text_column: the articles' text column.

    Returns:
        The mentions table with ``window`` (the masked window text),
        ``window_start`` and ``window_end`` (offsets of the window in the
        document's text) inserted after ``end``.

    Raises:
        ValueError: for a bad ``window``, a mentions table without ``articles``,
            or missing columns.

    Example:
        >>> import pandas as pd
        >>> a = pd.DataFrame({"doc_id": ["d"], "text": ["Russia helped, but the terrorists lied."]})
        >>> windows(a, targets={"russia": ["Russia"], "isis": ["terrorists"]})["window"].tolist()
        ['target helped', 'the target lied.']
    """
    _check_window(window)
    found, texts, split = _resolve(data, articles, targets, text_column)
    result = np.empty(len(found), dtype=object)
    bounds = np.zeros((len(found), 2), dtype=np.int64)
    doc_ids = found["doc_id"].astype(str).to_numpy()
    starts = found["start"].to_numpy(dtype=np.int64)
    ends = found["end"].to_numpy(dtype=np.int64)
    codes, unique_ids = pd.factorize(doc_ids)
    order = np.argsort(codes, kind="stable")
    groups = np.split(order, np.flatnonzero(np.diff(codes[order])) + 1) if len(order) else []
    for doc_id, rows in zip(unique_ids, groups):
        text = texts[doc_id]
        spans = sorted(zip(starts[rows].tolist(), ends[rows].tolist()))
        reach = (
            ([a for a, _ in spans], list(itertools.accumulate((b for _, b in spans), max)))
            if window == "clause"
            else ([], [])
        )
        sentence_spans = split.get(doc_id) or split_sentences(text) or [(0, len(text))]
        sentence_starts = [a for a, _ in sentence_spans]
        tokens = DEFAULT_RULE.spans(text) if isinstance(window, int) else []
        breaks: dict[tuple[int, int], list[tuple[int, int]]] = {}  # per sentence
        for row in rows:
            start, end = int(starts[row]), int(ends[row])
            if isinstance(window, int):
                left, right = _token_window(tokens, window, start, end)
            else:
                index = max(bisect.bisect_right(sentence_starts, start) - 1, 0)
                sentence = (sentence_spans[index][0], max(sentence_spans[index][1], end))
                if window == "sentence":
                    left, right = sentence
                else:
                    if sentence not in breaks:
                        breaks[sentence] = _breaks(text, sentence, reach)
                    left, right = _clause(text, sentence, spans, breaks[sentence], start, end)
            while left < right and text[left].isspace():
                left += 1
            while right > left and text[right - 1].isspace():
                right -= 1
            bounds[row] = left, right
            result[row] = _masked(text, left, right, spans)
    frame = found.copy()
    position = list(frame.columns).index("end") + 1
    for offset, (name, values) in enumerate(
        zip(_WINDOW_COLUMNS, (result, bounds[:, 0], bounds[:, 1]))
    ):
        frame.insert(position + offset, name, values)
    frame["window"] = frame["window"].astype(str)
    return frame
