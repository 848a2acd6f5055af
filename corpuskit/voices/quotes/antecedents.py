"""The speaker of a description that names no one, as the reporter gives it in full:
:func:`written_description`.
"""

from __future__ import annotations

from corpuskit.voices.quotes.postmodifiers import full_description, introduced_document
from corpuskit.voices.speakers.antecedents import earlier_description
from corpuskit.voices.speakers.documents import DOCUMENTS, earlier_document
from corpuskit.voices.speakers.lexicon import lexicon
from corpuskit.voices.speakers.parse import Mention

__all__ = ["written_description"]


def written_description(text: str, mention: Mention, verb_start: int | None) -> str:
    """The speaker of a description that names no one, as the reporter gives it in full: a
    bare document ("the report") as named before ("A Nov. 29 report") or introduced ("a joint
    letter from the chairs of six committees"); "the" and a head noun that names neither a
    document nor an office, with no capitalised modifier and none after it, as the fuller
    description before (:func:`earlier_description`, from the words as written);
    else as written here, with the modifiers after its noun (``full_description``).

    Example:
        >>> from corpuskit.voices.speakers import parse_mention
        >>> text = "The French foreign ministry met. 'No,' the ministry said."
        >>> written_description(text, parse_mention("the ministry said", 39), 52)
        'French foreign ministry'
    """
    bare = mention.head in DOCUMENTS and len(mention.roles) == 1
    fuller = earlier_document(text, mention.head, mention.start) if bare else None
    definite = mention.text.lower().startswith("the ")
    if bare and fuller is None and definite:
        fuller = introduced_document(text, mention.head, mention.start)
    lex = lexicon()
    head = mention.roles[-1] if mention.roles else ""
    office = head in lex.titles or head in lex.person_roles  # whose holder is named
    full = full_description(text, mention, verb_start)
    written = mention.text.split()[1:-1]  # the words between "the" and the head
    plain = full.strip().lower() == mention.text.strip().lower()  # no modifier after it
    named = any(w[:1].isupper() for w in written)  # "The Trump administration": a name
    bare_head = definite and head and head not in DOCUMENTS and not office
    if fuller is None and bare_head and plain and not named:
        fuller = earlier_description(text, [*written, head], mention.start)
    return fuller or full
