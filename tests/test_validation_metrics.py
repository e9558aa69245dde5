"""Agreement statistics: Krippendorff's alpha against a published worked example and hand-computed cases, F1, bootstrap."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from analysis.validation import Counts, alpha, bootstrap_interval, confusion, correlation, score

NA = np.nan
# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers, 12 units, missing values.
KRIPPENDORFF_2011 = np.array([
    [1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3],
    [NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA],
])


@pytest.mark.parametrize(("level", "published"), [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797)])
def test_alpha_reproduces_krippendorffs_published_worked_example(level: str, published: float):
    assert round(alpha(KRIPPENDORFF_2011, level=level), 3) == published


def test_alpha_nominal_matches_a_hand_computed_case():
    # Coincidences: o11 = 4, o22 = 2, o12 = o21 = 1; n1 = 5, n2 = 3, n = 8.
    # D_o = 2/8, D_e = 2*5*3 / (8*7) = 30/56, alpha = 1 - (1/4) / (30/56) = 8/15.
    assert alpha(np.array([[1, 1, 2, 2], [1, 1, 2, 1]]), level="nominal") == pytest.approx(8 / 15)


def test_alpha_is_one_for_perfect_agreement_and_nan_without_variation():
    assert alpha(np.array([[0, 1, 1, 0], [0, 1, 1, 0]])) == pytest.approx(1.0)
    assert math.isnan(alpha(np.array([[1, 1, 1], [1, 1, 1]])))
    assert math.isnan(alpha(np.array([[1, NA, 2], [NA, 1, NA]])))  # no unit coded twice


def test_alpha_rejects_an_unknown_level():
    with pytest.raises(ValueError, match="level='cardinal'"):
        alpha(np.array([[1, 2], [1, 2]]), level="cardinal")


def test_precision_recall_f1_from_counts_by_hand():
    counts = Counts(tp=3, fp=1, fn=2)
    assert counts.precision == pytest.approx(0.75)
    assert counts.recall == pytest.approx(0.6)
    assert counts.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert math.isnan(Counts(0, 0, 0).f1)


def test_correlations_pearson_and_spearman():
    x = np.array([0.1, 0.4, 0.35, 0.8, NA])
    y = np.array([0, 1, 0, 1, 1])
    assert correlation(x, y) == pytest.approx(np.corrcoef(x[:4], y[:4])[0, 1])
    assert correlation(np.array([1, 2, 3, 4.0]), np.array([1, 4, 9, 100.0]), method="spearman") == pytest.approx(1.0)


def test_bootstrap_is_seeded_and_brackets_the_estimate():
    values = np.arange(20, dtype=float)
    mean = lambda idx: float(values[idx].mean())
    first = bootstrap_interval(mean, 20, n_boot=300, seed=4)
    assert first == bootstrap_interval(mean, 20, n_boot=300, seed=4)
    assert first[0] < 9.5 < first[1]
    assert all(math.isnan(bound) for bound in bootstrap_interval(mean, 1))


def test_confusion_shows_every_class():
    table = confusion(pd.Series([1, 0, 1, NA]), pd.Series([1, 0, -1, 1]), classes=[-1, 0, 1])
    assert table.loc[1, 1] == 1 and table.loc[1, -1] == 1 and table.loc[0, 0] == 1
    assert table.to_numpy().sum() == 3 and list(table.columns) == [-1, 0, 1]


def _units() -> pd.DataFrame:
    # 4 sentences; suite tone and frames against two coders (coder b leaves one tone blank).
    return pd.DataFrame({
        "unit": ["sentence"] * 4, "doc_id": ["d"] * 4, "sent_id": [0, 1, 2, 3], "text": ["t"] * 4,
        "compound": [0.6, 0.0, -0.5, 0.3], "tone": [1.0, 0.0, -1.0, 1.0],
        "tone:a": pd.array([1, 0, -1, 0], dtype="Int64"), "tone:b": pd.array([1, 0, pd.NA, 0], dtype="Int64"),
        "frames": [("economic",), (), ("legality", "economic"), ()],
        "frames:a": [("economic",), ("legality",), ("legality",), ()],
        "frames:b": [("economic",), ("legality",), None, ()],
        "actor_types": [{}] * 4,
    })


def test_score_computes_hand_checkable_f1_and_accuracy():
    result = score(_units(), coders=["a", "b"], measures=["tone", "frames"], vocabulary=["economic", "legality"], n_boot=50)
    rows = result.agreement.set_index(["measure", "comparison", "label", "statistic"])
    # frames vs coder a: tp = economic(0) + legality(2) = 2; fp = economic(2) = 1; fn = legality(1) = 1 -> F1 = 4/6.
    assert rows.loc[("frames", "suite vs a", "all", "f1"), "value"] == pytest.approx(4 / 6)
    assert rows.loc[("frames", "suite vs a", "economic", "precision"), "value"] == pytest.approx(0.5)
    assert rows.loc[("tone", "suite vs a", "all", "accuracy"), "value"] == pytest.approx(0.75)
    assert rows.loc[("tone", "suite vs b", "all", "accuracy"), "n"] == 3  # the blank cell is not coded, not a zero
    assert rows.loc[("tone", "suite vs a", "+1", "recall"), "value"] == pytest.approx(1.0)
    assert ("tone", "between coders", "all", "alpha (ordinal)") in rows.index
    assert result.coverage.set_index(["coder", "measure"]).loc[("b", "tone"), "not coded"] == 1
    assert result.confusion[("sentence", "a")].loc[1, 0] == 1
