"""Agency in casualty reporting: who is made the agent of deaths, and who is left out.

The same event can be told as ``coalition strikes killed 200 civilians``
(active, named agent), ``200 civilians were killed by coalition strikes``
(passive with agent), ``200 civilians were killed`` (agentless passive),
``civilians died`` (intransitive) or ``the deaths of civilians`` (nominal).
Agentless constructions background or suppress the actor responsible (Fowler
1991; Van Leeuwen 2008): comparing their shares across outlets shows who is
made the agent of civilian deaths.

* :func:`agency` finds the violence and casualty clauses of a corpus and
  classifies each (rules over a verb lexicon, no model needed; or a spaCy
  dependency parse when one is installed);
* :func:`agency_summary` gives the share of each construction per group,
  with document-bootstrap confidence intervals;
* :func:`evaluate_agency` scores predicted clauses against hand-labelled
  sentences.

The rules are in :mod:`corpuskit.framing.agency_rules`; ``docs/agency.md``
describes them, their limits and their measured precision and recall.

References:
    Fowler, R. (1991). Language in the News. Routledge.
    Van Leeuwen, T. (2008). Discourse and Practice. Oxford University Press.
"""

from __future__ import annotations

import functools
import itertools
import math
import multiprocessing
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd

from corpuskit._progress import progress as _progress
from corpuskit.compare.design import check_sides
from corpuskit.compare.grouped import grouped_replicates
from corpuskit.compare.stats import check_ci
from corpuskit.constants import UNITS as _UNITS
from corpuskit.framing.actors import resolve_actors
from corpuskit.framing.agency_result import AgencySummary
from corpuskit.framing.agency_rules import (
    CONSTRUCTIONS,
    MEANS,
    NOT_VIOLENCE_OBJECTS,
    Clause,
    VerbForm,
    VerbLexicon,
    find_clauses,
    load_verbs,
    parse_count,
    victim_type,
)
from corpuskit.lexicons.dictionary import Dictionary
from corpuskit.lexicons.lookup import lookup
from corpuskit.schema import string_dtype
from corpuskit.text.sentences import sentences
from corpuskit.text.tokenize import DEFAULT_RULE
from corpuskit.text.tokens import document_table

__all__ = ["AGENTLESS", "CLAUSE_COLUMNS", "agency", "agency_summary", "evaluate_agency"]

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
#: Documents per worker below which agency() runs in-process.
_PARALLEL_MIN_DOCS = 500
_ENGINES = ("rules", "spacy", "auto")
#: Constructions that name no agent (when no agent was found in the clause either).
AGENTLESS: tuple[str, ...] = ("passive_agentless", "intransitive", "nominal")
_SPACY_HINT = (
    "install the optional extra: pip install 'corpuskit[nlp]' (spaCy >= 3.7), then an English "
    "pipeline with a parser, e.g. python -m spacy download en_core_web_sm"
)


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


def _spacy_pipeline(model: str) -> Any:
    """Load an installed spaCy pipeline (never downloads one)."""
    try:
        import spacy
    except ImportError as error:
        raise ImportError(
            f"engine='spacy' needs spaCy, which is not installed: {_SPACY_HINT}"
        ) from error
    if not spacy.util.is_package(model):
        raise ImportError(
            f"engine='spacy': spaCy is installed but the pipeline model={model!r} is not "
            f"(corpuskit never downloads models): python -m spacy download {model}"
        )
    nlp = spacy.load(model, exclude=["ner", "textcat"])
    if "parser" not in nlp.pipe_names:
        raise ImportError(f"engine='spacy': the pipeline {model!r} has no dependency parser")
    return nlp


def _chunk(token: Any) -> str:
    """The base noun phrase of a parsed token: its left dependents and itself."""
    return token.doc[token.left_edge.i : token.i + 1].text


