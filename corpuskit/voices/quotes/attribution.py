"""Attribution: the reporting verbs of a text and the speaker phrase of each, after a closing
mark (``"...," Lavrov noted``) or before an opening one (``Lavrov said: "..."``).
"""

from __future__ import annotations

import re

from corpuskit.voices.quotes.appositions import (
    MAX_SUBJECT_WORDS,
    appositive,
    bare_appositive,
    described_chunk,
    of_body,
)
from corpuskit.voices.quotes.attribution_cues import (
    _AGE,
    _BRACKETED_ACRONYM,
    _COORDINATED_VERB,
    _DATELINE,
    _DOCUMENT,
    _INSERTED,
    _INSERTED_APPOSITIVE,
    _INSERTED_RELATIVE,
    _ISSUED,
    _ISSUED_BY,
    _LEAD,
    _NEAREST,
    _NEW_CLAUSE,
    _PARTICIPLE_LEAD,
    _PARTY_TAG,
    _QUOTE_FIRST,
    _QUOTED_AS,
    _QUOTED_PASSIVE,
    _REST_OPENERS,
    abbreviates,
    adverbs,
    chunk_ends,
    partitive_one,
)
from corpuskit.voices.quotes.inverted import named_after_description
from corpuskit.voices.quotes.openings import past_opening
from corpuskit.voices.quotes.place_subjects import person_past_place, place_after_town
from corpuskit.voices.quotes.postmodifiers import opens_participle
from corpuskit.voices.quotes.records import Attribution
from corpuskit.voices.quotes.unnamed import unnamed_subject
from corpuskit.voices.quotes.verbs import reporting_verbs
from corpuskit.voices.speakers import Mention, lexicon, parse_mention, words
from corpuskit.voices.speakers.bare_names import surname_mention
from corpuskit.voices.speakers.discourse import DOCUMENT_HEAD
from corpuskit.voices.speakers.joint import joint_mention
from corpuskit.voices.speakers.spans import span_count, span_words

#: "according to X" and its Russian forms ("по словам X", "по данным X")
ACCORDING = r"according to|по словам|по данным"
_AFTER_ACCORDING = re.compile(rf"[\s,—–-]*({ACCORDING})\s+", re.IGNORECASE)
_GERUND = re.compile(r"[a-z]+ing")
_OF = re.compile(r"(?:of|for)\b")
_CLAUSE_MARK = re.compile(r"[.;:!?]")
_MAX_FRAGMENT_LEAD = 30
_MAX_REST_WORDS = 6
#: "Jones' campaign said", "Moore's campaign issued a statement saying": the campaign speaks
CAMPAIGN = re.compile(r"['’]?s?\s+campaign\b", re.IGNORECASE)


def _mention_at(text: str, start: int, end: int) -> Mention | None:
    """The speaker phrase starting at ``text[start]`` (white space skipped), within ``end``."""
    while start < end and text[start] in " \t\n,;—–-(":
        start += 1
    start = past_opening(text, start, end)  # "For its part the Syrian Observatory said"
    if start >= end or _OF.match(text, start, end):
        return None  # no speaker opens with "of" or "for": '"..." of Hagel, a claim Cruz denied'
    issued = _ISSUED_BY.match(text, start, end)
    if issued is not None:
        # 'reads a statement from the Coast Guard': the body that issued it speaks
        return _mention_at(text, issued.end(), end)
    document = _DOCUMENT.match(text, start, end)
    if document is not None:
        # 'the statement read': the issuer met before it speaks (resolved by the discourse)
        head = DOCUMENT_HEAD
        return Mention("role", document.group(), start, document.end(), roles=[head], head=head)
    found = parse_mention(text[start:end], start, span_words(text, start, end))
    found = found or surname_mention(text, start, end) or partitive_one(text, start, end)
    return joint_mention(text, found, end)  # "Pelosi and Schumer said": one joint speaker


