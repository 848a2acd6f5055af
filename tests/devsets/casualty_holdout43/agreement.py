"""Agreement between the two labelling passes of casualty hold-out 43.

Items ``cs0001``-``cs0230`` (230 sentences of 229 articles, cs0025 and
cs0026 from one: other 30, ``cs0001``-``cs0030``, and other top-up 200,
``cs0031``-``cs0230``, of article_bias_prediction), drawn in session 38 on
2026-12-07 at about 22:53 UTC with seed 20261545 at the session's start
(code ``f7020a3``), before any of the session's rules, by hold-out 42's
rule, and labelled in session 38's ``c43`` folder outside the repository
(``/work/s38/c43``), sealed there until its single scoring. The two passes
are two sessions of an AI annotator, not people.

The same unit and variable rules as the first casualty set, as hold-out 15's
``agreement.py`` computes them (this file calls it, through hold-out 25's
script and the ``casualty_holdout25`` and ``casualty_holdout15`` links
beside this folder; nothing of ``corpuskit``): rows of the two passes are
one unit when their trigger spans overlap in the same item (a trigger listed
by one coder only counts as ``casualty = no`` for the other); Krippendorff's
alpha (nominal) on ``casualty`` over all units, and on ``construction``,
``actor`` and ``victim_type`` over the units both coders call casualty
clauses (an empty ``victim_type`` of a ``yes`` row is read as
``unspecified``); agents are compared as exact strings after lower-casing
and removing a leading *the/a/an*.

On this set: casualty 204 units, raw 0.985, alpha 0.965; construction 60
clauses both call casualty, 1.000 / 1.000; actor 60, 1.000 / 1.000; victim
type 60, 0.967 / 0.933; agent as written (exact, lower-cased) 60, 1.000.
Pass a has 242 rows (203 triggers, 39 empty-trigger rows), pass b 242 (203
triggers, 39 empty-trigger rows, in the same items): 202 triggers of each
pass pair one to one at overlapping offsets (200 with the same span; cs0037
'harm and death' / 'harm' at 18, cs0192 'shot' at 6 / 'upshot' at 4), a
lists one trigger b gives no row (a's yes row for 'stabbed' at 65 in cs0086)
and b one a gives no row of its own (b's generic row for 'death' at 27 in
cs0037, inside a's 'harm and death'), each counting as ``casualty = no`` for
the other; so there are 204 units, and the three casualty disagreements are
three rows in three items (cs0024 'the injuries he sustained bailing out of
his jet': a yes, nominal, victim 'he'; b no, illness_accident; cs0086
'stabbed multiple people': a yes, active, agent 'crazed stabber'; b no row;
cs0202 'nearly beaten to death by security forces': a yes, passive_agent,
agent 'security forces'; b no, negation). The victim type differs on two
rows (cs0200 'the teenager had been shot': civilians / children; cs0203 'the
slaughter of the “defectives”': civilians / unspecified). The passes differ
in 13 items (on 197 more only in the free-text ``note``; 20 items are
identical, notes included): besides the three casualty calls, the row only b
lists and the two victim types, by column: the trigger span 2 rows (cs0037,
cs0192), the victim as written 1 (cs0116 'casualties on both sides': 'both
sides' / empty) and the reason of a ``no`` row 5 (cs0016 'Death Toll ...
Listen · 1:50': illness_accident / furniture; cs0031 'the flu kills ...
annually': illness_accident / generic; cs0049 'They haven't told us he's
dead': negation / hypothetical; cs0148 'Repealing Obamacare will kill 24,000
people a year!': hypothetical / generic; cs0225 '“death and taxes”': generic
/ other_sense); no construction, agent, agent type, actor, responsible,
responsible actor, victim count or count qualifier of a row both call
casualty differs; see ``adjudicate.py``.

With ``--extra`` it also prints, computed in the same manner (pairs matched
by item and overlapping span), the responsible actor over the units both
coders call casualty (an empty one read as ``none``) and the reason over the
units both call ``no``, as the adjudication reports of hold-outs 24 and 25
give them. Published for hold-out 42's folder as 81, 0.975 / 0.939 and 147,
0.986 / 0.976 (not rerun on that folder for this set). On this set:
responsible actor 60, 1.000 / 1.000; reason 140, 0.964 / 0.941 (cs0016
'Death Toll', cs0031 'kills', cs0049 'dead', cs0148 'kill', cs0225 'death');
the three rows whose casualty differs (cs0024 'injuries' at 77, cs0086
'stabbed', cs0202 'beaten to death') are outside both variables, and so is
the row only b lists (cs0037 'death'; a has no reason of its own for it);
pass a has 140 ``no`` triggers and 63 yes rows, pass b 143 and 60.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_SPEC = importlib.util.spec_from_file_location(
    "casualty_holdout25_agreement", HERE.parent / "casualty_holdout25" / "agreement.py"
)
#: hold-out 25's script (hold-out 15's functions and the ``--extra`` variables), on this folder
twenty_fifth = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(twenty_fifth)
twenty_fifth.HERE = HERE
read, align, agreement, extra = (
    twenty_fifth.read,
    twenty_fifth.align,
    twenty_fifth.agreement,
    twenty_fifth.extra,
)

if __name__ == "__main__":
    twenty_fifth.main()
