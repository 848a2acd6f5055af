"""Agreement between the two labelling passes of casualty hold-out 38.

Items ``cn0001``-``cn0230`` (230 sentences), labelled in session 33's ``c38`` folder outside
the repository (``/work/s33/c38``).

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

On this set: casualty 223 units, raw 0.991, alpha 0.977; construction 57
clauses both call casualty, 1.000 / 1.000; actor 57, 1.000 / 1.000; victim
type 57, 0.965 / 0.887; agent as written (exact, lower-cased) 57, 1.000.
Pass a has 260 rows (222 triggers, 38 empty-trigger rows), pass b 258 (220
triggers, 38 empty-trigger rows): 219 triggers of each pass pair one to
one, 216 at the same offsets and spans, 2 at the same offset with a longer
span in a (cn0082 'shooting after shooting' / 'shooting' at 19, whose span
also covers b's second 'shooting' at 34, which is left a unit in one pass
only; cn0209 'shot down' / 'shot' at 35) and 1 at different offsets (cn0054
a's 'execute' at 121 inside b's 'mis-execute' at 117); a's 'stabbing'
(cn0091 at 155, cn0193 at 20) and 'harm' (cn0119 at 119) have no match in
b; so there are 223 units. The passes differ in 17 items (on 201 more only
in the free-text ``note``; 12 items are identical, notes included): the
casualty call, two units (cn0091 'a stabbing at a rabbi’s house' beside 'a
shooting at a Texas church': a gives a yes row 'stabbing', nominal,
unspecified, b no row; cn0193 'a mass stabbing incident ... in Tokyo in which 16 people
were injured': a gives a yes row 'stabbing', nominal, unspecified, b no
row); the
victim type, two rows (cn0007 Khashoggi's 'death' after 'a brawl and a
physical altercation': civilians / unspecified; cn0102 'the gunmen started
shooting men' after 'Many students did': civilians / unspecified); the
responsible, two rows (cn0007: a none, b 'those' (who met him), unknown;
cn0081 'another police-involved shooting': a 'police', other, b none); the
reason of a ``no`` row, five (cn0026 'Maldives - 13 cases, 0 deaths':
illness_accident / negation; cn0068 'Where is the outcry for the killings
... ?': generic / question; cn0093 'the daily death toll is showing signs
of leveling off': illness_accident / generic; cn0139 'committing the war
crime of massacring captured troops': threat_plan / generic; cn0169 'the
hyperbolic talk of killing a conservative president': threat_plan /
other_sense); the trigger, three (cn0054 'execute' / 'mis-execute'; cn0082
one row 'shooting after shooting' / two rows 'shooting'; cn0209 'shot
down' / 'shot'); the victim as written, three (cn0006 'their husbands’
deaths': 'husbands' / 'their husbands'; cn0016 'at least one demonstrator
died': 'demonstrator' / 'one demonstrator'; cn0027 'her sister’s death':
'sister' / 'her sister'); and a row in one pass only, four (a's 'stabbing'
in cn0091 and cn0193 and 'harm' in cn0119 'irreparable harm', no,
other_sense; b's second 'shooting' in cn0082, no, generic). Apart from the
columns that follow from the two differing casualty calls (cn0091, cn0193),
by column: reason 5 (cn0026, cn0068, cn0093, cn0139, cn0169), trigger 3
(cn0054, cn0082, cn0209), victim 3 (cn0006, cn0016, cn0027), victim type 2
(cn0007, cn0102), responsible and responsible actor 2 (cn0007, cn0081); no
construction, agent, actor, victim count or count qualifier of a row both
call casualty differs; see ``adjudicate.py``.

With ``--extra`` it also prints, computed in the same manner (pairs matched
by item and overlapping span), the responsible actor over the units both
coders call casualty (an empty one read as ``none``) and the reason over the
units both call ``no``, as the adjudication reports of hold-outs 24 and 25
give them. Published for hold-out 37's folder as 70, 0.971 / 0.917 and 141,
0.993 / 0.989 (not rerun on that folder for this set). On this set:
responsible actor 57, 0.965 / 0.891 (cn0007 'death': a none, b unknown;
cn0081 'shooting': a other, b none); reason 162, 0.969 / 0.953 (cn0026
'deaths': illness_accident / negation; cn0068 'killings': generic /
question; cn0093 'death toll': illness_accident / generic; cn0139
'massacring': threat_plan / generic; cn0169 'killing': threat_plan /
other_sense); the two 'stabbing' rows whose casualty call differs (cn0091,
cn0193) are outside both variables, and a's 'harm' (cn0119) and b's second
'shooting' (cn0082), each in one pass only and no, are left out of the
reason, the other pass having no row for them (163 ``no`` triggers in
each pass).
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
