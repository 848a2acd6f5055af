"""A generational suffix set off by a comma after a person's name ("Roger Roe, Jr."), which
the speaker-phrase parser stops before: :func:`comma_suffix` puts it back in the name, as
the codebook's speaker is the fullest name the article gives.
"""

from __future__ import annotations

import dataclasses
import re

from corpuskit.voices.speakers.mention import Mention

__all__ = ["comma_suffix"]

#: ", Jr." or ", III" after a name, then a comma, a bracket, a lower-case word or the end (not
#: ", Sr. Vice President", where "Sr." is a title's word)
_SUFFIX = re.compile(
    r",[ \t]*(?:(Jr\.?|II|III|IV)(?=[,;)]|\.?\s*$|\.?\s+[a-z(]|\.\s+[A-Z\"“])"
    r"|(Sr\.?)(?=[,;)]|\.?\s*$|\.?\s+[a-z(]))"
)


def comma_suffix(text: str, mention: Mention | None) -> Mention | None:
    """The name mention ``mention`` (offsets into ``text``) with a generational suffix that
    follows it after a comma added to its name and its span; any other mention unchanged.

    Example:
        >>> text = "Professor Roger Roe, Jr. wrote a paper."
        >>> comma_suffix(text, Mention("name", "Professor Roger Roe", 0, 19,
        ...                            name="Roger Roe")).name
        'Roger Roe Jr.'
        >>> comma_suffix("Ann Roe, Sr. Vice President", Mention("name", "Ann Roe", 0, 7,
        ...                                                  name="Ann Roe")).name
        'Ann Roe'
    """
    if mention is None or mention.kind != "name" or len((mention.name or "").split()) < 2:
        return mention
    if not text.startswith(mention.name, mention.end - len(mention.name)):
        return mention  # a possessive or a name read out of its phrase
    found = _SUFFIX.match(text, mention.end)
    if found is None:
        return mention
    group = 1 if found.group(1) else 2
    suffix = found.group(group)
    suffix = suffix if suffix.endswith(".") or suffix.isupper() else f"{suffix}."
    end = found.end(group)
    return dataclasses.replace(
        mention, name=f"{mention.name} {suffix}", text=text[mention.start : end], end=end
    )
