"""Agreement between the two labelling passes of casualty hold-out 34.

Items ``cj0001``-``cj0230`` (230 sentences), labelled in session 31's ``c34`` folder outside
the repository (``/work/s31/c34``).

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

On this set: casualty 226 units, raw 0.978, alpha 0.948; construction 66
clauses both call casualty, 1.000 / 1.000; actor 66, 0.985 / 0.968; victim
type 66, 1.000 / 1.000; agent as written (exact, lower-cased) 66, 1.000.
Pass a has 262 rows (225 triggers, 37 empty-trigger rows), pass b 262 (226
triggers, 36 empty-trigger rows): 224 triggers pair one to one at the same
offsets and spans; the 225th is one predicate with two spans (cj0139: a
'claimed 59 lives', b 'claimed', both at 58), which overlap and so make one
unit; and one trigger is in pass b only (cj0183: 'shot' at 173, inside 'a
screenshot of a Google search', where a gives the item an empty-trigger
row), a unit of its own that counts as ``casualty = no`` for a. They differ
in 11 items (11 trigger rows; on 197 more only in the free-text ``note``;
22 items are identical, notes included): the casualty call, five rows
(cj0030 MS-13, 'the group known for carrying out gruesome murders': a yes,
nominal, responsible 'group', other, b generic; cj0070 'His death is
reminiscent of the death of Eric Garner', 'His death': a illness_accident,
b yes, victim 'His'; cj0118 'a police officer sustaining a leg injury' as a
crowd swarmed a gas station after a shooting: a illness_accident, b yes,
security_forces; cj0159 'in the wake of shootings carried out by young men
who share their violent ideologies ... on sites such as 8chan': a generic,
b yes, responsible 'young men', unknown; cj0199 'the entire list of those
who have given their lives to stop Hamas’s reign of terror': a yes,
intransitive, victim 'those', b generic); the reason of a ``no`` row, two
(cj0073 Floyd's 'don't kill me': a hypothetical, b negation; cj0220
teachers 'who will be instantly shooting' in Trump's conditional: a
attack_no_casualty, b hypothetical); the trigger span, one (cj0139 'the
attack on a country music concert that claimed 59 lives': a 'claimed 59
lives' with no victim, b 'claimed' with the victim '59 lives', count 59 in
both); the responsible, one (cj0189 'pinning the attacker to the wall
before Castillo was fatally shot': a 'attacker', unknown, b none); the
actor codes, one (cj0190 'a suicide attack by a Pakistan-based militant
group killed at least 40 paramilitary police': a other, b unknown, for the
means' actor and the responsible actor); and the row in one pass only
(cj0183, above: b other_sense). By column: reason 7 paired rows (the five
casualty calls included), actor 6 (the five and cj0190), casualty,
construction and victim type 5 each, victim 4 (cj0070, cj0118, cj0199 and
cj0139), responsible actor 4 (cj0030, cj0159, cj0189, cj0190), responsible
3 (cj0030, cj0159, cj0189), trigger 1 (cj0139); no agent, agent type,
victim count or count qualifier differs, and no row both call ``yes``
differs in construction or victim type; see ``adjudicate.py``.

With ``--extra`` it also prints, computed in the same manner (pairs matched
by item and overlapping span), the responsible actor over the units both
coders call casualty (an empty one read as ``none``) and the reason over the
units both call ``no``, as the adjudication reports of hold-outs 24 and 25
give them (published for hold-out 24's folder as 64, 0.969 / 0.824 and 145,
0.979 / 0.970, for hold-out 30's as 65, 0.985 / 0.964 and 153, 0.980 /
0.971, and for hold-out 31's as 67, 0.940 / 0.839 and 150, 0.940 / 0.900;
not rerun on those folders for this set). On this set: responsible actor 66,
0.970 / 0.907 (cj0189 'attacker', unknown, in a only; cj0190 other /
unknown; the responsibles of cj0030, 'group', and cj0159, 'young men', are
in one pass's ``yes`` row only, so in no pair); reason 154, 0.987 / 0.980
(cj0073 'kill': hypothetical / negation; cj0220 'shooting':
attack_no_casualty / hypothetical; the five disputed casualty calls and
cj0183's row in b only are in no reason pair).
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
