"""Support behind a ranking: intervals for shares and the minimum number of articles a group needs to be ranked.

Every page that ranks groups (sources, periods, frames) shows the article
count ``n`` beside each value with an interval, and by default leaves out the
groups with fewer than a minimum number of articles (a notebook parameter),
saying how many it left out: a mean or a share over two articles is not a
finding. :func:`wilson_interval` gives the interval of a share (Wilson score
interval: sensible at 0 and 1 and for small ``n``, unlike the normal
approximation); means carry the bootstrap interval of
:func:`analysis.sentiment.tone.bootstrap_ci`.
"""
from __future__ import annotations

from dataclasses import dataclass
from statistics import NormalDist

import numpy as np
import pandas as pd


def wilson_interval(
    successes: np.ndarray | pd.Series | float, totals: np.ndarray | pd.Series | float, *, level: float = 0.95
) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval of the share ``successes / totals`` (arrays or numbers); NaN where ``totals`` is 0.

    Works on weighted (fractional) counts too, treating them as counts.
    """
    if not 0 < level < 1:
        raise ValueError(f"level {level!r}: expected a number between 0 and 1, e.g. 0.95")
    k = np.asarray(successes, dtype="float64")
    n = np.asarray(totals, dtype="float64")
    z = NormalDist().inv_cdf(0.5 + level / 2)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = k / n
        centre = (share + z * z / (2 * n)) / (1 + z * z / n)
        half = z * np.sqrt(share * (1 - share) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    empty = n <= 0
    low = np.where(empty, np.nan, np.clip(centre - half, 0.0, 1.0))
    high = np.where(empty, np.nan, np.clip(centre + half, 0.0, 1.0))
    return low, high


@dataclass(frozen=True)
class Supported:
    """The rows of a ranking with enough support, and the rows left out with one line saying so."""

    table: pd.DataFrame
    left_out: pd.DataFrame
    note: str


def with_min_support(table: pd.DataFrame, *, minimum: int, count: str = "n_articles", what: str = "groups") -> Supported:
    """Split ``table`` into rows whose ``count`` column reaches ``minimum`` and the rows left out.

    ``note`` says how many ``what`` were left out and names the first few,
    e.g. "3 sources with fewer than 5 articles left out: AFP (2), DPA (1), ...".
    ``minimum`` 0 or 1 keeps every row with a count.
    """
    if count not in table.columns:
        raise KeyError(f"table has no column {count!r} to measure support by; it has {list(table.columns)}")
    if minimum < 0:
        raise ValueError(f"minimum support {minimum!r}: expected 0 or more articles")
    enough = table[count].fillna(0).to_numpy(dtype="float64") >= minimum
    kept, dropped = table[enough], table[~enough]
    if dropped.empty:
        return Supported(kept, dropped, f"All {len(kept)} {what} have at least {minimum} article(s).")
    shown = ", ".join(f"{label} ({_count_text(value)})" for label, value in dropped[count].head(5).items())
    more = ", ..." if len(dropped) > 5 else ""
    note = (f"{len(dropped)} of {len(table)} {what} with fewer than {minimum} articles left out "
            f"(parameter min_articles): {shown}{more}.")
    return Supported(kept, dropped, note)


def _count_text(value: float) -> str:
    value = float(value)
    return f"{value:g}" if not value.is_integer() else str(int(value))
