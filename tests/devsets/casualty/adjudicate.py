# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Build the adjudicated gold file for the casualty development set.

Starts from the alignment of ``agreement.py`` (same item, overlapping trigger
spans), takes coder A's row where A and B agree on every column that matters,
applies the adjudication decisions below (keyed by ``item@trigger_start``) to
every disagreement and one-coder row, applies the rule fixes to agreed rows that
break an adjudication rule, validates, and writes
``labels_gold.csv`` plus ``adjudication.md``.

Run from the repository root: ``python tests/devsets/casualty/adjudicate.py``.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[3]
HERE = ROOT / "tests/devsets/casualty"
sys.path.insert(0, str(HERE))
from agreement import align, read  # noqa: E402

REPORT = Path(__file__).with_name("adjudication.md")
OUT = HERE / "labels_gold.csv"

COLUMNS = [
    "item",
    "coder",
    "trigger",
    "trigger_start",
    "casualty",
    "reason",
    "construction",
    "agent",
    "agent_type",
    "actor",
    "responsible",
    "responsible_actor",
    "victim",
    "victim_type",
    "victim_count",
    "count_qualifier",
    "note",
]
KEY = [
    "casualty",
    "reason",
    "construction",
    "agent",
    "agent_type",
    "actor",
    "responsible_actor",
    "victim_type",
    "victim_count",
    "count_qualifier",
]
YES_FIELDS = COLUMNS[6:16]  # construction .. count_qualifier

REASONS = {
    "hypothetical",
    "threat_plan",
    "negation",
    "question",
    "generic",
    "other_sense",
    "illness_accident",
    "furniture",
    "attack_no_casualty",
    "not_people",
    "none",
}
CONSTRUCTIONS = {"active", "passive_agent", "passive_agentless", "intransitive", "nominal"}
AGENT_TYPES = {"actor", "means"}
ACTORS = {
    "russia",
    "syria_gov",
    "iran",
    "hezbollah",
    "us",
    "us_coalition",
    "western_other",
    "iraq_gov",
    "pmf",
    "kurdish",
    "isis",
    "nusra_hts",
    "rebels",
    "turkey",
    "israel",
    "other",
    "unknown",
    "none",
}
VICTIM_TYPES = {
    "civilians",
    "children",
    "women",
    "combatants",
    "security_forces",
    "militants",
    "unspecified",
}
QUALIFIERS = {
    "",
    "at least",
    "more than",
    "about",
    "up to",
    "nearly",
    "dozens",
    "hundreds",
    "thousands",
    "scores",
    "many",
    "several",
    "some",
}

# ---------------------------------------------------------------------------
# Decisions on disagreements and one-coder rows.
# take: "A" / "B" (that coder's row), "drop" (no row); set: fields overriding
# the taken row; why: one-line reason (rule in CODEBOOK "Adjudication rules").
# ---------------------------------------------------------------------------
R_NOMINAL = "adjective/participle used as a noun (no head) -> nominal"
R_OTHERS = "'N others' inherits the type of the group it contrasts with"
R_MEANS = "jets/warplanes/aircraft are weapon systems -> means"
R_QUAL = "count_qualifier normalised: over/N+ -> more than, some N -> about"
R_NAME = "named person with no role or setting -> unspecified"
R_ROLE = "sentence gives a non-combatant role or setting -> civilians"
R_RESP_HEAD = "responsible filled from the whole item text (headline merged with body)"
R_ATTACK_VERB = "attack verb from the list, its own clause hurts no one -> attack_no_casualty row"
R_NO_ATTACK = "not a listed attack verb / attack noun -> no row"
R_SHOOT_OBJ = "shooting at an object in an attack -> attack_no_casualty (not not_people)"
R_LOOKALIKE = "look-alike of a listed predicate (cf. 'deadline') -> other_sense row"
R_CAUSE = "violence not stated or clearly implied in the sentence -> no, illness_accident"
R_SPORT = "sport is listed under other_sense (real athletes' injuries too)"
R_FURN = "caption body / related headline reporting real deaths is not furniture -> yes"
R_SHOOTING = "'shooting' (noun of listed shoot) of a real shooting -> nominal row, also when agent of another predicate"
R_SUM = "sum a coordinated victim phrase containing a number (singular conjunct = 1)"