def _fills(text: str, start: int, end: int, name: str | None = None) -> bool:
    """Whether ``text[start:end]``, after a speaker phrase, leaves it the subject.

    ``name``, when given, is the speaker's name: its own acronym in brackets after it
    ("The Syrian Observatory for Human Rights (SOHR) said") is skipped.

    Allowed: nothing, an auxiliary or adverb ("has", "later"), a short
    prepositional phrase ("in the city", "for the ministry"), a short
    relative clause ("who asked not to be named") or, after a name, the body
    it belongs to in up to ten words (:func:`~.appositions.of_body`: "of the
    Syrian Network for Human Rights").
    """
    if _AGE.fullmatch(text, start, end):
        return True  # "Ahmed 24 said" (text stripped of its commas)
    # "The Syrian Observatory for Human Rights (SOHR) earlier said": the name's acronym in
    # brackets (not "Kurdish People's Protection Units (YPG)", read as "Protection Units")
    acronym = _BRACKETED_ACRONYM.match(text, start, end)
    if acronym and name and abbreviates(re.sub(r"[^A-Z]", "", acronym.group(1)), name):
        start = acronym.end()
    campaign = CAMPAIGN.match(text, start, end)
    rest = span_words(text, campaign.end() if campaign else start, end)
    if not rest or (name and of_body(rest)):  # "Ann Roe of the Syrian Network for ... said"
        return True
    return len(rest) <= _MAX_REST_WORDS and (
        rest[0][2].lower() in _REST_OPENERS
        or opens_participle(rest)  # "an official briefing reporters said"
        or adverbs(rest)
        or bare_appositive(rest)  # "Dana Roe a coalition spokesman told" (no commas)
    )


def _subject_before(text: str, start: int, verb_start: int) -> Mention | None:
    """The speaker phrase filling the comma-delimited chunk(s) just before a verb.

    ``Speaking in Moscow, Lavrov said`` gives ``Lavrov``; ``Sergey Lavrov,
    Russia's foreign minister, said`` walks back over the appositive to the
    name; an inserted chunk (``, however,``, ``, who heads the monitor,``) is
    stepped over.
    """
    bounds = [start, *chunk_ends(text, start, verb_start)]
    bounds = [
        bound
        for index, bound in enumerate(bounds)
        if not (index and place_after_town(text, bounds[index - 1], bound, verb_start))
    ]
    chosen, skipped = None, 0
    for index in reversed(range(len(bounds))):
        chunk_start = bounds[index]
        chunk_end = bounds[index + 1] - 1 if index + 1 < len(bounds) else verb_start
        chunk = span_words(text, chunk_start, chunk_end)
        if chunk and chosen is None and index == len(bounds) - 1 and adverbs(chunk):
            continue  # "Dana Roe, a poet, once said": the adverb is the verb's
        if not chunk:
            if chosen is None:
                continue
            break
        if _PARTY_TAG.match(text, chunk_start, chunk_end) or _AGE.fullmatch(
            text, chunk_start, chunk_end
        ):
            continue  # "Rep. Ann Roe, D-Calif., said", "Fran Doe, 78, said"
        mention = _mention_at(text, chunk_start, chunk_end)
        if mention is None or not _fills(text, mention.end, chunk_end, mention.name):
            # an inserted chunk: ", however,", ", who heads the monitor,", ", campaigning in
            # South Carolina on Friday night,"
            inserted = (
                chunk[0][2].lower() in _INSERTED
                or _GERUND.fullmatch(chunk[0][2])
                or appositive(chunk)
            )
            if chosen is None and skipped == 0 and inserted:
                skipped += 1
                continue
            break
        if chosen is not None and mention.kind not in ("name", "proper"):
            break
        chosen = mention
        if index > 0 and mention.kind in ("name", "proper") and described_chunk(chunk):
            # "Jerry Pow, the party chairman for Bibb County, told", "Sen. John McCain,
            # Arizona Republican, said": the chunk describes the name before it
            named = _mention_at(text, bounds[index - 1], bounds[index] - 1)
            if (
                named is not None
                and named.kind == "name"
                and _fills(text, named.end, bounds[index] - 1)
            ):
                named.roles = [*named.roles, *(w.lower() for _, _, w in chunk)]
                return named
        if mention.kind in ("name", "proper", "pronoun"):
            if index > 0 and mention.kind != "pronoun":
                _describe(text, bounds[index - 1], bounds[index] - 1, mention)
            break
    return chosen


