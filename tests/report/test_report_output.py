"""What reports and tables write: no spreadsheet formulas, the load report, safe output folders."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from corpuskit.cli.main import main
from corpuskit.io.export import to_csv
from corpuskit.io.report import LoadWarning
from corpuskit.report.build import build_report, run_report
from corpuskit.report.config import parse_config
from corpuskit.voices.annotate import export_annotation

HOSTILE = ['=HYPERLINK("http://x.test","y")', "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
NEUTRALISED = ["'" + cell for cell in HOSTILE]


def read_back(path, **options) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, **options)


def test_to_csv_quotes_formula_cells_and_keeps_numbers(tmp_path):
    frame = pd.DataFrame(
        {
            "text": [*HOSTILE, "plain", None],
            "n": [-2, -1, 0, 1, 2, 3, 4, 5],
            "x": [-2.5, 0.5, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
            "tag": pd.Categorical(["=a", "b", "=a", "b", "b", "b", "b", "b"]),
        }
    )
    to_csv(frame, tmp_path / "safe.csv")
    safe = read_back(tmp_path / "safe.csv")
    assert safe["text"].tolist() == [*NEUTRALISED, "plain", ""]
    assert safe["n"].tolist() == ["-2", "-1", "0", "1", "2", "3", "4", "5"]
    assert safe["x"].tolist()[:2] == ["-2.5", "0.5"]
    assert safe["tag"].tolist()[:3] == ["'=a", "b", "'=a"]
    assert frame["text"].iloc[0] == HOSTILE[0]  # the frame itself is unchanged
    to_csv(frame, tmp_path / "raw.csv", safe=False)
    assert read_back(tmp_path / "raw.csv")["text"].tolist() == [*HOSTILE, "plain", ""]


def test_to_csv_quotes_formula_column_names_and_writes_tsv(tmp_path):
    to_csv(pd.DataFrame({"=cmd": ["@x"], "ok": [1]}), tmp_path / "t.tsv", sep="\t")
    assert (tmp_path / "t.tsv").read_bytes() == b"'=cmd\tok\r\n'@x\t1\r\n"


def write_articles(folder, *, titles, bad_rows=()) -> None:
    """A CSV of ``len(titles)`` articles; the rows in ``bad_rows`` (1-based) have no text."""
    lines = ["doc_id,outlet,date,title,text"]
    for number, title in enumerate(titles, start=1):
        text = "" if number in bad_rows else f"Shelling in Aleppo on day {number}."
        quoted = '"' + title.replace('"', '""') + '"'
        lines.append(f"d{number},wire,2016-07-{number:02d},{quoted},{text}")
    (folder / "articles.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def config_on(folder, analyses: str, *, skip_errors: bool = False):
    text = f'[data]\npaths = ["articles.csv"]\nskip_errors = {str(skip_errors).lower()}\n'
    return parse_config(text + analyses, base=folder)


DESCRIBE_BY_TITLE = '[[analyses]]\nkind = "describe"\nby = "title"\n'


def test_report_tables_neutralise_formulas_unless_raw(tmp_path):
    articles = pd.DataFrame(
        {
            "doc_id": [f"d{n}" for n in range(6)],
            "outlet": HOSTILE,
            "date": pd.to_datetime(["2016-07-01"] * 6),
            "text": ["Shelling in Aleppo."] * 6,
        }
    )
    config = config_on(tmp_path, '[[analyses]]\nkind = "describe"\n')
    report = build_report(config, articles=articles, progress=False)
    report.write(tmp_path / "safe")
    safe = read_back(tmp_path / "safe" / "tables" / "describe_summary.csv")
    assert sorted(safe["outlet"]) == sorted(NEUTRALISED)
    assert safe["n_docs"].tolist() == ["1"] * 6
    report.write(tmp_path / "raw", safe_csv=False)
    raw = read_back(tmp_path / "raw" / "tables" / "describe_summary.csv")
    assert sorted(raw["outlet"]) == sorted(HOSTILE)


def test_cli_load_out_csv_neutralises_formulas_unless_raw_csv(tmp_path, capsys):
    # the readers turn a carriage return into a line break, so "\r=1" cannot reach --out
    readable = HOSTILE[:5]
    write_articles(tmp_path, titles=readable)
    source = str(tmp_path / "articles.csv")
    assert main(["load", source, "--out", str(tmp_path / "x.csv")]) == 0
    safe = read_back(tmp_path / "x.csv")
    assert safe["title"].tolist() == NEUTRALISED[:5]
    assert safe["doc_id"].tolist() == [f"d{n}" for n in range(1, 6)]
    assert main(["load", source, "--out", str(tmp_path / "raw.tsv"), "--raw-csv"]) == 0
    assert read_back(tmp_path / "raw.tsv", sep="\t")["title"].tolist() == readable


def test_cli_load_skipped_csv_neutralises_file_names(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "=cmd.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "ok.txt").write_text("Talks resume\n\nTalks resumed on Monday.\n")
    args = ["load", "=cmd.txt", "ok.txt", "--skip-errors", "--out", "x.parquet"]
    with pytest.warns(LoadWarning, match="=cmd.txt: looks binary"):
        assert main([*args, "--skipped", "skips.csv"]) == 0
    assert read_back(tmp_path / "skips.csv")["source"].tolist() == ["'=cmd.txt"]
    with pytest.warns(LoadWarning):
        assert main([*args, "--skipped", "raw.csv", "--raw-csv"]) == 0
    assert read_back(tmp_path / "raw.csv")["source"].tolist() == ["=cmd.txt"]


def test_annotation_export_neutralises_contexts(tmp_path):
    sample = pd.DataFrame({"annotation_id": [1, 2], "doc_id": ["a", "b"], "context": HOSTILE[:2]})
    path = export_annotation(sample, tmp_path / "a.csv", coders=["ann"])
    assert read_back(path)["context"].tolist() == NEUTRALISED[:2]
    raw = export_annotation(sample, tmp_path / "raw.csv", coders=["ann"], safe=False)
    assert read_back(raw)["context"].tolist() == HOSTILE[:2]


def test_report_records_skipped_rows_in_metadata_and_html(tmp_path):
    write_articles(tmp_path, titles=[f"Title {n}" for n in range(1, 23)], bad_rows=(5, 12))
    config = config_on(tmp_path, '[[analyses]]\nkind = "describe"\n', skip_errors=True)
    with pytest.warns(LoadWarning, match="skipped 2 of 22"):
        page = run_report(config, tmp_path / "out", progress=False).read_text(encoding="utf-8")
    metadata = json.loads((tmp_path / "out" / "metadata.json").read_text())
    source = str(tmp_path / "articles.csv")
    assert metadata["load_report"] == {
        "total": 22,
        "loaded": 20,
        "skipped": 2,
        "skips": [
            {"source": source, "row": 5, "column": "text", "reason": "empty text"},
            {"source": source, "row": 12, "column": "text", "reason": "empty text"},
        ],
        "notes": [],
    }
    assert metadata["n_docs_loaded"] == 20
    assert "<dd>20 loaded of 22 records (2 skipped), 20 after the filter</dd>" in page
    assert "2 of 22 records were skipped while loading; see the" in page
    for row in (5, 12):
        cells = f'<td>{source}</td><td class="num">{row}</td><td>text</td><td>empty text</td>'
        assert cells in page


def test_report_without_skips_says_so(tmp_path):
    write_articles(tmp_path, titles=["A", "B"])
    config = config_on(tmp_path, '[[analyses]]\nkind = "describe"\n')
    page = run_report(config, tmp_path / "out", progress=False).read_text(encoding="utf-8")
    assert "<dd>2 loaded of 2 records (0 skipped), 2 after the filter</dd>" in page
    assert "skipped while loading" not in page


@pytest.fixture
def study(tmp_path):
    """A small study: articles and a configuration file in ``tmp_path``."""
    write_articles(tmp_path, titles=["A", "B", "C"])
    path = tmp_path / "study.toml"
    path.write_text('[data]\npaths = ["articles.csv"]\n' + DESCRIBE_BY_TITLE, encoding="utf-8")
    return path


def snapshot(folder) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


@pytest.mark.parametrize("overwrite", [[], ["--overwrite"]])
def test_out_into_a_users_folder_is_refused_and_left_alone(study, tmp_path, capsys, overwrite):
    mine = tmp_path / "mine"
    (mine / "tables").mkdir(parents=True)
    (mine / "report.html").write_text("<p>my own report</p>")
    (mine / "config.toml").write_text("mine = true\n")
    (mine / "tables" / "data.csv").write_text("a\n1\n")
    before = snapshot(mine)
    assert main(["report", str(study), "--out", str(mine), "--quiet", *overwrite]) == 2
    error = capsys.readouterr().err
    assert f"report output folder '{mine}' holds files that are not part of a corpuskit" in error
    assert "(config.toml, report.html, tables); it is never replaced, even with --overwrite" in (
        error
    )
    assert snapshot(mine) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.csv", "mine", "study.toml"]


def test_out_into_an_earlier_report_needs_overwrite(study, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["report", str(study), "--out", str(out), "--quiet"]) == 0
    before = snapshot(out)
    assert main(["report", str(study), "--out", str(out), "--quiet"]) == 2
    error = capsys.readouterr().err
    assert f"report output folder '{out}' holds an earlier report; pass --overwrite" in error
    assert snapshot(out) == before


def test_overwrite_replaces_the_whole_earlier_report(study, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["report", str(study), "--out", str(out), "--quiet"]) == 0
    (out / "tables" / "old_section_terms.csv").write_text("stale\n")
    (out / "figures" / "old_section.png").write_bytes(b"\x89PNG stale")
    assert main(["report", str(study), "--out", str(out), "--quiet", "--overwrite"]) == 0
    assert sorted(snapshot(out)) == [
        "config.toml",
        "metadata.json",
        "report.html",
        "tables/describe_summary.csv",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.csv", "out", "study.toml"]


@pytest.mark.parametrize("extra", ["draft.docx", "figures/notes.txt", "tables/sub/x.csv"])
def test_overwrite_refuses_a_report_holding_a_users_file(study, tmp_path, capsys, extra):
    out = tmp_path / "out"
    assert main(["report", str(study), "--out", str(out), "--quiet"]) == 0
    (out / extra).parent.mkdir(parents=True, exist_ok=True)
    (out / extra).write_text("mine\n")
    before = snapshot(out)
    assert main(["report", str(study), "--out", str(out), "--quiet", "--overwrite"]) == 2
    shown = extra.rsplit("/", 1)[0] if extra.count("/") == 2 else extra
    assert f"corpuskit report ({shown}); it is never replaced" in capsys.readouterr().err
    assert snapshot(out) == before


def test_overwrite_replaces_a_file_browsers_leftovers(study, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["report", str(study), "--out", str(out), "--quiet"]) == 0
    (out / ".DS_Store").write_bytes(b"\0")
    assert main(["report", str(study), "--out", str(out), "--quiet", "--overwrite"]) == 0
    assert not (out / ".DS_Store").exists()


def test_a_failing_write_leaves_the_earlier_report(study, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run_report(study, out, progress=False)
    before = snapshot(out)

    def broken(report):
        raise RuntimeError("rendering failed")

    monkeypatch.setattr("corpuskit.report.html.render_html", broken)
    with pytest.raises(RuntimeError, match="rendering failed"):
        run_report(study, out, overwrite=True, progress=False)
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.csv", "out", "study.toml"]


def test_python_api_names_overwrite_and_accepts_an_empty_folder(study, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    assert run_report(study, out, progress=False) == out / "report.html"
    with pytest.raises(FileExistsError, match=r"holds an earlier report; pass overwrite=True"):
        run_report(study, out, progress=False)
    with pytest.raises(FileExistsError, match="is a file, not a folder"):
        run_report(study, study, progress=False)


def test_demo_out_refuses_a_users_folder_before_loading(tmp_path, capsys):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me\n")
    assert main(["demo", "--out", str(mine), "--overwrite", "--quiet"]) == 2
    assert "report (notes.txt); it is never replaced, even with --overwrite" in (
        capsys.readouterr().err
    )
    assert (mine / "notes.txt").read_text() == "keep me\n"
