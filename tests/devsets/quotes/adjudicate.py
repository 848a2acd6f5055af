# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Build the adjudicated gold file for the quotes development set.

Pairs the rows of the two passes as ``agreement.align`` does (same item,
overlapping spans; checked against it), takes coder A's row where A and B agree
on every column that matters (span, ``is_quote``, ``reason``, ``kind``,
``speaker`` compared as in ``agreement.normalise``, ``speaker_type``, and the
quote_id/part grouping), applies the decisions below (keyed by
``item@start`` of A's row, or of B's row when only B listed it) to every
disagreement and one-coder row, applies the rule fixes (rows that break an
adjudication rule of ``CODEBOOK.md``, agreed rows included), renumbers quotes
in order of first appearance, validates against the article texts, and writes
``labels_gold.csv`` plus ``adjudication.md``.

The texts are read with ``ck.load_dataset`` through the ``doc_id`` of
``articles.csv``. Run from the repository root (``CORPUSKIT_DATA`` as for
``make_sample.py``; ``../shared/corpora`` is used when it is not set):
``python tests/devsets/quotes/adjudicate.py``.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SHARED = ROOT.parent / "shared" / "corpora"
if not os.environ.get("CORPUSKIT_DATA") and SHARED.is_dir():
    os.environ["CORPUSKIT_DATA"] = str(SHARED)

import corpuskit as ck  # noqa: E402

sys.path.insert(0, str(HERE))
from agreement import align, normalise, read  # noqa: E402

OUT = HERE / "labels_gold.csv"
REPORT = HERE / "adjudication.md"

COLUMNS = [
    "item",
    "coder",
    "quote_id",
    "part",
    "start",
    "end",
    "quote",
    "is_quote",
    "reason",
    "kind",
    "speaker_as_written",
    "speaker",
    "speaker_title",
    "speaks_for",
    "speaker_type",
    "note",
]
#: Columns compared between the coders (besides the grouping).
KEY = ["span", "is_quote", "reason", "kind", "speaker", "speaker_type"]
YES_FIELDS = [
    "kind",
    "speaker_as_written",
    "speaker",
    "speaker_title",
    "speaks_for",
    "speaker_type",
]
REASONS = {"title", "name", "scare", "other"}
KINDS = {"full", "fragment"}
TYPES = {
    "official",
    "politician",
    "military",
    "armed_group",
    "ngo_un",
    "expert",
    "media",
    "witness_resident",
    "anonymous",
    "unknown",
}

# ---------------------------------------------------------------------------
# Decisions on disagreements and one-coder rows: take "A" / "B" (that coder's
# row) or "drop"; set: fields overriding the taken row; why: one line, citing
# the rule of CODEBOOK.md "Adjudication rules".
# ---------------------------------------------------------------------------
R_FRAGMENT = "Full vs fragment: a clause after 'that' (or continued by the reporter) is part of the reporter's sentence -> fragment"
R_CANDIDATE = "Types: Trump before office, weighing a run ('my right to run as an independent candidate') -> politician"
R_DOC = "Documents as speakers: the cable is the speaker under its fullest description, not its signatory"
R_PARAGRAPH = "One part per paragraph: the tweet's marks run across a paragraph break -> one part per paragraph"
R_CAMPAIGN = "Fullest name: a campaign is '<fullest name> campaign', no possessive"

