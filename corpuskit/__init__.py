"""corpuskit: compare how news media cover events.

Import as ``import corpuskit as ck``. The public API is re-exported here and
loaded lazily, so ``import corpuskit`` stays fast: heavy modules (pandas
readers, scikit-learn, matplotlib) load on first use.

Example:
    >>> import corpuskit as ck
    >>> "fakes" in ck.list_datasets()["name"].tolist()
    True
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0.dev0"

#: public name -> module that defines it
_EXPORTS: dict[str, str] = {
    # schema and errors
    "CORE_COLUMNS": "corpuskit.schema",
    "DATE_PRECISIONS": "corpuskit.schema",
    "validate_articles": "corpuskit.schema",
    "conform_articles": "corpuskit.schema",
    "article_problems": "corpuskit.schema",
    "CorpuskitError": "corpuskit.errors",
    "SchemaError": "corpuskit.errors",
    "LoadError": "corpuskit.errors",
    "DatasetError": "corpuskit.errors",
    "DatasetNotFoundError": "corpuskit.errors",
    # loading
    "read_articles": "corpuskit.io.read",
    "parse_article": "corpuskit.io.plaintext",
    "parse_dateline": "corpuskit.io.wire",
    "find_duplicates": "corpuskit.io.duplicates",
    "drop_duplicates": "corpuskit.io.duplicates",
    "LoadReport": "corpuskit.io.report",
    "LoadWarning": "corpuskit.io.report",
    "load_report": "corpuskit.io.report",
    "describe": "corpuskit.describe",
    # datasets
    "list_datasets": "corpuskit.datasets.api",
    "load_dataset": "corpuskit.datasets.api",
    "dataset_info": "corpuskit.datasets.api",
    "fetch_dataset": "corpuskit.datasets.api",
    "data_dirs": "corpuskit.datasets.api",
    # text and features
    "tokenize": "corpuskit.text.tokenize",
    "tokens": "corpuskit.text.tokens",
    "Tokens": "corpuskit.text.tokens",
    "TokenRule": "corpuskit.text.tokenize",
    "sentences": "corpuskit.text.sentences",
    "stopwords": "corpuskit.text.stopwords",
    "Phrases": "corpuskit.text.phrases",
    "dtm": "corpuskit.dtm",
    "DocTermMatrix": "corpuskit.dtm",
    "CorpusVectorizer": "corpuskit.vectorize",
    # comparison
    "keyness": "corpuskit.compare.keyness",
    "keyness_each": "corpuskit.compare.keyness",
    "frequencies": "corpuskit.compare.frequencies",
    "dispersion": "corpuskit.compare.frequencies",
    "permutation_test": "corpuskit.compare.resample",
    "bootstrap_ci": "corpuskit.compare.resample",
    "kwic": "corpuskit.compare.kwic",
    "Kwic": "corpuskit.compare.kwic",
    "collocations": "corpuskit.compare.collocations",
    "phrase_collocations": "corpuskit.compare.collocations",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'corpuskit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from corpuskit.datasets.api import (
        data_dirs,
        dataset_info,
        fetch_dataset,
        list_datasets,
        load_dataset,
    )
    from corpuskit.compare.collocations import collocations, phrase_collocations
    from corpuskit.compare.frequencies import dispersion, frequencies
    from corpuskit.compare.keyness import keyness, keyness_each
    from corpuskit.compare.kwic import Kwic, kwic
    from corpuskit.compare.resample import bootstrap_ci, permutation_test
    from corpuskit.describe import describe
    from corpuskit.dtm import DocTermMatrix, dtm
    from corpuskit.errors import (
        CorpuskitError,
        DatasetError,
        DatasetNotFoundError,
        LoadError,
        SchemaError,
    )
    from corpuskit.io.duplicates import drop_duplicates, find_duplicates
    from corpuskit.io.plaintext import parse_article
    from corpuskit.io.read import read_articles
    from corpuskit.io.report import LoadReport, LoadWarning, load_report
    from corpuskit.io.wire import parse_dateline
    from corpuskit.schema import (
        CORE_COLUMNS,
        DATE_PRECISIONS,
        article_problems,
        conform_articles,
        validate_articles,
    )
    from corpuskit.text.phrases import Phrases
    from corpuskit.text.sentences import sentences
    from corpuskit.text.stopwords import stopwords
    from corpuskit.text.tokenize import TokenRule, tokenize
    from corpuskit.text.tokens import Tokens, tokens
    from corpuskit.vectorize import CorpusVectorizer
