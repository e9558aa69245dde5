"""Frame prevalence over a corpus and per group, honouring article weights.

Both summaries aggregate :func:`analysis.framing.step.article_frames` (one row
per article and frame). Articles with a ``weight`` column
(``dedupe="weight"``, :mod:`analysis.pipeline.dedupe`) count by their weight:
article and sentence counts become sums of weights, shares and rates weighted.
"""
from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from analysis.framing.step import analysis_dictionary, article_frames
from analysis.stats.groups import UNDATED, article_weights, group_labels, is_weighted, row_weights, undated_last
from analysis.stats.support import wilson_interval

MEASURES = ("share_articles", "per_1k_words", "hits")


def _weighted_scores(analysis: Any) -> tuple[pd.DataFrame, bool]:
    """Article frame scores with each count multiplied by the article's weight, and whether weights apply."""
    weighted = is_weighted(analysis.articles)
    scores = article_frames(analysis)
    weight = row_weights(scores, article_weights(analysis.articles) if weighted else None)
    scores = scores.assign(
        weight=weight, present=scores["present"] * weight, hits=scores["hits"] * weight,
        sentences=scores["sentences"] * weight, n_words=scores["n_words"] * weight,
    )
    return scores, weighted


def _count(values: pd.Series | float, weighted: bool) -> Any:
    if isinstance(values, pd.Series):
        return values.astype("float64").round(3) if weighted else values.astype("int64")
    return round(float(values), 3) if weighted else int(values)


def frame_prevalence(analysis: Any, *, level: float = 0.95) -> pd.DataFrame:
    """Per frame: label, articles with the frame, their share of all articles with a Wilson interval
    (``ci_low``, ``ci_high``), hits, hits per 1,000 words and share of sentences; most articles first.

    The number of articles the shares are out of is ``table.attrs["n_articles"]``.
    """
    dictionary = analysis_dictionary(analysis)
    scores, weighted = _weighted_scores(analysis)
    weights = article_weights(analysis.articles).groupby(level=0).first()
    n_articles = _count(weights.sum(), weighted)
    n_sentences = float(row_weights(analysis.sentences, weights if weighted else None).sum())
    totals = scores.groupby("frame", sort=False).agg(
        articles=("present", "sum"), hits=("hits", "sum"), sentences=("sentences", "sum"), words=("n_words", "sum")
    )
    return prevalence_table(totals, dictionary, n_articles=n_articles, n_sentences=n_sentences, weighted=weighted,
                            level=level)


def prevalence_table(totals: pd.DataFrame, dictionary: Any, *, n_articles: float, n_sentences: float, weighted: bool,
                     level: float = 0.95) -> pd.DataFrame:
    """The :func:`frame_prevalence` table from per-frame totals (index frame id; ``articles``, ``hits``,
    ``sentences`` and ``words``: weighted sums over every article), however they were summed (pandas or SQL)."""
    table = totals.reindex(dictionary.frame_ids)
    for column in ("articles", "hits", "sentences"):
        table[column] = _count(table[column].fillna(0), weighted)
    table.insert(0, "label", [dictionary.frame(frame_id).label for frame_id in table.index])
    table["share_articles"] = table["articles"] / n_articles if n_articles else 0.0
    low, high = wilson_interval(table["articles"].to_numpy(dtype="float64"), float(n_articles), level=level)
    table.insert(table.columns.get_loc("share_articles") + 1, "ci_low", low)
    table.insert(table.columns.get_loc("ci_low") + 1, "ci_high", high)
    table["per_1k_words"] = np.where(table["words"] > 0, table["hits"] * 1000 / table["words"].clip(lower=1e-12), 0.0)
    table["share_sentences"] = table["sentences"] / n_sentences if n_sentences else 0.0
    table = table.drop(columns="words").rename_axis("frame")
    table = table.sort_values("articles", ascending=False, kind="stable")
    table.attrs["n_articles"] = n_articles
    return table


