"""Validating stance measures against labelled data: FNC-1 and BASIL.

* :func:`validate_fnc1`: the Fake News Challenge stage 1 pairs (a headline
  and an article body, labelled ``agree`` / ``disagree`` / ``discuss`` /
  ``unrelated``: the body's stance toward the headline's claim). The
  supervised workflow (:func:`~corpuskit.voices.supervised.cross_validate_stance`)
  on ``headline + body`` text, on a stratified subsample; and the lexicon
  method's agreement: the mean VADER compound of the body's sentences read as
  agree (``>= 0.05``) / disagree (``<= -0.05``) / discuss (in between), on the
  related pairs.
* :func:`validate_basil`: the BASIL articles (Fan et al. 2019). The
  supervised workflow on the article text against the article-level
  ``relative_stance_normalised`` (liberal / center / conservative, relative to
  the other two articles of its triplet); and the lexicon method
  (:func:`corpuskit.voices`, clause windows, mentions masked) against the
  annotated *author feelings toward the main entities* (``pos`` / ``neg`` /
  ``neu``), the closest thing in these data to stance toward a target: the
  mean score of an entity's mentions in an article against the feeling.

:func:`agreement` computes the lexicon-versus-gold figures. The results and
their reading are in ``docs/stance.md``.

References: Pomerleau, D. & Rao, D. (2017). Fake News Challenge stage 1
(FNC-1). Fan, L. et al. (2019). In plain sight: media bias through the lens of
factual reporting. *EMNLP-IJCNLP*, 6343-6349.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from scipy.stats import spearmanr

from corpuskit.datasets.api import load_dataset
from corpuskit.framing.validate import roc_auc
from corpuskit.text.sentences import split_sentences
from corpuskit.voices.scoring import lexicon_labels, vader_scores
from corpuskit.voices.stance import stance
from corpuskit.voices.supervised import cross_validate_stance
from corpuskit.voices.targets import Targets

__all__ = [
    "AGREEMENT_COLUMNS",
    "FNC1_LEXICON_GOLD",
    "agreement",
    "basil_entity_scores",
    "fnc1_pairs",
    "validate_basil",
    "validate_fnc1",
]

#: Columns of :func:`agreement`.
AGREEMENT_COLUMNS = (
    "n",
    "n_favor",
    "n_against",
    "n_neutral",
    "accuracy",
    "macro_f1",
    "baseline_macro_f1",
    "spearman",
    "spearman_p",
    "auc_favor_vs_against",
)
#: FNC-1 stance -> lexicon label.
FNC1_LEXICON_GOLD = {"agree": "favor", "disagree": "against", "discuss": "neutral"}
#: BASIL feeling -> lexicon label.
BASIL_LEXICON_GOLD = {"pos": "favor", "neg": "against", "neu": "neutral"}
_ORDINAL = {"against": -1.0, "neutral": 0.0, "favor": 1.0}


def _macro_f1(truth: np.ndarray, predicted: np.ndarray) -> float:
    scores = []
    for label in np.unique(truth):
        tp = float(np.sum((truth == label) & (predicted == label)))
        fp = float(np.sum((truth != label) & (predicted == label)))
        fn = float(np.sum((truth == label) & (predicted != label)))
        scores.append(2 * tp / (2 * tp + fp + fn))
    return float(np.mean(scores))


def agreement(score: np.ndarray | pd.Series, gold: np.ndarray | pd.Series) -> dict[str, Any]:
    """Agreement of lexicon scores with favor / against / neutral gold labels.

    ``predicted = favor / against / neutral`` by the ±0.05 threshold
    (:func:`corpuskit.voices.stance.lexicon_labels`); ``macro_f1`` is the mean
    F1 over the gold classes, ``baseline_macro_f1`` that of always predicting
    the most frequent gold class; ``spearman`` is the rank correlation of the
    score with the gold coded against = -1, neutral = 0, favor = 1;
    ``auc_favor_vs_against`` the chance that a favor item scores above an
    against item (:func:`corpuskit.framing.validate.roc_auc`).

    Args:
        score: the scores.
        gold: the gold labels (``favor``, ``against``, ``neutral``).

    Returns:
        A dict with the keys of :data:`AGREEMENT_COLUMNS`.

    Raises:
        ValueError: for scores and labels of different lengths or other labels.

    Example:
        >>> r = agreement(np.array([0.5, -0.5, 0.0, 0.3]),
        ...               np.array(["favor", "against", "neutral", "against"]))
        >>> r["accuracy"], r["auc_favor_vs_against"]
        (0.75, 1.0)
    """
    score = np.asarray(score, dtype=float)
    truth = np.asarray(gold, dtype=object).astype(str)
    if len(score) != len(truth):
        raise ValueError(f"score and gold differ in length: {len(score)} vs {len(truth)}")
    unknown = sorted(set(truth) - set(_ORDINAL))
    if unknown:
        raise ValueError(f"gold labels must be favor/against/neutral, got {unknown}")
    predicted = lexicon_labels(score).astype(str)
    values, counts = np.unique(truth, return_counts=True)
    majority = np.full(len(truth), values[np.argmax(counts)])
    rho, p = spearmanr(score, [_ORDINAL[t] for t in truth]) if len(truth) > 2 else (np.nan,) * 2
    polar = truth != "neutral"
    return {
        "n": len(truth),
        "n_favor": int(np.sum(truth == "favor")),
        "n_against": int(np.sum(truth == "against")),
        "n_neutral": int(np.sum(truth == "neutral")),
        "accuracy": float(np.mean(predicted == truth)),
        "macro_f1": _macro_f1(truth, predicted),
        "baseline_macro_f1": _macro_f1(truth, majority),
        "spearman": float(rho),
        "spearman_p": float(p),
        "auc_favor_vs_against": roc_auc(truth[polar] == "favor", score[polar]),
    }


def _stratified(frame: pd.DataFrame, column: str, n: int | None, seed: int | None) -> pd.DataFrame:
    if n is None or n >= len(frame):
        return frame.reset_index(drop=True)
    from sklearn.model_selection import train_test_split

    sample, _ = train_test_split(frame, train_size=n, stratify=frame[column], random_state=seed)
    return sample.sort_index().reset_index(drop=True)


def fnc1_pairs(*, n: int | None = 3000, seed: int | None = 0) -> pd.DataFrame:
    """FNC-1 headline-body pairs with the body text, a stratified subsample.

    Args:
        n: pairs to keep, stratified by stance (``None``: all 25,413 pairs of
            the training set).
        seed: random seed of the subsample.

    Returns:
        ``doc_id`` (the pair), ``headline``, ``body_id``, ``body``, ``stance``.

    Example:
        >>> fnc1_pairs(n=40)["stance"].value_counts().to_dict()  # reads $CORPUSKIT_DATA/fnc1
        {'unrelated': 29, 'discuss': 7, 'agree': 3, 'disagree': 1}
    """
    pairs = load_dataset("fnc1", table="stances")
    bodies = load_dataset("fnc1")
    text = dict(zip(bodies["Body ID"].astype(str), bodies["text"].astype(str)))
    table = pd.DataFrame(
        {
            "doc_id": pairs["doc_id"].astype(str),
            "headline": pairs["Headline"].astype(str),
            "body_id": pairs["Body ID"].astype(str),
            "body": pairs["Body ID"].astype(str).map(text),
            "stance": pairs["Stance"].astype(str),
        }
    )
    return _stratified(table, "stance", n, seed)


def _mean_sentence_vader(texts: list[str]) -> np.ndarray:
    """Mean VADER compound over a text's sentences (the whole-text compound saturates at ±1)."""
    means = []
    for text in texts:
        sentences = [text[a:b] for a, b in split_sentences(text)] or [text]
        means.append(float(np.mean(vader_scores(sentences))))
    return np.array(means)


