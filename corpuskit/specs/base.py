"""What a spec is: an analysis's options, declared once for the command line and reports.

An :class:`Option` has a name (the report key, and the command line's
``--name-with-dashes``), a type, a default, choices and help. A :class:`Spec`
lists the options of one analysis with the text of its ``corpuskit <kind>``
subcommand. :mod:`corpuskit.cli.parsers` turns a spec into argparse arguments;
:meth:`Spec.read` checks an ``[[analyses]]`` entry of a report against it
(unknown keys with a suggestion, wrong types, bad choices, missing keys) and
fills in the defaults.

Some options exist on one surface only (``cli=False`` or ``report=False``):
``--top`` belongs to the terminal, ``explorer`` to the report page.

Example:
    >>> spec = Spec("demo", options=(Option("rows", int, 5, help="rows shown"),))
    >>> spec.read({"rows": 3}, name="demo")
    {'rows': 3}
    >>> try:
    ...     spec.read({"row": 3}, name="demo")
    ... except ValueError as error:
    ...     print(str(error).split(";")[0])
    analysis 'demo' (demo): unknown option 'row' (did you mean 'rows'?)
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["COMMON_KEYS", "Option", "Spec"]

#: keys every ``[[analyses]]`` entry may hold beside its options (read by the report itself)
COMMON_KEYS = ("where", "split")

#: how a type is written in error messages
_TYPE_WORDS = {
    int: "an integer",
    float: "a number",
    str: "text",
    bool: "true or false",
    dt.date: "a date",
    list: "a list",
}

#: an ``Option.cli_default`` or ``cli_required`` that is the same as for reports
SAME: Any = object()


@dataclass(frozen=True)
class Option:
    """One option of an analysis.

    Attributes:
        name: the report key and the argparse ``dest`` (``min_count``; on the
            command line ``--min-count``).
        type: the type of a value, or a tuple of types (``(str, int)``);
            ``object`` takes anything.
        default: the value when the option is not given.
        help: one line of help (the command line's ``--help``).
        choices: the allowed values, or ``None``.
        required: the option must be given (in a report; on the command line
            too unless ``cli_required`` says otherwise).
        many: a list of values is allowed too (repeatable on the command line).
        metavar: the placeholder in ``--help`` (``COLUMN``, ``VALUE``).
        positional: a positional argument on the command line (``PATTERN``).
        cli: the option exists on the command line.
        report: the option exists in report configurations.
        cli_default: the command line's default when it differs from ``default``.
        cli_required: whether the command line requires it, when that differs.
    """

    name: str
    type: type | tuple[type, ...] = str
    default: Any = None
    help: str | None = None
    choices: tuple[Any, ...] | None = None
    required: bool = False
    many: bool = False
    metavar: str | None = None
    positional: bool = False
    cli: bool = True
    report: bool = True
    cli_default: Any = SAME
    cli_required: Any = SAME

    @property
    def flag(self) -> str:
        """The command-line spelling: ``--min-count`` (or the name, for a positional)."""
        return self.name if self.positional else "--" + self.name.replace("_", "-")

    def command_line_default(self) -> Any:
        """The default on the command line."""
        return self.default if self.cli_default is SAME else self.cli_default

    def command_line_required(self) -> bool:
        """Whether the command line requires the option."""
        return self.required if self.cli_required is SAME else bool(self.cli_required)

    def check(self, value: Any, *, where: str) -> Any:
        """``value`` if it fits the option's type and choices, else a ``ValueError``."""
        values = value if self.many and isinstance(value, list) else [value]
        if self.many and isinstance(value, list) and not value:
            raise ValueError(f"{where}: {self.name} is an empty list")
        for item in values:
            if not _fits(item, self.type):
                raise ValueError(f"{where}: {self.name} must be {self._what()}, got {value!r}")
            if self.choices is not None and item not in self.choices:
                raise ValueError(
                    f"{where}: {self.name} must be one of {list(self.choices)}, got {item!r}"
                    + _suggestion(str(item), [str(c) for c in self.choices])
                )
        return value

    def _what(self) -> str:
        types = self.type if isinstance(self.type, tuple) else (self.type,)
        words = " or ".join(_TYPE_WORDS.get(t, t.__name__) for t in types)
        return f"{words} or a list of them" if self.many else words


def _fits(value: Any, kind: type | tuple[type, ...]) -> bool:
    """Whether ``value`` is of the type(s) ``kind`` (``True`` is no integer; ints are numbers)."""
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if object in kinds:
        return True
    if isinstance(value, bool):
        return bool in kinds
    if float in kinds and isinstance(value, int):
        return True
    return isinstance(value, tuple(kinds))


def _suggestion(word: str, candidates: list[str]) -> str:
    close = difflib.get_close_matches(word, candidates, n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


@dataclass(frozen=True)
class Spec:
    """One analysis: its options, and the text of its ``corpuskit <kind>`` subcommand.

    Attributes:
        kind: the analysis (``"keyness"``): the subcommand and the report's ``kind``.
        options: its options, in the order of ``--help``.
        help: one line for ``corpuskit --help`` (``None``: no subcommand).
        description: the subcommand's ``--help`` description.
        epilog: examples shown at the end of ``--help``.
        top: the default of ``--top`` (rows printed).
        corpus: the subcommand takes the corpus options (``--groups``,
            ``--event``, ``--where``); the positional options come before the
            input options and everything else after them.
    """

    kind: str
    options: tuple[Option, ...] = ()
    help: str | None = None
    description: str = ""
    epilog: str = ""
    top: int = 20
    corpus: bool = True
    _by_name: dict[str, Option] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_name", {option.name: option for option in self.options})

    @property
    def cli_options(self) -> tuple[Option, ...]:
        """The options of the subcommand, in order."""
        return tuple(option for option in self.options if option.cli)

    @property
    def report_options(self) -> tuple[Option, ...]:
        """The options of an ``[[analyses]]`` entry of this kind, in order."""
        return tuple(option for option in self.options if option.report)

    def option(self, name: str) -> Option:
        """The option called ``name`` (``KeyError`` when there is none)."""
        return self._by_name[name]

    def takes(self, key: str) -> bool:
        """Whether a report entry of this kind takes ``key``."""
        return key in self._by_name and self._by_name[key].report

    def read(self, entry: Mapping[str, Any], *, name: str) -> dict[str, Any]:
        """The options of a report entry, checked and with their defaults.

        Args:
            entry: the entry's keys other than ``kind``, ``name`` and ``title``
                (``where`` and ``split`` are allowed and left out).
            name: the analysis's name, for error messages.

        Returns:
            ``{option: value}`` for every report option of this kind.

        Raises:
            ValueError: an unknown key (with a suggestion), a missing required
                option, a value of the wrong type or outside the choices; the
                message names the analysis and the key.
        """
        where = f"analysis {name!r} ({self.kind})"
        allowed = [option.name for option in self.report_options] + list(COMMON_KEYS)
        for key in entry:
            if key not in allowed:
                raise ValueError(
                    f"{where}: unknown option {key!r}{_suggestion(key, allowed)}; "
                    f"its options: {', '.join(allowed)}"
                )
        values = {}
        for option in self.report_options:
            if option.name in entry and entry[option.name] is not None:
                values[option.name] = option.check(entry[option.name], where=where)
            elif option.required:
                raise ValueError(f"analysis {name!r} ({self.kind}) needs {option.name!r}")
            else:
                values[option.name] = option.default
        return values
