"""Plain-text articles: headline, lede, dateline, body and subheadings.

:func:`parse_article` turns the text of one article (already decoded) into a
record in the article schema. The layout it reads:

1. Line ends are normalised (``\\r\\n`` and ``\\r`` become ``\\n``), trailing
   spaces dropped. Paragraphs are separated by blank lines; the lines inside a
   paragraph are joined with a space, and every run of whitespace inside a
   paragraph (``str.split``) becomes one space. A text without any blank line
   but with several lines has one paragraph per line. A leading BOM is dropped.
2. Site boilerplate lines at the start and the end (:data:`BOILERPLATE_LINES`,
   compared without regard to case, and breadcrumbs such as ``Home > World``
   that start with one of them) are removed.
3. The wire dateline (:func:`corpuskit.io.wire.parse_dateline`) is looked for at
   the start of the first :data:`DATELINE_SEARCH` paragraphs.
4. The first paragraph is the **headline** when it is short (at most
   :data:`HEADLINE_MAX_WORDS` words) and does not end with sentence
   punctuation other than :data:`HEADLINE_FINAL` (``?`` and ``!``: headlines
   ask and exclaim), and it is not the dateline paragraph.
5. After a headline, the next paragraph is the **lede** (subtitle) when it
   comes before the dateline paragraph and has at most :data:`LEDE_MAX_WORDS`
   words; without a dateline it must also look like a headline (short, no final
   punctuation) and be followed by more text.
6. The dateline is cut from its paragraph; the **body** is every remaining
   paragraph, joined with a blank line.
7. **Subheadings** are body paragraphs after the first one, before the last one,
   that start with a capital or digit, have at most
   :data:`SUBHEADING_MAX_WORDS` words and no final punctuation. They stay in
   the body as their own paragraphs and are also listed under ``subheadings``.

Headline and lede are never taken when that would leave no body; a text that
is only a headline and a dateline raises :class:`~corpuskit.errors.LoadError`.
Headline, lede and body joined with blank lines are the text's paragraphs
(rules 1 and 2) less the dateline: nothing else is dropped.

:func:`find_stories` finds several wire stories run together in one text;
:func:`corpuskit.read_articles` splits such files into one article per story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from corpuskit.errors import LoadError
from corpuskit.io.wire import Dateline, parse_dateline

#: Site boilerplate lines removed from the start and end of a text (compared
#: case-insensitively after stripping). Extend the tuple to drop more.
BOILERPLATE_LINES: tuple[str, ...] = (
    "All news",
    "Home",
    "News",
    "Latest news",
    "Top stories",
    "Share",
    "Share this article",
    "Print",
    "Tweet",
    "Email",
    "Comments",
    "Read more",
    "Advertisement",
    "Get short URL",
)

#: A headline has at most this many words.
HEADLINE_MAX_WORDS = 30
#: Punctuation a headline may end with (questions and exclamations).
HEADLINE_FINAL = "?!"
#: A lede (subtitle) has at most this many words.
LEDE_MAX_WORDS = 60
#: A subheading inside the body has at most this many words.
SUBHEADING_MAX_WORDS = 12
#: The dateline is looked for in this many leading paragraphs.
DATELINE_SEARCH = 4

_BREADCRUMB_SEPARATORS = re.compile(r"\s*[>›»/|]\s*")
_SENTENCE_END = ".!?…:;,"
_CLOSERS = "\"'”’»)]"


def is_boilerplate(line: str) -> bool:
    """Whether ``line`` is a site boilerplate line or a breadcrumb trail.

    Args:
        line: one line of text.

    Returns:
        True when the stripped line equals an entry of :data:`BOILERPLATE_LINES`
        (ignoring case), or is a breadcrumb (``Home > World > Middle East``)
        whose first part is one.

    Example:
        >>> is_boilerplate("  All news "), is_boilerplate("Home › Politics")
        (True, True)
        >>> is_boilerplate("Aleppo")
        False
    """
    known = {entry.casefold() for entry in BOILERPLATE_LINES}
    stripped = line.strip().casefold()
    if stripped in known:
        return True
    parts = _BREADCRUMB_SEPARATORS.split(stripped)
    return len(parts) > 1 and parts[0] in known


def _paragraphs(text: str) -> list[str]:
    return [paragraph for _, paragraph in _numbered_paragraphs(text)]


def _numbered_paragraphs(text: str) -> list[tuple[int, str]]:
    """The paragraphs of rule 1 and 2, each with the 1-based line it starts on."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    start, stop = 0, len(lines)
    while start < stop and (not lines[start] or is_boilerplate(lines[start])):
        start += 1
    while stop > start and (not lines[stop - 1] or is_boilerplate(lines[stop - 1])):
        stop -= 1
    numbered = list(enumerate(lines[start:stop], start + 1))
    if "" not in lines[start:stop]:
        return [(number, " ".join(line.split())) for number, line in numbered]
    paragraphs: list[tuple[int, str]] = []
    block: list[tuple[int, str]] = []
    for number, line in [*numbered, (0, "")]:
        if line:
            block.append((number, line))
        elif block:
            paragraphs.append((block[0][0], " ".join(" ".join(t for _, t in block).split())))
            block = []
    return paragraphs


