"""``quotes`` and ``stance``: who is quoted, how targets are written of."""

from __future__ import annotations

from corpuskit.specs.base import Option, Spec
from corpuskit.specs.common import LABELS, N_BOOT, by, rows

__all__ = ["QUOTES", "STANCE"]

QUOTES_EPILOG = """examples:
  corpuskit quotes --dataset fakes --groups fakes --by outlet_group
  corpuskit quotes --dataset fakes --by outlet --speaker-type --out sources.csv
  corpuskit quotes --dataset fakes --list --where "outlet == 'sana'" --out sana_quotes.csv

The table gives, per group, each speaker's number and share of quotes and of
quoted words, with 95% intervals from resampling documents (unresolved
speakers are counted as "(unresolved)"). --speaker-type counts speaker types
(official, military, un, ngo, ...) instead; --list prints the quotes.
"""

STANCE_EPILOG = """examples:
  corpuskit stance --dataset fakes --groups fakes --by outlet_group
  corpuskit stance --dataset fakes --by outlet --window sentence --out stance.csv
  corpuskit stance --dataset fakes --list --where "outlet == 'tass'"

Each mention of a target (Russia, the Syrian government, the armed
opposition, civilians, ...) is scored on its clause with every target name
masked (VADER sentiment by default: a proxy for stance, see docs/stance.md).
The table gives per group and target the mean score and the shares of
favor / against / neutral mentions, with 95% document-bootstrap intervals.
"""

QUOTES = Spec(
    "quotes",
    help="who is quoted: quotes, speakers and their shares by group",
    description="Find quotes and their speakers; the share of each speaker by group.",
    epilog=QUOTES_EPILOG,
    options=(
        by(),
        N_BOOT,
        Option("speaker_type", bool, False, help="count speaker types, not speakers", report=False),
        Option("direct_only", bool, False, help="leave out indirect speech", report=False),
        Option("list", bool, False, help="output the quotes themselves", report=False),
        rows(5, "speakers shown per group"),
        LABELS,
    ),
)

STANCE = Spec(
    "stance",
    help="stance toward targets (Russia, the government, rebels...) by group",
    description="Score the stance toward each mention of each target; summarise by group.",
    epilog=STANCE_EPILOG,
    top=40,
    options=(
        by(),
        N_BOOT,
        Option(
            "window",
            (str, int),
            "clause",
            help="clause (default), sentence, or a number of tokens either side",
        ),
        Option(
            "targets", str, metavar="YAML", help="a targets file (default: bundled)", report=False
        ),
        Option("list", bool, False, help="output the scored mentions", report=False),
        LABELS,
    ),
)
