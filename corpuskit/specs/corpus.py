"""``describe`` and ``timeline``: what the corpus holds (report sections).

``corpuskit describe`` on the command line also summarises the whole corpus
and takes no corpus options (:mod:`corpuskit.cli.parsers` adds its ``--by``
from :data:`DESCRIBE`); ``timeline`` is a report section only.
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
        Option(
            "by",
            str,
            "outlet",
            many=True,
            metavar="COLUMN",
            help="group by this column (default: outlet)",
            cli_default=None,
        ),
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
