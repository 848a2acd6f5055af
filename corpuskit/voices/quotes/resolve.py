"""The speakers of a field's quotes: names registered in reading order, each attribution
resolved (:class:`~corpuskit.voices.speakers.Discourse`), quote-only paragraphs inheriting the
speaker before them, and headline quotes borrowing the speaker of the body quote they repeat.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re

from corpuskit.voices.quotes.attribution_cues import _DATELINE, _LEAD
from corpuskit.voices.quotes.masks import (
    mask_asides,
    mask_captions,
    mask_embeds,
    mask_nicknames,
    mask_widgets,
)
from corpuskit.voices.quotes.postmodifiers import described_mention
from corpuskit.voices.quotes.records import DESCRIPTIONS, Quote
from corpuskit.voices.quotes.unnamed import personal, register_indefinite_speakers
from corpuskit.voices.speakers import (
    Discourse,
    Entity,
    Mention,
    Resolved,
    lexicon,
    parse_mention,
)
from corpuskit.voices.speakers.groups import resolve_group
from corpuskit.voices.speakers.phrase_words import _PRONOUNS
from corpuskit.voices.speakers.places import is_place
from corpuskit.voices.speakers.spans import TextWords, in_spans, span_words, text_words
from corpuskit.voices.speakers.suffixes import comma_suffix

#: an appositive after a name: ", Russia's foreign minister," or, in text stripped of its
#: commas (FA-KES), an indefinite description: "said Bilal Qaterji a local textile employee."
_APPOSITIVE = re.compile(r"(?:,\s+|\s+(?=(?:a|an)\s))([^,.;:\"“”()\n]{2,120}?)\s*(?=[,.;])")
#: a body named right after a person: "Joe Smith of SITE", "a fellow at the Brookings Institution"
_AFFILIATION = re.compile(
    r"\s+(?:of|at|from|with)\s+(?:the\s+)?([A-Z][\w'’.&-]*(?:\s+(?:of|for|on|the|and|[A-Z][\w'’.&-]*))*)"
)
#: at most this many words before a name that still makes it its sentence's topic
#: ("But graphic artist Ashley Austen remained sceptical.")
_TOPIC_LEAD = 3
_RELATIVE = re.compile(r"\s+(?:who|whose|which|that|where)\s+", re.IGNORECASE)
#: an age set after a name: ", 27,", ", now 53", ", aged 5"
_AGE = re.compile(r",\s+(?:now\s+|aged\s+)?\d{1,3}\b(?!\s*(?:percent|%|million|billion))")
#: a family tie that introduces a private person: "and his partner", "her daughter"
_FAMILY = re.compile(
    r"\b(?:his|her|their)\s+(?:\w+\s+)?(?:partner|boyfriend|girlfriend|husband|wife|sons?|"
    r"daughters?|mother|father|mum|mom|dad|sister|brother|children|child|baby|kids?|"
    r"grandchildren|pet|dog|cat)\b",
    re.IGNORECASE,
)
_COMMA = re.compile(r",\s+")
#: words that open a clause after a comma, not an appositive
_CLAUSE_OPENERS = frozenset(
    {"but", "and", "so", "yet", "or", "nor", "while", "although", "though", "because", "since",
     "when", "if", "as", "after", "before", "unless", "until", "whereas"}
)  # fmt: skip
_WORDS = re.compile(r"\w+")
#: punctuation no speaker phrase runs over
_PHRASE_END = re.compile(r"[,;:\"“”«»()\n]")


def _register_names(
    discourse: Discourse,
    text: str,
    sentences: list[tuple[int, int]],
    skip: list[tuple[int, int]],
    title_end: int = 0,
) -> None:
    """Record every name, surname and appositive of a text, outside quotes, and the
    anonymous speakers introduced at the start of a sentence ("A spokeswoman said");
    ``sentences`` are joined over party tags (``join_masked``)."""
    lex = lexicon()
    text = mask_nicknames(mask_asides(mask_captions(mask_embeds(mask_widgets(text)))))
    found = text_words(text)
    tokens, offsets = found.words, found.starts
    sentence, topic_seen, after = 0, -1, 0
    for index in _openings(text, found):
        if index < after:
            continue  # inside the name before
        start = tokens[index][0]
        if in_spans(skip, start):
            continue
        stop = _PHRASE_END.search(text, start, start + 160)
        end = stop.start() if stop else start + 160
        # no word runs over a stop character, so the words up to it are the text's own
        within = (
            tokens[index : bisect.bisect_left(offsets, end, index)]
            if stop
            else span_words(text, start, end)
        )
        # "Roger Roe, Jr.": the suffix after the comma is the name's
        mention = comma_suffix(text, parse_mention(text[start:end], start, within))
        # the sentence of the mention, which a skipped opening word may precede ("Friday.
        # Cowan will serve": Cowan opens the next sentence)
        at = start if mention is None else mention.start
        while sentence < len(sentences) - 1 and sentences[sentence][1] <= at:
            sentence += 1
        opens = bool(sentences) and sentences[sentence][0] in (start, at)
        if (
            mention is not None
            and mention.kind == "indefinite"
            and opens
            and personal(mention)
            and not _named_after(text, mention)  # "One Democrat, Rep. Stephen Lynch, said"
        ):
            # "A spokeswoman said", not "A press conference was held"; named in full: "a
            # spokeswoman for the ministry"
            discourse.introduce(described_mention(text, mention, until_verb=True), start)
            topic_seen = sentence
        elif mention is not None and mention.kind == "group" and opens:
            # "Military sources said ...": a group that a later "they" refers back to
            if resolve_group(discourse, mention, start) is not None:
                topic_seen = sentence
        elif mention is not None and mention.kind == "role" and opens:
            # a role in an opening title line (before ``title_end``, :func:`title_line`) is
            # the person the body names, not a new speaker
            if start >= title_end and _unnamed_role(discourse, text, mention, start):
                # "France's foreign minister called for ...", naming no one met so far: a
                # speaker as written, that a later "he" refers back to
                discourse.introduce(mention, start)
                topic_seen = sentence
            elif _subject_role(discourse, text, mention, start):
                # "The congressman also expressed concern about ... his wife, Huma Abedin":
                # the person a description opening the sentence refers back to is its
                # topic, which a later "he" refers to, not a name further on
                topic_seen = sentence
        pronoun = mention is not None and mention.kind == "pronoun"
        if pronoun and opens and _COORDINATED.fullmatch(text, start, mention.start):
            # "He also hoped that Trump ...", "But he says ... defeating Obama": a pronoun
            # subject that refers to someone met keeps that person the sentence's topic; a
            # name later in it does not become one (after "As" or "Later" it is no subject)
            topic_seen = sentence if _refers_back(discourse, mention, start) else topic_seen
        if mention is None or mention.kind not in ("name", "proper"):
            continue
        if mention.kind == "name" and is_place(mention.name):
            continue  # "The billionaire New York real-estate developer": a place, no person
        headline = start < title_end and mention.kind == "name"
        if headline and _run_into(discourse, mention.name, text):
            # a title-case headline runs words into a name ("Last Clash Before N.H. Puts
            # Clinton, Sanders In A Field"): the listed person its surname names
            mention = dataclasses.replace(mention, name=mention.name.split()[-1])
        appositive = _APPOSITIVE.match(text, mention.end)
        described = appositive is not None and _describes(text, *appositive.span(1))
        titled = any(r in lex.titles or r in lex.person_roles for r in mention.roles)
        met = discourse.met(mention)  # looked up once, for the test and the record
        known = discourse.aliased(mention) or met is not None
        if mention.kind == "name" or known or mention.kind == "proper":
            subject = opens or _near_start(text, sentences, sentence, start)
            topic = topic_seen != sentence and (titled or described or known or subject)
            entity = discourse.register(mention, start, topic=topic, met=met)
            _register_first_conjunct(discourse, text, mention)
            if entity is not None and entity.kind == "person":
                topic_seen = sentence
                possessive = mention.text.endswith(("'s", "’s", "'", "’"))
                if opens and (titled or described or known) and not possessive:
                    discourse.subjects.setdefault(sentence, entity)
            if entity is not None and described:
                discourse.add_roles(entity, _RELATIVE.split(appositive.group(1))[0])
            if entity is not None and entity.kind == "person" and entity.gender is None:
                bounds = sentences[sentence] if sentences else (0, len(text))
                entity.gender = pronoun_gender(text, mention.end, bounds[1])
            if entity is not None and entity.kind == "person" and not titled and not described:
                _mark_ordinary(discourse, entity, text, sentences[sentence] if sentences else
                               (0, len(text)), mention.end)  # fmt: skip
            if entity is not None and entity.kind == "person":
                body = _AFFILIATION.match(text, mention.end)
                if body is None and described:
                    body = _AFFILIATION.search(appositive.group(1))
                if body is not None:
                    discourse.affiliate(entity, body.group(1).rstrip("."))
        after = bisect.bisect_left(offsets, mention.end, index)
    register_indefinite_speakers(discourse, text, skip)


#: what may open a sentence before its pronoun subject: nothing, or a coordinator ("But he")
_COORDINATED = re.compile(r"(?:(?:But|And|Yet|So|Still)\s+)?")


def _refers_back(discourse: Discourse, mention: Mention, position: int) -> bool:
    """Whether "he" or "she" has a person of its gender (or of none known) met before."""
    gender = _PRONOUNS.get(mention.pronoun) if mention.pronoun in ("he", "she") else None
    return gender is not None and any(
        entity.kind in ("person", "anonymous") and entity.gender in (None, gender)
        for at, entity in discourse.candidates
        if at < position
    )


def _register_first_conjunct(discourse: Discourse, text: str, mention: Mention) -> None:
    """Record the person named before *and* in a name phrase that the parse read as one
    ("FEMA administrator Brock Long and acting ... Secretary Elaine Duke" names both), so
    that a later surname ("Long said") finds the full name."""
    if mention.kind != "name" or " and " not in mention.text:
        return
    cut = mention.start + mention.text.index(" and ")
    first = parse_mention(text[mention.start : cut], mention.start)
    if first is not None and first.kind == "name" and len(first.name.split()) > 1:
        discourse.register(first, mention.start, topic=False)


def _openings(text: str, found: TextWords) -> list[int]:
    """The indices of the words a speaker phrase may open at: a capitalised word, or a role
    word or title before one ("spokesman John Kirby", "the president Donald Trump").

    A word's first character is the text's at its start, so which words are capitalised is
    read in one pass of C calls; only the words before a capitalised one are looked at.
    """
    starts, tokens = found.starts, found.words
    capitalised = list(map(str.isupper, map(text.__getitem__, starts)))
    opening = list(itertools.compress(range(len(starts)), capitalised))
    titles = _role_or_title()
    before = [
        index - 1
        for index in opening
        if index and not capitalised[index - 1] and tokens[index - 1][2].lower() in titles
    ]
    return sorted(opening + before) if before else opening


#: words of multiword roles ("head of state") that open no speaker phrase: "the circuitry
#: [of] Marco Rubio" is no phrase "of Marco Rubio", which would hide the name behind it
_NOT_OPENINGS = frozenset({"of", "for", "and", "at", "on", "in", "to"})


@functools.cache
def _role_or_title() -> frozenset[str]:
    return (lexicon().role_words | lexicon().titles) - _NOT_OPENINGS


#: the first possessive or reflexive pronoun after a name, or a capitalised word (another
#: name) before it; not "he" or "she", which often begin a clause about someone else
#: ("Corfman claimed he took off her shirt", "a photo by Tyler Shields in which she is")
_NEXT_PRONOUN = re.compile(r"\b(?:(?P<m>his|himself)|(?P<f>herself))\b|\s(?P<name>[A-Z])")


def pronoun_gender(text: str, end: int, sentence_end: int) -> str | None:
    """The gender of the person named just before ``end`` from the first "his", "himself" or
    "herself" that follows in the sentence with no other name between ("Khoza, who had no
    problem with his name being published, said"), else ``None``. Without it, a later "she
    said" would take a man whose first name the bundled list lacks (and fix his gender).

    Example:
        >>> pronoun_gender("Khoza, who had no problem with his name, said.", 5, 46)
        'm'
        >>> pronoun_gender("Obama met Merkel and told his aides.", 5, 36) is None
        True
    """
    found = _NEXT_PRONOUN.search(text, end, sentence_end)
    if found is None or found["name"]:
        return None
    return "m" if found["m"] else "f"


def _mark_ordinary(
    discourse: Discourse, entity: Entity, text: str, sentence: tuple[int, int], end: int
) -> None:
    """Type a named person with no title as a private person ("resident") when the news
    introduces them as one: an age after the name ("Cai Tuan, 27,", "Leigh Corfman, now 53")
    or a family tie in the sentence ("Derek Nash and his partner", "her daughter"). People
    of the bundled list and people with a typed role keep their type."""
    if discourse.listed.find(entity.name) is not None:
        return
    if discourse.lex.speaker_type(sorted(entity.roles)) != "unknown":
        return
    if _AGE.match(text, end) or _FAMILY.search(text, sentence[0], sentence[1]):
        entity.add_roles(["resident"], discourse.lex)


def _near_start(text: str, sentences: list[tuple[int, int]], sentence: int, start: int) -> bool:
    """Whether at most a few words come before ``start`` in its sentence, after a dateline
    and an adverbial opening it."""
    if not sentences:
        return False
    sentence_start = sentences[sentence][0]
    # a dateline and an adverbial set off by a comma come before the subject: "LONDON (AP) —
    # Ann Roe said", "In the interview, Ann Roe listed"
    dateline = _DATELINE.match(text, sentence_start, start)
    sentence_start = dateline.end() if dateline else sentence_start
    lead = _LEAD.match(text, sentence_start, start)
    sentence_start = lead.end() if lead else sentence_start
    if start - sentence_start > 60:
        return False
    return len(text[sentence_start:start].split()) <= _TOPIC_LEAD


def _named_after(text: str, mention: Mention) -> bool:
    """Whether a name follows a description after a comma ("The group's president, Cathy Lin,")."""
    comma = _COMMA.match(text[mention.end : mention.end + 4])
    if comma is None:
        return False
    after = mention.end + comma.end()
    named = parse_mention(text[after : after + 80], after)
    return named is not None and named.kind == "name"


def _unnamed_role(discourse: Discourse, text: str, mention: Mention, position: int) -> bool:
    """Whether a description opening a sentence is of a person ("the foreign minister") that
    names no one met before it, nor the name after it ("The group's president, Cathy Lin,")."""
    lex = lexicon()
    if _named_after(text, mention):
        return False
    return (
        mention.head in lex.person_roles
        and lex.speaker_type(mention.roles) != "unknown"
        and discourse.resolve_role(mention, position) is None
    )


def _subject_role(discourse: Discourse, text: str, mention: Mention, position: int) -> bool:
    """Record a description of a person met before ("the congressman") that opens its
    sentence and is followed by its verb as that sentence's topic; whether it was one."""
    following = span_words(text, mention.end, mention.end + 40)
    if not following or not following[0][2][:1].islower():
        return False
    if mention.head not in lexicon().person_roles:
        return False
    entity = discourse.resolve_role(mention, position)
    if entity is None or entity.kind != "person":
        return False
    discourse.resolve(mention, position)
    return True


def _describes(text: str, start: int, end: int) -> bool:
    """Whether an appositive ``text[start:end]`` describes the person before it ("a political
    consultant whose firm ...", "Russia's top diplomat"), by its form or its role words."""
    head_end = start + len(_RELATIVE.split(text[start:end])[0])
    found = span_words(text, start, head_end)
    if any(w.lower() in lexicon().verb_forms for _, _, w in found):
        return False  # "Tom Steyer, CNN and NBC reported." is a source, not a description
    then = bool(found) and found[0][2].lower() == "then"
    if then:  # "Jane Doe, then the mayor,": a former role, read after "then"
        found = found[1:]
        start = found[0][0] if found else head_end
    elif found and found[0][2].lower() in _CLAUSE_OPENERS:
        return False  # "low points for Mrs. Clinton, but the diplomatic opening ...": a clause
    mention = parse_mention(text[start:head_end], start, found)
    if getattr(mention, "kind", None) in ("role", "indefinite"):
        return True
    if then:
        return False  # "..., then the diplomatic opening to the military government": a clause
    lowered = [w.lower() for _, _, w in found]
    return bool(lowered) and lexicon().speaker_type(lowered) != "unknown"


def _resolve(
    discourse: Discourse, found: list[Quote], *, anywhere: bool, title_end: int = 0
) -> None:
    """Resolve the speaker of each quote, in order; unattributed quote-only paragraphs inherit.
    A speaker in a title line that opens the text (before ``title_end``) is searched for in
    the whole article, as a headline's is ("Congressman: ..." is the congressman the body
    names)."""
    last: Quote | None = None
    said: Quote | None = None  # the last quote, direct or indirect, with a speaker
    for quote in sorted(
        found, key=lambda q: q.attribution.mention.start if q.attribution else q.parts[0][0]
    ):
        if quote.attribution is not None:
            start = quote.attribution.mention.start
            whole = anywhere or start < title_end
            quote.resolved = discourse.resolve(quote.attribution.mention, start, anywhere=whole)
        elif (source := _inherits(quote, last, said)) is not None:
            quote.resolved, quote.inherited = source.resolved, True
            quote.carried = source if source.resolved.entity is None else None
        elif (entity := _introduced(quote, discourse)) is not None:
            # 'Mr. Obama was defiant. "I am not going anywhere."': the person the sentence
            # before is about
            quote.resolved = Resolved(entity, discourse.type_of(entity))
            quote.inherited = True
        if quote.kind == "direct":
            last = quote
        if quote.resolved is not None and (quote.resolved.entity is not None or _described(quote)):
            said = quote


def _introduced(quote: Quote, discourse: Discourse) -> Entity | None:
    """The person named as the subject of the sentence right before an unattributed quote
    that opens its sentence (None when there is none)."""
    if quote.kind != "direct" or quote.attribution is not None or not quote.opens_sentence:
        return None
    return discourse.subjects.get(quote.sentence - 1) if quote.sentence > 0 else None


def _inherits(quote: Quote, last: Quote | None, said: Quote | None) -> Quote | None:
    """Whether an unattributed direct quote takes the speaker of the quote before it: a
    quote-only paragraph right after a paragraph whose last quote has a speaker, or a quote
    opening its sentence right after a sentence that quotes, directly or not, someone named
    ("Abdel Rahman said all the dead were from six families. \"There was no resistance.\"")."""
    if quote.kind != "direct" or quote.attribution is not None:
        return None
    paragraph = (
        quote.alone
        and last is not None
        and last.last_paragraph == quote.paragraph - 1
        and last.resolved is not None
        and (last.resolved.entity is not None or _described(last))
    )
    sentence = (
        quote.opens_sentence
        and said is not None
        and quote.sentence >= 0
        and said.last_sentence == quote.sentence - 1
    )
    # 'Graham called it a "disaster" that "ensures a comeback" and "will be a stain"': a
    # quote inside the sentence of a quote with a speaker, with no attribution of its own,
    # continues that speaker's words
    within = (
        said is not None
        and said.kind == "direct"
        and quote.sentence >= 0
        and said.last_sentence == quote.sentence
        and said.parts[-1][1] <= quote.parts[0][0]
    )
    source = last if paragraph else said if sentence or within else None
    if source is not None and source.resolved.entity is None and quote.trails:
        return None  # no description past words after the quote: a missed attribution
    return source


def _described(quote: Quote) -> bool:
    """Whether a quote's own attribution gives its speaker as a description that names no one
    ('"...," her manager tells PEOPLE'), which a quote-only paragraph after it carries on."""
    mention = quote.attribution.mention if quote.attribution and not quote.inherited else None
    return mention is not None and mention.kind in DESCRIPTIONS


def _normal(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def _borrow_speakers(headline: str, found: list[Quote], body: str, in_body: list[Quote]) -> None:
    """A headline quote without a speaker takes that of the body quote it repeats."""
    spoken = [
        (" ".join(_normal(body[a:b]) for a, b in q.parts), q.resolved)
        for q in in_body
        if q.kind == "direct" and q.resolved is not None and q.resolved.entity is not None
    ]
    for quote in found:
        if quote.kind != "direct" or (quote.resolved is not None and quote.resolved.entity):
            continue
        said = " ".join(_normal(headline[a:b]) for a, b in quote.parts)
        source = next((r for text, r in spoken if said and said in text), None)
        if source is not None:
            quote.resolved, quote.inherited = source, quote.attribution is None


def _run_into(discourse: Discourse, name: str, text: str) -> bool:
    """A headline's name that is not a listed person's while its surname is one's alias (in
    the article's list: the bundled one, or a user's ``people=``), and that the text never
    writes again in full ("Puts Clinton", not "Hillary Clinton")."""
    known = discourse.listed
    surname = name.split()[-1]
    return known.find(name) is None and known.find(surname) is not None and text.count(name) == 1


def title_line(text: str) -> int:
    r"""The end of a title line that opens a text (one line of at most 200 characters, not
    ending a sentence, before a blank line: "Congressman: 'Credible Evidence' Of ..."),
    else 0.

    Example:
        >>> title_line('Senator: "We will win"\n\nSen. Jane Roe spoke.')
        22
        >>> title_line("The senator spoke on Monday.\n\nShe said so.")
        0
    """
    found = _TITLE_LINE.match(text)
    return found.end(1) if found else 0


#: a first line before a blank line, not ending in a full stop
_TITLE_LINE = re.compile(r"([^\n]{1,199}[^\n.!?])[ \t]*\n[ \t]*\n")
