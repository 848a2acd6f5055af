"""Tests of ck.Dictionary: construction, editing and the file formats."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from corpuskit.errors import LoadError
from corpuskit.lexicons.dictionary import Dictionary, Entry
from corpuskit.lexicons.formats import DictionaryFormatError


@pytest.fixture
def nested() -> Dictionary:
    return Dictionary(
        {
            "conflict": ["clash*", "fight*"],
            "humanitarian": {"aid": ["aid", "relief convoy*"], "casualties": ["killed"]},
        },
        name="demo",
        version="0.1",
        description="a test dictionary",
        references=["Someone (2000). A paper."],
        licence="MIT",
        descriptions={"humanitarian": "consequences", "humanitarian/aid": "help"},
    )


# ---------------------------------------------------------------------- construction


def test_categories_are_flat_paths_in_order(nested: Dictionary) -> None:
    assert nested.categories == ["conflict", "humanitarian/aid", "humanitarian/casualties"]
    assert len(nested) == 3
    assert nested.n_entries == 5
    assert list(nested) == nested.categories


def test_contains_leaves_and_parents(nested: Dictionary) -> None:
    assert "humanitarian" in nested
    assert "humanitarian/aid" in nested
    assert "humanitarian/ai" not in nested
    assert "aid" not in nested
    assert 3 not in nested


def test_entry_kinds_and_whitespace() -> None:
    d = Dictionary({"a": ["  war   crime* ", "liberat*", "siege", ("truce", 2), {"entry": "x y"}]})
    frame = d.to_frame()
    assert frame["entry"].tolist() == ["war crime*", "liberat*", "siege", "truce", "x y"]
    assert frame["kind"].tolist() == ["phrase", "glob", "word", "word", "phrase"]
    assert frame["weight"].tolist() == [1.0, 1.0, 1.0, 2.0, 1.0]
    assert frame["category"].unique().tolist() == ["a"]
    assert d.is_weighted


def test_path_keys_and_nested_keys_are_the_same() -> None:
    flat = Dictionary({"a/b": ["x"], "a/c": ["y"]})
    tree = Dictionary({"a": {"b": ["x"], "c": ["y"]}})
    assert flat == tree
    assert tree.to_dict() == {"a": {"b": ["x"], "c": ["y"]}}


def test_duplicate_entries_collapse_but_conflicting_weights_fail() -> None:
    assert Dictionary({"a": ["x", "x", "y"]}).n_entries == 2
    with pytest.raises(ValueError, match="'x' is given with two weights"):
        Dictionary({"a": ["x", ("x", 2)]})


@pytest.mark.parametrize(
    ("categories", "message"),
    [
        ({"a": ["x"], "a/b": ["y"]}, "'a' holds entries and also the subcategory 'a/b'"),
        ({"a": {"entries": ["x"]}}, "'entries' is reserved"),
        ({"a//b": ["x"]}, "empty name part"),
        ({"a": ["***"]}, "must hold a letter or digit"),
        ({"a": [3]}, "an entry must be a string"),
        ({"a": [("x", "heavy")]}, "weight of entry 'x' must be a finite number"),
        ({"a": 7}, "must hold a list of entries"),
    ],
)
def test_invalid_dictionaries_are_rejected(categories: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Dictionary(categories)


def test_metadata_is_checked() -> None:
    with pytest.raises(ValueError, match="version= must be a string"):
        Dictionary({"a": ["x"]}, version=1.0)
    with pytest.raises(ValueError, match="descriptions= names the unknown category 'b'"):
        Dictionary({"a": ["x"]}, descriptions={"b": "nope"})
    with pytest.raises(ValueError, match="case_sensitive= must be True or False"):
        Dictionary({"a": ["x"]}, case_sensitive="yes")
    assert Dictionary({"a": ["x"]}, references="One ref").references == ("One ref",)


# ---------------------------------------------------------------------- editing


def test_levels_pool_entries(nested: Dictionary) -> None:
    top = nested.levels(1)
    assert top.categories == ["conflict", "humanitarian"]
    assert [e.pattern for e in top.entries("humanitarian")] == ["aid", "relief convoy*", "killed"]
    assert top.descriptions == {"humanitarian": "consequences"}
    assert nested.levels(5) == nested
    with pytest.raises(ValueError, match="depth= must be an integer >= 1"):
        nested.levels(0)


def test_entries_of_parent_and_unknown(nested: Dictionary) -> None:
    assert [e.pattern for e in nested.entries("humanitarian/casualties")] == ["killed"]
    assert len(nested.entries("humanitarian")) == 3
    with pytest.raises(KeyError, match="unknown category 'nope'"):
        nested.entries("nope")


def test_merge_pools_shared_categories(nested: Dictionary) -> None:
    other = Dictionary(
        {"conflict": ["clash*", "feud*"], "truce": ["truce"]}, descriptions={"truce": "t"}
    )
    merged = nested.merge(other)
    assert merged.categories == [*nested.categories, "truce"]
    assert [e.pattern for e in merged.entries("conflict")] == ["clash*", "fight*", "feud*"]
    assert merged.name == "demo"
    assert merged.descriptions["truce"] == "t"
    with pytest.raises(ValueError, match="case-sensitive"):
        nested.merge(Dictionary({"x": ["y"]}, case_sensitive=True))


def test_extend_adds_to_new_or_existing_leaf(nested: Dictionary) -> None:
    grown = nested.extend("conflict", ["feud*", ("war", 2)]).extend("naming/rebels", "rebel*")
    assert [e.pattern for e in grown.entries("conflict")] == ["clash*", "fight*", "feud*", "war"]
    assert grown.entries("conflict")[-1] == Entry("war", 2)
    assert grown.categories[-1] == "naming/rebels"
    assert nested.n_entries == 5  # the original is unchanged
    with pytest.raises(ValueError, match="'humanitarian' holds entries"):
        nested.extend("humanitarian", ["x"])


def test_drop_categories_and_entries(nested: Dictionary) -> None:
    assert nested.drop("humanitarian").categories == ["conflict"]
    dropped = nested.drop(entries=["killed", "clash*"])
    assert dropped.categories == nested.categories
    assert dropped.n_entries == 3
    assert dropped.entries("humanitarian/casualties") == ()
    with pytest.raises(KeyError, match="unknown categories"):
        nested.drop("nope")


def test_subset_keeps_given_order(nested: Dictionary) -> None:
    sub = nested.subset(["humanitarian/casualties", "conflict"])
    assert sub.categories == ["humanitarian/casualties", "conflict"]
    assert sub.descriptions == {"humanitarian": "consequences"}
    assert nested.subset("humanitarian").categories == [
        "humanitarian/aid",
        "humanitarian/casualties",
    ]
    with pytest.raises(KeyError, match="unknown category 'x'"):
        nested.subset("x")


def test_repr_and_html(nested: Dictionary) -> None:
    assert repr(nested) == "<Dictionary 'demo' v0.1: 3 categories, 5 entries>"
    page = nested._repr_html_()
    assert "<code>humanitarian/aid</code>" in page
    assert "relief convoy*" in page
    assert "<td>help</td>" in page


# ---------------------------------------------------------------------- corpuskit YAML


def test_yaml_round_trip(nested: Dictionary, tmp_path: Path) -> None:
    weighted = nested.extend("conflict", [("war crime*", 2.5)])
    path = weighted.to_yaml(tmp_path / "d.yaml")
    back = Dictionary.from_yaml(path)
    assert back == weighted
    assert back.entries("conflict")[-1] == Entry("war crime*", 2.5)
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert raw["meta"] == {
        "name": "demo",
        "version": "0.1",
        "description": "a test dictionary",
        "references": ["Someone (2000). A paper."],
        "licence": "MIT",
        "case_sensitive": False,
    }
    assert raw["categories"]["humanitarian"]["description"] == "consequences"
    assert raw["categories"]["humanitarian"]["aid"] == {
        "description": "help",
        "entries": ["aid", "relief convoy*"],
    }
    assert raw["categories"]["conflict"]["entries"][-1] == {"entry": "war crime*", "weight": 2.5}
    # and once more: the written file is stable
    assert back.to_yaml(tmp_path / "again.yaml").read_text() == path.read_text()


def test_yaml_reads_words_as_written(tmp_path: Path) -> None:
    path = tmp_path / "words.yaml"
    path.write_text(
        "meta:\n  version: 1.0\ncategories:\n  answers:\n    entries: [no, yes, null, 12]\n"
    )
    d = Dictionary.from_yaml(path)
    assert d.version == "1.0"
    assert [e.pattern for e in d.entries("answers")] == ["no", "yes", "null", "12"]
    assert d.name is None


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("categories:\n  a:\n    entries: [x\n", 4, "invalid YAML"),
        ("categories:\n  a:\n    entries: x: y\n", 3, "invalid YAML"),
        ("meta:\n  name: d\n  author: me\ncategories:\n  a: {entries: [x]}\n", 3, "unknown meta"),
        ("categories:\n  a:\n    entries: [x]\n  a:\n    entries: [y]\n", 4, "repeats the key 'a'"),
        ("categories:\n  a:\n    entries:\n    - x\n    - [y]\n", 5, "an entry must be a string"),
        ("categories:\n  a:\n    entries: [x]\n    b:\n      entries: [y]\n", 3, r"also \['b'\]"),
        ("categories:\n  a: [x, y]\n", 2, "must be a mapping with 'entries:'"),
        ("categories:\n  a:\n    entries:\n    - {entry: x, weight: heavy}\n", 4, "finite number"),
        ("meta:\n  case_sensitive: maybe\ncategories:\n  a: {entries: [x]}\n", 2, "true or false"),
        ("categories:\n  description: {entries: [x]}\n", 2, "'description' is reserved"),
        ("categories:\n  a:\n    entries:\n    - *-led\n", 4, "quote entries that start with"),
    ],
)
def test_malformed_yaml_names_file_and_line(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(text)
    with pytest.raises(DictionaryFormatError, match=message) as info:
        Dictionary.from_yaml(path)
    assert str(info.value).startswith(f"{path}, line {line}: ")
    assert info.value.line == line
    assert isinstance(info.value, LoadError)


def test_yaml_without_categories_or_empty(tmp_path: Path) -> None:
    path = tmp_path / "meta_only.yaml"
    path.write_text("meta:\n  name: x\n")
    with pytest.raises(DictionaryFormatError, match="needs a 'categories:' section"):
        Dictionary.from_yaml(path)
    path.write_text("")
    with pytest.raises(DictionaryFormatError, match="the file is empty"):
        Dictionary.from_yaml(path)
    with pytest.raises(DictionaryFormatError, match="file not found"):
        Dictionary.from_yaml(tmp_path / "missing.yaml")


# ---------------------------------------------------------------------- LIWC


def test_liwc_import(fixtures: Path) -> None:
    d = Dictionary.from_liwc(fixtures / "lexicons" / "mini.dic")
    assert d.name == "mini"
    assert d.to_dict() == {
        "siege": ["besieg*", "blockade", "siege", "encircle*"],
        "truce": ["cease fire", "ceasefire", "humanitarian pause"],
        "aid": ["humanitarian pause", "aid", "relief convoy*"],
        "unused": [],
    }
    assert d.descriptions == {"siege": "Siege and encirclement"}
    assert Dictionary.from_liwc(fixtures / "lexicons" / "mini.dic", name="x").name == "x"


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("1\tsiege\n%\nsiege\t1\n", 1, "must open with a line holding only '%'"),
        ("%\n1\tsiege\n2\ttruce\n", 3, "not closed by a second line"),
        ("%\n1\tsiege\nsiege\t1\n", 3, "a header line must be '<id> <category>'"),
        ("%\nsiege\n%\nsiege\t1\n", 2, "must be '<id> <category>'"),
        ("%\n1\tsiege\n1\ttruce\n%\n", 3, "category id 1 repeats"),
        ("%\n1\tsiege\n%\nsiege\t1\n\ntruce\t2\n", 6, "unknown category id 2"),
        ("%\n1\tsiege\n%\nlike\t02 134/125\n", 4, "conditional entries are not supported"),
        ("%\n1\tsiege\n%\nsiege\n", 4, "has no category id"),
        ("%\n%\nsiege\t1\n", 2, "defines no category"),
    ],
)
def test_malformed_liwc_names_file_and_line(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    path = tmp_path / "broken.dic"
    path.write_text(text)
    with pytest.raises(DictionaryFormatError, match=message) as info:
        Dictionary.from_liwc(path)
    assert str(info.value).startswith(f"{path}, line {line}: ")


def test_liwc_reads_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "old.dic"
    path.write_bytes("%\n1\tplaces\n%\ncaf\u00e9*\t1\n".encode("cp1252"))
    assert Dictionary.from_liwc(path).to_dict() == {"places": ["caf\u00e9*"]}


# ---------------------------------------------------------------------- quanteda


def test_quanteda_import(fixtures: Path) -> None:
    d = Dictionary.from_quanteda_yaml(fixtures / "lexicons" / "mini_quanteda.yml")
    assert d.name == "mini_quanteda"
    assert d.to_dict() == {
        "frames": {
            "conflict": ["clash*", "both sides"],
            "humanitarian": {"aid": ["aid", "relief"], "casualties": ["killed", "wounded"]},
        },
        "naming": ["rebel*", "no"],
    }
    assert d.levels(1).categories == ["frames", "naming"]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("a:\n  - x\n  - {y: z}\n", 3, "an entry must be a string"),
        ("a/b:\n  - x\n", 2, "must be non-empty without '/'"),
        ("- x\n- y\n", 1, "the document must be a mapping"),
        ("a: [x]\na: [y]\n", 2, "repeats the key 'a'"),
    ],
)
def test_malformed_quanteda_names_file_and_line(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    path = tmp_path / "broken.yml"
    path.write_text(text)
    with pytest.raises(DictionaryFormatError, match=message) as info:
        Dictionary.from_quanteda_yaml(path)
    assert str(info.value).startswith(f"{path}, line {line}: ")


def test_readers_take_source_and_the_old_path_keyword_warns(tmp_path: Path) -> None:
    d = Dictionary({"siege": ["siege", "besieg*"]}, name="demo")
    yaml_file = d.to_yaml(tmp_path / "demo.yaml")
    liwc_file = tmp_path / "demo.dic"
    liwc_file.write_text("%\n1\tsiege\n%\nsiege\t1\nbesieg*\t1\n", encoding="utf-8")
    quanteda_file = tmp_path / "demo.yml"
    quanteda_file.write_text("siege:\n  - siege\n  - besieg*\n", encoding="utf-8")
    readers = [
        (Dictionary.from_yaml, yaml_file, {}),
        (Dictionary.from_liwc, liwc_file, {"name": "demo"}),
        (Dictionary.from_quanteda_yaml, quanteda_file, {"name": "demo"}),
    ]
    for read, file, options in readers:
        new = read(source=file, **options)
        assert new.to_dict() == {"siege": ["siege", "besieg*"]}
        with pytest.warns(FutureWarning, match=r"path= is deprecated.*use source= instead"):
            assert read(path=file, **options) == new


def test_readers_build_the_class_they_are_called_on(tmp_path: Path) -> None:
    class Lexicon(Dictionary):
        pass

    path = Dictionary({"a": ["x"]}).to_yaml(tmp_path / "a.yaml")
    assert type(Lexicon.from_yaml(path)) is Lexicon
