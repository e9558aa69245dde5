"""Reading a :class:`~analysis.validation.scoring.Validation`: agreement tables, disagreements, a methods paragraph."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from analysis.plotting import new_figure
from analysis.validation.scoring import BETWEEN_CODERS, SUITE, Validation

_SET_NAMES = {"frames": "frames present", "actors": "actors mentioned", "speaker": "quoted speakers"}


def _fmt(value: float) -> str:
    return "n/a" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.2f}"


def agreement_table(validation: Validation, *, measure: str, label: str = "all") -> pd.DataFrame:
    """One measure's figures for ``label`` as text ``value [low, high]``: rows comparison x unit, columns statistics."""
    rows = validation.agreement[(validation.agreement["measure"] == measure) & (validation.agreement["label"] == label)]
    if rows.empty:
        return pd.DataFrame()
    cells = rows.assign(cell=[f"{_fmt(v)} [{_fmt(lo)}, {_fmt(hi)}]" for v, lo, hi in zip(rows["value"], rows["low"], rows["high"])])
    table = cells.pivot_table(index=["unit", "comparison", "n"], columns="statistic", values="cell", aggfunc="first", sort=False)
    table.columns.name = None
    return table


def label_table(validation: Validation, *, measure: str, comparison: str, unit: str = "sentence") -> pd.DataFrame:
    """Precision, recall and F1 per class, frame or actor type for one comparison (values only)."""
    rows = validation.agreement[
        (validation.agreement["measure"] == measure) & (validation.agreement["comparison"] == comparison)
        & (validation.agreement["unit"] == unit) & validation.agreement["statistic"].isin(["precision", "recall", "f1"])
    ]
    table = rows.pivot_table(index="label", columns="statistic", values="value", aggfunc="first", sort=False)
    table.columns.name = None
    return table[[name for name in ("precision", "recall", "f1") if name in table.columns]].round(2)


def _shown(value: object) -> str:
    if isinstance(value, tuple):
        return "; ".join(value) if value else "none"
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    return f"{int(value):+d}" if isinstance(value, (int, float, np.integer, np.floating)) and value else str(value)


def _distance(measure: str, suite: object, coder: object) -> float:
    """How far one coder's code is from the suite's: tone steps, or names in one set but not the other."""
    if measure == "tone":
        if suite is None or coder is None or pd.isna(suite) or pd.isna(coder):
            return float("nan")
        return abs(float(suite) - float(coder))
    if not isinstance(coder, tuple):
        return float("nan")
    return float(len(set(suite or ()) ^ set(coder)))


def disagreements(validation: Validation, *, measure: str, top_n: int = 10) -> pd.DataFrame:
    """The units where the suite and the coders differ most on ``measure`` (mean distance over coders), with text."""
    units = validation.units
    columns = [f"{measure}:{coder}" for coder in validation.coders]
    distance = np.array([
        np.nanmean(values) if not np.isnan(values).all() else np.nan
        for values in (np.array([_distance(measure, row[measure], row[c]) for c in columns], dtype=float)
                       for _, row in units.iterrows())
    ])
    table = pd.DataFrame({
        "unit": units["unit"], "doc_id": units["doc_id"], "sent_id": units["sent_id"],
        "text": units["text"].str.slice(0, 400),
        SUITE: [_shown(value) for value in units[measure]],
        **{coder: [_shown(value) for value in units[column]] for coder, column in zip(validation.coders, columns)},
        "distance": distance,
    })
    if measure == "tone":
        table.insert(5, "compound", units["compound"].round(3))
    table = table[table["distance"] > 0]
    return table.sort_values("distance", ascending=False, kind="stable").head(top_n).reset_index(drop=True)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _figure_text(validation: Validation, measure: str, unit: str, comparison: str, statistic: str) -> str:
    rows = validation.agreement[
        (validation.agreement["measure"] == measure) & (validation.agreement["unit"] == unit)
        & (validation.agreement["comparison"] == comparison) & (validation.agreement["label"] == "all")
        & (validation.agreement["statistic"] == statistic)
    ]
    if rows.empty:
        return "n/a"
    row = rows.iloc[0]
    return f"{_fmt(row['value'])} (95% CI {_fmt(row['low'])} to {_fmt(row['high'])})"


