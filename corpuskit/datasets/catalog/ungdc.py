"""UN General Debate Corpus, sessions 66-79 (2011-2024).

One repacked file: ``ungdc_2011_2024.parquet``, rebuilt by :func:`prepare` from
the origin's text files and its speakers workbook.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from corpuskit.datasets.model import DataFile, Dataset, Files, prose, tree_url
from corpuskit.datasets.reading import finish, na_if_empty
from corpuskit.datasets.repack import read_xlsx, require_folder, visible_files, write_parquet
from corpuskit.errors import LoadError
from corpuskit.schema import string_dtype

REPO = "SarahFranzen/Emotions_in_the_United_Nations_General_Debates"
COMMIT = "3b277c419f85fd6e1f14f69a5fd29a3a6b59fc96"

#: Years of the UN General Debate kept in the repacked table.
UNGDC_YEARS = range(2011, 2025)
_UNGDC_FILE = re.compile(r"([A-Z]+)_(\d+)_(\d{4})\.txt")
_SPEAKER_COLUMNS = ("Year", "ISO Code", "Country", "Name of Person Speaking", "Post")


def load(files: Files) -> pd.DataFrame:
    """UN General Debate speeches 2011-2024: outlet = country, authors = speaker.

    ``country``, ``speaker`` and ``speaker_post`` are stripped of surrounding
    whitespace (the speakers table has trailing spaces). Because the table spells
    a country several ways across years ("Afghanistan", "Islamic Republic of
    Afghanistan"), ``outlet`` is the canonical name per ISO3 code: its most
    frequent spelling in the corpus (ties: the shorter, then alphabetical), so
    it is set even where ``country`` is missing. A leading byte-order mark
    (193 speeches) is removed from ``text``. ``date`` is 1 January of the year
    with precision ``"year"``; ``title`` is ``"<outlet> at the UN General Debate <year>"``.

    Returns:
        The article schema, then ``country_iso3, country, session, year, speaker,
        speaker_post``. ``doc_id`` is ``ungdc/<ISO3>_<session>_<year>``.
    """
    name = "ungdc_2011_2024.parquet"
    frame = pd.read_parquet(files[name])
    for column in ("country", "speaker", "speaker_post"):
        frame[column] = na_if_empty(frame[column].str.strip())
    counts = (
        frame.dropna(subset=["country"])
        .groupby(["country_iso3", "country"])
        .size()
        .reset_index(name="n")
    )
    counts["length"] = counts["country"].str.len()
    counts = counts.sort_values(
        ["country_iso3", "n", "length", "country"], ascending=[True, False, True, True]
    )
    canonical = counts.drop_duplicates("country_iso3").set_index("country_iso3")["country"]
    outlet = frame["country_iso3"].map(canonical).fillna(frame["country_iso3"])
    year = frame["year"].astype(str)
    out = pd.DataFrame(
        {
            "doc_id": "ungdc/" + frame["doc_id"],
            "outlet": outlet,
            "date": pd.to_datetime(year + "-01-01"),
            "date_precision": "year",
            "date_raw": year,
            "title": outlet + " at the UN General Debate " + year,
            "text": frame["text"].str.removeprefix("\ufeff"),
            "authors": frame["speaker"],
            "language": "en",
            "source": f"ungdc/{name}",
            "source_row": np.arange(1, len(frame) + 1),
        }
    )
    keep = ["country_iso3", "country", "session", "year", "speaker", "speaker_post"]
    out = pd.concat([out, frame[keep]], axis=1)
    boms = int(frame["text"].str.startswith("\ufeff").sum())
    return finish(out, [f"removed a leading byte-order mark from {boms} text(s)"])


def _cell(value: object) -> object:
    """A workbook cell as written, with a missing value as ``None``."""
    return None if pd.isna(value) else value


def _speakers(path: Path) -> dict[tuple[int, str], tuple[object, object, object]]:
    """(year, ISO code) -> (country, speaker, post) from the speakers workbook, first row each."""
    sheet = read_xlsx(path)
    if sheet.empty:
        raise LoadError(path, "the workbook is empty")
    header = [str(h).strip() if not pd.isna(h) else "" for h in sheet.iloc[0]]
    missing = [name for name in _SPEAKER_COLUMNS if name not in header]
    if missing:
        raise LoadError(path, f"missing column(s) {', '.join(missing)}; found {header}")
    year, iso, country, speaker, post = (header.index(name) for name in _SPEAKER_COLUMNS)
    speakers: dict[tuple[int, str], tuple[object, object, object]] = {}
    for row in sheet.iloc[1:].itertuples(index=False):
        if pd.isna(row[year]) or pd.isna(row[iso]):
            continue
        speakers.setdefault(
            (int(row[year]), str(row[iso])),
            (_cell(row[country]), _cell(row[speaker]), _cell(row[post])),
        )
    return speakers


def prepare(origin_dir: str | Path, out_path: str | Path) -> None:
    """Rebuild ``ungdc_2011_2024.parquet`` from the UNGDC text files and speakers table.

    Steps: read ``data/data_original/TXT/Session NN - YYYY/<ISO3>_<session>_<year>.txt``
    for the years in :data:`UNGDC_YEARS` (UTF-8, text unchanged; a leading
    byte-order mark stays); join ``Country``, ``Name of Person Speaking`` and
    ``Post`` of ``data/data_original/Speakers_by_session.xlsx`` (read with
    pandas and openpyxl) on (``Year``, ``ISO Code``) exactly as written (first
    row per pair; no match gives nulls); sort by year and code; write Parquet
    with the columns ``doc_id, country_iso3, country, session, year, speaker,
    speaker_post, text`` (zstd level 19).

    Args:
        origin_dir: root of a checkout of
            ``SarahFranzen/Emotions_in_the_United_Nations_General_Debates``.
        out_path: the Parquet file to write.

    Raises:
        LoadError: naming a file that cannot be read.
    """
    root = Path(origin_dir) / "data" / "data_original"
    folder = require_folder(root / "TXT")
    speakers = _speakers(root / "Speakers_by_session.xlsx")
    rows = []
    for path in visible_files(folder, "Session * - */*.txt"):
        match = _UNGDC_FILE.fullmatch(path.name)
        if match is None or int(match.group(3)) not in UNGDC_YEARS:
            continue
        iso, session, year = match.group(1), int(match.group(2)), int(match.group(3))
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            raise LoadError(path, f"not UTF-8: byte offset {error.start}") from None
        country, speaker, post = speakers.get((year, iso), (None, None, None))
        rows.append((path.stem, iso, country, session, year, speaker, post, text))
    columns = ["doc_id", "country_iso3", "country", "session", "year"]
    columns += ["speaker", "speaker_post", "text"]
    frame = pd.DataFrame(rows, columns=columns)
    frame = frame.sort_values(["year", "country_iso3"]).reset_index(drop=True)
    text_columns = {c: string_dtype() for c in columns if c not in ("session", "year")}
    write_parquet(frame.astype({**text_columns, "session": "int64", "year": "int64"}), out_path)


DATASET = Dataset(
    name="ungdc",
    title="UN General Debate Corpus, sessions 66-79 (2011-2024)",
    description=prose(
        """
        2,714 General Debate speeches, one per member state (and the EU) per year, with speaker
        and post from the UNGDC speakers table (8 speeches have no match). Repacked: the text
        files of 2011-2024 joined with Speakers_by_session.xlsx into one Parquet table, text
        unchanged. Loaded with outlet = the country's most frequent name spelling in the corpus
        (the speakers table spells countries several ways), date = 1 January of the year
        (precision 'year') and authors = speaker.
        """
    ),
    citation=prose(
        """
        Alexander Baturo, Niheer Dasandi, Slava J. Mikhaylov (2017). Understanding State
        Preferences With Text As Data: Introducing the UN General Debate Corpus. Research &
        Politics. Also: Slava Jankin, Alexander Baturo, Niheer Dasandi, Words to unite nations:
        The complete UN General Debate Corpus, 1946-present. Journal of Peace Research.
        """
    ),
    licence=prose(
        """
        none stated in the origin repository (the Harvard Dataverse original,
        doi:10.7910/DVN/0TJX8Y, is CC0)
        """
    ),
    origin_repo=REPO,
    origin_commit=COMMIT,
    files=(
        DataFile(
            "ungdc_2011_2024.parquet",
            "a5c86b2a272187b620dc7e3498857a2442e2286de146b3d5d1bf5be70f578e9d",
            7694751,
            tree_url(REPO, COMMIT, "data/data_original"),
            (
                "data/data_original/TXT/Session * - 201[1-9]/*.txt",
                "data/data_original/TXT/Session * - 202[0-4]/*.txt",
                "data/data_original/Speakers_by_session.xlsx",
            ),
            prepared=True,
            how_prepared=prose(
                """
                repacked by corpuskit.datasets.catalog.ungdc.prepare: the 2011-2024 text files
                joined with Speakers_by_session.xlsx on (year, ISO3), one Parquet table
                """
            ),
            content_sha256="138d5d0be842571ee291ec1c9b5b64db1b9a82a87954d983631055c93553719a",
            content_key="doc_id",
        ),
    ),
    n_docs=2714,
    load=load,
    prepare=prepare,
)
