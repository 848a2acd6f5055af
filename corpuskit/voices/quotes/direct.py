"""Direct quotes: the parts between quotation marks joined into quotes, with their attribution."""

from __future__ import annotations

import bisect
import re

from corpuskit.voices.quotes.attribution import (
    _after,
    _before,
    _mention_at,
    main_subject,
)
from corpuskit.voices.quotes.exclusions import headline_speaker, show_title
from corpuskit.voices.quotes.indirect import _content, _indirect_quote
from corpuskit.voices.quotes.marks import Part, _parts, split_inner
from corpuskit.voices.quotes.records import Attribution, Quote
from corpuskit.voices.speakers import lexicon, parse_mention
from corpuskit.voices.speakers.places import is_place
from corpuskit.voices.speakers.spans import span_count, span_words

#: a verb this close before a quote ("called the report '...'") attributes it, not a later
#: source of the whole sentence ("..., Interfax reported")
_MAX_OBJECT_WORDS = 3
#: the longest sentence after a quote ending in "?" or "!" that is taken as its attribution
_MAX_TAIL_WORDS = 10
_SHOW_LEAD = re.compile(r"(?:\b(?:told|on|to|in)|['’]s?)\s*[\"“'‘]*$")
#: an unattributed quote opening its sentence stands as a sentence from this many words
_MIN_SENTENCE_WORDS = 5
_SPACES = re.compile(r"\s*")
_COORDINATED = re.compile(r"[\s,'’\"”»“]*(?:,|and|or|, and|, or)[\s'‘\"“«„]*")
_PARTICIPLE = re.compile(r",\s*(\w+ing)\s+(?:that\s+)?")
#: a second verb of the same subject between two quotes: '... called it "a" and said: "b"'
_AND_VERB = re.compile(
    r"[\s,]*and\s+(?:then\s+|also\s+|later\s+)?(\w+(?: out)?)\s*(?:that\s+)?:?\s*$"
)


def woven_subject(text: str, sentences: list[tuple[int, int]], quote: Quote) -> Attribution | None:
    """The speaker of an unattributed quote woven into a sentence: the sentence's subject
    when it is named ("Democratic nominee Hillary Clinton, meanwhile, spoke of an America
    '...'", "Farenthold reflected on his time spent working to '...'").

    Example:
        >>> text = 'Senator Jane Roe spoke of a plan "to cut the deficit by half next year."'
        >>> quote = Quote([(34, 71)], "direct", None, 0)
        >>> woven_subject(text, [(0, len(text))], quote).mention.text
        'Senator Jane Roe'
    """
    start = quote.parts[0][0]
    begin = _sentence_of(sentences, max(start - 1, 0))[0]
    if not text[begin : start - 1].strip():
        return None
    subject = main_subject(text, begin, start - 1)
    if subject is None or subject.kind not in ("name", "proper", "role", "pronoun"):
        return None
    return Attribution(subject, None, None, None)


#: labels of a line that are no speaker ("Claim:", "Verdict:")
_LABELS = frozenset(
    {"Claim", "Fact", "Verdict", "Rating", "Answer", "Question", "Editor", "Summary", "Correction"}
)


def headline_subject(text: str, quote: Quote) -> Attribution | None:
    """The speaker of a quote in a headline line opened by a name and a colon ("Fox's Hannity:
    Obama Showed 'Breathtaking Arrogance'"; :func:`headline_speaker`).

    Example:
        >>> text = "Michelle Malkin: Obama Is 'Narcissus-In-Chief.'"
        >>> headline_subject(text, Quote([(26, 45)], "direct", None, 0)).mention.name
        'Michelle Malkin'
    """
    span = headline_speaker(text, quote.parts[0][0])
    mention = None if span is None else parse_mention(text[span[0] : span[1]], span[0])
    if mention is None or mention.kind not in ("name", "proper") or mention.text in _LABELS:
        return None  # "Claim: Mitt Romney said ...": a fact-check's label, no speaker
    return Attribution(mention, None, None, None)


