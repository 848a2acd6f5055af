"""Keyness on hand-made document-term matrices, and a check on the FA-KES corpus."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy.stats import chi2_contingency

import corpuskit as ck
from corpuskit.compare import stats
from corpuskit.compare.keyness import COLUMNS
from corpuskit.docterm import DocTermMatrix
from corpuskit.errors import SmallSampleWarning

FEATURES = ["aleppo", "mosul", "said", "siege", "the"]
COUNTS = np.array(
    [
        [5, 0, 3, 2, 10],  # d1 aleppo sana  x
        [4, 1, 2, 3, 12],  # d2 aleppo tass  x
        [6, 0, 4, 1, 9],  # d3 aleppo bbc   y
        [0, 5, 3, 0, 11],  # d4 mosul  sana  x
        [1, 6, 2, 1, 10],  # d5 mosul  tass  x
        [0, 4, 3, 0, 8],  # d6 mosul  bbc   z
    ]
)
# target (aleppo): aleppo 15, mosul 1, said 9, siege 6, the 31 -> 62 tokens
# reference (mosul): aleppo 1, mosul 15, said 8, siege 1, the 29 -> 54 tokens


@pytest.fixture
def m() -> DocTermMatrix:
    docvars = pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(1, 7)],
            "event": ["aleppo"] * 3 + ["mosul"] * 3,
            "outlet": ["sana", "tass", "bbc"] * 2,
            "region": ["x", "x", "y", "x", "x", "z"],
        }
    )
    return DocTermMatrix(COUNTS, FEATURES, docvars)


def _row(frame: pd.DataFrame, feature: str) -> pd.Series:
    rows = frame[frame["feature"] == feature]
    assert len(rows) == 1
    return rows.iloc[0]


def test_columns_counts_and_every_statistic(m):
    k = ck.keyness(m, target="aleppo", by="event", min_count=1)
    assert list(k.columns) == list(COLUMNS)
    assert len(k) == 5
    row = _row(k, "aleppo")
    assert (row["n_target"], row["n_reference"]) == (15, 1)
    assert (row["docs_target"], row["docs_reference"]) == (3, 1)
    assert row["freq_target"] == pytest.approx(15 / 62 * 10_000)
    assert row["freq_reference"] == pytest.approx(1 / 54 * 10_000)
    table = [[15, 1], [62 - 15, 54 - 1]]
    g2, p, _, _ = chi2_contingency(table, correction=False, lambda_="log-likelihood")
    chi2, _, _, _ = chi2_contingency(table, correction=False)
    assert row["g2"] == pytest.approx(g2)
    assert row["p_value"] == pytest.approx(p)
    assert row["chi2"] == pytest.approx(chi2)
    assert row["log_ratio"] == pytest.approx(math.log2((15 / 62) / (1 / 54)))
    half = 1.959964 * math.sqrt(1 / 15 + 1 / 1) / math.log(2)
    assert row["log_ratio_low"] == pytest.approx(row["log_ratio"] - half, abs=1e-5)
    assert row["log_ratio_high"] == pytest.approx(row["log_ratio"] + half, abs=1e-5)
    assert row["pct_diff"] == pytest.approx(100 * (15 / 62 - 1 / 54) / (1 / 54))
    assert row["direction"] == "target"
    assert _row(k, "mosul")["direction"] == "reference"
    assert k.n_tokens_target == 62 and k.n_tokens_reference == 54
    assert (k.n_docs_target, k.n_docs_reference) == (3, 3)


def test_yates_option(m):
    k = ck.keyness(m, target="aleppo", by="event", min_count=1, yates=True)
    expected, _, _, _ = chi2_contingency([[9, 8], [53, 46]], correction=True)
    assert _row(k, "said")["chi2"] == pytest.approx(expected)


def test_fightin_words_pooled_prior_matches_the_paper(m):
    k = ck.keyness(m, target="aleppo", by="event", min_count=1)
    pooled = COUNTS.sum(axis=0)  # alpha_w = pooled count, alpha0 = 116
    y_i, y_j = COUNTS[:3].sum(axis=0), COUNTS[3:].sum(axis=0)
    for w, feature in enumerate(FEATURES):
        a_w = pooled[w]
        delta = math.log((y_i[w] + a_w) / (62 + 116 - y_i[w] - a_w)) - math.log(
            (y_j[w] + a_w) / (54 + 116 - y_j[w] - a_w)
        )
        z = delta / math.sqrt(1 / (y_i[w] + a_w) + 1 / (y_j[w] + a_w))
        assert _row(k, feature)["fw_delta"] == pytest.approx(delta)
        assert _row(k, feature)["fw_z"] == pytest.approx(z)


def test_fightin_words_prior_scale_and_background(m):
    scaled = ck.keyness(m, target="aleppo", by="event", min_count=1, prior_scale=10.0)
    a_w = 10.0 * 16 / 116  # aleppo: pooled 16 of 116 tokens
    delta = math.log((15 + a_w) / (62 + 10 - 15 - a_w)) - math.log((1 + a_w) / (54 + 10 - 1 - a_w))
    assert _row(scaled, "aleppo")["fw_delta"] == pytest.approx(delta)

    # a background Series, aligned by name: 'the' missing (0), an extra feature ignored
    background = pd.Series({"siege": 9.5, "aleppo": 19.5, "mosul": 49.5, "said": 19.5, "x": 7})
    k = ck.keyness(m, target="aleppo", by="event", min_count=1, prior=background)
    smoothed = {"aleppo": 20, "mosul": 50, "said": 20, "siege": 10, "the": 0.5}
    total = sum(smoothed.values())
    a_w = 116 * smoothed["mosul"] / total
    delta = math.log((1 + a_w) / (62 + 116 - 1 - a_w)) - math.log(
        (15 + a_w) / (54 + 116 - 15 - a_w)
    )
    assert _row(k, "mosul")["fw_delta"] == pytest.approx(delta)

    background_dtm = DocTermMatrix(
        np.array([[10, 20, 5, 0], [9, 29, 4, 19]]), ["aleppo", "mosul", "siege", "said"]
    )
    as_series = background_dtm.feature_counts()
    from_dtm = ck.keyness(m, target="aleppo", by="event", min_count=1, prior=background_dtm)
    from_series = ck.keyness(m, target="aleppo", by="event", min_count=1, prior=as_series)
    pd.testing.assert_frame_equal(from_dtm, from_series)


def test_swapping_target_and_reference_flips_directional_statistics(m):
    forward = ck.keyness(m, target="aleppo", reference="mosul", by="event", min_count=1)
    backward = ck.keyness(m, target="mosul", reference="aleppo", by="event", min_count=1)
    both = forward.merge(backward, on="feature", suffixes=("", "_swapped"))
    assert len(both) == len(FEATURES)
    np.testing.assert_allclose(both["g2"], -both["g2_swapped"])
    np.testing.assert_allclose(both["chi2"], both["chi2_swapped"])
    np.testing.assert_allclose(both["p_value"], both["p_value_swapped"])
    np.testing.assert_allclose(both["log_ratio"], -both["log_ratio_swapped"])
    np.testing.assert_allclose(both["log_ratio_low"], -both["log_ratio_high_swapped"])
    np.testing.assert_allclose(both["fw_delta"], -both["fw_delta_swapped"])
    np.testing.assert_allclose(both["fw_z"], -both["fw_z_swapped"])
    assert (both["n_target"] == both["n_reference_swapped"]).all()
    assert (both["docs_target"] == both["docs_reference_swapped"]).all()
    flipped = both["direction_swapped"].map({"target": "reference", "reference": "target"})
    assert (both["direction"] == flipped).all()


def test_sorting_by_measure(m):
    k = ck.keyness(m, target="aleppo", by="event", min_count=1)
    assert k["feature"].tolist()[0] == "aleppo" and k["feature"].tolist()[-1] == "mosul"
    assert (np.diff(k["g2"]) <= 0).all()
    for measure in ("log_ratio", "pct_diff", "fw_z", "fw_delta"):
        k = ck.keyness(m, target="aleppo", by="event", min_count=1, measure=measure)
        assert (np.diff(k[measure]) <= 0).all(), measure
        assert k.measure == measure
    k = ck.keyness(m, target="aleppo", by="event", min_count=1, measure="chi2")
    signed = np.where(k["direction"] == "target", 1, -1) * k["chi2"]
    assert (np.diff(signed) <= 0).all()
    np.testing.assert_allclose(k["p_value"], stats.chi2_pvalue(k["chi2"]))
    unsorted = ck.keyness(m, target="aleppo", by="event", min_count=1, sort=False)
    assert unsorted["feature"].tolist() == FEATURES


def test_min_count_on_target_plus_reference(m):
    # totals over both groups: aleppo 16, mosul 16, said 17, siege 7, the 60
    k = ck.keyness(m, target="aleppo", by="event", min_count=10)
    assert sorted(k["feature"]) == ["aleppo", "mosul", "said", "the"]
    # a feature absent from both compared groups is dropped even with min_count=0
    sub = ck.keyness(
        m, target="doc_id == 'd4'", reference="doc_id == 'd6'", min_count=0, min_docs=1
    )
    assert sorted(sub["feature"]) == ["mosul", "said", "the"]


def test_corrections(m):
    for correction in ("bh", "bonferroni", None):
        k = ck.keyness(m, target="aleppo", by="event", min_count=1, correction=correction)
        np.testing.assert_allclose(k["p_adjusted"], stats.adjust_pvalues(k["p_value"], correction))
    k = ck.keyness(m, target="aleppo", by="event", min_count=1, correction="bonferroni")
    np.testing.assert_allclose(k["p_adjusted"], np.minimum(k["p_value"] * 5, 1.0))


def test_ways_of_naming_the_groups_agree(m):
    expected = ck.keyness(m, target="aleppo", by="event", min_count=1)
    is_aleppo = (m.docvars["event"] == "aleppo").to_numpy()
    variants = [
        ck.keyness(m, target="event == 'aleppo'", min_count=1),
        ck.keyness(m, target=is_aleppo, min_count=1),
        ck.keyness(m, target=pd.Series(is_aleppo), min_count=1),
        ck.keyness(m, target=lambda dv: dv["event"] == "aleppo", min_count=1),
        ck.keyness(m, target=["aleppo"], reference=["mosul"], by="event", min_count=1),
        ck.keyness(m, target="event == 'aleppo'", reference=~is_aleppo, min_count=1),
    ]
    for frame in variants:
        pd.testing.assert_frame_equal(frame, expected)
    # a query with 'in' and 'and' selects the documents it says
    k = ck.keyness(
        m,
        target="event == 'aleppo' and outlet in ['sana', 'tass']",
        reference="event == 'mosul'",
        min_count=1,
    )
    assert k.n_docs_target == 2 and k.n_tokens_target == 20 + 22


def test_argument_errors_name_the_argument(m):
    with pytest.raises(ValueError, match=r"by= must name a docvars column.*'event'"):
        ck.keyness(m, target="aleppo", by="evnt")
    with pytest.raises(ValueError, match=r"target= value\(s\) 'raqqa'.*'aleppo', 'mosul'"):
        ck.keyness(m, target="raqqa", by="event")
    with pytest.raises(ValueError, match=r"reference= value\(s\)"):
        ck.keyness(m, target="aleppo", reference="raqqa", by="event")
    with pytest.raises(ValueError, match="overlap: 3 document"):
        ck.keyness(m, target="aleppo", reference=["aleppo", "mosul"], by="event")
    with pytest.raises(ValueError, match="target= selects no documents"):
        ck.keyness(m, target="event == 'raqqa'")
    with pytest.raises(ValueError, match="reference= selects no documents"):
        ck.keyness(m, target=["aleppo", "mosul"], by="event")
    with pytest.raises(ValueError, match=r"target= query .*evnt.*available columns"):
        ck.keyness(m, target="evnt == 'aleppo'")
    with pytest.raises(ValueError, match="target= mask has 2 entries but there are 6"):
        ck.keyness(m, target=np.array([True, False]))
    with pytest.raises(ValueError, match="target= must be a boolean mask"):
        ck.keyness(m, target=np.array([1, 0, 1, 0, 1, 0]))
    with pytest.raises(ValueError, match="measure="):
        ck.keyness(m, target="aleppo", by="event", measure="mi")
    with pytest.raises(ValueError, match="min_count="):
        ck.keyness(m, target="aleppo", by="event", min_count=-1)
    with pytest.raises(ValueError, match="correction="):
        ck.keyness(m, target="aleppo", by="event", correction="holm")
    with pytest.raises(ValueError, match="ci_method="):
        ck.keyness(m, target="aleppo", by="event", ci_method="exact")
    with pytest.raises(ValueError, match="ci="):
        ck.keyness(m, target="aleppo", by="event", ci=95)
    with pytest.raises(ValueError, match="prior="):
        ck.keyness(m, target="aleppo", by="event", prior="uniform")
    with pytest.raises(ValueError, match="prior_scale="):
        ck.keyness(m, target="aleppo", by="event", prior_scale=0)
    with pytest.raises(ValueError, match="weighting 'prop'"):
        ck.keyness(m.weight("prop"), target="aleppo", by="event")


def test_n_tokens_docvar_is_the_denominator(m):
    docvars = m.docvars.assign(n_tokens=COUNTS.sum(axis=1) + 10)
    with_totals = DocTermMatrix(COUNTS, FEATURES, docvars)
    k = ck.keyness(with_totals, target="aleppo", by="event", min_count=1)
    assert k.n_tokens_target == 62 + 30
    assert _row(k, "aleppo")["freq_target"] == pytest.approx(15 / 92 * 10_000)
    expected, _, _, _ = chi2_contingency(
        [[15, 1], [92 - 15, 84 - 1]], correction=False, lambda_="log-likelihood"
    )
    assert _row(k, "aleppo")["g2"] == pytest.approx(expected)
    broken = DocTermMatrix(COUNTS, FEATURES, m.docvars.assign(n_tokens=1))
    with pytest.raises(ValueError, match=r"'n_tokens'.*document 'd1'"):
        ck.keyness(broken, target="aleppo", by="event")


def test_strata_run_the_contrast_inside_each_stratum(m):
    k = ck.keyness(m, target="aleppo", by="event", strata="outlet", min_count=1, min_docs=1)
    assert list(k.columns) == ["stratum", *COLUMNS]
    assert k["stratum"].unique().tolist() == ["bbc", "sana", "tass"]
    for outlet in ("bbc", "sana", "tass"):
        inside = ck.keyness(
            m.subset(f"outlet == '{outlet}'"), target="aleppo", by="event", min_count=1, min_docs=1
        )
        got = k[k["stratum"] == outlet].drop(columns="stratum").reset_index(drop=True)
        pd.testing.assert_frame_equal(got, inside, check_like=False)


def test_strata_without_both_groups_are_skipped_with_a_warning(m):
    with pytest.warns(UserWarning) as record:
        k = ck.keyness(m, target="aleppo", by="event", strata="region", min_count=1, min_docs=1)
    assert [str(w.message) for w in record if not isinstance(w.message, SmallSampleWarning)] == [
        "keyness: stratum region='y' skipped, its reference group has no documents",
        "keyness: stratum region='z' skipped, its target group has no documents",
    ]
    assert k["stratum"].unique().tolist() == ["x"]
    with pytest.warns(UserWarning), pytest.raises(ValueError, match="strata='event'"):
        ck.keyness(m, target="aleppo", by="event", strata="event")


def test_keyness_each_level_against_the_rest(m):
    each = ck.keyness_each(m, by="event", min_count=1)
    assert list(each.columns) == ["group", *COLUMNS]
    for level in ("aleppo", "mosul"):
        got = each[each["group"] == level].drop(columns="group").reset_index(drop=True)
        pd.testing.assert_frame_equal(got, ck.keyness(m, target=level, by="event", min_count=1))
    by_outlet = ck.keyness_each(m, by="outlet", min_count=1)
    assert by_outlet["group"].unique().tolist() == ["bbc", "sana", "tass"]
    with pytest.raises(ValueError, match="keyness_each"):
        ck.keyness_each(m, by="event", target="aleppo")
    single = DocTermMatrix(COUNTS, FEATURES, m.docvars.assign(event="aleppo"))
    with pytest.raises(ValueError, match="at least two levels"):
        ck.keyness_each(single, by="event")


def test_bootstrap_interval_is_reproducible_and_matches_bootstrap_ci(m):
    options = {"target": "aleppo", "by": "event", "min_count": 1, "n_boot": 300, "seed": 7}
    first = ck.keyness(m, ci_method="bootstrap", **options)
    again = ck.keyness(m, ci_method="bootstrap", **options)
    pd.testing.assert_frame_equal(first, again)
    analytic = ck.keyness(m, target="aleppo", by="event", min_count=1)
    assert not np.allclose(first["log_ratio_low"], analytic["log_ratio_low"])
    pd.testing.assert_frame_equal(
        first.drop(columns=["log_ratio_low", "log_ratio_high"]),
        analytic.drop(columns=["log_ratio_low", "log_ratio_high"]),
    )
    boot = ck.bootstrap_ci(
        m, statistic="log_ratio", target="aleppo", by="event", n_boot=300, seed=7
    )
    merged = first.merge(boot, on="feature")
    np.testing.assert_allclose(merged["log_ratio_low"], merged["low"])
    np.testing.assert_allclose(merged["log_ratio_high"], merged["high"])


@pytest.mark.corpus
def test_fakes_aleppo_articles_have_aleppo_as_top_key_word(data_dir):
    raw = pd.read_csv(data_dir / "fakes" / "fakes.csv", encoding="latin-1")
    articles = pd.DataFrame(
        {
            "doc_id": [f"fakes{i}" for i in range(len(raw))],
            "source": raw["source"],
            "mentions_aleppo": raw["article_content"].str.contains("aleppo", case=False),
            "text": raw["article_content"],
        }
    )
    m = ck.dtm(articles)
    k = ck.keyness(m, target="mentions_aleppo")
    assert k.loc[0, "feature"] == "aleppo"
    assert k.loc[0, "n_reference"] == 0 and k.loc[0, "docs_target"] == 382
    assert k.loc[0, "direction"] == "target"
    assert len(k) > 1000 and (k["n_target"] + k["n_reference"] >= 5).all()
    assert not k[list(COLUMNS)].isna().any().any()
    # every statistic is finite except %DIFF, infinite where the reference count is 0
    finite = k.drop(columns=["feature", "direction", "pct_diff"]).to_numpy(dtype=float)
    assert np.isfinite(finite).all()
    assert (np.isinf(k["pct_diff"]) == (k["n_reference"] == 0)).all()
    assert (k["p_adjusted"] >= k["p_value"]).all()
    assert (k["log_ratio_low"] <= k["log_ratio"]).all()
    assert (k["log_ratio"] <= k["log_ratio_high"]).all()
    # the reference's key words sit at the bottom, with negative G2
    assert (k.tail(10)["direction"] == "reference").all()


def test_sides_are_named_for_plots(m):
    k = ck.keyness(m, target="aleppo", by="event", min_count=1)
    assert (k.target_label, k.reference_label) == ("aleppo", "rest")
    k = ck.keyness(m, target=["sana", "tass"], reference="bbc", by="outlet", min_count=1)
    assert (k.target_label, k.reference_label) == ("sana, tass", "bbc")
    k = ck.keyness(m, target=(m.docvars["event"] == "aleppo").to_numpy(), min_count=1)
    assert (k.target_label, k.reference_label) == ("target", "rest")


def test_the_design_is_carried_as_attributes_that_survive_pandas_operations(m):
    k = ck.keyness(m, target="aleppo", by="event", min_count=1, min_docs=1)
    expected = {
        "measure": "g2",
        "min_docs": 1,
        "n_tokens_target": 62,
        "n_tokens_reference": 54,
        "n_docs_target": 3,
        "n_docs_reference": 3,
        "n_features_min_docs": 0,
    }
    assert k.design == expected
    for derived in (k[k["g2"] > 1], k.sort_values("feature"), k.head(2).copy(), k.iloc[::-1]):
        assert derived.design == expected  # pandas drops .attrs in some of these, not these
    assert pd.concat([k.head(1), k.tail(1)]).design == expected
    assert k.attrs == expected  # mirrored for one release (deprecated)


def test_a_stratified_result_keeps_the_options_not_the_sizes(m):
    k = ck.keyness(m, target="aleppo", by="event", strata="outlet", min_count=1, min_docs=1)
    assert (k.measure, k.min_docs, k.n_tokens_target) == ("g2", 1, None)


def test_the_bootstrap_interval_is_reproducible_by_default(m):
    options = {"target": "aleppo", "by": "event", "min_count": 1, "ci_method": "bootstrap"}
    first = ck.keyness(m, n_boot=50, **options)
    pd.testing.assert_frame_equal(first, ck.keyness(m, n_boot=50, **options))
    pd.testing.assert_frame_equal(first, ck.keyness(m, n_boot=50, seed=0, **options))
