"""FNC-1 competition test set: 904 article bodies and 25,413 headline-body stance pairs.

Two files copied unchanged; ``table="stances"`` loads the pairs.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from corpuskit.datasets.model import DataFile, Dataset, Files, prose, raw_url
from corpuskit.datasets.reading import finish, read_text_table
from corpuskit.schema import string_dtype

REPO = "FakeNewsChallenge/fnc-1"
COMMIT = "29d473af2d15278f0464d5e41e4cbe7eb58231f2"


def load(files: Files, *, table: str = "articles") -> pd.DataFrame:
    """FNC-1 competition test set.

    Args:
        files: the located files.
        table: ``"articles"`` (default): the 904 bodies in the article schema
            (``doc_id`` = ``fnc1/<Body ID>``, no outlet or date) followed by
            ``Body ID``. ``"stances"``: a plain DataFrame of the 25,413 pairs with
            columns ``doc_id`` (of the body), ``Headline``, ``Body ID``, ``Stance``.

    Returns:
        The chosen table.
    """
    if table == "stances":
        name = "competition_test_stances.csv"
        stances = read_text_table(files[name])
        stances.insert(0, "doc_id", "fnc1/" + stances["Body ID"].astype(str))
        return stances.astype(
            {"doc_id": string_dtype(), "Headline": string_dtype(), "Stance": string_dtype()}
        )
    name = "competition_test_bodies.csv"
    bodies = read_text_table(files[name])
    out = pd.DataFrame(
        {
            "doc_id": "fnc1/" + bodies["Body ID"].astype(str),
            "date_precision": "unknown",
            "text": bodies["articleBody"],
            "language": "en",
            "source": f"fnc1/{name}",
            "source_row": np.arange(1, len(bodies) + 1),
            "Body ID": bodies["Body ID"],
        }
    )
    return finish(out)


DATASET = Dataset(
    name="fnc1",
    title="FNC-1 competition test set: 904 article bodies, 25,413 headline-body stance pairs",
    description=prose(
        """
        The Fake News Challenge stage-1 competition test split (the training stances were not
        in the snapshot). The articles table holds the 904 bodies, without outlet or date;
        table='stances' gives the 25,413 (headline, body) pairs with their stance (unrelated
        18,349, discuss 4,464, agree 1,903, disagree 697).
        """
    ),
    citation=prose(
        """
        Dean Pomerleau and Delip Rao (2017). Fake News Challenge Stage 1 (FNC-1),
        fakenewschallenge.org. Bodies from W. Ferreira and A. Vlachos (2016), Emergent: a novel
        data-set for stance classification, NAACL-HLT 2016.
        """
    ),
    licence="none stated in the repository",
    origin_repo=REPO,
    origin_commit=COMMIT,
    files=(
        DataFile(
            "competition_test_bodies.csv",
            "60c9eeb15b904764d2e6512eaea31c6edf148206867284a281e11c29c9919046",
            2045680,
            raw_url(REPO, COMMIT, "competition_test_bodies.csv"),
            ("competition_test_bodies.csv",),
        ),
        DataFile(
            "competition_test_stances.csv",
            "39d5c2572e61d2f65116fdd20183aeff533abaf26134078966c337e6a8ec3329",
            2177588,
            raw_url(REPO, COMMIT, "competition_test_stances.csv"),
            ("competition_test_stances.csv",),
        ),
    ),
    n_docs=904,
    tables=("articles", "stances"),
    load=load,
)
