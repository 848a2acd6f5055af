"""What the rules find: an :class:`Attribution` (speaker phrase and verb) and a :class:`Quote`."""

from __future__ import annotations

from dataclasses import dataclass

from corpuskit.voices.speakers import Mention, Resolved

#: kinds of speaker phrase that stand as the speaker when they name no one
DESCRIPTIONS = ("role", "group", "indefinite")


@dataclass
class Attribution:
    """A speaker phrase with its reporting verb (``verb`` None for ``Lavrov: '...'``)."""

    mention: Mention
    verb: str | None
    verb_start: int | None
    verb_end: int | None

    @property
    def span(self) -> tuple[int, int]:
        """The offsets from the first to the last character of phrase and verb."""
        points = [self.mention.start, self.mention.end]
        if self.verb_start is not None:
            points += [self.verb_start, self.verb_end]
        return min(points), max(points)


@dataclass
class Quote:
    """A quote of one field: its parts, kind, attribution and (once resolved) speaker.

    ``paragraph`` is the paragraph of the first part; ``alone`` tells whether
    that paragraph holds nothing before the quote's opening mark. ``sentence`` and
    ``last_sentence`` number the sentences of its first part and of its end (last part or
    attribution), -1 when unknown; ``opens_sentence`` whether it opens its sentence and
    stands as one (five words or more, or ending in ".", "?" or "!"). ``carried`` is the
    quote whose described speaker ("her manager") an unattributed quote carries on; ``trails``
    whether capitalised words follow its last part in its paragraph (an attribution the rules
    missed, so no description is carried onto it); ``woven`` whether :func:`woven_speaker`
    gave it its subject.
    """

    parts: list[tuple[int, int]]
    kind: str
    attribution: Attribution | None
    paragraph: int = -1
    alone: bool = False
    resolved: Resolved | None = None
    inherited: bool = False
    last_paragraph: int = -1
    reason: str | None = None
    sentence: int = -1
    last_sentence: int = -1
    opens_sentence: bool = False
    carried: Quote | None = None
    trails: bool = False
    woven: bool = False
