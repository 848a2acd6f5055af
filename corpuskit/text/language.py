"""Each document's language: ``ck.detect_language(articles)``.

Detection uses py3langid (BSD-3-Clause; the optional extra
``corpuskit[lang]``), a maintained fork of langid.py: a naive Bayes model over
byte n-grams for 97 languages, shipped inside the package, so it runs offline.
It is run on demand, never by :func:`corpuskit.read_articles`, so loading stays
as fast as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

import pandas as pd

__all__ = ["DETECT_CHARS", "detect_language"]

#: How many leading characters of each text are read (more adds time, not accuracy).
DETECT_CHARS = 5000


@cache
def _identifier(languages: tuple[str, ...] | None) -> Any:
    try:
        from py3langid import langid  # optional dependency: corpuskit[lang]
    except ImportError:
        raise ImportError(
            "language detection needs py3langid: pip install 'corpuskit[lang]'"
        ) from None
    identifier = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE)
    if languages is not None:
        identifier.set_languages(list(languages))
    return identifier


def _detect(text: object, identifier: Any) -> str | None:
    if not isinstance(text, str) or not any(c.isalpha() for c in text[:DETECT_CHARS]):
        return None
    return str(identifier.classify(text[:DETECT_CHARS])[0])


def detect_language(
    articles: pd.DataFrame,
    *,
    text_column: str = "text",
    languages: Sequence[str] | None = None,
    overwrite: bool = False,
) -> pd.DataFrame:
    """Fill the ``language`` column (ISO 639-1 codes) by detecting each text's language.

    Args:
        articles: an articles table.
        text_column: the column holding the text (the title is used when the
            text is missing).
        languages: the codes to choose from (e.g. ``("en", "ru")``), which makes
            detection of short texts more reliable; ``None``: all 97 of py3langid.
        overwrite: detect every document, replacing languages already set;
            by default only missing ones are filled.

    Returns:
        A copy of ``articles`` with ``language`` filled; a text without any
        letter stays ``<NA>``.

    Raises:
        KeyError: when ``text_column`` is not a column.
        ImportError: when py3langid is not installed.

    Example:
        >>> import pandas as pd
        >>> articles = pd.DataFrame({"text": ["Боевики покинули Мосул.",
        ...                                   "Militants left Mosul.", None]})
        >>> detect_language(articles)["language"].tolist()
        ['ru', 'en', <NA>]
    """
    if text_column not in articles.columns:
        raise KeyError(
            f"text_column={text_column!r} is not a column of articles; columns: "
            + ", ".join(map(str, articles.columns))
        )
    identifier = _identifier(None if languages is None else tuple(sorted(languages)))
    result = articles.copy()
    current = (
        result["language"].astype("string")
        if "language" in result.columns
        else pd.Series(pd.NA, index=result.index, dtype="string")
    )
    todo = current.isna() | overwrite
    texts = result[text_column].where(result[text_column].notna(), result.get("title"))
    detected = [_detect(text, identifier) for text in texts[todo]]
    current[todo] = pd.array(detected, dtype="string")
    result["language"] = current
    return result
