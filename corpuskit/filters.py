r"""A safe filter language for selecting rows: the ``where=`` / ``--where`` strings.

Every string filter in corpuskit (a report's ``where``, an analysis' ``where``,
``--where``, ``--target``/``--reference`` without ``--by``, ``target=`` and
``reference=`` strings of the comparison functions, ``DocTermMatrix.subset``)
goes through this module. A filter is parsed and checked against a strict
grammar, then evaluated with vectorised pandas operations; it is never run as
Python code (no ``eval``, no ``DataFrame.query``), so a shared study
configuration cannot run anything on the reader's machine.

The grammar is a subset of :meth:`pandas.DataFrame.query`, so the same string
selects the same rows:

- **columns**: bare names (``outlet``), or, for names with spaces or other
  characters, between backticks as in pandas (a column ``outlet group`` is
  written `` `outlet group` ``);
- **literals**: quoted strings, integers, floats (``-1.5``), ``True``,
  ``False``, ``None``, and lists or tuples of these (``['sana', 'tass']``);
- **comparisons**: ``==``, ``!=``, ``<``, ``<=``, ``>``, ``>=`` between a column
  and a literal or two columns, chained (``1 <= words < 500``); ``in`` and
  ``not in`` with a list (``==``/``!=`` with a list mean the same);
- **missing values**: ``column.isna()`` and ``column.notna()`` (also
  ``isnull()``/``notnull()``);
- **logic**: ``and``, ``or``, ``not`` (or ``&``, ``|``, ``~``, with the same
  precedence as the words), parentheses, and a boolean column on its own;
- **dates**: a string compared with a datetime column is read as a date
  (``date >= '2016-07-01'``); a date without a time zone is taken in the
  column's time zone.

A missing value (``NaN``, ``None``, ``NaT``, ``pd.NA``) fails every comparison
and ``in`` test, so it satisfies ``!=`` and ``not in`` on a NumPy-backed column
(as in Python and pandas), and neither on a pandas nullable column (where the
result is missing and the row is not kept); test it with ``isna()``/``notna()``.
Anything else (``@`` variables, attribute access, other calls, subscripts,
arithmetic, lambdas, comprehensions, f-strings) is a :class:`FilterError`
saying what is not allowed. Python users who need more pass a boolean mask or
a callable instead of a string.

Example:
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"outlet": ["sana", "tass", "ap"], "words": [120, 80, 300]})
    >>> filter_mask(frame, "outlet in ['sana', 'tass'] and words > 100").tolist()
    [True, False, False]
"""

from __future__ import annotations

import ast
import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import numpy as np
import pandas as pd

from corpuskit.errors import CorpuskitError

__all__ = ["Filter", "FilterError", "filter_mask", "parse_filter"]

ALLOWED = (
    "a filter may use column names (in `backticks` for names with spaces), quoted "
    "strings, numbers, True/False/None, lists ['a', 'b'], the comparisons "
    "== != < <= > >=, in / not in, column.isna() / column.notna(), and / or / not "
    "(& | ~) and parentheses"
)
_NULL_TESTS = {"isna": False, "isnull": False, "notna": True, "notnull": True}
_COMPARE = {
    ast.Eq: "__eq__",
    ast.NotEq: "__ne__",
    ast.Lt: "__lt__",
    ast.LtE: "__le__",
    ast.Gt: "__gt__",
    ast.GtE: "__ge__",
}
_CONSTANT_TYPES = (str, int, float, bool, type(None))
#: how many characters of a filter an error message shows
_SHOWN = 200
#: makes the error about one filter from a description of the problem
_Fail = Callable[[str], "FilterError"]
#: names for constructs the grammar rejects, shown in errors
_CONSTRUCTS = {
    ast.Attribute: "attribute access",
    ast.Call: "function calls other than column.isna()/column.notna()",
    ast.Subscript: "subscripts",
    ast.BinOp: "arithmetic",
    ast.Lambda: "lambda",
    ast.ListComp: "comprehensions",
    ast.SetComp: "comprehensions",
    ast.DictComp: "comprehensions",
    ast.GeneratorExp: "comprehensions",
    ast.JoinedStr: "f-strings",
    ast.NamedExpr: "assignment (:=)",
    ast.IfExp: "conditional expressions",
    ast.Starred: "starred expressions",
    ast.Dict: "dictionaries",
    ast.Set: "sets",
    ast.Await: "await",
    ast.Yield: "yield",
    ast.YieldFrom: "yield",
    ast.Slice: "slices",
    ast.UnaryOp: "an operator on a value (arithmetic, or ~/not not wrapping a condition in "
    "parentheses)",
}


