"""Grouping articles for comparison (by an articles column or by period) and the article weights every summary honours."""
from __future__ import annotations

import numpy as np
import pandas as pd

UNDATED = "undated"


def group_labels(articles: pd.DataFrame, by: str, *, freq: str = "M") -> pd.Series:
    """Each article's group by an articles column or "period" (date by ``freq``; "undated" when NaT), by doc_id."""
    ids = articles["doc_id"].astype("str")
    if by == "period":
        dates = pd.to_datetime(articles["date"]) if "date" in articles.columns else pd.Series(pd.NaT, index=articles.index)
        labels = dates.dt.to_period(freq).astype("str").where(dates.notna(), UNDATED)
    elif by in articles.columns:
        labels = articles[by].astype("str").where(articles[by].notna(), "unknown")
    else:
        raise KeyError(f"cannot group articles by {by!r}: expected 'period' or one of {list(articles.columns)}")
    return pd.Series(labels.to_numpy(), index=ids)


def undated_last(table: pd.DataFrame) -> pd.DataFrame:
    """The same table with the "undated" row, if any, moved to the end."""
    if UNDATED not in table.index:
        return table
    return pd.concat([table.drop(index=UNDATED), table.loc[[UNDATED]]])


# ---------------------------------------------------------------- article weights

WEIGHT = "weight"


def is_weighted(articles: pd.DataFrame) -> bool:
    """True when the articles carry a ``weight`` column (``dedupe="weight"``: each story member counts 1/size)."""
    return WEIGHT in articles.columns


def article_weights(articles: pd.DataFrame) -> pd.Series:
    """Each article's weight by doc_id: its ``weight`` column, else 1.0 (every article counts once)."""
    ids = articles["doc_id"].astype("str").to_numpy()
    values = articles[WEIGHT].to_numpy(dtype="float64") if is_weighted(articles) else np.ones(len(articles))
    return pd.Series(values, index=pd.Index(ids, name="doc_id"), name=WEIGHT)


def summary_weights(articles: pd.DataFrame) -> pd.Series | None:
    """The ``weights=`` to pass the row-table summaries: :func:`article_weights` when the articles are weighted, else None."""
    return article_weights(articles) if is_weighted(articles) else None


def row_weights(rows: pd.DataFrame, weights: pd.Series | None) -> np.ndarray:
    """The weight of each row of a table keyed by doc_id (sentences, mentions, quotes...): its article's weight.

    ``weights`` is :func:`article_weights` (None: every row weighs 1). A row
    whose article has no weight raises KeyError naming its doc_id.
    """
    if weights is None:
        return np.ones(len(rows))
    mapped = rows["doc_id"].astype("str").map(weights)
    if mapped.isna().any():
        raise KeyError(f"no article weight for doc_id {rows.loc[mapped.isna(), 'doc_id'].iloc[0]!r}")
    return mapped.to_numpy(dtype="float64")


def weighted_total(values: np.ndarray, *, weighted: bool) -> int | float:
    """A count summed from weights: an int when nothing is weighted, else a float rounded to 3 decimals."""
    total = float(np.sum(values))
    return round(total, 3) if weighted else int(round(total))
