"""Grouping articles for comparison (by an articles column, a source derived from the URL or folder, or by period),
the grouping that adapts when the one asked for has fewer than two groups, and the article weights every summary honours.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath

import numpy as np
import pandas as pd

UNDATED = "undated"
UNKNOWN = "(unknown)"  # the one spelling of a missing group value (a source the data does not name)
PERIOD = "period"
# Groupings derived from other columns when the data has no such column: name -> what it is.
DERIVED = {
    "url_domain": "the source derived from each article's URL domain",
    "folder": "the source derived from the folder each article's file is in",
}
FALLBACKS = ("url_domain", "folder", "place", PERIOD)  # tried in this order when a grouping has fewer than 2 groups
_PERIOD_NAMES = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year", "A": "year"}


def group_labels(articles: pd.DataFrame, by: str, *, freq: str = "M") -> pd.Series:
    """Each article's group by doc_id.

    ``by`` is an articles column (a missing or blank value is ``(unknown)``),
    ``"period"`` (the date by ``freq``; ``undated`` when NaT), or, when the
    articles have no such column, ``"url_domain"`` (the host of the article's
    URL without ``www.``) or ``"folder"`` (the folder of its file within the
    corpus; ``.`` for the corpus folder itself).
    """
    ids = articles["doc_id"].astype("str")
    if by == PERIOD:
        dates = pd.to_datetime(articles["date"]) if "date" in articles.columns else pd.Series(pd.NaT, index=articles.index)
        labels = dates.dt.to_period(freq).astype("str").where(dates.notna(), UNDATED)
    elif by in articles.columns:
        labels = known_or_unknown(articles[by])
    elif by in DERIVED:
        labels = known_or_unknown(_derived(articles, by))
    else:
        raise KeyError(f"cannot group articles by {by!r}: expected 'period', {list(DERIVED)} "
                       f"or one of {list(articles.columns)}")
    return pd.Series(labels.to_numpy(), index=ids)


def known_or_unknown(values: pd.Series) -> pd.Series:
    """Values as text, with missing or blank ones spelt :data:`UNKNOWN`."""
    text = values.astype("str").where(values.notna(), UNKNOWN)
    return text.where(text.str.strip() != "", UNKNOWN)


def _derived(articles: pd.DataFrame, by: str) -> pd.Series:
    """A derived grouping column (:data:`DERIVED`): URL domains or file folders, missing where unknown."""
    if by == "url_domain":
        urls = articles["url"] if "url" in articles.columns else pd.Series(pd.NA, index=articles.index, dtype="object")
        hosts = urls.astype("str").str.extract(r"^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/]*@)?([^/:?#]+)", expand=False)
        return hosts.str.lower().str.removeprefix("www.").where(urls.notna())
    paths = articles["path"] if "path" in articles.columns else pd.Series(pd.NA, index=articles.index, dtype="object")
    return paths.map(lambda path: str(PurePosixPath(str(path)).parent) if pd.notna(path) else None)


def known_groups(articles: pd.DataFrame, by: str, *, freq: str = "M") -> list[str]:
    """The groups of ``by`` other than :data:`UNKNOWN` and :data:`UNDATED`, sorted."""
    labels = set(group_labels(articles, by, freq=freq))
    return sorted(labels - {UNKNOWN, UNDATED})


def grouping_name(by: str, *, freq: str = "M") -> str:
    """What a grouping is, in words ("the article's month", "the source derived from ...", "the column 'place'")."""
    if by == PERIOD:
        return f"the article's {_PERIOD_NAMES.get(freq.upper()[:1], 'period')}"
    return DERIVED.get(by, f"the column {by!r}")


@dataclass(frozen=True)
class Grouping:
    """The grouping a page uses: ``by`` (what to pass on as ``by=``), what was asked for, and one line saying so."""

    by: str
    requested: str
    groups: tuple[str, ...]
    note: str

    @property
    def fell_back(self) -> bool:
        """True when ``by`` is an alternative to the grouping asked for."""
        return self.by != self.requested


def adaptive_grouping(
    articles: pd.DataFrame, by: str, *, freq: str = "M", fallbacks: tuple[str, ...] = FALLBACKS, min_groups: int = 2
) -> Grouping:
    """The grouping asked for when it has ``min_groups`` known groups, else the first alternative that has.

    Known groups leave out :data:`UNKNOWN` and :data:`UNDATED`: a corpus whose
    ``source`` column is empty, or names one agency, has nothing to compare by
    source. The alternatives are tried in ``fallbacks`` order (by default a
    source derived from the URL's domain, then from the file's folder, then
    ``place``, then ``period``); one the articles cannot give is skipped.
    When none has enough groups the grouping asked for is kept. ``note``
    says in one line which grouping is used and why.
    """
    asked = known_groups(articles, by, freq=freq)
    if len(asked) >= min_groups:
        return Grouping(by, by, tuple(asked), f"Grouped by {by!r}: {len(asked)} groups.")
    found = f"By {by!r} this corpus has {_describe(asked)}, fewer than {min_groups} to compare"
    passed: list[str] = []
    for alternative in fallbacks:
        if alternative == by:
            continue
        groups = known_groups(articles, alternative, freq=freq) if _available(articles, alternative) else []
        if len(groups) >= min_groups:
            skipped = f" ({'; '.join(passed)})" if passed else ""
            return Grouping(alternative, by, tuple(groups),
                            f"{found}; grouping by {alternative!r} instead, {grouping_name(alternative, freq=freq)}: "
                            f"{len(groups)} groups{skipped}.")
        passed.append(f"{alternative!r}: {_describe(groups)}")
    return Grouping(by, by, tuple(asked), f"{found}, and no alternative has more ({'; '.join(passed)}); "
                                          "the comparisons show what there is.")


def _available(articles: pd.DataFrame, by: str) -> bool:
    """Whether the articles can be grouped by ``by`` at all."""
    needs = {"url_domain": "url", "folder": "path", PERIOD: "date"}.get(by, by)
    return needs in articles.columns


def _describe(groups: list[str]) -> str:
    if not groups:
        return "no known group"
    shown = ", ".join(groups[:3]) + (", ..." if len(groups) > 3 else "")
    return f"{len(groups)} known group{'s' if len(groups) != 1 else ''} ({shown})"


def undated_last(table: pd.DataFrame) -> pd.DataFrame:
    """The same table with the "(unknown)" and "undated" rows, if any, moved to the end (in that order)."""
    last = [label for label in (UNKNOWN, UNDATED) if label in table.index]
    if not last:
        return table
    return pd.concat([table.drop(index=last), table.loc[last]])


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
