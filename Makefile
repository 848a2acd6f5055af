# corpuskit: the two commands of the README's Quick start, and a few helpers.
# Everything runs in a virtual environment inside the checkout (.venv), built from this source tree.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Registered datasets are read from CORPUSKIT_DATA; in this workplace the corpora lie beside the checkout.
CORPUSKIT_DATA ?= $(abspath ../shared/corpora)
export CORPUSKIT_DATA

.PHONY: demo test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[dev,dask]"
	touch $@

## demo: install corpuskit and run the main job on the default dataset
demo: $(VENV)/.installed
	$(BIN)/corpuskit describe --dataset fakes

## lint: ruff lint and format check
lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## test: install, lint, and run the whole test suite on both cores
test: lint
	$(BIN)/python -m pytest -n 2 -q

## bench: the document-term matrix benchmark against scikit-learn
bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench_dtm.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build *.egg-info
