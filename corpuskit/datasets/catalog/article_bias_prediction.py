"""Article-Bias-Prediction (AllSides): US news with left/center/right labels.

``articles.parquet`` is repacked from the origin's per-article JSON files by
:func:`prepare`; the six split TSVs are copied unchanged.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd

from corpuskit.datasets.model import DataFile, Dataset, Files, prose, raw_url, tree_url
from corpuskit.datasets.reading import finish, na_if_empty
from corpuskit.datasets.repack import require_folder, visible_files, write_parquet
from corpuskit.errors import LoadError
from corpuskit.schema import string_dtype

REPO = "ramybaly/Article-Bias-Prediction"
COMMIT = "ced8111a720948e6a410e52031ace99c4e53f096"

#: Years outside this range in Article-Bias-Prediction dates are crawl errors (0001, 2050).
ABP_PLAUSIBLE_YEARS = (1990, 2021)

#: Columns of the repacked Article-Bias-Prediction table, in order.
ABP_COLUMNS = (
    "ID",
    "source",
    "source_url",
    "url",
    "date",
    "authors",
    "topic",
    "title",
    "content_original",
    "bias_text",
    "bias",
)
#: Articles mentioning these (case-insensitive, in title or content_original) are held back.
ABP_HELD_BACK = re.compile(r"aleppo|mosul", re.IGNORECASE)


def _parse_abp_dates(raw: pd.Series) -> pd.Series:
    iso = pd.to_datetime(raw, format="%Y-%m-%d", errors="coerce")
    short = pd.to_datetime(raw, format="%m/%d/%y", errors="coerce")
    dates = iso.fillna(short)
    low, high = ABP_PLAUSIBLE_YEARS
    return dates.where(dates.dt.year.between(low, high))


def load(files: Files) -> pd.DataFrame:
    """Article-Bias-Prediction: 37,342 articles; outlet = ``source``, text = ``content_original``.

    Dates are ``YYYY-MM-DD`` (or ``M/D/YY`` on 37 rows); empty dates and years
    outside :data:`ABP_PLAUSIBLE_YEARS` give ``NaT`` with precision
    ``"unknown"`` (``date_raw`` keeps the string). ``authors`` are the
    comma-separated names joined by ``"; "``; empty strings become NA.

    Returns:
        The article schema, then ``ID, topic, bias_text, bias, source_url``.
        ``doc_id`` is ``article_bias_prediction/<ID>``.
    """
    name = "articles.parquet"
    frame = pd.read_parquet(files[name])
    dates = _parse_abp_dates(frame["date"])
    authors = na_if_empty(frame["authors"]).str.replace(r"\s*,\s*", "; ", regex=True)
    out = pd.DataFrame(
        {
            "doc_id": "article_bias_prediction/" + frame["ID"],
            "outlet": frame["source"],
            "date": dates,
            "date_precision": np.where(dates.notna(), "day", "unknown"),
            "date_raw": na_if_empty(frame["date"]),
            "title": frame["title"],
            "text": frame["content_original"],
            "url": na_if_empty(frame["url"]),
            "authors": authors,
            "language": "en",
            "source": f"article_bias_prediction/{name}",
            "source_row": np.arange(1, len(frame) + 1),
        }
    )
    out = pd.concat([out, frame[["ID", "topic", "bias_text", "bias", "source_url"]]], axis=1)
    bad = int((out["date_raw"].notna() & dates.isna()).sum())
    return finish(out, [f"{bad} implausible or unparseable date(s) loaded as NaT"])


def prepare(origin_dir: str | Path, out_path: str | Path) -> None:
    """Rebuild ``articles.parquet`` from ``data/jsons/*.json`` of Article-Bias-Prediction.

    Steps: read every JSON (one article each); keep the keys in
    :data:`ABP_COLUMNS` (dropping ``content``, the pre-tokenised copy of
    ``content_original``); drop every article whose ``title`` or
    ``content_original`` matches :data:`ABP_HELD_BACK` (the Aleppo/Mosul
    evaluation set held back, 212 articles upstream); sort by ``ID``; write
    Parquet (zstd level 19, string columns, ``bias`` int64, no index).

    Args:
        origin_dir: root of a checkout of ``ramybaly/Article-Bias-Prediction``.
        out_path: the Parquet file to write.

    Raises:
        LoadError: naming a JSON file that cannot be read or lacks a key.
    """
    folder = require_folder(Path(origin_dir) / "data" / "jsons")
    rows = []
    for path in visible_files(folder, "*.json"):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise LoadError(path, f"not a UTF-8 JSON file: {error}") from None
        missing = [column for column in ABP_COLUMNS if column not in record]
        if missing:
            raise LoadError(path, f"missing key(s) {', '.join(missing)}")
        rows.append([record[column] for column in ABP_COLUMNS])
    frame = pd.DataFrame(rows, columns=list(ABP_COLUMNS))
    held = frame["title"].str.contains(ABP_HELD_BACK) | frame["content_original"].str.contains(
        ABP_HELD_BACK
    )
    frame = frame[~held].sort_values("ID").reset_index(drop=True)
    text = {column: string_dtype() for column in ABP_COLUMNS if column != "bias"}
    write_parquet(frame.astype({**text, "bias": "int64"}), out_path)


_SPLITS = (
    ("media", "train", "79e56e281afbf9c04661e113536ade2ba42d6dba7a0ea936f6d09b5a4db0d9d1", 505218),
    ("media", "valid", "49b6a2e282ad6c6419ae5ad6fcfde19c034ae0afc39f7b06d66c16b60e3901b6", 44772),
    ("media", "test", "99dc183e1c5a16dba288e75009307292d521cc889a6ed78828333dc1fc16ed0f", 24708),
    ("random", "train", "4854d1cf756874298db9cae914b8b90920121229dd743dd3cc5836810231b80d", 531590),
    ("random", "valid", "042b577a54caaba4e401c1575a9bb64b99a801001be8704a65beb82148516d5d", 132932),
    ("random", "test", "2ba1feaba0ba56919b4f697e17eb21fb094ed47833434425de71a0a5e8affaa9", 24708),
)

DATASET = Dataset(
    name="article_bias_prediction",
    title="Article-Bias-Prediction (AllSides): US news with left/center/right labels",
    description=prose(
        """
        37,342 US news articles crawled from AllSides with outlet (491), date, topic (108) and
        a left/center/right label. Repacked: the 37,554 per-article JSON files read into one
        Parquet table without the pre-tokenised 'content' field, and the 212 articles whose
        title or body mentions Aleppo or Mosul held back as a separate evaluation set (so they
        are absent here; the split TSVs, copied unchanged, still list their IDs). Dates are
        strings as crawled: empty, M/D/YY on 37 rows, and a few implausible years (0001, 2050),
        which load as NaT.
        """
    ),
    citation=prose(
        """
        Ramy Baly, Giovanni Da San Martino, James Glass, Preslav Nakov (2020). We Can Detect
        Your Bias: Predicting the Political Ideology of News Articles. EMNLP 2020, pp.
        4982-4991.
        """
    ),
    licence=prose(
        """
        Apache License 2.0 (the repository's LICENSE); the texts belong to their publishers
        """
    ),
    origin_repo=REPO,
    origin_commit=COMMIT,
    files=(
        DataFile(
            "articles.parquet",
            "9e442bbd463cd1f04daf7d025d7cfb484f4fbf837ef6fea1cb75da15f0ea1e59",
            64474413,
            tree_url(REPO, COMMIT, "data/jsons"),
            ("data/jsons/*.json",),
            prepared=True,
            how_prepared=prose(
                """
                repacked by corpuskit.datasets.catalog.article_bias_prediction.prepare: the
                JSON files as one Parquet table, 'content' dropped, Aleppo/Mosul articles held
                back
                """
            ),
            content_sha256="7359b3cd39d24fc7fb7a90e74bd835e345797770a37517684e3365352a1b7bba",
            content_key="ID",
        ),
        *(
            DataFile(
                f"splits/{kind}/{split}.tsv",
                sha,
                size,
                raw_url(REPO, COMMIT, f"data/splits/{kind}/{split}.tsv"),
                (f"data/splits/{kind}/{split}.tsv",),
            )
            for kind, split, sha, size in _SPLITS
        ),
    ),
    n_docs=37342,
    load=load,
    prepare=prepare,
)
