"""Support and uncertainty for the actor rankings: minimum support, intervals, shrunk tone.

A ranking of actors is only as good as the evidence under each row, so every
ranking on the actors page counts *articles* (not mentions: one profile
naming its subject 113 times is one article), shows that n with an interval,
and leaves out rows below a minimum support, saying how many.

* :func:`supported` -- the rows with at least ``minimum`` articles, as a
  :class:`Ranking` that knows how many rows it left out;
* :func:`wilson_interval` -- the Wilson score interval of a share of articles
  (:func:`analysis.stats.support.wilson_interval`, re-exported);
* :func:`ratio_interval` -- a share of a total summed over articles (share of
  voice) with a linearisation (delta-method) interval that treats articles as
  clusters;
* :func:`shrink_means` -- empirical-Bayes shrinkage of per-actor mean tone
  toward the corpus mean (normal-normal model, method-of-moments prior), with
  a posterior interval;
* :func:`top_per_type` -- the first ``n`` rows of each actor type.
"""
from __future__ import annotations

from dataclasses import dataclass
from statistics import NormalDist

import numpy as np
import pandas as pd

from analysis.stats.groups import UNKNOWN  # the one spelling of a missing value
from analysis.stats.support import wilson_interval, with_min_support  # shared with pages 00-02

MIN_PRIOR_VARIANCE = 1e-3  # floor of the between-actor tone variance: a near-zero estimate would erase every difference


@dataclass(frozen=True)
class Ranking:
    """Rows with enough support (in the table's order) and how many rows were left out."""

    table: pd.DataFrame
    left_out: int
    minimum: float
    column: str

    def note(self, what: str = "actors") -> str:
        """One sentence: how many rows are shown and how many were left out for want of support."""
        shown = len(self.table)
        if not self.left_out:
            return f"{shown} {what}, all with at least {self.minimum:g} {self.column}."
        return (f"{shown} {what} with at least {self.minimum:g} {self.column}; "
                f"{self.left_out} with fewer left out (see min_articles in the parameters).")

    def top(
        self, n: int, *, drop: tuple[str, ...] = (), from_end: bool = False, decimals: int = 3
    ) -> pd.DataFrame | None:
        """The first ``n`` rows (the last ``n``, last first, with ``from_end``) without the ``drop`` columns,
        rounded to ``decimals``; None when no row has the support (:meth:`note` says so)."""
        if self.table.empty:
            return None
        rows = self.table.tail(n).iloc[::-1] if from_end else self.table.head(n)
        return rows.drop(columns=list(drop)).round(decimals)


def supported(table: pd.DataFrame, *, column: str = "articles", minimum: float = 2) -> Ranking:
    """The rows of ``table`` whose ``column`` is at least ``minimum``, in order, as a :class:`Ranking`
    (the split is :func:`analysis.stats.support.with_min_support`'s; the Ranking adds the actors page's note)."""
    split = with_min_support(table, minimum=minimum, count=column)
    return Ranking(split.table.reset_index(drop=True), len(split.left_out), minimum, column)


def z_value(level: float) -> float:
    """The two-sided normal quantile for a confidence ``level`` in (0, 1) (1.96 for 0.95)."""
    if not 0 < level < 1:
        raise ValueError(f"level={level!r}: expected a confidence level between 0 and 1, e.g. 0.95")
    return NormalDist().inv_cdf(0.5 + level / 2)


def ratio_interval(
    part: pd.DataFrame, totals: pd.Series, *, level: float = 0.95
) -> pd.DataFrame:
    """Each group's share of a total summed over articles, with a cluster (delta-method) interval.

    ``part`` has columns ``group``, ``doc_id`` and ``value`` (a group's amount
    in an article, e.g. words quoted); ``totals`` the total amount by doc_id
    (every article counted, also those where the group is absent). The share
    is R = sum(y_d) / sum(x_d); its variance, articles as clusters, is
    n/(n-1) * sum_d (y_d - R x_d)^2 / X^2. Returns ``share``, ``share_low``,
    ``share_high`` by group (bounds clipped to [0, 1]; NaN with one article).
    """
    totals = totals.astype("float64")
    per_doc = part.groupby(["group", "doc_id"], sort=False)["value"].sum().reset_index()
    per_doc["x"] = per_doc["doc_id"].map(totals).to_numpy(dtype="float64")
    sums = per_doc.assign(yy=per_doc["value"] ** 2, yx=per_doc["value"] * per_doc["x"]).groupby("group", sort=False)[
        ["value", "yy", "yx"]].sum()
    return ratio_from_sums(sums, grand=float(totals.sum()), squares=float((totals ** 2).sum()), n=len(totals),
                           level=level)


