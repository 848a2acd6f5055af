"""The armed actor named right before an act nominal is its doer, not its victim.

The rules read the words before a nominal without an *of* phrase as its victim:
"civilian deaths", "the Khashoggi killing". Before a noun of an act of killing,
the name of an armed group, force or leader is the one who acts: "ISIS
executions", "Islamic State beheadings", "regime massacres"
(an event nominal's pre-modifier that names an agentive organisation is read
as its agent: Grimshaw 1990, ch. 3). :func:`modifier_agents` moves such a
victim to the agent when the actor lexicon resolves it by a name or force
of a group or force (:func:`corpuskit.framing.actors.resolve_actors`), not by a
state, a capital, a leader or a nationality adjective ("the Soleimani killing",
"Syrian killings" stay as the rules read them), and only for nominals of acts,
never for deaths, casualties or tolls.

Reference:
    Grimshaw, J. (1990). Argument Structure. MIT Press.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from corpuskit.framing.actors import resolve_actors

__all__ = ["ACT_NOMINALS", "modifier_agents"]

#: lemmas of nominals that name an act someone does (not a death or a toll)
ACT_NOMINALS = frozenset(
    {
        *("killing", "kill", "shooting", "shoot", "stabbing", "stab", "slaughter", "massacre"),
        *("murder", "execution", "execute", "assassination", "assassinate", "beheading"),
        *("behead", "bloodshed"),
    }
)
#: the lexicon's sub-categories that name a group or force (not a state, a capital or a
#: leader: "the Soleimani killing", "the Damascus massacre" name a victim or a place)
_GROUP_KINDS = frozenset(
    {
        *("names", "forces", "air_force", "army", "militias", "sdf", "ypg", "peshmerga", "pkk"),
        *("groups", "fsa", "unqualified", "counter_terrorism"),
    }
)
#: sub-categories whose names are all groups ("Hezbollah", "Islamic State", "YPG"), where a
#: force category's capitalised names may be a person's ("Qassem Soleimani")
_ONE_WORD_GROUPS = frozenset({"names", "groups", "sdf", "ypg", "peshmerga", "pkk", "fsa"})


def _names_group(sub_actor: Any, matched: Any) -> bool:
    """The lexicon matched a group or force by name (an actor with no sub-categories, such as
    Hezbollah, or a group kind above), not a state, capital, leader or adjective."""
    if not isinstance(matched, str):
        return False
    if not isinstance(sub_actor, str):
        return True
    kind = sub_actor.split("/")[-1]
    if kind not in _GROUP_KINDS:
        return False
    # "Russian forces", "Syrian army", "IRGC": a force noun or an acronym, not a person's name
    return kind in _ONE_WORD_GROUPS or any(w.islower() or w.isupper() for w in matched.split())


def modifier_agents(frame: pd.DataFrame, lexicon: Any = None) -> pd.DataFrame:
    """Clauses whose nominal's pre-modifier names an armed actor, with it as the agent.

    ``frame`` has the rules' columns (``construction``, ``lemma``, ``agent``,
    ``agent_type``, ``victim``, ``victim_count``, ``victim_type``); a nominal of
    an act with no agent, no count and a victim the lexicon resolves by name
    gets that victim as its agent (``agent_type`` ``"actor"``) and no victim.

    Example:
        >>> frame = pd.DataFrame({"construction": ["nominal"], "lemma": ["execution"],
        ...     "agent": [None], "agent_type": [None], "victim": ["ISIS"],
        ...     "victim_count": [float("nan")], "victim_type": ["militants"]})
        >>> row = modifier_agents(frame).iloc[0]
        >>> row["agent"], pd.isna(row["victim"]), row["victim_type"]
        ('ISIS', True, 'unspecified')
    """
    candidate = (
        frame["construction"].eq("nominal")
        & frame["lemma"].isin(ACT_NOMINALS)
        & frame["agent"].isna()
        & frame["victim"].notna()
        & frame["victim_count"].isna()
    )
    if not candidate.any():
        return frame
    table = resolve_actors(frame.loc[candidate, "victim"], lexicon=lexicon)
    named = [
        rule == "head" and _names_group(sub, matched)
        for rule, sub, matched in zip(table["rule"], table["sub_actor"], table["matched"])
    ]
    rows = frame.index[candidate][named]
    if len(rows) == 0:
        return frame
    frame = frame.copy()
    frame.loc[rows, "agent"] = frame.loc[rows, "victim"]
    frame.loc[rows, "agent_type"] = "actor"
    frame.loc[rows, "victim"] = None
    frame.loc[rows, "victim_type"] = "unspecified"
    return frame
