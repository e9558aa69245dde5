"""Figures for the framing notebook; each returns the figure and the table it was drawn from.

Save them with :func:`analysis.plotting.save_figure` so every figure travels
with its data. Functions return ``None`` when there is nothing meaningful to
draw (say, frames over time from undated articles), so a notebook can say so
in one line instead of saving an empty figure.
"""
from __future__ import annotations

from functools import lru_cache

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib import font_manager
from matplotlib.ft2font import FT2Font

from analysis.stats.groups import UNDATED
from analysis.plotting import new_figure


def prevalence_figure(prevalence: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """Horizontal bars: the share of articles holding each frame with its Wilson interval; labels carry the counts.

    ``prevalence`` is :func:`analysis.framing.summary.frame_prevalence` (any
    subset of its rows, in the order to draw, first on top).
    """
    data = prevalence[["label", "articles", "share_articles", "ci_low", "ci_high", "hits", "per_1k_words"]].iloc[::-1]
    total = prevalence.attrs.get("n_articles")
    fig, ax = new_figure(width=7.0, height=0.35 * len(data) + 1.3)
    shares = data["share_articles"].to_numpy(dtype="float64")
    errors = np.vstack([shares - data["ci_low"].to_numpy(dtype="float64"), data["ci_high"].to_numpy(dtype="float64") - shares])
    labels = [f"{label} (n={_number(count)})" for label, count in zip(data["label"], data["articles"])]
    ax.barh(labels, shares, color="#4c72b0", xerr=np.nan_to_num(errors.clip(min=0)), ecolor="black", capsize=2)
    ax.set_xlim(0, 1)
    out_of = f"all {_number(total)}" if total is not None else "the"
    ax.set_xlabel(f"share of {out_of} articles holding the frame; bars: 95% Wilson interval")
    ax.set_title("Frame prevalence")
    return fig, data.iloc[::-1]


def timeline_figure(by_period: pd.DataFrame, *, min_articles: int = 0) -> tuple[plt.Figure, pd.DataFrame] | None:
    """A heatmap of frames (rows) by period (columns), the share of the period's articles holding each frame,
    under a bar chart of the period's article count; None with fewer than two dated periods.

    Every calendar period is a column (an empty one is blank with a count
    of 0, never dropped). Periods with fewer than ``min_articles`` articles
    are hatched and their count bar drawn hollow: a share of one or two
    articles is shown but marked as too thin to read.
    """
    dated = by_period.drop(index=UNDATED, errors="ignore")
    if (dated["n_articles"] > 0).sum() < 2:
        return None
    frames = [column for column in dated.columns if column != "n_articles"]
    shares = dated[frames].T.astype("float64")
    counts = dated["n_articles"].to_numpy(dtype="float64")
    thin = counts < min_articles
    width = max(7.0, 0.32 * len(dated) + 3.0)
    fig, (top, ax) = plt.subplots(2, 1, figsize=(width, 0.32 * len(frames) + 2.8), sharex=True,
                                  gridspec_kw={"height_ratios": [1, max(2.0, len(frames) / 3)]})
    x = np.arange(len(dated))
    top.bar(x[~thin], counts[~thin], color="#8c8c8c", width=0.8)
    top.bar(x[thin], counts[thin], color="none", edgecolor="#8c8c8c", hatch="//", width=0.8,
            label=f"fewer than {min_articles} articles" if thin.any() else None)
    top.set_ylabel("articles", fontsize=8)
    top.set_title("Frames over time: share of each period's articles holding the frame")
    if thin.any():
        top.legend(fontsize=7, loc="upper left", frameon=False)
    image = ax.imshow(np.ma.masked_invalid(shares.to_numpy()), cmap="Blues", vmin=0, vmax=1, aspect="auto",
                      interpolation="nearest")
    for column in np.flatnonzero(thin):
        ax.add_patch(plt.Rectangle((column - 0.5, -0.5), 1, len(frames), fill=False, hatch="//", edgecolor="#bbbbbb",
                                   linewidth=0))
    ax.set_yticks(range(len(frames)), frames, fontsize=8)
    step = max(1, -(-len(dated) // 36))
    ax.set_xticks(x[::step], [str(label) for label in dated.index[::step]], rotation=60, ha="right", fontsize=7)
    fig.colorbar(image, ax=[top, ax], label="share of the period's articles", fraction=0.03, pad=0.01)
    return fig, dated


def heatmap_figure(
    table: pd.DataFrame, *, title: str, value_label: str, fmt: str = "{:.0f}", diagonal: bool = True
) -> tuple[plt.Figure, pd.DataFrame]:
    """A labelled heatmap of a numeric table (rows by columns), each cell annotated.

    ``diagonal=False`` (a square table such as co-occurrence) leaves the
    diagonal out of the colour scale: its cells are grey with their number
    written, so the totals on the diagonal do not wash out the pairs.
    """
    values = table.astype("float64")
    coloured = values.to_numpy().copy()
    square = not diagonal and values.shape[0] == values.shape[1]
    if square:
        np.fill_diagonal(coloured, np.nan)
    fig, ax = plt.subplots(figsize=(0.55 * len(values.columns) + 2.5, 0.4 * len(values.index) + 1.8))
    cmap = plt.get_cmap("Blues").with_extremes(bad="#e6e6e6")
    image = ax.imshow(np.ma.masked_invalid(coloured), cmap=cmap, aspect="auto")
    ax.set_xticks(range(len(values.columns)), [str(column) for column in values.columns], rotation=60, ha="right",
                  fontsize=8)
    ax.set_yticks(range(len(values.index)), [str(index) for index in values.index], fontsize=8)
    top = np.nanmax(coloured) if np.isfinite(coloured).any() else 0
    for (row, column), value in np.ndenumerate(values.to_numpy()):
        if not np.isnan(value):
            on_colour = np.isfinite(coloured[row, column]) and top and coloured[row, column] > top * 0.6
            ax.text(column, row, fmt.format(value), ha="center", va="center", fontsize=7,
                    color="white" if on_colour else "black")
    label = value_label + (" (diagonal: grey, not on the scale)" if square else "")
    fig.colorbar(image, ax=ax, label=label, fraction=0.04)
    ax.set_title(title)
    return fig, table


def _number(value: object) -> str:
    """A count as text: an integer, or a weighted count to 1 decimal."""
    number = float(value) if value is not None and pd.notna(value) else 0.0
    return str(int(number)) if number.is_integer() else f"{number:.1f}"


@lru_cache(maxsize=1)
def _font_characters() -> frozenset[int]:
    """Code points the default font can draw."""
    path = font_manager.findfont(font_manager.FontProperties(family=plt.rcParams["font.family"]))
    return frozenset(FT2Font(path).get_charmap())


def drawable(text: str) -> bool:
    """Whether the default font has a glyph for every character of ``text`` (no missing-glyph boxes)."""
    characters = _font_characters()
    return all(ord(character) in characters or character.isspace() for character in text)


def keyness_figure(table: pd.DataFrame, *, labels: tuple[str, str], top: int = 12) -> tuple[plt.Figure, pd.DataFrame]:
    """Diverging bars of log ratio for the strongest key terms of each group (by G2).

    Terms in a script the default font cannot draw are left out of the
    figure (they stay in the keyness table).
    """
    table = table[table["term"].map(drawable)]
    side_a = table[table["key_for"] == labels[0]].head(top)
    side_b = table[table["key_for"] == labels[1]].head(top)
    data = pd.concat([side_a, side_b]).sort_values("log_ratio")
    fig, ax = new_figure(width=7.0, height=0.3 * len(data) + 1.4)
    colours = np.where(data["log_ratio"] >= 0, "#4c72b0", "#dd8452")
    ax.barh(data["term"], data["log_ratio"], color=colours)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlabel(f"log ratio (right: more in {labels[0]}, left: more in {labels[1]})")
    ax.set_title("Key terms")
    return fig, data