DECISIONS: dict[str, dict] = {
    "q003@89": {"take": "B", "why": R_CANDIDATE},
    "q003@180": {"take": "B", "why": R_CANDIDATE},
    "q003@370": {"take": "B", "why": R_CANDIDATE},
    "q006@672": {"take": "A", "why": R_FRAGMENT + " ('acknowledged that \"clearly ...\"')"},
    "q006@1474": {
        "take": "A",
        "set": {
            "speaker_as_written": "The cable",
            "speaker": "August 2012 State Department classified cable",
            "speaker_title": "",
            "speaks_for": "State Department",
        },
        "why": R_DOC
        + " (the CIA is only the source it paraphrases); clause right after 'advised', no 'that' -> full",
    },
    "q006@1682": {"take": "B", "why": R_DOC + " (Stevens only signed it)"},
    "q006@1774": {"take": "B", "why": R_DOC + " (Stevens only signed it)"},
    "q006@2059": {"take": "B", "why": R_DOC + " (Stevens only signed it)"},
    "q007@2628": {
        "take": "A",
        "set": {"speaker_as_written": "The call for universal background checks"},
        "why": "Scare vs quote: wording of the plan the sentence reports; speaker the plan, attributed by the sentence subject",
    },
    "q007@2653": {
        "take": "A",
        "set": {"speaker_as_written": "The call for universal background checks"},
        "why": "Scare vs quote: wording of the plan the sentence reports; speaker the plan, attributed by the sentence subject",
    },
    "q008@3416": {
        "take": "A",
        "why": R_FRAGMENT + " ('added she was surprised ... that \"in America today ...\"')",
    },
    "q009@2924": {"take": "B", "why": R_CAMPAIGN + " ('Doug Jones campaign')"},
    "q009@3037": {"take": "B", "why": R_CAMPAIGN + " ('Roy Moore campaign')"},
    "q010@262": {"take": "A", "why": R_PARAGRAPH + " (grouping follows A's parts)"},
    "q010@479": {
        "take": "A",
        "why": R_PARAGRAPH + " (span ends at the paragraph, trailing space excluded)",
    },
    "q010@570": {"take": "A", "why": R_PARAGRAPH + " (second paragraph of the tweet, part 3)"},
    "q010@2005": {
        "take": "A",
        "why": R_FRAGMENT + " ('tweeted that \"we have defeated ISIS ...\"')",
    },
    "q010@3378": {"take": "A", "why": R_PARAGRAPH + " (span ends at the paragraph)"},
    "q010@3455": {"take": "A", "why": R_PARAGRAPH + " (second paragraph of the tweet, part 2)"},
    "q010@3547": {
        "take": "A",
        "why": R_PARAGRAPH + " (next stretch, no own attribution -> part 3)",
    },
    "q011@2037": {
        "take": "A",
        "why": R_FRAGMENT + " ('the concern by many Republicans that \"leaving ...\"')",
    },
    "q012@463": {
        "take": "A",
        "why": R_FRAGMENT + " ('told reporters that \"those facts ...\" or in ...')",
    },
    "q013@1629": {
        "take": "A",
        "why": "Fullest name: anaphoric 'Leaders' resolves to 'leaders of groups supporting an immigration overhaul'",
    },
    "q016@2184": {
        "take": "A",
        "why": "Fullest name: a description stays as written, title of address included",
    },
    "q016@3522": {
        "take": "A",
        "why": "Names and slogans: a slogan mentioned as such ('a new slogan') -> name",
    },
    "q017@1678": {
        "take": "A",
        "why": "Scare vs quote: 'the leader Kerry sees as Israel's \"peace partner\"' makes Kerry the user of the words",
    },
    "q021@1044": {
        "take": "A",
        "why": "Fullest name: 'Growth & Opportunity Project' only appears inside quotation marks -> 'RNC report'",
    },
    "q023@2601": {
        "take": "A",
        "why": "Fullest name: 'Hoeven-Corker amendment' only appears inside Corker's quote -> 'The legislation'",
    },
    "q026@733": {
        "take": "B",
        "set": {"speaks_for": "Weird Whitstable"},
        "why": "Types: an artist's 'supernatural website', not a news outlet -> unknown; speaks_for: the body itself",
    },
    "q026@839": {
        "take": "B",
        "set": {"speaks_for": "Weird Whitstable"},
        "why": "Types: an artist's 'supernatural website', not a news outlet -> unknown; speaks_for: the body itself",
    },
    "q028@1427": {
        "take": "A",
        "why": "Anonymous vs role: an unnamed nurse who treated the wounded speaks as a witness -> witness_resident",
    },
    "q046@657": {
        "take": "A",
        "why": "Fullest name: 'the army' is not completed by inference to 'Syrian army'",
    },
    "q046@686": {
        "take": "A",
        "why": "Fullest name: 'the army' is not completed by inference to 'Syrian army'",
    },
}

