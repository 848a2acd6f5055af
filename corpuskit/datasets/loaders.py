"""One loader per registered dataset: its files in, an articles DataFrame out.

Every loader takes ``files`` (registry file name -> path on disk, already
located and verified by :func:`corpuskit.load_dataset`) and returns a frame in
the article schema (:func:`corpuskit.conform_articles`) followed by the
dataset's own metadata columns under their source names. ``doc_id`` is
``"<dataset>/<native id>"``; ``source`` is ``"<dataset>/<file>"`` and
``source_row`` the 1-based record number in that file (NA for one-file-per-article
datasets). Cleaning steps are listed as notes in the load report
(:func:`corpuskit.load_report`).

Loaders of datasets with several tables take ``table=``; the tables other than
``"articles"`` are plain DataFrames (documented on each loader).
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from corpuskit.datasets.fetch import folder_files
from corpuskit.errors import LoadError
from corpuskit.io.report import LoadReport, attach_report
from corpuskit.schema import conform_articles, string_dtype

Files = Mapping[str, Path]

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

#: BASIL relative_stance spellings -> the paper's three values (both spellings occur).
BASIL_STANCES: dict[str, str] = {
    "liberal": "liberal",
    "left": "liberal",
    "center": "center",
    "conservative": "conservative",
    "right": "conservative",
}

#: Narrative Frames frame columns: resolution, human interest, conflict, moral, economic.
NARRATIVE_FRAMES = ("RE", "HI", "CO", "MO", "EC")

#: Years outside this range in Article-Bias-Prediction dates are crawl errors (0001, 2050).
ABP_PLAUSIBLE_YEARS = (1990, 2021)

# 0x95 then one byte: FA-KES's placeholder for a character lost upstream.
_FAKES_PLACEHOLDER = re.compile(rb"( ?)\x95[\x81_\xb5]( ?)")


def _finish(frame: pd.DataFrame, notes: list[str] | None = None) -> pd.DataFrame:
    out = conform_articles(frame)
    return attach_report(out, LoadReport(total=len(out), loaded=len(out), notes=notes or []))


def _strings(values: object, index: pd.Index) -> pd.Series:
    return pd.Series(values, index=index, dtype=string_dtype())


def _na_if_empty(series: pd.Series) -> pd.Series:
    series = series.astype(string_dtype())
    return series.where(series.fillna("").str.strip() != "")


def _read_text_table(
    path: Path, *, buffer: io.StringIO | None = None, **options: object
) -> pd.DataFrame:
    try:
        return pd.read_csv(path if buffer is None else buffer, **options)
    except (pd.errors.ParserError, UnicodeDecodeError, ValueError) as error:
        raise LoadError(path, f"cannot parse: {error}") from None


def load_fakes(files: Files) -> pd.DataFrame:
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
    frame = _read_text_table(path, buffer=io.StringIO(text), dtype={"date": str})
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
    return _finish(out, notes)


def load_ungdc(files: Files) -> pd.DataFrame:
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
        frame[column] = _na_if_empty(frame[column].str.strip())
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
    return _finish(out, [f"removed a leading byte-order mark from {boms} text(s)"])


def _parse_abp_dates(raw: pd.Series) -> pd.Series:
    iso = pd.to_datetime(raw, format="%Y-%m-%d", errors="coerce")
    short = pd.to_datetime(raw, format="%m/%d/%y", errors="coerce")
    dates = iso.fillna(short)
    low, high = ABP_PLAUSIBLE_YEARS
    return dates.where(dates.dt.year.between(low, high))


def load_article_bias_prediction(files: Files) -> pd.DataFrame:
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
    authors = _na_if_empty(frame["authors"]).str.replace(r"\s*,\s*", "; ", regex=True)
    out = pd.DataFrame(
        {
            "doc_id": "article_bias_prediction/" + frame["ID"],
            "outlet": frame["source"],
            "date": dates,
            "date_precision": np.where(dates.notna(), "day", "unknown"),
            "date_raw": _na_if_empty(frame["date"]),
            "title": frame["title"],
            "text": frame["content_original"],
            "url": _na_if_empty(frame["url"]),
            "authors": authors,
            "language": "en",
            "source": f"article_bias_prediction/{name}",
            "source_row": np.arange(1, len(frame) + 1),
        }
    )
    out = pd.concat([out, frame[["ID", "topic", "bias_text", "bias", "source_url"]]], axis=1)
    bad = int((out["date_raw"].notna() & dates.isna()).sum())
    return _finish(out, [f"{bad} implausible or unparseable date(s) loaded as NaT"])


def load_bbc_news(files: Files) -> pd.DataFrame:
    """BBC News 2004-05: 2,225 stories, outlet ``"BBC News"``, no dates.

    Returns:
        The article schema, then ``category``. ``doc_id`` is
        ``bbc_news/<category>/<nnn>``.
    """
    name = "bbc_news.csv"
    frame = _read_text_table(files[name], dtype=str, keep_default_na=False)
    out = pd.DataFrame(
        {
            "doc_id": "bbc_news/" + frame["doc_id"],
            "outlet": "BBC News",
            "date_precision": "unknown",
            "title": frame["title"],
            "text": frame["text"],
            "language": "en",
            "source": f"bbc_news/{name}",
            "source_row": np.arange(1, len(frame) + 1),
            "category": frame["category"],
        }
    )
    return _finish(out)


def load_euvsdisinfo(files: Files) -> pd.DataFrame:
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
    frame = _read_text_table(path)
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
    return _finish(out, ["text is the case title (the only text available)"])


def _basil_feelings(annotations: dict, prefix: str) -> str | None:
    pairs = [
        f"{key[len(prefix) :]}={value}"
        for key, value in sorted(annotations.items())
        if key.startswith(prefix) and key != f"{prefix}main_event"
    ]
    return "; ".join(pairs) or None


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise LoadError(path, f"cannot read JSON: {error}") from None


def load_basil(files: Files) -> pd.DataFrame:
    """BASIL: 300 articles; paragraphs joined, article-level annotations attached.

    ``text`` joins each paragraph's sentences with a space and the paragraphs
    with a blank line. ``outlet`` is the source lower-cased (``nyt``, ``fox``,
    ``hpo``; 12 are upper-case in the files).

    Returns:
        The article schema, then the article's ``uuid, triplet-uuid, main-event,
        main-entities`` (joined by ``"; "``), ``keywords, word-count`` and, from
        ``annotations/``, ``relative_stance, author_feeling_main_event,
        annotation_notes``, ``relative_stance_normalised`` (:data:`BASIL_STANCES`: the
        files say ``left``/``right`` on 62 articles and ``liberal``/``conservative`` on
        the others), ``author_feelings`` and ``annotator_feelings``
        (``"Entity=value; ..."`` from the ``author_feeling_<entity>`` and
        ``you_feeling_<entity>`` keys), ``n_lexical_spans`` and
        ``n_informational_spans`` (phrase-level bias spans). ``doc_id`` is
        ``basil/<triplet-uuid>_<n>`` (the file name).
    """
    articles, annotations = files["articles/"], files["annotations/"]
    rows = []
    for relative in folder_files(articles, "*/*.json"):
        path = articles / relative
        article = _read_json(path)
        stem = path.stem
        ann_path = annotations / path.parent.name / f"{stem}_ann.json"
        if not ann_path.is_file():
            raise LoadError(ann_path, f"annotation file of {relative} not found")
        ann = _read_json(ann_path)
        level = ann.get("article-level-annotations", {})
        phrases = ann.get("phrase-level-annotations", [])
        paragraphs = [" ".join(sentences) for sentences in article["body-paragraphs"]]
        rows.append(
            {
                "doc_id": f"basil/{stem}",
                "outlet": str(article["source"]).lower(),
                "date_raw": article["date"],
                "title": article["title"],
                "text": "\n\n".join(paragraphs),
                "url": article.get("url"),
                "language": "en",
                "source": f"basil/articles/{relative}",
                "uuid": article["uuid"],
                "triplet-uuid": article["triplet-uuid"],
                "main-event": article.get("main-event"),
                "main-entities": "; ".join(article.get("main-entities", [])) or None,
                "keywords": article.get("keywords"),
                "word-count": article.get("word-count"),
                "relative_stance": level.get("relative_stance"),
                "author_feeling_main_event": level.get("author_feeling_main_event"),
                "annotation_notes": level.get("notes") or None,
                "relative_stance_normalised": BASIL_STANCES.get(level.get("relative_stance")),
                "author_feelings": _basil_feelings(level, "author_feeling_"),
                "annotator_feelings": _basil_feelings(level, "you_feeling_"),
                "n_lexical_spans": sum(p.get("bias") == "lex" for p in phrases),
                "n_informational_spans": sum(p.get("bias") == "inf" for p in phrases),
            }
        )
    out = pd.DataFrame(rows)
    out.insert(2, "date", pd.to_datetime(out["date_raw"], format="%Y-%m-%d"))
    out["word-count"] = out["word-count"].astype("Int64")
    return _finish(out)


def load_fnc1(files: Files, *, table: str = "articles") -> pd.DataFrame:
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
        stances = _read_text_table(files[name])
        stances.insert(0, "doc_id", "fnc1/" + stances["Body ID"].astype(str))
        return stances.astype(
            {"doc_id": string_dtype(), "Headline": string_dtype(), "Stance": string_dtype()}
        )
    name = "competition_test_bodies.csv"
    bodies = _read_text_table(files[name])
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
    return _finish(out)


def _frame_flags(series: pd.Series) -> pd.Series:
    text = series.astype(str).str.strip().str.rstrip(")")
    return text.map({"True": True, "False": False}).astype("boolean")


def load_narrative_frames(files: Files, *, table: str = "articles") -> pd.DataFrame:
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
        roles = _read_text_table(files["role_and_frame_annoations.tsv"], sep="\t")
        roles.insert(0, "doc_id", "narrative_frames/" + roles["ID"].astype(str))
        for column in NARRATIVE_FRAMES:
            roles[column] = _frame_flags(roles[column])
        text_columns = ["doc_id", "entity", "group", "role", "mbfc"]
        return roles.astype({c: string_dtype() for c in text_columns})
    name = "articles_metadata.tsv"
    frame = _read_text_table(files[name], sep="\t", dtype={"date": str})
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
    return _finish(out)


def load_frac_frames(files: Files) -> pd.DataFrame:
    """FrAC gold sentences: each of the 523 sentences is one document.

    Returns:
        The article schema (``text`` = the sentence; no outlet, date or title),
        then ``label`` (int) and ``frame`` (from :data:`FRAC_FRAMES`, our reading
        of the codes). ``doc_id`` is ``frac_frames/<row>`` (1-based data row).
    """
    name = "gold_standard_single_label_all.csv"
    path = files[name]
    frame = _read_text_table(path)
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
    return _finish(out, ["frame names are our reading of the label codes (FRAC_FRAMES)"])


def load_ptc_semeval2020_task11(files: Files, *, table: str = "articles") -> pd.DataFrame:
    """Propaganda Techniques Corpus, training articles.

    Args:
        files: the located files.
        table: ``"articles"`` (default): 371 articles; ``text`` is the file's
            text exactly (UTF-8, line ends and a leading byte-order mark kept) so
            that span offsets index into it; ``title`` is line 1 without the mark;
            then ``article_id`` (int). ``"spans"``: a plain DataFrame of the
            6,129 technique spans from ``train-task2-TC.labels`` with columns
            ``article_id, doc_id, technique, start, end`` (character offsets,
            end exclusive: ``text[start:end]``).

    Returns:
        The chosen table.
    """
    if table == "spans":
        spans = _read_text_table(
            files["train-task2-TC.labels"],
            sep="\t",
            header=None,
            names=["article_id", "technique", "start", "end"],
        )
        spans.insert(1, "doc_id", "ptc_semeval2020_task11/" + spans["article_id"].astype(str))
        return spans.astype({"doc_id": string_dtype(), "technique": string_dtype()})
    folder = files["train-articles/"]
    rows = []
    for relative in folder_files(folder, "article*.txt"):
        path = folder / relative
        match = re.fullmatch(r"article(\d+)\.txt", relative)
        if match is None:
            raise LoadError(path, "file name is not article<ID>.txt")
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as error:
            raise LoadError(path, f"not UTF-8: byte offset {error.start}") from None
        rows.append(
            {
                "doc_id": f"ptc_semeval2020_task11/{match.group(1)}",
                "date_precision": "unknown",
                "title": text.split("\n", 1)[0].removeprefix("\ufeff").strip() or None,
                "text": text,
                "language": "en",
                "source": f"ptc_semeval2020_task11/train-articles/{relative}",
                "article_id": int(match.group(1)),
            }
        )
    out = pd.DataFrame(rows).sort_values("article_id").reset_index(drop=True)
    return _finish(out, ["text is the file exactly as written, so span offsets stay valid"])


#: dataset name -> its loader.
LOADERS: dict[str, Callable[..., pd.DataFrame]] = {
    "fakes": load_fakes,
    "ungdc": load_ungdc,
    "article_bias_prediction": load_article_bias_prediction,
    "bbc_news": load_bbc_news,
    "euvsdisinfo": load_euvsdisinfo,
    "basil": load_basil,
    "fnc1": load_fnc1,
    "narrative_frames": load_narrative_frames,
    "frac_frames": load_frac_frames,
    "ptc_semeval2020_task11": load_ptc_semeval2020_task11,
}
