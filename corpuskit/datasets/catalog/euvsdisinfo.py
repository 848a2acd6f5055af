"""EUvsDisinfo case index: pro-Kremlin disinformation claims (titles and metadata).

One file: ``posts.csv``, copied unchanged from the origin repository.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from corpuskit.datasets.model import DataFile, Dataset, Files, prose, raw_url
from corpuskit.datasets.reading import finish, read_text_table
from corpuskit.errors import LoadError

REPO = "cknabs/EUvsDisinfo"
COMMIT = "c4acb109041bdca2ecff7036b4865cf16eef52cf"


def load(files: Files) -> pd.DataFrame:
    """EUvsDisinfo cases: title-only documents, so ``text`` = ``title``.

    The title is the EUvsDisinfo editors' English paraphrase of a claim, not the
    outlet's text. ``outlet`` joins the case's outlets with ``"; "`` after
    dropping the scraping artefact ``"Show more"``; ``outlets_truncated`` says
    whether the artefact was there (the page listed more outlets than were
    scraped). ``url`` is the case URL (the source's ``id``).

    Returns:
        The article schema, then ``countries, keywords, languages, outlets``
        (``+``-joined, as in the source) and ``outlets_truncated``. ``doc_id`` is
        ``euvsdisinfo/<slug of the case URL>``.
    """
    name = "posts.csv"
    path = files[name]
    frame = read_text_table(path)
    slug = frame["id"].str.extract(r"/report/([^/]+)/?$", expand=False)
    if slug.isna().any():
        row = int(np.flatnonzero(slug.isna())[0]) + 2
        raise LoadError(path, "id is not a euvsdisinfo.eu/report/ URL", row=row, column="id")
    listed = frame["outlets"].str.split("+")
    truncated = listed.map(lambda items: isinstance(items, list) and "Show more" in items)
    outlet = listed.map(
        lambda items: (
            "; ".join(i for i in items if i != "Show more") or None
            if isinstance(items, list)
            else None
        )
    )
    out = pd.DataFrame(
        {
            "doc_id": "euvsdisinfo/" + slug,
            "outlet": outlet,
            "date": pd.to_datetime(frame["date"], format="%Y-%m-%d"),
            "date_precision": "day",
            "date_raw": frame["date"],
            "title": frame["title"],
            "text": frame["title"],
            "url": frame["id"],
            "language": "en",
            "source": f"euvsdisinfo/{name}",
            "source_row": np.arange(1, len(frame) + 1),
        }
    )
    out = pd.concat([out, frame[["countries", "keywords", "languages", "outlets"]]], axis=1)
    out["outlets_truncated"] = truncated.astype(bool)
    return finish(out, ["text is the case title (the only text available)"])


DATASET = Dataset(
    name="euvsdisinfo",
    title="EUvsDisinfo case index: pro-Kremlin disinformation claims (titles and metadata)",
    description=prose(
        """
        10,892 cases (2015-01 to 2021-02) from the EUvsDisinfo database. Each title is the
        EUvsDisinfo editors' one-line English paraphrase of a claim, not the outlet's own text,
        and it is the only text available: the loader sets text = title. Outlets, countries,
        keywords and languages are multi-valued ('+'-joined upstream); outlet lists them joined
        by '; ' without the scraping artefact 'Show more' (flagged in outlets_truncated).
        """
    ),
    citation=prose(
        """
        EU East StratCom Task Force, EUvsDisinfo database
        (euvsdisinfo.eu/disinformation-cases), scraped by C. Knabenhans (GitHub
        cknabs/EUvsDisinfo).
        """
    ),
    licence="none stated in the repository",
    origin_repo=REPO,
    origin_commit=COMMIT,
    files=(
        DataFile(
            "posts.csv",
            "f75b1f66012eeceed6b9d1e7d7c7381375892b40a9d335f2c925d7200eb8a175",
            2949875,
            raw_url(REPO, COMMIT, "data/posts.csv"),
            ("data/posts.csv",),
        ),
    ),
    n_docs=10892,
    load=load,
)
