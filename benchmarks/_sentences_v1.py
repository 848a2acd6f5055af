"""The sentence splitter as it was before issue #16 (commit 1eb6758), kept only as
the baseline of ``bench_sentences.py``. Do not import it from the library.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


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

_TITLES = _words(
    "Mr Mrs Ms Messrs Dr Prof Gen Gens Lt Col Maj Capt Cpt Sgt Cpl Pvt Adm Cmdr Brig Sen "
    "Sens Rep Reps Gov Pres Amb Rev Hon Supt Insp Atty Msgr Fr"
)
_BEFORE_NUMBER = _words(
    "No Nos no nos Art Vol vol pp Fig fig Sec Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
)
_CONDITIONAL = _words(
    "St Jr Sr Inc Ltd Co Corp Bros etc vs approx Ave Blvd Rd Mt Ft Gov't Dept Univ"
)
_OPENERS = _words(
    "The A An He She It They We I You But And Or So Yet In On At By For From To With This "
    "That These Those There Here His Her Their Its Our My Your As After Before When While "
    "If Although Though However Meanwhile Also Still Some Many Most Other Others "
    "According Last Earlier Later Since Despite Now Then What Why How Who Where Which No "
    "Not All Both Each Every One Two Three Officials Police Critics Analysts"
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
    """The sentences of one text as ``(start, end)`` offsets (the old rules)."""
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