def validate_fnc1(
    *,
    n: int | None = 3000,
    cv: int = 5,
    seed: int | None = 0,
    n_boot: int = 1000,
    model: Any = None,
) -> dict[str, pd.DataFrame]:
    """Cross-validated stance classifier and lexicon agreement on FNC-1.

    Args:
        n: pairs in the stratified subsample (``None``: all).
        cv: folds.
        seed: random seed of the subsample, folds and bootstrap.
        n_boot: bootstrap resamples for the macro-F1 intervals.
        model: an unfitted classifier; ``None`` for
            :class:`~corpuskit.voices.supervised.StanceClassifier`.

    Returns:
        ``{"classifier": ..., "lexicon": ...}``: the table of
        :func:`~corpuskit.voices.supervised.cross_validate_stance` (4 classes,
        features ``headline + body``), and one row of :func:`agreement` (mean
        sentence VADER of the body against agree/disagree/discuss; unrelated
        pairs left out) with ``unit`` = ``"body"``.

    Example:
        A quick run on 600 pairs (about a minute; docs/stance.md has the full numbers)::

            result = validate_fnc1(n=600, cv=3, n_boot=100)
            result["classifier"][["model", "macro_f1", "low", "high"]]
    """
    pairs = fnc1_pairs(n=n, seed=seed)
    texts = (pairs["headline"] + "\n\n" + pairs["body"]).tolist()
    table = cross_validate_stance(
        texts, labels=pairs["stance"], model=model, cv=cv, seed=seed, n_boot=n_boot
    )
    related = pairs[pairs["stance"].isin(list(FNC1_LEXICON_GOLD))]
    bodies = related.drop_duplicates("body_id")["body"].tolist()
    body_scores = dict(
        zip(related.drop_duplicates("body_id")["body_id"], _mean_sentence_vader(bodies))
    )
    score = related["body_id"].map(body_scores).to_numpy(dtype=float)
    gold = related["stance"].map(FNC1_LEXICON_GOLD).to_numpy()
    lexicon = pd.DataFrame([{"unit": "body"} | agreement(score, gold)])
    return {"classifier": table, "lexicon": lexicon}


