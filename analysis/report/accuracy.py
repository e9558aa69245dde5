"""How accurate the suite's measures are: the figures the scripts in ``validation/`` printed, as data.

The figures live in ``analysis/dictionaries/accuracy.yaml``, one entry per
figure (measure, data it was measured on, who annotated that data, metric,
value, the day it was measured and the script that printed it). Notebooks show
them beside their measures with :func:`accuracy_note` (one or two sentences)
or :func:`accuracy_table` (one row per figure). A figure measured on a set the
project wrote itself says so in its ``data`` ("regression set written by the
project"); only sets annotated by other people count as an outside check.

Re-run a script and update its entries' ``value`` and ``measured_on`` together.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from analysis.errors import DictionaryError, OptionError
from analysis.paths import DICTIONARIES

ACCURACY_FILE = DICTIONARIES / "accuracy.yaml"
MEASURES = ("sentences", "sentiment", "mentions", "speakers", "quotes", "frames", "stories")
COLUMNS = ["measure", "data", "metric", "value", "measured_on", "script"]
ANNOTATORS = ("others", "project")
PROJECT_LABEL = "regression set written by the project"
_FIELDS = {"measure", "data", "annotated_by", "metric", "value", "measured_on", "script", "headline"}
_REQUIRED = _FIELDS - {"headline"}


def read_accuracy(path: Path = ACCURACY_FILE) -> pd.DataFrame:
    """Every figure of an accuracy file, checked, with ``annotated_by`` and ``headline`` beside :data:`COLUMNS`.

    Raises DictionaryError naming the file, the entry and the field when an
    entry is malformed (unknown measure, value not a number, date not ISO,
    script not a validation/validate_*.py path, a project-written set not labelled as such).
    """
    return _read_accuracy(Path(path).resolve()).copy()


@lru_cache(maxsize=4)
def _read_accuracy(path: Path) -> pd.DataFrame:
    try:
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise DictionaryError(f"{path}: cannot read the accuracy figures ({error})") from error
    entries = content.get("figures") if isinstance(content, dict) else None
    if not isinstance(entries, list) or not entries:
        raise DictionaryError(f"{path}: expected a mapping with a non-empty list 'figures'")
    rows = [_checked_entry(entry, where=f"{path}: figures[{index}]") for index, entry in enumerate(entries)]
    table = pd.DataFrame(rows, columns=[*COLUMNS, "annotated_by", "headline"])
    return table.astype({"value": "float64", "headline": "bool"})


def _checked_entry(entry: Any, *, where: str) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise DictionaryError(f"{where}: expected a mapping with fields {sorted(_REQUIRED)}")
    missing, unknown = sorted(_REQUIRED - set(entry)), sorted(set(entry) - _FIELDS)
    if missing or unknown:
        raise DictionaryError(f"{where}: missing field(s) {missing}, unknown field(s) {unknown}")
    if entry["measure"] not in MEASURES:
        raise DictionaryError(f"{where}: measure {entry['measure']!r}: expected one of {list(MEASURES)}")
    if entry["annotated_by"] not in ANNOTATORS:
        raise DictionaryError(f"{where}: annotated_by {entry['annotated_by']!r}: expected one of {list(ANNOTATORS)}")
    for name in ("data", "metric", "script"):
        if not isinstance(entry[name], str) or not entry[name].strip():
            raise DictionaryError(f"{where}: {name} must be a non-empty string")
    if entry["annotated_by"] == "project" and PROJECT_LABEL not in entry["data"]:
        raise DictionaryError(f"{where}: data of a set the project annotated must say {PROJECT_LABEL!r}")
    value = entry["value"]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not -1.0 <= value <= 1.0:
        raise DictionaryError(f"{where}: value {value!r}: expected a number between -1 and 1")
    if not re.fullmatch(r"validation/validate_\w+\.py", entry["script"]):
        raise DictionaryError(f"{where}: script {entry['script']!r}: expected validation/validate_<name>.py")
    headline = entry.get("headline", False)
    if not isinstance(headline, bool):
        raise DictionaryError(f"{where}: headline {headline!r}: expected true or false")
    return {**entry, "value": float(value), "measured_on": _iso_date(entry["measured_on"], where=where), "headline": headline}


def _iso_date(value: Any, *, where: str) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError as error:
        raise DictionaryError(f"{where}: measured_on {value!r}: expected a date YYYY-MM-DD") from error


def _checked_measures(measures: Sequence[str]) -> list[str]:
    if isinstance(measures, str):
        measures = [measures]
    unknown = [measure for measure in measures if measure not in MEASURES]
    if unknown:
        raise OptionError(f"unknown measure(s) {unknown}: expected some of {list(MEASURES)}")
    return list(dict.fromkeys(measures))


def accuracy_table(measures: Sequence[str], *, path: Path = ACCURACY_FILE) -> pd.DataFrame:
    """One row per recorded figure of ``measures`` (in the order given): measure, data, metric, value,
    measured_on (ISO date) and script (the validation script that printed it)."""
    wanted = _checked_measures(measures)
    figures = read_accuracy(path)
    order = {measure: position for position, measure in enumerate(wanted)}
    chosen = figures[figures["measure"].isin(wanted)]
    chosen = chosen.assign(_order=chosen["measure"].map(order)).sort_values("_order", kind="stable")
    return chosen[COLUMNS].reset_index(drop=True)


def accuracy_note(measures: Sequence[str], *, path: Path = ACCURACY_FILE) -> str:
    """One or two plain sentences giving the headline accuracy of ``measures``, with where and when it was measured.

    Figures on data annotated by others come first; a measure checked only on
    a set the project wrote itself says so.
    """
    wanted = _checked_measures(measures)
    figures = read_accuracy(path)
    figures = figures[figures["measure"].isin(wanted) & figures["headline"]]
    parts = []
    for measure in wanted:
        rows = figures[figures["measure"] == measure]
        outside = rows[rows["annotated_by"] == "others"]
        chosen = outside if len(outside) else rows
        for data, group in chosen.groupby("data", sort=False):
            values = ", ".join(f"{metric} {value:.2f}" for metric, value in zip(group["metric"], group["value"]))
            parts.append(f"{measure}: {values} on {data}")
        if len(rows) and not len(outside):
            parts[-1] += " (no check on data annotated by others yet)"
    if not parts:
        return f"No accuracy figures are recorded for {', '.join(wanted)}."
    dates = sorted(set(figures["measured_on"]))
    when = f"on {dates[-1]}" if len(dates) == 1 else f"between {dates[0]} and {dates[-1]}"
    return f"Accuracy of these measures, measured {when} with the scripts in validation/: " + "; ".join(parts) + "."
