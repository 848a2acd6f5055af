"""The size of the per-word caches of quote and speaker reading.

The tests of a word (is it capitalised, a country, a title, the end of a name?) are cached
per process. On all of article_bias_prediction (37,342 articles) several of them meet more
than 100,000 distinct words, so a cache of 65,536 entries evicted words it would meet again
(quotes took about 10% more CPU on 8,000 articles). 262,144 entries hold them, for about
40 MB more per process on 8,000 articles; the caches stop there, whatever the corpus.
"""

from __future__ import annotations

__all__ = ["WORD_CACHE"]

#: entries of each per-word ``functools.lru_cache`` of :mod:`corpuskit.voices`
WORD_CACHE = 1 << 18
