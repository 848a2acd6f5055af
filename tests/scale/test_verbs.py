"""ck.dask: one verb per analysis, built from one table; the old ways in warn and still work."""

from __future__ import annotations

import ast
import inspect
import warnings
from pathlib import Path

import dask
import dask.dataframe as dd
import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.scale import table, verbs
from corpuskit.scale.dispatch import DISPATCHED

PACKAGE = Path(ck.__file__).parent


@pytest.fixture(autouse=True)
def synchronous():
    with dask.config.set(scheduler="synchronous"):
        yield


def _ddf(n_docs: int = 12, npartitions: int = 3):
    frame = pd.DataFrame(
        {
            "doc_id": [f"d{i:02d}" for i in range(n_docs)],
            "side": ["left", "right"] * (n_docs // 2),
            "text": [f"Rebels shelled Aleppo on day {i}. Militants fled." for i in range(n_docs)],
        }
    )
    with dask.config.set({"dataframe.convert-string": False}):
        return frame, dd.from_pandas(frame, npartitions=npartitions)


def test_every_row_of_the_table_is_a_verb_of_ck_dask():
    assert ck.dask is verbs
    names = [row.verb for row in table.ANALYSES]
    assert sorted(names) == sorted(n for n in verbs.__all__ if n != "verb")
    for name in names:
        assert getattr(ck.dask, name).__name__ == name


@pytest.mark.parametrize("row", table.ANALYSES, ids=lambda row: row.verb)
def test_signatures_are_derived_from_the_pandas_twin(row):
    verb = getattr(ck.dask, row.verb)
    got = inspect.signature(verb).parameters
    run = verbs._function(row.run)
    if row.pandas is None:
        twin = inspect.signature(run).parameters
        assert list(got) == [n for n, p in twin.items() if p.kind != p.VAR_KEYWORD]
        return
    twin = inspect.signature(verbs._function(row.pandas)).parameters
    kept = [n for n, p in twin.items() if n not in row.drop and p.kind != p.VAR_KEYWORD]
    assert list(got)[: len(kept)] == kept
    for name in kept:
        assert got[name].default == twin[name].default, name
    assert not set(row.drop) & set(got)
    assert "Example:" not in verb.__doc__  # the pandas example would not run on Dask
    assert f":func:`{row.run.replace(':', '.')}`" in verb.__doc__


def test_a_verb_checks_its_arguments_against_the_signature():
    _, ddf = _ddf()
    with pytest.raises(TypeError, match="n_jobs"):
        ck.dask.dtm(ddf, n_jobs=2)
    with pytest.raises(TypeError):
        ck.dask.kwic(ddf)  # no pattern


def test_verbs_equal_pandas_on_a_small_frame():
    frame, ddf = _ddf()
    expected, got = ck.dtm(frame), ck.dask.dtm(ddf, progress=False)
    assert got.features.tolist() == expected.features.tolist()
    assert (got.matrix != expected.matrix).nnz == 0
    grouped = ck.dask.group_counts(ddf, by="side", progress=False)
    assert (grouped.matrix != expected.group("side").matrix).nnz == 0
    pd.testing.assert_frame_equal(
        ck.kwic(frame, "shell*").to_frame(), ck.dask.kwic(ddf, "shell*").to_frame()
    )


def test_pandas_verbs_given_dask_warn_and_still_work():
    frame, ddf = _ddf()
    with pytest.warns(FutureWarning, match=r"ck\.dtm\(\) on a Dask DataFrame .* ck\.dask\.dtm\(\)"):
        got = ck.dtm(ddf, n_jobs=1, progress=False)  # n_jobs does not apply: dropped
    assert (got.matrix != ck.dtm(frame).matrix).nnz == 0
    with pytest.warns(FutureWarning, match=r"ck\.dask\.kwic\(\)"):
        lines = ck.kwic(articles=ddf, pattern="rebels")
    assert len(lines) == len(frame)
    assert set(DISPATCHED) == {row.verb for row in table.ANALYSES if row.dispatch}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ck.dtm(frame)  # pandas: no warning


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("dtm_dask", "dtm"),
        ("group_counts_dask", "group_counts"),
        ("read_articles_dask", "read_articles"),
    ],
)
def test_old_dask_names_are_deprecated_aliases(old, new):
    alias = getattr(ck, old)
    assert alias.__deprecated_alias_of__ == f"ck.dask.{new}"
    assert inspect.signature(alias) == inspect.signature(getattr(ck.dask, new))
    _, ddf = _ddf()
    if new == "read_articles":
        return
    options = {"by": "side"} if new == "group_counts" else {}
    with pytest.warns(FutureWarning, match=rf"{old}\(\) is deprecated .* ck\.dask\.{new}\(\)"):
        result = alias(ddf, progress=False, **options)
    assert result.n_features > 0


def test_no_module_outside_scale_imports_scale():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "scale" or relative == Path("__init__.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n == "corpuskit.scale" or n.startswith("corpuskit.scale.") for n in names):
                offenders.append(str(relative))
    assert offenders == []