def _describe(text: str, start: int, end: int, name: Mention) -> None:
    """Give a name the roles of a description set before it between commas ("Alabama's
    Republican governor, Kay Ivey, responded"): a chunk of at most six words ending in a
    role word."""
    lex = lexicon()
    chunk = [w for _, _, w in span_words(text, start, end)]
    while chunk and chunk[0].lower() in _INSERTED:
        chunk.pop(0)
    described = all(
        w[:1].isupper()
        or w.lower() in lex.role_words
        or w.lower() in lex.nationality_of
        or w.lower() in ("of", "for", "the")
        for w in chunk
    )
    if (
        described
        and chunk
        and len(chunk) <= _MAX_REST_WORDS
        and chunk[-1].lower() in lex.role_words
    ):
        name.roles = [*(w.lower() for w in chunk), *name.roles]


def _quoted_as_saying(text: str, start: int, end: int) -> Attribution | None:
    """``Interfax quoted Lavrov as saying``, ``the website quoted the head of the council
    Khalaf Tarmouz as saying``: the person quoted speaks, not the outlet; the verb is the
    participle."""
    if text.find("quoted", start, end) < 0:
        return None  # both patterns hold the word: most stretches
    match = _QUOTED_AS.search(text, start, end)
    passive = _QUOTED_PASSIVE.match(text, start, end) if match is None else None
    if passive is not None:  # '"...," Phumla Sekhonyane, a spokesperson, was quoted as saying'
        mention = _subject_before(text, passive.start(1), passive.end(1))
        verb = passive.group(2)
        return None if mention is None else Attribution(mention, verb, *passive.span(2))
    if match is None:
        return None
    mention = _mention_at(text, match.start(1), match.end(1))
    if mention is None:
        return None
    if mention.kind not in ("name", "pronoun"):
        # "the head of the council Khalaf Tarmouz": the name after its description
        mention = _run_on_name(text, match.start(1), match.end(1)) or mention
    verb = match.group(2)
    return Attribution(mention, verb, match.start(2), match.end(2))


def _mention_after(text: str, verb_end: int, end: int) -> Mention | None:
    """The speaker phrase after a verb ('said Lavrov'), or the name after its description
    ('said the panel's chairman, Democrat Richard Neal')."""
    return named_after_description(text, _mention_at(text, verb_end, end), verb_end, end)


def _after_relative(text: str, start: int, verb_start: int) -> bool:
    """Whether a verb is that of a relative clause ("who asked not to be named")."""
    before = span_words(text, start, verb_start)
    return bool(before) and before[-1][2].lower() in ("who", "which", "that")


