"""A pytest plugin that runs scikit-learn's own ``test_text.py`` against corpuskit's vectorizers.

Used by ``tests/docterm/test_sklearn_compat.py`` in a separate pytest process (never
loaded by the main suite): ``CountVectorizer`` and ``TfidfVectorizer`` of
``sklearn.feature_extraction.text`` are replaced by :class:`CorpusVectorizer`
and :class:`CorpusTfidfVectorizer` before the test file is imported, only the
tests that use them are kept (a test parametrized with ``HashingVectorizer`` or
``TfidfTransformer`` is left out), and each test's outcome is written as JSON to
the file named by ``CORPUSKIT_SKLEARN_REPORT``.
"""

from __future__ import annotations

import inspect
import json
import os

import pytest
import sklearn.feature_extraction.text as sklearn_text

from corpuskit.vectorize import CorpusTfidfVectorizer, CorpusVectorizer

_OTHERS = (sklearn_text.HashingVectorizer, sklearn_text.TfidfTransformer)
_outcomes: dict[str, str] = {}


def pytest_configure(config: pytest.Config) -> None:
    sklearn_text.CountVectorizer = CorpusVectorizer
    sklearn_text.TfidfVectorizer = CorpusTfidfVectorizer


def _uses_ours(item: pytest.Item) -> bool:
    source = inspect.getsource(item.function)  # type: ignore[attr-defined]
    if "CountVectorizer" not in source and "TfidfVectorizer" not in source:
        return False
    params = getattr(item, "callspec", None)
    values = params.params.values() if params is not None else ()
    return not any(isinstance(v, _OTHERS) or any(v is o for o in _OTHERS) for v in values)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    kept = [item for item in items if _uses_ours(item)]
    config.hook.pytest_deselected(items=[item for item in items if item not in kept])
    items[:] = kept


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" or report.outcome != "passed":
        previous = _outcomes.get(report.nodeid, "passed")
        _outcomes[report.nodeid] = report.outcome if previous == "passed" else previous


def pytest_sessionfinish(session: pytest.Session) -> None:
    with open(os.environ["CORPUSKIT_SKLEARN_REPORT"], "w", encoding="utf-8") as out:
        json.dump(_outcomes, out, indent=1, sort_keys=True)