def _sentence_of(spans: list[tuple[int, int]], index: int) -> tuple[int, int]:
    """The sentence holding ``index`` (``(index, index + 1)`` when none does); the spans are
    sorted and disjoint, as :func:`~corpuskit.text.sentences.split_sentences` gives them."""
    at = _index_of(spans, index)
    return spans[at] if at >= 0 else (index, index + 1)


def _same(a: Attribution | None, b: Attribution | None) -> bool:
    return a is not None and b is not None and a.span == b.span


def _direct(
    text: str,
    paragraphs: list[tuple[int, int]],
    sentences: list[tuple[int, int]],
    *,
    headline: bool,
    indirect: bool,
) -> list[Quote]:
    """The direct quotes of one text, split and paragraph-spanning parts joined (and, with
    ``indirect``, the indirect speech of a participle after an attribution: ", adding that").
    ``text`` is the field with its captions and party tags masked
    (``mask_asides(mask_captions(field))``), ``sentences`` its sentences joined over the tags."""
    parts = split_inner(text, _parts(text, paragraphs, headline=headline), lexicon().verb_forms)
    found: list[Quote] = []
    titles: list[Quote] = []
    previous: Part | None = None
    previous_after: Attribution | None = None
    for number, part in enumerate(parts):
        p_start, p_end = paragraphs[part.paragraph]
        if _show_title(text, part):
            # 'McCain told "Fox News Sunday." "We need ..."': the show is no part of the quote
            titles.append(Quote([(part.start, part.end)], "direct", None, part.paragraph))
            continue
        next_open = parts[number + 1].open_mark if number + 1 < len(parts) else len(text)
        after, next_quote = None, False
        if part.close_mark is not None:
            sentence_end = _sentence_of(sentences, part.close_mark)[1]
            stop = min(max(sentence_end, part.close_mark + 1), next_open, p_end)
            after = _after(text, part.close_mark + 1, stop)
            if after is None and stop <= part.close_mark + 1 < next_open:
                # '"... more than me?" Trump said.': the splitter ends the sentence at the
                # question mark; a short sentence right after the mark is the attribution
                following = _SPACES.match(text, part.close_mark + 1).end()
                stop = min(_sentence_of(sentences, following)[1], next_open, p_end)
                if span_count(text, part.close_mark + 1, stop) <= _MAX_TAIL_WORDS:
                    after = _after(text, part.close_mark + 1, stop)
                    next_quote = _introduces_next(text, part.close_mark, next_open)
        same_paragraph = previous is not None and previous.paragraph == part.paragraph
        begin = max(_sentence_of(sentences, part.open_mark)[0], p_start)
        if same_paragraph and previous.close_mark is not None:
            begin = max(begin, previous.close_mark + 1)
        before = _before(text, begin, part.open_mark) if begin < part.open_mark else None
        if _same(before, previous_after):
            before = None
        if before is None and same_paragraph and found and found[-1].attribution is not None:
            before = _and_verb(text, begin, part.open_mark, found[-1].attribution)
        if before is None and not text[p_start : part.open_mark].strip() and part.paragraph:
            before = _colon_line(text, paragraphs[part.paragraph - 1], sentences)
        colon = text[begin : part.open_mark].rstrip().endswith(":")
        close_before = (
            before is not None
            and before.verb_end is not None
            and span_count(text, before.verb_end, part.open_mark) <= _MAX_OBJECT_WORDS
            # "Trump thinks Moore 'will step aside', the White House said": a verb of view
            # reports someone's thought in the words of the later speaker
            and not _of_view(before.verb)
        )
        attribution = (
            before
            if before is not None and (after is None or colon or close_before or next_quote)
            else after
        )
        if attribution is None and part.close_mark is not None:
            attribution = _sign_off(text, paragraphs, part)
        continued = (
            previous is not None
            and previous.continues
            and part.paragraph == previous.paragraph + 1
            and part.open_mark in (p_start, p_start - 1)
        )
        last = next((q for q in reversed(found) if q.kind == "direct"), None)
        split = (
            same_paragraph
            and attribution is None
            and last is not None
            and any(
                # the participle's attribution ('..., she said, adding that ...') may be the
                # one that stands between the parts
                _interrupts(text, quote.attribution, previous, part, titles, sentences)
                for quote in ((last,) if found[-1] is last else (last, found[-1]))
            )
        )
        if last is not None and (continued or split):
            quote = last
            quote.parts.append((part.start, part.end))
            quote.last_paragraph = part.paragraph
            quote.attribution = quote.attribution or attribution
        else:
            alone = not text[p_start : part.open_mark].strip()
            said = text[part.start : part.end]
            opens = not text[
                max(_sentence_of(sentences, part.open_mark)[0], p_start) : part.open_mark
            ].strip()
            found.append(
                Quote(
                    [(part.start, part.end)],
                    "direct",
                    attribution,
                    part.paragraph,
                    alone,
                    last_paragraph=part.paragraph,
                    sentence=_index_of(sentences, part.open_mark),
                    opens_sentence=opens
                    and (
                        span_count(text, part.start, part.end) >= _MIN_SENTENCE_WORDS
                        or said.endswith((".", "?", "!"))
                    ),
                )
            )
        ends = [part.end, *(found[-1].attribution.span if found[-1].attribution else ())]
        found[-1].last_sentence = _index_of(sentences, max(ends) - 1)
        if indirect and after is not None and after.verb_end is not None:
            participle = _participle(text, after, stop)
            if participle is not None:
                found.append(participle)
        # an attribution of the next quote not used here stays the next quote's to use
        previous, previous_after = part, None if next_quote and attribution is before else after
    _share_coordinated(text, found)
    return sorted(found + titles, key=lambda q: q.parts[0][0])