def _after(text: str, start: int, end: int) -> Attribution | None:
    """An attribution right after a closing mark: ``, Lavrov noted``, ``, said Lavrov``."""
    according = _AFTER_ACCORDING.match(text[start:end])
    if according:
        mention = _mention_at(text, start + according.end(), end)
        if mention is None:
            return None
        return Attribution(mention, according.group(1).lower(), start + according.start(1),
                           start + according.end(1))  # fmt: skip
    quoted = _quoted_as_saying(text, start, end)
    if quoted is not None:
        return quoted
    if _NEW_CLAUSE.match(text, start, end):
        return None  # '... was "dangerous," while Sen. Sanders called for': another clause
    verbs = [v for v in reporting_verbs(text, start, end) if not _after_relative(text, start, v[0])]
    if not verbs:
        return None
    # '"...," the soldier, who has trained forces on three continents, told Fox News': an
    # inserted relative clause does not count against the subject's length, and neither
    # does an appositive between commas ('"...," Enoch Mark, the father of two girls
    # abducted from the school in northern Nigeria on April 14, told the AP')
    lead = _INSERTED_APPOSITIVE.sub(",", _INSERTED_RELATIVE.sub(",", text[start : verbs[0][0]]))
    if len(words(lead)) > MAX_SUBJECT_WORDS:
        # a name with its description run on, no commas, may be longer than a subject
        run_on = _run_on_name(text, start, verbs[0][0])
        if run_on is None or len(words(lead)) > 2 * MAX_SUBJECT_WORDS:
            return None
        return Attribution(run_on, verbs[0][2], verbs[0][0], verbs[0][1])
    verb_start, verb_end, form, _ = verbs[0]
    opening = text[start:verb_start].strip(" ,\t\n—–-")
    if not opening or opening.lower() in ("so", "thus"):  # '"...." So says Hillary Clinton'
        mention = _mention_after(text, verb_end, end)
    else:
        mention = _subject_before(text, start, verb_start)
        if mention is not None and text[start : mention.start].strip(" ,\t\n—–-"):
            first = _mention_at(text, start, verb_start)
            if _described_name(text, first, mention):
                mention.roles = [*first.roles, *mention.roles]
            elif first is not None and first.kind in ("name", "proper"):
                mention = None if mention.members else first  # "Pelosi, Schumer and Durbin"
            elif not _ends_sentence(text, start, mention.start, verb_end, end):
                mention = None
        if mention is None and text[start:verb_start].rstrip().endswith(","):
            mention = _mention_after(text, verb_end, end)
    if mention is None:
        mention = _run_on_name(text, start, verb_start) or unnamed_subject(text, start, verb_start)
    if mention is None:
        # '"..." to our calls, said a senior official': a verb form inside the content
        # ("calls") is not the attribution; a later verb after a comma, with its speaker
        # after it, is
        later = next((v for v in verbs[1:] if text[start : v[0]].rstrip().endswith(",")), None)
        if later is not None and span_count(text, start, later[0]) <= MAX_SUBJECT_WORDS:
            verb_start, verb_end, form, _ = later
            mention = _mention_after(text, verb_end, end)
    return None if mention is None else _attributed(text, end, mention, form, verb_start, verb_end)


def _attributed(
    text: str, end: int, mention: Mention, form: str, verb_start: int, verb_end: int
) -> Attribution:
    """The attribution of a speaker phrase and its verb, a place in the phrase giving way to
    the person named after it before the verb, or before ``end`` when the phrase follows the
    verb (:func:`~corpuskit.voices.quotes.place_subjects.person_past_place`)."""
    stop = verb_start if mention.start < verb_start else end
    return Attribution(person_past_place(text, mention, stop), form, verb_start, verb_end)


#: what closes a description run on after a name before its verb: "... was quoted by AFP as"
_DESCRIPTION_END = frozenset({"was", "is", "were", "has", "had", "who", "which", "in", "on"})


def _run_on_name(text: str, start: int, verb_start: int) -> Mention | None:
    """A person's name right after a closing mark with its description run on, no comma
    between, before the verb: wire copy stripped of its commas ('"..." Omar Haddad the head of
    the rescue service told Reuters', '... Omar Haddad head of X was quoted by AFP as
    saying'). The name speaks; the description's words are its roles."""
    lead = text[start:verb_start]
    if _CLAUSE_MARK.search(lead) or "," in lead or any(c in lead for c in '"“”«»'):
        return None
    mention = _mention_at(text, start, verb_start)
    if mention is None or mention.kind != "name" or len((mention.name or "").split()) < 2:
        return None
    if text[start : mention.start].strip():
        return None
    rest = span_words(text, mention.end, verb_start)
    described = [w.lower() for _, _, w in rest]
    if described and described[0] not in ("the", "a", "an") and not mention.roles:
        return None
    if not described and not mention.roles:
        return None
    lex = lexicon()
    roles = []
    for word in described:
        if word in _DESCRIPTION_END or word in lex.verb_forms:
            break
        roles.append(word)
    if (
        described
        and lex.speaker_type(roles) == "unknown"
        and not any(w in lex.role_words for w in roles)
    ):
        return None  # '"..." Omar Haddad and his brother told': no description of him
    mention.roles = [*mention.roles, *(w for w in roles if w not in ("the", "a", "an"))]
    return mention