DECISIONS: dict[str, dict] = {
    "c0004@21": {"take": "A", "why": R_NOMINAL},
    "c0014@23": {"take": "A", "why": R_QUAL},
    "c0020@175": {"take": "A", "why": R_FURN},
    "c0023@28": {"take": "A", "why": R_NOMINAL},
    "c0026@205": {"take": "B", "why": R_QUAL},
    "c0030@110": {"take": "A", "why": R_MEANS},
    "c0032@13": {"take": "A", "why": R_NOMINAL},
    "c0035@26": {
        "take": "B",
        "why": "'notorious fighter', side not stated in sentence -> combatants",
    },
    "c0035@111": {
        "take": "B",
        "why": "'notorious fighter', side not stated in sentence -> combatants",
    },
    "c0038@106": {"take": "A", "why": R_MEANS},
    "c0039@9": {"take": "A", "why": R_RESP_HEAD},
    "c0039@151": {"take": "A", "why": R_ATTACK_VERB + " ('a shell ... struck a school')"},
    "c0047@112": {"take": "B", "why": R_OTHERS + " (civilians)"},
    "c0049@4": {"take": "B", "why": "'the toll ... for children': victim named -> children"},
    "c0054@116": {"take": "A", "why": R_MEANS},
    "c0057@43": {"take": "A", "why": R_MEANS},
    "c0060@45": {"take": "B", "why": R_OTHERS + " (civilians)"},
    "c0061@13": {"take": "A", "why": R_ATTACK_VERB + " (killing is a separate participle clause)"},
    "c0061@109": {"take": "A", "why": R_MEANS},
    "c0062@15": {"take": "A", "why": R_RESP_HEAD},
    "c0068@51": {"take": "B", "why": R_OTHERS + " (civilians)"},
    "c0076@129": {"take": "B", "why": R_OTHERS + " (citizens -> civilians)"},
    "c0078@13": {"take": "A", "why": R_RESP_HEAD},
    "c0079@188": {"take": "B", "why": R_SHOOT_OBJ},
    "c0092@142": {
        "take": "A",
        "set": {
            "victim": 'Libyan leader within the so-called Deir Ezzor Airport Front nicknamed "Abu Islam al-Baghdadi" and five of his groups members'
        },
        "why": R_SUM + " (leader + five = 6)",
    },
    "c0098@107": {"take": "B", "why": R_QUAL},
    "c0099@84": {
        "take": "B",
        "why": "'people many of whom were civilians' -> type of the head 'people'",
    },
    "c0100@40": {
        "take": "B",
        "why": "victim is the head 'civilians'; the subset 'four children' gives no type/count",
    },
    "c0101@70": {"take": "B", "why": R_QUAL},
    "c0103@130": {"take": "B", "why": R_OTHERS + " (militants)"},
    "c0104@37": {"take": "A", "why": "only the/a/an are stripped from the agent; 'another' stays"},
    "c0114@71": {"take": "B", "why": R_OTHERS + " (civilians)"},
    "c0114@155": {"take": "A", "why": R_NOMINAL},
    "c0118@51": {"take": "B", "why": R_OTHERS + " (terrorists -> militants)"},
    "c0120@99": {"take": "A", "why": R_CAUSE + " (helicopter crash, no attack stated)"},
    "c0120@109": {"take": "A", "why": R_CAUSE + " (helicopter crash, no attack stated)"},
    "c0124@18": {"take": "B", "why": R_SHOOT_OBJ},
    "c0133@68": {
        "take": "B",
        "why": "perpetrator killed, not named as a group member -> unspecified (as agreed c0147, c0198)",
    },
    "c0134@58": {
        "take": "A",
        "set": {"reason": "attack_no_casualty"},
        "why": R_SHOOT_OBJ + " (helicopter shoot-down)",
    },
    "c0142@109": {"take": "A", "why": R_FURN + " (gallery label itself has no predicate)"},
    "c0164@74": {"take": "B", "why": "slogan wishing death ('Death to America') -> threat_plan"},
    "c0175@15": {
        "take": "A",
        "why": "cause unstated and a trend statistic -> no, generic (as agreed c0171, c0177)",
    },
    "c0181@171": {"take": "A", "why": R_SUM + " (al-Awlaki + two = 3)"},
    "c0183@155": {"take": "B", "why": R_SHOOT_OBJ},
    "c0189@221": {"take": "A", "why": R_FURN},
    "c0193@54": {"take": "B", "why": R_ROLE + " (aboard a passenger flight)"},
    "c0201@135": {
        "take": "A",
        "why": "sides of 'fighting between X and Y' -> responsible (coordination, first-named code)",
    },
    "c0206@150": {"take": "A", "why": R_SHOOTING},
    "c0238@116": {
        "take": "A",
        "why": "general statement about what policy could do -> generic (as agreed c0255)",
    },
    "c0241@92": {"take": "A", "why": R_SHOOTING},
    "c0251@133": {
        "take": "A",
        "why": "tissue specimens, like agreed c0236 (anthrax) -> not_people",
    },
    "c0261@58": {"take": "A", "why": R_LOOKALIKE + " (injection 'shot')"},
    "c0265@188": {"take": "B", "why": R_NAME + " ('Jim')"},
    "c0267@29": {"take": "A", "why": R_ROLE + " (hostage held for ransom, as agreed c0288)"},
    "c0269@69": {"take": "B", "why": "unnamed individual with no group -> unknown; " + R_QUAL},
    "c0271@4": {"take": "B", "why": R_NAME + " (Sotloff in a headline)"},
    "c0283@35": {"take": "A", "why": R_ROLE + " (victim of a political purge of Jang allies)"},
    "c0289@82": {"take": "A", "why": R_SUM + " (two + a Briton = 3)"},
    "c0308@11": {"take": "A", "why": "named individual with no group in the sentence -> other"},
    "c0326@66": {"take": "A", "why": R_SUM + " (Stevens + three = 4)"},
    "c0329@112": {"take": "B", "why": R_NAME + " ('Brown')"},
    "c0330@85": {"take": "B", "why": "unnamed individual ('a black man') -> unknown"},
    "c0339@163": {"take": "A", "why": R_SHOOTING},
    "c0348@85": {"take": "A", "why": R_CAUSE + " (cause of injuries not in sentence)"},
    "c0368@94": {"take": "A", "why": R_CAUSE + " (no cause of death given)"},
    "c0384@46": {
        "take": "A",
        "set": {"victim": "daughter Lana"},
        "why": "trigger is the predicate 'dead' (found is not part of it); "
        + R_ROLE
        + " (found dead in a private home)",
    },
    "c0400@89": {
        "take": "A",
        "set": {"responsible": "IRA", "responsible_actor": "other"},
        "why": R_SUM + " (3900, more than); 'IRA bombs' names the doer -> responsible IRA (B)",
    },
    "c0397@97": {
        "take": "A",
        "why": "'paying ... with their lives' is a death predicate (like 'lost their lives'); general -> generic",
    },
    # one-coder rows: B's attack words outside the rule
    "c0002@59": {"take": "drop", "why": R_NO_ATTACK + " ('opened fire')"},
    "c0007@12": {"take": "drop", "why": R_NO_ATTACK + " (noun 'airstrikes')"},
    "c0046@32": {"take": "drop", "why": R_NO_ATTACK + " (noun 'airstrikes')"},
    "c0048@66": {"take": "drop", "why": R_NO_ATTACK + " ('dropped bombs')"},
    "c0073@52": {"take": "drop", "why": R_NO_ATTACK + " ('hit')"},
    "c0077@63": {"take": "drop", "why": R_NO_ATTACK + " ('targeted')"},
    "c0079@87": {"take": "drop", "why": R_NO_ATTACK + " ('dropped')"},
    "c0097@153": {"take": "drop", "why": R_NO_ATTACK + " (noun 'airstrikes')"},
    "c0111@88": {"take": "drop", "why": R_NO_ATTACK + " ('fired')"},
    "c0115@48": {"take": "drop", "why": R_NO_ATTACK + " ('fired')"},
    "c0116@136": {"take": "drop", "why": R_NO_ATTACK + " ('targeted')"},
    "c0133@13": {"take": "drop", "why": R_NO_ATTACK + " ('opened fire')"},
    "c0149@30": {"take": "drop", "why": R_NO_ATTACK + " (noun 'airstrikes')"},
    "c0204@79": {"take": "drop", "why": R_NO_ATTACK + " ('targeting')"},
    "c0343@153": {
        "take": "drop",
        "why": "attack nouns get no row, figurative too (as agreed 'bombshell')",
    },
    "c0157@122": {
        "take": "B",
        "why": "'harm' counted as a predicate ('inflicted harm'); legal sense -> other_sense",
    },
}
SPORT_KEYS = [
    "c0404@21",
    "c0405@21",
    "c0406@91",
    "c0407@103",
    "c0408@108",
    "c0409@57",
    "c0409@148",
    "c0410@76",
    "c0412@61",
]
for key in SPORT_KEYS:
    DECISIONS[key] = {"take": "A", "why": R_SPORT}
