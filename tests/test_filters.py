"""The safe filter language (corpuskit.filters): what it accepts, what it refuses, and that
its accepted strings select exactly the rows ``DataFrame.query`` selects."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import corpuskit as ck
from corpuskit.filters import FilterError, filter_mask, parse_filter


def frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d", "e", "f"],
            "outlet": ["sana", "tass", "reuters", None, "sana", "ap"],
            "event": ["aleppo", "mosul", np.nan, "aleppo", "mosul", np.nan],
            "words": [120, 80, 300, 45, 500, 80],
            "score": [0.5, -1.25, np.nan, 2.0, 0.0, np.nan],
            "date": pd.to_datetime(
                ["2016-06-30", "2016-07-01", "2016-12-13 18:00", None, "2017-03-17", "2017-01-01"],
                format="ISO8601",
            ),
            "outlet group": ["pro", "pro", "other", "other", None, "anti"],
            "wire": [True, False, True, False, False, True],
            "title": ["Q&A | `x` @home", "Siege", "It's over", "a", "b", "c"],
        }
    )


def ids(mask: np.ndarray) -> list[str]:
    return frame()["doc_id"][mask].tolist()


# --- hostile strings are refused before anything runs ------------------------------------

ATTACKS = [
    ("@pd.io.common.os.system('touch marker') == 0", "'@' (local variables)"),
    ("__import__('os').system('touch marker') == 0", "function calls"),
    ("outlet.__class__.__init__.__globals__ == 1", "attribute access"),
    ("outlet.str.len() > 3", "function calls"),
    ("__builtins__ == 1", "'__builtins__' is not allowed"),
    ("(lambda: __import__('os').system('touch marker'))() == 0", "function calls"),
    ("f\"{__import__('os').system('touch marker')}\" == '0'", "f-strings"),
    ("[__import__('os').system('touch marker') for x in [1]] == [0]", "comprehensions"),
    ("outlet == 'sana' | @x", "'@' (local variables)"),
    ("outlet[0] == 's'", "subscripts"),
    ("words + 1 > 2", "arithmetic"),
    ("(outlet := 'x') == 'x'", "assignment"),
    ("words == (0 if __import__('os').system('touch marker') else 1)", "conditional"),
    ("outlet is None", "'is' and 'is not'"),
    ("outlet == b'x'", "a bytes literal"),
    ("outlet in __import__('os').system('touch marker')", "function calls"),
    ("outlet in [__import__('os').system('touch marker')]", "function calls"),
    ("outlet in [outlet]", "a list element other than a literal"),
    ("'sana' in outlet", "'in' other than column in [literals]"),
    ("outlet.isna(__import__('os').system('touch marker'))", "function calls other than"),
]


@pytest.mark.parametrize(("text", "construct"), ATTACKS)
def test_hostile_filters_are_refused_and_run_nothing(text, construct, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FilterError) as caught:
        filter_mask(frame(), text, argument="--where")
    message = str(caught.value)
    assert message.startswith(f"--where {text!r}: ")
    assert construct in message
    assert "is not allowed" in message
    assert not (tmp_path / "marker").exists()


def test_refusal_says_what_is_allowed():
    with pytest.raises(FilterError) as caught:
        parse_filter("outlet.str.len() > 3")
    assert caught.value.problem == (
        "'outlet.str.len()' is not allowed (function calls other than "
        "column.isna()/column.notna()); a filter may use column names (in `backticks` for "
        "names with spaces), quoted strings, numbers, True/False/None, lists ['a', 'b'], the "
        "comparisons == != < <= > >=, in / not in, column.isna() / column.notna(), and / or / "
        "not (& | ~) and parentheses"
    )
    assert caught.value.argument == "where="


# --- accepted filters select exactly what DataFrame.query selects ------------------------

ACCEPTED = [
    ("outlet == 'sana'", ["a", "e"]),
    ("outlet != 'sana'", ["b", "c", "d", "f"]),  # a missing outlet is != 'sana'
    ("event == 'aleppo' and outlet != 'sana'", ["d"]),
    ("event == 'aleppo' & outlet != 'sana'", ["d"]),  # & with the precedence of `and`
    ("outlet in ['sana', 'tass']", ["a", "b", "e"]),
    ("outlet not in ('sana', 'tass')", ["c", "d", "f"]),
    ("outlet == ['reuters', 'ap']", ["c", "f"]),
    ("not (words > 100 or wire)", ["b", "d"]),
    ("~(words > 100) | event == 'mosul'", ["b", "d", "e", "f"]),
    ("`outlet group` == 'pro'", ["a", "b"]),
    ("date >= '2016-07-01'", ["b", "c", "e", "f"]),
    ("date < '2016-12-14' and date > '2016-12-13'", ["c"]),
    ("'2017-01-01' <= date", ["e", "f"]),
    ("80 <= words < 300", ["a", "b", "f"]),
    ("score > 0", ["a", "d"]),
    ("score != 0", ["a", "b", "c", "d", "f"]),  # NaN != 0 holds, as in pandas
    ("score <= -1.25 or score == 2", ["b", "d"]),
    ("event.isna()", ["c", "f"]),
    ("event.notna() and wire", ["a"]),
    ("wire == True", ["a", "c", "f"]),
    ("words == 80 and (outlet == 'ap' or outlet == 'tass')", ["b", "f"]),
    ("title == 'Q&A | `x` @home' or title == \"It's over\"", ["a", "c"]),
    ("outlet == None", []),
    ("words > score", ["a", "b", "d", "e"]),
    ("date == '2016-07-01'", ["b"]),
    ("date != '2016-07-01'", ["a", "c", "d", "e", "f"]),  # NaT != a date holds, as in pandas
]


@pytest.mark.parametrize(("text", "expected"), ACCEPTED)
def test_filters_select_the_rows_pandas_query_selects(text, expected):
    data = frame()
    mask = filter_mask(data, text)
    assert mask.dtype == bool
    assert ids(mask) == expected
    assert query_ids(text) == expected


#: date literals, given to DataFrame.query as Timestamps: its python engine compares a datetime
#: column with a date string wrongly under == and ~ (pandas 3.1: "date == '2016-07-01'" is empty)
DATES = ["'2016-07-01'", "'2016-12-13 18:00'", "'2016-12-13'", "'2016-12-14'", "'2017-01-01'"]


def query_ids(text: str) -> list[str]:
    """The doc_ids ``DataFrame.query`` selects, dates given to it as Timestamps."""
    local = {}
    for number, literal in enumerate([*DATES, "'2017'"]):
        if literal in text:
            text = text.replace(literal, f"@date_{number}")
            local[f"date_{number}"] = pd.Timestamp(literal.strip("'"))
    return frame().query(text, local_dict=local)["doc_id"].tolist()


def comparisons() -> st.SearchStrategy[str]:
    outlets = st.sampled_from(["'sana'", "'tass'", "'ap'", "'bbc'", "None"])
    numbers = st.sampled_from(["-1.25", "0", "45", "80", "120", "300.5"])
    dates = st.sampled_from([*DATES, "'2017'"])
    ops = st.sampled_from(["==", "!=", "<", "<=", ">", ">="])
    equality = st.sampled_from(["==", "!="])
    lists = st.lists(st.sampled_from(["'sana'", "'tass'", "'ap'", "'x'"]), min_size=1, max_size=3)
    return st.one_of(
        st.tuples(st.just("outlet"), equality, outlets).map(" ".join),
        st.tuples(st.sampled_from(["words", "score"]), ops, numbers).map(" ".join),
        st.tuples(numbers, ops, st.sampled_from(["words", "score"])).map(" ".join),
        st.tuples(st.just("date"), ops, dates).map(" ".join),
        st.tuples(st.just("outlet"), st.sampled_from(["in", "not in"]), lists).map(
            lambda t: f"{t[0]} {t[1]} [{', '.join(t[2])}]"
        ),
        st.sampled_from(["wire", "event.isna()", "event.notna()", "`outlet group` == 'pro'"]),
    )


def combined(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.tuples(inner, st.sampled_from(["and", "or", "&", "|"]), inner).map(
            lambda t: f"({t[0]}) {t[1]} ({t[2]})"
        ),
        inner.map(lambda text: f"not ({text})"),
        inner.map(lambda text: f"~({text})"),
    )


@settings(max_examples=100, deadline=None)
@given(st.recursive(comparisons(), combined, max_leaves=6))
def test_random_filters_agree_with_pandas_query(text):
    assert ids(filter_mask(frame(), text)) == query_ids(text)


# --- missing values, dates, names -------------------------------------------------------


def test_missing_values_in_nullable_columns_are_never_kept():
    data = pd.DataFrame({"n": pd.array([1, None, 3], dtype="Int64")})
    assert filter_mask(data, "n != 1").tolist() == [False, False, True]
    assert filter_mask(data, "not (n == 1)").tolist() == [False, False, True]
    assert filter_mask(data, "n.isna() or n > 2").tolist() == [False, True, True]
    assert data.index[filter_mask(data, "n != 1")].tolist() == data.query("n != 1").index.tolist()


def test_dates_in_a_time_zone_and_bad_dates():
    data = pd.DataFrame({"date": pd.to_datetime(["2016-06-30 23:00", "2016-07-01 01:00"])})
    data["date"] = data["date"].dt.tz_localize("Europe/Moscow")
    assert filter_mask(data, "date >= '2016-07-01'").tolist() == [False, True]
    assert filter_mask(data, "date >= '2016-06-30T19:00Z'").tolist() == [True, True]
    with pytest.raises(FilterError, match=r"'yesterday' is not a date"):
        filter_mask(data, "date > 'yesterday'")


def test_backticked_names_do_not_clash_with_bare_names():
    data = pd.DataFrame({"a b": [1, 2], "ck_backtick_0": [2, 2], "if": [0, 1]})
    assert filter_mask(data, "`a b` == 1 and ck_backtick_0 == 2").tolist() == [True, False]
    assert filter_mask(data, "`if` == 1").tolist() == [False, True]
    assert parse_filter("`a b` > ck_backtick_0 or `a b` == 1").columns == ("a b", "ck_backtick_0")


def test_the_index_is_ignored():
    data = frame().set_index(pd.Index([5, 5, 3, 2, 1, 0]))
    assert filter_mask(data, "outlet == 'sana'").tolist() == [
        True,
        False,
        False,
        False,
        True,
        False,
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "evnt == 'aleppo'",
            r"unknown column 'evnt' \(did you mean 'event'\?\); available columns",
        ),
        ("outlet", r"the column 'outlet' .* is not boolean"),
        ("outlet > 1", r"'outlet' \(dtype .*\) cannot be compared with 1"),
        ("", "is empty"),
        ("   ", "is empty"),
        ("outlet ==", r"is not valid filter syntax"),
        ("`outlet group == 'pro'", "has a ` without its closing `"),
        ("outlet == 'sana", "has a string without its closing '"),
        ("1 == 1", "a comparison without a column"),
        ("'sana'", "a literal on its own"),
        ("words < [1, 2]", "a list compared other than with"),
        ("-words < 2", "an operator on a value"),
    ],
)
def test_errors_name_the_argument_and_the_problem(text, message):
    with pytest.raises(FilterError, match=message) as caught:
        filter_mask(frame(), text, argument="where=")
    assert str(caught.value).startswith(f"where= {text!r}: ")


@pytest.mark.parametrize(
    "text",
    ["not " * 100_000 + "wire", "~" * 100_000 + "(wire)", "(" * 5_000 + "wire" + ")" * 5_000],
)
def test_deeply_nested_filters_are_refused_with_a_short_message(text):
    with pytest.raises(FilterError) as caught:
        filter_mask(frame(), text)
    assert caught.value.text == text
    assert len(str(caught.value)) < 1000
    assert f"... ({len(text)} characters)" in str(caught.value)


def test_a_nul_character_is_refused():
    with pytest.raises(FilterError, match="holds a NUL character"):
        parse_filter("outlet == 'sana\x00'")


def test_a_non_string_filter_is_refused():
    with pytest.raises(FilterError, match=r"^target= \"\['a'\]\": must be a string, got list"):
        parse_filter(["a"], argument="target=")


def test_a_filter_is_parsed_once_and_applied_to_many_frames():
    parsed = parse_filter("event == 'aleppo'", argument="--where")
    assert parsed.columns == ("event",)
    assert ids(parsed.mask(frame())) == ["a", "d"]
    with pytest.raises(FilterError, match=r"^--where \"event == 'aleppo'\": unknown column"):
        parsed.mask(pd.DataFrame({"outlet": ["x"]}))


# --- every string filter of the library goes through the language -----------------------


def test_comparison_targets_and_subset_refuse_code(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    articles = frame().assign(text=["aleppo siege", "mosul", "aleppo", "siege", "mosul", "x"])
    matrix = ck.dtm(articles, progress=False)
    attack = "@pd.io.common.os.system('touch marker') == 0"
    with pytest.raises(FilterError, match=r"^target= query .*'@' \(local variables\)"):
        ck.keyness(matrix, target=attack)
    with pytest.raises(FilterError, match=r"^reference= query .*pass by="):
        ck.keyness(matrix, target="wire", reference="__import__('os').system('x') == 0")
    with pytest.raises(FilterError, match=r"^docs= query .*'@' \(local variables\)"):
        matrix.subset(attack)
    assert not (tmp_path / "marker").exists()
    assert matrix.subset("date >= '2016-07-01' and wire").doc_ids.tolist() == ["c", "f"]
