"""Figures of notebook 00: each is drawn from one summary table and saved beside it as CSV.

Every function saves ``<name>.png`` and ``<name>.csv`` into ``output_dir`` via
:func:`analysis.plotting.save_figure`, closes the pyplot figure (so a notebook
shows it once, as the cell's value) and returns it; with no data to draw it
saves nothing and returns None.
"""
from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import MaxNLocator

from analysis.plotting import new_figure, save_figure

TOP_SOURCES = 15
_PERIOD_UNITS = {10: "day", 7: "month", 4: "year"}  # by the length of the period label


def plot_articles_by_date(by_date: pd.DataFrame, *, output_dir: str | Path, name: str = "articles_by_date") -> plt.Figure | None:
    """Bar chart of dated articles per period (a table from :func:`analysis.corpus.summary.articles_by_date`)."""
    if by_date.empty:
        return None
    fig, ax = new_figure(width=8.0, height=3.2)
    ax.bar(range(len(by_date)), by_date["articles"], color="#4c72b0")
    ax.set_xticks(*_sparse_ticks(by_date["period"].tolist()), rotation=45, ha="right")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel("articles")
    ax.set_title(f"Dated articles per {_PERIOD_UNITS.get(len(by_date['period'].iloc[0]), 'period')}")
    return _finish(fig, by_date, name, output_dir)


def plot_articles_by_source(by_source: pd.DataFrame, *, output_dir: str | Path, name: str = "articles_by_source") -> plt.Figure | None:
    """Horizontal bars of articles per source, the most frequent ``TOP_SOURCES`` sources."""
    if by_source.empty:
        return None
    top = by_source.head(TOP_SOURCES).iloc[::-1]
    fig, ax = new_figure(width=7.0, height=max(1.6, 0.6 + 0.3 * len(top)))
    ax.barh(top["source"], top["articles"], color="#55a868")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("articles")
    ax.set_title("Articles per source")
    return _finish(fig, by_source, name, output_dir)


def plot_lengths(articles: pd.DataFrame, *, output_dir: str | Path, name: str = "article_lengths") -> plt.Figure | None:
    """Histogram of article lengths in words; the CSV holds each article's ``doc_id`` and lengths."""
    if articles.empty:
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
    return _finish(fig, data, name, output_dir)


def _sparse_ticks(labels: list[str], *, most: int = 24) -> tuple[list[int], list[str]]:
    step = max(1, -(-len(labels) // most))
    positions = list(range(0, len(labels), step))
    return positions, [labels[i] for i in positions]


def _finish(fig: plt.Figure, data: pd.DataFrame, name: str, output_dir: str | Path) -> plt.Figure:
    save_figure(fig, data, name, output_dir)
    plt.close(fig)
    return fig