def _pobj(prep: Any) -> Any:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _spacy_clause(token: Any, n: int, form: VerbForm) -> Clause | None:
    """One clause from the dependency parse around a lexicon match (spaCy engine).

    The same constructions as the rules, read from the parse: ``nsubjpass`` /
    ``auxpass`` / a participle modifying a noun (``acl``) make a passive, an
    ``agent`` child (``by``) names its agent; ``nsubj`` and ``dobj`` are the
    agent and victim of an active verb; a relative pronoun stands for the noun
    it modifies. Adjectival participles (``the wounded``) and the idioms of
    :data:`~corpuskit.framing.agency_rules.NOT_VIOLENCE_OBJECTS` are skipped.
    """
    if token.pos_ == "ADJ":
        return None
    children = {child.dep_: child for child in token.children}
    agent = victim = None
    if form.verb_class == "nominal" or token.pos_ == "NOUN":
        construction = "nominal"
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "among"):
                victim = _pobj(prep)
            elif prep.dep_ == "prep" and prep.lower_ == "by":
                agent = _pobj(prep)
    elif form.verb_class == "intransitive-death":
        construction, victim = "intransitive", children.get("nsubj")
    elif "nsubjpass" in children or "auxpass" in children or token.dep_ == "acl":
        victim = children.get("nsubjpass") or (token.head if token.dep_ == "acl" else None)
        agent = _pobj(children["agent"]) if "agent" in children else None
        construction = "passive_agent" if agent is not None else "passive_agentless"
    else:
        construction, agent, victim = "active", children.get("nsubj"), children.get("dobj")
        if agent is not None and agent.tag_ in ("WDT", "WP") and token.dep_ == "relcl":
            agent = token.head
    if victim is not None and victim.tag_ in ("WDT", "WP") and token.dep_ == "relcl":
        victim = token.head
    transitive = form.verb_class in ("transitive-violence", "attack")
    if transitive and victim is not None and victim.lower_ in NOT_VIOLENCE_OBJECTS:
        return None
    victim_text = _chunk(victim) if victim is not None else None
    victim_words = DEFAULT_RULE.tokenize(victim_text or "")
    count, qualifier = parse_count(victim_words)
    span = token.doc[token.i : token.i + n]
    return Clause(
        start=span.start_char,
        end=span.end_char,
        verb=span.text,
        lemma=form.lemma,
        verb_class=form.verb_class,
        construction=construction,
        agent=_chunk(agent) if agent is not None else None,
        agent_type=None if agent is None else ("means" if agent.lower_ in MEANS else "actor"),
        victim=victim_text,
        victim_count=count,
        count_qualifier=qualifier,
        negated=any(c.dep_ == "neg" for c in token.children),
        victim_type=victim_type(victim_words),
        reason="attack_no_casualty" if form.verb_class == "attack" else None,
    )


def _spacy_finder(lexicon: VerbLexicon, model: str) -> Callable[[str], list[Clause]]:
    nlp = _spacy_pipeline(model)

    def find(text: str) -> list[Clause]:
        doc = nlp(text)
        words = [t.lower_ for t in doc]
        found = []
        i = 0
        while i < len(doc):
            match = lexicon.match(words, i)
            if match is None:
                i += 1
                continue
            clause = _spacy_clause(doc[i], match[0], match[1])
            if clause is not None:
                found.append(clause)
            i += match[0]
        return found

    return find