EXECUTIVE_KEYS = [
    "c0143@149",
    "c0150@51",
    "c0150@176",
    "c0157@73",
    "c0168@100",
    "c0182@170",
    "c0184@117",
    "c0186@32",
    "c0190@16",
    "c0192@53",
    "c0197@59",
    "c0203@21",
    "c0203@70",
    "c0214@138",
    "c0216@72",
    "c0223@82",
    "c0258@19",
    "c0273@45",
    "c0318@64",
    "c0328@38",
    "c0331@32",
    "c0332@24",
    "c0333@62",
    "c0350@324",
    "c0354@28",
    "c0361@11",
    "c0362@132",
    "c0363@4",
    "c0364@44",
    "c0365@97",
    "c0366@47",
    "c0367@190",
    "c0369@55",
    "c0371@6",
    "c0372@35",
    "c0374@82",
    "c0376@100",
    "c0377@75",
    "c0378@112",
    "c0380@99",
    "c0392@12",
    "c0401@9",
]
for key in EXECUTIVE_KEYS:
    DECISIONS[key] = {"take": "A", "why": R_LOOKALIKE + " ('executive')"}

# Agreed rows (A = B on every key column) that break an adjudication rule.
RULE_FIXES: dict[str, dict] = {
    "c0319@38": {
        "set": {"victim_type": "unspecified"},
        "why": R_NAME + " ('Seth Rich'); both coders had civilians",
    },
}


