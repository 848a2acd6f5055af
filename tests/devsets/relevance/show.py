"""Print the articles of the relevance development set, for labelling.

The texts are read from the corpora (``CORPUSKIT_DATA``), never from the
repository. Each item is printed with its place, title and full text; the
mentions of the place are marked ``[[Aleppo]]`` (``--plain`` to leave them
unmarked).

Run from the repository root::

    export CORPUSKIT_DATA=/work/shared/corpora
    python tests/devsets/relevance/show.py r0001
    python tests/devsets/relevance/show.py r0001 r0002 r0003
    python tests/devsets/relevance/show.py --from r0001 --to r0020
    python tests/devsets/relevance/show.py --all
"""

from __future__ import annotations

import argparse
import re
import textwrap
from pathlib import Path

import pandas as pd

import corpuskit as ck

ITEMS = Path(__file__).with_name("items.csv")
PLACES = {
    "aleppo": re.compile(r"\balepp(?:o|ans?|ines?)\b", re.IGNORECASE),
    "mosul": re.compile(r"\bmosul(?:is?)?\b", re.IGNORECASE),
}


def select(items: pd.DataFrame, args: argparse.Namespace) -> pd.DataFrame:
    """The items asked for on the command line, in item order."""
    if args.all:
        return items
    if args.first or args.last:
        first = args.first or items["item"].min()
        last = args.last or items["item"].max()
        return items[items["item"].between(first, last)]
    unknown = sorted(set(args.items) - set(items["item"]))
    if unknown:
        raise SystemExit(f"unknown items: {', '.join(unknown)}")
    return items[items["item"].isin(args.items)]


def show(item: pd.Series, article: pd.Series, *, plain: bool, width: int) -> str:
    """One item as text: a header, the title and the text."""
    pattern = PLACES[item["place"]]
    mark = (lambda s: s) if plain else (lambda s: pattern.sub(lambda m: f"[[{m.group(0)}]]", s))
    title = article["title"] if isinstance(article["title"], str) else "(no title)"
    lines = [
        "=" * width,
        f"ITEM {item['item']}   place: {item['place'].upper()}   corpus: {item['corpus']}   "
        f"doc_id: {item['doc_id']}",
        f"date: {article.get('date', '')}   outlet: {article.get('outlet', '')}",
        "-" * width,
        "TITLE: " + mark(title),
        "-" * width,
    ]
    text = article["text"] if isinstance(article["text"], str) else ""
    for paragraph in re.split(r"\n\s*\n|\n", mark(text)):
        if paragraph.strip():
            lines.append(textwrap.fill(paragraph.strip(), width=width))
            lines.append("")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("items", nargs="*", help="item ids, e.g. r0001")
    parser.add_argument("--all", action="store_true", help="every item")
    parser.add_argument("--from", dest="first", help="first item of a range")
    parser.add_argument("--to", dest="last", help="last item of a range")
    parser.add_argument("--plain", action="store_true", help="do not mark the mentions")
    parser.add_argument("--width", type=int, default=100)
    args = parser.parse_args()
    if not (args.items or args.all or args.first or args.last):
        parser.error("name items, a --from/--to range, or --all")
    chosen = select(pd.read_csv(ITEMS, dtype=str), args)
    corpora = {
        corpus: ck.load_dataset(corpus).set_index("doc_id")
        for corpus in sorted(chosen["corpus"].unique())
    }
    for _, item in chosen.iterrows():
        article = corpora[item["corpus"]].loc[item["doc_id"]]
        print(show(item, article, plain=args.plain, width=args.width))


if __name__ == "__main__":
    main()
