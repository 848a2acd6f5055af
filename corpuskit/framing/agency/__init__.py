"""Agency in casualty reporting: who is made the agent of deaths, and who is left out.

The same event can be told as ``coalition strikes killed 200 civilians``
(active, named agent), ``200 civilians were killed by coalition strikes``
(passive with agent), ``200 civilians were killed`` (agentless passive),
``civilians died`` (intransitive) or ``the deaths of civilians`` (nominal).
Agentless constructions background or suppress the actor responsible (Fowler
1991; Van Leeuwen 2008): comparing their shares across outlets shows who is
made the agent of civilian deaths.

* :func:`agency` (:mod:`.clauses`) finds the violence and casualty clauses
  of a corpus and classifies each (rules over a verb lexicon, no model
  needed; or a spaCy dependency parse when one is installed, :mod:`.parse`);
* :func:`agency_summary` (:mod:`.summary`) gives the share of each
  construction per group, with document-bootstrap confidence intervals;
  :func:`corrected_agency_summary` adds the estimates corrected with hand labels;
* :class:`CasualtyReportClassifier` (:mod:`.report`) scores each candidate clause, with
  the rules' verdict, as a casualty report or not (the bundled model is fitted on the
  hand-labelled sets; ``agency(report_threshold=...)`` decides by its score);
* :func:`evaluate_agency` (:mod:`corpuskit.framing.agency_eval`) scores
  predicted clauses against hand-labelled sentences.

The rules are in :mod:`corpuskit.framing.agency_rules`; ``docs/agency.md``
describes them, their limits and their measured precision and recall.

References:
    Fowler, R. (1991). Language in the News. Routledge.
    Van Leeuwen, T. (2008). Discourse and Practice. Oxford University Press.
"""

from __future__ import annotations

from corpuskit.framing.agency.clauses import CLAUSE_COLUMNS, agency
from corpuskit.framing.agency.report import CasualtyReportClassifier
from corpuskit.framing.agency.summary import agency_summary, corrected_agency_summary
from corpuskit.framing.agency_eval import evaluate_agency
from corpuskit.framing.agency_rules import AGENTLESS

__all__ = [
    "AGENTLESS",
    "CLAUSE_COLUMNS",
    "CasualtyReportClassifier",
    "agency",
    "agency_summary",
    "corrected_agency_summary",
    "evaluate_agency",
]
