"""Each analysis declared once: its options, for the command line and for reports.

A :class:`~corpuskit.specs.base.Spec` per analysis lists its options (types,
defaults, choices, help) and the text of its ``corpuskit <kind>``
subcommand. :mod:`corpuskit.cli.parsers` generates the subcommands' argparse
arguments from it, and :mod:`corpuskit.report` checks each ``[[analyses]]``
entry against it (:meth:`Spec.read`). The specs import no analysis, so
``corpuskit --help`` stays fast.

- :mod:`corpuskit.specs.base`: :class:`Option` and :class:`Spec`;
- :mod:`corpuskit.specs.common`: options several analyses share (``by``, ``n_boot``, ``labels``);
- :mod:`corpuskit.specs.corpus`: ``describe``, ``timeline``;
- :mod:`corpuskit.specs.keyness`: ``keyness``, ``compare``;
- :mod:`corpuskit.specs.search`: ``kwic``, ``collocations``;
- :mod:`corpuskit.specs.framing`: ``frames``, ``naming``, ``agency``;
- :mod:`corpuskit.specs.voices`: ``quotes``, ``stance``.

A new analysis gets a spec here, a report section in
:mod:`corpuskit.report.analyses` and, if it has a subcommand, a run function
in :mod:`corpuskit.cli`.

Example:
    >>> from corpuskit.specs import SPECS
    >>> SPECS["keyness"].read({"target": "aleppo", "by": "event"}, name="k")["min_count"]
    5
    >>> [option.flag for option in SPECS["kwic"].cli_options][:2]
    ['pattern', '--window']
"""

from __future__ import annotations

from corpuskit.specs.base import COMMON_KEYS, Option, Spec
from corpuskit.specs.corpus import DESCRIBE, TIMELINE
from corpuskit.specs.framing import AGENCY, FRAMES, NAMING
from corpuskit.specs.keyness import COMPARE, KEYNESS
from corpuskit.specs.search import COLLOCATIONS, KWIC
from corpuskit.specs.voices import QUOTES, STANCE

__all__ = ["COMMON_KEYS", "LABELLED_KINDS", "SPECS", "Option", "Spec"]

#: analysis kind -> its spec, in the order of ``corpuskit --help``
SPECS: dict[str, Spec] = {
    spec.kind: spec
    for spec in (
        DESCRIBE,
        TIMELINE,
        KEYNESS,
        COMPARE,
        KWIC,
        COLLOCATIONS,
        FRAMES,
        NAMING,
        AGENCY,
        QUOTES,
        STANCE,
    )
}

#: analysis kinds whose estimates hand labels (the ``labels`` key) correct
LABELLED_KINDS = tuple(sorted(kind for kind, spec in SPECS.items() if spec.takes("labels")))
