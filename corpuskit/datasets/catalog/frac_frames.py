"""FrAC gold: 523 frame-labelled sentences from news articles and reader comments.

One file copied unchanged; each sentence loads as one document.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from corpuskit.datasets.model import DataFile, Dataset, Files, prose, raw_url
from corpuskit.datasets.reading import finish, read_text_table
from corpuskit.errors import LoadError

REPO = "mattguida/FrAC"
COMMIT = "7c67c201d1985fc5fc9e220d577c52e6fe726fdc"

#: FrAC label codes -> frame names. Our reading of the codes as Media Frames Corpus
#: primary frames; the dataset does not state it.
FRAC_FRAMES: dict[int, str] = {
    1: "Economic",
    3: "Morality",
    4: "Fairness & equality",
    5: "Legality/crime",
    6: "Policy/political",
    8: "Security & defense",
    9: "Health & safety",
    11: "Cultural identity",
    12: "Public opinion",
    15: "Other",
}


def load(files: Files) -> pd.DataFrame:
    """FrAC gold sentences: each of the 523 sentences is one document.

    Returns:
        The article schema (``text`` = the sentence; no outlet, date or title),
        then ``label`` (int) and ``frame`` (from :data:`FRAC_FRAMES`, our reading
        of the codes). ``doc_id`` is ``frac_frames/<row>`` (1-based data row).
    """
    name = "gold_standard_single_label_all.csv"
    path = files[name]
    frame = read_text_table(path)
    unknown = sorted(set(frame["label"]) - set(FRAC_FRAMES))
    if unknown:
        raise LoadError(path, f"label code(s) {unknown} not in FRAC_FRAMES", column="label")
    rows = np.arange(1, len(frame) + 1)
    out = pd.DataFrame(
        {
            "doc_id": [f"frac_frames/{row}" for row in rows],
            "date_precision": "unknown",
            "text": frame["sentence"],
            "language": "en",
            "source": f"frac_frames/{name}",
            "source_row": rows,
            "label": frame["label"],
            "frame": frame["label"].map(FRAC_FRAMES),
        }
    )
    return finish(out, ["frame names are our reading of the label codes (FRAC_FRAMES)"])


DATASET = Dataset(
    name="frac_frames",
    title="FrAC gold: 523 frame-labelled sentences from news articles and reader comments",
    description=prose(
        """
        523 single-label sentences, each loaded as one document. label is an integer in
        {1,3,4,5,6,8,9,11,12,15}; the frame column names it by our reading of the codes as
        Media Frames Corpus primary frames (1 Economic, 3 Morality, 4 Fairness & equality, 5
        Legality/crime, 6 Policy/political, 8 Security & defense, 9 Health & safety, 11
        Cultural identity, 12 Public opinion, 15 Other). The file does not state this mapping:
        check it before relying on it.
        """
    ),
    citation=prose(
        """
        M. Guida, Y. Otmakhova, E. Hovy, L. Frermann (2025). Retain or reframe? A computational
        framework for the analysis of framing in news articles and reader comments.
        arXiv:2507.04612.
        """
    ),
    licence=prose(
        """
        as stated in the README: CC BY 4.0 for SOCC-derived sentences; NYT-derived sentences
        follow the NYT-comments corpus licence, CC BY-NC-SA 4.0
        """
    ),
    origin_repo=REPO,
    origin_commit=COMMIT,
    files=(
        DataFile(
            "gold_standard_single_label_all.csv",
            "fabc0c3e2c85fa66fa21d4419585f8d7912062142ca49d46553fd33dffefe7c3",
            85657,
            raw_url(REPO, COMMIT, "gold_standard_single_label_all.csv"),
            ("gold_standard_single_label_all.csv",),
        ),
    ),
    n_docs=523,
    load=load,
)
