"""A person or organisation of one article, as
:class:`~corpuskit.voices.speakers.discourse.Discourse` records it: :class:`Entity`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpuskit.voices.speakers.known import first_name_gender
from corpuskit.voices.speakers.lexicon import Lexicon

__all__ = ["Entity"]

_SPEAKS_FOR = re.compile(
    r"\b(?:for|of|at)\s+(?:the\s+)?((?:[A-Z][\w'’.&-]*)(?:\s+(?:of|for|the|and|on|[A-Z][\w'’.&-]*))*)"
)
_FEMALE = frozenset({"mrs", "mrs.", "ms", "ms.", "spokeswoman", "woman", "mother", "chairwoman"})
_MALE = frozenset({"mr", "mr.", "spokesman", "man", "father", "sheikh", "imam"})


@dataclass
class Entity:
    """A person or organisation of one article.

    Attributes:
        name: the canonical name (the longest full name seen, or the one given
            in ``speakers=``); empty for an anonymous speaker.
        kind: ``"person"``, ``"org"`` or ``"anonymous"`` (introduced by an
            indefinite description, "a soldier": a later "the soldier" or "he"
            refers to it, and its speaker stays NA).
        roles: lower-case title and role words seen with the name.
        nationality: canonical nationalities from those words.
        gender: ``"m"``, ``"f"`` or ``None``.
        speaker_type: a type fixed by ``speakers=``, else ``None``.
        phrases: the title and role phrases seen with the name, in order
            (lower-case words), for the speaker type.
        title: the first title or role seen with the name, as written
            ("Russian Foreign Minister", "a spokesman for the Red Crescent").
        affiliation: a listed body named right after the name ("Joe Smith of SITE",
            "an analyst at the Brookings Institution"), when the title names none.
        owner_only: named so far only as an owner ("Ivanka Trump's assistant"); ``None``
            before the first mention.
        listed_gender: for a surname the list names, the gender of its listed full name,
            which only a pronoun reads (a later full name may be another person's).

    Example:
        >>> Entity("Ann Roe", "person", title="a spokeswoman for the Red Crescent").speaks_for
        'Red Crescent'
    """

    name: str
    kind: str
    roles: set[str] = field(default_factory=set)
    nationality: set[str] = field(default_factory=set)
    gender: str | None = None
    speaker_type: str | None = None
    phrases: list[list[str]] = field(default_factory=list)
    title: str | None = None
    affiliation: str | None = None
    owner_only: bool | None = None
    listed_gender: str | None = None

    def __post_init__(self) -> None:
        if self.kind == "person" and self.gender is None:
            self.gender = first_name_gender(self.name)

    def note_title(self, title: str | None) -> None:
        """Keep the first title or role seen with the name, as written."""
        title = (title or "").strip(" ,;:—–-")
        if self.title is None and title and self.kind != "anonymous":
            self.title = title

    @property
    def speaks_for(self) -> str | None:
        """The organisation the speaker speaks for: an organisation itself, or the one its
        title names after "for", "of" or "at" ("spokesman for the Red Crescent")."""
        if self.kind == "org":
            return self.name
        found = _SPEAKS_FOR.search(self.title or "")
        return found.group(1) if found else self.affiliation

    def add_roles(self, roles: list[str], lex: Lexicon) -> None:
        """Add title words (also kept in order, as a phrase), their nationalities and gender."""
        if not roles:
            return  # a bare name: nothing to add
        self.roles.update(roles)
        if roles and roles not in self.phrases:
            self.phrases.append(list(roles))
        for index in range(len(roles)):
            for width in (2, 1):
                found = lex.nationality_of.get(" ".join(roles[index : index + width]))
                if found:
                    self.nationality.add(found)
        if self.gender is None:
            if _FEMALE & set(roles):
                self.gender = "f"
            elif _MALE & set(roles):
                self.gender = "m"
