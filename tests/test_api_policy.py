"""One argument policy over the public API (docs/architecture.md, "Layers and the argument policy").

Over every name exported by ``corpuskit`` (``_EXPORTS``) and every chart of
``ck.plot``:

- names in CamelCase are classes, snake_case names are functions;
- a function's first parameter is named for the noun it takes (``articles``,
  ``dtm``, ``data``, ``source``, ``text``), except the few in
  :data:`FIRST_PARAMETER_EXCEPTIONS`; every later parameter is keyword-only,
  but for the few required inputs of :data:`REQUIRED_INPUTS` (what ``kwic``
  looks for, where ``write_sheet`` writes); options, having defaults, always are;
- evaluations (``evaluate_*``, ``score_*``) take ``(predicted, gold)``, then
  keyword-only options;
- grouping is ``by=``: no parameter is named ``group``, ``groups``, ``column``,
  ``event`` or ``to`` (constructors included);
- every ``seed`` parameter defaults to 0.

Signatures are read with :func:`inspect.signature`, which follows the wrappers
of :func:`corpuskit._compat.renamed_arguments` to the new names. Class
constructors build results or take their own nouns (a ``Dictionary``'s
categories), so only the grouping and seed rules apply to them.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest

import corpuskit
import corpuskit.plot

#: The nouns a first parameter may take.
NOUNS = ("articles", "dtm", "data", "source", "text")

#: Functions whose first parameter is something else, and what it is.
FIRST_PARAMETER_EXCEPTIONS = {
    # a registered dataset, looked up by name
    "load_dataset": "name",
    "dataset_info": "name",
    "fetch_dataset": "name",
    "outlet_groups": "name",
    # a bundled lexicon, looked up by name
    "lexicon": "name",
    # a language code
    "stopwords": "language",
    # the address of a Dask scheduler
    "client": "address",
    # prediction-powered inference's notation (Angelopoulos et al. 2023): labelled outcomes
    "ppi_mean": "y",
}

#: Required parameters that may follow the first positionally: what the function looks
#: for or where it writes, written positionally throughout the documentation.
REQUIRED_INPUTS = {
    "kwic": ("pattern",),  # the words to show in context
    "collocations": ("node",),  # the word whose neighbours are counted
    "lookup": ("dictionary",),  # the dictionary to look up
    "naming_hits": ("dictionary",),
    "nearest": ("query",),  # the text whose neighbours are wanted
    "plot.xray": ("terms",),  # the terms to place
    "resolve_hit": ("start", "end"),  # the hit's character offsets in the text
    "assign_groups": ("mapping",),  # the groups to assign
    "corrected_shares": ("labels",),  # the hand labels that correct the result
    "corrected_agency_summary": ("labels",),
    "write_sheet": ("path",),  # where to write
    "export_annotation": ("path",),
    "ppi_mean": ("yhat", "yhat_unlabelled"),  # predictions on labelled and unlabelled items
}

#: Names a grouping parameter must not have: grouping is ``by=``.
GROUPING_SYNONYMS = ("group", "groups", "column", "event", "to")

#: Parameters with one of those names that do not group, and what they are.
GROUPING_EXCEPTIONS = {
    # the column of the table cell that failed to load
    ("LoadError", "column"),
    # the clusters that cross-validation folds and resamples keep whole (scikit-learn's
    # `groups=` of GroupKFold): no result is split by them
    ("cross_validate_classifier", "groups"),
    ("cross_validate_stance", "groups"),
}

#: ck.plot's charts, checked as ``plot.<name>``
PLOT_NAMES = [f"plot.{name}" for name in corpuskit.plot.__all__]
NAMES = [*sorted(corpuskit._EXPORTS), *PLOT_NAMES]


def _resolve(name: str) -> Any:
    if name.startswith("plot."):
        return getattr(corpuskit.plot, name.removeprefix("plot."))
    return getattr(corpuskit, name)


def _short(name: str) -> str:
    return name.removeprefix("plot.")


def _is_camel_case(name: str) -> bool:
    return name[:1].isupper() and not name.isupper()


def _is_constant(name: str) -> bool:
    return name.isupper()


def _is_evaluation(name: str) -> bool:
    return _short(name).startswith(("evaluate_", "score_"))


def _is_deprecated_alias(name: str) -> bool:
    """An old name kept for one release (``corpuskit._compat.deprecated_alias``)."""
    return getattr(_resolve(name), "__deprecated_alias_of__", None) is not None


DEPRECATED = [name for name in NAMES if _is_deprecated_alias(name)]
FUNCTIONS = [
    name
    for name in NAMES
    if not _is_camel_case(name) and not _is_constant(name) and name not in DEPRECATED
]
CLASSES = [name for name in NAMES if _is_camel_case(name)]


def _parameters(name: str) -> list[inspect.Parameter]:
    obj = _resolve(name)
    target = obj.__init__ if inspect.isclass(obj) else obj
    parameters = list(inspect.signature(target).parameters.values())
    if inspect.isclass(obj) and parameters and parameters[0].name == "self":
        parameters = parameters[1:]
    return parameters


def _positional(parameters: list[inspect.Parameter]) -> list[inspect.Parameter]:
    kinds = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return [p for p in parameters if p.kind in kinds or p.kind is p.VAR_POSITIONAL]


def test_every_export_is_checked() -> None:
    assert len(NAMES) == len(set(NAMES))
    assert set(FIRST_PARAMETER_EXCEPTIONS) <= set(FUNCTIONS), "an exception names no function"
    assert set(REQUIRED_INPUTS) <= set(FUNCTIONS), "an exception names no function"


@pytest.mark.parametrize("name", DEPRECATED)
def test_deprecated_aliases_name_their_replacement(name: str) -> None:
    """Old names are exempt from the policy for their last release, and say what replaces them."""
    replacement = _resolve(name).__deprecated_alias_of__
    assert replacement and replacement != name


@pytest.mark.parametrize("name", CLASSES)
def test_camel_case_names_are_classes(name: str) -> None:
    assert inspect.isclass(_resolve(name)), f"{name} is named like a class but is not one"


@pytest.mark.parametrize("name", FUNCTIONS)
def test_snake_case_names_are_functions(name: str) -> None:
    obj = _resolve(name)
    assert callable(obj) and not inspect.isclass(obj), f"{name} is named like a function"


@pytest.mark.parametrize("name", [n for n in FUNCTIONS if not _is_evaluation(n)])
def test_first_parameter_is_named_for_its_noun(name: str) -> None:
    positional = _positional(_parameters(name))
    if not positional:  # nothing to name: no parameters, or options only
        return
    first = positional[0].name
    expected = FIRST_PARAMETER_EXCEPTIONS.get(_short(name)) if name in corpuskit._EXPORTS else None
    if expected is not None:
        assert first == expected, f"{name}({first}, ...): listed as taking {expected}"
    else:
        assert first in NOUNS, f"{name}({first}, ...): the first parameter is one of {NOUNS}"


@pytest.mark.parametrize("name", [n for n in FUNCTIONS if not _is_evaluation(n)])
def test_options_are_keyword_only(name: str) -> None:
    later = _positional(_parameters(name))[1:]
    allowed = REQUIRED_INPUTS.get(name, ())
    wrong = [
        p.name
        for p in later
        if p.kind is p.VAR_POSITIONAL or p.default is not p.empty or p.name not in allowed
    ]
    assert not wrong, f"{name}: {wrong} should be keyword-only (after `*,`)"
    missing = [n for n in allowed if n not in [p.name for p in later]]
    assert not missing, f"REQUIRED_INPUTS lists {missing} for {name}, which it does not take"


@pytest.mark.parametrize("name", [n for n in FUNCTIONS if _is_evaluation(n)])
def test_evaluations_take_predicted_then_gold(name: str) -> None:
    positional = [p.name for p in _positional(_parameters(name))]
    assert positional == ["predicted", "gold"], f"{name}({', '.join(positional)}, ...)"


@pytest.mark.parametrize("name", [*FUNCTIONS, *CLASSES])
def test_grouping_is_by(name: str) -> None:
    wrong = [
        p.name
        for p in _parameters(name)
        if p.name in GROUPING_SYNONYMS and (_short(name), p.name) not in GROUPING_EXCEPTIONS
    ]
    assert not wrong, f"{name}: {wrong} (grouping is by=)"


@pytest.mark.parametrize("name", [*FUNCTIONS, *CLASSES])
def test_seed_defaults_to_zero(name: str) -> None:
    for parameter in _parameters(name):
        if parameter.name == "seed":
            default = parameter.default
            assert type(default) is int and default == 0, f"{name}(seed={default!r})"