def looks_like_heading(paragraph: str, *, max_words: int, final: str = "") -> bool:
    """Whether ``paragraph`` reads as a heading: short and without final punctuation.

    Args:
        paragraph: one paragraph.
        max_words: the most words a heading may have.
        final: punctuation a heading may nevertheless end with (headlines may
            ask or exclaim: ``"?!"``).

    Returns:
        True when the paragraph has 1 to ``max_words`` words and does not end
        with one of ``. ! ? … : ; ,`` outside ``final`` (closing quotes and
        brackets are looked through).

    Example:
        >>> looks_like_heading("UN Security Council’s special briefing", max_words=12)
        True
        >>> looks_like_heading("Lavrov said so.", max_words=12)
        False
        >>> looks_like_heading("Is Mosul next?", max_words=12, final="?!")
        True
    """
    words = paragraph.split()
    last = paragraph.rstrip(_CLOSERS)[-1:]
    return 0 < len(words) <= max_words and (last not in _SENTENCE_END or last in final)


def _is_subheading(paragraph: str) -> bool:
    first = paragraph[:1]
    return (first.isupper() or first.isdigit()) and looks_like_heading(
        paragraph, max_words=SUBHEADING_MAX_WORDS
    )


def _find_dateline(paragraphs: list[str], year: int | None) -> tuple[int, Dateline | None]:
    for index, paragraph in enumerate(paragraphs[:DATELINE_SEARCH]):
        dateline = parse_dateline(paragraph, year=year)
        if dateline is not None:
            return index, dateline
    return -1, None


