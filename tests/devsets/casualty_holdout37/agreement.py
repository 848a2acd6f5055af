"""Agreement between the two labelling passes of casualty hold-out 37.

Items ``cm0001``-``cm0230`` (230 sentences), labelled in session 33's ``c37`` folder outside
the repository (``/work/s33/c37``).

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

On this set: casualty 215 units, raw 0.986, alpha 0.969; construction 70
clauses both call casualty, 1.000 / 1.000; actor 70, 1.000 / 1.000; victim
type 70, 0.943 / 0.860; agent as written (exact, lower-cased) 70, 1.000.
Pass a has 253 rows (214 triggers, 39 empty-trigger rows), pass b 253 (214
triggers, 39 empty-trigger rows): 213 triggers of each pass pair one to
one, 211 at the same offsets and spans and 2 at the same offset with a
longer span in b (cm0115 'shot' / 'shot to death' at 154; cm0142 'shooting'
/ 'shooting massacre' at 32, whose span also covers a's 'massacre' at 41,
which is left a unit in one pass only); b's 'life lost' (cm0228 at 279) has
no match in a; so there are 215 units. The passes differ in 15 items (on 202
more only in the free-text ``note``; 13 items are identical, notes
included): the casualty call, three units (cm0017 'He accidentally shot and
seriously wounded the father', 'shot and seriously wounded': a no,
illness_accident, b yes, active, agent 'He', unknown, victim 'father',
unspecified; cm0178 'Police said all of the injured were members of the
Muslim community', 'injured': a yes, nominal, victim 'members of the Muslim
community', civilians, b no, illness_accident; cm0142 'the elementary school
shooting massacre at Sandy Hook': a's second yes row 'massacre', against b's
one row 'shooting massacre'); the victim type, four rows (cm0058 'Martin
Luther King Jr.’s assassination' beside 'his Poor People’s Campaign':
civilians / unspecified; cm0146 'Ramos had been studying to become a lay
chaplain when he was killed': civilians / unspecified; cm0147 'killings ...
of black Southerners' by 'Lawmen': civilians / unspecified; cm0225 'Romney
knew ex-SEAL slain in Benghazi': unspecified / security_forces); the
responsible, three rows (cm0089 'direct evidence linking bin Salman to the
killing': a none, b 'bin Salman', other; cm0135 'allegations the prince had
ordered the killing were false': a none, b 'prince', unknown; cm0080 'the El
Paso shooting suspect's so-called "manifesto"': 'El Paso shooting suspect'
/ 'suspect', unknown in both); the reason of a ``no`` row, one (cm0021
'scheming and conniving to trick, trap and kill each other': other_sense /
generic); the trigger, two (cm0115 'five people were shot to death': 'shot'
/ 'shot to death'; cm0142 above); the victim as written, one (cm0095 'he
was the one shot': 'he' / 'one'); the count qualifier, one (cm0133 'only a
few have perished': 'a few' / 'few'); and a row in one pass only, two
(cm0142 'massacre' in a; cm0228 'fewer years of life lost on average', b
'life lost', no, generic). Apart from the columns that follow from the two
differing casualty calls (cm0017, cm0178), by column: victim type 4
(cm0058, cm0146, cm0147, cm0225), responsible 3 (cm0080, cm0089, cm0135)
and responsible actor 2 (cm0089, cm0135), trigger 2 (cm0115, cm0142),
reason 1 (cm0021), victim 1 (cm0095), count qualifier 1 (cm0133); no
construction, agent, actor or victim count of a row both call casualty
differs; see ``adjudicate.py``.

With ``--extra`` it also prints, computed in the same manner (pairs matched
by item and overlapping span), the responsible actor over the units both
coders call casualty (an empty one read as ``none``) and the reason over the
units both call ``no``, as the adjudication reports of hold-outs 24 and 25
give them. Published for hold-out 36's folder as 62, 0.935 / 0.857 and 154,
0.987 / 0.979 (not rerun on that folder for this set). On this set:
responsible actor 70, 0.971 / 0.917 (cm0089 'killing': a none, b other;
cm0135 'killing': a none, b unknown); reason 141, 0.993 / 0.989 (cm0021
'kill': other_sense / generic); the two rows whose casualty call differs
(cm0017, cm0178) and the 'massacre' row of cm0142 are outside both
variables, and cm0228's 'life lost' (b only, no) is left out of the
reason, a having no row for it (142 units both call ``no``).
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
