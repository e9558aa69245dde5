"""The coded articles of stored tables: what the validation page reads instead of whole tables.

Coding sheets name a few hundred articles; a tables folder may hold millions.
:func:`open_coded` reads the sheets' ``doc_id`` column and opens only those
articles' rows (:func:`analysis.pipeline.open_analysis` with ``doc_ids``: the
pyarrow scans of every table are filtered by them), so the page's memory
grows with the sample, not with the corpus.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Sequence

from analysis.paths import resolve
from analysis.pipeline.spine import Analysis
from analysis.pipeline.stored import open_analysis
from analysis.validation.sheet import _read_csv


def coded_doc_ids(sheets: Sequence[str | os.PathLike[str]]) -> list[str]:
    """The doc_ids the coding sheets name (blank cells left out), sorted; a sheet without ``doc_id`` names none."""
    doc_ids: set[str] = set()
    for path in sheets:
        raw = _read_csv(Path(resolve(path)))
        if "doc_id" in raw.columns:
            doc_ids.update(value.strip() for value in raw["doc_id"] if value.strip())
    return sorted(doc_ids)


def open_coded(tables: str | Path, sheets: Sequence[str | os.PathLike[str]], **options: Any) -> Analysis:
    """The stored analysis of the articles the sheets code (every step's table, only their rows; ``options`` as for
    :func:`~analysis.pipeline.open_analysis`, e.g. ``frames``). :func:`~analysis.validation.validate` scores it as is."""
    return open_analysis(tables=tables, doc_ids=coded_doc_ids(sheets), **options)
