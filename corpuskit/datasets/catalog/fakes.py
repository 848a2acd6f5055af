"""FA-KES: fake and credible news around the Syrian war, from 15 outlets.

One file: ``fakes.csv`` (cp1252), copied unchanged from the origin repository.
"""

from __future__ import annotations

import io
import re

import numpy as np
import pandas as pd

from corpuskit.datasets.model import DataFile, Dataset, Files, prose, raw_url
from corpuskit.datasets.reading import finish, read_text_table
from corpuskit.errors import LoadError

REPO = "fakenewssyria/fake_news_detection"
COMMIT = "878865ed1ec80293dec91ff4a6e3e033d1f29b82"

#: FA-KES outlet codes -> readable outlet names (our spelling of each outlet's usual name).
FAKES_OUTLETS: dict[str, str] = {
    "ahram": "Al-Ahram",
    "alalam": "Al-Alam",
    "alaraby": "Al-Araby",
    "arabiya": "Al Arabiya",
    "asharqalawsat": "Asharq Al-Awsat",
    "dailysabah": "Daily Sabah",
    "etilaf": "Etilaf",
    "jordantimes": "Jordan Times",
    "manar": "Al-Manar",
    "nna": "NNA",
    "reuters": "Reuters",
    "sana": "SANA",
    "sputnik": "Sputnik",
    "tass": "TASS",
    "trt": "TRT",
}

# 0x95 then one byte: FA-KES's placeholder for a character lost upstream.
_FAKES_PLACEHOLDER = re.compile(rb"( ?)\x95[\x81_\xb5]( ?)")


def load(files: Files) -> pd.DataFrame:
    """FA-KES: 804 articles; outlet = the raw source code.

    The file is read as bytes; the 71 placeholders ``0x95`` + one of ``0x81``,
    ``_``, ``0xB5`` (a character lost in an upstream export) are removed, with a
    space kept where one stood on either side; the rest is decoded as cp1252,
    strictly. Dates ``M/D/YY`` give precision ``"day"``.

    Returns:
        The article schema, then ``outlet_name`` (from :data:`FAKES_OUTLETS`),
        ``unit_id, location, actor, cause_of_death, nb_children, nb_civilians,
        nb_noncivilians, nb_women, label`` (1 credible, 0 fake) and ``credible``
        (bool). ``doc_id`` is ``fakes/<unit_id>``, with ``-1``, ``-2``, ... for the
        unit_ids that repeat.
    """
    path = files["fakes.csv"]
    raw, removed = _FAKES_PLACEHOLDER.subn(
        lambda m: b" " if (m.group(1) or m.group(2)) else b"", path.read_bytes()
    )
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError as error:
        raise LoadError(
            path,
            f"byte 0x{raw[error.start]:02x} (offset {error.start} after cleaning) is not cp1252",
        ) from None
    frame = read_text_table(path, buffer=io.StringIO(text), dtype={"date": str})
    dates = pd.to_datetime(frame["date"], format="%m/%d/%y", errors="coerce")
    if dates.isna().any():
        row = int(np.flatnonzero(dates.isna())[0]) + 2
        raise LoadError(
            path, f"date {frame['date'].iloc[row - 2]!r} is not M/D/YY", row=row, column="date"
        )
    unit = frame["unit_id"].astype(str)
    repeated = frame["unit_id"].duplicated(keep=False)
    occurrence = frame.groupby("unit_id").cumcount().add(1).astype(str)
    native = unit.where(~repeated, unit + "-" + occurrence)
    unknown = sorted(set(frame["source"]) - set(FAKES_OUTLETS))
    if unknown:
        raise LoadError(path, f"unknown outlet code(s) {unknown}", column="source")
    out = pd.DataFrame(
        {
            "doc_id": "fakes/" + native,
            "outlet": frame["source"],
            "date": dates,
            "date_precision": "day",
            "date_raw": frame["date"],
            "title": frame["article_title"],
            "text": frame["article_content"],
            "language": "en",
            "source": "fakes/fakes.csv",
            "source_row": np.arange(1, len(frame) + 1),
            "outlet_name": frame["source"].map(FAKES_OUTLETS),
        }
    )
    keep = ["unit_id", "location", "actor", "cause_of_death", "nb_children", "nb_civilians"]
    keep += ["nb_noncivilians", "nb_women", "label"]
    out = pd.concat([out, frame[keep]], axis=1)
    out["credible"] = frame["label"] == 1
    notes = [f"removed {removed} placeholder(s) of characters lost upstream (0x95 + one byte)"]
    return finish(out, notes)


DATASET = Dataset(
    name="fakes",
    title="FA-KES: fake and credible news around the Syrian war (15 outlets)",
    description=prose(
        """
        804 articles from 15 Middle-East, Russian and Western outlets (2011-2018, 331 of them
        in the Aleppo-siege months 2016-06..12), labelled credible (1) or fake (0) against the
        VDC casualty database, with location, actor, cause of death and casualty counts. The
        CSV is cp1252; its only non-ASCII bytes are 71 two-byte placeholders (0x95 followed by
        0x81, '_' or 0xB5) that an upstream export left where a character was lost (curly
        quote, dash, copyright sign, Turkish letter). The loader removes them, as the rest of
        the corpus already lacks such characters. unit_id repeats on 21 rows (same article,
        different label); their doc_id gets '-1', '-2', ... in file order.
        """
    ),
    citation=prose(
        """
        Fatima K. Abu Salem, Roaa Al Feel, Shady Elbassuoni, Mohamad Jaber, May Farah (2019).
        FA-KES: A Fake News Dataset around the Syrian War. Proceedings of ICWSM 13(01):
        573-582. doi:10.1609/icwsm.v13i01.3254
        """
    ),
    licence=prose(
        """
        none stated in the repository (the Zenodo record 2607278 is described by others as CC
        BY 4.0, unchecked)
        """
    ),
    origin_repo=REPO,
    origin_commit=COMMIT,
    files=(
        DataFile(
            "fakes.csv",
            "c2338e05ab32dade097cb6044765de0c6c5405eb6fa6c7db509c536474ccb75d",
            1654895,
            raw_url(REPO, COMMIT, "input/fakes.csv"),
            ("input/fakes.csv",),
        ),
    ),
    n_docs=804,
    load=load,
)
