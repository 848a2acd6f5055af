"""Check hand-written agency cases: a sentence, its trigger, construction, agent and actor.

The rule tests of ``tests/framing`` (``test_agency_rules_s*.py``) list such cases and make
their test with :func:`case_test`. Every sentence of those cases was written for the tests
(none is taken from a corpus); the agent is given as written and the actor as the resolver
should name it.

The cases test the rules, so :func:`rule_agency` runs ``agency`` without the learned casualty
report model (``report_threshold=None``); ``tests/framing/test_agency_report.py`` tests the model.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import pandas as pd
import pytest

from corpuskit.framing.agency import agency

#: ``agency`` with the rules alone: no clause excluded by the learned report model
rule_agency = functools.partial(agency, report_threshold=None)
#: the fields of a case, in order (the names of the parametrized arguments)
FIELDS = ("sentence", "trigger", "construction", "agent", "actor")


def clauses(sentence: str) -> pd.DataFrame:
    """The clauses ``agency`` finds in ``sentence``, read as one document."""
    return rule_agency(pd.DataFrame({"doc_id": ["d"], "text": [sentence]}), unit="document")


def clause_of(text: str, verb: str, nth: int = 0) -> pd.Series:
    """The ``nth`` candidate clause of ``text`` with trigger ``verb`` (excluded ones too)."""
    frame = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    table = rule_agency(frame, unit="document", include_excluded=True, progress=False)
    return table.loc[table["verb"] == verb].iloc[nth]


def check_case(
    sentence: str, trigger: str, construction: str, agent: str | None, actor: str
) -> None:
    """One clause of ``sentence`` has ``trigger``; it has this construction, agent and actor."""
    found_clauses = clauses(sentence)
    found = found_clauses[found_clauses["verb"] == trigger]
    assert len(found) == 1, found_clauses[["verb", "construction", "agent"]]
    row = found.iloc[0]
    assert row["construction"] == construction
    assert (None if pd.isna(row["agent"]) else row["agent"]) == agent
    assert row["actor"] == actor


def case_test(cases: list[tuple[str, str, str, str | None, str]]) -> Callable[..., None]:
    """A test parametrized over ``cases`` (tuples of :data:`FIELDS`) that checks each.

    Assign it to a ``test_...`` name in the test module: pytest collects it under that name.
    A new function each call, so that the parametrization of one module is not another's.
    """

    @pytest.mark.parametrize(FIELDS, cases)
    def test(sentence: str, trigger: str, construction: str, agent: str | None, actor: str) -> None:
        check_case(sentence, trigger, construction, agent, actor)

    return test