def parse_article(text: str, *, year: int | None = None, outlet: str | None = None) -> dict:
    """Split the plain text of one article into headline, lede, dateline and body.

    The layout rules are listed in the module docstring.

    Args:
        text: the article text, already decoded.
        year: completes a dateline that gives month and day only (``MOSCOW, March 27.``);
            without it such a date stays ``NaT`` with precision ``"month-day"``.
        outlet: the outlet to record; when given it wins over the dateline's agency.

    Returns:
        A dict with the schema keys ``title``, ``lede``, ``text``, ``dateline``
        (the place), ``outlet``, ``date`` (``pd.Timestamp`` or ``NaT``),
        ``date_precision``, ``date_raw`` (None where absent), plus
        ``subheadings``: the list of body paragraphs read as subheadings.

    Raises:
        LoadError: ``"empty text"`` when nothing but whitespace or boilerplate is
            left, ``"no body text after the dateline"`` when the dateline is all there is.
        TypeError: when ``text`` is not a string.

    Example:
        >>> record = parse_article(
        ...     "Home\\n\\nLavrov backs Mosul push\\n\\nMOSCOW, March 27. /TASS/. He spoke.",
        ...     year=2017,
        ... )
        >>> record["title"], record["outlet"], record["dateline"], record["text"]
        ('Lavrov backs Mosul push', 'TASS', 'MOSCOW', 'He spoke.')
        >>> record["date"], record["date_precision"]
        (Timestamp('2017-03-27 00:00:00'), 'day')
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    paragraphs = _paragraphs(text)
    if not paragraphs:
        raise LoadError(None, "empty text")
    at, dateline = _find_dateline(paragraphs, year)
    title = lede = None
    if (
        at != 0
        and len(paragraphs) > 1
        and looks_like_heading(paragraphs[0], max_words=HEADLINE_MAX_WORDS, final=HEADLINE_FINAL)
    ):
        title = paragraphs[0]
        if at > 1:
            if len(paragraphs[1].split()) <= LEDE_MAX_WORDS:
                lede = paragraphs[1]
        elif (
            at == -1
            and len(paragraphs) > 2
            and looks_like_heading(paragraphs[1], max_words=LEDE_MAX_WORDS)
        ):
            lede = paragraphs[1]
    body = paragraphs[(title is not None) + (lede is not None) :]
    if dateline is not None:
        index = at - (title is not None) - (lede is not None)
        rest = body[index][dateline.end :].strip()
        body = body[:index] + ([rest] if rest else []) + body[index + 1 :]
        if not body:
            raise LoadError(None, "no body text after the dateline")
    subheadings = [p for p in body[1:-1] if _is_subheading(p)]
    return {
        "title": title,
        "lede": lede,
        "text": "\n\n".join(body),
        "dateline": None if dateline is None else dateline.place,
        "outlet": outlet if outlet is not None or dateline is None else dateline.outlet,
        "date": pd.NaT if dateline is None or dateline.date is None else dateline.date,
        "date_precision": "unknown" if dateline is None else dateline.date_precision,
        "date_raw": None if dateline is None else dateline.date_raw,
        "subheadings": subheadings,
    }


@dataclass(frozen=True)
class Story:
    """One story of a text that holds several (see :func:`find_stories`).

    Attributes:
        line: the 1-based line of the text the story starts on (line ends
            normalised as in rule 1, a leading BOM not counted).
        text: the story's paragraphs (rules 1 and 2 applied), for :func:`parse_article`.
    """

    line: int
    text: str


def find_stories(text: str, *, year: int | None = None) -> list[Story]:
    """Find the wire stories run together in one text (wire digests, pasted copy).

    After the first story's dateline, a paragraph that opens with a wire
    dateline naming an agency (``MOSCOW, March 28. /TASS/.``, ``BEIRUT (Reuters) -``)
    starts a new story; so does an agency-less dateline (``WASHINGTON —``)
    right after a headline. The one or two headline-like paragraphs (short, no
    final punctuation: rule 4) just before the dateline belong to the new story.
    A dateline quoted inside a paragraph is text, not a start; a split is only
    made when every story keeps a body.

    Args:
        text: the text of one file, already decoded.
        year: as for :func:`parse_article`.

    Returns:
        The stories in order; one story holding ``text`` unchanged when there is
        only one.

    Example:
        >>> stories = find_stories(
        ...     "Lavrov backs push\\n\\nMOSCOW, March 27. /TASS/. He spoke.\\n\\n"
        ...     "Putin meets envoy\\n\\nMOSCOW, March 28. /TASS/. They met."
        ... )
        >>> [(story.line, story.text[:17]) for story in stories]
        [(1, 'Lavrov backs push'), (5, 'Putin meets envoy')]
    """
    numbered = _numbered_paragraphs(text)
    paragraphs = [paragraph for _, paragraph in numbered]
    starts = _story_starts(paragraphs, year)
    if len(starts) == 1:
        return [Story(numbered[0][0] if numbered else 1, text)]
    ends = [*starts[1:], len(paragraphs)]
    return [
        Story(numbered[start][0], "\n\n".join(paragraphs[start:end]))
        for start, end in zip(starts, ends)
    ]


def _story_starts(paragraphs: list[str], year: int | None) -> list[int]:
    """Indexes of the paragraphs that start a story (the first is always 0)."""
    starts = [0]
    dateline_at, _ = _find_dateline(paragraphs, year)
    for index in range(max(dateline_at, 0) + 1, len(paragraphs)):
        dateline = parse_dateline(paragraphs[index], year=year)
        if dateline is None:
            continue
        start = _headed_start(paragraphs, index, after=dateline_at)
        if (dateline.outlet is None and start == index) or not _has_body(
            paragraphs[starts[-1] : start], year
        ):
            continue
        starts.append(start)
        dateline_at = index
    while len(starts) > 1 and not _has_body(paragraphs[starts[-1] :], year):
        starts.pop()
    return starts


def _headed_start(paragraphs: list[str], index: int, *, after: int) -> int:
    """The start of the story whose dateline is paragraph ``index``: its headline and lede."""
    start = index
    while (
        start - 1 > after
        and index - start < 2
        and looks_like_heading(
            paragraphs[start - 1], max_words=HEADLINE_MAX_WORDS, final=HEADLINE_FINAL
        )
    ):
        start -= 1
    return start


def _has_body(paragraphs: list[str], year: int | None) -> bool:
    try:
        parse_article("\n\n".join(paragraphs), year=year)
    except LoadError:
        return False
    return True
