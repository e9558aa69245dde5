"""Figures that travel with their data: every figure is saved as PNG beside the CSV it was drawn from."""
from __future__ import annotations

import re
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from analysis.paths import resolve

_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


def save_figure(fig: plt.Figure, data: pd.DataFrame, name: str, out_dir: str | Path) -> tuple[Path, Path]:
    """Save ``fig`` as ``<out_dir>/<name>.png`` and ``data`` as ``<out_dir>/<name>.csv``.

    Returns the two paths. ``name`` must be a plain file stem (letters, digits,
    ``_ . -``) so figures of one run never overwrite another's by accident.
    """
    if not _SAFE_NAME.match(name):
        raise ValueError(f"figure name {name!r}: expected a plain file stem such as 'tone_by_source'")
    folder = resolve(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    png_path = folder / f"{name}.png"
    csv_path = folder / f"{name}.csv"
    fig.savefig(png_path, dpi=110, bbox_inches="tight", metadata={"Software": None})
    data.to_csv(csv_path, index=not isinstance(data.index, pd.RangeIndex))
    return png_path, csv_path


def new_figure(*, width: float = 7.0, height: float = 3.5) -> tuple[plt.Figure, plt.Axes]:
    """A figure and axes with the suite's default size and a light grid."""
    fig, ax = plt.subplots(figsize=(width, height))
    ax.grid(True, alpha=0.3)
    return fig, ax
