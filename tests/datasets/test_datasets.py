"""The dataset registry on the real corpora: counts, schema, metadata, lookup, checksums, errors."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.datasets import catalog, checksums
from corpuskit.datasets.catalog import MODULES
from corpuskit.datasets.registry import REGISTRY, Dataset
from corpuskit.errors import DatasetError, DatasetNotFoundError
from corpuskit.schema import CORE_COLUMNS, article_problems

COUNTS = {
    "fakes": 804,
    "ungdc": 2714,
    "article_bias_prediction": 37342,
    "bbc_news": 2225,
    "euvsdisinfo": 10892,
    "basil": 300,
    "fnc1": 904,
    "narrative_frames": 428,
    "frac_frames": 523,
    "ptc_semeval2020_task11": 371,
    "rusentrel": 71,
}

METADATA = {
    "fakes": [
        "outlet_name",
        "unit_id",
        "location",
        "actor",
        "cause_of_death",
        "nb_children",
        "nb_civilians",
        "nb_noncivilians",
        "nb_women",
        "label",
        "credible",
    ],
    "ungdc": ["country_iso3", "country", "session", "year", "speaker", "speaker_post"],
    "article_bias_prediction": ["ID", "topic", "bias_text", "bias", "source_url"],
    "bbc_news": ["category"],
    "euvsdisinfo": ["countries", "keywords", "languages", "outlets", "outlets_truncated"],
    "basil": [
        "uuid",
        "triplet-uuid",
        "main-event",
        "main-entities",
        "keywords",
        "word-count",
        "relative_stance",
        "author_feeling_main_event",
        "annotation_notes",
        "relative_stance_normalised",
        "author_feelings",
        "annotator_feelings",
        "n_lexical_spans",
        "n_informational_spans",
    ],
    "fnc1": ["Body ID"],
    "narrative_frames": ["ID", "outlet_normalised", "mbfc", "RE", "HI", "CO", "MO", "EC"],
    "frac_frames": ["label", "frame"],
    "ptc_semeval2020_task11": ["article_id"],
    "rusentrel": ["split", "article", "duplicate_of"],
}


@pytest.fixture(scope="session")
def loaded(data_dir) -> dict[str, pd.DataFrame]:
    """Every dataset loaded once per session (article_bias_prediction is the slow one)."""
    return {name: ck.load_dataset(name, data_dir=data_dir) for name in REGISTRY}


# -- the registry -------------------------------------------------------------------------------


def test_registry_lists_the_eleven_datasets_with_their_counts():
    assert {name: d.n_docs for name, d in REGISTRY.items()} == COUNTS
    table = ck.list_datasets()
    assert list(table.columns) == ["name", "title", "n_docs", "files", "licence", "citation", "url"]
    assert table.shape == (11, 7)
    row = table.set_index("name").loc["basil"]
    assert row["files"] == 601 and row["n_docs"] == 300
    assert (
        row["url"]
        == "https://github.com/launchnlp/BASIL/tree/4fdbc4f68d5ddae648990063cb6dd11424d96222"
    )


def test_registry_entries_are_complete():
    for dataset in REGISTRY.values():
        assert isinstance(dataset, Dataset)
        assert len(dataset.origin_commit) == 40 and dataset.citation and dataset.licence
        for datafile in dataset.files:
            assert len(datafile.sha256) == 64 and datafile.size > 0
            assert datafile.url.startswith("https://")
            assert datafile.prepared == (datafile.how_prepared != "copied unchanged")
    repacked = {name for name, d in REGISTRY.items() if d.repacked}
    assert repacked == {"article_bias_prediction", "bbc_news", "ungdc"}
    assert {name for name, d in REGISTRY.items() if d.prepare is not None} == repacked
    assert all(callable(d.load) for d in REGISTRY.values())
    parquet = [f for d in REGISTRY.values() for f in d.files if f.name.endswith(".parquet")]
    assert all(f.content_sha256 and f.content_key for f in parquet)
    assert REGISTRY["basil"].licence == "none stated in the repository"


def test_dataset_info_prints_citation_licence_and_checksums():
    info = ck.dataset_info("fakes")
    text = str(info)
    assert "Abu Salem" in text and "sha256: c2338e05ab32dade" in text
    assert "878865ed1ec80293dec91ff4a6e3e033d1f29b82" in text
    assert "<table>" in info._repr_html_() and "FA-KES" in info._repr_html_()
    abp = str(ck.dataset_info("article_bias_prediction"))
    assert "content sha256 (ID): 7359b3cd" in abp
    assert "repacked by corpuskit.datasets.catalog.article_bias_prediction.prepare" in abp


def test_each_dataset_is_one_module_holding_its_metadata_load_and_prepare():
    assert [module.DATASET.name for module in MODULES] == list(REGISTRY)
    for module in MODULES:
        dataset = module.DATASET
        assert module.__name__ == f"corpuskit.datasets.catalog.{dataset.name}"
        assert REGISTRY[dataset.name] is dataset
        assert dataset.load is module.load
        assert dataset.prepare is getattr(module, "prepare", None)
    # a module added to the catalog folder but not to MODULES would be silently ignored
    folder = Path(catalog.__file__).parent
    assert sorted(p.stem for p in folder.glob("[!_]*.py")) == sorted(REGISTRY)


def test_unknown_dataset_names_the_known_ones_and_a_close_match():
    with pytest.raises(DatasetError) as error:
        ck.dataset_info("fakse")
    message = str(error.value)
    assert "'fakse'" in message and "Did you mean 'fakes'?" in message
    assert "ptc_semeval2020_task11" in message and "ungdc" in message


def test_unknown_options_and_tables_are_errors(data_dir):
    with pytest.raises(
        DatasetError, match=r"load_dataset\('fakes'\) got unknown option\(s\) table"
    ):
        ck.load_dataset("fakes", data_dir=data_dir, table="stances")
    with pytest.raises(DatasetError, match="table= must be one of"):
        ck.load_dataset("fnc1", data_dir=data_dir, table="headlines")
    with pytest.raises(DatasetError, match=r"unknown option\(s\) sep"):
        ck.load_dataset("fnc1", data_dir=data_dir, sep=",")


# -- every dataset on the real corpora ----------------------------------------------------------


@pytest.mark.corpus
@pytest.mark.parametrize("name", list(COUNTS))
def test_dataset_loads_in_the_schema_with_its_metadata(loaded, name):
    frame = loaded[name]
    assert len(frame) == COUNTS[name]
    assert article_problems(frame) == []
    assert list(frame.columns[: len(CORE_COLUMNS)]) == list(CORE_COLUMNS)
    assert list(frame.columns[len(CORE_COLUMNS) :]) == METADATA[name]
    assert frame["doc_id"].is_unique
    assert frame["doc_id"].str.startswith(f"{name}/").all()
    assert (frame["language"] == ("ru" if name == "rusentrel" else "en")).all()
    report = ck.load_report(frame)
    assert report.loaded == report.total == COUNTS[name]


@pytest.mark.corpus
def test_fakes_decodes_cleanly_and_keeps_its_labels(loaded):
    fakes = loaded["fakes"]
    for column in ("title", "text"):
        assert not fakes[column].str.contains("[\ufffd\x80-\x9f•µ]", regex=True).any()
    assert fakes["outlet"].value_counts()["ahram"] == 149
    assert fakes.set_index("outlet")["outlet_name"].to_dict()["asharqalawsat"] == "Asharq Al-Awsat"
    assert fakes["outlet_name"].nunique() == 15
    assert fakes["label"].value_counts().to_dict() == {1: 426, 0: 378}
    assert fakes["credible"].sum() == 426
    assert (fakes["date_precision"] == "day").all()
    assert fakes["date"].min() == pd.Timestamp("2011-02-02")
    assert fakes["date"].max() == pd.Timestamp("2018-07-18")
    first = fakes.iloc[0]
    assert first["doc_id"] == "fakes/1914947530" and first["date_raw"] == "4/5/17"
    assert first["date"] == pd.Timestamp("2017-04-05")
    # unit_id 1926479049 is on four rows with different labels
    repeated = fakes[fakes["unit_id"] == 1926479049]["doc_id"].tolist()
    assert repeated == [f"fakes/1926479049-{k}" for k in (1, 2, 3, 4)]
    copyright_rows = fakes["text"].str.contains("Copyright 2018 TRT World", regex=False)
    assert copyright_rows.sum() == 19


@pytest.mark.corpus
def test_ungdc_outlet_is_a_stable_country_name(loaded):
    ungdc = loaded["ungdc"]
    assert ungdc["outlet"].nunique() == ungdc["country_iso3"].nunique() == 196
    assert ungdc.groupby("country_iso3")["outlet"].nunique().max() == 1
    row = ungdc.set_index("doc_id").loc["ungdc/AFG_66_2011"]
    assert row["outlet"] == "Afghanistan" and row["authors"] == "Zalmai Rassoul"
    assert row["title"] == "Afghanistan at the UN General Debate 2011"
    assert row["date"] == pd.Timestamp("2011-01-01") and row["date_precision"] == "year"
    eu = ungdc.set_index("doc_id").loc["ungdc/EU_66_2011"]
    assert eu["outlet"] == "European Union" and pd.isna(eu["country"])
    assert not ungdc["text"].str.startswith("\ufeff").any()
    assert ungdc["year"].between(2011, 2024).all()


@pytest.mark.corpus
def test_article_bias_prediction_dates_and_labels(loaded):
    abp = loaded["article_bias_prediction"]
    assert abp["bias_text"].value_counts().to_dict() == {
        "right": 13665,
        "left": 12923,
        "center": 10754,
    }
    assert abp["outlet"].nunique() == 491 and abp["topic"].nunique() == 108
    assert abp["date"].dropna().dt.year.between(1990, 2021).all()
    implausible = abp["date_raw"].str.match(r"^(0001|2050)-", na=False)
    assert implausible.sum() == 3
    assert abp.loc[implausible, "date"].isna().all()
    assert (abp.loc[implausible, "date_precision"] == "unknown").all()
    assert (abp["date_precision"] == "unknown").sum() == 4390
    assert not abp["text"].str.contains("aleppo|mosul", case=False).any()
    row = abp.set_index("ID").loc["004Gt3gcsotuiYmz"]
    assert row["outlet"] == "New York Times - News" and row["date"] == pd.Timestamp("2016-09-20")


@pytest.mark.corpus
def test_bbc_and_euvsdisinfo_specifics(loaded):
    bbc = loaded["bbc_news"]
    assert bbc["category"].value_counts().to_dict() == {
        "sport": 511,
        "business": 510,
        "politics": 417,
        "tech": 401,
        "entertainment": 386,
    }
    assert (bbc["outlet"] == "BBC News").all() and bbc["date"].isna().all()
    assert bbc["doc_id"].iloc[0] == "bbc_news/business/001"
    euvs = loaded["euvsdisinfo"]
    assert (euvs["text"] == euvs["title"]).all()
    assert euvs["outlets_truncated"].sum() == 216
    assert not euvs["outlet"].str.contains("Show more", na=False).any()
    assert euvs["url"].str.startswith("https://euvsdisinfo.eu/report/").all()


@pytest.mark.corpus
def test_basil_triplets_and_annotations(loaded):
    basil = loaded["basil"]
    assert basil["outlet"].value_counts().to_dict() == {"nyt": 100, "fox": 100, "hpo": 100}
    assert basil.groupby("triplet-uuid")["outlet"].nunique().eq(3).all()
    assert basil["triplet-uuid"].nunique() == 100
    assert basil["relative_stance"].value_counts().to_dict() == {
        "center": 144,
        "liberal": 56,
        "conservative": 38,
        "right": 37,
        "left": 25,
    }
    assert basil["relative_stance_normalised"].value_counts().to_dict() == {
        "center": 144,
        "liberal": 81,
        "conservative": 75,
    }
    row = basil.set_index("doc_id").loc["basil/2b95d2cf-e979-4f9c-ae27-9a5370934f23_1"]
    assert row["text"].startswith("WASHINGTON — Michael Steele, chairman")
    assert "\n\n“This is not something" in row["text"]
    assert row["author_feelings"] == "Barack_Obama=neu; Michael_Steele=neu"
    assert row["relative_stance"] == "center" and row["date"] == pd.Timestamp("2010-07-02")


@pytest.mark.corpus
def test_fnc1_stances_table(data_dir, loaded):
    stances = ck.load_dataset("fnc1", data_dir=data_dir, table="stances")
    assert list(stances.columns) == ["doc_id", "Headline", "Body ID", "Stance"]
    assert len(stances) == 25413
    assert stances["Stance"].value_counts().to_dict() == {
        "unrelated": 18349,
        "discuss": 4464,
        "agree": 1903,
        "disagree": 697,
    }
    assert set(stances["doc_id"]) <= set(loaded["fnc1"]["doc_id"])


@pytest.mark.corpus
def test_narrative_frames_articles_and_roles(data_dir, loaded):
    frames = loaded["narrative_frames"]
    assert frames["outlet"].nunique() == 63 and frames["outlet_normalised"].nunique() == 36
    assert str(frames["EC"].dtype) == "boolean"
    assert frames["EC"].sum() == 127 and frames["EC"].isna().sum() == 1
    assert frames["CO"].sum() == 268
    roles = ck.load_dataset("narrative_frames", data_dir=data_dir, table="roles")
    assert len(roles) == 1944 and roles.columns[0] == "doc_id"
    assert set(roles["role"]) >= {"hero", "villain", "victim"}
    assert set(roles["doc_id"]) <= set(frames["doc_id"])


@pytest.mark.corpus
def test_frac_frames_labels_and_frames(loaded):
    frac = loaded["frac_frames"]
    assert frac["label"].value_counts().sort_index().to_dict() == {
        1: 75,
        3: 23,
        4: 46,
        5: 55,
        6: 98,
        8: 42,
        9: 53,
        11: 44,
        12: 37,
        15: 50,
    }
    assert frac.loc[frac["label"] == 6, "frame"].unique().tolist() == ["Policy/political"]
    assert frac["doc_id"].iloc[0] == "frac_frames/1"


@pytest.mark.corpus
def test_ptc_span_offsets_index_into_the_text(data_dir, loaded):
    articles = loaded["ptc_semeval2020_task11"].set_index("doc_id")
    spans = ck.load_dataset("ptc_semeval2020_task11", data_dir=data_dir, table="spans")
    assert len(spans) == 6129 and spans["technique"].nunique() == 14
    assert list(spans.columns) == ["article_id", "doc_id", "technique", "start", "end"]
    text = articles.loc["ptc_semeval2020_task11/111111111", "text"]
    assert articles.loc["ptc_semeval2020_task11/111111111", "title"] == (
        "Next plague outbreak in Madagascar could be 'stronger': WHO"
    )
    first = spans.iloc[0]
    assert text[first["start"] : first["end"]] == (
        "The next transmission could be more pronounced or stronger"
    )
    # the two files with a byte-order mark keep it, so their offsets still line up
    bom = articles.loc["ptc_semeval2020_task11/712382330", "text"]
    span = spans[spans["article_id"] == 712382330].iloc[1]
    assert bom.startswith("\ufeff") and bom[span["start"] : span["end"]] == "a gross understatement"


# -- lookup, checksums and errors ---------------------------------------------------------------


def _copy_frac(data_dir: Path, into: Path) -> Path:
    target = into / "frac_frames"
    target.mkdir(parents=True)
    name = "gold_standard_single_label_all.csv"
    shutil.copyfile(data_dir / "frac_frames" / name, target / name)
    return target / name


def test_data_dirs_reads_several_folders_then_the_cache(monkeypatch, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    monkeypatch.setenv("CORPUSKIT_DATA", f"{first}{os.pathsep}{second}{os.pathsep}")
    monkeypatch.setenv("CORPUSKIT_CACHE", str(tmp_path / "cache"))
    assert ck.data_dirs() == [first, second, tmp_path / "cache"]


def test_dataset_found_in_the_second_data_folder(monkeypatch, tmp_path, data_dir):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    _copy_frac(data_dir, second)
    monkeypatch.setenv("CORPUSKIT_DATA", f"{first}{os.pathsep}{second}")
    monkeypatch.setenv("CORPUSKIT_CACHE", str(tmp_path / "cache"))
    frame = ck.load_dataset("frac_frames")
    assert len(frame) == 523


def test_missing_dataset_error_names_file_folders_and_remedies(monkeypatch, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    monkeypatch.setenv("CORPUSKIT_DATA", f"{first}{os.pathsep}{second}")
    monkeypatch.setenv("CORPUSKIT_CACHE", str(tmp_path / "cache"))
    with pytest.raises(DatasetNotFoundError) as error:
        ck.load_dataset("fnc1")
    message = str(error.value)
    assert "'competition_test_bodies.csv' not found" in message
    for folder in (first, second, tmp_path / "cache"):
        assert str(folder / "fnc1" / "competition_test_bodies.csv") in message
    assert "CORPUSKIT_DATA" in message and "corpuskit datasets fetch fnc1" in message
    assert "ck.fetch_dataset('fnc1')" in message
    assert isinstance(error.value, FileNotFoundError)


def test_offline_forbids_download_even_when_asked(monkeypatch, tmp_path):
    monkeypatch.setenv("CORPUSKIT_OFFLINE", "1")
    with pytest.raises(DatasetNotFoundError, match="CORPUSKIT_OFFLINE=1 forbids downloading"):
        ck.load_dataset("frac_frames", data_dir=tmp_path, download=True)
    assert not (tmp_path / "frac_frames").exists()


def test_checksum_mismatch_on_a_corrupted_copy(tmp_path, data_dir):
    path = _copy_frac(data_dir, tmp_path)
    data = bytearray(path.read_bytes())
    data[100] = ord("#") if data[100] != ord("#") else ord("%")
    path.write_bytes(bytes(data))
    expected = REGISTRY["frac_frames"].files[0].sha256
    with pytest.raises(DatasetError) as error:
        ck.load_dataset("frac_frames", data_dir=tmp_path)
    message = str(error.value)
    assert str(path) in message and expected in message
    assert checksums.file_sha256(path) in message
    assert len(ck.load_dataset("frac_frames", data_dir=tmp_path, verify=False)) == 523


def test_verified_files_are_not_hashed_again_until_they_change(monkeypatch, tmp_path, data_dir):
    path = _copy_frac(data_dir, tmp_path)
    calls = []
    original = checksums.file_sha256
    monkeypatch.setattr(checksums, "file_sha256", lambda p: calls.append(p) or original(p))
    ck.load_dataset("frac_frames", data_dir=tmp_path)
    ck.load_dataset("frac_frames", data_dir=tmp_path)
    assert len(calls) == 1
    data = bytearray(path.read_bytes())
    data[100] = ord("#") if data[100] != ord("#") else ord("%")
    path.write_bytes(bytes(data))
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10_000_000_000))
    with pytest.raises(DatasetError, match="checksum mismatch"):
        ck.load_dataset("frac_frames", data_dir=tmp_path)
    assert len(calls) == 2


def test_download_true_fetches_missing_files_into_the_data_dir(
    monkeypatch, tmp_path, data_dir, fake_http
):
    monkeypatch.delenv("CORPUSKIT_OFFLINE", raising=False)
    name = "gold_standard_single_label_all.csv"
    url = REGISTRY["frac_frames"].files[0].url
    fake_http.bodies[url] = (data_dir / "frac_frames" / name).read_bytes()
    frame = ck.load_dataset("frac_frames", data_dir=tmp_path, download=True)
    assert len(frame) == 523 and [u for u, _ in fake_http.requests] == [url]
    assert (tmp_path / "frac_frames" / name).is_file()