def _clause_finder(lexicon: VerbLexicon, engine: str, model: str) -> Callable[[str], list[Clause]]:
    """The function that finds the clauses of one text for ``engine``."""
    if engine in ("spacy", "auto"):
        try:
            return _spacy_finder(lexicon, model)
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
    model: str = "en_core_web_sm",
    include_excluded: bool = False,
    actors: Dictionary | Mapping[str, Any] | str | Path | None = None,
    include_docvars: bool = True,
    text_column: str = "text",
    n_jobs: int = 1,
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
        model: the spaCy pipeline for ``engine="spacy"``; never downloaded.
        include_excluded: also return the candidate clauses that are not
            casualty reports, with their ``reason``.
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
        clauses), ``sentence_text``; then the docvars (one named like a
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
    if engine not in _ENGINES:
        raise ValueError(f"engine= must be one of {_ENGINES}, got {engine!r}")
    lexicon = load_verbs(verbs)
    texts, docvars = document_table(articles, text_column=text_column)
    workers = _workers(n_jobs, len(texts)) if engine == "rules" else 1
    if workers > 1:
        options = dict(verbs=lexicon, unit=unit, include_excluded=include_excluded)
        options |= dict(actors=actors, include_docvars=include_docvars)
        return _in_parallel(docvars.assign(text=texts), workers, options)
    find = _clause_finder(lexicon, engine, model)
    units = _units(articles, unit, text_column)
    texts = units["text"].tolist()
    offsets = units["start"].to_numpy()
    rows: list[int] = []
    found: list[Clause] = []
    lowered = [text.lower() for text in texts]
    candidates = [i for i, text in enumerate(lowered) if lexicon.trigger.search(text)]
    for i in _progress(candidates, total=len(candidates), desc="agency", show=progress):
        for clause in find(texts[i]):
            if include_excluded or clause.reason is None:
                rows.append(i)
                found.append(clause)
    return _clause_frame(units, rows, found, offsets, include_docvars, actors)


def _workers(n_jobs: int, n_docs: int) -> int:
    """The number of processes for ``n_jobs`` (1 for small corpora or without ``fork``)."""
    if not isinstance(n_jobs, (int, np.integer)) or n_jobs == 0:
        raise ValueError(f"n_jobs= must be a non-zero integer, got {n_jobs!r}")
    available = os.cpu_count() or 1
    workers = available + 1 + n_jobs if n_jobs < 0 else n_jobs
    workers = max(1, min(workers, available, n_docs // _PARALLEL_MIN_DOCS))
    return workers if "fork" in multiprocessing.get_all_start_methods() else 1


def _in_parallel(frame: pd.DataFrame, workers: int, options: dict[str, Any]) -> pd.DataFrame:
    """:func:`agency` on contiguous parts of the documents in forked processes, in order."""
    bounds = np.linspace(0, len(frame), workers + 1).astype(int)
    parts = [frame.iloc[a:b] for a, b in itertools.pairwise(bounds)]
    run = functools.partial(agency, progress=False, **options)
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        return pd.concat(pool.map(run, parts), ignore_index=True)


def _with_actors(frame: pd.DataFrame, lexicon: Any) -> pd.DataFrame:
    """Add ``actor``, ``responsible``, ``responsible_actor``; a pronoun agent (``it``,
    ``its jets``) with a ``referent`` takes the referent's actor."""
    table = resolve_actors(frame["agent"], context=frame["sentence_text"], lexicon=lexicon)
    actor = table["actor"].copy()
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
    for name in CLAUSE_COLUMNS[4:-1]:
        if name not in _ACTOR_COLUMNS:
            columns[name] = [getattr(c, name) for c in found]
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
    frame = _with_actors(frame, actors)[list(CLAUSE_COLUMNS)]
    if include_docvars:
        docvars = units.drop(columns=["doc_id", "sentence", "start", "end", "text"])
        # a docvar named like a clause column (FA-KES has "actor") is kept as doc_<name>
        docvars = docvars.rename(columns={c: f"doc_{c}" for c in docvars if c in frame.columns})
        frame = pd.concat([frame, docvars.iloc[index].reset_index(drop=True)], axis=1)
    return frame


# --------------------------------------------------------------------------- summary


def _agent_labels(agents: pd.Series, labels: Dictionary | Mapping[str, Any]) -> pd.Series:
    """The label (dictionary category) of each agent string: the best-scoring category."""
    dictionary = labels if isinstance(labels, Dictionary) else Dictionary(dict(labels))
    unique = agents.dropna().astype(str).unique().tolist()
    if not unique:
        return pd.Series(np.nan, index=agents.index, dtype=object)
    scores = lookup(unique, dictionary)[dictionary.categories].to_numpy()
    best = np.asarray(dictionary.categories, dtype=object)[scores.argmax(axis=1)]
    label = dict(zip(unique, np.where(scores.max(axis=1) > 0, best, None)))
    return agents.map(lambda a: label.get(a) if isinstance(a, str) else None)


def _measures(
    clauses: pd.DataFrame, labels: Dictionary | Mapping[str, Any] | None
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """measure -> (numerator, denominator) indicator per clause."""
    construction = clauses["construction"].astype(object).to_numpy()
    has_agent = clauses["agent"].notna().to_numpy()
    every = np.ones(len(clauses), dtype=bool)
    measures = {c: (construction == c, every) for c in CONSTRUCTIONS}
    measures["agentless"] = (np.isin(construction, AGENTLESS) & ~has_agent, every)
    actor = (clauses["agent_type"].astype(object) == "actor").to_numpy()
    measures["actor_agent"] = (actor, every)
    if labels is not None:
        label = _agent_labels(clauses["agent"], labels).to_numpy()
        names = sorted({v for v in label[actor] if isinstance(v, str)})
        for name in names:
            measures[f"agent:{name}"] = (actor & (label == name), actor)
    return measures


def agency_summary(
    clauses: pd.DataFrame,
    *,
    by: str | Sequence[str],
    n_boot: int = 1000,
    ci: float = 0.95,
    seed: int | None = 0,
    agent_labels: Dictionary | Mapping[str, Any] | None = None,
    reference: Any = None,
    hand_labels: pd.DataFrame | None = None,
) -> AgencySummary:
    """Share of each construction per group, with document-bootstrap confidence intervals.

    For a group, the share of a measure is ``sum_d x_d / sum_d n_d`` over its
    documents ``d``, where ``x_d`` counts the document's clauses that have
    the property and ``n_d`` the clauses it is a share of. The interval
    resamples the group's documents (not clauses) with replacement ``n_boot``
    times and takes the ``(1 - ci) / 2`` and ``(1 + ci) / 2`` quantiles of the
    resampled shares (percentile bootstrap; Efron & Tibshirani 1993), so
    clauses of one article are not treated as independent. Only documents with
    at least one clause take part.

    Measures (shares of all clauses unless said):

    * ``active``, ``passive_agent``, ``passive_agentless``, ``intransitive``,
      ``nominal``: the constructions;
    * ``agentless``: agentless passives, intransitives and nominals that name
      no agent (the constructions that background the actor);
    * ``actor_agent``: clauses whose agent is an actor (not a means);
    * ``agent:<label>`` (with ``agent_labels``): share of the actor-agent
      clauses whose agent matches the label (the best-scoring category of
      ``agent_labels`` under :func:`corpuskit.lookup`; e.g.
      ``ck.lexicon("actor_naming").levels(1)``).

    With ``reference=`` (a group value), every group also gets the difference
    of its share from the reference group's, ``diff = share - share_ref``
    (an effect size in share points), and its percentile interval from
    independent resamples of the two groups; an interval that excludes 0 is a
    difference at level ``ci``. Many measures and groups are compared at once:
    read single intervals with that in mind (or widen ``ci``).

    Args:
        clauses: the result of :func:`agency` (``doc_id``, ``construction``,
            ``agent``, ``agent_type`` and the ``by`` columns).
        by: the column(s) that define the groups (e.g. an outlet group docvar).
        n_boot: number of bootstrap resamples.
        ci: confidence level of the intervals.
        seed: random seed; the same seed gives the same intervals.
        agent_labels: a :class:`~corpuskit.lexicons.dictionary.Dictionary` (or a
            mapping ``{label: [entries]}``) that labels agent strings.
        reference: a value of ``by`` (a tuple for several columns) to compare
            every group with.
        hand_labels: hand labels of a validation sample of ``clauses``
            (:func:`corpuskit.read_labels`); the estimates corrected for the
            rules' errors are then added beside the naive ones
            (:func:`corpuskit.validation.corrected.agency_corrections`).

    Returns:
        An :class:`~corpuskit.framing.agency_result.AgencySummary` (a DataFrame
        that reads as a table in Jupyter and draws itself with ``.plot()``), one
        row per group and measure: the ``by`` columns, ``measure``,
        ``n_docs`` (documents with clauses), ``n`` (clauses the share is taken
        of), ``count``, ``share`` (``count / n``), ``low``, ``high``, and with
        ``reference`` also ``diff``, ``diff_low``, ``diff_high`` (NaN for the
        reference group itself); with ``hand_labels`` also ``n_labelled``,
        ``share_corrected``, ``low_corrected``, ``high_corrected`` (and
        ``diff_corrected``, ``diff_low_corrected``, ``diff_high_corrected``).

    Raises:
        ValueError: a missing column, an unknown reference group, bad ``n_boot`` or ``ci``.

    Warns:
        SmallSampleWarning: a group has fewer than 20 documents with clauses
            (:func:`corpuskit.compare.design.check_sides`).

    Example:
        >>> table = agency(pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["x", "y"],
        ...     "text": ["Jets killed 20 people.", "20 people were killed."]}))
        >>> summary = agency_summary(table, by="outlet", n_boot=50)
        >>> summary.loc[summary["measure"] == "agentless", ["outlet", "share"]].values.tolist()
        [['x', 0.0], ['y', 1.0]]
    """
    by_columns = [by] if isinstance(by, str) else list(by)
    needed = ["doc_id", "construction", "agent", "agent_type", *by_columns]
    missing = [c for c in needed if c not in clauses.columns]
    if missing:
        raise ValueError(
            f"clauses has no column(s) {missing}; pass the result of agency() "
            "(with include_docvars=True for docvar groups)"
        )
    check_ci(ci)
    if not isinstance(n_boot, (int, np.integer)) or n_boot < 1:
        raise ValueError(f"n_boot= must be a positive integer, got {n_boot!r}")
    measures = _measures(clauses, agent_labels)
    groups = clauses.groupby(by_columns, sort=True, dropna=False).indices
    keys = {_group_key(k, len(by_columns)): v for k, v in groups.items()}
    if reference is not None and reference not in keys:
        raise ValueError(f"reference= {reference!r} is not a group of {by}; groups: {list(keys)}")
    tail = (1.0 - ci) / 2.0
    doc_ids = clauses["doc_id"].astype(str).to_numpy()
    check_sides(
        {
            " | ".join(map(str, key if isinstance(key, tuple) else (key,))): len(
                np.unique(doc_ids[positions])
            )
            for key, positions in keys.items()
        },
        analysis="agency_summary",
        unit="documents with casualty clauses",
    )
    boot = grouped_replicates(
        clauses[["doc_id", *by_columns]],
        quantities=measures,
        by=by_columns,
        n_boot=n_boot,
        ci=ci,
        seed=seed,
    )
    result = boot.table.rename(columns={"quantity": "measure", "estimate": "share", "total": "n"})
    result = result.astype({"n": np.int64, "count": np.int64})
    result = result[[*by_columns, "measure", "n_docs", "n", "count", "share", "low", "high"]]
    replicates: dict[Any, dict[str, np.ndarray]] = {}
    for (_, row), resampled in zip(result.iterrows(), boot.replicates):
        key = _group_key(tuple(row[c] for c in by_columns), len(by_columns))
        replicates.setdefault(key, {})[row["measure"]] = resampled
    if reference is not None:
        _add_differences(result, replicates, keys, by_columns, reference, tail)
    if hand_labels is None:
        return AgencySummary(result)
    from corpuskit.validation.corrected import agency_corrections  # validation builds on agency

    return AgencySummary(
        agency_corrections(result, clauses, hand_labels, by=by_columns, reference=reference, ci=ci)
    )


def _group_key(key: Any, n_columns: int) -> Any:
    """A group's key: the value for one ``by`` column, a tuple for several."""
    if n_columns == 1 and isinstance(key, tuple):
        return key[0]
    return key


def _quantiles(values: np.ndarray, tail: float) -> tuple[float, float]:
    values = values[~np.isnan(values)]
    if len(values) == 0:
        return math.nan, math.nan
    low, high = np.quantile(values, [tail, 1.0 - tail])
    return float(low), float(high)


def _add_differences(
    result: pd.DataFrame,
    replicates: dict[Any, dict[str, np.ndarray]],
    keys: Mapping[Any, Any],
    by_columns: list[str],
    reference: Any,
    tail: float,
) -> None:
    diff, diff_low, diff_high = [], [], []
    shares = result.set_index([*by_columns, "measure"])["share"]
    for _, row in result.iterrows():
        key = tuple(row[c] for c in by_columns) if len(by_columns) > 1 else row[by_columns[0]]
        name = row["measure"]
        if key == reference or name not in replicates[reference]:
            diff.append(math.nan)
            diff_low.append(math.nan)
            diff_high.append(math.nan)
            continue
        reference_index = (*reference, name) if len(by_columns) > 1 else (reference, name)
        diff.append(row["share"] - shares.loc[reference_index])
        low, high = _quantiles(replicates[key][name] - replicates[reference][name], tail)
        diff_low.append(low)
        diff_high.append(high)
    result["diff"] = diff
    result["diff_low"] = diff_low
    result["diff_high"] = diff_high


# --------------------------------------------------------------------------- evaluation


def _normalise(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    return " ".join(DEFAULT_RULE.tokenize(str(value)))


def _token_f1(gold: str, predicted: str) -> float:
    """Token-overlap F1 of two normalised strings (1 when both are empty)."""
    g, p = gold.split(), predicted.split()
    if not g and not p:
        return 1.0
    common = sum(min(g.count(w), p.count(w)) for w in set(g))
    if common == 0:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def _as_bool(values: pd.Series) -> np.ndarray:
    mapping = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}
    out = []
    for i, value in enumerate(values):
        if isinstance(value, (bool, np.bool_)):
            out.append(bool(value))
        elif str(value).strip().lower() in mapping:
            out.append(mapping[str(value).strip().lower()])
        else:
            raise ValueError(f"gold row {i}: has_casualty_clause must be true/false, got {value!r}")
    return np.asarray(out, dtype=bool)


def _mean(values: Sequence[float]) -> float:
    return float(np.mean(values)) if len(values) else math.nan


def _macro_f1(gold: np.ndarray, predicted: np.ndarray, labels: Sequence[str]) -> float:
    scores = []
    for label in labels:
        tp = np.sum((gold == label) & (predicted == label))
        fp = np.sum((gold != label) & (predicted == label))
        fn = np.sum((gold == label) & (predicted != label))
        if tp + fp + fn:
            scores.append(2 * tp / (2 * tp + fp + fn))
    return float(np.mean(scores)) if scores else math.nan


def evaluate_agency(gold: pd.DataFrame, predicted: pd.DataFrame) -> pd.DataFrame:
    """Score predicted clauses against hand-labelled sentences.

    ``gold`` has one row per sentence, labelling its first (leftmost)
    violence or casualty clause: ``has_casualty_clause`` (true/false),
    ``construction`` (one of the five, or ``none``), ``agent``, ``victim``
    and optionally ``agent_type`` (empty for none). Its ``doc_id`` column
    matches ``predicted``'s; without one, the ids are ``doc1`` .. ``docN`` in
    row order, as :func:`agency` names a list of texts. The prediction for a
    sentence is its first clause (smallest ``start``).

    Metrics:

    * ``detection``: precision, recall and F1 of "the sentence has a clause";
    * ``construction``: accuracy and macro-F1 (over the five constructions)
      on the sentences whose gold has a clause; a missed clause counts as
      the prediction ``none``;
    * ``agent`` / ``victim``: ``exact`` (share of gold-positive sentences
      whose normalised string equals the gold one, both empty counting as
      equal) and ``overlap`` (mean token-overlap F1, SQuAD-style; 1 when both
      are empty), strings normalised by the token rule (case, punctuation and
      possessive ``'s`` ignored);
    * ``agent_type``: accuracy on gold-positive sentences (when ``gold`` has
      the column).

    Args:
        gold: the labelled sentences.
        predicted: :func:`agency`'s result for the same sentences.

    Returns:
        One row per metric: ``task``, ``metric``, ``value``, ``n`` (the sentences
        it is computed on).

    Raises:
        ValueError: a missing gold or predicted column, or a bad gold value.

    Example:
        >>> gold = pd.DataFrame({"sentence": ["Jets killed 20.", "Talks hit a snag."],
        ...     "has_casualty_clause": [True, False], "construction": ["active", "none"],
        ...     "agent": ["Jets", None], "victim": ["20", None]})
        >>> scores = evaluate_agency(gold, agency(gold["sentence"].tolist(), unit="document"))
        >>> scores.set_index(["task", "metric"])["value"].loc["detection"].tolist()
        [1.0, 1.0, 1.0]
    """
    required = ["has_casualty_clause", "construction", "agent", "victim"]
    missing = [c for c in required if c not in gold.columns]
    if missing:
        raise ValueError(f"gold has no column(s) {missing}")
    needed = ("doc_id", "start", "construction", "agent", "victim")
    missing = [c for c in needed if c not in predicted.columns]
    if missing:
        raise ValueError(f"predicted has no column(s) {missing}; pass the result of agency()")
    ids = (
        gold["doc_id"].astype(str).tolist()
        if "doc_id" in gold.columns
        else [f"doc{i + 1}" for i in range(len(gold))]
    )
    first = predicted.sort_values(["doc_id", "start"]).drop_duplicates("doc_id")
    first = first.assign(doc_id=first["doc_id"].astype(str)).set_index("doc_id")
    has_gold = _as_bool(gold["has_casualty_clause"])
    has_pred = np.array([i in first.index for i in ids])
    tp = int(np.sum(has_gold & has_pred))
    precision = tp / has_pred.sum() if has_pred.sum() else math.nan
    recall = tp / has_gold.sum() if has_gold.sum() else math.nan
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    rows = [
        ("detection", "precision", precision, int(has_pred.sum())),
        ("detection", "recall", recall, int(has_gold.sum())),
        ("detection", "f1", f1, len(gold)),
    ]
    positive = np.flatnonzero(has_gold)

    def predicted_value(i: int, column: str) -> Any:
        return first.at[ids[i], column] if has_pred[i] and column in first.columns else None

    gold_construction = gold["construction"].astype(object).to_numpy()[positive].astype(str)
    pred_construction = np.array(
        [str(predicted_value(i, "construction") or "none") for i in positive]
    )
    n = len(positive)
    accuracy = float(np.mean(gold_construction == pred_construction)) if n else math.nan
    macro_f1 = _macro_f1(gold_construction, pred_construction, CONSTRUCTIONS)
    rows += [("construction", "accuracy", accuracy, n), ("construction", "macro_f1", macro_f1, n)]
    for column in ("agent", "victim"):
        pairs = [
            (_normalise(gold[column].iloc[i]), _normalise(predicted_value(i, column)))
            for i in positive
        ]
        rows.append((column, "exact", _mean([g == p for g, p in pairs]), n))
        rows.append((column, "overlap", _mean([_token_f1(g, p) for g, p in pairs]), n))
    if "agent_type" in gold.columns:
        types = [(gold["agent_type"].iloc[i], predicted_value(i, "agent_type")) for i in positive]
        rows.append(
            ("agent_type", "accuracy", _mean([_normalise(g) == _normalise(p) for g, p in types]), n)
        )
    return pd.DataFrame(rows, columns=["task", "metric", "value", "n"])
