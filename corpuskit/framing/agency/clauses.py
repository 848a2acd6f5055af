"""Finding the casualty clauses of a corpus: :func:`agency`'s table of clauses.

Each clause around a form of the violence lexicon is classified by the rules
of :mod:`corpuskit.framing.agency_rules` (or by a spaCy parse,
:mod:`corpuskit.framing.agency.parse`), its agent resolved to an actor
(:func:`corpuskit.framing.actors.resolve_actors`), and the clauses returned as
one table, in text order, with the documents' metadata.
"""

from __future__ import annotations

import dataclasses
import math
import multiprocessing
import re
import warnings
from collections.abc import Callable, Mapping, Sequence
from numbers import Real
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd
from sklearn.utils.validation import check_is_fitted

from corpuskit._parallel import map_parts, workers
from corpuskit._progress import progress as _progress
from corpuskit.constants import UNITS as _UNITS
from corpuskit.framing.actors import resolve_actors
from corpuskit.framing.agency.doers import modifier_agents
from corpuskit.framing.agency.parse import spacy_finder
from corpuskit.framing.agency.report import (
    FIXED_REASONS,
    REPORT_THRESHOLD,
    CasualtyReportClassifier,
    report_probability,
)
from corpuskit.framing.agency.setting import bare_state_force, government_state, setting_state
from corpuskit.framing.agency_rules import Clause, VerbLexicon, find_clauses, load_verbs
from corpuskit.framing.agency_rules.exclusions import violence_context
from corpuskit.framing.agency_rules.victims import antecedent_type
from corpuskit.framing.referents.gazetteer import FOREIGN
from corpuskit.lexicons.dictionary import Dictionary
from corpuskit.schema import string_dtype
from corpuskit.text.sentences import sentences
from corpuskit.text.tokenize import DEFAULT_RULE
from corpuskit.text.tokens import document_table

__all__ = ["CLAUSE_COLUMNS", "agency"]

#: Columns of :func:`agency`'s result, before the docvars.
CLAUSE_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "sentence",
    "start",
    "end",
    "verb",
    "lemma",
    "verb_class",
    "construction",
    "agent",
    "agent_type",
    "referent",
    "actor",
    "responsible",
    "responsible_actor",
    "victim",
    "victim_count",
    "count_qualifier",
    "victim_type",
    "negated",
    "reason",
    "report_score",
    "sentence_text",
)
#: Columns filled by :func:`corpuskit.framing.actors.resolve_actors`, not by the rules.
_ACTOR_COLUMNS = ("actor", "responsible", "responsible_actor")
_STRING_COLUMNS = (
    "verb",
    "lemma",
    "verb_class",
    "construction",
    "agent",
    "agent_type",
    "referent",
    "victim",
    "count_qualifier",
    "victim_type",
    "reason",
    "sentence_text",
)
_ENGINES = ("rules", "spacy", "auto")
#: documents of at least this many characters are checked for English words
_MIN_CHECKED_CHARS = 100
_ENGLISH = re.compile(r"\b(?:the|and|of|to|in|is|was|were|a|that|for|on|with)\b")
_LONG_UNIT_WORDS = 2000
#: sentences before and after a neutral predicate (*died*) read for a violence word
_CONTEXT_BEFORE, _CONTEXT_AFTER = 2, 1


def _units(articles: Any, unit: str, text_column: str) -> pd.DataFrame:
    """One row per unit: doc_id, sentence, start, end, text, then the docvars."""
    if unit == "sentence":
        return sentences(articles, text_column=text_column)
    texts, docvars = document_table(articles, text_column=text_column)
    frame = pd.DataFrame(
        {
            "doc_id": docvars["doc_id"].astype(str).to_numpy(),
            "sentence": np.zeros(len(texts), dtype=np.int64),
            "start": np.zeros(len(texts), dtype=np.int64),
            "end": np.array([len(t) for t in texts], dtype=np.int64),
            "text": texts,
        }
    )
    return pd.concat([frame, docvars.drop(columns="doc_id")], axis=1)


