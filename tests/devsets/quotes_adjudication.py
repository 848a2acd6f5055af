"""The adjudication of a quotes hold-out's two labelling passes, shared by the
``adjudicate.py`` of the fourteenth and later hold-outs: each keeps its decisions (with their
reasons) and calls :func:`adjudicate` with its folder.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

#: the columns of labels_a.csv / labels_b.csv, in order
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

LABELLED = [
    "quote_id",
    "part",
    "is_quote",
    "reason",
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


def article_texts(folder: Path, articles: pd.DataFrame) -> dict[str, str]:
    """The article texts by item: from ``texts/`` in ``folder``, else through corpuskit.

    ``texts/<item>.txt`` holds the text as ``open(path).read()`` gives it (the labels' offsets
    are into these strings); in the repository the texts are read from the corpus instead.
    """
    staged = folder / "texts"
    if staged.is_dir():
        texts = {}
        for item in articles["item"]:
            with open(staged / f"{item}.txt", encoding="utf-8") as handle:
                texts[item] = handle.read()
        return texts
    import corpuskit as ck

    datasets: dict[str, pd.DataFrame] = {}
    texts = {}
    for article in articles.itertuples():
        corpus = article.stratum.split(":")[0]
        if corpus not in datasets:
            datasets[corpus] = ck.load_dataset(corpus)
        frame = datasets[corpus]
        texts[article.item] = frame.loc[frame["doc_id"] == article.doc_id, "text"].iloc[0]
    return texts


def check(folder: Path, gold: pd.DataFrame) -> None:
    """Columns and codes; text[start:end] == quote; quote_ids in order of first appearance;
    parts consecutive."""
    assert list(gold.columns) == COLUMNS, list(gold.columns)
    assert set(gold["is_quote"]) <= {"yes", "no"}
    assert (gold["coder"] == "gold").all()
    assert not gold.duplicated(["item", "start"]).any()
    for item, rows in gold.groupby("item", sort=False):
        seen: list[str] = []
        parts: dict[str, list[int]] = {}
        for row in rows.sort_values(
            "start", key=lambda s: s.astype(int), kind="stable"
        ).itertuples():
            if row.quote_id not in seen:
                seen.append(row.quote_id)
            parts.setdefault(row.quote_id, []).append(int(row.part))
        assert seen == [str(n) for n in range(1, len(seen) + 1)], (item, seen)
        for quote_id, numbers in parts.items():
            assert numbers == list(range(1, len(numbers) + 1)), (item, quote_id, numbers)
        # the parts of one quote share their speaker
        shared = ["is_quote", "speaker", "speaker_title", "speaks_for", "speaker_type"]
        for quote_id, group in rows.groupby("quote_id"):
            assert len(group[shared].drop_duplicates()) == 1, (item, quote_id)
    quotes = gold[gold["is_quote"] == "yes"]
    assert (quotes["reason"] == "").all() and quotes["kind"].isin(KINDS).all()
    assert quotes["speaker_type"].isin(TYPES).all() and (quotes["speaker"] != "").all()
    others = gold[gold["is_quote"] == "no"]
    assert others["reason"].isin(REASONS).all() and (others[LABELLED[4:]] == "").all().all()
    assert (gold["quote_id"] != "0").all()  # every article has quotation marks
    articles = pd.read_csv(folder / "articles.csv", dtype=str)
    assert set(gold["item"]) == set(articles["item"])
    texts = article_texts(folder, articles)
    bad = 0
    for article in articles.itertuples():
        text = texts[article.item]
        assert len(text) == int(article.length), (article.item, len(text), article.length)
        for row in gold[gold["item"] == article.item].itertuples():
            start, end = int(row.start), int(row.end)
            if not 0 <= start <= end <= len(text) or text[start:end] != row.quote:
                bad += 1
                print("offset mismatch:", row.item, row.start, row.end)
            if "\n" in row.quote:  # one part per paragraph
                bad += 1
                print("row crosses a paragraph break:", row.item, row.start)
            # speaker_as_written, when given, is a phrase of the article
            if row.speaker_as_written and row.speaker_as_written not in text:
                bad += 1
                print("speaker_as_written not in the text:", row.item, row.start)
    assert not bad, bad
    print(f"checked: text[start:end] == quote for all {len(gold)} rows in {len(articles)} articles")


def adjudicate(
    folder: Path,
    decisions: dict[tuple[str, str], tuple[str, str]],
    fixes: dict[tuple[str, str], tuple[dict[str, str], str]],
    field_counts: dict[str, int],
    start_differences: dict[tuple[str, str], tuple[str, str]] | None = None,
    end_differences: set[tuple[str, str]] | None = None,
    agreed_fixes: dict[tuple[str, str], tuple[dict[str, str], str]] | None = None,
) -> None:
    """Check the decisions against the two passes in ``folder`` and write its
    ``labels_gold.csv``: agreed stretches take pass a's row, decided ones the labelled fields
    of the pass decided for (with ``fixes`` applied); ``start_differences`` maps pass a's
    (item, start) to pass b's for stretches the passes start at different offsets;
    ``end_differences`` lists the (item, start) of stretches both passes start at the same
    offset but end at different ones (a decision for b takes b's end and quote as well);
    ``agreed_fixes`` corrects stretches on which both passes agree in every labelled field (so
    not in ``decisions``) but which are wrong by the codebook: (item, start) -> (corrections to
    pass a's row, reason). Without ``agreed_fixes`` the function behaves and prints exactly as
    before."""
    start_differences = start_differences or {}
    agreed_fixes = agreed_fixes or {}
    end_differences = set(end_differences or ())
    passes = {
        coder: pd.read_csv(folder / f"labels_{coder}.csv", dtype=str, keep_default_na=False)
        for coder in ("a", "b")
    }
    for coder, frame in passes.items():
        assert list(frame.columns) == COLUMNS and (frame["coder"] == coder).all(), coder
    keyed = {
        coder: frame.set_index(["item", "start"], drop=False) for coder, frame in passes.items()
    }
    for coder, frame in keyed.items():
        assert not frame.index.duplicated().any(), coder
    a, b = keyed["a"], keyed["b"]

    # spans: the stretches of start_differences start at different offsets (same end), those
    # of end_differences end at different offsets (same start); all others are the same
    assert set(a.index) - set(b.index) == set(start_differences), set(a.index) - set(b.index)
    assert set(b.index) - set(a.index) == set(start_differences.values())
    for key_a, key_b in start_differences.items():
        assert a.loc[key_a, "end"] == b.loc[key_b, "end"], key_a
    common = [key for key in a.index if key in b.index]
    assert end_differences <= set(common), end_differences - set(common)
    assert all(a.loc[key, "end"] != b.loc[key, "end"] for key in end_differences)
    same_span = [key for key in common if key not in end_differences]
    assert all(a.loc[key, "end"] == b.loc[key, "end"] for key in same_span)
    assert all(a.loc[key, "quote"] == b.loc[key, "quote"] for key in same_span)

    # every difference is decided: the start differences and every labelled difference
    fields = {key for key in common if any(a.loc[key, c] != b.loc[key, c] for c in LABELLED)}
    assert set(decisions) == fields | set(start_differences) | end_differences, set(decisions) ^ (
        fields | set(start_differences) | end_differences
    )
    assert not set(fixes) - set(decisions), set(fixes) - set(decisions)
    # corrections of agreed stretches: only stretches both passes mark alike
    assert not set(agreed_fixes) & set(decisions), set(agreed_fixes) & set(decisions)
    assert set(agreed_fixes) <= set(same_span), set(agreed_fixes) - set(same_span)
    by_field = {
        column: sum(a.loc[key, column] != b.loc[key, column] for key in fields)
        for column in LABELLED
    }
    assert by_field == field_counts, by_field

    rows = []
    for key in sorted(a.index, key=lambda k: (k[0], int(k[1]))):
        coder = decisions[key][0] if key in decisions else "a"  # agreed stretch: a's row
        if key in start_differences:
            chosen = (a.loc[key] if coder == "a" else b.loc[start_differences[key]]).copy()
        else:
            chosen = a.loc[key].copy()
            if coder == "b":
                spans = ["end", "quote"] if key in end_differences else []
                for column in [*spans, *LABELLED, "note"]:
                    chosen[column] = b.loc[key, column]
        for column, value in fixes.get(key, ({}, ""))[0].items():
            assert chosen[column] != value, (key, column)
            chosen[column] = value
        for column, value in agreed_fixes.get(key, ({}, ""))[0].items():
            assert chosen[column] != value, (key, column)
            chosen[column] = value
        rows.append(chosen)
    gold = pd.DataFrame(rows).reset_index(drop=True).assign(coder="gold")[COLUMNS]
    check(folder, gold)
    gold.to_csv(folder / "labels_gold.csv", index=False, lineterminator="\n")

    # a decision is for a (or b) when the gold row equals that pass's row in its span and
    # every labelled field
    span_and_labels = ["start", "end", "quote", *LABELLED]
    indexed = gold.set_index(["item", "start"], drop=False)
    for_a = for_b = neither = 0
    for key in decisions:
        key_b = start_differences.get(key, key)
        row = indexed.loc[key_b] if key_b in indexed.index else indexed.loc[key]
        if key in a.index and all(row[c] == a.loc[key, c] for c in span_and_labels):
            for_a += 1
        elif all(row[c] == b.loc[key_b, c] for c in span_and_labels):
            for_b += 1
        else:
            neither += 1
    assert neither == len(fixes), (neither, len(fixes))

    quotes = gold[gold["is_quote"] == "yes"]
    ids = quotes[["item", "quote_id"]].drop_duplicates()
    multi = quotes.groupby(["item", "quote_id"]).size()
    in_end = f", {len(end_differences)} in the end" if end_differences else ""
    print(
        f"{len(decisions)} differing stretches ({len(fields)} in a labelled field,"
        f" {len(start_differences)} in the start{in_end}) in"
        f" {len({item for item, _ in decisions})} articles: {for_a} for a, {for_b} for b,"
        f" {neither} for neither (fixes on {len(fixes)} taken rows)"
    )
    print("labelled differences by field:", by_field)
    if agreed_fixes:
        print(f"fixes on {len(agreed_fixes)} agreed stretches (taken from pass a's row)")
    print(
        f"{len(gold)} rows, {len(quotes)} quote parts, {len(ids)} quotes"
        f" ({int((multi > 1).sum())} in more than one part), {gold['item'].nunique()} articles"
    )
    print("not quotes:", gold.loc[gold["is_quote"] == "no", "reason"].value_counts().to_dict())
    print("kind:", quotes["kind"].value_counts().to_dict())
    print("speaker_type:", quotes["speaker_type"].value_counts().to_dict())
