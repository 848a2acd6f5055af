"""Page furniture inside a sentence: gallery and video labels with the title after them
(``Hide Caption 3 of 9 Photos: <title>``, ``JUST WATCHED <title> Replay``), for the
``furniture`` exclusion of :mod:`corpuskit.framing.agency_rules.exclusions`."""

from __future__ import annotations

import re

from corpuskit.framing.agency_rules.sentence import _Sentence

__all__ = ["furniture_zones"]

#: tokens after a gallery or video label that are its title (``JUST WATCHED Syria: city dies``)
_TITLE_ZONE = 8
_VIDEO_TITLE = 25
_GALLERY_COUNT = re.compile(r"^\d+$")


def furniture_zones(s: _Sentence, cues: dict) -> tuple[tuple[int, int], ...]:
    """Token ranges ``(start, end)`` of each gallery or video label and the title after it
    (up to *Replay*, else at most eight tokens, up to the first punctuation inside it).

    Example:
        >>> from corpuskit.framing.agency_rules.cues import load_cues
        >>> from corpuskit.text.tokenize import DEFAULT_RULE
        >>> s = _Sentence("Hide Caption 3 of 9 Photos: Syria city dies", DEFAULT_RULE)
        >>> furniture_zones(s, load_cues()["furniture"])
        ((0, 9),)
    """
    words, cue, ends = s.words, cues["phrases"], cues["ends"][0]
    present = set(words)
    phrases = [p for p in cue[1] if p[0] in present]
    if not phrases and present.isdisjoint(cue[0]):
        return ()
    zones = []
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
        replay = (k for k in range(end, min(len(words), end + _VIDEO_TITLE)) if words[k] in ends)
        stop = next(replay, stop)
        zones.append((j, stop))
    return tuple(zones)
