"""Readers: plain text and wire copy, tables, HTML; duplicates and load reports."""
