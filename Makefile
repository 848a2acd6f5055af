# corpuskit: the two commands of the README's Quick start, and a few helpers.
# Everything runs in a virtual environment inside the checkout (.venv), built from this source tree.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# A download cut off half-way (seen in CI: "IncompleteRead") is not retried by pip itself,
# so each install is tried up to three times before the build fails.
PIP    := $(BIN)/python -m pip install -q --retries 10 --timeout 60
RETRY  := for attempt in 1 2 3; do
DONE   := && break; [ $$attempt = 3 ] && exit 1; echo "pip install failed (attempt $$attempt of 3); retrying" >&2; sleep 10; done
# Registered datasets are read from CORPUSKIT_DATA; in this workplace the corpora lie beside the checkout.
CORPUSKIT_DATA ?= $(abspath ../shared/corpora)
export CORPUSKIT_DATA

.PHONY: demo test lint bench docs notebooks clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(RETRY) $(PIP) --upgrade pip $(DONE)

# The demo needs only the library; tests, lint, benchmarks and docs need the extras too.
$(VENV)/.installed-base: pyproject.toml | $(BIN)/python
	$(RETRY) $(PIP) -e . $(DONE)
	touch $@

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(RETRY) $(PIP) -e ".[dev,dask,docs]" $(DONE)
	touch $@ $(VENV)/.installed-base

## demo: install corpuskit and run the main job: Aleppo vs Mosul on FA-KES, as an HTML report
demo: $(VENV)/.installed-base
	$(BIN)/corpuskit demo --out corpuskit-demo --overwrite

## lint: ruff lint and format check, and the layers of docs/architecture.md (import-linter)
lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

## test: install, lint, and run the whole test suite on both cores
test: lint
	$(BIN)/python -m pytest -n 2 -q

## bench: the document-term matrix benchmark against scikit-learn
bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench_dtm.py

## notebooks: run every tutorial notebook in place, storing its outputs, and sync its paired script
# (notebooks/scripts/*.py, jupytext): an edit of either side reaches the other before and after the run
notebooks: $(VENV)/.installed
	$(BIN)/jupytext --sync --quiet notebooks/*.ipynb
	$(BIN)/python notebooks/run.py
	$(BIN)/jupytext --sync --quiet notebooks/*.ipynb

## docs: build the documentation site (strict: broken links and references fail)
docs: $(VENV)/.installed
	$(BIN)/mkdocs build --strict

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build *.egg-info site corpuskit-demo
