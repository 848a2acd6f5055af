"""The article_bias_prediction articles a benchmark times, and its command-line options.

``--data-dir`` (default ``$CORPUSKIT_DATA``, else ``../shared/corpora``) holds
``article_bias_prediction/articles.parquet``; ``--limit`` keeps its first N
articles (default: all 37,342). Reading is not timed.

Example::

    parser = abp_parser("time ck.agency on article_bias_prediction")
    articles = abp_articles(parser.parse_args())
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def abp_parser(description: str) -> argparse.ArgumentParser:
    """A parser with ``--data-dir`` and ``--limit``; benchmarks add their own options."""
    parser = argparse.ArgumentParser(description=description)
    default = os.environ.get("CORPUSKIT_DATA", str(REPO.parent / "shared" / "corpora"))
    parser.add_argument("--data-dir", default=default)
    parser.add_argument("--limit", type=int, default=None)
    return parser


def abp_articles(args: argparse.Namespace):
    """The articles (``doc_id`` d0, d1, ..., ``text`` from ``content_original``)."""
    import pandas as pd

    path = Path(args.data_dir) / "article_bias_prediction" / "articles.parquet"
    texts = pd.read_parquet(path, columns=["content_original"])["content_original"]
    texts = texts.fillna("").astype(str)
    if args.limit is not None:
        texts = texts.iloc[: args.limit]
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts})