def blank(row: pd.Series | None) -> dict:
    return {} if row is None else {c: ("" if pd.isna(row[c]) else str(row[c])) for c in COLUMNS}


def norm(column: str, value: str, casualty: str) -> str:
    value = (value or "").strip()
    if column == "agent":
        value = value.lower()
        for article in ("the ", "a ", "an "):
            if value.startswith(article):
                return value[len(article) :]
    if column == "victim_type" and casualty == "yes" and value == "":
        return "unspecified"
    return value


def differing(a: dict, b: dict) -> list[str]:
    return [c for c in KEY if norm(c, a[c], a["casualty"]) != norm(c, b[c], b["casualty"])]


def pairs_from_alignment(a: pd.DataFrame, b: pd.DataFrame) -> list[tuple[dict, dict]]:
    """The pairing of ``agreement.align`` with full rows (checked against it)."""
    pairs, used = [], set()
    for _, row in a.iterrows():
        same = b[(b["item"] == row["item"]) & (b["start"] < row["end"]) & (b["end"] > row["start"])]
        match = next((j for j in same.index if j not in used), None)
        if match is not None:
            used.add(match)
        pairs.append((blank(row), blank(None if match is None else b.loc[match])))
    pairs += [({}, blank(b.loc[j])) for j in b.index if j not in used]
    reference = align(a, b)
    assert len(reference) == len(pairs)
    for (left, right), (_, ref) in zip(pairs, reference.iterrows()):
        assert (left.get("casualty") or "no") == ref["casualty_a"]
        assert (right.get("casualty") or "no") == ref["casualty_b"]
        for side, row in (("a", left), ("b", right)):
            expected = ref[f"construction_{side}"]
            assert (not row and (expected is None or pd.isna(expected))) or row.get(
                "construction"
            ) == expected
    return pairs


