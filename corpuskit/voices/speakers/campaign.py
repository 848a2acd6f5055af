"""Is an article about campaigning? :func:`campaigning`, by the density of campaign words.

The quotes codebook types an office-holder who speaks as a candidate as a ``politician``
("A person who holds office but speaks as a candidate is politician"). News marks that
context with its vocabulary: campaigns, rallies, voters, primaries, polls, nominees. On the
quotes development hold-outs, among quotes of listed politicians that the article's titles
typed ``official`` (President Obama in 2012, President Trump at a rally), the coders chose
``politician`` for 38 and ``official`` for 11 in articles with at least
:data:`CAMPAIGN_DENSITY` campaign words per 1,000 characters, and ``official`` for most
below it.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["CAMPAIGN_DENSITY", "campaigning"]

#: campaign words per 1,000 characters from which an article is about campaigning
CAMPAIGN_DENSITY = 2.0
#: (the look-ahead, the words' first letters, lets most words fail before the alternatives)
_CAMPAIGN_WORDS = re.compile(
    r"\b(?=[bcdefmnprsv])(?:campaign\w*|re-?election|rall(?:y|ies)|voters?|primar(?:y|ies)"
    r"|candidates?|nominee|nomination|caucus\w*|polls?|polling|fundrais\w*|debates?|electoral"
    r"|ballots?|swing states?|running mate|stump|midterms?)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def campaigning(body: str) -> bool:
    """Whether an article's body has at least :data:`CAMPAIGN_DENSITY` campaign words per
    1,000 characters.

    Example:
        >>> campaigning("The president told voters at a campaign rally in Ohio that polls lie.")
        True
        >>> campaigning("The president signed the budget bill into law on Friday afternoon.")
        False
    """
    if not body:
        return False
    return len(_CAMPAIGN_WORDS.findall(body)) * 1000 >= CAMPAIGN_DENSITY * len(body)