def _colon_line(
    text: str, paragraph: tuple[int, int], sentences: list[tuple[int, int]]
) -> Attribution | None:
    """The attribution of a paragraph that ends in a colon before a quote opening the next
    ('The St. Louis Post-Dispatch reports:', 'Data guru Nate Silver of 538:'): a reporting
    verb with its subject, or a person or a described speaker alone; a one-word line
    ('Advertisement:', 'WATCH:') is page furniture, no speaker."""
    start, end = paragraph
    end = start + len(text[start:end].rstrip())
    if end <= start or text[end - 1] != ":":
        return None
    if _left_open(text[start:end]):
        return None  # '"Speaker Pelosi just ripped up:' opens a quote: its words name no speaker
    attribution = _before(text, max(_sentence_of(sentences, end - 1)[0], start), end)
    if attribution is None or attribution.verb is not None:
        return attribution
    mention = attribution.mention
    personal = mention.kind in ("name", "role", "group", "indefinite")
    return attribution if personal or len(mention.text.split()) > 1 else None


#: a sign-off line under a quote: "Noah Feldman, Bloomberg", "— Harry Enten, CNN"
_MAX_SIGN_OFF_WORDS = 10
#: a dash right after a closing mark that signs the quote: '"...." — Obama, Feb. 23, 2009'
_DASH = re.compile(r"[ \t]*(?:—|–|--)[ \t]*(?=[A-Z])")
#: last words of a dash's name that sign no quote: places and picture credits
_NOT_SIGNERS = frozenset({"city", "province", "district", "images", "photo", "photos", "pictures"})
#: months and weekdays after a signature's comma: a date, no role
_DATES = frozenset(
    {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
     "january", "february", "march", "april", "june", "july", "august", "september", "october",
     "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
     "sunday"}
)  # fmt: skip