def finish(row: dict, note: str) -> dict:
    row = dict(row)
    row["coder"] = "gold"
    row["note"] = note
    if row["casualty"] == "yes":
        row["reason"] = ""
        if row["victim_type"] == "":
            row["victim_type"] = "unspecified"
        if row["agent"] == "":
            row["agent_type"] = ""
            row["actor"] = "none"
    else:
        for column in YES_FIELDS:
            row[column] = ""
    return row


def validate(gold: pd.DataFrame, texts: dict[str, str]) -> None:
    problems = []
    for _, r in gold.iterrows():
        text, where = texts[r["item"]], f"{r['item']}@{r['trigger_start']}"
        if r["trigger"]:
            start = int(r["trigger_start"])
            if text[start : start + len(r["trigger"])] != r["trigger"]:
                problems.append(f"{where}: trigger offset")
        elif r["trigger_start"] or r["casualty"] != "no" or r["reason"] != "none":
            problems.append(f"{where}: empty trigger must be casualty=no, reason=none")
        for column in ("trigger", "agent", "responsible", "victim"):
            if r[column] and r[column] not in text:
                problems.append(f"{where}: {column} {r[column]!r} not in sentence")
        if r["casualty"] not in ("yes", "no"):
            problems.append(f"{where}: casualty")
        if (r["reason"] == "") != (r["casualty"] == "yes"):
            problems.append(f"{where}: reason empty iff casualty=yes")
        if r["casualty"] == "no":
            if r["reason"] not in REASONS:
                problems.append(f"{where}: reason {r['reason']}")
            if any(r[c] for c in YES_FIELDS):
                problems.append(f"{where}: fields filled on a no row")
            continue
        if r["construction"] not in CONSTRUCTIONS:
            problems.append(f"{where}: construction")
        if r["agent"]:
            if r["agent_type"] not in AGENT_TYPES or r["actor"] not in ACTORS - {"none"}:
                problems.append(f"{where}: agent_type/actor")
        elif r["agent_type"] or r["actor"] != "none":
            problems.append(f"{where}: no agent needs actor none")
        if bool(r["responsible"]) != bool(r["responsible_actor"]) or (
            r["responsible_actor"] and r["responsible_actor"] not in ACTORS - {"none"}
        ):
            problems.append(f"{where}: responsible")
        if r["victim_type"] not in VICTIM_TYPES:
            problems.append(f"{where}: victim_type")
        if r["victim_count"] and not r["victim_count"].isdigit():
            problems.append(f"{where}: victim_count")
        if r["count_qualifier"] not in QUALIFIERS:
            problems.append(f"{where}: count_qualifier {r['count_qualifier']!r}")
    items = set(texts)
    missing = items - set(gold["item"])
    if missing:
        problems.append(f"items without rows: {sorted(missing)}")
    with_triggers = set(gold.loc[gold["trigger"] != "", "item"])
    mixed = gold[(gold["trigger"] == "") & gold["item"].isin(with_triggers)]
    if len(mixed):
        problems.append(f"none rows next to trigger rows: {list(mixed['item'])}")
    dup = gold[gold["trigger"] != ""].duplicated(["item", "trigger_start"])
    if dup.any():
        problems.append(f"duplicate rows: {list(gold[gold['trigger'] != ''][dup]['item'])}")
    if problems:
        raise SystemExit("\n".join(problems))


