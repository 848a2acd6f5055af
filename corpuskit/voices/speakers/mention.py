"""A parsed speaker phrase, :class:`Mention`: what
:func:`~corpuskit.voices.speakers.parse.parse_mention` returns and an article's discourse
records."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Mention"]


@dataclass
class Mention:
    """A parsed speaker phrase.

    Attributes:
        kind: ``"name"`` (a person's name, maybe with a title), ``"proper"``
            (one capitalised word or an organisation's name), ``"role"`` (a
            definite description), ``"indefinite"`` (a new unnamed speaker),
            ``"group"`` (a plural description) or ``"pronoun"``.
        text: the phrase as written.
        start, end: its offsets.
        name: the name part (``"Sergey Lavrov"``) for ``"name"``/``"proper"``.
        roles: lower-case title and role words of the phrase.
        head: the head role noun of a description.
        pronoun: the lower-case pronoun.
        members: the two names of a joint speaker ("Pelosi and Schumer"), else empty.
    """

    kind: str
    text: str
    start: int
    end: int
    name: str | None = None
    roles: list[str] = field(default_factory=list)
    head: str | None = None
    pronoun: str | None = None
    members: list[Mention] = field(default_factory=list)
