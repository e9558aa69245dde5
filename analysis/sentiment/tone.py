"""Tone of coverage by group and over time, with confidence intervals and the sentences behind it.

Everything here aggregates the ``sentiment`` table and the article columns
:mod:`analysis.sentiment.step` adds (``tone``, ``tone_narration``, ``tone_quotes``,
``word_tone``...). Group means are means over the group's articles (each
article counts once, whatever its length), with the article count beside them
so a thin group or period is visible, and a percentile bootstrap confidence
interval over articles, seeded per group so a group's interval does not
change when other groups do. Articles with a ``weight`` column
(``dedupe="weight"``, :mod:`analysis.pipeline.dedupe`) count by their weight:
counts become sums of weights, means and shares weighted means.
"""
from __future__ import annotations

import zlib
from typing import Any

import numpy as np
import pandas as pd

from analysis.stats.groups import (
    UNDATED, WEIGHT, article_weights, group_labels, is_weighted, known_or_unknown, undated_last, weighted_total,
)

LABELS = ("negative", "neutral", "positive")
VOICES = {"narration": "tone_narration", "quotes": "tone_quotes"}
GROUP_COLUMNS = ["n_articles", "n_sentences", "mean", "ci_low", "ci_high"]
EVIDENCE_COLUMNS = ["side", "rank", "compound", "voice", "text", "doc_id", "sent_id", "title", "link"]
ALL = "all articles"
BOOTSTRAP_BLOCK = 1_000_000  # article draws held at once by bootstrap_ci (about 8 MB per array of them)


# ---------------------------------------------------------------- sentences


def tone_label(compound: pd.Series, *, threshold: float = 0.05) -> pd.Series:
    """``positive`` at or above ``threshold``, ``negative`` at or below ``-threshold``, else ``neutral``."""
    labels = np.select([compound >= threshold, compound <= -threshold], ["positive", "negative"], "neutral")
    return pd.Series(labels, index=compound.index, dtype="str")


def article_links(articles: pd.DataFrame) -> pd.Series:
    """Where to read each article, by doc_id: its URL, else its path as loaded (relative to the corpus)."""
    url = articles["url"] if "url" in articles.columns else pd.Series(pd.NA, index=articles.index)
    path = articles["path"] if "path" in articles.columns else pd.Series(pd.NA, index=articles.index)
    record = articles["record"] if "record" in articles.columns else pd.Series(pd.NA, index=articles.index)
    located = path.astype("str").where(record.isna(), path.astype("str") + "#record=" + record.astype("str"))
    links = url.where(url.notna() & (url.astype("str") != ""), located.where(path.notna(), ""))
    return pd.Series(links.astype("str").to_numpy(), index=articles["doc_id"].astype("str"))


def scored_sentences(
    sentences: pd.DataFrame, sentiment: pd.DataFrame, articles: pd.DataFrame, *, threshold: float = 0.05
) -> pd.DataFrame:
    """One row per scored sentence: its text and offsets, scores, label and the article's title and link."""
    scored = sentences.merge(sentiment, on=["doc_id", "sent_id"], how="inner", validate="one_to_one")
    scored["label"] = tone_label(scored["compound"], threshold=threshold)
    meta = articles.set_index("doc_id")
    for column in ("title", "source", "place", "date"):
        if column in meta.columns:
            scored[column] = scored["doc_id"].map(meta[column])
    scored["link"] = scored["doc_id"].map(article_links(articles))
    if is_weighted(articles):
        scored[WEIGHT] = scored["doc_id"].astype("str").map(article_weights(articles)).to_numpy(dtype="float64")
    return scored


def _sentence_weights(scored: pd.DataFrame) -> np.ndarray:
    """Each scored sentence's weight: its article's (a ``weight`` column), else 1."""
    return scored[WEIGHT].to_numpy(dtype="float64") if WEIGHT in scored.columns else np.ones(len(scored))


