"""``frames``, ``naming`` and ``agency``: how coverage frames, names and blames."""

from __future__ import annotations

from corpuskit.specs.base import Option, Spec
from corpuskit.specs.common import LABELS, N_BOOT, by

__all__ = ["AGENCY", "FRAMES", "NAMING"]

FRAMES_EPILOG = """examples:
  corpuskit frames --dataset fakes --groups fakes --by outlet_group
  corpuskit frames --dataset fakes --lexicon humanitarian --by outlet --out frames.csv
  corpuskit frames --dataset fakes --by outlet --scores --out scores.parquet

The table gives, per group, the share of documents in which each frame is
indicated (at least one lexicon match), with a 95% document-bootstrap
interval. --scores prints and writes the per-document scores instead.
"""

NAMING_EPILOG = """examples:
  corpuskit naming --dataset fakes --groups fakes --by outlet_group
  corpuskit naming --dataset fakes --referent government --by outlet --out naming.csv
  corpuskit naming --dataset fakes --groups fakes --by outlet_group \\
      --event aleppo='aleppo'@2016-06-01..2016-12-31 --where "event == 'aleppo'"

Per group: each label's count and share of the group's mentions (95%
document-bootstrap interval), then the chi-squared test of whether the label
mix differs across groups (permutation p-value, Cramér's V).
"""

AGENCY_EPILOG = """examples:
  corpuskit agency --dataset fakes --groups fakes --by outlet_group
  corpuskit agency --dataset fakes --groups fakes --by outlet_group --reference other
  corpuskit agency --dataset fakes --by outlet --clauses --out clauses.csv

Per group, the share of violence clauses in each construction (active,
passive with or without agent, intransitive, nominal) and the agentless
share, with 95% intervals from resampling documents. --clauses prints and
writes the clauses themselves.
"""

FRAMES = Spec(
    "frames",
    help="frame prevalence by group, from a frame lexicon",
    description="Frame prevalence per group: share of documents indicating each frame.",
    epilog=FRAMES_EPILOG,
    options=(
        by(),
        N_BOOT,
        Option("lexicon", str, "generic_frames", help="a bundled lexicon (default generic_frames)"),
        Option("scores", bool, False, help="output the per-document scores instead", report=False),
        LABELS,
    ),
)

NAMING = Spec(
    "naming",
    help="which labels name an actor (rebels, terrorists, opposition...) by group",
    description="The labels used for one referent, per group, and a test of the difference.",
    epilog=NAMING_EPILOG,
    top=40,
    options=(
        by(),
        N_BOOT,
        Option(
            "referent",
            str,
            "armed_opposition",
            help="armed_opposition (default), government, army, isis, coalition, russia",
        ),
        Option("n_perm", int, 1000, help="permutations of the test"),
        LABELS,
    ),
)

AGENCY = Spec(
    "agency",
    help="who is made the agent of killing: constructions of violence clauses",
    description="Shares of active, passive and agentless violence clauses per group.",
    epilog=AGENCY_EPILOG,
    top=40,
    options=(
        by(required=True, cli_required=False),
        N_BOOT,
        Option("reference", str, metavar="VALUE", help="a group to compare each with"),
        Option("clauses", bool, False, help="output the clauses instead", report=False),
        Option("about", str, many=True, help="keep the articles about a place", cli=False),
        LABELS,
    ),
)
