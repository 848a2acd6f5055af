"""``describe`` and ``timeline``: what the corpus holds (report sections).

``corpuskit describe`` on the command line summarises a whole corpus with
its own options (:mod:`corpuskit.cli.describe`); these specs are the report's.
"""

from __future__ import annotations

import datetime as dt

from corpuskit.specs.base import Option, Spec
from corpuskit.specs.common import by

__all__ = ["DESCRIBE", "TIMELINE"]

#: the timeline's bins (:data:`corpuskit.plot.timeline.FREQUENCIES`)
FREQUENCIES = ("D", "W", "M")

DESCRIBE = Spec(
    "describe",
    options=(
        Option("by", str, "outlet", many=True, help="group by these columns (default outlet)"),
    ),
)

TIMELINE = Spec(
    "timeline",
    options=(
        by("one line per group of this column"),
        Option("freq", str, "W", choices=FREQUENCIES, help="bins: days, weeks or months"),
        Option("start", (str, dt.date), help="the first date shown"),
        Option("end", (str, dt.date), help="the last date shown"),
    ),
)
