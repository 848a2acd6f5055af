"""Joint speakers: two named speakers joined by "and" ("Sens. John McCain and Lindsey Graham
said in a joint statement", "'...,' Pelosi and Schumer said").

The quotes codebook gives a joint statement one speaker, the names joined with " and " in the
article's order, with one shared type. :func:`joint_mention` reads the phrase as one
:class:`Mention` (a name, or a proper name for two bodies) whose ``members`` are the two names;
:func:`resolve_joint` resolves each name as usual; the discourse records the pair as one
speaker, which a later "they" refers to.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from corpuskit.voices.speakers.known import given_name
from corpuskit.voices.speakers.lexicon import _POSSESSIVE, lexicon
from corpuskit.voices.speakers.parse import Mention, parse_mention
from corpuskit.voices.speakers.phrase_words import _ORG_HEADS

if TYPE_CHECKING:
    from corpuskit.voices.speakers.discourse import Discourse

__all__ = ["joint_mention", "resolve_joint"]

#: "and" between the two names (a plural title before the first: "Sens. A and B")
_AND = re.compile(r"[ \t]+and[ \t]+(?=[A-Z])")
#: the kinds of phrase that can be one of a joint statement's speakers
_NAMED = ("name", "proper")


def joint_mention(text: str, first: Mention | None, end: int) -> Mention | None:
    """``first``, or the joint phrase it opens when "and" and a second name follow it.

    Args:
        text: the document.
        first: the parsed phrase (its offsets are the document's).
        end: where the speaker phrase must end.

    Example:
        >>> text = "Pelosi and Schumer said"
        >>> joint = joint_mention(text, parse_mention(text), 18)
        >>> joint.text, [m.name for m in joint.members]
        ('Pelosi and Schumer', ['Pelosi', 'Schumer'])
        >>> joint_mention("Pelosi said", parse_mention("Pelosi said"), 6).members
        []
    """
    if first is None or first.kind not in _NAMED or first.members:
        return first
    joined = _AND.match(text, first.end, end)
    if joined is None:
        return first
    second = parse_mention(text[joined.end() : end], joined.end())
    if second is None or second.kind not in _NAMED or second.start != joined.end():
        return first
    if not _POSSESSIVE.sub("", second.text).endswith(second.name):
        return first  # "Ocean and Earth Science researcher": a role after a name is no speaker
    if first.name == second.name:
        return first  # "Johnson and Johnson": no two speakers
    if first.name.isupper() and second.roles:
        return first  # "former FBI and CIA official Jeff Beatty": one person's title
    one_word = " " not in first.name
    if one_word and second.kind == "name" and given_name(first.name) and " " in second.name:
        # "Ed and Paula Kassig": the given name shares the second's surname
        surname = second.name.split()[-1]
        first = Mention("name", first.text, first.start, first.end, name=f"{first.name} {surname}")
    elif one_word and (_body_words(second) or _body(second)):
        return first  # "Faith and Freedom Coalition's Ralph Reed": a body's name
    elif _body(first) != _body(second):
        return first  # "the Department of Health and Human Services Secretary Alex Azar"
    return Mention(
        "name" if "name" in (first.kind, second.kind) else "proper",
        text[first.start : second.end],
        first.start,
        second.end,
        name=f"{first.name} and {second.name}",
        roles=[*first.roles, *second.roles],
        members=[first, second],
    )


def _body(mention: Mention) -> bool:
    """Whether a phrase names a body: a proper name of more than one word."""
    return mention.kind == "proper" and " " in mention.name


def _body_words(mention: Mention) -> bool:
    """Whether a name's title holds a body's words ("Freedom Coalition's Ralph Reed"), not
    only role words ("Vice President Mike Pence")."""
    lex = lexicon()
    roles = mention.roles
    return any(w not in lex.role_words for w in roles) or (bool(roles) and roles[-1] in _ORG_HEADS)


def resolve_joint(
    discourse: Discourse, mention: Mention, position: int
) -> tuple[str, str | None, str]:
    """The speaker of a joint phrase: its names resolved in the article and joined with
    " and ", the type of the first name with a known one (or ``None``), and the names' titles
    joined with "; " (the codebook's form).

    Example:
        >>> from corpuskit.voices.speakers import Discourse
        >>> text = "Sen. John McCain and Sen. Lindsey Graham said"
        >>> mention = joint_mention(text, parse_mention(text), 40)
        >>> resolve_joint(Discourse(), mention, 0)
        ('John McCain and Lindsey Graham', 'politician', 'Sen.; Sen.')
    """
    resolved = [discourse.resolve(member, position) for member in mention.members]
    names = [
        r.entity.name if r.entity is not None else m.name
        for r, m in zip(resolved, mention.members, strict=True)
    ]
    types = [r.speaker_type for r in resolved if r.speaker_type != "unknown"]
    titles = [r.entity.title for r in resolved if r.entity is not None and r.entity.title]
    return " and ".join(names), (types[0] if types else None), "; ".join(titles)
