"""The README's promises: its two Quick start commands exist, and its tour runs."""

from __future__ import annotations

import re
from pathlib import Path

import matplotlib.pyplot as plt

REPO = Path(__file__).resolve().parents[1]

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_quick_start_has_exactly_two_make_commands_that_exist():
    quick = README.split("## Quick start", 1)[1].split("## ", 1)[0]
    block = re.search(r"```bash\n(.*?)```", quick, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert commands == ["make demo", "make test"]
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_tour_runs_and_says_what_it_shows(data_dir, monkeypatch):
    code = re.search(r"## A short tour\n\n```python\n(.*?)```", README, re.S).group(1)
    monkeypatch.chdir(REPO)
    namespace: dict = {}
    exec(compile(code, "README.md (tour)", "exec"), namespace)
    plt.close("all")
    seed = namespace["seed"].iloc[0]
    assert (seed["outlet"], seed["dateline"], seed["date_precision"]) == (
        "TASS",
        "MOSCOW",
        "month-day",
    )
    key = namespace["k"]
    assert (key.attrs["n_docs_target"], key.attrs["n_docs_reference"]) == (118, 96)
    assert key["feature"].iloc[0] == "terrorist"
    assert namespace["un"]["date"].dt.year.eq(2016).sum() == 194
    assert len(namespace["fakes"]) == 804
