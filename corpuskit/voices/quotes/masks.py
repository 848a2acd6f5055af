"""Page furniture and asides blanked out before speakers are read, offsets kept: party
tags in parentheses, caption furniture, related-stories widgets, embedded posts' bylines,
and the code of embedded widgets.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: the US states' postal codes, as a state tag after a member of Congress ("Steve Cohen (TN)")
_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|"
    "NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
#: the same tag in parentheses ("Nancy Pelosi (D-Calif.) said", "Dick Durbin (D)", "Steve
#: Cohen (TN)"), blanked out by :func:`mask_asides` with a white space before it
#: "(R-Ala.)", "(D)", "(GOP)", the Wall Street Journal's "(R., Ala.)", a state alone
_PARENTHESISED_TAG = re.compile(
    rf"\((?:(?:[RDI]|GOP)(?:(?:-|\.,\s)[A-Z][A-Za-z.\s]{{0,14}})?|{_STATES})\)"
)
#: a related-stories widget after a name, ending in its "MORE" link: it opens with the name
#: again, or with the full name whose surname runs into the first headline ("Stephanie
#: Grisham Stephanie GrishamWhite House predicts ... MORE said")
_WIDGET = re.compile(
    r"(\b(?P<first>[A-Z][\w'’-]+) (?P<last>[A-Z][\w'’-]+)) "
    r"(?=(?P=first)\b|[A-Z][\w'’-]+ \((?P=first)\)|[^\n]{0,40}?(?P=last)[A-Z][a-z])"
    r"[A-Z][^\n]{0,400}?\bMORE\b(?=\s*[(,.)]|\s+[a-z]|['’]s\b)"
)
#: a line of an embedded widget's script from its opening to the line's end ("(function(d, s,
#: id) { var js, ...; js.src = "//connect.facebook.net/..."; ... }(document, 'script', ...));")
_SCRIPT = re.compile(r"(?:\(\s*function\s*\(|<script\b|\bvar\s+\w+\s*[,=;])[^\n]*")
#: the byline of an embedded post: "— Jane Roe (@janeroe) May 2, 2019"
_EMBED_BYLINE = re.compile(r"[—–-]{1,2}[ \t]*[^\n()@—–]{2,60}?[ \t]*\(@\w{1,30}\)")


def mask_asides(text: str) -> str:
    """``text`` with the parenthesised party tags after names blanked out, offsets kept, so
    that "House Speaker Nancy Pelosi (D-Calif.) called" reads as "Nancy Pelosi called".

    Example:
        >>> mask_asides("Sen. Jeff Flake (R-AZ) said")
        'Sen. Jeff Flake        said'
    """
    if "(" not in text:
        return text
    spans = _tag_spans(text)
    if not spans:
        return text
    pieces, after = [], 0
    for start, end in spans:
        pieces += [text[after:start], " " * (end - start)]
        after = end
    return "".join([*pieces, text[after:]])


def _tag_spans(text: str) -> list[tuple[int, int]]:
    r"""The spans of the party tags, each with the white-space character before it when there
    is one: the matches of ``\s?`` and :data:`_PARENTHESISED_TAG`, from a pattern that opens
    with "(" (so only tried where the text has one).

    Example:
        >>> _tag_spans("Flake (R-AZ) and Durbin(D) said")
        [(5, 12), (23, 26)]
    """
    spans: list[tuple[int, int]] = []
    for match in _PARENTHESISED_TAG.finditer(text):
        start = match.start()
        if start > (spans[-1][1] if spans else 0) and text[start - 1].isspace():
            start -= 1
        spans.append((start, match.end()))
    return spans


#: the page furniture that opens a caption line of a news site's pictures and videos
#: ("Media playback is unsupported on your device", "Image copyright Getty Images",
#: "Media caption", "Image caption"); the blanks before "Image caption" are taken from the
#: first of a run only, else a long run of them is backtracked over from each of its positions
_CAPTION_MARKS = re.compile(
    r"(?m)^(?:Media playback is unsupported on your device[ \t]*|"
    r"Image copyright\b[^\n]*?(?:(?<![ \t])[ \t]+(?=Image caption\b)|$)|"
    r"(?:Media|Image) caption\b[ \t]*)+"
)


def mask_captions(text: str) -> str:
    """``text`` with the furniture words that open picture and video captions blanked out,
    offsets kept, so that the caption's own words are read: "Media caption US President
    Donald Trump: 'We are leaving'" names Donald Trump, not "Media".

    Example:
        >>> mask_captions("Image copyright Reuters Image caption Ann Roe said it")
        '                                      Ann Roe said it'
    """
    if "caption" not in text and "Image copyright" not in text and "Media playback" not in text:
        return text
    return _CAPTION_MARKS.sub(lambda m: " " * len(m.group()), text)


def mask_widgets(text: str) -> str:
    """``text`` with the related-stories widget a news site prints after a name blanked out
    up to its "MORE" link, offsets kept, so that its headlines give no names ("Sen. Mazie
    Hirono Mazie Keiko HironoHirono memoir due ... MORE (D-Hawaii)" names Mazie Hirono).

    Example:
        >>> mask_widgets("Mazie Hirono Mazie Keiko HironoRand Paul blocks bill MORE (D-Hawaii)")
        'Mazie Hirono                                              (D-Hawaii)'
    """
    if "MORE" not in text:
        return text
    return _WIDGET.sub(lambda m: m.group(1) + " " * (m.end() - m.end(1)), text)


def mask_embeds(text: str) -> str:
    """``text`` with the bylines of embedded posts blanked out, offsets kept: the name a
    tweet is signed with is the account's, not the reporter's naming of the speaker.

    Example:
        >>> mask_embeds("We will win! — Jane Q. Roe (@janeroe) May 2, 2019")
        'We will win!                          May 2, 2019'
    """
    if "(@" not in text:
        return text
    return _EMBED_BYLINE.sub(lambda m: " " * len(m.group()), text)


def mask_scripts(text: str) -> str:
    """``text`` with the code of embedded widgets blanked out to the end of its line, offsets
    kept: the strings of a script (``js.src = "//connect.facebook.net/..."``, ``'script'``)
    are no quotes. A stretch counts as code when it opens a function, a ``<script>`` tag or
    a ``var`` declaration and holds at least two statements (two semicolons).

    Example:
        >>> mask_scripts("Read on. (function(d) { var js = 'x'; d.go(js); }(document));")
        'Read on.                                                     '
    """
    if "function" not in text and "<script" not in text and "var " not in text:
        return text
    return _SCRIPT.sub(_blank_code, text)


def _blank_code(match: re.Match[str]) -> str:
    """A match of :data:`_SCRIPT` blanked out when it holds two statements, else as it is."""
    found = match.group()
    return " " * len(found) if found.count(";") >= 2 else found


def join_masked(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence spans of ``text`` with the breaks inside a masked party tag undone
    ("Pelosi (D-Calif.) called" is one sentence).

    Example:
        >>> text = "Sen. Jeff Flake (R-Ariz.) said it."
        >>> join_masked(text, [(0, 25), (26, 34)])
        [(0, 34)]
    """
    tags = _tag_spans(text) if "(" in text else []
    if not tags:
        return sentences
    joined: list[tuple[int, int]] = []
    for start, end in sentences:
        if joined and any(a < joined[-1][1] <= b for a, b in tags):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


#: a nickname in quotation marks inside a name: William "Mo" Cowan, Thomas “Tip” O'Neill
#: what every nickname has, looked for before the costlier pattern: a quoted capitalised word
#: between spaces
_QUOTED_CAPITAL = re.compile(r" [\"“][A-Z][\w'’.-]*[\"”] ")
_NICKNAME = re.compile(r"\b([A-Z][\w'’.-]+) [\"“]([A-Z][\w'’.-]*)[\"”] ([A-Z][\w'’-]+)")


@lru_cache(maxsize=8)
def mask_nicknames(text: str) -> str:
    """``text`` with a quoted nickname inside a name taken out and the surname moved up
    to the first name, the same length kept, so that the name reads whole: William "Mo"
    Cowan is William Cowan, whom a later "Cowan" refers to. Offsets after the name are
    kept; the name's own shift by a few characters is of no account to the reader of names.
    Kept for the last few texts: an article's body is masked for its types and its speakers.

    Example:
        >>> mask_nicknames('Sen. William "Mo" Cowan said')
        'Sen. William Cowan      said'
    """
    if not _QUOTED_CAPITAL.search(text):
        return text
    return _NICKNAME.sub(lambda m: f"{m.group(1)} {m.group(3)}" + " " * (len(m.group(2)) + 3), text)
