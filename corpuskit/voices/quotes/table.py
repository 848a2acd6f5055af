"""The quotes table: :func:`quotes` runs the rules over each article's fields and builds one row
per quote part with its speaker, verb and docvars.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from corpuskit._parallel import imap_inherited, workers
from corpuskit._progress import progress as progress_bar
from corpuskit.schema import string_dtype
from corpuskit.text.sentences import split_sentences
from corpuskit.voices.quotes.antecedents import written_description
from corpuskit.voices.quotes.attribution import CAMPAIGN
from corpuskit.voices.quotes.direct import _direct, headline_subject, woven_subject
from corpuskit.voices.quotes.exclusions import _excluded, continues_attributed
from corpuskit.voices.quotes.fragment_model import decided_reason, fragment_reason
from corpuskit.voices.quotes.indirect import _indirect
from corpuskit.voices.quotes.marks import _paragraphs
from corpuskit.voices.quotes.masks import (
    join_masked,
    mask_asides,
    mask_captions,
    mask_nicknames,
    mask_scripts,
)
from corpuskit.voices.quotes.postmodifiers import (
    described_mention,
    named_in_full,
)
from corpuskit.voices.quotes.records import DESCRIPTIONS, Attribution, Quote
from corpuskit.voices.quotes.resolve import (
    _borrow_speakers,
    _register_names,
    _resolve,
    title_line,
)
from corpuskit.voices.quotes.speaker_model import model_speakers
from corpuskit.voices.quotes.woven import woven_speaker
from corpuskit.voices.speakers import Discourse, known_sources, lexicon
from corpuskit.voices.speakers.assign import speaker_type, spelled_name
from corpuskit.voices.speakers.type_model import (
    TYPE_THRESHOLD,
    checked_threshold,
    type_unknown_speakers,
)
from corpuskit.voices.speakers.types import ArticleTypes
from corpuskit.voices.speakers.types import type_cues as bundled_cues

__all__ = ["DESCRIPTIONS", "QUOTE_COLUMNS", "quotes"]

#: Columns of the quotes table, before the docvars.
QUOTE_COLUMNS = (
    "doc_id",
    "quote_id",
    "part",
    "field",
    "speaker",
    "speaker_mention",
    "speaker_source",
    "speaker_type",
    "speaker_type_source",
    "speaker_title",
    "speaks_for",
    "verb",
    "verb_lemma",
    "verb_group",
    "quote",
    "kind",
    "start",
    "end",
    "attribution_start",
    "attribution_end",
    "reason",
)
_HEADLINE_FIELDS = ("title", "lede")
_CAPITAL = re.compile(r"[A-Z]")


class _Field:
    """One field's quotes before their speakers are resolved: every stretch between marks
    (``found``, with its ``reason``), the quotes kept (``kept``) and the field's sentences."""

    def __init__(self, text: str, *, headline: bool, include_indirect: bool) -> None:
        self.text, self.headline = text, headline
        # sentences joined over a masked party tag and the field masked once, for every step
        split = split_sentences(text)  # the fragment filter reads these, as it was fitted
        self.sentences = join_masked(text, split)
        paragraphs = _paragraphs(text)
        masked = mask_asides(mask_captions(mask_scripts(text)))
        self.decided: set[int] = set()  # the stretches only the fragment filter keeps
        found = _direct(
            masked, paragraphs, self.sentences, headline=headline, indirect=include_indirect
        )
        for quote in found:
            if quote.attribution is None and not (quote.alone or quote.opens_sentence):
                quote.attribution = woven_speaker(masked, self.sentences, quote)
                quote.woven = quote.attribution is not None
            end, p_end = quote.parts[-1][1], paragraphs[max(quote.last_paragraph, 0)][1]
            quote.trails = not headline and bool(_CAPITAL.search(text, end + 1, max(end, p_end)))
            quote.reason = _excluded(text, quote, resolved=False)
            if quote.reason == "scare" and continues_attributed(quote, found):
                quote.reason = None
            if not headline:  # issue #21: a learned filter keeps short stretches the rules do not
                quote.reason = fragment_reason(text, quote, quote.reason, self.decided, split)
        kept = [q for q in found if q.reason is None]
        for quote in kept:
            if quote.attribution is None and not (quote.alone or quote.opens_sentence):
                quote.attribution = headline_subject(masked, quote)
                # a stretch only the filter keeps gets no speaker from the subject the woven
                # rule refused ("Obama supporters called it 'a hoax'" is not Obama's)
                if quote.attribution is None and id(quote) not in self.decided:
                    quote.attribution = woven_subject(masked, self.sentences, quote)
        # a woven fragment leaves the indirect quote around it whole
        covered = [(q.parts[0][0], q.parts[-1][1]) for q in kept if not q.woven]
        if include_indirect:
            kept += _indirect(masked, self.sentences, covered)
        self.found, self.kept = found, kept

    def resolve(self, discourse: Discourse, *, register: bool = True) -> list[Quote]:
        """Register the body's names (unless ``register`` is false), resolve the speakers of
        the kept quotes; every stretch, in order of its first part."""
        text, found, kept, decided = self.text, self.found, self.kept, self.decided
        title_end = title_line(text)
        if not self.headline and register:
            quoted = sorted(span for q in found if q.kind == "direct" for span in q.parts)
            _register_names(discourse, text, self.sentences, quoted, title_end)
        for quote in kept:
            if quote.attribution is not None and named_in_full(quote.attribution.mention):
                # "a spokesman for the ministry said": the new speaker is named in full
                attribution = quote.attribution
                verb_start = attribution.verb_start
                attribution.mention = described_mention(text, attribution.mention, verb_start)
        _resolve(discourse, kept, anywhere=self.headline, title_end=title_end)
        for quote in kept:
            quote.reason = decided_reason(_excluded(text, quote, resolved=True), decided, quote)
        # the indirect quotes of the sentences without marks; a participle's (", adding
        # that ...") is one of the found stretches already and is not listed twice
        listed = {id(q) for q in found}
        added = [q for q in kept if id(q) not in listed]
        return sorted(found + added, key=lambda q: q.parts[0][0])


