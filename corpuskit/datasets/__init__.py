"""The dataset registry: public corpora by name, checksummed, read from a data directory.

One module per dataset in :mod:`corpuskit.datasets.catalog` (metadata, files
with hashes, ``load``, ``prepare``), collected by :mod:`.registry`; the public
functions are in :mod:`.api`; fetching goes through pooch (:mod:`.fetch`).
"""