def _entity_aliases(entity: str) -> list[str]:
    """An annotated BASIL entity as aliases: the name, and a person's surname."""
    name = entity.replace("_", " ").strip()
    words = name.split()
    aliases = [name]
    if len(words) >= 2 and all(w[:1].isupper() for w in words):
        aliases.append(words[-1])
    return aliases


def _feelings(value: Any) -> dict[str, str]:
    if not isinstance(value, str):
        return {}
    pairs = (part.split("=", 1) for part in value.split(";") if "=" in part)
    return {entity.strip(): feeling.strip() for entity, feeling in pairs}


def basil_entity_scores(
    articles: pd.DataFrame, *, window: str | int = "clause", feelings: str = "author_feelings"
) -> pd.DataFrame:
    """Lexicon stance toward BASIL's annotated entities, one row per article and entity.

    Each entity (``Michael_Steele``) becomes a target with the aliases "Michael
    Steele" and, for a name of capitalised words, the surname "Steele"; its
    mentions in the article are scored by :func:`corpuskit.voices` (VADER,
    masked window) and averaged.

    Args:
        articles: the ``basil`` dataset (or rows of it).
        window: the window of :func:`corpuskit.voices`.
        feelings: the column of annotated feelings (``"entity=feeling; ..."``).

    Returns:
        ``doc_id``, ``entity``, ``feeling`` (``pos``/``neg``/``neu``),
        ``n_mentions``, ``score`` (mean over mentions; NaN when the entity is
        not found in the text).

    Raises:
        ValueError: when ``feelings`` is not a column of ``articles``.
    """
    if feelings not in articles.columns:
        raise ValueError(f"feelings= {feelings!r} is not a column of articles")
    rows = []
    for _, article in articles.iterrows():
        annotated = _feelings(article[feelings])
        if not annotated:
            continue
        targets: Mapping[str, list[str]] = {e: _entity_aliases(e) for e in annotated}
        one = pd.DataFrame({"doc_id": [str(article["doc_id"])], "text": [str(article["text"])]})
        scored = stance(one, targets=Targets(targets), window=window)
        by_entity = scored.groupby("target")["score"]
        for entity, feeling in annotated.items():
            values = by_entity.get_group(entity) if entity in by_entity.groups else pd.Series([])
            rows.append(
                {
                    "doc_id": str(article["doc_id"]),
                    "entity": entity,
                    "feeling": feeling,
                    "n_mentions": len(values),
                    "score": float(values.mean()) if len(values) else np.nan,
                }
            )
    return pd.DataFrame(rows, columns=["doc_id", "entity", "feeling", "n_mentions", "score"])


def validate_basil(
    *, cv: int = 5, seed: int | None = 0, n_boot: int = 1000, model: Any = None
) -> dict[str, pd.DataFrame]:
    """Cross-validated classifier of relative stance and lexicon agreement on BASIL.

    Args:
        cv: folds.
        seed: random seed of the folds and bootstrap.
        n_boot: bootstrap resamples.
        model: an unfitted classifier; ``None`` for
            :class:`~corpuskit.voices.supervised.StanceClassifier`.

    Returns:
        ``{"classifier": ..., "lexicon": ..., "entities": ...}``: the
        cross-validation table (article text -> ``relative_stance_normalised``),
        :func:`agreement` rows (``unit`` = ``"entity"``: mean mention score
        against the author's feeling toward the entity, entities found in the
        text; ``unit`` = ``"article"``: mean sentence VADER of the article
        against ``author_feeling_main_event``), and the per-entity scores of
        :func:`basil_entity_scores`.

    Example:
        Cross-validate on the 300 BASIL articles (docs/stance.md has the numbers)::

            result = validate_basil(cv=3, n_boot=100)
            result["classifier"][["model", "macro_f1", "low", "high"]]
    """
    articles = load_dataset("basil")
    labelled = articles[articles["relative_stance_normalised"].notna()]
    table = cross_validate_stance(
        labelled["text"].astype(str).tolist(),
        labels=labelled["relative_stance_normalised"].astype(str),
        model=model,
        cv=cv,
        seed=seed,
        n_boot=n_boot,
    )
    entities = basil_entity_scores(articles)
    found = entities[entities["score"].notna() & entities["feeling"].isin(list(BASIL_LEXICON_GOLD))]
    main = articles[articles["author_feeling_main_event"].isin(list(BASIL_LEXICON_GOLD))]
    rows = [
        {"unit": "entity"} | agreement(found["score"], found["feeling"].map(BASIL_LEXICON_GOLD)),
        {"unit": "article"}
        | agreement(
            _mean_sentence_vader(main["text"].astype(str).tolist()),
            main["author_feeling_main_event"].map(BASIL_LEXICON_GOLD),
        ),
    ]
    return {"classifier": table, "lexicon": pd.DataFrame(rows), "entities": entities}
