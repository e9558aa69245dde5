"""Figures for the sentiment notebook; each returns the figure and the table it was drawn from.

Save them with :func:`analysis.plotting.save_figure`. A function returns
``None`` when there is nothing meaningful to draw (tone over time with fewer
than two dated periods), so the notebook can say so in one line.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from analysis.stats.groups import UNDATED
from analysis.plotting import new_figure

POSITIVE, NEGATIVE, NEUTRAL = "#4c72b0", "#c44e52", "#9a9a9a"
VOICE_COLOURS = {"narration": "#55a868", "quotes": "#8172b2"}


def distribution_figure(histogram: pd.DataFrame, *, threshold: float = 0.05) -> tuple[plt.Figure, pd.DataFrame]:
    """Sentences per compound bin (:func:`analysis.sentiment.tone.compound_histogram`), coloured by tone label."""
    fig, ax = new_figure()
    colours = histogram["label"].map({"positive": POSITIVE, "negative": NEGATIVE, "neutral": NEUTRAL})
    ax.bar(histogram["bin_start"], histogram["sentences"], width=histogram["bin_end"] - histogram["bin_start"],
           align="edge", color=colours.tolist(), edgecolor="white", linewidth=0.5)
    for cut in (-threshold, threshold):
        ax.axvline(cut, color="black", linewidth=0.6, linestyle=":")
    ax.set_xlabel(f"sentence compound (VADER); neutral between -{threshold:g} and {threshold:g}")
    ax.set_ylabel("sentences")
    ax.set_title("Sentence tone distribution")
    return fig, histogram


def group_figure(table: pd.DataFrame, *, title: str, value_label: str = "mean tone (compound)") -> tuple[plt.Figure, pd.DataFrame]:
    """Horizontal bars of group means with their bootstrap interval; each group's label carries its article count.

    The count sits in the axis label ("EFE (n=12)"), never on a bar, so it
    stays readable on any bar colour and no error bar crosses it.
    """
    data = table.iloc[::-1]
    labels = [f"{label} (n={_count(count)})" for label, count in zip(data.index, data["n_articles"])]
    fig, ax = new_figure(width=7.0, height=0.35 * len(data) + 1.3)
    means = data["mean"].fillna(0.0)
    errors = np.vstack([(means - data["ci_low"]).clip(lower=0), (data["ci_high"] - means).clip(lower=0)]).astype("float64")
    ax.barh(labels, means, color=[POSITIVE if value >= 0 else NEGATIVE for value in means],
            xerr=np.nan_to_num(errors), ecolor="black", capsize=2)
    ax.axvline(0, color="black", linewidth=0.6)
    ax.set_xlabel(f"{value_label}; bars: 95% bootstrap interval")
    ax.set_title(title)
    return fig, table


def over_time_figure(
    by_period: pd.DataFrame, *, title: str = "Tone over time", min_articles: int = 0
) -> tuple[plt.Figure, pd.DataFrame] | None:
    """Mean tone per period with its interval band and article counts; None with fewer than two dated periods.

    Every calendar period is on the axis (an empty one has a count of 0 and
    no point). Periods with fewer than ``min_articles`` articles are drawn as
    hollow grey points and their count bars hatched: shown, but marked as
    too thin to read.
    """
    dated = by_period.drop(index=UNDATED, errors="ignore")
    if (dated["n_articles"] > 0).sum() < 2:
        return None
    fig, ax = new_figure(width=8.0, height=4.0)
    x = np.arange(len(dated))
    thin = (dated["n_articles"].to_numpy(dtype="float64") < min_articles)
    ax.plot(x, dated["mean"], marker="o", markersize=3, color=POSITIVE, label="mean tone")
    if thin.any():
        ax.scatter(x[thin], dated["mean"].to_numpy(dtype="float64")[thin], s=30, facecolors="white", edgecolors=NEUTRAL,
                   zorder=3, label=f"fewer than {min_articles} articles")
    ax.fill_between(x, dated["ci_low"].astype("float64"), dated["ci_high"].astype("float64"), color=POSITIVE, alpha=0.2,
                    label="bootstrap interval")
    ax.axhline(0, color="black", linewidth=0.6)
    ax.set_ylabel("mean tone (compound)")
    counts = ax.twinx()
    counts.bar(x, dated["n_articles"], color=NEUTRAL, alpha=0.3, width=0.8)
    for position in np.flatnonzero(thin):
        counts.bar(x[position], dated["n_articles"].iloc[position], color="none", edgecolor=NEUTRAL, hatch="//", width=0.8)
    counts.set_ylabel("articles", color="#555555")
    counts.set_zorder(ax.get_zorder() - 1)
    ax.patch.set_visible(False)
    step = max(1, len(x) // 24)
    ax.set_xticks(x[::step], [str(label) for label in dated.index[::step]], rotation=60, fontsize=7)
    ax.set_title(title)
    ax.legend(fontsize=7, loc="upper left")
    return fig, dated


def voice_figure(voices: pd.DataFrame, *, title: str = "Narration versus quotes") -> tuple[plt.Figure, pd.DataFrame]:
    """Side-by-side bars per group: the narration's tone and the quotes' tone, with intervals and counts."""
    wide = voices["mean"].unstack("voice")
    counts = voices["n_articles"].unstack("voice").reindex(columns=["narration", "quotes"])
    groups = [f"{group}\nn={_count(row['narration'])} / {_count(row['quotes'])}" for group, row in counts.iterrows()]
    fig, ax = new_figure(width=max(5.0, 1.2 * len(groups) + 3), height=3.5)
    width = 0.38
    for offset, voice in zip((-width / 2, width / 2), ("narration", "quotes")):
        rows = voices.xs(voice, level="voice").reindex(wide.index)
        means = rows["mean"].fillna(0.0).to_numpy(dtype="float64")
        errors = np.vstack([means - rows["ci_low"].to_numpy(dtype="float64"), rows["ci_high"].to_numpy(dtype="float64") - means])
        positions = np.arange(len(groups)) + offset
        ax.bar(positions, means, width=width, color=VOICE_COLOURS[voice], label=voice,
               yerr=np.nan_to_num(errors.clip(min=0)), ecolor="black", capsize=2)
    ax.axhline(0, color="black", linewidth=0.6)
    ax.set_xticks(np.arange(len(groups)), groups, fontsize=8)
    ax.set_xlabel("articles with narration / with quotes")
    ax.set_ylabel("mean tone (compound)")
    ax.set_title(title)
    ax.legend(fontsize=8)
    return fig, voices


def sentence_figure(
    view: pd.DataFrame, *, title: str = "One article, sentence by sentence", threshold: float = 0.05, snippet: int = 48
) -> tuple[plt.Figure, pd.DataFrame]:
    """One bar per sentence (its compound) in reading order, with markers for its narration and quotes.

    Bars are coloured by the sentence's side of the ±threshold cut-offs; a
    circle marks the narration's compound and a triangle the quoted speech's,
    where the sentence has them. Each row is labelled with the sentence's
    first words.
    """
    order = view.iloc[::-1]
    rows = np.arange(len(order))
    labels = [f"{sent_id}  {_snippet(text, snippet)}" for sent_id, text in zip(order.index, order["text"])]
    fig, ax = new_figure(width=9.0, height=0.3 * len(order) + 1.4)
    compounds = order["compound"].to_numpy(dtype="float64")
    colours = np.select([compounds >= threshold, compounds <= -threshold], [POSITIVE, NEGATIVE], NEUTRAL)
    ax.barh(rows, compounds, color=colours, alpha=0.6, label="sentence")
    ax.scatter(order["narration_compound"], rows, marker="o", s=18, color=VOICE_COLOURS["narration"], label="narration",
               zorder=3)
    ax.scatter(order["quote_compound"], rows, marker="^", s=22, color=VOICE_COLOURS["quotes"], label="quotes", zorder=3)
    ax.set_yticks(rows, labels, fontsize=7)
    ax.axvline(0, color="black", linewidth=0.6)
    ax.set_xlim(-1, 1)
    ax.set_xlabel("compound")
    ax.set_title(title)
    ax.legend(fontsize=7, loc="lower left")
    return fig, view


def _count(value: float) -> str:
    """An article count as text: an integer, or a weighted count to 1 decimal."""
    value = float(value) if pd.notna(value) else 0.0
    return str(int(value)) if value.is_integer() else f"{value:.1f}"


def _snippet(text: str, length: int) -> str:
    words = " ".join(str(text).split())
    return words if len(words) <= length else words[: length - 1].rstrip() + "\u2026"