def frames_by(analysis: Any, by: str = "source", *, freq: str = "M", measure: str = "share_articles") -> pd.DataFrame:
    """Frames per group of articles, with the group's article count beside them.

    ``by`` is an articles column (``source``...) or ``"period"`` (the article
    date by ``freq``: ``"D"``, ``"W"``, ``"M"``, ``"Q"``, ``"Y"``; undated
    articles form the group ``"undated"``, never a guessed date). ``measure``
    is ``share_articles`` (share of the group's articles with the frame),
    ``per_1k_words`` or ``hits``. Returns one row per group: ``n_articles``
    then one column per frame.
    """
    dictionary = analysis_dictionary(analysis)
    scores, weighted = _weighted_scores(analysis)
    scores["group"] = scores["doc_id"].map(group_labels(analysis.articles, by, freq=freq))
    summary = scores.groupby(["group", "frame"], sort=True).agg(
        articles=("present", "sum"), hits=("hits", "sum"), words=("n_words", "sum")
    )
    sizes = scores.drop_duplicates("doc_id").groupby("group", sort=True)["weight"].sum()
    return frames_table(summary, sizes, dictionary, by=by, freq=freq, measure=measure, weighted=weighted,
                        articles=analysis.articles)


def frames_table(summary: pd.DataFrame, sizes: pd.Series, dictionary: Any, *, by: str, freq: str, measure: str,
                 weighted: bool, articles: pd.DataFrame) -> pd.DataFrame:
    """The :func:`frames_by` table from per (group, frame) totals (``articles``, ``hits``, ``words``: weighted sums,
    every frame of every group) and the groups' sizes (sums of article weights), however they were summed."""
    if measure not in MEASURES:
        raise ValueError(f"measure {measure!r}: expected one of {MEASURES}")
    summary = summary.copy()
    summary["n_articles"] = summary.index.get_level_values("group").map(sizes).to_numpy()
    summary["share_articles"] = summary["articles"] / summary["n_articles"]
    summary["per_1k_words"] = np.where(summary["words"] > 0, summary["hits"] * 1000 / summary["words"].clip(lower=1e-12), 0.0)
    if measure == "hits":
        summary["hits"] = _count(summary["hits"], weighted)
    wide = summary[measure].unstack("frame").reindex(columns=dictionary.frame_ids)
    wide.insert(0, "n_articles", _count(sizes.reindex(wide.index), weighted))
    wide = wide.rename_axis(index=by, columns=None)
    if by == "period":
        wide = _every_period(wide, articles, freq=freq, weighted=weighted)
    return undated_last(wide)


def _every_period(wide: pd.DataFrame, articles: pd.DataFrame, *, freq: str, weighted: bool) -> pd.DataFrame:
    """Rows for every calendar period from the first dated one to the last: an empty one has 0 articles, no shares."""
    dates = pd.to_datetime(articles["date"]).dropna() if "date" in articles.columns else pd.Series([], dtype="datetime64[ns]")
    if dates.empty:
        return wide
    periods = list(pd.period_range(dates.min().to_period(freq), dates.max().to_period(freq), freq=freq).astype("str"))
    full = wide.reindex(periods + ([UNDATED] if UNDATED in wide.index else []))
    full["n_articles"] = _count(full["n_articles"].fillna(0), weighted)
    return full.rename_axis(wide.index.name)


def dominant_frame_counts(articles: pd.DataFrame, *, none: str = "(none)") -> pd.Series:
    """Articles per dominant frame (ties joined with ``|``; ``none`` for articles without a hit), by name;
    sums of weights when the articles are weighted."""
    labels = articles["dominant_frame"].fillna(none).astype("str").to_numpy()
    weights = article_weights(articles).to_numpy()
    counts = pd.Series(weights, index=labels).groupby(level=0, sort=True).sum()
    return _count(counts, is_weighted(articles)).rename_axis("dominant_frame").rename("articles")
