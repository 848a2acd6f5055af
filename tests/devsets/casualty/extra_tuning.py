"""Extra tuning sentences for the agent and actor rules: draw them, or score ``ck.agency`` on them.

Tuning only, labelled in a single pass (one coder, no adjudication): a place to
find failure types of agents and actors, not a held-out estimate. The rule,
fixed before labelling:

1. From each stratum below, the sentences (``ck.sentences``) of documents that
   are **not** in ``sentences.csv`` (neither half), 20 to 600 characters long,
   that contain an active-voice killing or wounding verb form (``ACTIVE``:
   *kills, killed, killing, wounded, executed, left ... dead*, ...), so that
   most name an agent.
2. ``n`` of them per stratum, uniformly at random with
   ``numpy.random.default_rng(SEED)``, at most one per document.

``extra_tuning_labels.csv`` gives, for every casualty predicate of each item
(``casualty = yes`` in the codebook's sense), the ``trigger`` as written, the
``agent`` as written (codebook span; empty when none) and the ``actor`` code.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/casualty/extra_tuning.py draw``
(writes ``extra_tuning.csv``) or ``... extra_tuning.py score`` (prints agreement
and the disagreements).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

import corpuskit as ck

HERE = Path(__file__).parent
SEED = 20261204
OUT = HERE / "extra_tuning.csv"
LABELS = HERE / "extra_tuning_labels.csv"
ACTIVE = re.compile(
    r"\b(?:kill(?:s|ed|ing)|wound(?:s|ed|ing)|injur(?:es|ed|ing)|execut(?:es|ed|ing)|"
    r"behead(?:s|ed|ing)|massacr(?:es|ed|ing)|shot dead|left \w+ (?:people )?dead)\b",
    re.IGNORECASE,
)
WAR = re.compile(
    r"\b(?:syria\w*|iraq\w*|isis|isil|islamic state|daesh|raqqa|damascus|baghdad|assad|"
    r"idlib|homs|aleppo|mosul|ghouta|kurd\w*|hezbollah|russian?)\b",
    re.IGNORECASE,
)
#: (corpus, documents filter, number of sentences)
STRATA: list[tuple[str, str, int]] = [
    ("fakes", "all", 20),
    ("article_bias_prediction", "war", 25),
    ("fnc1", "all", 10),
    ("bbc_news", "all", 5),
]


def candidates(corpus: str, documents: str, exclude: set[str]) -> pd.DataFrame:
    """Candidate sentences of one stratum, from documents outside the development set."""
    articles = ck.load_dataset(corpus)
    articles = articles[~articles["doc_id"].astype(str).isin(exclude)]
    if documents == "war":
        titles = articles["title"].fillna("") if "title" in articles else ""
        articles = articles[
            articles["text"].fillna("").str.contains(WAR) | titles.str.contains(WAR)
        ]
    sents = ck.sentences(articles[["doc_id", "text"]])
    keep = sents["text"].str.contains(ACTIVE) & sents["text"].str.len().between(20, 600)
    return sents.loc[keep, ["doc_id", "sentence", "text"]]


def draw() -> pd.DataFrame:
    """The extra tuning sentences (seeded), one per document at most."""
    rng = np.random.default_rng(SEED)
    exclude = set(pd.read_csv(HERE / "sentences.csv", dtype=str)["doc_id"])
    parts = []
    for corpus, documents, n in STRATA:
        pool = candidates(corpus, documents, exclude)
        pool = pool.iloc[rng.permutation(len(pool))].drop_duplicates("doc_id").head(n)
        parts.append(pool.sort_index().assign(stratum=f"{corpus}:{documents}"))
    sample = pd.concat(parts, ignore_index=True)
    sample.insert(0, "item", [f"e{i:03d}" for i in range(1, len(sample) + 1)])
    return sample[["item", "stratum", "doc_id", "sentence", "text"]]


def _norm(text: object) -> str:
    """Lower case, no punctuation, no leading article (the devset's agent comparison)."""
    if not isinstance(text, str):
        return ""
    text = re.sub(r"[^\w\s]", "", text.lower()).strip()
    return re.sub(r"^(?:the|a|an)\s+", "", text)


def score() -> pd.DataFrame:
    """Each labelled casualty predicate with the clause ``ck.agency`` gives its trigger."""
    items = pd.read_csv(OUT, dtype=str, keep_default_na=False)
    labels = pd.read_csv(LABELS, dtype=str, keep_default_na=False)
    texts = pd.DataFrame({"doc_id": items["item"], "text": items["text"]})
    found = ck.agency(texts, unit="document", include_docvars=False, progress=False)
    rows = []
    for label in labels.itertuples(index=False):
        mine = found[(found["doc_id"] == label.item) & (found["verb"] == label.trigger)]
        agent = mine["agent"].iloc[0] if len(mine) else None
        actor = mine["actor"].iloc[0] if len(mine) else "missed"
        rows.append(
            {
                "item": label.item,
                "trigger": label.trigger,
                "gold_agent": label.agent,
                "agent": agent,
                "gold_actor": label.actor,
                "actor": actor,
                "agent_ok": _norm(label.agent) == _norm(agent),
                "actor_ok": label.actor == actor,
            }
        )
    return pd.DataFrame(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("draw", "score"))
    args = parser.parse_args()
    if args.command == "draw":
        draw().to_csv(OUT, index=False)
        return
    table = score()
    named = table["gold_agent"] != ""
    print(f"agent exact where named: {table.loc[named, 'agent_ok'].sum()}/{named.sum()}")
    print(f"actor: {table['actor_ok'].sum()}/{len(table)}")
    wrong = table[~table["agent_ok"] | ~table["actor_ok"]]
    with pd.option_context("display.width", 200, "display.max_colwidth", 60):
        wrong.to_string(sys.stdout, index=False)
    print()


if __name__ == "__main__":
    main()