def sentence_summary(scored: pd.DataFrame) -> pd.DataFrame:
    """Sentences per tone label with their share and mean compound (labels in a fixed order; weighted sums and
    means when the sentences carry article weights)."""
    weights = _sentence_weights(scored)
    frame = pd.DataFrame({"label": scored["label"].to_numpy(), "w": weights,
                          "wc": weights * scored["compound"].to_numpy(dtype="float64")})
    grouped = frame.groupby("label")[["w", "wc"]].sum().reindex(list(LABELS))
    counts = grouped["w"].fillna(0.0)
    summary = pd.DataFrame({
        "sentences": counts.round(3) if WEIGHT in scored.columns else counts.astype("int64"),
        "share": counts / max(float(weights.sum()), 1e-12) if len(scored) else counts * 0.0,
        "mean_compound": grouped["wc"] / grouped["w"].where(grouped["w"] > 0),
    })
    return summary.rename_axis("label")


def compound_histogram(scored: pd.DataFrame, *, bins: int = 10, threshold: float = 0.05) -> pd.DataFrame:
    """Sentences per compound bin: ``bins`` bins on each side and one neutral bin between the cut-offs.

    Columns ``bin_start``, ``bin_end``, ``label`` and ``sentences``. A
    sentence at exactly ``-threshold`` counts as negative, as in
    :func:`tone_label`, so the label of a bin is the label of every sentence in it.
    """
    negative = np.linspace(-1.0, -threshold, bins + 1)
    positive = np.linspace(threshold, 1.0, bins + 1)
    edges = np.concatenate([negative[:-1], [np.nextafter(-threshold, 0.0)], positive])
    weighted = WEIGHT in scored.columns
    counts, _ = np.histogram(scored["compound"].to_numpy(dtype="float64"), bins=edges,
                             weights=_sentence_weights(scored) if weighted else None)
    labels = ["negative"] * bins + ["neutral"] + ["positive"] * bins
    counts = counts.round(3) if weighted else counts.astype("int64")
    return pd.DataFrame({"bin_start": edges[:-1], "bin_end": edges[1:], "label": labels, "sentences": counts})


def sentence_view(scored: pd.DataFrame, doc_id: str | None = None) -> pd.DataFrame:
    """One article sentence by sentence (the first article when ``doc_id`` is None)."""
    if scored.empty:
        return scored
    doc_id = scored["doc_id"].iloc[0] if doc_id is None else doc_id
    one = scored[scored["doc_id"] == doc_id]
    if one.empty:
        raise KeyError(f"no scored sentences for doc_id {doc_id!r}")
    columns = ["sent_id", "paragraph", "voice", "compound", "label", "narration_compound", "quote_compound", "text"]
    return one[[column for column in columns if column in one.columns]].set_index("sent_id")


# ---------------------------------------------------------------- articles


ARTICLE_TABLE_COLUMNS = [
    "title", "source", "date", "n_sentences", "tone", "tone_positive_share", "tone_negative_share",
    "tone_narration", "tone_quotes", "word_tone", "word_polarity",
]