def _quoted(found: list[Quote]) -> list[Quote]:
    return [q for q in found if q.reason is None]


_NO_SPEAKER = {
    "speaker": None,
    "speaker_type": "unknown",
    "speaker_title": None,
    "speaks_for": None,
}


def _speaker_fields(text: str, quote: Quote, article: ArticleTypes) -> dict[str, str | None]:
    """Speaker, type, title and organisation of a quote: the resolved entity, typed from the
    article's words (:func:`~corpuskit.voices.speakers.assign.speaker_type`); a description
    that names no one as written ("a senior official") or as given in full before; "X's
    campaign" as "<X> campaign"."""
    if quote.carried is not None:  # '"...," her manager said.\n\n"..."': the same description
        return _speaker_fields(text, quote.carried, article)
    resolved, attribution = quote.resolved, quote.attribution
    if resolved is None:
        return _NO_SPEAKER
    entity = resolved.entity
    mention = attribution.mention if attribution is not None and not quote.inherited else None
    found = {
        "speaker": spelled_name(entity.name, article)
        if entity is not None and entity.name
        else None,
        "speaker_type": speaker_type(article, resolved, mention, text),
        "speaker_title": entity.title if entity is not None else None,
        "speaks_for": entity.speaks_for if entity is not None else None,
    }
    if attribution is None or quote.inherited:
        return found
    mention = attribution.mention
    if found["speaker"] is None and mention.kind in DESCRIPTIONS:
        found["speaker"] = written_description(text, mention, attribution.verb_start)
    elif found["speaker"] and CAMPAIGN.match(text, mention.end) and mention.text[-1:] in "s'’":
        campaign = f"{found['speaker']} campaign"
        found.update(speaker=campaign, speaker_type="politician", speaks_for=campaign)
        found["speaker_title"] = None
    return found


def _rows(
    doc_id: str,
    field_name: str,
    text: str,
    found: list[Quote],
    first_id: int,
    article: ArticleTypes,
) -> list[tuple]:
    """One tuple per quote part, in the order of :data:`QUOTE_COLUMNS`."""
    lex = lexicon()
    rows = []
    for number, quote in enumerate(found, start=first_id):
        attribution = quote.attribution if quote.reason is None else None
        who = _speaker_fields(text, quote, article) if quote.reason is None else _NO_SPEAKER
        verb = attribution.verb if attribution is not None and not quote.inherited else None
        lemma = lex.verb_forms.get(verb) if verb else None
        if attribution is not None and not quote.inherited:
            mention, (a_start, a_end) = attribution.mention.text, attribution.span
        else:
            mention, a_start, a_end = None, None, None
        source = _source(quote, attribution) if who["speaker"] is not None else None
        typed_by = None if who["speaker"] is None else "rules"
        for part, (start, end) in enumerate(quote.parts, start=1):
            rows.append(
                (
                    doc_id,
                    number,
                    part,
                    field_name,
                    who["speaker"],
                    mention,
                    source,
                    who["speaker_type"],
                    typed_by,
                    who["speaker_title"],
                    who["speaks_for"],
                    verb,
                    lemma,
                    lex.verb_groups.get(lemma) if lemma else None,
                    text[start:end],
                    "excluded" if quote.reason is not None else quote.kind,
                    start,
                    end,
                    a_start,
                    a_end,
                    quote.reason,
                )
            )
    return rows


