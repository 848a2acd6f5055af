"""The corpuskit command line."""
