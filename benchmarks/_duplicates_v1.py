"""find_duplicates and drop_duplicates as they were before issue #22 item 2 (commit
53424ab), kept only as the baseline of ``bench_furniture.py``. Do not import it from the library.

The original module docstring follows.

Exact and near-duplicate articles: syndicated wire copy, re-posts, double scrapes.

Texts are compared as sequences of words: whitespace-separated tokens,
case-folded, NFKC-normalised, with everything but letters and digits removed,
so case, punctuation, quotes and spacing do not matter. Two articles are
**exact** duplicates when their word sequences are equal. They are **near**
duplicates when the Jaccard similarity of their sets of word ``shingle``-grams
is at least ``threshold``:

    J(A, B) = |S(A) ∩ S(B)| / |S(A) ∪ S(B)|

Near-duplicate candidates come from MinHash signatures (Broder 1997, "On the
resemblance and containment of documents"), computed by one-permutation hashing
with rotation densification (Li, Owen & Zhang 2012; Shrivastava & Li 2014), and
locality-sensitive hashing of signature bands (Leskovec, Rajaraman & Ullman,
*Mining of Massive Datasets*, ch. 3). Every candidate pair is then checked with
the exact Jaccard similarity, so reported pairs never rest on an estimate.
Duplicates are grouped into clusters by single linkage (connected components of
the pairs found). On 37,342 AllSides articles (221 M characters) the search
takes well under a minute on two cores.

Nothing is dropped unless you ask: :func:`find_duplicates` reports, and
:func:`drop_duplicates` applies the choice of which member to keep.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata

import numpy as np
import pandas as pd
from scipy import sparse

from corpuskit._compat import keyword_only

#: Methods of :func:`find_duplicates`.
METHODS: tuple[str, ...] = ("minhash", "exhaustive", "exact")

#: Number of MinHash functions per document.
NUM_PERM = 64

#: LSH banding is chosen so that a pair at the threshold becomes a candidate
#: with at least this probability: 1 - (1 - t**r)**b >= LSH_RECALL.
LSH_RECALL = 0.995

#: Candidate pairs whose MinHash estimate is this far below the threshold are
#: not checked exactly (about five standard errors with 64 functions).
ESTIMATE_MARGIN = 0.25

#: Buckets larger than this link each member to the next one and to the first
#: (instead of all pairs), which keeps huge buckets of boilerplate tractable.
MAX_BUCKET = 100

_NOT_WORD = re.compile(r"[\W_]+")


def find_duplicates(
    articles: pd.DataFrame,
    *,
    threshold: float = 0.8,
    shingle: int = 5,
    method: str = "minhash",
    seed: int | None = 0,
) -> pd.DataFrame:
    """Find clusters of exact and near-duplicate articles.

    Args:
        articles: an articles frame (needs ``doc_id`` and ``text``; ``outlet``
            and ``date`` are reported when present).
        threshold: minimum Jaccard similarity of shingle sets for a near
            duplicate, in (0, 1].
        shingle: words per shingle (``5`` is usual for news reuse; a text
            shorter than that is one shingle).
        method: ``"minhash"`` (MinHash + LSH candidates, exact check; scales to
            tens of thousands of articles), ``"exhaustive"`` (exact Jaccard of
            every pair through a sparse product; small corpora, a check on
            ``"minhash"``) or ``"exact"`` (exact duplicates only).
        seed: seed of the MinHash functions; results are reproducible for a seed
            (``None``: a fresh random seed).

    Returns:
        One row per member of a cluster of two or more articles, columns
        ``cluster_id`` (0 is the largest cluster), ``n_members``, ``doc_id``,
        ``outlet``, ``date``, ``kind`` (``"exact"`` when the member's normalised
        text equals another member's, else ``"near"``) and
        ``similarity_to_first`` (exact Jaccard with the cluster's first member in
        row order, 1.0 for the first itself). Clusters are sorted by size, then
        by the position of their first member; members in row order. Articles
        without a single word are never reported.

    Raises:
        ValueError: an argument is out of range or a required column is missing.

    Example:
        >>> import pandas as pd
        >>> arts = pd.DataFrame({
        ...     "doc_id": ["a", "b", "c"],
        ...     "text": ["Shelling hit Aleppo on Monday.", "Shelling hit ALEPPO on Monday!",
        ...              "Mosul offensive resumes."],
        ... })
        >>> find_duplicates(arts)[["cluster_id", "doc_id", "kind"]].values.tolist()
        [[0, 'a', 'exact'], [0, 'b', 'exact']]
    """
    _check_articles(articles)
    if method not in METHODS:
        raise ValueError(f"method= must be one of {METHODS}, got {method!r}")
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold= must be in (0, 1], got {threshold!r}")
    if isinstance(shingle, bool) or not isinstance(shingle, int) or shingle < 1:
        raise ValueError(f"shingle= must be an int >= 1, got {shingle!r}")
    texts = articles["text"].astype(object).to_numpy()
    ids, lengths = _token_ids(texts)
    ends = np.cumsum(lengths)
    starts = ends - lengths
    has_words = lengths > 0
    group_of = _exact_groups(ids, starts, ends)
    sets = _ShingleSets(ids, starts, ends, shingle)
    parent = np.arange(len(texts))
    for position, group in enumerate(group_of):
        if group >= 0:
            _union(parent, position, group)
    if method != "exact":
        representatives = np.flatnonzero(has_words & (group_of == np.arange(len(texts))))
        if method == "minhash":
            pairs = _minhash_pairs(sets, representatives, threshold, seed)
        else:
            pairs = _all_pairs(sets, representatives)
        for i, j in pairs:
            if _jaccard(sets[i], sets[j]) >= threshold:
                _union(parent, i, j)
    return _cluster_frame(articles, parent, group_of, sets)


@keyword_only("clusters")
def drop_duplicates(
    articles: pd.DataFrame, *, clusters: pd.DataFrame | None = None, keep: str = "first"
) -> pd.DataFrame:
    """Drop all but one member of every duplicate cluster.

    Args:
        articles: the articles frame.
        clusters: the output of :func:`find_duplicates` for ``articles``;
            default: computed with its default settings.
        keep: ``"first"`` keeps the member that comes first in ``articles``;
            ``"earliest"`` keeps the one with the earliest ``date`` (undated
            members last, ties by row order).

    Returns:
        ``articles`` without the other members (fresh RangeIndex; ``attrs``
        kept). What was dropped travels in ``result.attrs`` as JSON-safe records
        (so ``to_parquet`` still works); :func:`dropped_duplicates` returns it as
        a DataFrame with one row per dropped article: ``cluster_id``, ``doc_id``,
        ``kept_doc_id``, ``kind``, ``similarity_to_first``.

    Raises:
        ValueError: ``keep`` is unknown or ``clusters`` names doc_ids that are not
            in ``articles``.

    Example:
        >>> import pandas as pd
        >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Same words.", "same words"]})
        >>> out = drop_duplicates(arts)
        >>> out["doc_id"].tolist(), dropped_duplicates(out)["kept_doc_id"].tolist()
        (['a'], ['a'])
    """
    if keep not in ("first", "earliest"):
        raise ValueError(f"keep= must be 'first' or 'earliest', got {keep!r}")
    _check_articles(articles)
    if clusters is None:
        clusters = find_duplicates(articles)
    position = pd.Series(np.arange(len(articles)), index=articles["doc_id"].to_numpy())
    unknown = ~clusters["doc_id"].isin(position.index)
    if unknown.any():
        missing = ", ".join(repr(v) for v in clusters.loc[unknown, "doc_id"].head(5))
        raise ValueError(f"clusters= names doc_ids that are not in articles: {missing}")
    members = clusters.assign(_position=position.loc[clusters["doc_id"].to_numpy()].to_numpy())
    if keep == "earliest" and "date" in articles.columns:
        dates = pd.to_datetime(articles["date"]).to_numpy()
        members["_date"] = dates[members["_position"].to_numpy()]
        order = ["cluster_id", "_date", "_position"]
    else:
        order = ["cluster_id", "_position"]
    members = members.sort_values(order, na_position="last", kind="stable")
    kept = members.groupby("cluster_id", sort=False)["doc_id"].transform("first")
    dropped = members.loc[members["doc_id"] != kept].assign(kept_doc_id=kept)
    dropped = dropped[["cluster_id", "doc_id", "kept_doc_id", "kind", "similarity_to_first"]]
    result = articles.loc[~articles["doc_id"].isin(dropped["doc_id"])].reset_index(drop=True)
    result.attrs = dict(articles.attrs)
    result.attrs["dropped_duplicates"] = json.loads(dropped.to_json(orient="records"))
    return result


def dropped_duplicates(articles: pd.DataFrame) -> pd.DataFrame:
    """What :func:`drop_duplicates` dropped from ``articles``, one row per dropped article.

    Args:
        articles: a frame returned by :func:`drop_duplicates`.

    Returns:
        Columns ``cluster_id, doc_id, kept_doc_id, kind, similarity_to_first``.

    Raises:
        KeyError: the frame carries no record (it did not come from
            :func:`drop_duplicates`, or a pandas operation dropped its ``attrs``).

    Example:
        >>> import pandas as pd
        >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Same words.", "same words"]})
        >>> dropped_duplicates(drop_duplicates(arts))["doc_id"].tolist()
        ['b']
    """
    if "dropped_duplicates" not in articles.attrs:
        raise KeyError("this DataFrame carries no record of dropped duplicates")
    columns = ["cluster_id", "doc_id", "kept_doc_id", "kind", "similarity_to_first"]
    return pd.DataFrame(articles.attrs["dropped_duplicates"], columns=columns)


def _check_articles(articles: pd.DataFrame) -> None:
    if not isinstance(articles, pd.DataFrame):
        raise ValueError(f"articles must be a DataFrame, got {type(articles).__name__}")
    missing = [c for c in ("doc_id", "text") if c not in articles.columns]
    if missing:
        raise ValueError(f"articles has no column {missing[0]!r}; use ck.read_articles")


def _token_ids(texts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Word ids of all texts, concatenated, and the number of words of each text.

    A word is a whitespace-separated token, case-folded and NFKC-normalised,
    with every character that is not a letter or digit removed (``"U.S."`` ->
    ``"us"``, ``"Assad's"`` -> ``"assads"``); tokens left empty are dropped. Ids are stable for a
    given corpus (order of first appearance).
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    strings = [t if isinstance(t, str) else None for t in texts]
    pieces = pc.utf8_split_whitespace(pa.array(strings, type=pa.large_string()))
    counts = pc.list_value_length(pieces).fill_null(0).to_numpy(zero_copy_only=False)
    encoded = pc.dictionary_encode(pc.list_flatten(pieces))
    vocabulary: dict[str, int] = {}
    word_of = np.array(
        [
            vocabulary.setdefault(word, len(vocabulary) + 1) if word else 0
            for word in (_normal_word(token) for token in encoded.dictionary.to_pylist())
        ],
        dtype=np.uint64,
    )
    ids = word_of[encoded.indices.to_numpy(zero_copy_only=False)]
    kept = ids > 0
    document = np.repeat(np.arange(len(texts)), counts)
    lengths = np.bincount(document[kept], minlength=len(texts)).astype(np.int64)
    return ids[kept], lengths


def _normal_word(token: str) -> str:
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", token.casefold()))


def _exact_groups(ids: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Position of the first text with the same word sequence (-1 for texts without words)."""
    first: dict[bytes, int] = {}
    group = np.full(len(starts), -1)
    for position, (start, end) in enumerate(zip(starts, ends)):
        if end > start:
            key = hashlib.blake2b(ids[start:end].tobytes(), digest_size=16).digest()
            group[position] = first.setdefault(key, position)
    return group


def _mix(values: np.ndarray) -> np.ndarray:
    """The splitmix64 finaliser: spreads every input bit over the 64 output bits."""
    x = values.astype(np.uint64, copy=True)
    x ^= x >> np.uint64(30)
    x *= np.uint64(0xBF58476D1CE4E5B9)
    x ^= x >> np.uint64(27)
    x *= np.uint64(0x94D049BB133111EB)
    x ^= x >> np.uint64(31)
    return x


class _ShingleSets:
    """The 64-bit hashes of every text's word shingles; ``sets[i]`` is text i's sorted set."""

    def __init__(self, ids: np.ndarray, starts: np.ndarray, ends: np.ndarray, shingle: int):
        weights = _mix(np.arange(1, shingle + 1, dtype=np.uint64)) | np.uint64(1)
        lengths = ends - starts
        counts = np.where(lengths > 0, np.maximum(lengths - shingle + 1, 1), 0)
        self.ends = np.cumsum(counts)
        self.starts = self.ends - counts
        padded = np.concatenate([ids, np.zeros(shingle, dtype=np.uint64)])
        every = np.zeros(len(ids), dtype=np.uint64)
        for offset in range(shingle):
            every += padded[offset : offset + len(ids)] * weights[offset]
        first = np.repeat(starts, counts) + (
            np.arange(int(counts.sum())) - np.repeat(self.starts, counts)
        )
        hashes = every[first]
        for position in np.flatnonzero((lengths > 0) & (lengths < shingle)):
            words = ids[starts[position] : ends[position]]
            hashes[self.starts[position]] = (words * weights[: len(words)]).sum(dtype=np.uint64)
        self.hashes = _mix(hashes)
        self.document = np.repeat(np.arange(len(starts)), counts)
        self._cache: dict[int, np.ndarray] = {}

    def __getitem__(self, position: int) -> np.ndarray:
        found = self._cache.get(position)
        if found is None:
            found = np.unique(self.hashes[self.starts[position] : self.ends[position]])
            self._cache[position] = found
        return found


def _bands(threshold: float) -> tuple[int, int]:
    """(bands, rows per band) with the most rows that still reach :data:`LSH_RECALL`."""
    for rows in range(NUM_PERM, 0, -1):
        bands = NUM_PERM // rows
        if 1 - (1 - threshold**rows) ** bands >= LSH_RECALL:
            return bands, rows
    return NUM_PERM, 1


def _signatures(sets: _ShingleSets, n_documents: int, seed: int) -> np.ndarray:
    """One-permutation MinHash signatures with rotation densification.

    Each shingle is hashed once (seeded); its top bits choose one of
    :data:`NUM_PERM` bins and the rest is its value; a text's signature holds the
    smallest value in each bin. An empty bin borrows the value of the next
    non-empty bin to its right plus a step per bin moved, so that two texts
    agree in a bin with probability close to their Jaccard similarity (Li, Owen
    & Zhang 2012; Shrivastava & Li 2014).
    """
    bits = NUM_PERM.bit_length() - 1
    salt = np.random.default_rng(seed).integers(0, 2**63, size=1, dtype=np.uint64)
    hashed = _mix(sets.hashes ^ salt)
    bins = (hashed >> np.uint64(64 - bits)).astype(np.int64)
    values = hashed & np.uint64((1 << (64 - bits)) - 1)
    empty = np.uint64(2**64 - 1)
    signatures = np.full(n_documents * NUM_PERM, empty, dtype=np.uint64)
    np.minimum.at(signatures, sets.document * NUM_PERM + bins, values)
    signatures = signatures.reshape(n_documents, NUM_PERM)
    filled = signatures.copy()
    step = np.uint64(1 << (64 - bits))
    for shift in range(1, NUM_PERM):
        missing = filled == empty
        if not missing.any():
            break
        donor = np.roll(signatures, -shift, axis=1)
        usable = missing & (donor != empty)
        filled[usable] = donor[usable] + step * np.uint64(shift)
    return filled


def _minhash_pairs(
    sets: _ShingleSets, representatives: np.ndarray, threshold: float, seed: int
) -> list[tuple[int, int]]:
    if len(representatives) < 2:
        return []
    signatures = _signatures(sets, len(sets.starts), seed)[representatives]
    bands, rows = _bands(threshold)
    found: list[np.ndarray] = []
    for band in range(bands):
        key = np.zeros(len(representatives), dtype=np.uint64)
        for column in range(band * rows, (band + 1) * rows):
            key = _mix(key ^ signatures[:, column])
        found.extend(_bucket_pairs(key))
    if not found:
        return []
    pairs = np.unique(np.concatenate(found).reshape(-1, 2), axis=0)
    estimate = (signatures[pairs[:, 0]] == signatures[pairs[:, 1]]).mean(axis=1)
    pairs = pairs[estimate >= threshold - ESTIMATE_MARGIN]
    return [(int(representatives[i]), int(representatives[j])) for i, j in pairs]


def _bucket_pairs(key: np.ndarray) -> list[np.ndarray]:
    """Pairs ``(i, j)``, ``i < j``, of rows that share ``key``."""
    order = np.argsort(key, kind="stable")
    bounds = np.flatnonzero(np.diff(key[order])) + 1
    starts = np.concatenate([[0], bounds])
    stops = np.concatenate([bounds, [len(key)]])
    shared = stops - starts > 1
    pairs = []
    for start, stop in zip(starts[shared], stops[shared]):
        members = np.sort(order[start:stop])
        if len(members) > MAX_BUCKET:
            links = np.concatenate(
                [
                    np.column_stack([members[:-1], members[1:]]),
                    np.column_stack([np.full(len(members) - 2, members[0]), members[2:]]),
                ]
            )
        else:
            i, j = np.triu_indices(len(members), k=1)
            links = np.column_stack([members[i], members[j]])
        pairs.append(links.ravel())
    return pairs


def _all_pairs(sets: _ShingleSets, representatives: np.ndarray) -> list[tuple[int, int]]:
    if len(representatives) < 2:
        return []
    chosen = [sets[i] for i in representatives]
    _, columns = np.unique(np.concatenate(chosen), return_inverse=True)
    lengths = np.array([len(s) for s in chosen])
    rows = np.repeat(np.arange(len(chosen)), lengths)
    matrix = sparse.csr_matrix(
        (np.ones(len(rows), dtype=np.int32), (rows, columns.ravel())),
        shape=(len(chosen), int(columns.max()) + 1),
    )
    shared = sparse.triu(matrix @ matrix.T, k=1).tocoo()
    return [
        (int(representatives[i]), int(representatives[j])) for i, j in zip(shared.row, shared.col)
    ]


def _jaccard(a: np.ndarray, b: np.ndarray) -> float:
    if len(a) == 0 or len(b) == 0:
        return 0.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (len(a) + len(b) - common)


def _find(parent: np.ndarray, i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: np.ndarray, i: int, j: int) -> None:
    root_i, root_j = _find(parent, i), _find(parent, j)
    if root_i != root_j:
        parent[max(root_i, root_j)] = min(root_i, root_j)


def _cluster_frame(
    articles: pd.DataFrame,
    parent: np.ndarray,
    group_of: np.ndarray,
    sets: _ShingleSets,
) -> pd.DataFrame:
    roots = np.array([_find(parent, i) for i in range(len(parent))])
    roots = np.where(group_of >= 0, roots, -1)
    sizes = pd.Series(roots[roots >= 0]).value_counts()
    sizes = sizes[sizes > 1]
    clustered = sorted(sizes.index, key=lambda root: (-sizes[root], root))
    group_sizes = pd.Series(group_of[group_of >= 0]).value_counts()
    members_of: dict[int, list[int]] = {int(root): [] for root in clustered}
    for position, root in enumerate(roots):
        if root in members_of:
            members_of[root].append(position)
    doc_ids = articles["doc_id"].to_numpy()
    outlet = articles["outlet"].to_numpy() if "outlet" in articles.columns else None
    date = pd.to_datetime(articles["date"]).to_numpy() if "date" in articles.columns else None
    records = []
    for cluster_id, root in enumerate(clustered):
        members = members_of[int(root)]
        first = members[0]
        for member in members:
            records.append(
                {
                    "cluster_id": cluster_id,
                    "n_members": len(members),
                    "doc_id": doc_ids[member],
                    "outlet": np.nan if outlet is None else outlet[member],
                    "date": pd.NaT if date is None else date[member],
                    "kind": "exact" if group_sizes[group_of[member]] > 1 else "near",
                    "similarity_to_first": 1.0
                    if group_of[member] == group_of[first]
                    else _jaccard(sets[member], sets[first]),
                }
            )
    columns = ["cluster_id", "n_members", "doc_id", "outlet", "date", "kind", "similarity_to_first"]
    frame = pd.DataFrame(records, columns=columns)
    frame["date"] = pd.to_datetime(frame["date"])
    return frame.astype({"cluster_id": "int64", "n_members": "int64", "similarity_to_first": float})
