"""Progress bars: only for jobs of many steps, one per call, never a tqdm warning."""

from __future__ import annotations

import sys
import threading
import types
import warnings
from typing import ClassVar

import dask
import numpy as np
import pandas as pd
import pytest
import tqdm

import corpuskit as ck
from corpuskit import _progress
from corpuskit._progress import DELAY, MIN_STEPS, bar_class, bar_running, progress
from corpuskit.scale.cluster import compute


class Recorder:
    """Stands in for a tqdm class: records each bar made and its options."""

    made: ClassVar[list[Recorder]] = []

    def __init__(self, iterable, **options):
        self.iterable = iterable
        self.options = options
        Recorder.made.append(self)

    def __iter__(self):
        return iter(self.iterable)


@pytest.fixture
def bars(monkeypatch) -> list[Recorder]:
    Recorder.made = []
    monkeypatch.setattr(_progress, "bar_class", lambda: Recorder)
    return Recorder.made


@pytest.fixture
def interactive(monkeypatch) -> None:
    """A Jupyter-like session: ipykernel loaded, CORPUSKIT_PROGRESS unset."""
    monkeypatch.delenv("CORPUSKIT_PROGRESS", raising=False)
    monkeypatch.setitem(sys.modules, "ipykernel", types.ModuleType("ipykernel"))


def test_no_bar_for_fewer_steps_than_the_minimum(bars):
    assert MIN_STEPS == 5
    assert list(progress(range(1), desc="bootstrap", show=True)) == [0]
    assert list(progress(range(4), show=True)) == [0, 1, 2, 3]
    assert list(progress(iter(range(3)), total=3, show=True)) == [0, 1, 2]
    assert bars == []
    assert list(progress(range(5), desc="many", show=True)) == [0, 1, 2, 3, 4]
    assert [bar.options["desc"] for bar in bars] == ["many"]


def test_a_bar_appears_after_the_delay_unless_forced(bars, interactive):
    list(progress(range(10), desc="auto"))
    list(progress(range(10), desc="forced", show=True))
    list(progress(iter(range(10)), desc="unsized"))
    assert [(b.options["desc"], b.options["delay"], b.options["total"]) for b in bars] == [
        ("auto", DELAY, 10),
        ("forced", 0.0, 10),
        ("unsized", DELAY, None),
    ]
    assert DELAY == 2.0 and all(b.options["leave"] is False for b in bars)


def test_quiet_when_not_interactive_or_disabled(bars, monkeypatch):
    monkeypatch.delenv("CORPUSKIT_PROGRESS", raising=False)
    monkeypatch.delitem(sys.modules, "ipykernel", raising=False)
    monkeypatch.setattr(sys, "stderr", types.SimpleNamespace(isatty=lambda: False))
    list(progress(range(10)))
    monkeypatch.setattr(sys, "stderr", types.SimpleNamespace(isatty=lambda: True))
    list(progress(range(10), show=False))
    monkeypatch.setenv("CORPUSKIT_PROGRESS", "0")
    list(progress(range(10)))
    assert bars == []


def test_one_bar_per_call_nested_loops_draw_the_outer_one(bars):
    def inner(n: int) -> int:
        return sum(progress(range(n), desc="inner", show=True))

    totals = [inner(6) for _ in progress(range(5), desc="outer", show=True)]
    assert totals == [15] * 5
    assert [bar.options["desc"] for bar in bars] == ["outer"]
    # sequential loops in one function each get their bar, one at a time
    list(progress(range(6), desc="first", show=True))
    list(progress(range(6), desc="second", show=True))
    assert [bar.options["desc"] for bar in bars] == ["outer", "first", "second"]


def test_a_loop_left_by_an_exception_does_not_silence_later_bars(bars):
    def fails() -> None:
        steps = progress(range(10), desc="broken", show=True)  # a local keeps the loop open
        for step in steps:
            if step == 3:
                raise RuntimeError("stop")

    with pytest.raises(RuntimeError) as caught:
        fails()
    assert caught.value.__traceback__ is not None  # keeps the abandoned loop alive
    assert not bar_running()
    list(progress(range(6), desc="next", show=True))
    assert [bar.options["desc"] for bar in bars] == ["broken", "next"]


def test_no_bar_from_worker_threads_unless_forced(bars, interactive):
    def work(show):
        list(progress(range(10), desc=f"thread {show}", show=show))

    for show in (None, True):
        thread = threading.Thread(target=work, args=(show,))
        thread.start()
        thread.join()
    assert [bar.options["desc"] for bar in bars] == ["thread True"]


def test_jupyter_without_ipywidgets_falls_back_to_text_without_a_warning(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "ipykernel.zmqshell", types.ModuleType("ipykernel.zmqshell"))
    monkeypatch.setitem(sys.modules, "ipywidgets", None)  # import ipywidgets fails
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert bar_class() is tqdm.std.tqdm
        assert list(progress(range(6), desc="text bar", show=True)) == list(range(6))
    assert "text bar" in capsys.readouterr().err


def test_jupyter_with_ipywidgets_gets_the_widget_bar(monkeypatch):
    import ipywidgets  # noqa: F401  (in the dev extra)
    import tqdm.notebook

    monkeypatch.setitem(sys.modules, "ipykernel.zmqshell", types.ModuleType("ipykernel.zmqshell"))
    assert bar_class() is tqdm.notebook.tqdm
    monkeypatch.delitem(sys.modules, "ipykernel.zmqshell")
    assert bar_class() is tqdm.std.tqdm


def test_one_step_bootstraps_draw_no_bar(bars):
    frame = pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(8)],
            "side": ["x", "y"] * 4,
            "text": ["Rebels and militants.", "Terrorists fled."] * 4,
        }
    )
    ck.naming(frame, by="side", n_boot=20, n_perm=20, progress=True)
    ck.group_similarity(ck.dtm(frame), by="side", n_boot=20, progress=True)
    # lookup walks 8 documents; the bootstraps are one step per group or chunk
    assert [bar.options["desc"] for bar in bars] == ["lookup"]


def test_dask_bar_waits_for_the_delay_and_is_not_nested(capsys, interactive):
    job = dask.delayed(np.sum)(np.arange(10))
    assert compute(job) == (45,)
    assert capsys.readouterr().out == ""  # done before the delay: no bar
    assert compute(job, show=True) == (45,)
    assert "100% Completed" in capsys.readouterr().out
    for _ in progress(range(5), desc="outer", show=True):
        assert compute(job, show=True) == (45,)
    assert "Completed" not in capsys.readouterr().out


def test_text_bars_redraw_once_a_second_in_jupyter(bars, monkeypatch):
    list(progress(range(6), desc="terminal", show=True))
    monkeypatch.setitem(sys.modules, "ipykernel.zmqshell", types.ModuleType("ipykernel.zmqshell"))
    list(progress(range(6), desc="jupyter", show=True))
    assert [bar.options["mininterval"] for bar in bars] == [0.1, 1.0]
