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
from typing import Any

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
    "SmallSampleWarning": "corpuskit.errors",
    # loading
    "read_articles": "corpuskit.io.read",
    "parse_article": "corpuskit.io.plaintext",
    "parse_dateline": "corpuskit.io.wire",
    "parse_html": "corpuskit.io.html",
    "Dateline": "corpuskit.io.wire",
    "WIRE_AGENCIES": "corpuskit.io.wire",
    "find_duplicates": "corpuskit.io.duplicates",
    "drop_duplicates": "corpuskit.io.duplicates",
    "dropped_duplicates": "corpuskit.io.duplicates",
    "strip_boilerplate": "corpuskit.io.boilerplate",
    "repeated_paragraphs": "corpuskit.io.boilerplate",
    "KNOWN_FURNITURE": "corpuskit.io.boilerplate",
    "LoadReport": "corpuskit.io.report",
    "LoadWarning": "corpuskit.io.report",
    "load_report": "corpuskit.io.report",
    "describe": "corpuskit.summary",
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
    "detect_language": "corpuskit.text.language",
    "Phrases": "corpuskit.text.phrases",
    "dtm": "corpuskit.docterm",
    "DocTermMatrix": "corpuskit.docterm",
    "DocTermParts": "corpuskit.scale.parts",
    "CorpusVectorizer": "corpuskit.vectorize",
    "CorpusTfidfVectorizer": "corpuskit.vectorize",
    # dictionaries and lexicons
    "Dictionary": "corpuskit.lexicons.dictionary",
    "DictionaryFormatError": "corpuskit.lexicons.formats",
    "lookup": "corpuskit.lexicons.lookup",
    "lexicon": "corpuskit.lexicons.bundled",
    "list_lexicons": "corpuskit.lexicons.bundled",
    # framing
    "frames": "corpuskit.framing.scores",
    "FrameScores": "corpuskit.framing.scores",
    "naming": "corpuskit.framing.naming",
    "NamingResult": "corpuskit.framing.naming",
    "naming_hits": "corpuskit.framing.referents",
    "resolve_hit": "corpuskit.framing.referents",
    "prevalence": "corpuskit.framing.contrasts",
    "double_standard": "corpuskit.framing.contrasts",
    "evaluate_frames": "corpuskit.framing.validate",
    "validate_frames": "corpuskit.framing.validate",
    "frame_classifier": "corpuskit.framing.classifier",
    "cross_validate_classifier": "corpuskit.framing.classifier",
    "outlet_groups": "corpuskit.datasets.groups",
    "assign_groups": "corpuskit.datasets.groups",
    "agency": "corpuskit.framing.agency",
    "agency_summary": "corpuskit.framing.agency",
    "evaluate_agency": "corpuskit.framing.agency",
    "CasualtyReportClassifier": "corpuskit.framing.agency",
    "evaluate_clauses": "corpuskit.framing.agency_eval",
    "resolve_actors": "corpuskit.framing.actors",
    "resolve_actor": "corpuskit.framing.actors",
    "find_responsible": "corpuskit.framing.actors",
    "relevance": "corpuskit.framing.relevance",
    "keep_relevant": "corpuskit.framing.relevance",
    # stance and sources
    "quotes": "corpuskit.voices.quotes",
    "score_quotes": "corpuskit.voices.quotes",
    "Targets": "corpuskit.voices.targets",
    "mentions": "corpuskit.voices.targets",
    "source_table": "corpuskit.voices.sources",
    "speakers": "corpuskit.voices.sources",
    "evaluate_quotes": "corpuskit.voices.quote_eval",
    "stance": "corpuskit.voices.stance",
    "stance_summary": "corpuskit.voices.stance",
    "annotation_sample": "corpuskit.voices.annotate",
    "export_annotation": "corpuskit.voices.annotate",
    "import_annotations": "corpuskit.voices.annotate",
    "krippendorff_alpha": "corpuskit.validation.agreement",
    "StanceClassifier": "corpuskit.voices.supervised",
    "cross_validate_stance": "corpuskit.voices.supervised",
    # similarity, reuse, topics
    "similarity": "corpuskit.docsim.vectors",
    "nearest": "corpuskit.docsim.vectors",
    "group_similarity": "corpuskit.docsim.vectors",
    "reuse": "corpuskit.docsim.reuse",
    "reuse_summary": "corpuskit.docsim.reuse_result",
    "ReuseResult": "corpuskit.docsim.reuse_result",
    "topics": "corpuskit.docsim.topics",
    "select_n_topics": "corpuskit.docsim.topics",
    "TopicModel": "corpuskit.docsim.topics",
    # scale (Dask): the verbs are ck.dask.<verb>; these names are deprecated aliases
    "read_articles_dask": "corpuskit.scale.verbs",
    "dtm_dask": "corpuskit.scale.verbs",
    "group_counts_dask": "corpuskit.scale.verbs",
    "client": "corpuskit.scale.cluster",
    # comparison
    "keyness": "corpuskit.compare.keyness",
    "keyness_each": "corpuskit.compare.keyness",
    "KeynessResult": "corpuskit.compare.keyness_result",
    "frequencies": "corpuskit.compare.frequencies",
    "dispersion": "corpuskit.compare.frequencies",
    "permutation_test": "corpuskit.compare.resample",
    "bootstrap_ci": "corpuskit.compare.resample",
    "kwic": "corpuskit.compare.kwic",
    "Kwic": "corpuskit.compare.kwic_result",
    "collocations": "corpuskit.compare.collocations",
    "phrase_collocations": "corpuskit.compare.collocations",
    "explore_terms": "corpuskit.compare.explorer",
    "TermExplorer": "corpuskit.compare.explorer",
    # validation against hand coding
    "validation_sample": "corpuskit.validation.sample",
    "write_sheet": "corpuskit.validation.sample",
    "read_labels": "corpuskit.validation.labels",
    "reliability": "corpuskit.validation.labels",
    "class_accuracy": "corpuskit.validation.accuracy",
    "accuracy_by_group": "corpuskit.validation.accuracy",
    "confusion_matrix": "corpuskit.validation.accuracy",
    "corrected_shares": "corpuskit.validation.shares",
    "ppi_mean": "corpuskit.validation.ppi",
    "corrected_agency_summary": "corpuskit.framing.agency",
}

#: public submodules, imported on first access (``ck.plot.keyness(...)``)
_SUBMODULES: dict[str, str] = {
    "plot": "corpuskit.plot",
    "report": "corpuskit.report",
    "dask": "corpuskit.scale.verbs",
}

__all__ = [*sorted(_EXPORTS), *sorted(_SUBMODULES), "__version__"]


def _dask_verbs() -> Any:
    """The ``ck.dask`` namespace, imported on the first call of a verb on Dask data."""
    return importlib.import_module("corpuskit.scale.verbs")


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(_SUBMODULES[name])
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'corpuskit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name), name)
    # ck.dtm(ddf) and the other verbs given a Dask DataFrame: ck.dask.<verb>, with a warning
    value = importlib.import_module("corpuskit.scale.dispatch").facade(
        name, value, dask_verbs=_dask_verbs
    )
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
