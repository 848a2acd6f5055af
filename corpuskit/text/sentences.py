"""Rule-based sentence splitting for news English: ``ck.sentences(articles)``.

A sentence ends at ``.``, ``?``, ``!``, an ellipsis (``...`` or ``…``), or a run
of them, together with any closing quotes and brackets that follow
(``."``, ``.”``, ``?’``, ``.)``), when whitespace follows and the next word
starts like a sentence: an upper-case letter, a digit, an opening quote or
bracket. A lower-case continuation (``"Why?" he asked``) never starts a new
sentence. A paragraph break (a blank line) always ends a sentence.

Abbreviations do not end sentences:

* titles before names never do: ``Mr.``, ``Mrs.``, ``Ms.``, ``Dr.``, ``Gen.``,
  ``Lt.``, ``Col.``, ``Sen.``, ``Rep.``, ``Gov.``, ``Prof.``, ...;
* initials never do: ``J. Smith``;
* ``No.`` and month abbreviations (``Jan.`` - ``Dec.``, ``Sept.``) do not
  before a number (``No. 5``, ``Jan. 20``);
* dotted abbreviations (``U.S.``, ``U.N.``, ``a.m.``, ``p.m.``, ``e.g.``) and
  ``St.``, ``Jr.``, ``Inc.``, ``Co.``, ``etc.``, ``vs.`` end a sentence only when
  the next word is a common sentence opener (``The``, ``He``, ``But``, ...):
  ``in the U.S. The next day`` splits, ``U.S. President`` does not.

Wire datelines (``MOSCOW, March 27. /TASS/.``, ``BEIRUT (Reuters) -``) are not
sentences of their own: the dateline joins the first sentence of its
paragraph, whose offsets then start at the dateline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pandas as pd

from corpuskit.text.tokens import document_table

__all__ = ["sentences", "split_sentences"]

_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_TERMINATOR = re.compile(r"(?:(?:\.\.\.|…|[.?!])+[\"'”’»)\]]*)+(?=\s|$)")
_OPENING = re.compile(r"[\"“‘'«(\[]*([^\W_])")
_WORD_BEFORE = re.compile(r"(\S+)$")
_DOTTED = re.compile(r"^[\"“‘'(\[]*(?:[A-Za-z]\.)+[A-Za-z]$")
_INITIAL = re.compile(r"^[\"“‘'(\[]*[A-Z]$")
_DATELINE = re.compile(
    r"^(?=.{0,80}$)[A-Z][A-Z'’.\- ]{1,40}"  # city in capitals
    r"(?:,(?:[^.\n]|(?<=[A-Z][a-z]{2})\.|(?<=Sept)\.)*)?"  # ", March 27", ", Dec. 13", ", Syria"
    r"(?:\s*\([A-Za-z .-]+\))?"  # "(Reuters)"
    r"\.(?:\s*/[A-Za-z][A-Za-z-]*/\.?)?$"  # "." and "/TASS/."
)

_TITLES = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Messrs",
        "Dr",
        "Prof",
        "Gen",
        "Gens",
        "Lt",
        "Col",
        "Maj",
        "Capt",
        "Cpt",
        "Sgt",
        "Cpl",
        "Pvt",
        "Adm",
        "Cmdr",
        "Brig",
        "Sen",
        "Sens",
        "Rep",
        "Reps",
        "Gov",
        "Pres",
        "Amb",
        "Rev",
        "Hon",
        "Supt",
        "Insp",
        "Atty",
        "Msgr",
        "Fr",
    ]
)
_BEFORE_NUMBER = frozenset(
    [
        "No",
        "Nos",
        "no",
        "nos",
        "Art",
        "Vol",
        "vol",
        "pp",
        "Fig",
        "fig",
        "Sec",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
    ]
)
_CONDITIONAL = frozenset(
    [
        "St",
        "Jr",
        "Sr",
        "Inc",
        "Ltd",
        "Co",
        "Corp",
        "Bros",
        "etc",
        "vs",
        "approx",
        "Ave",
        "Blvd",
        "Rd",
        "Mt",
        "Ft",
        "Gov't",
        "Dept",
        "Univ",
    ]
)
_OPENERS = frozenset(
    [
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "You",
        "But",
        "And",
        "Or",
        "So",
        "Yet",
        "In",
        "On",
        "At",
        "By",
        "For",
        "From",
        "To",
        "With",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Here",
        "His",
        "Her",
        "Their",
        "Its",
        "Our",
        "My",
        "Your",
        "As",
        "After",
        "Before",
        "When",
        "While",
        "If",
        "Although",
        "Though",
        "However",
        "Meanwhile",
        "Also",
        "Still",
        "Some",
        "Many",
        "Most",
        "Other",
        "Others",
        "According",
        "Last",
        "Earlier",
        "Later",
        "Since",
        "Despite",
        "Now",
        "Then",
        "What",
        "Why",
        "How",
        "Who",
        "Where",
        "Which",
        "No",
        "Not",
        "All",
        "Both",
        "Each",
        "Every",
        "One",
        "Two",
        "Three",
        "Officials",
        "Police",
        "Critics",
        "Analysts",
    ]
)


def _is_boundary(paragraph: str, start: int, term_start: int, term_end: int) -> bool:
    """Whether the terminator ``paragraph[term_start:term_end]`` ends a sentence."""
    following = _OPENING.match(paragraph, _skip_space(paragraph, term_end))
    if following is None:
        return False
    first = following.group(1)
    if not (first.isupper() or first.isdigit()):
        return False
    terminator = paragraph[term_start:term_end]
    if not terminator.startswith(".") or terminator.startswith(".."):
        return True
    before = _WORD_BEFORE.search(paragraph, start, term_start)
    word = before.group(1) if before else ""
    bare = word.lstrip("\"“‘'([")
    next_word = re.match(r"[\"“‘'«(\[]*([\w'’-]+)", paragraph[following.start() :])
    next_text = next_word.group(1) if next_word else ""
    if bare in _TITLES or _INITIAL.match(word):
        return False
    if bare in _BEFORE_NUMBER and first.isdigit():
        return False
    if bare in _CONDITIONAL or _DOTTED.match(word):
        return next_text in _OPENERS
    return not _DATELINE.match(paragraph[start:term_end].strip())


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of one text as character offsets.

    Args:
        text: the text.

    Returns:
        ``(start, end)`` pairs: ``text[start:end]`` is a sentence without
        surrounding whitespace.

    Example:
        >>> text = 'Mr. Lavrov spoke in the U.S. He said: "No." Then he left.'
        >>> [text[a:b] for a, b in split_sentences(text)]
        ['Mr. Lavrov spoke in the U.S.', 'He said: "No."', 'Then he left.']
    """
    spans: list[tuple[int, int]] = []
    position = 0
    for paragraph_end, next_start in _paragraph_breaks(text):
        paragraph = text[:paragraph_end]
        start = _skip_space(paragraph, position)
        for match in _TERMINATOR.finditer(paragraph, start):
            if match.start() < start:
                continue
            if _is_boundary(paragraph, start, match.start(), match.end()):
                spans.append((start, match.end()))
                start = _skip_space(paragraph, match.end())
        end = len(paragraph.rstrip())
        if end > start:
            spans.append((start, end))
        position = next_start
    return spans


