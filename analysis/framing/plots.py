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

from analysis.pipeline.groups import UNDATED
from analysis.plotting import new_figure


def prevalence_figure(prevalence: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """Horizontal bars: hits per 1,000 words per frame, labelled with the share of articles holding it."""
    data = prevalence[["label", "articles", "n_articles", "share_articles", "hits", "per_1k_words"]]
    data = data.iloc[::-1]
    fig, ax = new_figure(width=7.0, height=0.35 * len(data) + 1.2)
    ax.barh(data["label"], data["per_1k_words"], color="#4c72b0")
    for position, (value, share) in enumerate(zip(data["per_1k_words"], data["share_articles"])):
        ax.annotate(f"{share:.0%} of articles", (value, position), xytext=(4, 0), textcoords="offset points",
                    va="center", fontsize=8)
    ax.set_xlabel("hits per 1,000 words")
    ax.set_title("Frame prevalence")
    ax.margins(x=0.25)
    return fig, data.iloc[::-1]


def timeline_figure(by_period: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame] | None:
    """One line per frame over dated periods (share of the period's articles); None with fewer than two periods."""
    dated = by_period.drop(index=UNDATED, errors="ignore")
    if len(dated) < 2:
        return None
    frames = [column for column in dated.columns if column != "n_articles"]
    fig, ax = new_figure(width=8.0, height=4.0)
    for frame_id in frames:
        ax.plot(dated.index.astype("str"), dated[frame_id], marker="o", markersize=3, label=frame_id)
    ax.set_ylabel("share of the period's articles")
    ax.set_title("Frames over time")
    ax.tick_params(axis="x", labelrotation=60, labelsize=7)
    ax.legend(fontsize=7, ncol=2, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return fig, dated


def heatmap_figure(table: pd.DataFrame, *, title: str, value_label: str, fmt: str = "{:.0f}") -> tuple[plt.Figure, pd.DataFrame]:
    """A labelled heatmap of a numeric table (rows by columns), each cell annotated."""
    values = table.astype("float64")
    fig, ax = plt.subplots(figsize=(0.55 * len(values.columns) + 2.5, 0.4 * len(values.index) + 1.8))
    image = ax.imshow(values.to_numpy(), cmap="Blues", aspect="auto")
    ax.set_xticks(range(len(values.columns)), [str(column) for column in values.columns], rotation=60, ha="right",
                  fontsize=8)
    ax.set_yticks(range(len(values.index)), [str(index) for index in values.index], fontsize=8)
    top = np.nanmax(values.to_numpy()) if values.size else 0
    for (row, column), value in np.ndenumerate(values.to_numpy()):
        if not np.isnan(value):
            colour = "white" if top and value > top * 0.6 else "black"
            ax.text(column, row, fmt.format(value), ha="center", va="center", fontsize=7, color=colour)
    fig.colorbar(image, ax=ax, label=value_label, fraction=0.04)
    ax.set_title(title)
    return fig, table


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
