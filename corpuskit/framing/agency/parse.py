"""The spaCy engine of :func:`corpuskit.agency`: clauses read from a dependency parse.

``engine="spacy"`` (or ``"auto"`` with spaCy installed) finds the same lexicon
matches as the rules, then reads each clause's construction, agent and victim
from the parse of the installed pipeline (never downloaded; the ``nlp`` extra).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from corpuskit.framing.agency_rules import (
    MEANS,
    NOT_VIOLENCE_OBJECTS,
    Clause,
    VerbForm,
    VerbLexicon,
    parse_count,
    victim_type,
)
from corpuskit.text.tokenize import DEFAULT_RULE

__all__ = ["spacy_finder"]

_SPACY_HINT = (
    "install the optional extra: pip install 'corpuskit[nlp]' (spaCy >= 3.7), then an English "
    "pipeline with a parser, e.g. python -m spacy download en_core_web_sm"
)


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


def spacy_finder(lexicon: VerbLexicon, model: str) -> Callable[[str], list[Clause]]:
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
