"""Options that several analyses share: ``by``, ``n_boot``, ``labels``, ``n``, keyness terms."""

from __future__ import annotations

from corpuskit.constants import N_BOOT as DEFAULT_N_BOOT
from corpuskit.specs.base import Option

__all__ = ["LABELS", "N_BOOT", "by", "rows"]

#: the help of ``--by`` in the subcommands that compare groups
COMPARE_GROUPS = "compare the groups of this column"


def by(
    help: str | None = COMPARE_GROUPS, *, required: bool = False, cli_required: bool = False
) -> Option:
    """The grouping column (``--by COLUMN``; ``by =`` in a report)."""
    return Option(
        "by", str, help=help, metavar="COLUMN", required=required, cli_required=cli_required
    )


#: bootstrap resamples of documents
N_BOOT = Option("n_boot", int, DEFAULT_N_BOOT, help="bootstrap resamples")

#: a filled-in labelling sheet that corrects the estimates (reports only)
LABELS = Option(
    "labels",
    str,
    help="a filled-in labelling sheet (.csv or .xlsx) of a validation sample",
    cli=False,
)


def rows(default: int, help: str = "rows shown in the page") -> Option:
    """How many rows a report section shows (``n``; the command line has ``--top``)."""
    return Option("n", int, default, help=help, cli=False)