def _clause_finder(
    lexicon: VerbLexicon, engine: str, model: str | Callable[[str], Any]
) -> Callable[[str], list[Clause]]:
    """The function that finds the clauses of one text for ``engine``."""
    if engine in ("spacy", "auto"):
        try:
            return spacy_finder(lexicon, model)
        except ImportError:
            if engine == "spacy":
                raise

    def find(text: str) -> list[Clause]:
        return find_clauses(text, lexicon)

    return find


def agency(
    articles: pd.DataFrame | pd.Series | Sequence[str] | str,
    *,
    verbs: str | Path | Mapping[str, Any] | VerbLexicon | None = None,
    unit: Literal["sentence", "document"] = "sentence",
    engine: Literal["rules", "spacy", "auto"] = "rules",
    model: str | Callable[[str], Any] = "en_core_web_sm",
    include_excluded: bool = False,
    report_threshold: float | None = REPORT_THRESHOLD,
    report_model: CasualtyReportClassifier | None = None,
    actors: Dictionary | Mapping[str, Any] | str | Path | None = None,
    include_docvars: bool = True,
    text_column: str = "text",
    n_jobs: int = -1,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Find the violence and casualty clauses of a corpus and who is made their agent.

    Each clause around a form of the violence lexicon is classified as
    ``active`` (``jets killed 20``), ``passive_agent`` (``20 were killed by
    jets``), ``passive_agentless`` (``20 were killed``, ``20 killed in air
    strike``), ``intransitive`` (``20 died``) or ``nominal`` (``the deaths of
    20``), with its agent and victim noun phrases. Only clauses that report
    real people killed, wounded or dead are returned: hypotheticals, threats,
    negations, questions, generic statements, other senses (idioms, politics,
    sport), illness and accidents, page furniture, attacks without casualties
    and non-human victims are excluded, each with a recorded ``reason``
    (``include_excluded=True`` keeps them for auditing). The rules
    (:mod:`corpuskit.framing.agency_rules`) need no model; ``docs/agency.md``
    gives their measured accuracy.

    Args:
        articles: an articles DataFrame, a Series or list of texts, or one text.
        verbs: the violence lexicon: ``None`` (the bundled
            ``corpuskit/framing/data/violence_verbs.yaml``), a YAML path or a
            mapping in its format, or a compiled lexicon.
        unit: ``"sentence"`` (split with :func:`corpuskit.sentences`, default)
            or ``"document"`` (each text is one unit: for texts that are
            already sentences or headlines).
        engine: ``"rules"`` (default), ``"spacy"`` (a dependency parse with the
            installed spaCy pipeline ``model``; needs the ``nlp`` extra) or
            ``"auto"`` (spaCy when it and ``model`` are installed, else rules).
        model: the spaCy pipeline for ``engine="spacy"``: the name of an
            installed one (never downloaded) or a loaded ``nlp`` (any callable
            returning a parsed ``spacy.tokens.Doc``).
        include_excluded: also return the candidate clauses that are not
            casualty reports, with their ``reason``.
        report_threshold: the casualty report model
            (:mod:`corpuskit.framing.agency.report`, learned from the hand-labelled
            sets) weighs every candidate with the rules' verdict: a clause the rules
            keep is excluded (reason ``unlikely_report``) when its probability is
            below this, and one they exclude is kept when it reaches it (not for the
            reasons of :data:`~corpuskit.framing.agency.report.FIXED_REASONS`: page
            furniture, a trigger inside another clause, attacks, victims that are no
            people, negations); ``None``: the rules alone decide (``report_score`` is
            filled either way).
        report_model: a fitted :class:`~corpuskit.framing.agency.report.CasualtyReportClassifier`
            (``ck.CasualtyReportClassifier``, e.g. fitted on a study's own hand labels);
            ``None``: the bundled one.
        actors: the actor lexicon for the ``actor`` columns (``None``: the
            bundled ``actors``; see :func:`corpuskit.framing.actors.resolve_actors`).
        include_docvars: add the document metadata columns after the clause columns.
        text_column: the column of ``articles`` holding the text.
        n_jobs: processes for the rules engine (``-1``: every core): contiguous
            parts of the documents go to forked workers and the result is
            identical to ``n_jobs=1``; corpora under 2 x 500 documents, the
            spaCy engine and platforms without ``fork`` run in-process.
        progress: show a progress bar (``None``: only in interactive sessions).

    Returns:
        One row per clause, in text order: ``doc_id``, ``sentence`` (0-based
        index in the document), ``start`` / ``end`` (character offsets of the
        verb or noun in the document's text), ``verb`` (as written),
        ``lemma``, ``verb_class`` (``transitive-violence``, ``attack``,
        ``intransitive-death``, ``nominal``), ``construction``, ``agent`` (the
        agent noun phrase as written, or NA), ``agent_type`` (``"actor"``,
        ``"means"`` for weapons, munitions and events such as ``shelling``,
        or NA), ``referent`` (for a pronoun agent, the subject of the
        reporting verb before it: ``the army`` in ``the army said it killed``;
        else NA), ``actor`` (the actor code of the agent, or of its referent,
        from :func:`~corpuskit.framing.actors.resolve_actors` with the
        sentence as context: ``russia``, ``syria_gov``, ..., ``other``,
        ``unknown``, ``none`` when there is no agent), ``responsible`` and
        ``responsible_actor`` (an actor the sentence names as doing the
        violence outside the agent: ``killed in an attack by X``), ``victim``
        (NA when none), ``victim_count`` (float: the number in the victim
        phrase, NaN when none or vague),
        ``count_qualifier`` (``"exact"``, ``"at_least"``, ``"more_than"``,
        ``"up_to"``, ``"about"``, ``"vague"`` for ``dozens`` and the like, NA
        without a quantity), ``victim_type`` (``civilians``, ``children``,
        ``women``, ``combatants``, ``security_forces``, ``militants``,
        ``unspecified``: from ``corpuskit/framing/data/victim_types.yaml``),
        ``negated`` (``not``/``never`` in the verb group), ``reason`` (why the
        clause is not a casualty report, one of
        :data:`~corpuskit.framing.agency_rules.REASONS`; NA for casualty
        clauses), ``report_score`` (the model's probability that the clause is a
        casualty report, given the rules' verdict),
        ``sentence_text``; then the docvars (one named like a
        clause column, such as FA-KES's ``actor``, as ``doc_<name>``).

    Raises:
        ValueError: for an unknown ``unit`` or ``engine``, or a malformed lexicon.
        ImportError: ``engine="spacy"`` without spaCy or without the pipeline
            ``model`` (naming the extra ``corpuskit[nlp]`` to install).

    Example:
        >>> table = agency(["Coalition strikes killed 200 civilians. 12 people were killed."])
        >>> table[["construction", "agent", "agent_type", "victim", "victim_count"]].values.tolist()
        [['active', 'Coalition strikes', 'means', '200 civilians', 200.0], \
['passive_agentless', nan, nan, '12 people', 12.0]]
    """
    if unit not in _UNITS:
        raise ValueError(f"unit= must be one of {_UNITS}, got {unit!r}")
    if report_threshold is not None and (
        isinstance(report_threshold, bool)
        or not isinstance(report_threshold, Real)
        or not 0 <= report_threshold <= 1
    ):
        raise ValueError(
            f"report_threshold= must be a number in [0, 1] or None, got {report_threshold!r}"
        )
    if engine not in _ENGINES:
        raise ValueError(f"engine= must be one of {_ENGINES}, got {engine!r}")
    if report_model is not None:
        if not isinstance(report_model, CasualtyReportClassifier):
            raise TypeError(
                f"report_model= must be a fitted CasualtyReportClassifier, got {report_model!r}"
            )
        check_is_fitted(report_model, "weights_")
    lexicon = load_verbs(verbs)
    texts, docvars = document_table(articles, text_column=text_column)
    n_workers = workers(n_jobs, len(texts)) if engine == "rules" else 1
    if multiprocessing.parent_process() is None:  # once, in the calling process
        _warn_not_english(texts, docvars["doc_id"])
    if n_workers > 1:
        options = dict(verbs=lexicon, unit=unit, include_excluded=include_excluded)
        options |= dict(report_threshold=report_threshold, report_model=report_model)
        options |= dict(actors=actors, include_docvars=include_docvars)
        return map_parts(agency, docvars.assign(text=texts), n_workers, **options)
    find = _clause_finder(lexicon, engine, model)
    if unit == "sentence":  # split only the documents with a lexicon form (the same table)
        hits = [bool(lexicon.trigger.search(text.lower())) for text in texts]
        articles = docvars.assign(**{text_column: texts})[hits].reset_index(drop=True)
    units = _units(articles, unit, text_column)
    texts = units["text"].tolist()
    offsets = units["start"].to_numpy()
    rows: list[int] = []
    found: list[Clause] = []
    scores: list[float] = []
    lowered = [text.lower() for text in texts]
    candidates = [i for i, text in enumerate(lowered) if lexicon.trigger.search(text)]
    doc_ids = units["doc_id"].to_numpy()
    _warn_long_units([texts[i] for i in candidates], doc_ids[candidates])
    for i in _progress(candidates, total=len(candidates), desc="agency", show=progress):
        for clause in find(texts[i]):
            if clause.reason == "unstated_cause" and _violence_near(texts, doc_ids, i):
                clause = dataclasses.replace(clause, reason=None)
            clause = _with_antecedent_type(clause, texts[i])
            score = report_probability(
                texts[i], clause.start, clause.end, report_model,
                reason=clause.reason, construction=clause.construction,
            )  # fmt: skip
            clause = _weighed(clause, score, report_threshold)
            if include_excluded or clause.reason is None:
                rows.append(i)
                found.append(clause)
                scores.append(score)
    return _clause_frame(units, rows, found, scores, offsets, include_docvars, actors)


def _weighed(clause: Clause, score: float, threshold: float | None) -> Clause:
    """The clause as the report model weighs the rules' verdict: kept but scored below
    ``threshold``, excluded (``unlikely_report``); excluded (but for the reasons the model
    never overrules) and scored at or above it, kept."""
    if threshold is None:
        return clause
    if clause.reason is None and score < threshold:
        return dataclasses.replace(clause, reason="unlikely_report")
    if clause.reason is not None and clause.reason not in FIXED_REASONS and score >= threshold:
        return dataclasses.replace(clause, reason=None)
    return clause


def _warn_not_english(texts: list[str], doc_ids: Sequence[str]) -> None:
    """Warn when documents of some length have none of the commonest English words."""
    foreign = [
        doc
        for doc, text in zip(doc_ids, texts)
        if len(text) >= _MIN_CHECKED_CHARS and not _ENGLISH.search(text[:2000].lower())
    ]
    if foreign:
        warnings.warn(
            f"agency: {len(foreign)} of {len(texts)} documents (first: {foreign[0]!r}) have "
            "none of the commonest English words; the violence lexicon and the rules are "
            "English, so they give no clauses for these",
            UserWarning,
            stacklevel=3,
        )


def _warn_long_units(texts: list[str], doc_ids: np.ndarray) -> None:
    """Warn when a unit is thousands of words long (text without sentence punctuation)."""
    long = [doc for doc, text in zip(doc_ids, texts) if text.count(" ") >= _LONG_UNIT_WORDS]
    if long:
        warnings.warn(
            f"agency: {len(long)} sentences of {_LONG_UNIT_WORDS:,} words or more (first in "
            f"document {long[0]!r}): the text may lack sentence punctuation; their clauses are "
            "found, but agents and exclusions read only the words around each trigger",
            UserWarning,
            stacklevel=3,
        )


def _with_antecedent_type(clause: Clause, text: str) -> Clause:
    """A victim pronoun (*a number of them*) takes the type of the group named before it."""
    if clause.victim is None or clause.victim_type != "unspecified":
        return clause
    victim = DEFAULT_RULE.tokenize(clause.victim)
    kind = antecedent_type(victim, DEFAULT_RULE.tokenize(text[: clause.start]))
    return clause if kind is None else dataclasses.replace(clause, victim_type=kind)


def _violence_near(texts: list[str], doc_ids: np.ndarray, i: int) -> bool:
    """A violence word in the two sentences before unit ``i`` or the one after it, in
    its document (``Jets bombed the market. Dozens died.``: the deaths are casualties)."""
    near = range(max(0, i - _CONTEXT_BEFORE), min(len(texts), i + 1 + _CONTEXT_AFTER))
    return any(j != i and doc_ids[j] == doc_ids[i] and violence_context(texts[j]) for j in near)


#: a nationality adjective: "Japanese", "Canadian", "Danish"
_NATIONALITY = re.compile(r"[a-z](?:ese|ian|ish)$")
#: the same, with the shorter forms of persons ("Afghan", "Somali", "Pakistani")
_NATIONAL = re.compile(r"[a-z](?:ese|ian|ish|an|i)$")


def _means_actor(matched: str) -> str:
    """The actor of a means or event agent that only a capitalised word names: ``unknown``
    for a place, a time or a name (``North Carolina shooting``, ``the Saturday-night
    shooting``, ``Two Mi24 helicopters``: as "a car bomb", no actor identified), ``other``
    for an armed group outside the actor codes (``a Taliban suicide bombing``), an acronym
    (``the IRA bombs``) or a nationality (``a surprise Japanese attack``).

    Example:
        >>> _means_actor("Carolina"), _means_actor("Taliban"), _means_actor("Japanese")
        ('unknown', 'other', 'other')
    """
    words = str(matched).split()
    group = any(FOREIGN.get(w.lower()) == "group" for w in words)
    acronym = any(len(w) > 1 and w.isalpha() and w.isupper() for w in words)
    return "other" if group or acronym or _NATIONALITY.search(words[-1]) else "unknown"


#: Person nouns after a nationality that describe, not name, someone ("an Afghan refugee")
_PERSON_NOUNS = frozenset(
    {
        *("refugee", "refugees", "immigrant", "immigrants", "migrant", "migrants", "man"),
        *("woman", "terrorist", "terrorists", "jihadist", "jihadists", "national"),
        *("nationals", "citizen", "citizens", "teenager", "student", "attacker", "assailant"),
        *("gunman", "suspect", "extremist", "extremists"),
    }
)
_ARTICLE = re.compile(r"^(?:an?|the)\s", re.IGNORECASE)


def _described_person(agent: str, matched: str) -> bool:
    """An unnamed person described by a nationality after an article: ``an Afghan
    refugee``, ``a knife-wielding Palestinian``, ``the Pakistani jihadists`` (the codebook's
    unidentified individual, ``unknown``); not a group or a state (``the Afghan
    government``, ``the Taliban``).

    Example:
        >>> _described_person("an Afghan refugee", "Afghan")
        True
        >>> _described_person("the Afghan government", "Afghan")
        False
    """
    words = matched.split()
    head = agent.split()[-1].lower() if agent.split() else ""
    nationality = bool(words) and all(_NATIONAL.search(w) for w in words)
    group = any(FOREIGN.get(w.lower()) == "group" for w in words)
    person = bool(words) and (head in _PERSON_NOUNS or head == words[-1].lower())
    return bool(_ARTICLE.match(agent)) and nationality and person and not group


def _with_actors(frame: pd.DataFrame, lexicon: Any) -> pd.DataFrame:
    """Add ``actor``, ``responsible``, ``responsible_actor``; a pronoun agent (``it``,
    ``its jets``) with a ``referent`` takes the referent's actor, a bare state force
    (``the army``) and a bare government (``the government``) the state its sentence is set
    in (:mod:`.setting`), and a means named
    only by an unknown capitalised word (``Ohio shooting``) or a person described by a
    nationality (``an Afghan refugee``) ``unknown``."""
    table = resolve_actors(frame["agent"], context=frame["sentence_text"], lexicon=lexicon)
    actor = table["actor"].copy()
    means = (frame["agent_type"] == "means").to_numpy() & (table["rule"] == "proper_name")
    if means.any():
        actor[means] = [_means_actor(m) for m in table.loc[means, "matched"]]
    named = (table["rule"] == "proper_name").to_numpy() & ~means.to_numpy()
    for i in np.flatnonzero(named):
        if _described_person(str(frame["agent"].iat[i]), str(table["matched"].iat[i])):
            actor.iat[i] = "unknown"
    bare = (table["rule"] == "generic").to_numpy() & frame["agent"].map(bare_state_force).to_numpy()
    if bare.any():
        states = frame.loc[bare, "sentence_text"].map(setting_state)
        actor[bare] = states.fillna(actor[bare]).to_numpy()
    for i in np.flatnonzero((table["rule"] == "head").to_numpy()):  # "the federal government"
        actor.iat[i] = (
            government_state(frame["agent"].iat[i], frame["sentence_text"].iat[i]) or actor.iat[i]
        )
    referred = frame["referent"].notna() & table["rule"].isin(["pronoun", "context", "generic"])
    if referred.any():
        named = resolve_actors(frame.loc[referred, "referent"], lexicon=lexicon)["actor"]
        actor[referred] = named.to_numpy()
    return frame.assign(
        actor=actor, responsible=table["responsible"], responsible_actor=table["responsible_actor"]
    )


def _clause_frame(
    units: pd.DataFrame,
    rows: list[int],
    found: list[Clause],
    scores: list[float],
    offsets: np.ndarray,
    include_docvars: bool,
    actors: Any,
) -> pd.DataFrame:
    index = np.asarray(rows, dtype=np.int64)
    columns: dict[str, Any] = {
        "doc_id": units["doc_id"].to_numpy()[index] if len(index) else [],
        "sentence": units["sentence"].to_numpy()[index] if len(index) else [],
        "start": [offsets[r] + c.start for r, c in zip(rows, found)],
        "end": [offsets[r] + c.end for r, c in zip(rows, found)],
    }
    for name in CLAUSE_COLUMNS[4:-2]:
        if name not in _ACTOR_COLUMNS:
            columns[name] = [getattr(c, name) for c in found]
    columns["report_score"] = np.asarray(scores, dtype="float64")
    columns["sentence_text"] = units["text"].to_numpy()[index] if len(index) else []
    frame = pd.DataFrame(columns)
    frame["doc_id"] = frame["doc_id"].astype(string_dtype())
    for name in ("sentence", "start", "end"):
        frame[name] = frame[name].astype("int64")
    frame["victim_count"] = frame["victim_count"].astype("float64")
    frame["negated"] = frame["negated"].astype(bool)
    for name in _STRING_COLUMNS:
        frame[name] = pd.Series(
            [math.nan if v is None else v for v in frame[name]], dtype=string_dtype()
        )
    frame = _with_actors(modifier_agents(frame, actors), actors)[list(CLAUSE_COLUMNS)]
    if include_docvars:
        docvars = units.drop(columns=["doc_id", "sentence", "start", "end", "text"])
        # a docvar named like a clause column (FA-KES has "actor") is kept as doc_<name>
        docvars = docvars.rename(columns={c: f"doc_{c}" for c in docvars if c in frame.columns})
        frame = pd.concat([frame, docvars.iloc[index].reset_index(drop=True)], axis=1)
    return frame
