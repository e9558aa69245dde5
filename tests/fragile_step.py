"""A step for the Dask engine's tests: raises on articles holding a word, or kills its process once.

``fragile_raise_on``: an article whose text holds this word raises ValueError.
``fragile_die_marker``: a file; the first process to claim it (by renaming it)
exits at once, as a worker killed mid-task would.
"""
from __future__ import annotations

import os
from typing import Any, Mapping

import pandas as pd

from analysis.text.document import Document

TABLE = "fragile"
SCHEMA = {"doc_id": "str", "n_chars": "int64"}
REQUIRES: tuple[str, ...] = ()
DEFAULTS: dict[str, Any] = {"fragile_raise_on": "", "fragile_die_marker": ""}


def run_article(doc: Document, options: Mapping[str, Any]) -> dict[str, list]:
    word, marker = options["fragile_raise_on"], options["fragile_die_marker"]
    if word and word in doc.text:
        raise ValueError(f"this article holds {word!r}")
    if marker:
        try:
            os.rename(marker, f"{marker}.used")
        except FileNotFoundError:
            pass
        else:
            os._exit(1)
    return {"n_chars": [len(doc.text)]}


def article_metrics(tables: Mapping[str, pd.DataFrame], articles: pd.DataFrame, options: Mapping[str, Any]) -> pd.DataFrame:
    return tables[TABLE].groupby("doc_id")["n_chars"].sum().rename("fragile_chars").to_frame()
