"""The spaCy engine of :func:`corpuskit.agency`: clauses read from a dependency parse.

``engine="spacy"`` (or ``"auto"`` with spaCy installed) finds the same clauses
as the rules, with the same triggers, coordinations and exclusions
(:func:`corpuskit.framing.agency_rules.find_clauses`), then reads each clause's
construction, agent and victim from the parse of an installed pipeline (never
downloaded; the ``nlp`` extra) or of any callable that returns a parsed
``spacy.tokens.Doc``. Where the parse says nothing (an adjective such as
*dead children*, an idiom object), the rules' reading stays.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from corpuskit.framing.agency_rules import (
    EVENT_MEANS,
    NOT_VIOLENCE_OBJECTS,
    Clause,
    VerbLexicon,
    find_clauses,
    parse_count,
    victim_type,
)
from corpuskit.text.tokenize import DEFAULT_RULE

__all__ = ["spacy_finder"]

_SPACY_HINT = (
    "install the optional extra: pip install 'corpuskit[nlp]' (spaCy >= 3.7), then an English "
    "pipeline with a parser, e.g. python -m spacy download en_core_web_sm"
)
_RELATIVE = frozenset(["who", "which", "that", "whom"])
_PASSIVE_SUBJECTS = ("nsubjpass", "nsubj:pass")
_CLAUSE_LINKS = frozenset(["advcl", "conj", "xcomp"])


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


def _child(token: Any, *deps: str) -> Any:
    return next((c for c in token.children if c.dep_ in deps), None)


def _pobj(token: Any, *words: str) -> Any:
    """The object of a preposition child of ``token`` spelled as one of ``words``."""
    for prep in token.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in words:
            return _child(prep, "pobj")
    return None


def _passive(token: Any) -> bool:
    deps = {c.dep_ for c in token.children}
    return bool(deps & {"nsubjpass", "nsubj:pass", "auxpass", "aux:pass"}) or token.dep_ == "acl"


def _antecedent(token: Any) -> Any:
    """The noun a relative clause hangs on, also across an inserted reporting verb
    (*Assad, who the U.S. says has killed*); ``None`` when there is none."""
    while token.dep_ in ("ccomp", "conj", "xcomp", "relcl") and token.head is not token:
        if token.dep_ == "relcl":
            return token.head
        token = token.head
    return None


def _subject(token: Any) -> Any:
    """The doer of an active verb: its subject; a relative pronoun's antecedent; the
    accused of *accusing X of killing*; for a participle or a coordinated verb without a
    subject, the subject of the verb it hangs on (none when that verb is passive)."""
    subject = _child(token, "nsubj")
    if subject is not None:
        if subject.lower_ in _RELATIVE:
            return _antecedent(token)
        return subject
    head = token.head
    if token.dep_ == "pcomp" and head.lower_ == "of":  # accusing Russia of killing
        return _child(head.head, "dobj", "obj")
    if token.dep_ in _CLAUSE_LINKS and head is not token and head.pos_ in ("VERB", "AUX"):
        if _passive(head):
            return None
        return _subject(head)
    return None


def _read(token: Any, clause: Clause) -> dict[str, Any] | None:
    """Construction, agent and victim tokens of one clause from the parse, or ``None``
    when the parse gives no verb or noun reading (the rules' reading stays)."""
    if token.pos_ == "ADJ":
        return None
    if clause.verb_class == "nominal" or token.pos_ == "NOUN":
        agent = _pobj(token, "by") or _child(token, "poss")
        return {"construction": "nominal", "agent": agent, "victim": _pobj(token, "of", "among")}
    if clause.verb_class == "intransitive-death":
        return {"construction": "intransitive", "agent": None, "victim": _child(token, "nsubj")}
    if _passive(token):
        victim = _child(token, *_PASSIVE_SUBJECTS) or (token.head if token.dep_ == "acl" else None)
        if victim is not None and victim.lower_ in _RELATIVE and token.dep_ == "relcl":
            victim = token.head
        agent = _pobj(token, "by")
        construction = "passive_agent" if agent is not None else "passive_agentless"
        return {"construction": construction, "agent": agent, "victim": victim}
    victim = _child(token, "dobj", "obj")
    for verb in token.conjuncts if victim is None else ():  # "shot and killed 12 people"
        victim = victim or _child(verb, "dobj", "obj")
    if victim is not None and victim.lower_ in NOT_VIOLENCE_OBJECTS:
        return None
    return {"construction": "active", "agent": _subject(token), "victim": victim}


def _reparse(doc: Any, clause: Clause) -> Clause:
    """The rules' clause with construction, agent and victim from the parse."""
    span = doc.char_span(clause.start, clause.end, alignment_mode="expand")
    if span is None or not len(span):
        return clause
    reading = _read(span.root, clause)
    if reading is None:
        return clause
    agent, victim = reading["agent"], reading["victim"]
    agent_text = _chunk(agent) if agent is not None else None
    victim_text = _chunk(victim) if victim is not None else None
    victim_words = DEFAULT_RULE.tokenize(victim_text or "")
    count, qualifier = parse_count(victim_words)
    return dataclasses.replace(
        clause,
        construction=reading["construction"],
        agent=agent_text,
        agent_type=None if agent is None else ("means" if agent.lower_ in EVENT_MEANS else "actor"),
        victim=victim_text,
        victim_count=count,
        count_qualifier=qualifier,
        victim_type=victim_type(victim_words),
        referent=clause.referent if agent_text == clause.agent else None,
    )


def spacy_finder(lexicon: VerbLexicon, model: str | Callable[[str], Any]) -> Callable:
    """The clause finder of the spaCy engine.

    Args:
        lexicon: the violence lexicon.
        model: the name of an installed spaCy pipeline with a parser, or a callable
            (a loaded ``nlp``) that returns a parsed ``spacy.tokens.Doc`` for a text.

    Example:
        A hand-built parse stands in for ``spacy.load("en_core_web_sm")``:

        >>> from spacy.tokens import Doc
        >>> from spacy.vocab import Vocab
        >>> from corpuskit.framing.agency_rules import load_verbs
        >>> words = ["Russian", "jets", "killed", "12", "civilians", "."]
        >>> parse = Doc(Vocab(), words=words, spaces=[True] * 4 + [False] * 2,
        ...             heads=[1, 2, 2, 4, 2, 2],
        ...             deps=["amod", "nsubj", "ROOT", "nummod", "dobj", "punct"],
        ...             pos=["ADJ", "NOUN", "VERB", "NUM", "NOUN", "PUNCT"])
        >>> find = spacy_finder(load_verbs(), lambda text: parse)
        >>> [(c.construction, c.agent, c.victim) for c in find(parse.text)]
        [('active', 'Russian jets', '12 civilians')]
    """
    nlp = _spacy_pipeline(model) if isinstance(model, str) else model

    def find(text: str) -> list[Clause]:
        clauses = find_clauses(text, lexicon)
        if not clauses:
            return []
        doc = nlp(text)
        return [_reparse(doc, clause) for clause in clauses]

    return find