def methods_paragraph(validation: Validation, *, sample: str = "a sample") -> str:
    """A paragraph for a methods section with the figures filled in (``sample`` describes how units were drawn)."""
    units = validation.units
    n_sentences, n_articles = int((units["unit"] == "sentence").sum()), int((units["unit"] == "article").sum())
    drawn = _count(n_sentences, "sentence") + (f" and {_count(n_articles, 'whole article')}" if n_articles else "")
    coders = validation.coders
    text = [f"On {sample} of {drawn} from {_count(units['doc_id'].nunique(), 'article')}, coded by {len(coders)} "
            f"coder{'s' if len(coders) != 1 else ''}, we compared the suite's automated measures with the hand coding."]
    unit = "sentence" if n_sentences else "article"
    for measure in validation.measures:
        name = "sentence tone (-1/0/+1)" if measure == "tone" else _SET_NAMES[measure]
        level, statistic = ("ordinal", "alpha (ordinal)") if measure == "tone" else ("nominal", "alpha (nominal)")
        parts = []
        if len(coders) > 1:
            parts.append(f"the coders agreed at Krippendorff's alpha = {_figure_text(validation, measure, unit, BETWEEN_CODERS, statistic)}")
        versus = "; ".join(
            f"{coder}: alpha = {_figure_text(validation, measure, unit, f'{SUITE} vs {coder}', statistic)}, "
            + (f"macro-F1 = {_figure_text(validation, measure, unit, f'{SUITE} vs {coder}', 'macro F1')}, "
               f"Spearman rho = {_figure_text(validation, measure, unit, f'{SUITE} vs {coder}', 'spearman rho')}"
               if measure == "tone" else f"F1 = {_figure_text(validation, measure, unit, f'{SUITE} vs {coder}', 'f1')}")
            for coder in coders
        )
        parts.append(f"the suite agreed with each coder as follows ({versus})")
        text.append(f"For {name} ({level} alpha), " + " and ".join(parts) + ".")
    text.append("Intervals are percentile bootstrap intervals over the coded units; alpha was computed with the "
                "krippendorff Python package.")
    return " ".join(text)


def agreement_figure(validation: Validation, *, unit: str = "sentence") -> tuple[object, pd.DataFrame]:
    """Alpha and F1 (macro-F1 for tone) per measure and comparison with bootstrap intervals; returns (figure, data)."""
    wanted = {"alpha (ordinal)", "alpha (nominal)", "f1", "macro F1"}
    agreement = validation.agreement
    data = agreement[(agreement["unit"] == unit) & (agreement["label"] == "all") & agreement["statistic"].isin(wanted)]
    data = data.reset_index(drop=True)[["measure", "comparison", "statistic", "value", "low", "high", "n"]]
    fig, ax = new_figure(width=7.5, height=0.32 * max(len(data), 3) + 1)
    labels = [f"{m} · {s} · {c}" for m, s, c in zip(data["measure"], data["statistic"], data["comparison"])]
    y = np.arange(len(data))[::-1]
    values = data["value"].to_numpy(dtype=float)
    errors = np.vstack([values - data["low"].to_numpy(dtype=float), data["high"].to_numpy(dtype=float) - values])
    ax.errorbar(np.nan_to_num(values), y, xerr=np.nan_to_num(np.abs(errors)), fmt="o", capsize=3)
    ax.axvline(0.8, color="grey", linestyle="--", linewidth=1, label="alpha 0.8 (Krippendorff's rule of thumb)")
    ax.set_yticks(y, labels, fontsize=8)
    ax.set_xlim(-1, 1.05)
    ax.set_xlabel(f"agreement on {unit}s (95% bootstrap interval)")
    ax.legend(loc="lower left", fontsize=8)
    return fig, data