def _source(quote: Quote, attribution: Attribution | None) -> str:
    """How a quote's speaker was found (the ``speaker_source`` column): named in its own
    attribution, a pronoun or a description there, or carried over from another quote or
    sentence (``"carried"``)."""
    if attribution is None or quote.inherited:
        return "carried"
    kind = attribution.mention.kind
    return "pronoun" if kind == "pronoun" else "description" if kind in DESCRIPTIONS else "name"


def _docvars(articles: pd.DataFrame, text_column: str) -> pd.DataFrame:
    dropped = {text_column, "text", *_HEADLINE_FIELDS}
    return articles.drop(columns=[c for c in articles.columns if c in dropped]).reset_index(
        drop=True
    )


def _iso_dates(articles: pd.DataFrame) -> list[str | None]:
    """Each article's date as ``YYYY-MM-DD`` (None when missing or unparsable)."""
    if "date" not in articles.columns:
        return [None] * len(articles)
    dates = pd.to_datetime(articles["date"], errors="coerce", utc=True)
    return [None if pd.isna(d) else d.strftime("%Y-%m-%d") for d in dates]


def _check_articles(articles: Any, text_column: str) -> None:
    if not isinstance(articles, pd.DataFrame):
        raise ValueError(f"articles= must be an articles DataFrame, got {type(articles).__name__}")
    for column in ("doc_id", text_column):
        if column not in articles.columns:
            raise ValueError(
                f"articles has no column {column!r} (text_column= {text_column!r}); "
                f"it has {list(articles.columns)}"
            )
    repeated = articles["doc_id"][articles["doc_id"].duplicated()].unique().tolist()
    if repeated:
        raise ValueError(f"articles' doc_id must be unique; repeated: {repeated[:5]}")


