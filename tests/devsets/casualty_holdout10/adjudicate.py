# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Adjudicate the two passes of the tenth casualty hold-out set (``casualty_holdout10``) into ``labels_gold.csv``.

The passes differ on 167 of the 210 items: on 21 in the labels themselves, on
146 only in the free-text ``note`` column. For each the adjudicator (a helper
session that had not run or read the agency rules nor any output of the
library on these texts) chose one coder's rows for the whole item, from the
sentence, ``../casualty/CODEBOOK.md`` (with its adjudication rules),
``../casualty/adjudication.md`` (and those of hold-outs 3 and 4) and the
earlier gold files' precedents, with the reason below: of the 21 that differ
in their labels, 8 take a's rows and 13 take b's; the 146 that differ only in
the note take a's rows (``NOTE_ONLY``). Items not listed take pass a's rows
(identical to pass b's).

The main kinds of disagreement: whether the noun *shell* in a sense other
than the munition (the company Shell, a shell company, a clam shell or phone
shell) gets an ``other_sense`` look-alike row, and whether a figurative
munition shell does (6 items); ``generic`` or ``illness_accident`` for
mortality statistics and trends (vaping deaths, air-pollution deaths, deaths
from disease in a year; 3); the agent and ``responsible`` of a head whose
of-phrase names the group ("Units of the army", "Militants of the so-called
Jaysh al-Islam"; 2); whether a headline's responsible repeats the actor of
the body's agent (1) and whether a nominal restating the headline's killing
takes its doer (1, with a victim type); a demonstrative in the agent (1);
the victim phrase of a toll with its qualifier (1) and a victim type (1);
rows for unlisted injury and death phrases ("lost her left eye", "sacrifice
... their people's lives"; 2); a look-alike inside a name (Dietmar) and the
trigger span of "dead-set" (2); and the reason of "the death penalty" (1).

``FIXES`` corrects taken rows that neither pass got right or where both passes
agreed but broke a precedent (reasons in ``FIX_REASONS``). On this set one
row needed it (u0050, the responsible of "Mass killing"). The agreed rows
were checked against the earlier gold (responsible cut to the actor
premodifier, headline and body as one text, victim types of named persons,
captives, settings and populations, statistics, attack verbs and nouns,
look-alikes, and the sentences repeated from earlier sets: u0004 = m0022,
u0207 = r0208, and u0183, which differs from m0162 only in its apostrophe)
and none other needed a correction.

Run from the repository root: ``python tests/devsets/casualty_holdout10/adjudicate.py``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent

NOTE_ONLY = "labels identical; only the free-text note differs"

#: item -> (coder whose rows are taken, reason)
DECISIONS: dict[str, tuple[str, str]] = {
    "u0022": (
        "b",
        "headline 'Syria air raid ... kills 12', whose agent already names the actor (syria_gov), and a body whose agent 'Syrian army helicopter fire' names the same actor: the headline's responsible stays empty (as t0028 'IS car bomb' / 'Islamic State (IS) car bomb', n0023 'Syria air strikes' / 'Syrian government air strikes', m0014, n0026); s0020 filled it because the body's own row had a responsible ('killed in Syrian government air strikes')",
    ),
    "u0030": (
        "b",
        "'put the death toll ... at as high as 470000': the victim is the number as written with its qualifier, as in the near-identical p0028 'at more than 470000' -> victim 'more than 470000' (and 'At least 19 civilians', 'about 50' elsewhere in the earlier gold); count 470000, 'as high as' -> up to (both)",
    ),
    "u0041": (
        "a",
        "'Units of the army and armed forces killed': the agent is the head 'Units', and the of-phrase naming the force is a post-modifier outside it -> responsible 'army and armed forces' (the same wording as n0068 'units of the Syrian army and the armed forces' -> agent 'units', responsible 'Syrian army and the armed forces'; post-modifier rule, as m0056 'snipers from ...'); only quantity heads ('number of rocket shells') keep their of-phrase",
    ),
    "u0044": (
        "b",
        "the agent as written strips only a leading the/a/an, so the demonstrative stays: 'This outrageous escalation' (codebook: other determiners stay, 'another car bomb'; as t0003 'These fractions', q0126 'their terrorist leader')",
    ),
    "u0050": (
        "a",
        "'15 Captured Assyrian': captives named by ethnicity with no non-combatant role or setting -> unspecified (as s0084 'executed captives'; hostage is a role, captive alone is not); the responsible ISIS that a left empty on 'Mass killing' is added in FIXES",
    ),
    "u0066": (
        "a",
        "'Militants of the so-called Jaysh al-Islam terrorist group ... leaving 3 citizens killed': agent the head 'Militants', the of-phrase naming the group is a post-modifier -> responsible (as n0068 'units of the Syrian army ...', m0056 'snipers from Jabhat al-Nusra-linked terrorist groups', r0068 'terrorists of the so called Jaish al-Islam'); m0064's empty responsible is the older exception",
    ),
    "u0075": (
        "b",
        "'two people remained in hospital ..., with one of these considered to have life-threatening injuries': the victim phrase is people with nothing more, and the sentence does not say the two were among the pedestrians (the attack also reached the parliamentary estate) -> unspecified",
    ),
    "u0076": (
        "b",
        "'bring the death penalty into vogue': the trigger names the institution, and advocating it is like supporting it (r0132 'support the death penalty', k0150) -> generic; t0201's threat_plan was a call to kill a group of people ('should be killed')",
    ),
    "u0096": (
        "a",
        "'the radiant outer shell that is necessary to melt through ... armor so that the inner explosive ... may reach its target': a figurative munition shell, i.e. the attack noun, which gets no row, literal or figurative (codebook; as n0195 'malicious shell', none)",
    ),
    "u0105": (
        "a",
        "'amid a growing number of deaths related to the practice' (vaping): a trend with no identifiable people -> generic (rates and trends rule; as t0190 '96,000 premature deaths each year', t0169, c0175); m0156's cancer death rate as illness_accident is the older exception",
    ),
    "u0109": (
        "a",
        "'dead-set against': the look-alike trigger is the listed word 'dead' where it modifies the rest of the compound (as m0183 'dead-centre' -> 'dead', and u0186 'dead center' here, both passes); whole-compound triggers are for compounds headed by the listed word ('long-shot', 'brain-dead', 'trouble-shooter')",
    ),
    "u0116": (
        "a",
        "'9,700 more Americans died due to air pollution in 2018 than in 2016', a researchers' estimate: an excess-mortality statistic with no identifiable people -> generic (as t0190, t0169, c0175)",
    ),
    "u0132": (
        "b",
        "the company name Shell gets an other_sense look-alike row (as k0213 'oil giant Shell', q0192 'shell company', r0208 'clam shell'); p0148's none is the older exception",
    ),
    "u0133": (
        "b",
        "'sacrifice ... their people's lives': a death phrase with lives (as t0043 'sacrificed their lives', c0397 'paying ... with their lives'), said of developing nations in general with no identifiable people -> a generic row",
    ),
    "u0158": (
        "a",
        "'In 2010, 780,213 Americans died from cardiovascular disease and 574,743 from cancer': a national mortality statistic set against homicide figures -> generic (as t0190 'premature deaths each year' of a health cause, c0175)",
    ),
    "u0184": (
        "b",
        "'A pregnant woman lost her left eye when cops ... shot out a car window with a bean bag': an injury predicate of a real person hurt by police action, unlisted but given a row like s0093 'maiming', c0205 'stabbed', c0123 'beaten and bloodied'; trigger 'lost' as q0047 and s0149 ('lost over one hundred militants', 'lost 9 million lives'), intransitive, responsible 'cops' (police elsewhere -> other), pregnant woman -> women; 'shot out' the window stays attack_no_casualty (both)",
    ),
    "u0191": (
        "b",
        "'the shell company which won the bidding': an other_sense look-alike row, as q0192 on the same Yukos sale ('a little-known shell company')",
    ),
    "u0194": (
        "b",
        "'commissioned by Shell': the company name gets an other_sense look-alike row (as k0213, q0192)",
    ),
    "u0202": (
        "b",
        "no look-alike row for the 'Die' of the name Dietmar: the only earlier name beginning with those letters, 'SAN DIEGO' (k0073), has none; the Killough rows (m0130, q0102, t0152) are for a name that begins with the word kill as spoken",
    ),
    "u0207": (
        "b",
        "the same sentence as r0208, whose gold gives 'shell' (clam shell device) an other_sense row",
    ),
    "u0208": (
        "b",
        "'a special shell attached to' a handset: a casing, the sense of r0208's 'clam shell device' -> other_sense look-alike row",
    ),
}
# fmt: off
for _item in [
    "u0001", "u0002", "u0003", "u0004", "u0005", "u0006", "u0007", "u0008", "u0009",
    "u0010", "u0011", "u0012", "u0013", "u0014", "u0015", "u0016", "u0017", "u0018",
    "u0019", "u0020", "u0021", "u0023", "u0024", "u0025", "u0027", "u0028", "u0029",
    "u0032", "u0033", "u0034", "u0035", "u0036", "u0037", "u0038", "u0039", "u0040",
    "u0042", "u0045", "u0047", "u0051", "u0052", "u0053", "u0054", "u0055", "u0056",
    "u0057", "u0058", "u0059", "u0061", "u0062", "u0063", "u0064", "u0067", "u0068",
    "u0071", "u0073", "u0074", "u0077", "u0078", "u0080", "u0082", "u0083", "u0084",
    "u0086", "u0088", "u0089", "u0090", "u0091", "u0092", "u0093", "u0094", "u0095",
    "u0097", "u0098", "u0099", "u0100", "u0101", "u0103", "u0104", "u0106", "u0107",
    "u0108", "u0111", "u0112", "u0113", "u0114", "u0115", "u0117", "u0119", "u0122",
    "u0123", "u0124", "u0125", "u0126", "u0127", "u0128", "u0129", "u0131", "u0134",
    "u0135", "u0136", "u0137", "u0139", "u0140", "u0141", "u0143", "u0144", "u0145",
    "u0146", "u0148", "u0149", "u0150", "u0153", "u0154", "u0155", "u0156", "u0157",
    "u0159", "u0160", "u0161", "u0163", "u0165", "u0166", "u0168", "u0169", "u0170",
    "u0173", "u0174", "u0176", "u0177", "u0178", "u0179", "u0180", "u0181", "u0183",
    "u0185", "u0188", "u0189", "u0192", "u0193", "u0195", "u0200", "u0201", "u0204",
    "u0206", "u0209",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)
# fmt: on

#: item@trigger_start -> fields overriding the taken row
FIXES: dict[str, dict[str, str]] = {
    "u0050@62": {"responsible": "ISIS", "responsible_actor": "isis"},
}

#: item@trigger_start -> reason for the fix
FIX_REASONS: dict[str, str] = {
    "u0050@62": "'ISIS Behead or Shot 15 Captured Assyrian Mass killing': the mass killing is the event the same headline names ISIS as doing -> responsible ISIS / isis (a nominal with no agent takes the actor named elsewhere as its doer, as p0115 'ISIS has begun murdering ... their deaths', q0012, q0044); pass b had it, on rows whose victim type is not taken",
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