def _ends_sentence(text: str, start: int, subject: int, verb_end: int, end: int) -> bool:
    """Whether a speaker and verb close the sentence after a clause set off by a comma
    ('... Roy Moore "will do the right thing" if the claims are true, the White House said
    in a statement Thursday.'): the attribution of the whole sentence, with a short tail."""
    return (
        text[start:subject].rstrip().endswith(",")
        and span_count(text, verb_end, end) <= _MAX_REST_WORDS
        and not _CLAUSE_MARK.search(text[verb_end:end].rstrip(" .\n"))
    )


def _described_name(text: str, first: Mention | None, name: Mention) -> bool:
    """Whether ``first`` is a description set before the name: ``the group's director, Matt
    Brooks,``."""
    return (
        first is not None
        and first.kind in ("role", "indefinite")
        and name.kind in ("name", "proper")
        and not text[first.end : name.start].strip(" ,")
    )


def _before(text: str, start: int, end: int) -> Attribution | None:
    """An attribution before an opening mark: ``Lavrov said:``, or ``Lavrov:`` in a headline."""
    segment = text[start:end].rstrip()
    if not segment.strip():
        return None
    quoted = _quoted_as_saying(text, start, end)
    if quoted is not None:
        return quoted
    verbs = reporting_verbs(text, start, start + len(segment))
    for verb_start, verb_end, form, _ in reversed(verbs):
        if span_count(text, verb_end, end) > _MAX_FRAGMENT_LEAD:
            return None
        mention = _subject_of(text, start, end, verb_start, verb_end, form)
        if mention is not None:
            return _attributed(text, end, mention, form, verb_start, verb_end)
    if segment.endswith(":"):
        colon = start + len(segment) - 1
        mention = _mention_at(text, start, colon)
        if mention is not None and not text[mention.end : colon].strip():
            return Attribution(mention, None, None, None)
        # 'Kerry admonished: "..."', 'the President blurred his red lines by explaining
        # ...: "..."': a quote a colon introduces is the words of its clause's subject
        subject = main_subject(text, start, colon)
        if subject is not None:
            return Attribution(subject, None, None, None)
    return None


#: a party tag between commas right after a name
_TAG_AFTER = re.compile(r",\s*([^,]{1,40}),")


def main_subject(text: str, start: int, end: int) -> Mention | None:
    """The subject opening the clause ``text[start:end]`` (leading adverbials such as "On
    Tuesday," skipped): a name, a pronoun or a description followed by a lower-case word
    (its verb), as in "Mr Trump criticised ...", "The US president included ...".

    Example:
        >>> text = "On Tuesday, Mr Trump criticised the leader, Kim Jong-un, saying"
        >>> main_subject(text, 0, len(text)).text
        'Mr Trump'
    """
    quoted = _QUOTE_FIRST.match(text, start, end)  # '"I will win," Mr. Sanders told': not "I"
    start = quoted.end() if quoted else start
    start += len(text[start:end]) - len(text[start:end].lstrip(" \t\n—–-\"“”'’"))
    dateline = _DATELINE.match(text, start, end)
    lead = _LEAD.match(text, dateline.end() if dateline else start, end)
    opening = lead.end() if lead else dateline.end() if dateline else start
    mention = _mention_at(text, opening, end)
    if mention is None or mention.kind not in ("name", "proper", "pronoun", "role"):
        return None
    if mention.kind == "pronoun" and mention.pronoun not in ("he", "she", "they", "we", "i"):
        return None
    mention = person_past_place(text, mention, end)  # "In Grand Rapids, Michigan, Trump"
    after = mention.end
    tag = _TAG_AFTER.match(text, after, end)  # "Rep. Michael Conaway, R-Texas, attacked"
    if tag is not None and _PARTY_TAG.fullmatch(tag.group(1)):
        after = tag.end()
    following = span_words(text, after, min(end, after + 40))
    return mention if following and following[0][2][:1].islower() else None


