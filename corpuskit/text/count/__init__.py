"""The counting engine: documents x features count matrices, fast and lean.

:func:`count_matrix` gives the same vocabulary and counts as scikit-learn's
``CountVectorizer(token_pattern=rule.pattern, lowercase=True)`` (n-grams joined
with one space, stopwords removed before n-grams are built), several times
faster and with little memory. How:

1. The texts are handled in batches of about 4 MB, as Arrow strings.
2. Each batch is cut at ASCII whitespace (``pyarrow.compute.ascii_split_whitespace``)
   and the pieces are dictionary-encoded in C++. No token spans whitespace and
   the rule's look-arounds treat whitespace like the ends of a string, so
   every piece can be tokenized on its own: the token rule (a Python regular
   expression) runs once per *distinct* piece (about 600,000 for 36 million
   tokens of news), never on the full text.
3. Batches are counted in rounds of four: the round's piece dictionaries are
   merged, looked up among the pieces seen in earlier rounds
   (``pyarrow.compute.index_in``), and only new pieces are tokenized. So the
   memory holds one round's pieces, not the corpus's.
4. Counts come from sparse algebra: (documents x pieces) @ (pieces x tokens).
   With n-grams or phrases the token sequence is rebuilt with numpy gathers and
   n-grams are numbered as integer pairs, never as Python strings per token.
5. With ``n_jobs != 1`` and the ``fork`` start method, contiguous parts of the
   corpus are counted in worker processes that inherit the texts (nothing is
   pickled on the way in) and append their counts to temporary files as they
   go; the files are merged at the end, a chunk at a time, over the union of
   the workers' vocabularies. Small inputs (under 20 million characters) and
   platforms without ``fork`` are counted in-process.

Counts per document and feature are held as 32-bit integers while counting
(returned as ``int64``).

The package: :mod:`~corpuskit.text.count.engine` (:func:`count_matrix`, the
batches and the fork workers), :mod:`~corpuskit.text.count.counter` (a
worker's rounds of batches), :mod:`~corpuskit.text.count.pieces` (whitespace
pieces and their tokens, n-gram ids), :mod:`~corpuskit.text.count.parts`
(counts in memory or in files), :mod:`~corpuskit.text.count.columns`
(column maps).
"""

from corpuskit.text.count.columns import remap_columns
from corpuskit.text.count.engine import count_matrix

__all__ = ["count_matrix", "remap_columns"]