def _paragraph_breaks(text: str) -> list[tuple[int, int]]:
    breaks = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    breaks.append((len(text), len(text)))
    return breaks


def sentences(
    articles_or_text: pd.DataFrame | pd.Series | Sequence[str] | str, *, text_column: str = "text"
) -> pd.DataFrame:
    """Split documents into sentences.

    Args:
        articles_or_text: an articles DataFrame, a Series or list of texts, or one text.
        text_column: the column holding the text.

    Returns:
        DataFrame with one row per sentence: ``doc_id``, ``sentence`` (0-based
        index within the document), ``start`` and ``end`` (character offsets
        into the document's text), ``text``, then the document metadata (every
        column except ``text``, ``title`` and ``lede``).

    Example:
        >>> sentences("MOSCOW, March 27. /TASS/. Moscow stands firm. Lavrov said so.")[
        ...     ["sentence", "text"]].values.tolist()
        [[0, 'MOSCOW, March 27. /TASS/. Moscow stands firm.'], [1, 'Lavrov said so.']]
    """
    texts, docvars = document_table(articles_or_text, text_column=text_column)
    rows: dict[str, list] = {"doc": [], "sentence": [], "start": [], "end": [], "text": []}
    for i, text in enumerate(texts):
        for number, (start, end) in enumerate(split_sentences(text)):
            rows["doc"].append(i)
            rows["sentence"].append(number)
            rows["start"].append(start)
            rows["end"].append(end)
            rows["text"].append(text[start:end])
    doc = rows.pop("doc")
    frame = pd.DataFrame(
        {"doc_id": docvars["doc_id"].to_numpy()[doc] if doc else []}
        | {k: v for k, v in rows.items()}
    )
    frame["doc_id"] = frame["doc_id"].astype(str)
    frame["text"] = frame["text"].astype(str)
    for column in ("sentence", "start", "end"):
        frame[column] = frame[column].astype("int64")
    extra = docvars.drop(columns="doc_id").iloc[doc].reset_index(drop=True)
    return pd.concat([frame, extra], axis=1)
