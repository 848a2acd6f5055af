"""The dataset registry: public corpora by name, checksummed, read from a data directory."""