def quotes(
    articles: pd.DataFrame,
    *,
    include_indirect: bool = True,
    speakers: Mapping[str, Sequence[str] | Mapping[str, Any]] | None = None,
    people: Mapping[str, Any] | None = None,
    type_cues: Mapping[str, Any] | None = None,
    type_threshold: float | None = TYPE_THRESHOLD,
    text_column: str = "text",
    headlines: bool = True,
    include_excluded: bool = False,
    n_jobs: int = -1,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Find direct and indirect quotes, their speakers and reporting verbs.

    The rules are those of the module docstring: quotation marks paired within
    paragraphs (straight and curly, single quotes in headlines), split quotes and
    quotes spanning paragraphs as parts of one ``quote_id``, attribution after
    or before the quote, indirect speech (``X said (that) ...``, ``..., X
    said``, ``according to X``, ``in his words``), and speakers resolved
    through names, surnames, role descriptions and pronouns
    (:mod:`corpuskit.voices.speakers`).

    Args:
        articles: an articles DataFrame (``doc_id`` and the text column; every
            column except ``text``/``title``/``lede`` is carried as docvars).
        include_indirect: also find indirect speech.
        speakers: known speakers, ``{canonical: [aliases]}`` or ``{canonical:
            {"aliases": [...], "type": "official"}}``; an alias (a name,
            spelling variant or description, matched case-insensitively) makes
            every mention of it that canonical speaker, with that type.
        people: extra people and bodies with known types, in the form of
            ``corpuskit/voices/data/people_bodies.yaml`` (``{"people": {name:
            {"type": ..., "aliases": [...], "periods": [[from, to, type]]}},
            "bodies": {...}}``), added to the bundled list (same names replace
            it). A speaker's type comes from the article's own words first (the
            attribution, then every description of the speaker in the
            article: titles, appositions, party tags, the body they speak
            for), then from this list, by the article's ``date``.
        type_cues: extra type cues, in the form of
            ``corpuskit/voices/data/speaker_cues.yaml`` (``{"roles": {type:
            [phrases]}, "organisations": {type: [words]}, "anonymity":
            [phrases]}``), added to the bundled ones.
        type_threshold: a speaker the rules leave ``unknown`` takes the type of
            the bundled learned model (:mod:`corpuskit.voices.speakers.type_model`)
            when its probability is at least this; ``None``: the rules alone.
        text_column: the column holding the body text.
        headlines: also search ``title`` and ``lede`` (when present); there a
            description or surname is resolved against the whole body, earliest
            first, and pronouns are left unresolved.
        include_excluded: also return the stretches between quotation marks
            that are not quotes, with ``kind == "excluded"`` and their
            ``reason`` (``"name"``, ``"title"``, ``"scare"``, ``"furniture"``),
            for auditing.
        n_jobs: processes (``-1``: every core): parts of 500 articles go in
            turn to forked workers, which inherit the texts
            (:func:`corpuskit._parallel.imap_inherited`), and the table is
            identical to ``n_jobs=1``; corpora under 2 x 500 articles and
            platforms without ``fork`` run in-process.
        progress: show a progress bar (``None``: only when interactive).

    Returns:
        One row per quote *part*, in document order (headline fields first):
        ``doc_id``; ``quote_id`` (1-based within the document; the parts of a
        split or multi-paragraph quote share it); ``part`` (1-based);
        ``field`` (``"title"``, ``"lede"`` or ``text_column``); ``speaker``
        (the fullest name of the person or organisation in the article, or
        the description as written when it names no one: "a senior U.S.
        official"; NA when unresolved);
        ``speaker_mention`` (the phrase of the attribution as written: "the
        Russian top diplomat", "he"; NA for an inherited speaker);
        ``speaker_source`` (how the speaker was found: ``"name"``, named in the
        quote's own attribution; ``"pronoun"`` or ``"description"``, resolved
        from one there; ``"carried"``, carried over from another quote or
        sentence; ``"model"``, ranked by a learned model among the article's
        speakers for a quote with no attribution; NA without a speaker: their
        accuracy differs, see ``docs/quotes.md``);
        ``speaker_type`` (``"official"``, ``"politician"``, ``"military"``,
        ``"armed_group"``, ``"ngo_un"``, ``"expert"``, ``"media"``,
        ``"witness_resident"``, ``"anonymous"`` or ``"unknown"``: the types of
        the quotes codebook, ``docs/quotes.md``);
        ``speaker_type_source`` (``"rules"``: the type from the article's cues
        and the bundled lists, ``"unknown"`` included; ``"model"``: from the
        learned model, for a speaker the rules leave ``unknown``; NA without a
        speaker);
        ``speaker_title`` (the
        first title or role given with the name, as written: "Russian Foreign
        Minister"); ``speaks_for`` (the organisation: the speaker itself when
        it is one, else the one its title names after "for"/"of"/"at");
        ``verb`` (the
        reporting verb as written, lower case: "noted", "according to", "in
        his words"; NA for a colon attribution or none); ``verb_lemma`` and
        ``verb_group`` (from the lexicon); ``quote`` (the text); ``kind``
        (``"direct"``, ``"indirect"``, or ``"excluded"`` with
        ``include_excluded``); ``start``/``end`` (offsets in the field, so
        ``articles[field][start:end] == quote``); ``attribution_start``/
        ``attribution_end`` (Int64 offsets of speaker phrase and verb, NA when
        there is none); ``reason`` (why an excluded stretch is not a quote,
        else NA); then the docvars.

    Raises:
        ValueError: if ``articles`` is not a DataFrame, lacks ``doc_id`` or the
            text column, or repeats a ``doc_id``; if ``n_jobs`` is 0 or not
            an integer; if ``type_threshold`` is not ``None`` or in [0, 1].

    Example:
        >>> import pandas as pd
        >>> articles = pd.DataFrame({"doc_id": ["a"], "text": [
        ...     'Russian Foreign Minister Sergey Lavrov spoke in Moscow.\\n\\n'
        ...     '"We expect a careful approach," the Russian top diplomat said.']})
        >>> quotes(articles)[["speaker", "speaker_mention", "verb", "quote"]].values.tolist()
        [['Sergey Lavrov', 'the Russian top diplomat', 'said', 'We expect a careful approach']]
    """
    _check_articles(articles, text_column)
    fields = [
        c for c in _HEADLINE_FIELDS if headlines and c in articles.columns and c != text_column
    ]
    data = {
        "ids": articles["doc_id"].astype(str).tolist(),
        "texts": {name: articles[name].tolist() for name in [text_column, *fields]},
        "dates": _iso_dates(articles),
        "known": known_sources().merged(people),
        "cues": bundled_cues().merged(type_cues),
        "speakers": speakers,
        "text_column": text_column,
        "fields": fields,
        "include_indirect": include_indirect,
        "include_excluded": include_excluded,
        "type_threshold": checked_threshold(type_threshold),
    }
    n_docs = len(data["ids"])
    n_workers = workers(n_jobs, n_docs)
    if n_workers > 1:
        # the workers inherit the texts (nothing is pickled to them) and take parts of
        # _PART articles in turn, so both stay busy to the end; each sends back its rows
        # as tuples, and the table is built once
        cuts = [*range(0, n_docs, _PART), n_docs]
        parts = imap_inherited(_part_rows, data, itertools.pairwise(cuts), n_workers)
        rows = [row for part in parts for row in part]
    else:
        shown = progress_bar(range(n_docs), total=n_docs, desc="quotes", show=progress)
        rows = [row for index in shown for row in _article_rows(data, index)]
    return _frame(rows, _docvars(articles, text_column))


#: articles per part handed to a worker process
_PART = 500


def _part_rows(data: dict[str, Any], bounds: tuple[int, int]) -> list[tuple]:
    """The rows of the articles ``bounds[0]`` to ``bounds[1]`` (a worker's part)."""
    return [row for index in range(*bounds) for row in _article_rows(data, index)]


def _article_rows(data: dict[str, Any], row: int) -> list[tuple]:
    """The table rows (tuples in the order of :data:`QUOTE_COLUMNS`) of one article."""
    texts, text_column, fields = data["texts"], data["text_column"], data["fields"]
    include_indirect, date = data["include_indirect"], data["dates"][row]
    body = texts[text_column][row]
    body = body if isinstance(body, str) else ""
    discourse = Discourse(data["speakers"], known=data["known"], date=date, text=body)
    article = ArticleTypes(mask_nicknames(mask_captions(body)), data["cues"], data["known"], date)
    # every field's quotes are found first (no speaker is needed for that): the names of the
    # body are registered only when some field has a quote whose speaker is to be resolved
    options = dict(include_indirect=include_indirect)
    detected = {text_column: _Field(body, headline=False, **options)}
    for name in fields:
        value = texts[name][row]
        if isinstance(value, str) and value.strip():
            detected[name] = _Field(value, headline=True, **options)
    needed = any(field.kept for field in detected.values())
    found = {text_column: detected[text_column].resolve(discourse, register=needed)}
    for name in fields:
        if name in detected:
            found[name] = detected[name].resolve(discourse)
            _borrow_speakers(
                texts[name][row], _quoted(found[name]), body, _quoted(found[text_column])
            )
    rows: list[tuple] = []
    next_id = 1
    for name in [*fields, text_column]:
        if name in found:
            value = body if name == text_column else texts[name][row]
            shown = found[name] if data["include_excluded"] else _quoted(found[name])
            rows += _rows(data["ids"][row], name, value, shown, next_id, article)
            next_id += len(shown)
    sentences = detected[text_column].sentences  # issue #21: a learned speaker for the rest
    rows = model_speakers(rows, QUOTE_COLUMNS, body, sentences, discourse, article, text_column)
    if data["type_threshold"] is None:
        return rows
    values = {name: body if name == text_column else texts[name][row] for name in found}
    return type_unknown_speakers(rows, QUOTE_COLUMNS, values, body, data["type_threshold"])


def _frame(rows: list[tuple], docvars: pd.DataFrame) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(QUOTE_COLUMNS))
    for column in ("quote_id", "part", "start", "end"):
        frame[column] = frame[column].astype(np.int64)
    for column in ("attribution_start", "attribution_end"):
        frame[column] = frame[column].astype("Int64")
    for column in QUOTE_COLUMNS:
        if frame[column].dtype == object or (
            len(frame) == 0
            and column
            not in ("quote_id", "part", "start", "end", "attribution_start", "attribution_end")
        ):
            frame[column] = frame[column].astype(string_dtype())
    docvars = docvars.copy()
    docvars["doc_id"] = docvars["doc_id"].astype(str)
    extra = docvars.drop(columns="doc_id")
    clash = [c for c in extra.columns if c in QUOTE_COLUMNS]
    if clash:
        extra = extra.drop(columns=clash)
    lookup = pd.Index(docvars["doc_id"]).get_indexer(frame["doc_id"])
    extra = extra.iloc[lookup].reset_index(drop=True)
    return pd.concat([frame, extra], axis=1)