# Rows (agreed ones included) that break an adjudication rule; applied after the decisions.
R_INSIDE = "Fullest name: never from inside quotation marks"
R_LINK = "Fullest name: never from link text or an embedded tweet's byline"
R_COUNTRY = "speaks_for: a country is not filled for a head of state or minister"
RULE_FIXES: dict[str, dict] = {
    "q025@495": {
        "set": {"kind": "fragment"},
        "why": R_FRAGMENT + " ('told medical investigators that \"Dr. Korovin took ...\"')",
    },
    "q009@3060": {"set": {"speaks_for": "Roy Moore campaign"}, "why": R_CAMPAIGN},
    "q009@3239": {"set": {"speaks_for": "Roy Moore campaign"}, "why": R_CAMPAIGN},
    "q009@3525": {"set": {"speaks_for": "Roy Moore campaign"}, "why": R_CAMPAIGN},
    "q012@3467": {
        "set": {"speaker": "Trump"},
        "why": R_INSIDE
        + " ('Donald Trump' is only in Sanders's quote; the article says 'President Trump')",
    },
    "q031@761": {
        "set": {"speaker": "Steven Sotloff"},
        "why": R_INSIDE + " ('Steven Joel Sotloff' is only in the transcript of his own statement)",
    },
    "q047@1251": {"set": {"speaks_for": ""}, "why": R_COUNTRY + " (Erdogan)"},
    "q047@1265": {"set": {"speaks_for": ""}, "why": R_COUNTRY + " (Erdogan)"},
    "q047@3891": {"set": {"speaks_for": ""}, "why": R_COUNTRY + " (France's foreign minister)"},
    "q047@3952": {"set": {"speaks_for": ""}, "why": R_COUNTRY + " (France's foreign minister)"},
}
for _key in ("q047@2272", "q047@2332", "q047@2571"):
    RULE_FIXES[_key] = {
        "set": {"speaker": "OPCW", "speaks_for": "OPCW"},
        "why": R_INSIDE
        + " (the full name is only inside the OPCW's own statement; the article says 'the OPCW')",
    }
#: Speakers renamed on every row of an item, (item, old) -> (new, why).
RENAMES: dict[tuple[str, str], tuple[str, str]] = {
    ("q010", "Donald J. Trump"): (
        "Trump",
        R_INSIDE
        + " ('Donald J. Trump' is only in his own tweet; the article says 'President Trump')",
    ),
    ("q015", "Donald John Trump"): (
        "Trump",
        R_LINK + " ('Donald John Trump' is related-link text; the article says 'President Trump')",
    ),
}


def texts() -> dict[str, str]:
    """The article text of each item, read with ``ck.load_dataset``."""
    articles = pd.read_csv(HERE / "articles.csv", dtype=str, keep_default_na=False)
    by_corpus: dict[str, dict[str, str]] = {}
    out = {}
    for item, doc_id in zip(articles["item"], articles["doc_id"]):
        corpus = doc_id.split("/", 1)[0]
        if corpus not in by_corpus:
            frame = ck.load_dataset(corpus)
            by_corpus[corpus] = dict(zip(frame["doc_id"], frame["text"].fillna("")))
        out[item] = by_corpus[corpus][doc_id]
    return out


def blank(row: pd.Series | None) -> dict:
    return {} if row is None else {c: str(row[c]) for c in COLUMNS}


def pair_rows(a: pd.DataFrame, b: pd.DataFrame) -> list[tuple[dict, dict]]:
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
        assert (left or right)["item"] == ref["item"]
        for side, row in (("a", left), ("b", right)):
            assert row.get("is_quote", "no") == ref[f"is_quote_{side}"]
            for variable in ("kind", "speaker", "speaker_type"):
                expected = ref[f"{variable}_{side}"]
                assert (not row and pd.isna(expected)) or row.get(variable) == expected
    return pairs


def grouping(pairs: list[tuple[dict, dict]], side: int) -> dict[int, tuple]:
    """Per pair index: (part, pair indices of the same quote) on one side."""
    groups: dict[tuple[str, str], list[int]] = {}
    for i, pair in enumerate(pairs):
        if pair[side]:
            groups.setdefault((pair[side]["item"], pair[side]["quote_id"]), []).append(i)
    return {
        i: (pairs[i][side]["part"], tuple(members)) for members in groups.values() for i in members
    }


def value(row: dict, variable: str) -> str:
    if variable == "span":
        return f"{row['start']}-{row['end']}"
    if variable == "speaker":
        return normalise(row["speaker"])
    return row[variable]


def differing(a: dict, b: dict) -> list[str]:
    return [v for v in KEY if value(a, v) != value(b, v)]


def key_of(pair: tuple[dict, dict]) -> str:
    row = pair[0] or pair[1]
    return f"{row['item']}@{row['start']}"


