"""Check: ``ck.quotes`` of this tree against a baseline tree, table for table.

Usage::

    python benchmarks/compare_quotes.py --base /path/to/base/tree [--abp 3000]
        [--corpora fakes basil] [--cache DIR] [--n-jobs J]

Each tree's :func:`corpuskit.quotes` runs in its own subprocess (``PYTHONPATH``
set to the tree, so the baseline is whatever code that tree holds, e.g. a
detached worktree of an earlier commit), on the first ``--abp`` articles of
article_bias_prediction and on all of each of ``--corpora``, as
:func:`corpuskit.load_dataset` returns them (headline fields and docvars
included), with ``include_excluded=False`` and ``True``. The tables must be
equal (values, dtypes, columns, order): otherwise the first differing rows are
printed and the exit status is 1. With ``--cache``, the baseline's tables are
kept there, keyed by the baseline's commit, and reused.

The last line is ``identical=True tables=T rows=R`` (``R``: rows over all tables).
"""

from __future__ import annotations

import argparse
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _worker(args: argparse.Namespace) -> None:
    """Run ``ck.quotes`` with the ``corpuskit`` on ``PYTHONPATH``; pickle the table."""
    import corpuskit as ck

    articles = ck.load_dataset(args.dataset)
    if args.limit is not None:
        articles = articles.iloc[: args.limit]
    found = ck.quotes(
        articles.reset_index(drop=True),
        include_excluded=args.excluded,
        n_jobs=args.n_jobs,
        progress=False,
    )
    Path(args.out).write_bytes(pickle.dumps(found))


def _commit(tree: Path) -> str:
    done = subprocess.run(
        ["git", "-C", str(tree), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    )
    dirty = subprocess.run(
        ["git", "-C", str(tree), "status", "--porcelain", "--", "corpuskit"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    return done.stdout.strip() + ("-dirty" if dirty else "")


def _table(tree: Path, dataset: str, limit: int | None, excluded: bool, out: Path, n_jobs: int):
    env = dict(os.environ, PYTHONPATH=str(tree), CORPUSKIT_PROGRESS="0")
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", "--dataset", dataset]
    command += ["--out", str(out), "--n-jobs", str(n_jobs)]
    command += ["--limit", str(limit)] if limit is not None else []
    command += ["--excluded"] if excluded else []
    subprocess.run(command, env=env, check=True, cwd=tree)
    return pickle.loads(out.read_bytes())


def _difference(base, mine) -> str:
    """A short account of how two tables differ."""
    if list(base.columns) != list(mine.columns):
        return f"columns differ: {list(base.columns)} vs {list(mine.columns)}"
    if len(base) != len(mine):
        return f"row counts differ: {len(base)} vs {len(mine)}"
    dtypes = base.dtypes[base.dtypes != mine.dtypes]
    if len(dtypes):
        return f"dtypes differ: {dict(dtypes)} vs {dict(mine.dtypes[dtypes.index])}"
    unequal = ~(base.eq(mine) | (base.isna() & mine.isna())).all(axis=1)
    return f"{int(unequal.sum())} rows differ; first:\n{base[unequal].head(3).T}\n" + (
        f"{mine[unequal].head(3).T}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="ck.quotes of this tree against a baseline")
    parser.add_argument("--base", type=Path)
    parser.add_argument("--abp", type=int, default=3000)
    parser.add_argument("--corpora", nargs="*", default=["fakes", "basil"])
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--n-jobs", type=int, default=1)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--dataset", help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--excluded", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker(args)
        return
    if args.base is None:
        parser.error("--base is required")
    runs = [("article_bias_prediction", args.abp)] + [(name, None) for name in args.corpora]
    base_commit = _commit(args.base)
    tables, rows = 0, 0
    with tempfile.TemporaryDirectory() as scratch:
        for dataset, limit in runs:
            for excluded in (False, True):
                key = f"{dataset}-{limit}-{int(excluded)}"
                cached = args.cache / f"{base_commit}-{key}.pkl" if args.cache else None
                if cached is not None and cached.exists() and "dirty" not in base_commit:
                    base = pickle.loads(cached.read_bytes())
                else:
                    out = Path(scratch) / f"base-{key}.pkl"
                    base = _table(args.base, dataset, limit, excluded, out, args.n_jobs)
                    if cached is not None and "dirty" not in base_commit:
                        cached.parent.mkdir(parents=True, exist_ok=True)
                        cached.write_bytes(out.read_bytes())
                out = Path(scratch) / f"mine-{key}.pkl"
                mine = _table(REPO, dataset, limit, excluded, out, args.n_jobs)
                same = base.equals(mine) and list(base.columns) == list(mine.columns)
                same = same and (base.dtypes == mine.dtypes).all()
                print(f"{key}: rows={len(mine)} identical={same}", flush=True)
                if not same:
                    print(_difference(base, mine))
                    print(f"identical=False tables={tables + 1}")
                    sys.exit(1)
                tables, rows = tables + 1, rows + len(mine)
    print(f"identical=True tables={tables} rows={rows}")


if __name__ == "__main__":
    main()
