"""Agreement statistics for validation: Krippendorff's alpha, precision/recall/F1, correlations, bootstrap.

Alpha comes from the maintained ``krippendorff`` package (checked against
Krippendorff's published worked example in ``tests/test_validation_metrics.py``).
Intervals are percentile bootstraps over coded units with numpy's seeded
generator: the statistic is recomputed on units drawn with replacement, which
keeps every unit's codes together (scipy's ``bootstrap`` would add a large
dependency for the same few lines).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import krippendorff
import numpy as np
import pandas as pd

LEVELS = ("nominal", "ordinal", "interval", "ratio")


@dataclass(frozen=True)
class Counts:
    """True positives, false positives (suite only) and false negatives (coder only)."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """Share of the suite's codes the coder also gave (NaN when the suite gave none)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float("nan")

    @property
    def recall(self) -> float:
        """Share of the coder's codes the suite also gave (NaN when the coder gave none)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float("nan")

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall: 2tp / (2tp + fp + fn) (NaN when neither coded anything)."""
        total = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / total if total else float("nan")


def alpha(reliability: np.ndarray, *, level: str = "nominal") -> float:
    """Krippendorff's alpha of a coders x units matrix (NaN = not coded) at ``level`` of measurement.

    NaN when there is nothing to compare: fewer than two coded values in every
    unit, or a single value overall (no variation, so no expected disagreement).
    """
    if level not in LEVELS:
        raise ValueError(f"level={level!r}: expected one of {', '.join(LEVELS)}")
    data = np.asarray(reliability, dtype=float)
    pairable = data[:, (~np.isnan(data)).sum(axis=0) >= 2]
    values = pairable[~np.isnan(pairable)]
    if values.size == 0 or np.unique(values).size < 2:
        return float("nan")
    return float(krippendorff.alpha(reliability_data=pairable, level_of_measurement=level))


def correlation(x: np.ndarray, y: np.ndarray, *, method: str = "pearson") -> float:
    """Pearson or Spearman (Pearson of average ranks) correlation of the pairs where both are known."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    known = ~(np.isnan(x) | np.isnan(y))
    x, y = x[known], y[known]
    if x.size < 3 or np.ptp(x) == 0 or np.ptp(y) == 0:
        return float("nan")
    if method == "spearman":
        x, y = pd.Series(x).rank().to_numpy(), pd.Series(y).rank().to_numpy()
    elif method != "pearson":
        raise ValueError(f"method={method!r}: expected 'pearson' or 'spearman'")
    return float(np.corrcoef(x, y)[0, 1])


def bootstrap_interval(
    statistic: Callable[[np.ndarray], float],
    n_units: int,
    *,
    n_boot: int = 1000,
    level: float = 0.95,
    seed: int = 0,
) -> tuple[float, float]:
    """Percentile interval of ``statistic(indices)`` over ``n_boot`` resamples of the units (with replacement).

    ``statistic`` receives an array of unit positions (repeats allowed) and
    returns a float; resamples where it is NaN are left out. NaN bounds when
    there are fewer than two units or fewer than half the resamples give a value.
    """
    if n_units < 2 or n_boot < 1:
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, n_units, size=(n_boot, n_units))
    values = np.array([statistic(draw) for draw in draws], dtype=float)
    values = values[~np.isnan(values)]
    if values.size < n_boot / 2:
        return float("nan"), float("nan")
    tail = (1.0 - level) / 2.0
    low, high = np.quantile(values, [tail, 1.0 - tail])
    return float(low), float(high)


def confusion(suite: pd.Series, coder: pd.Series, *, classes: list[int]) -> pd.DataFrame:
    """Counts of units by the suite's class (rows) and the coder's class (columns), every class shown."""
    known = suite.notna() & coder.notna()
    table = pd.crosstab(
        pd.Categorical(suite[known].astype(int), categories=classes),
        pd.Categorical(coder[known].astype(int), categories=classes),
        dropna=False,
    )
    table.index.name, table.columns.name = "suite", "coder"
    return table.astype("int64")
