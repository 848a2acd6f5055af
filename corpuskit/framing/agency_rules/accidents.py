"""Accidents told without an accident word: a vehicle that kills, a blast at a works.

The codebook counts accidents and disasters not caused by violence as ``illness_accident``
and draws the line at an attacker: an explosion, a fire or a vehicle is violence only when
the sentence says someone used it to attack. Two inanimate causes with no attacker are read
here (cues in ``casualty_exclusions.yaml``, section ``illness_accident``):

* a vehicle as the agent of an active trigger ("A train ran over the workers, killing 16",
  "a speeding car killed two pedestrians"), unless the sentence has a word of ramming or of
  violence (``ramming``, ``violence``: "a truck plowed into the crowd, killing 84");
* a blast or fire at a works (``blasts`` and ``works``: "a chemical plant explosion injures
  3", "an explosion killed 12 miners", "a refinery blast"), unless the sentence has a word
  of violence other than the blast itself (``violence``, ``ramming``, ``deliberate``:
  "a bomb exploded at the factory", "an explosion at an ammunition depot") or the clause
  has an agent whose first conjunct is neither ("the killing of two men by unknown parties,
  and a pipeline has exploded").

Example:
    >>> from corpuskit.framing.agency_rules.cues import phrases
    >>> _works_blast("a chemical plant explosion injures 3".split(),
    ...              phrases(["explosion"]), phrases(["plant"]), phrases(["bomb"]))
    True
"""

from __future__ import annotations

from corpuskit.framing.agency_rules.cues import Cue, has, load_cues
from corpuskit.framing.agency_rules.senses import _first_conjunct
from corpuskit.framing.agency_rules.sentence import Candidate, _Sentence

_SHOOTING = ("shot", "shoot", "gun")


def accident(s: _Sentence, c: Candidate) -> bool:
    """The candidate's cause is a vehicle or a blast at a works, with no attacker in the
    sentence (see the module)."""
    cue = load_cues()["illness_accident"]
    words = s.words
    others = words[: c.i] + words[c.after :]
    if c.agent is not None and c.construction == "active" and not c.form.startswith(_SHOOTING):
        head = words[c.agent[1] - 1 : c.agent[1]]
        hostile = has(others, cue["ramming"]) or has(others, cue["violence"])
        if head and head[0] in cue["vehicle_agents"][0] and not hostile:
            return True  # "A train ran over migrant workers, killing 16"
    if c.agent is not None:
        agent = _first_conjunct(words[c.agent[0] : c.agent[1]])
        if not (has(agent, cue["blasts"]) or has(agent, cue["works"])):
            return False  # another doer: "the killing of Shi'ites by unknown parties"
    blockers = (cue["violence"], cue["ramming"], cue["deliberate"])
    return _works_blast(others, cue["blasts"], cue["works"], *blockers)


def _works_blast(words: list[str], blasts: Cue, works: Cue, *blockers: Cue) -> bool:
    """A blast word and a works word in ``words`` and no word of ``blockers`` once the
    blast words are blanked ("explosion" is itself a violence word)."""
    if not (has(words, blasts) and has(words, works)):
        return False
    rest = [w for w in words if w not in blasts[0]]
    return not any(has(rest, blocker) for blocker in blockers)
