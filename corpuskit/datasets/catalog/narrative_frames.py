"""Narrative Frames Corpus: climate news with 5 generic frames and hero/villain/victim roles.

Three files copied unchanged; ``table="roles"`` loads the entity roles.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from corpuskit.datasets.model import DataFile, Dataset, Files, prose, raw_url
from corpuskit.datasets.reading import finish, read_text_table
from corpuskit.schema import string_dtype

REPO = "phenixace/narrative-framing"
COMMIT = "197314dfe86838e20420894bc3dfa285814dc04c"

#: Narrative Frames frame columns: resolution, human interest, conflict, moral, economic.
NARRATIVE_FRAMES = ("RE", "HI", "CO", "MO", "EC")


def _frame_flags(series: pd.Series) -> pd.Series:
    text = series.astype(str).str.strip().str.rstrip(")")
    return text.map({"True": True, "False": False}).astype("boolean")


def load(files: Files, *, table: str = "articles") -> pd.DataFrame:
    """Narrative Frames Corpus (climate news, 2017-2019).

    Args:
        files: the located files.
        table: ``"articles"`` (default): 428 articles; ``outlet`` is the source
            string as written and ``outlet_normalised`` the same lower-cased
            with spaces and punctuation removed (``"The Huffington Post"`` and
            ``"thehuffingtonpost"`` both give ``thehuffingtonpost``); then
            ``mbfc`` and the frames ``RE, HI, CO, MO, EC`` as nullable booleans
            (one article has none; one ``"False)"`` reads as False). The article
            files have no separate title: ``title`` is NA. ``"roles"``: a plain
            DataFrame of the 1,944 entity roles with ``doc_id`` first, then
            ``ID, entity, group, role, mbfc`` and the five frames.

    Returns:
        The chosen table.
    """
    if table == "roles":
        roles = read_text_table(files["role_and_frame_annoations.tsv"], sep="\t")
        roles.insert(0, "doc_id", "narrative_frames/" + roles["ID"].astype(str))
        for column in NARRATIVE_FRAMES:
            roles[column] = _frame_flags(roles[column])
        text_columns = ["doc_id", "entity", "group", "role", "mbfc"]
        return roles.astype({c: string_dtype() for c in text_columns})
    name = "articles_metadata.tsv"
    frame = read_text_table(files[name], sep="\t", dtype={"date": str})
    outlet = frame["source"].astype(string_dtype())
    out = pd.DataFrame(
        {
            "doc_id": "narrative_frames/" + frame["ID"].astype(str),
            "outlet": outlet,
            "date": pd.to_datetime(frame["date"], format="%Y-%m-%d"),
            "date_precision": "day",
            "date_raw": frame["date"],
            "text": frame["text"],
            "language": "en",
            "source": f"narrative_frames/{name}",
            "source_row": np.arange(1, len(frame) + 1),
            "ID": frame["ID"],
            "outlet_normalised": outlet.str.lower().str.replace(r"[^a-z0-9]", "", regex=True),
            "mbfc": frame["mbfc"],
        }
    )
    for column in NARRATIVE_FRAMES:
        out[column] = _frame_flags(frame[column])
    return finish(out)


DATASET = Dataset(
    name="narrative_frames",
    title="Narrative Frames Corpus: climate news with 5 generic frames and hero/villain/victim",
    description=prose(
        """
        428 climate-change articles (2017-04 to 2019-12) from 63 outlet strings (some outlets
        spelled two ways, e.g. 'rt'/'RT'; outlet_normalised merges them into 36), each with an
        MBFC bias label and five aggregated binary frames: RE resolution, HI human interest, CO
        conflict, MO moral, EC economic. table='roles' gives the 1,944 entity roles
        (hero/villain/victim). One article has no frame values; one EC value reads 'False)' and
        loads as False.
        """
    ),
    citation=prose(
        """
        Lea Frermann, Jiatong Li, Shima Khanehzar, Gosia Mikolajczak (2023). Conflicts,
        Villains, Resolutions: Towards models of Narrative Media Framing. ACL 2023.
        """
    ),
    licence="MIT (the repository's LICENSE, (c) 2023 Lea Frermann)",
    origin_repo=REPO,
    origin_commit=COMMIT,
    files=(
        DataFile(
            "articles_metadata.tsv",
            "fe9012b2ef2f807171ca0f3bd5452b3f13e7fdc0092758e2c4a06dbf5cdf3cf5",
            1713403,
            raw_url(REPO, COMMIT, "data/articles_metadata.tsv"),
            ("data/articles_metadata.tsv",),
        ),
        DataFile(
            "role_and_frame_annoations.tsv",
            "3aa6f36dec5d34cd92261ceb5325656802d9c69225d4cd75e260893f8e5c13e8",
            193210,
            raw_url(REPO, COMMIT, "data/role_and_frame_annoations.tsv"),
            ("data/role_and_frame_annoations.tsv",),
        ),
        DataFile(
            "full_annotations.json",
            "309f0de1d476afdb1af8433bd23e64cd6be7e224be9ae65c740c17305a2a4c47",
            493453,
            raw_url(REPO, COMMIT, "data/full_annotations.json"),
            ("data/full_annotations.json",),
        ),
    ),
    n_docs=428,
    tables=("articles", "roles"),
    load=load,
)