def build() -> tuple[pd.DataFrame, list[dict], list[dict], Counter]:
    a, b = read("labels_a.csv"), read("labels_b.csv")
    raw = [
        pd.read_csv(HERE / n, dtype=str, keep_default_na=False)
        for n in ("labels_a.csv", "labels_b.csv")
    ]
    assert all((frame["quote_id"] != "0").all() for frame in raw), "no article without marks"
    pairs = pair_rows(a, b)
    groups = (grouping(pairs, 0), grouping(pairs, 1))
    counts: Counter = Counter(pairs=len(pairs))
    decisions, fixes, gold = [], [], []
    used_decisions, used_fixes = set(), set()
    for i, (left, right) in enumerate(pairs):
        key = key_of((left, right))
        if left and right:
            diff = differing(left, right)
            if groups[0][i] != groups[1][i]:
                diff.append("grouping")
        else:
            diff = ["one-coder row"]
            counts["A only" if left else "B only"] += 1
        if not diff:
            assert key not in DECISIONS, f"{key}: decision on an agreed pair"
            counts["agreed"] += 1
            row, note = dict(left), left["note"]
        else:
            assert key in DECISIONS, f"{key}: undecided {diff}"
            used_decisions.add(key)
            decision = DECISIONS[key]
            counts["disagreements"] += 1
            for variable in diff:
                counts[f"by variable: {variable}"] += 1
            if decision["take"] == "drop":
                row = None
            else:
                row = dict(left if decision["take"] == "A" else right)
                row.update(decision.get("set", {}))
                note = "adjudicated: " + decision["why"]
            decided = None if row is None else dict(row)  # as decided, before the rule fixes
            decisions.append(
                {
                    "i": i,
                    "key": key,
                    "left": left,
                    "right": right,
                    "diff": diff,
                    "row": decided,
                    "why": decision["why"],
                }
            )
        if row is None:
            continue
        row["coder"], row["note"] = "gold", note
        # grouping: A's where A listed the stretch (every grouping decision went to A)
        side = 0 if left else 1
        row["_group"] = (side, (left or right)["quote_id"])
        row["_pair"] = i
        gold.append(row)
    assert used_decisions == set(DECISIONS), set(DECISIONS) - used_decisions
    for row in gold:
        key = f"{row['item']}@{row['start']}"
        changes: dict[str, str] = {}
        whys = []
        if key in RULE_FIXES:
            used_fixes.add(key)
            changes.update(RULE_FIXES[key]["set"])
            whys.append(RULE_FIXES[key]["why"])
        rename = RENAMES.get((row["item"], row["speaker"]))
        if rename:
            changes["speaker"] = rename[0]
            whys.append(rename[1])
        if not changes:
            continue
        before = {c: row[c] for c in changes}
        assert before != changes, f"{key}: rule fix changes nothing"
        row.update(changes)
        prefix = row["note"] + " | " if row["note"].startswith("adjudicated: ") else ""
        row["note"] = prefix + "rule fix: " + "; ".join(whys)
        fixes.append({"key": key, "before": before, "after": changes, "why": "; ".join(whys)})
    assert used_fixes == set(RULE_FIXES), set(RULE_FIXES) - used_fixes
    counts["rule fixes"] = len(fixes)
    return renumber(gold), decisions, fixes, counts


def renumber(gold: list[dict]) -> pd.DataFrame:
    """quote_id in order of first appearance within each article, parts in text order."""
    frame = pd.DataFrame(gold)
    frame["start_i"] = frame["start"].astype(int)
    frame = frame.sort_values(["item", "start_i"], kind="stable")
    out = []
    for _, rows in frame.groupby("item", sort=True):
        numbers: dict[tuple, int] = {}
        parts: Counter = Counter()
        for idx, row in rows.iterrows():
            group = row["_group"]
            numbers.setdefault(group, len(numbers) + 1)
            parts[group] += 1
            frame.loc[idx, "quote_id"] = str(numbers[group])
            frame.loc[idx, "part"] = str(parts[group])
        out.append(frame.loc[rows.index])
    return pd.concat(out)[[*COLUMNS, "_pair"]].reset_index(drop=True)


def validate(gold: pd.DataFrame, text: dict[str, str]) -> None:
    assert set(gold["item"]) == set(text), "every item has rows"
    for _, row in gold.iterrows():
        where = f"{row['item']}@{row['start']}"
        body = text[row["item"]]
        start, end = int(row["start"]), int(row["end"])
        assert body[start:end] == row["quote"], where
        assert "\n" not in row["quote"], f"{where}: row crosses a paragraph break"
        if row["is_quote"] == "yes":
            assert row["reason"] == "", where
            assert row["kind"] in KINDS, where
            assert row["speaker"] != "", where
            assert row["speaker_type"] in TYPES, where
            assert row["speaker_as_written"] == "" or row["speaker_as_written"] in body, where
        else:
            assert row["is_quote"] == "no", where
            assert row["reason"] in REASONS, where
            assert all(row[c] == "" for c in YES_FIELDS), where
    for _, rows in gold.groupby("item"):
        ids = [int(q) for q in rows["quote_id"]]
        first = list(dict.fromkeys(ids))
        assert first == list(range(1, len(first) + 1)), rows["item"].iloc[0]
        for _, quote in rows.groupby("quote_id"):
            assert [int(p) for p in quote["part"]] == list(range(1, len(quote) + 1))
            assert len(set(quote["is_quote"])) == 1


