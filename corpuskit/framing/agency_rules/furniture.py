"""Page furniture inside a sentence: gallery and video labels with the title after them
(``Hide Caption 3 of 9 Photos: <title>``, ``JUST WATCHED <title> Replay``, ``MUST WATCH
<title> 01:37``) or before them (the Guardian's ``<title> – in pictures``), for the
``furniture`` exclusion of :mod:`corpuskit.framing.agency_rules.exclusions`."""

from __future__ import annotations

import re

from corpuskit.framing.agency_rules.sentence import _Sentence

__all__ = ["furniture_zones"]

#: tokens after a gallery or video label that are its title (``JUST WATCHED Syria: city dies``)
_TITLE_ZONE = 8
_VIDEO_TITLE = 25
_GALLERY_COUNT = re.compile(r"^\d+$")
#: a video's running time after its title (``01:37``)
_DURATION = re.compile(r"\d{1,2}:\d\d")
#: a dash and the label a gallery or video link ends its title with ("– in pictures")
_DASH = re.compile(r"[–—-]")
_TRAILING_LABELS = (("in", "pictures"), ("video",))


def furniture_zones(s: _Sentence, cues: dict) -> tuple[tuple[int, int], ...]:
    """Token ranges ``(start, end)`` of each gallery or video label and the title after it
    (up to *Replay* or the video's running time, else at most eight tokens, up to the first
    punctuation inside it), and of each title a dashed label ends (``– in pictures``).

    Example:
        >>> from corpuskit.framing.agency_rules.cues import load_cues
        >>> from corpuskit.text.tokenize import DEFAULT_RULE
        >>> s = _Sentence("Hide Caption 3 of 9 Photos: Syria city dies", DEFAULT_RULE)
        >>> furniture_zones(s, load_cues()["furniture"])
        ((0, 9),)
        >>> s = _Sentence("MUST WATCH Web exclusive: widow on shooting 01:37", DEFAULT_RULE)
        >>> furniture_zones(s, load_cues()["furniture"])
        ((0, 7),)
        >>> s = _Sentence("Vegas shooting: festival attack – in pictures", DEFAULT_RULE)
        >>> furniture_zones(s, load_cues()["furniture"])
        ((0, 6),)
    """
    words, cue, ends = s.words, cues["phrases"], cues["ends"][0]
    present = set(words)
    zones = list(_titles_before_labels(s))
    phrases = [p for p in cue[1] if p[0] in present]
    if not phrases and present.isdisjoint(cue[0]):
        return tuple(zones)
    for j in range(len(words)):
        phrase = next((p for p in phrases if tuple(words[j : j + len(p)]) == p), None)
        if phrase is None and words[j] not in cue[0]:
            continue
        end = j + (len(phrase) if phrase else 1)
        if end + 2 < len(words) and _GALLERY_COUNT.match(words[end]) and words[end + 1] == "of":
            end += 3  # "Hide Caption 3 of 9"
        while end < len(words) and words[end] in ("photos", "video", "videos", "gallery"):
            end += 1  # "Photos: Photos: <gallery title>" (CNN repeats the label)
        stop = min(len(words), end + _TITLE_ZONE)
        stop = next((k for k in range(end + 1, stop) if s.gap[k]), stop)
        title = range(end, min(len(words), end + _VIDEO_TITLE))
        replay = (k for k in title if words[k] in ends or _duration(s, k))
        stop = next(replay, stop)
        zones.append((j, stop))
    return tuple(sorted(zones))


def _duration(s: _Sentence, k: int) -> bool:
    """Tokens ``k`` and ``k + 1`` are a running time (``01:37``)."""
    if k + 1 >= len(s):
        return False
    return bool(_DURATION.fullmatch(s.text[s.starts[k] : s.ends[k + 1]]))


def _titles_before_labels(s: _Sentence) -> list[tuple[int, int]]:
    """A gallery or video link's title, from the start of the sentence (at most
    :data:`_VIDEO_TITLE` tokens back) to the dashed label that ends it (``Vegas shooting:
    festival attack – in pictures``; not a dash inside the sentence's own words)."""
    zones = []
    for j in range(1, len(s)):
        label = next((p for p in _TRAILING_LABELS if tuple(s.words[j : j + len(p)]) == p), None)
        if label is None or not _DASH.search(s.text[s.ends[j - 1] : s.starts[j]]):
            continue
        end = j + len(label)
        if end == len(s) or s.gap[end] or s.capital(end):
            zones.append((max(0, j - _VIDEO_TITLE), end))
    return zones
