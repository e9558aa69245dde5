"""The contract between the analysis spine and the per-article steps.

A step is a module with four names:

``TABLE``
    the name of the table the step produces (``"sentiment"``, ``"mentions"``...).
``DEFAULTS``
    a dict of the options the step reads, with their defaults. Option names are
    unique across steps (prefix them when in doubt). Paths to user files
    (dictionaries) are allowed as values: the cache key hashes their content.
``run_article(doc: ArticleDoc, options: Mapping[str, Any]) -> pandas.DataFrame``
    a pure function of one article: the step's rows for that article, each with
    ``doc_id``, in a stable order. It may read the tables of the steps that ran
    before it for the same article in ``doc.tables``. An article without rows
    returns an empty frame with the step's columns.
``article_metrics(tables: Mapping[str, DataFrame], articles: DataFrame, options) -> DataFrame``
    article-level columns aggregated from the tables (never from another
    source), indexed by ``doc_id``; the spine joins them onto ``articles``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Protocol

import pandas as pd


@dataclass(frozen=True)
class ArticleDoc:
    """One article as a step sees it: its id, stored text and the tables made so far."""

    doc_id: str
    text: str
    sentences: pd.DataFrame
    tables: Mapping[str, pd.DataFrame] = field(default_factory=dict)
    meta: Mapping[str, Any] = field(default_factory=dict)


class Step(Protocol):
    """What the spine expects of a step module (see the module docstring)."""

    TABLE: str
    DEFAULTS: Mapping[str, Any]

    def run_article(self, doc: ArticleDoc, options: Mapping[str, Any]) -> pd.DataFrame: ...

    def article_metrics(
        self, tables: Mapping[str, pd.DataFrame], articles: pd.DataFrame, options: Mapping[str, Any]
    ) -> pd.DataFrame: ...