def main() -> None:
    texts = dict(
        pd.read_csv(HERE / "sentences.csv", dtype=str, keep_default_na=False)[
            ["item", "text"]
        ].values
    )
    full_a = pd.read_csv(HERE / "labels_a.csv", dtype=str, keep_default_na=False)
    full_b = pd.read_csv(HERE / "labels_b.csv", dtype=str, keep_default_na=False)
    pairs = pairs_from_alignment(read("labels_a.csv"), read("labels_b.csv"))

    gold, log, used = [], [], set()
    n_agree = 0
    by_variable: Counter = Counter()
    outcome: Counter = Counter()
    for left, right in pairs:
        base = left or right
        key = f"{base['item']}@{base['trigger_start']}"
        if left and right and not differing(left, right):
            n_agree += 1
            row = dict(left)
            note = left["note"]
            if key in RULE_FIXES:
                used.add(key)
                fix = RULE_FIXES[key]
                row.update(fix["set"])
                note = "rule fix: " + fix["why"]
                log.append(("agreed", key, list(fix["set"]), left, right, row, fix["why"]))
            gold.append(finish(row, note))
            continue
        if key not in DECISIONS:
            raise SystemExit(f"no decision for {key}")
        used.add(key)
        decision = DECISIONS[key]
        variables = differing(left, right) if left and right else ["only " + ("A" if left else "B")]
        by_variable.update(variables)
        if decision["take"] == "drop":
            decided = None
        else:
            source = left if decision["take"] == "A" else right
            if not source:
                raise SystemExit(f"{key}: takes {decision['take']} but that row is missing")
            decided = finish(
                {**source, **decision.get("set", {})}, "adjudicated: " + decision["why"]
            )
            gold.append(decided)
        # who the decision followed, on the columns that matter
        if decided is None:
            side = (
                "B" if not right else "A"
            )  # dropped a one-coder row: follows the coder who had none
        else:
            agrees_a = bool(left) and not differing(decided, finish(left, ""))
            agrees_b = bool(right) and not differing(decided, finish(right, ""))
            extra = set(decision.get("set", {})) - {"victim", "responsible", "note"}
            if agrees_a and not extra:
                side = "A"
            elif agrees_b and not agrees_a:
                side = "B"
            else:
                side = "neither"
        outcome[side] += 1
        log.append(("disagreement", key, variables, left, right, decided, decision["why"], side))
    unused = (set(DECISIONS) | set(RULE_FIXES)) - used
    if unused:
        raise SystemExit(f"decisions never used: {sorted(unused)}")

    frame = pd.DataFrame(gold, columns=COLUMNS)
    # items left without any row keep their casualty = no / none row (A's, else B's)
    for item in texts:
        if item in set(frame["item"]):
            continue
        for source in (full_a, full_b):
            rows = source[(source["item"] == item) & (source["trigger"] == "")]
            if len(rows):
                frame = pd.concat(
                    [frame, pd.DataFrame([finish(rows.iloc[0].to_dict(), "")])], ignore_index=True
                )
                break
    frame["_start"] = frame["trigger_start"].replace("", "-1").astype(int)
    frame = frame.sort_values(["item", "_start"]).drop(columns="_start")[COLUMNS]
    validate(frame, texts)
    frame.to_csv(OUT, index=False)
    write_report(pairs, n_agree, by_variable, outcome, log, frame)
    print(f"pairs {len(pairs)}, agreed {n_agree}, decided {len(pairs) - n_agree} {dict(outcome)}")
    print(
        f"gold rows {len(frame)} (yes {int((frame['casualty'] == 'yes').sum())}), items {frame['item'].nunique()}"
    )


