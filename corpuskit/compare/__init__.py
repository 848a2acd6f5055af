"""Comparing sub-corpora: keyness, frequencies and dispersion, collocations, KWIC, resampling."""
