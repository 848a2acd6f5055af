"""Rule-based sentence splitting for news English: ``ck.sentences(articles)``.

A sentence ends at ``.``, ``?``, ``!``, an ellipsis (``...``, ``…`` or
``. . . .``), or a run of them, together with any closing quotes and brackets
that follow (``."``, ``.”``, ``?’``, ``.)``), when the next word starts like a
sentence: an upper-case letter, a digit, a currency sign, an opening quote or
bracket, or a letter of a script without case. A lower-case continuation
(``"Why?" he asked``) never starts a new sentence. The space after the stop may
be missing (``killed.The``, ``strike."If``) when a lower-case letter or a digit
comes before the stop, a capitalised word after it, and the word is not part of
an e-mail address or a web address (``Jane.Doe@example.org``). A straight
double quote glued between two sentences closes the first one when the first
has an odd number of them, and opens the second otherwise.

Paragraph breaks (a blank line) always end a sentence; so does a bullet
(``•``, ``⁃``, ``▪``, ``◦``, ``‣``) after a space, which starts a list item.
A line break alone ends a sentence when the line before it has no final
punctuation, closing quotes and brackets aside (a headline, a byline, a
caption, a list item), and the next line starts with a capital, a digit, an
opening quote or bracket, or a dash. A line that ends with a comma, a colon,
a semicolon or a dash goes on. The full-stop rules below decide at the other
line breaks.

Abbreviations do not end sentences:

* titles before names never do: ``Mr.``, ``Mrs.``, ``Dr.``, ``Gen.``, ``Lt.``,
  ``Col.``, ``Sen.``, ``Rep.``, ``Gov.``, ``Prof.``, ...;
* initials never do (``J. Smith``, ``George W. Bush``), but the pronoun ``I``
  after a lower-case word does (``you and I. Did``);
* ``No.``, ``p.``, ``N°.`` and the months (``Jan.`` - ``Dec.``, ``Sept.``) do not
  before a number (``No. 5``, ``Jan. 20``, ``p. 55``);
* ``e.g.``, ``i.e.``, ``cf.`` and ``viz.`` never do;
* dotted abbreviations (``U.S.``, ``U.N.``, ``a.m.``, ``p.m.``) and ``St.``,
  ``Jr.``, ``Inc.``, ``Co.``, ``etc.``, ``vs.`` end a sentence only when the next
  word is a common sentence opener (``The``, ``He``, ``But``, ``How``, ...), or
  a title after a time (``6 p.m. Mr. Smith``), and at least three words come
  before them: ``in the U.S. The next day`` splits, ``U.S. President`` and
  ``At 5 a.m. The`` do not.

Ellipses: ``[...]`` never ends a sentence; a spaced ellipsis of three dots
(``the thing is . . . I``) does not either; four spaced dots (an ellipsis and
a full stop) do, and a full stop glued to a word and followed by a spaced
ellipsis (``compounds. . . . The``) ends the sentence before the ellipsis,
which opens the next one.

Lists: a sentence that opens with a list marker (``1.``, ``2)``, ``3.)``,
``a.``, ``• 9.``) does not end at the marker's stop, and ends where the next
marker of the same style (``2.``, ``3)``, ``4.)``, ``b.``, ``• 10.``) starts, even
without a full stop before it.

Wire datelines (``MOSCOW, March 27. /TASS/.``, ``BEIRUT (Reuters) -``,
``DAMASCUS, Syria (AP) —``, ``Aleppo, SANA-``: every form that
:func:`corpuskit.io.wire.parse_dateline` knows, and a place in capitals with a
date, ``DAMASCUS, Dec. 13.``) are not sentences of their own: the dateline joins
the first sentence of its paragraph, whose offsets then start at the dateline.

Every rule looks at a bounded window around a stop, so splitting takes time
linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import pandas as pd

from corpuskit._compat import renamed_arguments
from corpuskit.io.wire import MONTHS, PLACE_PARTICLES, parse_dateline
from corpuskit.text.tokens import document_table

__all__ = ["sentences", "split_sentences"]

_OPEN = "\"“‘'«(["
_CLOSE = "\"'”’»)]"
_BULLETS = "•⁃▪◦‣"

_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_CUT_HINT = re.compile(rf"[\n{_BULLETS}]")
_CUT = re.compile(rf"[^\S\n]*\n\s*|\s+(?P<bullet>(?=[{_BULLETS}][ \t]*[\w\"“‘'(\[]))")
_TERMINATOR = re.compile(
    # stops (a first character to look for: a pattern opening with one is only tried where
    # the text has it), a spaced ellipsis
    r"(?P<stops>[.?!…][.?!…]*(?:[ ]\.(?=[\s\"'”’»)\]]|$))*)"
    r"(?P<close>[\"'”’»)\]]*)"  # closing quotes and brackets
    r"(?=\s|$|[\"“‘«(\[]?(?:[A-Z][a-z]|[AI]\s))"  # then a space, the end, or a word glued on
)
_NEXT_WORD = re.compile(r"\s*(?:\[(?:\.\.\.|…)\]\s*)?[\"“‘'«(\[]*([$£€]?[^\W_][\w'’-]*)")
_SPACE = re.compile(r"\s*")
_WORD_BEFORE = re.compile(r"\S+$")
_TOKEN_AFTER = re.compile(r"\S*")
_WEB = re.compile(r"[@/\\]|www\.|\.(?:com|org|net|gov|edu)\b", re.IGNORECASE)
_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_MARKER = re.compile(rf"[{_BULLETS}]?[ \t]*(?:(\d{{1,2}})|([a-z]))(\.\)|\)|\.)(?=\s)")
_MARKER_FIRST = frozenset("0123456789" + _BULLETS)
_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-z]+")
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATELINE = re.compile(
    r"[A-Z][A-Z'’.\- ]{1,40}"  # a place in capitals
    rf"(?:, (?i:{_MONTH})\.? \d{{1,2}}(?:, \d{{4}})?)?"  # ", Dec. 13", ", March 27, 2017"
    r"\.(?:\s*/[A-Za-z][A-Za-z-]*/\.?)?(?=\s)"  # ". /AGENCY/."
)
_DATELINE_MAX = 160  # characters: longer openings are never datelines
_WINDOW = 60  # characters looked at before a stop
_QUOTE_WINDOW = 2000  # characters looked at after a glued quote


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TITLES = _words(
    "Mr Mrs Ms Messrs Dr Prof Gen Gens Lt Col Maj Capt Cpt Sgt Cpl Pvt Pfc Spc Adm Cmdr Cdr Brig "
    "Sen Sens Rep Reps Gov Pres Amb Rev Hon Supt Insp Atty Msgr Fr "
    # Russian: генерал, профессор, академик, имени, улица, господин, госпожа, товарищ, святой
    "ген Ген проф Проф акад Акад им ул гн г-н г-жа тов св"
)
_BEFORE_NUMBER = _words(
    "No Nos no nos N° Nº Art Vol vol p pp Fig fig Sec Para para "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
)
_NEVER_END = _words("e.g i.e cf viz т.е т.к т.н напр см ср")
_MAYBE_END = _words(
    "St Jr Sr Inc Ltd Co Corp Bros etc vs approx Ave Blvd Rd Mt Ft Gov't Dept Univ "
    # Russian: год(а), годы, века, тысяч, миллионов, миллиардов, рублей, долларов, и другие
    "г гг в вв тыс млн млрд руб долл др т.д т.п"
)
_TIMES = _words("a.m p.m A.M P.M")
_OPENERS = _words(
    "The A An He She It They We I You But And Or So Yet In On At By For From To With "
    "This That These Those There Here His Her Their Its Our My Your As After Before When "
    "While If Although Though However Meanwhile Also Still Some Many Most Other Others "
    "According Last Earlier Later Since Despite Now Then What Why How Who Where Which No "
    "Not All Both Each Every One Two Three Officials Police Critics Analysts "
    "Это Однако При По В На Он Она Они Мы Но И А Как После Также Кроме Ранее Сейчас "
    "Теперь Тогда Потом Затем Об О Так Между Среди Если Хотя Когда Уже Еще Ещё"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of one text as character offsets.

    Args:
        text: the text.

    Returns:
        ``(start, end)`` pairs: ``text[start:end]`` is a sentence without
        surrounding whitespace.

    Raises:
        TypeError: when ``text`` is not a string.

    Example:
        >>> text = 'Mr. Lavrov spoke in the U.S. He said: "No."Then he left.'
        >>> [text[a:b] for a, b in split_sentences(text)]
        ['Mr. Lavrov spoke in the U.S.', 'He said: "No."', 'Then he left.']
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    spans: list[tuple[int, int]] = []
    for start, stop in _chunks(text):
        position = start
        while position < stop:
            marker_end, item_end = _list_item(text, position, stop)
            position = _split_item(text, position, marker_end, item_end, start, spans)
    return spans


def _chunks(text: str) -> Iterator[tuple[int, int]]:
    """The paragraphs, list items and headline lines of ``text``, without outer whitespace."""
    position = 0
    for found in _PARAGRAPH.finditer(text):
        yield from _pieces(text, position, found.start())
        position = found.end()
    yield from _pieces(text, position, len(text))


def _pieces(text: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    """Cut a paragraph before its bullets and after the line breaks that end a sentence."""
    start = _SPACE.match(text, start, stop).end()
    if _CUT_HINT.search(text, start, stop):
        for found in _CUT.finditer(text, start, stop):
            if found.group("bullet") is not None or _line_ends_sentence(text, start, found, stop):
                yield start, found.start()
                start = found.end()
    stop = len(text[start:stop].rstrip()) + start
    if stop > start:
        yield start, stop


def _line_ends_sentence(text: str, start: int, found: re.Match[str], stop: int) -> bool:
    """Whether a line without final punctuation (a headline, a caption) ends at ``found``."""
    next_start = found.end()
    if next_start >= stop or found.start() <= start:
        return False
    last = found.start() - 1
    while last > start and text[last] in _CLOSE:
        last -= 1
    if text[last] in ".?!…,;:-–—":
        return False
    return _opens(text[next_start]) or text[next_start] in "-–—*"


def _opens(char: str) -> bool:
    return char.isupper() or char.isdigit() or char in _OPEN


def _list_item(text: str, start: int, stop: int) -> tuple[int, int]:
    """``(marker end, item end)`` for a list item at ``start``, else ``(start, stop)``."""
    marker = _MARKER.match(text, start, stop)
    if marker is None:
        return start, stop
    number, letter, style = marker.groups()
    label = str(int(number) + 1) if number else chr(ord(letter) + 1)
    following = re.compile(rf"(?<=\s)[{_BULLETS}]?{re.escape(label + style)}(?=\s)")
    found = following.search(text, marker.end(), stop)
    return marker.end(), stop if found is None else found.start()


def _split_item(
    text: str, start: int, scan: int, stop: int, paragraph: int, spans: list[tuple[int, int]]
) -> int:
    """Append the sentences of ``text[start:stop]``; return where the next list item starts.

    Stops before ``scan`` (a list marker) are passed over; ``paragraph`` is the
    start of the paragraph, where a dateline may stand.
    """
    sentence = start
    for match in _TERMINATOR.finditer(text, scan, stop):
        end = _sentence_end(text, sentence, match, stop)
        if end is None:
            continue
        if _glued_quote(text, match, end) and _quote_opens(text, sentence, end - 1, stop):
            end -= 1
        if sentence == paragraph and end <= _dateline_end(text, paragraph, match.start(), stop):
            continue
        spans.append((sentence, end))
        sentence = _SPACE.match(text, end, stop).end()
        if text[sentence : sentence + 1] in _MARKER_FIRST and _MARKER.match(text, sentence, stop):
            return sentence
    end = len(text[sentence:stop].rstrip()) + sentence
    if end > sentence:
        spans.append((sentence, end))
    return stop


def _sentence_end(text: str, start: int, match: re.Match[str], stop: int) -> int | None:
    """Where the sentence from ``start`` ends if the stop ``match`` ends it; None if it goes on."""
    following = _NEXT_WORD.match(text, match.end(), stop)
    if following is None or following.group(1)[0].islower():
        return None
    stops = match.group("stops")
    term_start = match.start()
    if " " in stops:
        return _ellipsis_end(text, match)
    glued = not text[match.end()].isspace()
    if glued and not _glued_boundary(text, match):
        return None
    if stops[0] in "?!":
        return match.end()
    if stops[0] == "…" or stops.startswith(".."):
        return None if term_start and text[term_start - 1] in "[(" else match.end()
    if _abbreviation(text, start, term_start, following.group(1)):
        return None
    return match.end()


def _glued_quote(text: str, match: re.Match[str], end: int) -> bool:
    return end == match.end() and match.group("close") == '"' and not text[end].isspace()


def _quote_opens(text: str, start: int, position: int, stop: int) -> bool:
    """Whether the straight quote at ``position``, glued between two sentences, opens the second.

    Quotes alternate: the first of the next four quotes whose role shows (a
    space before it and none after it opens, the reverse closes) decides; without
    one, the quote opens when the sentence from ``start`` holds an even number.
    """
    later = position
    for distance in range(1, 5):
        later = text.find('"', later + 1, min(stop, position + _QUOTE_WINDOW))
        if later < 0:
            break
        space_before = text[later - 1].isspace()
        space_after = later + 1 == stop or text[later + 1].isspace() or text[later + 1] in ",.;:"
        if space_before != space_after:
            return space_before == (distance % 2 == 0)
    return text.count('"', start, position) % 2 == 0


def _ellipsis_end(text: str, match: re.Match[str]) -> int | None:
    """Spaced ellipses: ``is . . . I`` goes on, ``period . . . . Next`` ends after it,
    ``compounds. . . . The`` ends before it."""
    stops = match.group("stops")
    if stops.count(".") < 4:
        return None
    term_start = match.start()
    if term_start and not text[term_start - 1].isspace():
        return term_start + stops.index(" ")
    return match.end()


def _glued_boundary(text: str, match: re.Match[str]) -> bool:
    """Whether a stop without a space after it ends a sentence (``killed.The``)."""
    term_start = match.start()
    before = text[term_start - 1] if term_start else ""
    if not (before.islower() or before.isdigit()):
        return False
    word = _WORD_BEFORE.search(text, max(0, term_start - _WINDOW), term_start)
    after = _TOKEN_AFTER.match(text, match.end(), match.end() + _WINDOW)
    return not _WEB.search((word.group() if word else "") + match.group() + after.group())


def _abbreviation(text: str, start: int, term_start: int, next_word: str) -> bool:
    """Whether the full stop at ``term_start`` closes an abbreviation inside the sentence."""
    found = _WORD_BEFORE.search(text, max(start, term_start - _WINDOW), term_start)
    if found is None:
        return False
    word = found.group().lstrip(_OPEN)
    if word in _TITLES:
        return True
    if len(word) == 1 and word.isupper():
        return not (word == "I" and _after_lowercase_word(text, start, found.start()))
    if word in _BEFORE_NUMBER and next_word[0].isdigit():
        return True
    if word in _NEVER_END:
        return True
    if word in _MAYBE_END or _DOTTED.fullmatch(word):
        opens = next_word in _OPENERS or (word in _TIMES and next_word in _TITLES)
        words_before = text.count(" ", max(start, found.start() - _WINDOW), found.start())
        return not (opens and words_before >= 3)
    return False


def _after_lowercase_word(text: str, start: int, position: int) -> bool:
    previous = _WORD_BEFORE.search(text, max(start, position - _WINDOW), max(start, position - 1))
    return previous is not None and previous.group()[0].islower()


def _dateline_end(text: str, start: int, term_start: int, stop: int) -> int:
    """Where the story starts after a wire dateline at ``start`` (``start`` if there is none).

    Only called for a stop at ``term_start`` in the first sentence of a paragraph;
    a lower-case word other than a place particle before it rules a dateline out.
    """
    if term_start - start > _DATELINE_MAX:
        return start
    for word in _LOWER_WORD.finditer(text, start, term_start):
        if word.group() not in PLACE_PARTICLES:
            return start
    head = text[start : min(stop, start + _DATELINE_MAX)]
    dateline = parse_dateline(head)
    if dateline is not None:
        return start + dateline.end
    capitals = _DATELINE.match(head)
    return start + capitals.end() if capitals else start


@renamed_arguments(articles_or_text="data")
def sentences(
    data: pd.DataFrame | pd.Series | Sequence[str] | str, *, text_column: str = "text"
) -> pd.DataFrame:
    """Split documents into sentences.

    Sentences end at stops that are not abbreviations, initials or list
    markers (a missing space after the stop is allowed), at paragraph breaks,
    and after lines without final punctuation (headlines, bylines, captions);
    a wire dateline stays with the first sentence of its paragraph. The module
    docstring of ``corpuskit.text.sentences`` lists every rule.

    Args:
        data: an articles DataFrame, a Series or list of texts, or one text.
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
    texts, docvars = document_table(data, text_column=text_column)
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
