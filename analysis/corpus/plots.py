"""Figures of notebook 00; each returns the figure and the table it was drawn from.

Save them with :func:`analysis.plotting.save_figure` (PNG beside the CSV of
the data). A function returns ``None`` when there is nothing to draw (no
articles, no dated article), so the notebook can skip the figure.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import MaxNLocator

from analysis.plotting import new_figure

TOP_SOURCES = 15
_PERIOD_UNITS = {10: "day", 7: "month", 4: "year"}  # by the length of the period label


def plot_articles_by_date(by_date: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame] | None:
    """Bar chart of dated articles per period (a table from :func:`analysis.corpus.summary.articles_by_date`)."""
    if by_date.empty:
        return None
    fig, ax = new_figure(width=8.0, height=3.2)
    ax.bar(range(len(by_date)), by_date["articles"], color="#4c72b0")
    ax.set_xticks(*_sparse_ticks(by_date["period"].tolist()), rotation=45, ha="right")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel("articles")
    ax.set_title(f"Dated articles per {_PERIOD_UNITS.get(len(by_date['period'].iloc[0]), 'period')}")
    return fig, by_date


def plot_articles_by_source(by_source: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame] | None:
    """Horizontal bars of articles per source, the most frequent ``TOP_SOURCES`` sources.

    The data returned is the whole ``by_source`` table (from
    :func:`analysis.corpus.summary.articles_by_source`), so its CSV lists every source.
    """
    if by_source.empty:
        return None
    top = by_source.head(TOP_SOURCES).iloc[::-1]
    fig, ax = new_figure(width=7.0, height=max(1.6, 0.6 + 0.3 * len(top)))
    ax.barh(top["source"], top["articles"], color="#55a868")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("articles")
    ax.set_title("Articles per source")
    return fig, by_source


def plot_lengths(articles: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame] | None:
    """Histogram of article lengths in words; the data holds each article's ``doc_id`` and lengths.

    None for fewer than two articles: one bar says nothing about a distribution
    (:func:`analysis.corpus.summary.lengths_note` says so in a line).
    """
    if len(articles) < 2:
        return None
    columns = [column for column in ("doc_id", "n_words", "n_paragraphs", "n_sentences") if column in articles.columns]
    data = articles[columns].reset_index(drop=True)
    fig, ax = new_figure(width=7.0, height=3.2)
    words = data["n_words"].clip(lower=1)
    wide = words.max() / words.min() >= 20
    bins = np.geomspace(words.min(), words.max() + 1, 31) if wide else min(30, len(data))
    ax.hist(words, bins=bins, color="#8172b2")
    if wide:
        ax.set_xscale("log")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("words per article" + (" (log scale)" if wide else ""))
    ax.set_ylabel("articles")
    ax.set_title("Article lengths")
    return fig, data


def _sparse_ticks(labels: list[str], *, most: int = 24) -> tuple[list[int], list[str]]:
    step = max(1, -(-len(labels) // most))
    positions = list(range(0, len(labels), step))
    return positions, [labels[i] for i in positions]



def plot_syndication(by_outlet: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame] | None:
    """Per outlet (the ``TOP_SOURCES`` largest), its articles split into agency copy and the rest.

    ``by_outlet`` is :func:`analysis.corpus.syndication.syndication_by_outlet`;
    the data returned is that whole table.
    """
    if by_outlet.empty:
        return None
    top = by_outlet.head(TOP_SOURCES).iloc[::-1]
    fig, ax = new_figure(width=7.0, height=max(1.6, 0.6 + 0.3 * len(top)))
    ax.barh(top["source"], top["agency_copy"], color="#c44e52", label="agency copy")
    ax.barh(top["source"], top["articles"] - top["agency_copy"], left=top["agency_copy"], color="#8c8c8c", label="other")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("articles")
    ax.set_title("Agency copy per outlet")
    ax.legend(loc="lower right", frameon=False)
    return fig, by_outlet