class FilterError(CorpuskitError, ValueError):
    """A filter string is not in the filter language, or does not fit the data.

    Attributes:
        argument: the option or argument that held the filter (``"where="``, ``"--where"``).
        text: the filter string.
        problem: what is wrong, in words.
    """

    def __init__(self, argument: str, text: str, problem: str):
        self.argument = argument
        self.text = text
        self.problem = problem
        shown = text if len(text) <= _SHOWN else f"{text[:_SHOWN]}... ({len(text)} characters)"
        super().__init__(f"{argument} {shown!r}: {problem}")


@dataclass(frozen=True)
class Filter:
    """A parsed, checked filter; :meth:`mask` evaluates it on a DataFrame.

    Attributes:
        text: the filter as written.
        argument: the option that held it, for error messages.
        columns: the column names it uses, in order of first use.
    """

    text: str
    argument: str
    columns: tuple[str, ...]
    _tree: ast.expr = field(repr=False, compare=False)
    _names: dict[str, str] = field(repr=False, compare=False)

    def mask(self, frame: pd.DataFrame) -> np.ndarray:
        """The rows of ``frame`` the filter keeps, as a boolean array by position.

        Raises:
            FilterError: a column is missing (with a did-you-mean), a date
                literal is not a date, or a comparison does not fit the column's type.

        Example:
            >>> frame = pd.DataFrame({"outlet": ["sana", None]})
            >>> parse_filter("outlet != 'tass'").mask(frame).tolist()
            [True, True]
        """
        fail = partial(FilterError, self.argument, self.text)
        for column in self.columns:
            _check_column(fail, frame, column)
        try:
            result = _Evaluator(fail, self._names, frame).condition(self._tree)
        except RecursionError:
            raise fail("is nested too deeply") from None
        if isinstance(result.dtype, pd.BooleanDtype):
            result = result.fillna(False)
        return result.to_numpy(dtype=bool)


def parse_filter(text: str, *, argument: str = "where=") -> Filter:
    """Parse and check a filter string (see the module docs for the grammar).

    Args:
        text: the filter, e.g. ``"event == 'aleppo' and outlet != 'sana'"``.
        argument: how the user gave it (``"where="``, ``"--where"``,
            ``"analysis 'x' where ="``), named in errors.

    Returns:
        A :class:`Filter`; nothing is evaluated yet.

    Raises:
        FilterError: the text is not a string, not valid syntax, or uses a
            construct outside the grammar (the message says which, and what is allowed).

    Example:
        >>> parse_filter("`outlet group` == 'other' or words >= 10").columns
        ('outlet group', 'words')
        >>> try:
        ...     parse_filter("@pd.io.common.os.system('touch x') == 0")
        ... except FilterError as error:
        ...     print(error.problem.split(";")[0])
        '@' (local variables) is not allowed
    """
    if not isinstance(text, str):
        raise FilterError(argument, str(text), f"must be a string, got {type(text).__name__}")
    fail = partial(FilterError, argument, text)
    if "\0" in text:
        raise fail("holds a NUL character")
    source, names = _rewrite(text, fail)
    if not source.strip():
        raise fail(f"is empty; {ALLOWED}")
    try:
        tree = ast.parse(source.strip(), mode="eval").body
        columns = _Checker(fail, names).condition(tree)
    except SyntaxError as error:
        raise fail(f"is not valid filter syntax ({error.msg}); {ALLOWED}") from None
    except (RecursionError, MemoryError):
        raise fail("is nested too deeply") from None
    return Filter(text, argument, tuple(dict.fromkeys(columns)), tree, names)


def filter_mask(frame: pd.DataFrame, text: str | Filter, *, argument: str = "where=") -> np.ndarray:
    """The rows of ``frame`` a filter string keeps, as a boolean array by position.

    Args:
        frame: the rows to filter; its index is ignored.
        text: the filter (see the module docs for the grammar), or a
            :class:`Filter` already parsed (which names its own argument).
        argument: how the user gave the string, named in errors.

    Returns:
        A ``numpy`` boolean array of length ``len(frame)``.

    Raises:
        FilterError: (a ``ValueError``) the filter is outside the grammar or
            names a column ``frame`` lacks.

    Example:
        >>> frame = pd.DataFrame({"date": pd.to_datetime(["2016-06-30", "2016-07-01"])})
        >>> filter_mask(frame, "date >= '2016-07-01'").tolist()
        [False, True]
    """
    parsed = text if isinstance(text, Filter) else parse_filter(text, argument=argument)
    return parsed.mask(frame)