def ratio_from_sums(sums: pd.DataFrame, *, grand: float, squares: float, n: int, level: float = 0.95) -> pd.DataFrame:
    """:func:`ratio_interval` from its sums (so stored tables can sum in SQL): per group ``value`` (sum of y_d),
    ``yy`` (of y_d^2) and ``yx`` (of y_d x_d); ``grand`` sum of x_d, ``squares`` of x_d^2, over ``n`` articles."""
    if grand <= 0:
        return pd.DataFrame({"share": np.nan, "share_low": np.nan, "share_high": np.nan}, index=sums.index)
    share = sums["value"] / grand
    residual = sums["yy"] - 2 * share * sums["yx"] + share ** 2 * squares
    se = np.sqrt(np.clip(residual, 0, None) * n / (n - 1)) / grand if n > 1 else share * np.nan
    z = z_value(level)
    return pd.DataFrame({"share": share, "share_low": (share - z * se).clip(0, 1), "share_high": (share + z * se).clip(0, 1)})


def shrink_means(
    values: pd.DataFrame, *, level: float = 0.95
) -> pd.DataFrame:
    """Empirical-Bayes shrinkage of each group's mean toward the mean of all values, with a posterior interval.

    ``values`` has columns ``group``, ``value`` (one per unit, here an actor's
    mean tone in one article) and ``weight``. Normal-normal model: a group's
    true mean is drawn from N(mu, tau^2) and its units from N(mean, sigma^2).
    ``mu`` is the weighted mean of all values, ``sigma^2`` the pooled
    within-group variance, ``tau^2`` the variance of the group means less
    their average sampling variance (method of moments, floored at
    ``MIN_PRIOR_VARIANCE``). Each mean moves toward ``mu`` by
    ``B = tau^2 / (tau^2 + sigma^2 / n)``: a group seen in one article moves
    most. Returns, by group: ``n`` (sum of weights), ``raw`` (the group's
    mean), ``shrunk``, ``low``, ``high`` (shrunk -/+ z * sqrt(B sigma^2 / n)).
    """
    weight = values["weight"].to_numpy(dtype="float64")
    value = values["value"].to_numpy(dtype="float64")
    frame = pd.DataFrame({"group": values["group"].to_numpy(), "w": weight, "wv": weight * value})
    grouped = frame.groupby("group", sort=False)[["w", "wv"]].sum()
    n, raw = grouped["w"], grouped["wv"] / grouped["w"]
    mu = float(frame["wv"].sum() / frame["w"].sum())
    deviation = value - values["group"].map(raw).to_numpy(dtype="float64")
    within = float((weight * deviation ** 2).sum())
    dof = float((n - 1).clip(lower=0).sum())
    sigma2 = within / dof if dof > 0 else float(np.average((value - mu) ** 2, weights=weight))
    return shrink_grouped(n, raw, mu=mu, sigma2=sigma2, level=level)


def shrink_grouped(n: pd.Series, raw: pd.Series, *, mu: float, sigma2: float, level: float = 0.95) -> pd.DataFrame:
    """:func:`shrink_means` from its group sums (so stored tables can sum in SQL): each group's weight ``n`` and mean
    ``raw`` (same index), the mean ``mu`` of all values and the pooled within-group variance ``sigma2``."""
    tau2 = max(float(((raw - mu) ** 2).mean() - (sigma2 / n).mean()), MIN_PRIOR_VARIANCE)
    factor = tau2 / (tau2 + sigma2 / n)
    shrunk = mu + factor * (raw - mu)
    half = z_value(level) * np.sqrt(factor * sigma2 / n)
    return pd.DataFrame({"n": n, "raw": raw, "shrunk": shrunk, "low": shrunk - half, "high": shrunk + half})


def top_per_type(table: pd.DataFrame, *, n: int = 10, types: tuple[str, ...] | None = None) -> dict[str, pd.DataFrame]:
    """The first ``n`` rows of each ``actor_type`` (in the table's order), by type; an unknown type is "(unknown)".

    ``types`` fixes which types come first and in what order; other types follow alphabetically, unknown last.
    """
    kinds = table["actor_type"].astype("str").fillna(UNKNOWN)
    present = sorted(set(kinds), key=lambda kind: (kind == UNKNOWN, kind))  # the unknown type last
    order = [kind for kind in (types or ()) if kind in present] + [kind for kind in present if kind not in (types or ())]
    return {kind: table[(kinds == kind).to_numpy()].head(n).reset_index(drop=True) for kind in order}