def show(row: dict | None, columns: list[str]) -> str:
    if not row:
        return "—"
    values = []
    for c in columns:
        v = row.get(c, "")
        if c == "victim_type" and row.get("casualty") == "yes" and not v:
            v = "(empty)"
        values.append(f"{c}={v}" if len(columns) > 1 else (v or "(empty)"))
    return "; ".join(values)


def write_report(pairs, n_agree, by_variable, outcome, log, frame) -> None:
    lines = [
        "# Casualty development set: adjudication report",
        "",
        "Gold file: `tests/devsets/casualty/labels_gold.csv` (coder = `gold`), built by",
        "`adjudicate.py` from the alignment of `agreement.py`. Rules: the section",
        '"Adjudication rules (added after both passes, before any tuning)" of `CODEBOOK.md`.',
        "",
        "## Counts",
        "",
        f"- Aligned units (pairs, incl. rows listed by one coder only): {len(pairs)}",
        f"- Agreed on every column that matters (A's row taken): {n_agree}",
        f"- Disagreements decided: {len(pairs) - n_agree} "
        f"({sum(1 for p in pairs if p[0] and p[1]) - n_agree} paired rows that differ, "
        f"{sum(1 for p in pairs if p[0] and not p[1])} rows only A listed, "
        f"{sum(1 for p in pairs if p[1] and not p[0])} rows only B listed)",
        f"- Decided for A: {outcome['A']}, for B: {outcome['B']}, neither: {outcome['neither']}",
        "  (a dropped one-coder row counts for the coder who had no row; 'neither' = a value",
        "  neither coder gave on a column that matters)",
        f"- Agreed rows changed because they broke an adjudication rule: "
        f"{sum(1 for entry in log if entry[0] == 'agreed')}",
        f"- Gold file: {len(frame)} rows, {frame['item'].nunique()} items, "
        f"{int((frame['casualty'] == 'yes').sum())} casualty = yes rows, "
        f"{int((frame['trigger'] == '').sum())} items with only an empty-trigger `none` row",
        "",
        "Disagreements by variable (a unit can differ on several):",
        "",
        "| variable | units |",
        "|---|---|",
    ]
    for variable, count in sorted(by_variable.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"| {variable} | {count} |")
    lines += [
        "",
        "## Decisions on disagreements",
        "",
        "One line per unit (item@trigger_start, trigger); the values shown are the columns on",
        "which A and B differ. For one-coder rows, the row's casualty/reason is shown.",
        "",
        "| item | trigger | variable | A | B | decision | reason |",
        "|---|---|---|---|---|---|---|",
    ]
    for entry in log:
        if entry[0] != "disagreement":
            continue
        _, key, variables, left, right, decided, why, side = entry
        trigger = (left or right)["trigger"]
        if variables[0].startswith("only"):
            columns = ["casualty", "reason"]
            a_text, b_text = show(left, columns), show(right, columns)
            d_text = "no row" if decided is None else show(decided, columns)
        else:
            columns = variables
            a_text, b_text = show(left, columns), show(right, columns)
            d_text = show(decided, columns)
        extra = ""
        if decided is not None:
            for column in ("victim", "responsible", "reason", "responsible_actor"):
                if column in (DECISIONS[key].get("set") or {}) and column not in columns:
                    extra += f"; {column}={decided[column]}"
        lines.append(
            f"| {key} | {trigger} | {', '.join(variables)} | {a_text} | {b_text} | "
            f"{d_text}{extra} ({side}) | {why} |"
        )
    lines += [
        "",
        "## Agreed rows changed by a rule",
        "",
        "| item | changed | A = B | gold | reason |",
        "|---|---|---|---|---|",
    ]
    for entry in log:
        if entry[0] != "agreed":
            continue
        _, key, changed, left, right, row, why = entry
        lines.append(
            f"| {key} | {', '.join(changed)} | {show(left, changed)} | {show(row, changed)} | {why} |"
        )
    REPORT.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