def verdict(decision: dict) -> str:
    """A, B or neither: whose row the gold row equals on every key column."""
    row, left, right = decision["row"], decision["left"], decision["right"]
    if row is None:
        return "B" if not left else "A"
    matches = [
        side for side, other in (("A", left), ("B", right)) if other and not differing(row, other)
    ]
    if "grouping" in decision["diff"]:
        matches = [side for side in matches if side == "A"]  # grouping follows A
    return matches[0] if len(matches) == 1 else ("A" if matches else "neither")


def cell(text: str) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ") or "—"


def report(gold: pd.DataFrame, decisions: list[dict], fixes: list[dict], counts: Counter) -> str:
    verdicts = Counter(verdict(d) for d in decisions)
    lines = [
        "# Adjudication of the quotes development set",
        "",
        "Written by `adjudicate.py` (run from the repository root). Rules: `CODEBOOK.md`,",
        '"Adjudication rules". Pairs are the units of `agreement.py` (same item, overlapping',
        "spans). A pair is agreed when A and B have the same span, `is_quote`, `reason`, `kind`,",
        "`speaker` (lower case, without Mr./Mrs./Ms./Dr.), `speaker_type` and quote_id/part",
        "grouping; agreed pairs take A's row. A decision is *for A* (or *B*) when the gold row",
        "equals that coder's row on all of these.",
        "",
        "## Counts",
        "",
        f"- pairs: {counts['pairs']} (A-only {counts['A only']}, B-only {counts['B only']})",
        f"- agreed: {counts['agreed']}",
        f"- disagreements (incl. one-coder rows): {counts['disagreements']}",
        f"- decided for A: {verdicts['A']}, for B: {verdicts['B']}, for neither: {verdicts['neither']}",
        "- disagreements by variable (a pair can differ on several):",
    ]
    for name, n in sorted(counts.items()):
        if name.startswith("by variable: "):
            lines.append(f"  - {name[len('by variable: ') :]}: {n}")
    lines += [
        f"- rule fixes (rows changed after the decisions, agreed rows included): {counts['rule fixes']}",
        f"- gold: {len(gold)} rows, {(gold['is_quote'] == 'yes').sum()} quotes rows, "
        f"{gold.groupby(['item', 'quote_id']).ngroups} quote_ids",
        "",
        "## Decisions",
        "",
        "| item | start | variable | A | B | decision | for | reason |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for d in decisions:
        left, right, row = d["left"], d["right"], d["row"]
        who = verdict(d)
        for variable in d["diff"]:
            if variable == "one-coder row":
                show = [
                    f"{r['start']}-{r['end']} '{r['quote']}'" if r else "(none)"
                    for r in (left, right)
                ]
                decided = "keep" if row else "drop"
            elif variable == "grouping":
                show = [f"q{r['quote_id']}.{r['part']}" for r in (left, right)]
                decided = "A's parts"
            else:
                show = [
                    r["speaker"] if variable == "speaker" else value(r, variable)
                    for r in (left, right)
                ]
                decided = row["speaker"] if variable == "speaker" else value(row, variable)
            item, start = d["key"].split("@")
            lines.append(
                f"| {item} | {start} | {variable} | {cell(show[0])} | {cell(show[1])} | {cell(decided)} | {who} | {cell(d['why'])} |"
            )
    lines += [
        "",
        "## Rule fixes",
        "",
        "| item | start | before | after | reason |",
        "|---|---|---|---|---|",
    ]
    for f in fixes:
        item, start = f["key"].split("@")
        before = "; ".join(f"{k}={v!r}" for k, v in f["before"].items())
        after = "; ".join(f"{k}={v!r}" for k, v in f["after"].items())
        lines.append(f"| {item} | {start} | {cell(before)} | {cell(after)} | {cell(f['why'])} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    gold, decisions, fixes, counts = build()
    validate(gold, texts())
    gold[COLUMNS].to_csv(OUT, index=False)
    REPORT.write_text(report(gold, decisions, fixes, counts), encoding="utf-8")
    print({k: v for k, v in counts.items()}, Counter(verdict(d) for d in decisions))


if __name__ == "__main__":
    main()