def article_table(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles' tone columns by doc_id, most negative first (dates as YYYY-MM-DD text, "" when unknown).

    An article without a title is named by where it was read (its URL or path); a missing source is ``(unknown)``.
    """
    table = articles.set_index("doc_id")[[c for c in ARTICLE_TABLE_COLUMNS if c in articles.columns]].copy()
    if "title" in table.columns:
        table["title"] = table["title"].where(table["title"].notna(), table.index.map(article_links(articles)))
    if "source" in table.columns:
        table["source"] = known_or_unknown(table["source"])
    if "date" in table.columns:
        table["date"] = pd.to_datetime(table["date"]).dt.strftime("%Y-%m-%d").fillna("")
    return table.sort_values(["tone", "n_sentences"], ascending=[True, False], kind="stable")


# ---------------------------------------------------------------- groups


def bootstrap_ci(
    values: np.ndarray, *, n_boot: int = 1000, level: float = 0.95, seed: int = 0, weights: np.ndarray | None = None
) -> tuple[float, float]:
    """Percentile bootstrap interval of the (weighted) mean, resampling articles; NaN for fewer than two values."""
    weights = np.ones(len(values)) if weights is None else np.asarray(weights, dtype="float64")
    valued = ~np.isnan(values)
    values, weights = values[valued], weights[valued]
    if len(values) < 2:
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    block = max(1, BOOTSTRAP_BLOCK // len(values))  # resamples drawn at once: memory bounded, whatever the group size
    means = np.empty(n_boot)
    for first in range(0, n_boot, block):  # the same stream of draws as one (n_boot, n) draw, row by row
        drawn = rng.integers(0, len(values), size=(min(block, n_boot - first), len(values)))
        means[first:first + len(drawn)] = (values[drawn] * weights[drawn]).sum(axis=1) / weights[drawn].sum(axis=1)
    tail = (1.0 - level) / 2.0
    low, high = np.quantile(means, [tail, 1.0 - tail])
    return float(low), float(high)


def _group_seed(seed: int, group: Any) -> list[int]:
    """A per-group seed: stable across runs and independent of the other groups."""
    return [seed, zlib.crc32(str(group).encode("utf-8"))]


def group_tone(
    articles: pd.DataFrame,
    *,
    by: str = "source",
    freq: str = "M",
    value: str = "tone",
    n_boot: int = 1000,
    level: float = 0.95,
    seed: int = 0,
) -> pd.DataFrame:
    """Mean of an article column (``tone`` by default) per group, with counts and a bootstrap interval.

    ``by`` is an articles column (``source``, ``place``...) or ``"period"``
    (the article date by ``freq``: D, W, M, Q or Y). Periods run without gaps
    from the first dated period to the last, so a period without articles
    shows as a row with ``n_articles`` 0; undated articles come last as
    "undated". ``n_articles`` counts the articles with a value (an article
    without sentences has no tone), ``n_sentences`` their sentences; with
    article weights both are sums of weights and the mean is weighted.
    """
    if value not in articles.columns:
        raise KeyError(f"articles have no column {value!r}; run analyze with the sentiment step first")
    labels = group_labels(articles, by, freq=freq)
    weighted = is_weighted(articles)
    frame = pd.DataFrame({
        "group": labels.to_numpy(),
        "value": articles[value].to_numpy(dtype="float64"),
        "n_sentences": articles["n_sentences"].to_numpy() if "n_sentences" in articles.columns else 0,
        "weight": article_weights(articles).to_numpy(),
    })
    rows = []
    for group, members in frame.groupby("group", sort=True):
        values, weights = members["value"].to_numpy(), members["weight"].to_numpy()
        valued = ~np.isnan(values)
        low, high = bootstrap_ci(values, n_boot=n_boot, level=level, seed=_group_seed(seed, group), weights=weights)
        rows.append({
            "group": group,
            "n_articles": weighted_total(weights[valued], weighted=weighted),
            "n_sentences": weighted_total(weights[valued] * members["n_sentences"].to_numpy()[valued], weighted=weighted),
            "mean": float(np.average(values[valued], weights=weights[valued])) if valued.any() else float("nan"),
            "ci_low": low,
            "ci_high": high,
        })
    table = pd.DataFrame(rows, columns=["group", *GROUP_COLUMNS]).set_index("group").rename_axis(by)
    return _with_all_periods(table, articles, freq=freq) if by == "period" else undated_last(table)


def _with_all_periods(table: pd.DataFrame, articles: pd.DataFrame, *, freq: str) -> pd.DataFrame:
    """Period rows from the first dated period to the last (empty ones with zero counts), undated last."""
    dates = pd.to_datetime(articles["date"]).dropna()
    if dates.empty:
        return table
    periods = pd.period_range(dates.min().to_period(freq), dates.max().to_period(freq), freq=freq).astype("str")
    filled = table.reindex(list(periods) + ([UNDATED] if UNDATED in table.index else []))
    counts = filled[["n_articles", "n_sentences"]].fillna(0)
    filled[["n_articles", "n_sentences"]] = counts if is_weighted(articles) else counts.astype("int64")
    return filled.rename_axis(table.index.name)


def voice_tone(
    articles: pd.DataFrame,
    *,
    by: str | None = None,
    freq: str = "M",
    n_boot: int = 1000,
    level: float = 0.95,
    seed: int = 0,
) -> pd.DataFrame:
    """The story's own tone (narration) beside the tone of the people quoted, overall or per group.

    One row per group and voice: ``n_articles`` with that voice, its mean over
    those articles and a bootstrap interval (see :func:`group_tone`).
    """
    tables = []
    for voice, column in VOICES.items():
        if by is None:
            table = group_tone(articles.assign(_all=ALL), by="_all", value=column, n_boot=n_boot, level=level, seed=seed)
            table = table.rename_axis("group")
        else:
            table = group_tone(articles, by=by, freq=freq, value=column, n_boot=n_boot, level=level, seed=seed)
        tables.append(table.assign(voice=voice).set_index("voice", append=True))
    return pd.concat(tables).sort_index(level=0, sort_remaining=False, kind="stable")


# ---------------------------------------------------------------- evidence


def evidence(
    scored: pd.DataFrame, *, by: str | None = None, articles: pd.DataFrame | None = None, freq: str = "M", n: int = 3
) -> pd.DataFrame:
    """The most positive and the most negative sentences of every group, with doc_id, sent_id and a link.

    ``by`` groups as in :func:`group_tone` (then ``articles`` is needed);
    None takes the whole corpus. A side lists only sentences of its sign (a
    group without negative sentences shows none), ties in corpus order.
    """
    if by is None:
        groups = pd.Series(ALL, index=scored.index)
    else:
        if articles is None:
            raise ValueError("evidence by group needs the articles table (articles=...)")
        groups = scored["doc_id"].map(group_labels(articles, by, freq=freq))
    work = scored.assign(_group=groups.to_numpy(), _order=np.arange(len(scored)))
    parts = []
    for side, sign in (("most positive", 1.0), ("most negative", -1.0)):
        candidates = work[work["compound"] * sign > 0].assign(_key=lambda frame: -sign * frame["compound"])
        top = candidates.sort_values(["_group", "_key", "_order"], kind="stable").groupby("_group", sort=True).head(n)
        parts.append(top.assign(side=side, rank=top.groupby("_group").cumcount() + 1))
    table = pd.concat(parts).sort_values(["_group", "side", "rank"], ascending=[True, False, True], kind="stable")
    for column in ("voice", "title", "link"):
        if column not in table.columns:
            table[column] = ""
    name = by or "group"
    table = table.drop(columns=[name], errors="ignore").rename(columns={"_group": name})
    return table[[name, *EVIDENCE_COLUMNS]].reset_index(drop=True)


# ---------------------------------------------------------------- news-aware tone


def cue_changes(news: pd.DataFrame, plain: pd.DataFrame | None, sentences: pd.DataFrame) -> pd.DataFrame:
    """Sentences whose score the news-aware rule changed (:mod:`analysis.sentiment.cues`), before and after.

    ``news`` is a ``sentiment`` table scored with the rule; "before" comes
    from ``plain``, a ``sentiment`` table of the same sentences scored without
    it (``sentiment_neutral_cues=False``), or, when ``plain`` is None, from
    ``news``'s own ``compound_before_cue_rule`` and ``narration_compound_before_cue_rule`` columns.
    Columns doc_id, sent_id, compound and narration compound before and after, and the sentence's text; in corpus order.
    """
    keys = ["doc_id", "sent_id"]
    if plain is None:
        both = news[keys + ["compound", "narration_compound"]].assign(
            compound_before=news["compound_before_cue_rule"],
            narration_compound_before=news["narration_compound_before_cue_rule"])
    else:
        both = news[keys + ["compound", "narration_compound"]].merge(
            plain[keys + ["compound", "narration_compound"]], on=keys, suffixes=("", "_before"), validate="one_to_one")
    changed = both[both["compound"] != both["compound_before"]]
    table = changed.merge(sentences[keys + ["text"]], on=keys, how="left")
    return table[["doc_id", "sent_id", "compound_before", "compound", "narration_compound_before", "narration_compound",
                  "text"]].reset_index(drop=True)
