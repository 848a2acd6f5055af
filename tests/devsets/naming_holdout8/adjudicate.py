# ruff: noqa: E501
"""Adjudicate the two passes of the eighth naming hold-out (``naming_holdout8``) into ``labels_gold.csv``.

The passes differ on 127 of the 212 items (i0001-i0212): on 3 in the labels
themselves (all 3 on ``referent`` only, 0 on ``use``; the ``use`` is the same
in all three: ``event_adjective`` for i0093, ``person`` for i0108 and i0175)
and on 124 only in the free-text ``note`` column. The adjudicator (a helper
session that had not run or read corpuskit's naming/referent code or any
output of it on these texts) decided each label disagreement from the
sentence, ``../naming/CODEBOOK.md`` (with its "Adjudication clarifications"
C1-C11), ``../naming/adjudication.md`` and the earlier gold files' precedents
(item ids n* ``naming``, h* ``naming_holdout``, g* ``naming_holdout2``,
f* ``naming_holdout3``, e* ``naming_holdout4``, d* ``naming_holdout5``,
b* ``naming_holdout6``, j* ``naming_holdout7``), with the reason below. Of the
3 label disagreements, 1 goes to a (i0108), 2 to b (i0093, i0175) and none to
neither pass; all three are weak calls and are marked so. All 124 note-only
items take pass a's row (labels identical; a's note is non-empty in every one
of them), so no per-item reason is given for them. No taken row needed
correcting (``FIXES`` is empty; the agreed items were read against the
codebook and its clarifications and none was changed). Items not listed take
pass a's rows (identical to pass b's apart from the ``coder`` column).

A decision for neither pass would be written ``("neither", reason)`` with the
corrected fields in ``FIXES`` (applied to pass a's row); none was needed.

Run: ``python adjudicate.py`` (paths are relative to this file).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_SPEC = importlib.util.spec_from_file_location(
    "naming_adjudication", HERE.parent / "naming_adjudication.py"
)
shared = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(shared)
NOTE_ONLY = shared.NOTE_ONLY

#: item -> (coder whose rows are taken: "a", "b" or "neither", reason)
DECISIONS: dict[str, tuple[str, str]] = {
    "i0093": (
        "b",
        "'In Pakistan, it worked to thwart jihadist recruitment efforts; in South America, it circulated disinformation ...': a continuing activity of the jihadists of one country outside Syria and Iraq, not the perpetrators of one attack. C1 itself counts 'Islamist militant activity in Egypt in the 1970s' (n0026, other/event_adjective) among the parties of a conflict placed by country, though that sentence names no war either, so a's ground ('no conflict in the sentence') would also undo n0026; militants placed in Pakistan are other in d0151 (drone strikes in Pakistan and Yemen) and j0025 (militants harboured by Pakistan). Unlike n0094 ('feed jihadi propaganda and even boost recruitment', unknown), which places the jihadists nowhere, and j0101/n0155 (unknown), single attacks -> other; use event_adjective (recruitment efforts), agreed. Weak (alt unknown: a coded group could recruit there)",
    ),
    "i0108": (
        "a",
        "'It is believed that British jihadist al-Britani was killed in Syria': the same claim as d0106 ('British jihadist al-Britani has reportedly been killed in Syria'), which both coders of hold-out 5 coded other: a named person whose group the sentence does not give (as b0099 Malik and Farook). 'al-Britani' ('the Briton') is a nisba that several British jihadists in Syria used, so general knowledge of the person (C7) does not fix one man or his group, and being killed in Syria does not identify it (C6). g0106 (isis) differs: 'killed in an American drone attack in Syria' identifies Junaid Hussain (Abu Hussain al-Britani) of IS; this sentence has no such detail -> other. Weak (alt isis)",
    ),
    "i0175": (
        "b",
        "'Officers made the initial move to detain Arrange after Ecuador withdrew his asylum and invited authorities into the embassy, citing the Australian's bad behavior': the sentence identifies the person beyond the misspelt name (the Australian whose asylum in Ecuador's embassy Ecuador withdrew: Julian Assange), and general knowledge of that person places the embassy in London and the authorities who detained him in the UK. A named person's case locates bare 'authorities' (f0221 Tsarnaev, b0192 Micah Johnson, d0210 Laachraoui, d0216 Oukabir, h0216 Bibeau; in this set i0182 Ellsberg, i0188 Zehaf-Bibeau, i0189 Flynn, agreed by both coders). a is right that they are not Ecuador's (Ecuador invites them), not that the sentence gives no country -> UK, western_other (C9). Weak (alt unknown)",
    ),
}
for _item in [
    "i0001",
    "i0003",
    "i0005",
    "i0006",
    "i0007",
    "i0008",
    "i0010",
    "i0011",
    "i0012",
    "i0014",
    "i0016",
    "i0017",
    "i0018",
    "i0019",
    "i0020",
    "i0023",
    "i0024",
    "i0025",
    "i0026",
    "i0028",
    "i0029",
    "i0030",
    "i0031",
    "i0032",
    "i0034",
    "i0035",
    "i0037",
    "i0040",
    "i0041",
    "i0042",
    "i0045",
    "i0046",
    "i0048",
    "i0049",
    "i0050",
    "i0053",
    "i0055",
    "i0056",
    "i0058",
    "i0062",
    "i0064",
    "i0065",
    "i0068",
    "i0069",
    "i0070",
    "i0072",
    "i0073",
    "i0074",
    "i0075",
    "i0076",
    "i0077",
    "i0078",
    "i0081",
    "i0084",
    "i0085",
    "i0090",
    "i0092",
    "i0095",
    "i0096",
    "i0098",
    "i0099",
    "i0101",
    "i0103",
    "i0105",
    "i0106",
    "i0107",
    "i0110",
    "i0112",
    "i0114",
    "i0116",
    "i0117",
    "i0119",
    "i0120",
    "i0121",
    "i0123",
    "i0124",
    "i0125",
    "i0127",
    "i0129",
    "i0130",
    "i0132",
    "i0134",
    "i0135",
    "i0136",
    "i0137",
    "i0138",
    "i0139",
    "i0140",
    "i0141",
    "i0142",
    "i0143",
    "i0145",
    "i0146",
    "i0148",
    "i0150",
    "i0151",
    "i0154",
    "i0155",
    "i0160",
    "i0163",
    "i0164",
    "i0168",
    "i0169",
    "i0172",
    "i0173",
    "i0174",
    "i0178",
    "i0180",
    "i0181",
    "i0182",
    "i0183",
    "i0184",
    "i0185",
    "i0186",
    "i0187",
    "i0188",
    "i0189",
    "i0192",
    "i0194",
    "i0195",
    "i0197",
    "i0201",
    "i0209",
    "i0212",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)

#: item -> fields overriding the taken row (none needed in this set)
FIXES: dict[str, dict[str, str]] = {}


def main() -> None:
    shared.adjudicate(HERE, DECISIONS, FIXES)


if __name__ == "__main__":
    main()
