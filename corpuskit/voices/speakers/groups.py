"""Unnamed groups of speakers: bare plurals ("Military sources said", "Residents told AFP")
introduce an anonymous speaker, which a later "the sources" or "they" refers back to.

News agencies quoting unnamed sources write "Army sources in Syria said ... '...,' the
sources added" or "'...,' they went on to say". The speaker is the group as first written
(the quotes codebook's rule for descriptions that name no one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpuskit.voices.speakers.parse import Mention

if TYPE_CHECKING:
    from corpuskit.voices.speakers.discourse import Discourse, Entity

__all__ = ["PLURAL", "resolve_group", "resolve_they", "unnamed_head"]

#: the gender mark of a group: neither "he" nor "she" refers to it
PLURAL = "p"
#: plural heads of groups of people that speak as one ("sources said", "residents told")
_GROUP_HEADS = frozenset(
    {"sources", "officials", "residents", "activists", "witnesses", "locals", "medics",
     "doctors", "rescuers", "villagers", "insiders", "diplomats", "observers"}
)  # fmt: skip
#: how far back (characters) "they" looks for a group
_THEY_REACH = 1500


def _singular(head: str) -> str:
    return head[:-1] if head.endswith("s") else head


def resolve_group(discourse: Discourse, mention: Mention, position: int) -> Entity | None:
    """The speaker of a plural description: "the sources" refers to the last group of the same
    head ("Local sources in Deir Ezzor"); a bare plural ("Military sources") introduces one.

    Example:
        >>> from corpuskit.voices.speakers import Discourse, parse_mention
        >>> discourse = Discourse()
        >>> resolve_group(discourse, parse_mention("Military sources", 0), 0).name
        'Military sources'
        >>> resolve_group(discourse, parse_mention("the sources", 60), 60).name
        'Military sources'
    """
    head = mention.head or ""
    if head not in _GROUP_HEADS:
        return None
    if mention.text.lower().startswith("the "):
        wanted = _singular(head)
        for at, entity in reversed(discourse.mentions):
            group = at <= position and entity.kind == "anonymous" and entity.gender == PLURAL
            if group and wanted in {_singular(w) for w in entity.name.lower().split()}:
                return entity
        return None
    entity = discourse.introduce(mention, position)
    entity.gender = PLURAL
    return entity


def resolve_they(discourse: Discourse, position: int) -> Entity | None:
    """The group "they" refers to: the last group introduced shortly before ``position``.

    Example:
        >>> from corpuskit.voices.speakers import Discourse, parse_mention
        >>> discourse = Discourse()
        >>> _ = resolve_group(discourse, parse_mention("Military sources", 0), 0)
        >>> resolve_they(discourse, 40).name
        'Military sources'
    """
    for at, entity in reversed(discourse.candidates):
        if position - _THEY_REACH <= at <= position and entity.gender == PLURAL:
            return entity
    return None


def unnamed_head(entity: Entity) -> bool:
    """Whether an unnamed group is headed by a word that withholds who it is ("sources",
    "officials"), as for the group itself.

    Example:
        >>> from corpuskit.voices.speakers import Discourse, parse_mention
        >>> unnamed_head(resolve_group(Discourse(), parse_mention("Military sources", 0), 0))
        True
    """
    return entity.gender == PLURAL and any(
        w in ("sources", "insiders", "officials") for w in entity.name.lower().split()
    )