def _rewrite(text: str, fail: _Fail) -> tuple[str, dict[str, str]]:
    """Replace backticked names by placeholders and ``&``/``|`` by ``and``/``or``.

    Quoted strings are copied unchanged; ``@`` outside them is rejected.
    """
    pieces: list[str] = []
    names: dict[str, str] = {}
    position = 0
    while position < len(text):
        char = text[position]
        if char in "'\"":
            end = _string_end(text, position, fail)
            pieces.append(text[position:end])
            position = end
            continue
        if char == "`":
            end = text.find("`", position + 1)
            if end < 0:
                raise fail("has a ` without its closing `")
            placeholder = _placeholder(text, len(names))
            names[placeholder] = text[position + 1 : end]
            pieces.append(f" {placeholder} ")
            position = end + 1
            continue
        if char == "@":
            raise fail(f"'@' (local variables) is not allowed; {ALLOWED}")
        pieces.append({"&": " and ", "|": " or "}.get(char, char))
        position += 1
    return "".join(pieces), names


def _string_end(text: str, start: int, fail: _Fail) -> int:
    """The position just after the quoted string starting at ``start``."""
    quote = text[start : start + 3] if text[start : start + 3] in ("'''", '"""') else text[start]
    position = start + len(quote)
    while position < len(text):
        if text.startswith(quote, position):
            return position + len(quote)
        position += 2 if text[position] == "\\" else 1
    raise fail(f"has a string without its closing {quote}")


def _placeholder(text: str, number: int) -> str:
    """An identifier for the ``number``-th backticked name that the text itself does not use."""
    name = f"ck_backtick_{number}"
    while name in text:
        name += "_"
    return name


class _Checker:
    """Walks a parsed filter, rejecting every node outside the grammar; returns the columns."""

    def __init__(self, fail: _Fail, names: dict[str, str]):
        self.fail = fail
        self.names = names

    def reject(self, node: ast.AST, what: str | None = None) -> FilterError:
        construct = what or _CONSTRUCTS.get(type(node), type(node).__name__)
        snippet = ast.unparse(node)
        return self.fail(f"{snippet!r} is not allowed ({construct}); {ALLOWED}")

    def condition(self, node: ast.expr) -> list[str]:
        if isinstance(node, ast.BoolOp):
            return [c for value in node.values for c in self.condition(value)]
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not | ast.Invert):
            return self.condition(node.operand)
        if isinstance(node, ast.Compare):
            return self.comparison(node)
        if isinstance(node, ast.Name):
            return [self.column(node)]
        if _null_test(node) is not None:
            return [self.column(node.func.value)]  # type: ignore[attr-defined]
        if isinstance(node, ast.Constant | ast.List | ast.Tuple):
            raise self.reject(node, "a literal on its own")
        raise self.reject(node)

    def comparison(self, node: ast.Compare) -> list[str]:
        operands = [node.left, *node.comparators]
        columns = []
        for left, op, right in zip(operands, node.ops, operands[1:]):
            sides = [self.operand(left), self.operand(right)]
            if isinstance(op, ast.In | ast.NotIn):
                if sides[0] != "column" or sides[1] != "list":
                    raise self.reject(node, "'in' other than column in [literals]")
            elif "list" in sides and not isinstance(op, ast.Eq | ast.NotEq):
                raise self.reject(node, "a list compared other than with ==, !=, in, not in")
            elif not isinstance(op, tuple(_COMPARE)):
                raise self.reject(node, "'is' and 'is not'; use isna() / notna() or ==")
            elif "column" not in sides:
                raise self.reject(node, "a comparison without a column")
            columns += [self.column(side) for side in (left, right) if isinstance(side, ast.Name)]
        return columns

    def operand(self, node: ast.expr) -> str:
        """``"column"``, ``"literal"`` or ``"list"``; anything else is rejected."""
        if isinstance(node, ast.Name):
            return "column"
        if isinstance(node, ast.List | ast.Tuple):
            for element in node.elts:
                if self.operand(element) != "literal":
                    raise self.reject(element, "a list element other than a literal")
            return "list"
        if _literal(node) is not _NOT_LITERAL:
            return "literal"
        if isinstance(node, ast.Constant):
            raise self.reject(node, f"a {type(node.value).__name__} literal")
        raise self.reject(node)

    def column(self, node: ast.Name) -> str:
        name = self.names.get(node.id, node.id)
        if name.startswith("__"):
            raise self.fail(f"the name {name!r} is not allowed (no column starts with __)")
        return name


_NOT_LITERAL = object()


