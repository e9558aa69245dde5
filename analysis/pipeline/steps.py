"""The contract between the analysis spine and the per-article steps.

A step is a module with these names:

``TABLE``
    the name of the table the step produces (``"sentiment"``, ``"mentions"``...).
``SCHEMA``
    the table's columns and their dtypes, ``doc_id`` and ``sent_id`` first.
``REQUIRES``
    the tables the step reads from ``doc.tables`` (``("mentions",)`` for
    quotes). The spine runs the steps that make them first, once, with the
    user's options; no step recomputes another's table behind the user's back.
    The ``sentences`` of the Document are always there.
``LANGUAGES`` (optional)
    the ISO 639-1 codes of the languages the step has resources for
    (``("en",)``: an English lexicon, cue lists, dictionaries). The spine runs
    the step only for articles whose ``lang`` is among them (and for which the
    steps it requires ran); other articles get no rows, no value in its
    article metrics and its name in their ``not_measured`` column
    (:mod:`analysis.pipeline.languages`). Absent: the step measures any language.
    A step whose languages depend on the run's options also defines
    ``languages_for(options) -> tuple[str, ...]`` (the sentiment step: Spanish
    only with ``sentiment_lang_methods``); the spine asks it with the run's options.
``DEFAULTS``
    a dict of the options the step reads, with their defaults. Option names are
    unique across steps (prefix them when in doubt). Paths to user files
    (dictionaries) are allowed as values: the cache key hashes their content.
``run_article(doc: Document, options: Mapping[str, Any]) -> Mapping[str, list]``
    a pure function of one article (:class:`analysis.text.Document`): the
    step's rows in columnar form (column name -> list of values), every
    column of ``SCHEMA`` but ``doc_id``, in a stable order. The spine builds
    one DataFrame per table per batch of articles, never one per article.
``article_metrics(tables: Mapping[str, DataFrame], articles: DataFrame, options) -> DataFrame``
    article-level columns aggregated from the tables (never from another
    source), indexed by ``doc_id``; the spine joins them onto ``articles``.
"""
from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any, Iterable, Mapping, Protocol, Sequence

import pandas as pd

from analysis.text.document import Document

SENTENCES = "sentences"

# The shipped steps by short name, in their default order.
STEPS: dict[str, str] = {
    "sentiment": "analysis.sentiment.step",
    "actors": "analysis.actors.step",
    "quotes": "analysis.quotes.step",
    "framing": "analysis.framing.step",
}

Rows = Mapping[str, list]


class Step(Protocol):
    """What the spine expects of a step module (see the module docstring)."""

    TABLE: str
    SCHEMA: Mapping[str, str]
    REQUIRES: tuple[str, ...]
    DEFAULTS: Mapping[str, Any]
    # LANGUAGES: tuple[str, ...] is optional (absent: any language); read it with analysis.pipeline.languages.step_languages

    def run_article(self, doc: Document, options: Mapping[str, Any]) -> Rows: ...

    def article_metrics(
        self, tables: Mapping[str, pd.DataFrame], articles: pd.DataFrame, options: Mapping[str, Any]
    ) -> pd.DataFrame: ...


def step_module(name: str) -> ModuleType:
    """A step module by short name (``"actors"``) or dotted module name (a user's own step)."""
    module_name = STEPS.get(name, name)
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        raise ValueError(f"unknown analysis step {name!r}: expected one of {list(STEPS)} or a module name") from error
    missing = [attr for attr in ("TABLE", "SCHEMA", "DEFAULTS", "run_article", "article_metrics") if not hasattr(module, attr)]
    if missing:
        raise ValueError(f"analysis step {name!r} ({module_name}) lacks {missing} (see analysis.pipeline.steps)")
    return module


def plan_steps(names: Iterable[str]) -> list[ModuleType]:
    """The steps to run for ``names``, with the steps they require first, each once.

    A required table is made by the shipped step of that table (or by a
    requested step that makes it); a cycle or an unknown table is an error.
    """
    requested = [step_module(name) for name in names]
    makers = {module.TABLE: module for module in (step_module(name) for name in STEPS)}
    makers.update({module.TABLE: module for module in requested})
    ordered: list[ModuleType] = []
    visiting: list[str] = []

    def visit(module: ModuleType) -> None:
        if module in ordered:
            return
        if module.TABLE in visiting:
            raise ValueError(f"analysis steps require each other in a cycle: {' -> '.join([*visiting, module.TABLE])}")
        visiting.append(module.TABLE)
        for table in getattr(module, "REQUIRES", ()):
            if table == SENTENCES:
                continue
            if table not in makers:
                raise ValueError(f"step {module.__name__} requires table {table!r}, which no step makes")
            visit(makers[table])
        visiting.pop()
        ordered.append(module)

    for module in requested:
        visit(module)
    return ordered


def step_names(modules: Sequence[ModuleType]) -> tuple[str, ...]:
    """Short names of shipped steps, module names of others (for cache keys and provenance)."""
    short = {module_name: name for name, module_name in STEPS.items()}
    return tuple(short.get(module.__name__, module.__name__) for module in modules)