def _left_open(line: str) -> bool:
    """Whether a line leaves a quotation open: more opening than closing curly marks or
    guillemets, or an odd number of straight double marks.

    Example:
        >>> _left_open('"Speaker Pelosi just ripped up:'), _left_open('Jones, "a friend," added:')
        (True, False)
    """
    curly = line.count("“") + line.count("„") > line.count("”")
    return curly or line.count("«") > line.count("»") or line.count('"') % 2 == 1


def _said(text: str, part: Part) -> bool:
    """Whether a quote reads as something said: a sentence ending in a full stop, question or
    exclamation mark, or five words or more (not a title: '"The Road" — Cormac McCarthy')."""
    inside = text[part.start : part.end].rstrip()
    return inside.endswith((".", "!", "?", "…")) or len(inside.split()) >= 5


def _introduces_next(text: str, close_mark: int, next_open: int) -> bool:
    """Whether the sentence after a quote that ends with a full stop runs into the next
    quote with a comma or colon ('... the "will of the people." Roman Lyagin, who oversaw the
    referendum, said, "..."'): its attribution is the next quote's, and an attribution
    before the quote in its own sentence wins."""
    between = text[close_mark + 1 : next_open].rstrip()
    return text[close_mark - 1] == "." and between.endswith((",", ":")) and "\n" not in between


def _sign_off(text: str, paragraphs: list[tuple[int, int]], part: Part) -> Attribution | None:
    """The person named on the short line right under a quote that fills its paragraph, in
    the round-ups of opinion that quote a columnist and then sign the quote ('"...."' /
    'David French, National Review'), or after a dash closing the quote's paragraph ('"...."
    — Obama, Feb. 23, 2009'): a person's name, then a comma or nothing, no verb and no
    quotation mark in the line."""
    p_start, p_end = paragraphs[part.paragraph]
    dash = _DASH.match(text, part.close_mark + 1, p_end)
    if dash is not None and not text[p_start : part.open_mark].strip() and _said(text, part):
        n_start, n_end = dash.end(), p_end
    elif text[part.close_mark + 1 : p_end].strip() or part.paragraph + 1 >= len(paragraphs):
        return None
    else:
        n_start, n_end = paragraphs[part.paragraph + 1]
    line = text[n_start:n_end].strip()
    found = span_words(text, n_start, n_end)
    verbs = lexicon().verb_forms
    if (
        not found
        or len(found) > _MAX_SIGN_OFF_WORDS
        or any(mark in line for mark in '"“”«»„')
        or any(w.lower() in verbs for _, _, w in found)
    ):
        return None
    mention = _mention_at(text, n_start, n_end)
    if (
        mention is None
        or not (mention.kind == "name" or (dash is not None and mention.kind == "proper"))
        or is_place(mention.name)
        or (dash is not None and mention.name.split()[-1].lower() in _NOT_SIGNERS)
    ):
        return None  # "— Gaza City, Monday", "— Getty Images": a place, a picture credit
    if len((mention.name or "").split()) < 2 and dash is None:
        return None
    rest = text[mention.end : n_end].strip()
    if rest and rest[0] != ",":
        return None
    if rest and dash is not None:  # '— Rex Tillerson, U.S. secretary of state', not a date
        words_ = [w.lower() for _, _, w in span_words(rest, 1, len(rest))]
        mention.roles = [*mention.roles, *(w for w in words_ if w.isalpha() and w not in _DATES)]
    elif rest and not mention.roles:
        mention.roles = ["columnist"]  # signed with the outlet that printed the column
    return Attribution(mention, None, None, None)


def _of_view(verb: str | None) -> bool:
    lex = lexicon()
    return verb is not None and lex.verb_groups.get(lex.verb_forms.get(verb, "")) == "cognition"


def _index_of(spans: list[tuple[int, int]], index: int) -> int:
    """The number of the sentence holding ``index`` (-1 when none does)."""
    at = bisect.bisect_right(spans, (index, float("inf"))) - 1
    return at if at >= 0 and spans[at][0] <= index < spans[at][1] else -1


