"""The prepare step of each repacked dataset, on origin-layout fixtures, and the xlsx reader.

The fixtures in tests/fixtures/origin/ are invented files in the layout of each
repacked origin repository (including macOS ``._*`` junk, which must be ignored).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from corpuskit.datasets import fetch
from corpuskit.datasets.catalog import article_bias_prediction, bbc_news, ungdc
from corpuskit.datasets.repack import read_xlsx
from corpuskit.errors import LoadError


@pytest.fixture(scope="module")
def origin(fixtures: Path) -> Path:
    return fixtures / "origin"


# -- prepare() on the origin layouts ------------------------------------------------------------


def test_prepare_bbc_news_packs_text_files_into_the_csv_layout(origin, tmp_path):
    out = tmp_path / "bbc_news.csv"
    bbc_news.prepare(origin / "bbc_news", out)
    frame = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(frame.columns) == ["doc_id", "category", "title", "text"]
    assert frame["doc_id"].tolist() == ["business/001", "business/002", "tech/001"]
    assert frame["title"].tolist() == [
        "Grain prices climb",
        "Bank keeps rates",
        "Café robots arrive",
    ]
    assert frame["text"].iloc[0] == "Grain prices rose 4% on Monday.\n\nTraders blamed the weather."
    assert frame["text"].iloc[2] == (
        "Robots now serve coffee in a café.\n\n\n\nCustomers, mostly, approve."
    )
    assert out.read_bytes().startswith(b"doc_id,category,title,text\nbusiness/001,business,")


def test_prepare_article_bias_prediction_holds_back_aleppo_and_mosul(origin, tmp_path):
    out = tmp_path / "articles.parquet"
    article_bias_prediction.prepare(origin / "article_bias_prediction", out)
    frame = pd.read_parquet(out)
    assert list(frame.columns) == list(article_bias_prediction.ABP_COLUMNS)
    # sorted by ID in code-point order; c3 (body says aleppo) and d4 (title says MOSUL) held back
    assert frame["ID"].tolist() == ["A1Demo00000000a1", "b2Demo00000000b2"]
    assert frame["bias"].dtype == "int64" and frame["bias"].tolist() == [0, 2]
    assert frame.loc[0, "date"] == "" and frame.loc[0, "authors"] == ""
    assert frame.loc[1, "content_original"] == (
        "The harbour bill passed on Tuesday.\n\nIt now goes to the house."
    )
    assert "content" not in frame.columns


def test_prepare_article_bias_prediction_names_a_json_missing_a_key(origin, tmp_path):
    jsons = tmp_path / "data" / "jsons"
    shutil.copytree(origin / "article_bias_prediction" / "data" / "jsons", jsons)
    record = json.loads((jsons / "A1Demo00000000a1.json").read_text())
    del record["bias_text"]
    (jsons / "A1Demo00000000a1.json").write_text(json.dumps(record))
    with pytest.raises(LoadError, match=r"A1Demo00000000a1\.json: missing key\(s\) bias_text"):
        article_bias_prediction.prepare(tmp_path, tmp_path / "out.parquet")


def test_read_xlsx_reads_shared_rich_and_inline_strings(origin):
    sheet = read_xlsx(origin / "ungdc" / "data" / "data_original" / "Speakers_by_session.xlsx")
    assert sheet.iloc[0, :3].tolist() == ["Year", "Session", "ISO Code"]
    assert sheet.iloc[2].tolist() == [
        2011,
        66,
        "AAA",
        "Avalonia ",
        "Mira Quell",
        "Minister for Foreign Affairs",
        "English",
    ]
    assert sheet.iloc[3, 3] == "Republic of Borduria"  # rich text: two runs
    assert pd.isna(sheet.iloc[3, 5])  # empty Post cell
    assert sheet.iloc[4, 4] == "Ana Rook"  # inline string


def test_read_xlsx_rejects_a_non_workbook(tmp_path):
    path = tmp_path / "speakers.xlsx"
    path.write_text("Year,ISO Code\n")
    with pytest.raises(LoadError, match=r"speakers\.xlsx: not a readable xlsx workbook"):
        read_xlsx(path)


def test_prepare_ungdc_joins_speakers_and_keeps_2011_to_2024(origin, tmp_path):
    out = tmp_path / "ungdc.parquet"
    ungdc.prepare(origin / "ungdc", out)
    frame = pd.read_parquet(out)
    assert list(frame.columns) == [
        "doc_id",
        "country_iso3",
        "country",
        "session",
        "year",
        "speaker",
        "speaker_post",
        "text",
    ]
    assert frame["doc_id"].tolist() == ["AAA_66_2011", "BBB_66_2011", "AAA_79_2024", "EU_79_2024"]
    first = frame.iloc[0]
    assert first["country"] == "Avalonia " and first["speaker"] == "Mira Quell"
    assert first["text"] == "\ufeffMr. President, \nwe meet again.\n"  # unchanged, mark kept
    assert frame.loc[1, "country"] == "Republic of Borduria" and pd.isna(
        frame.loc[1, "speaker_post"]
    )
    assert frame[["country", "speaker", "speaker_post"]].iloc[3].isna().all()  # EU: no match
    assert frame["session"].tolist() == [66, 66, 79, 79]


def test_read_xlsx_rejects_a_truncated_workbook(tmp_path):
    whole = tmp_path / "whole.xlsx"
    pd.DataFrame({"Year": [2011], "ISO Code": ["AAA"]}).to_excel(whole, index=False)
    assert read_xlsx(whole).iloc[1].tolist() == [2011, "AAA"]
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[:-60])
    with pytest.raises(LoadError, match=r"cut\.xlsx: not a readable xlsx workbook"):
        read_xlsx(cut)


def test_prepare_ungdc_names_a_speakers_table_without_its_columns(origin, tmp_path):
    shutil.copytree(origin / "ungdc", tmp_path / "ungdc")
    speakers = tmp_path / "ungdc" / "data" / "data_original" / "Speakers_by_session.xlsx"
    pd.DataFrame({"Year": [2011], "Country": ["Avalonia"]}).to_excel(speakers, index=False)
    with pytest.raises(LoadError, match=r"missing column\(s\) ISO Code, Name of Person Speaking"):
        ungdc.prepare(tmp_path / "ungdc", tmp_path / "out.parquet")


@pytest.mark.parametrize("module", [article_bias_prediction, bbc_news, ungdc])
def test_the_old_prepare_names_still_work_with_a_warning(origin, tmp_path, module):
    name = module.DATASET.name
    old = getattr(fetch, f"prepare_{name}")
    with pytest.warns(
        FutureWarning,
        match=rf"fetch\.prepare_{name}\(\) is deprecated.*"
        rf"corpuskit\.datasets\.catalog\.{name}\.prepare\(\)",
    ):
        old(origin / name, tmp_path / "old")
    module.prepare(origin / name, tmp_path / "new")
    assert (tmp_path / "old").read_bytes() == (tmp_path / "new").read_bytes()