def _subject_of(
    text: str, start: int, end: int, verb_start: int, verb_end: int, form: str
) -> Mention | None:
    """The speaker of a verb before an opening mark: its subject, the phrase after it
    (``said Lavrov: "..."``) or, for a participle, the subject of the sentence."""
    mention = _subject_before(text, start, verb_start)
    if mention is None and not text[start:verb_start].strip(" ,"):
        mention = _mention_after(text, verb_end, end)
    participle = form.endswith("ing") and (
        _PARTICIPLE_LEAD.search(text, max(0, verb_start - 40), verb_start)
        or form in ("describing", "calling")
    )
    if (
        participle
        and mention is not None
        and text[start:verb_start].rstrip().endswith(",")
        and mention.start > start
    ):
        # "Mr Trump criticised North Korea's leader, Kim Jong-un, saying: ...": a
        # participle after a comma has the main clause's subject, not the nearest name
        subject = main_subject(text, start, mention.start)
        if subject is not None:
            mention = subject
    if mention is None and participle:
        # the subject of a participle is that of the main clause, not the nearest name
        # ("Turkey condemned the attack on Idlib, describing it as ...")
        mention = _mention_at(text, start, verb_start)
        if mention is not None and mention.kind not in ("name", "proper", "pronoun"):
            mention = None
        opener = mention is not None and text[start : mention.start].strip(" \t\n,")
        if text[start:verb_start].rstrip().endswith(",") and (mention is None or opener):
            # "In the video, Sotloff addresses the camera, saying, ...": past the adverbial
            mention = main_subject(text, start, verb_start) or mention
        if mention is None and _ISSUED.search(text, start, verb_start):
            # "Trying to quell the furor, Steele issued a statement saying": the subject of
            # the clause whose statement the participle gives
            clause = max(start, text.rfind(",", start, verb_start) + 1)
            mention = main_subject(text, clause, verb_start)
    if mention is None:
        mention = _nearest_subject(text, start, verb_start)
    lead = text[start:verb_start]
    if mention is None and _COORDINATED_VERB.search(lead):
        # "X agreed, but added", "As the sun set, the minister pointed up and said": the verb
        # after "but" or "and" shares the subject of the sentence or of its last clause
        clause = max(start, text.rfind(",", start, verb_start) + 1)
        mention = main_subject(text, start, verb_start) or _named(
            main_subject(text, clause, verb_start)
        )
    if mention is None and lead.rstrip().endswith(","):
        # "To reduce such uncertainty, says Mr. Mejia-Argueta, ...": the speaker after the verb
        after = _mention_at(text, verb_end, end)
        if after is not None and after.kind != "pronoun":
            mention = after
    return mention


def _named(mention: Mention | None) -> Mention | None:
    return None if mention is None or mention.kind == "pronoun" else mention


def _nearest_subject(text: str, start: int, verb_start: int) -> Mention | None:
    """The subject right before a verb, in a clause inside the sentence: "what she called",
    "the Coalition which described", "after what he said was"."""
    match = _NEAREST.search(text, start, verb_start)
    if match is None:
        return None
    mention = _mention_at(text, match.start(1), match.end(1))
    if mention is None or mention.kind not in ("name", "proper", "pronoun"):
        return None
    return mention if mention.kind != "pronoun" or mention.pronoun in ("he", "she") else None