def _literal(node: ast.expr) -> Any:
    """The value of a literal node (``-1`` included), or ``_NOT_LITERAL``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, _CONSTANT_TYPES):
        return node.value
    if (
        isinstance(node, ast.UnaryOp)
        and isinstance(node.op, ast.USub | ast.UAdd)
        and isinstance(node.operand, ast.Constant)
        and type(node.operand.value) in (int, float)
    ):
        return -node.operand.value if isinstance(node.op, ast.USub) else node.operand.value
    return _NOT_LITERAL


def _null_test(node: ast.expr) -> bool | None:
    """For ``column.isna()`` False, for ``column.notna()`` True, else None."""
    if (
        isinstance(node, ast.Call)
        and not node.args
        and not node.keywords
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.attr in _NULL_TESTS
    ):
        return _NULL_TESTS[node.func.attr]
    return None


def _check_column(fail: _Fail, frame: pd.DataFrame, column: str) -> None:
    names = [str(c) for c in frame.columns]
    if column not in frame.columns:
        close = difflib.get_close_matches(column, names, n=3)
        hint = f" (did you mean {' or '.join(map(repr, close))}?)" if close else ""
        raise fail(f"unknown column {column!r}{hint}; available columns: {names}")
    if names.count(column) > 1:
        raise fail(f"the column name {column!r} is used by several columns")


class _Evaluator:
    """Evaluates a checked filter tree on a frame with vectorised pandas operations."""

    def __init__(self, fail: _Fail, names: dict[str, str], frame: pd.DataFrame):
        self.fail = fail
        self.names = names
        self.frame = frame

    def condition(self, node: ast.expr) -> pd.Series:
        if isinstance(node, ast.BoolOp):
            values = [self.condition(value) for value in node.values]
            result = values[0]
            for value in values[1:]:
                result = result & value if isinstance(node.op, ast.And) else result | value
            return result
        if isinstance(node, ast.UnaryOp):
            return ~self.condition(node.operand)
        if isinstance(node, ast.Compare):
            return self.comparison(node)
        if isinstance(node, ast.Name):
            return self.boolean_column(node)
        keep_present = _null_test(node)
        values = self.series(node.func.value)  # type: ignore[attr-defined]
        return values.notna() if keep_present else values.isna()

    def comparison(self, node: ast.Compare) -> pd.Series:
        operands = [node.left, *node.comparators]
        parts = [
            self.compare(left, op, right)
            for left, op, right in zip(operands, node.ops, operands[1:])
        ]
        result = parts[0]
        for part in parts[1:]:
            result = result & part
        return result

    def compare(self, left: ast.expr, op: ast.cmpop, right: ast.expr) -> pd.Series:
        if not isinstance(left, ast.Name):  # literal OP column: mirror it
            left, right, op = right, left, _MIRROR.get(type(op), op)
        column = self.series(left)
        if isinstance(right, ast.List | ast.Tuple) or isinstance(op, ast.In | ast.NotIn):
            values = [self.literal(element, column) for element in right.elts]  # type: ignore[attr-defined]
            inside = column.isin(values)
            return ~inside if isinstance(op, ast.NotIn | ast.NotEq) else inside
        other = self.series(right) if isinstance(right, ast.Name) else self.literal(right, column)
        try:
            return getattr(column, _COMPARE[type(op)])(other)
        except TypeError as error:
            raise self.fail(
                f"{ast.unparse(left)!r} (dtype {column.dtype}) cannot be compared with "
                f"{ast.unparse(right)}: {error}"
            ) from None

    def literal(self, node: ast.expr, column: pd.Series) -> Any:
        value = _literal(node)
        if isinstance(value, str) and pd.api.types.is_datetime64_any_dtype(column.dtype):
            return self.timestamp(value, column)
        return value

    def timestamp(self, value: str, column: pd.Series) -> pd.Timestamp:
        try:
            stamp = pd.Timestamp(value)
        except ValueError:
            raise self.fail(
                f"{value!r} is not a date (write dates as '2016-07-01' or '2016-07-01 12:00')"
            ) from None
        zone = getattr(column.dtype, "tz", None)
        if zone is not None and stamp.tzinfo is None:
            stamp = stamp.tz_localize(zone)
        return stamp

    def series(self, node: ast.Name) -> pd.Series:
        return self.frame[self.names.get(node.id, node.id)]

    def boolean_column(self, node: ast.Name) -> pd.Series:
        values = self.series(node)
        if not pd.api.types.is_bool_dtype(values.dtype):
            raise self.fail(
                f"the column {values.name!r} (dtype {values.dtype}) is not boolean, so it "
                "cannot stand on its own; compare it, e.g. "
                f"{f'{values.name} == ...'!r}"
            )
        return values


_MIRROR = {ast.Lt: ast.Gt(), ast.LtE: ast.GtE(), ast.Gt: ast.Lt(), ast.GtE: ast.LtE()}
