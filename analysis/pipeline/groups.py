"""Grouping articles for comparison: by an articles column (source, place...) or by period."""
from __future__ import annotations

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
