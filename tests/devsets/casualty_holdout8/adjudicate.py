# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Adjudicate the two passes of the eighth casualty hold-out set (``casualty_holdout8``) into ``labels_gold.csv``.

The passes differ on 120 of the 210 items: on 17 in the labels themselves, on
103 only in the free-text ``note`` column. For each the adjudicator (a helper
session that had not run or read the agency rules nor any output of the
library on these texts) chose one coder's rows for the whole item, from the
sentence, ``../casualty/CODEBOOK.md`` (with its adjudication rules),
``../casualty/adjudication.md`` and the earlier gold files' precedents, with the
reason below: of the 17 that differ in their labels, 7 take a's rows and 10 take
b's; the 103 that differ only in the note take a's rows (``NOTE_ONLY``). Items
not listed take pass a's rows (identical to pass b's).

``FIXES`` corrects 12 taken rows that neither pass got right (reasons in
``FIX_REASONS``): 2 in a decided item (s0165, b's rows, whose slogan rows keep
a's reason) and 10 rows on which both passes agreed but broke a precedent
(9 ``responsible`` values that named the whole strike/bomb phrase where the gold
names only its actor premodifier, as k0064, k0163, m0123, n0069, q0160, c0400;
1 victim type, as k0107, n0099). A fixed row's note records the correction.

Run from the repository root: ``python tests/devsets/casualty_holdout8/adjudicate.py``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent

NOTE_ONLY = "labels identical; only the free-text note differs"

#: item -> (coder whose rows are taken, reason)
DECISIONS: dict[str, tuple[str, str]] = {
    "s0016": (
        "a",
        "'The death was the first in the town since a suspected chemical weapons attack ... that killed 87': counting this death against the attack's killings only makes sense for a violent death -> violence clearly implied, yes (neutral predicate rule)",
    ),
    "s0038": (
        "b",
        "'strikes her home ... killing her family': the family is killed at home -> civilians (individuals rule: setting 'at home'; kinship word plus setting)",
    ),
    "s0060": (
        "a",
        "body's 'the coalition strikes' gives the actor premodifier as responsible ('coalition'), not the strike noun (as k0064 'US-led', n0069 'US', h0051 'Russian')",
    ),
    "s0069": (
        "b",
        "responsible keeps the head and its PP naming the group: 'forces from the Kurdish Peoples Protection Units (YPG)' (as n0046 'terrorists from Jaish al-Islam', r0068, m0023 'forces of the Syrian regime')",
    ),
    "s0070": (
        "b",
        "same sentence as s0069: responsible 'forces from the Kurdish Peoples Protection Units (YPG)' (as n0046, r0068, m0023)",
    ),
    "s0091": (
        "a",
        "'we' = 'the Army' of an unnamed state; the sentence does not say whose army -> actor unknown (pronoun rule: actor only when the sentence makes it clear)",
    ),
    "s0093": (
        "b",
        "victim keeps the leading article of a quantity phrase ('an untold number of others'; as r0001 'an unspecified number of others', q0050)",
    ),
    "s0104": (
        "a",
        "the predicate in the compound 'mass-casualty' is 'casualty' (as agreed s0086 'gun-death' -> death, m0193 'job-killing' -> killing); whole compounds only for lexicalised look-alikes (long-shot, brain-dead)",
    ),
    "s0108": (
        "b",
        "'took every precaution to avoid civilian casualties with this strike': a particular possible outcome, neither reported nor denied -> hypothetical (as k0006 'may have resulted in civilian casualties'; generic k0007/n0034 were habitual policy)",
    ),
    "s0123": (
        "b",
        "'the Trump-ordered drone killing': the prenominal doer of a nominal is its agent (c0244 'U.S. killing', h0072, p0024 'Russian and Syrian strikes death toll') -> agent 'drone' (means), actor us from 'Trump-ordered'; responsible Trump",
    ),
    "s0126": (
        "a",
        "'70,000 of his people': a ruler's own people with no non-combatant role stated -> unspecified (as k0107 'its own people', n0099 'his own people')",
    ),
    "s0128": (
        "b",
        "look-alike compound 'long-shot' is the trigger as a whole (as n0092, p0113 'long-shot')",
    ),
    "s0149": (
        "b",
        "with the number inside 'lost 9 million lives' the trigger is the verb and the victim '9 million lives' (as n0130 'claimed', p0123 'taken', n0120 'consumed')",
    ),
    "s0150": (
        "a",
        "'homicide' is not a listed predicate and gets no row (as q0135, m0132 'homicide not given its own row')",
    ),
    "s0151": (
        "a",
        "the suicide predicate keeps its reflexive: 'killing himself' (as h0162 'killed himself')",
    ),
    "s0165": (
        "b",
        "'the police shooting of ... Mike Brown': prenominal doer is the nominal's agent -> police/actor/other (as c0244, h0072); the two slogan rows are corrected in FIXES",
    ),
    "s0166": (
        "b",
        "'was attacked by a brown bear': a listed attack verb whose clause reports no one hurt -> attack_no_casualty (attack-verb rule); illness_accident needs a death or injury, none is stated",
    ),
}
# fmt: off
for _item in [
    "s0001", "s0002", "s0003", "s0004", "s0005", "s0006", "s0008", "s0009", "s0010",
    "s0011", "s0012", "s0014", "s0015", "s0018", "s0019", "s0020", "s0021", "s0022",
    "s0024", "s0026", "s0027", "s0028", "s0030", "s0031", "s0033", "s0034", "s0035",
    "s0036", "s0037", "s0039", "s0040", "s0041", "s0042", "s0045", "s0046", "s0047",
    "s0048", "s0050", "s0051", "s0053", "s0055", "s0057", "s0058", "s0059", "s0062",
    "s0065", "s0066", "s0067", "s0071", "s0075", "s0077", "s0079", "s0080", "s0082",
    "s0084", "s0085", "s0088", "s0090", "s0092", "s0094", "s0097", "s0098", "s0102",
    "s0103", "s0105", "s0106", "s0109", "s0110", "s0114", "s0117", "s0118", "s0119",
    "s0120", "s0121", "s0125", "s0130", "s0132", "s0134", "s0136", "s0139", "s0141",
    "s0144", "s0145", "s0152", "s0154", "s0158", "s0159", "s0162", "s0168", "s0172",
    "s0174", "s0177", "s0178", "s0179", "s0182", "s0184", "s0188", "s0192", "s0200",
    "s0202", "s0205", "s0209", "s0210",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)
# fmt: on

#: item@trigger_start -> fields overriding the taken row
FIXES: dict[str, dict[str, str]] = {
    # s0165 (b's rows): the slogan 'hands up, don't shoot'
    "s0165@17": {"reason": "other_sense"},
    "s0165@117": {"reason": "other_sense"},
    # agreed rows: responsible is the actor premodifier of a strike/bomb phrase
    "s0001@82": {"responsible": "U.S."},
    "s0008@26": {"responsible": "government"},
    "s0020@18": {"responsible": "Syrian government"},
    "s0020@122": {"responsible": "Syrian government"},
    "s0027@44": {"responsible": "U.S.-led coalition"},
    "s0027@151": {"responsible": "U.S.-led coalition"},
    "s0046@119": {"responsible": "Russian"},
    "s0116@280": {"responsible": "U.S.-led"},
    "s0116@339": {"responsible": "U.S.-led"},
    # agreed row: a population named as someone's people
    "s0044@102": {"victim_type": "unspecified"},
}

#: item@trigger_start -> reason for the fix
FIX_REASONS: dict[str, str] = {
    "s0165@17": "slogan 'hands up, don't shoot' -> other_sense (as k0182), not negation",
    "s0165@117": "slogan 'hands up, don't shoot' -> other_sense (as k0182), not negation",
    "s0001@82": "'A U.S. missile strike ... caused deaths': responsible is the strike's actor premodifier 'U.S.' (as q0160 '11 Hamas rockets ... causing casualties' -> Hamas, n0001 'U.S. raids' -> U.S.)",
    "s0008@26": "'killed in government barrel bombs': responsible is the bombs' actor premodifier 'government' (as c0400 'IRA bombs' -> IRA)",
    "s0020@18": "responsible from the body's 'Syrian government air strikes' is its actor premodifier 'Syrian government' (as k0064 'US-led air strikes' -> US-led)",
    "s0020@122": "'killed in Syrian government air strikes' -> responsible 'Syrian government' (as k0064 'US-led air strikes' -> US-led, n0069 'US air strikes' -> US)",
    "s0027@44": "responsible from the body's 'U.S.-led coalition air strikes' is 'U.S.-led coalition' (as k0064 -> US-led, m0037)",
    "s0027@151": "'killed in clashes and U.S.-led coalition air strikes' -> responsible 'U.S.-led coalition' (as k0064 'US-led air strikes' -> US-led)",
    "s0046@119": "'Killed in Russian Airstrikes' -> responsible 'Russian' (as h0051 'Killed in Russian Offensive' -> Russian, k0064)",
    "s0116@280": "'killed in a U.S.-led drone strike' -> responsible 'U.S.-led' (as k0163 'US drone strike' -> US, m0123 'American drone strike' -> American)",
    "s0116@339": "'killed in a U.S.-led drone strike' -> responsible 'U.S.-led' (as k0163 'US drone strike' -> US, m0123 'American drone strike' -> American)",
    "s0044@102": "'massacres against the Syrian people': a population with no non-combatant role stated -> unspecified (as k0023 'Syrian people', k0107, n0099 'his own people'; consistent with s0126)",
}


def main() -> None:
    passes = {
        coder: pd.read_csv(HERE / f"labels_{coder}.csv", dtype=str, keep_default_na=False)
        for coder in ("a", "b")
    }
    choice = passes["a"]["item"].map(lambda item: DECISIONS.get(item, ("a", ""))[0])
    from_a = passes["a"][choice == "a"]
    chosen_b = {item for item, (coder, _) in DECISIONS.items() if coder == "b"}
    from_b = passes["b"][passes["b"]["item"].isin(chosen_b)]
    gold = pd.concat([from_a, from_b]).assign(coder="gold")
    assert FIXES.keys() == FIX_REASONS.keys()
    for key, fields in FIXES.items():
        item, start = key.split("@")
        row = (gold["item"] == item) & (gold["trigger_start"] == start)
        assert row.sum() == 1, key
        for field, value in fields.items():
            gold.loc[row, field] = value
        gold.loc[row, "note"] = "adjudicated: " + FIX_REASONS[key]
    gold["trigger_start_n"] = pd.to_numeric(gold["trigger_start"], errors="coerce")
    gold = gold.sort_values(["item", "trigger_start_n"], kind="stable").drop(
        columns="trigger_start_n"
    )
    texts = pd.read_csv(HERE / "sentences.csv", dtype=str, keep_default_na=False)
    text = dict(zip(texts["item"], texts["text"]))
    assert set(gold["item"]) == set(text), "every item needs a row"
    for row in gold.itertuples():
        if row.trigger:
            start = int(row.trigger_start)
            assert text[row.item][start : start + len(row.trigger)] == row.trigger, row
        for field in ("agent", "responsible", "victim"):
            assert getattr(row, field) in text[row.item], (row.item, field)
    gold.to_csv(HERE / "labels_gold.csv", index=False)
    n_yes = int((gold["casualty"] == "yes").sum())
    print(f"{len(gold)} rows, {gold['item'].nunique()} items, casualty yes {n_yes}")


if __name__ == "__main__":
    main()
