"""Tokens, sentences, phrases (multi-word expressions) and stopwords."""