def _show_title(text: str, part: Part) -> bool:
    """Whether a stretch is the name of a programme or outlet after "told", "on" or a
    possessive ('told "Fox News Sunday."', 'on NBC's "Meet the Press"'), even inside an
    attributed quote."""
    if part.close_mark is None or not _SHOW_LEAD.search(
        text, max(0, part.open_mark - 30), part.open_mark
    ):
        return False  # (the cheap tests first: most stretches follow no show word)
    end = part.start + len(text[part.start : part.end].rstrip("."))
    found = [w for _, _, w in span_words(text, part.start, end)]
    small = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with"}
    return (
        1 < len(found) <= 6
        and all(w[:1].isupper() or w.lower() in small for w in found)
        and found[0][:1].isupper()
    )


def _share_coordinated(text: str, found: list[Quote]) -> None:
    """``"inhuman" and "unacceptable", Erdogan said``: the first takes the second's
    attribution."""
    for first, second in zip(reversed(found[:-1]), reversed(found[1:]), strict=True):
        gap = text[first.parts[-1][1] : second.parts[0][0]]
        direct = second.kind == first.kind == "direct"
        if first.attribution is None and direct and _COORDINATED.fullmatch(gap):
            first.attribution = second.attribution


def _and_verb(text: str, begin: int, end: int, previous: Attribution) -> Attribution | None:
    """``X called the allegations "deeply troubling" and said: "..."``: the verb after "and"
    shares the subject of the attribution before it."""
    match = _AND_VERB.fullmatch(text, begin, end)
    if match is None or match.group(1).lower() not in lexicon().verb_forms:
        return None
    return Attribution(previous.mention, match.group(1).lower(), match.start(1), match.end(1))


def _interrupts(
    text: str,
    attribution: Attribution | None,
    previous: Part,
    part: Part,
    titles: list[Quote],
    sentences: list[tuple[int, int]],
) -> bool:
    """Whether an attribution interrupts a quote: it stands between two parts, and the
    second opens in its sentence or right after it (``"First," he said. "Second."``, also
    after a tail with an abbreviation: ``he said, noting Mr. Roe's view. "Second."``); the
    name of a show after the attribution (``told "Fox News Sunday."``) does not count."""
    if attribution is None or previous.close_mark is None:
        return False
    if show_title(text, part.start, part.end):
        return False  # 'Mr. Gibbs said on the ABC News program "This Week,"': a title
    a_start, a_end = attribution.span
    rest = text[a_end : part.open_mark]
    for quote in titles:
        start, end = quote.parts[0]
        if a_end <= start and end <= part.open_mark:
            rest = rest.replace(text[start:end], "")
    rest = rest.rstrip(" .,;:—–-\n\"“”'’")
    if not (previous.close_mark < a_start and a_end <= part.open_mark):
        return False
    if not any(c in rest for c in ".!?"):
        return True
    # a tail with a full stop ("noting Mr. Roe's view") still ends right before the next
    # part: the attribution's sentence ends there, not inside it ("Sen.", "Jan.")
    sentence_end = _sentence_of(sentences, a_end - 1)[1]
    before = text[a_end : part.open_mark].rstrip()[-1:]
    return (sentence_end <= part.open_mark or before in (",", ".", ":")) and not text[
        sentence_end : part.open_mark
    ].strip(" \n\"“”'’")


def _participle(text: str, attribution: Attribution, end: int) -> Quote | None:
    """``"...," she noted, adding that CONTENT``: indirect speech by the same speaker."""
    match = _PARTICIPLE.match(text, attribution.verb_end, end)
    if match is None:
        match = _PARTICIPLE.search(text, attribution.verb_end, end)
    if match is None or lexicon().verb_forms.get(match.group(1).lower()) is None:
        return None
    verb = Attribution(attribution.mention, match.group(1).lower(), match.start(1), match.end(1))
    return _indirect_quote(text, _content(text, match.end(), end), verb, 3)
