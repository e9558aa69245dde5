"""A tiny step for the spine's tests: one row per sentence with its length, and a call counter."""
from __future__ import annotations

from typing import Any, Mapping

import pandas as pd

from analysis.pipeline.steps import ArticleDoc

TABLE = "lengths"
DEFAULTS: dict[str, Any] = {"length_unit": "chars"}
COLUMNS = ["doc_id", "sent_id", "length"]
CALLS: list[str] = []


def run_article(doc: ArticleDoc, options: Mapping[str, Any]) -> pd.DataFrame:
    CALLS.append(doc.doc_id)
    lengths = doc.sentences["end"] - doc.sentences["start"]
    if options["length_unit"] == "words":
        lengths = doc.sentences["text"].str.split().str.len()
    return pd.DataFrame({"doc_id": doc.doc_id, "sent_id": doc.sentences["sent_id"], "length": lengths.astype("int64")})


def article_metrics(tables: Mapping[str, pd.DataFrame], articles: pd.DataFrame, options: Mapping[str, Any]) -> pd.DataFrame:
    return tables[TABLE].groupby("doc_id")["length"].sum().rename("total_length").to_frame()
