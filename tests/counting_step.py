"""A tiny step for the spine's tests: one row per sentence with its length, and a call counter."""
from __future__ import annotations

from typing import Any, Mapping

import pandas as pd

from analysis.text.document import Document

TABLE = "lengths"
SCHEMA = {"doc_id": "str", "sent_id": "int64", "length": "int64"}
REQUIRES: tuple[str, ...] = ()
DEFAULTS: dict[str, Any] = {"length_unit": "chars"}
CALLS: list[str] = []


def run_article(doc: Document, options: Mapping[str, Any]) -> dict[str, list]:
    CALLS.append(doc.doc_id)
    if options["length_unit"] == "words":
        lengths = [len(doc.text[start:end].split()) for start, end in doc.sentences]
    else:
        lengths = [end - start for start, end in doc.sentences]
    return {"sent_id": list(range(len(doc.sentences))), "length": lengths}


def article_metrics(tables: Mapping[str, pd.DataFrame], articles: pd.DataFrame, options: Mapping[str, Any]) -> pd.DataFrame:
    return tables[TABLE].groupby("doc_id")["length"].sum().rename("total_length").to_frame()
