"""The analysis spine: run the per-article steps over a corpus and gather tidy tables.

``analyze(corpus, **options)`` splits every article into sentences, then runs
each registered step (sentiment, actors, quotes, framing...) as a pure
function of one article (see :mod:`analysis.pipeline.steps`), caches the results as
Parquet and joins each step's article-level metrics onto ``articles``.
"""
from __future__ import annotations

import importlib
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Iterable, Mapping, Sequence

import pandas as pd

from analysis import __version__
from analysis.pipeline.cache import ResultCache, config_key, content_hash, library_fingerprint
from analysis.corpus.loading import Corpus
from analysis.paths import PACKAGE_DIR, cache_dir as default_cache_dir
from analysis.pipeline.steps import ArticleDoc
from analysis.text.tables import sentences_table

SENTENCES = "sentences"

# Step modules in the order they run; a later step may read earlier steps' tables.
REGISTERED_STEPS: tuple[str, ...] = (
    "analysis.sentiment.step",
    "analysis.actors.step",
    "analysis.quotes.step",  # reads the mentions table
    "analysis.framing.step",
)


@dataclass
class Analysis:
    """The tables of one analysis run. ``tables`` maps table name to DataFrame."""

    articles: pd.DataFrame
    rejects: pd.DataFrame
    tables: dict[str, pd.DataFrame]
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def sentences(self) -> pd.DataFrame:
        return self.tables[SENTENCES]

    def __getattr__(self, name: str) -> pd.DataFrame:
        tables = self.__dict__.get("tables", {})
        if name in tables:
            return tables[name]
        raise AttributeError(f"Analysis has no table {name!r}; it has {sorted(tables)}")


def load_steps(names: Iterable[str]) -> list[ModuleType]:
    """Import step modules by dotted name."""
    return [importlib.import_module(name) for name in names]


def resolve_options(steps: Sequence[ModuleType], options: Mapping[str, Any]) -> dict[str, Any]:
    """Step defaults overridden by ``options``; an unknown option is an error that lists the known ones."""
    merged: dict[str, Any] = {}
    for step in steps:
        merged.update(step.DEFAULTS)
    unknown = sorted(set(options) - set(merged))
    if unknown:
        raise TypeError(f"unknown analysis option(s) {unknown}; known options: {sorted(merged)}")
    merged.update(options)
    return merged


def analyze_article(
    doc_id: str, text: str, step_names: Sequence[str], options: Mapping[str, Any], meta: Mapping[str, Any] | None = None
) -> dict[str, pd.DataFrame]:
    """All tables for one article: a pure function, safe to map over processes."""
    tables: dict[str, pd.DataFrame] = {SENTENCES: sentences_table(doc_id, text)}
    for step in load_steps(step_names):
        doc = ArticleDoc(doc_id=doc_id, text=text, sentences=tables[SENTENCES], tables=dict(tables), meta=meta or {})
        tables[step.TABLE] = step.run_article(doc, options)
    return tables


def _article_meta(row: Mapping[str, Any]) -> dict[str, Any]:
    return {name: row.get(name) for name in ("source", "place", "title") if name in row}


def _compute(
    articles: pd.DataFrame, step_names: Sequence[str], options: Mapping[str, Any], workers: int
) -> list[dict[str, pd.DataFrame]]:
    records = articles.to_dict("records")
    jobs = [(row["doc_id"], row["text"], tuple(step_names), dict(options), _article_meta(row)) for row in records]
    if workers > 1 and len(jobs) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(_run_job, jobs, chunksize=max(1, len(jobs) // (workers * 8))))
    return [_run_job(job) for job in jobs]


def _run_job(job: tuple[Any, ...]) -> dict[str, pd.DataFrame]:
    return analyze_article(*job)


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [frame for frame in frames if not frame.empty] or frames[:1]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def _order_by_articles(frame: pd.DataFrame, doc_order: Mapping[str, int]) -> pd.DataFrame:
    """Rows in corpus order, then in their order within the article (stable)."""
    if frame.empty:
        return frame.reset_index(drop=True)
    sort_columns = ["_order"] + [column for column in ("sent_id", "start", "quote_id") if column in frame.columns][:1]
    ordered = frame.assign(_order=frame["doc_id"].map(doc_order)).sort_values(sort_columns, kind="stable")
    return ordered.drop(columns="_order").reset_index(drop=True)


def analyze(
    corpus: Corpus,
    *,
    steps: Sequence[str] | None = None,
    cache: bool = True,
    cache_dir: str | Path | None = None,
    workers: int = 1,
    **options: Any,
) -> Analysis:
    """Run the analysis over ``corpus``.

    Parameters
    ----------
    steps:
        Dotted names of step modules (default: every registered step).
    cache:
        Reuse and store per-article results as Parquet (``cache_dir``,
        default ``.cache/analysis`` or ``ANALYSIS_CACHE_DIR``).
    workers:
        Processes to spread articles over (1 runs in this process).
    options:
        Step options (see each step's ``DEFAULTS``).
    """
    step_names = tuple(REGISTERED_STEPS if steps is None else steps)
    step_modules = load_steps(step_names)
    resolved = resolve_options(step_modules, options)
    table_names = [SENTENCES] + [step.TABLE for step in step_modules]
    articles = corpus.articles.reset_index(drop=True)
    wanted = pd.DataFrame({"doc_id": articles["doc_id"], "content_hash": [content_hash(t) for t in articles["text"]]})

    store = None
    cached_ids: set[str] = set()
    cached_tables: dict[str, pd.DataFrame] = {}
    if cache:
        key = config_key(steps=step_names, options=resolved, version=__version__, library=library_fingerprint(PACKAGE_DIR))
        store = ResultCache(Path(cache_dir) if cache_dir else default_cache_dir(), key)
        cached_ids, cached_tables = store.load(wanted, table_names)

    todo = articles[~articles["doc_id"].isin(cached_ids)]
    fresh = _compute(todo, step_names, resolved, workers)
    fresh_tables = {name: _concat([result[name] for result in fresh]) for name in table_names} if fresh else {}
    if store is not None and fresh:
        store.store(wanted[wanted["doc_id"].isin(todo["doc_id"])], fresh_tables)

    doc_order = {doc_id: position for position, doc_id in enumerate(articles["doc_id"])}
    tables = {
        name: _order_by_articles(_concat([cached_tables.get(name, pd.DataFrame()), fresh_tables.get(name, pd.DataFrame())]), doc_order)
        for name in table_names
    }
    tables = {name: _empty_if_needed(frame, name, step_modules) for name, frame in tables.items()}
    enriched = _with_metrics(articles, tables, step_modules, resolved)
    return Analysis(articles=enriched, rejects=corpus.rejects, tables=tables, options=resolved)


def _empty_if_needed(frame: pd.DataFrame, name: str, steps: Sequence[ModuleType]) -> pd.DataFrame:
    """An empty table keeps its columns (from the step's COLUMNS or the sentence schema)."""
    if not frame.empty or len(frame.columns):
        return frame
    if name == SENTENCES:
        return sentences_table("", "")
    for step in steps:
        if step.TABLE == name and hasattr(step, "COLUMNS"):
            return pd.DataFrame(columns=list(step.COLUMNS))
    return frame


def _with_metrics(
    articles: pd.DataFrame, tables: Mapping[str, pd.DataFrame], steps: Sequence[ModuleType], options: Mapping[str, Any]
) -> pd.DataFrame:
    """Articles with n_sentences and each step's article-level metrics joined on doc_id."""
    counts = tables[SENTENCES].groupby("doc_id").size() if not tables[SENTENCES].empty else pd.Series(dtype="int64")
    enriched = articles.assign(n_sentences=articles["doc_id"].map(counts).fillna(0).astype("int64"))
    for step in steps:
        metrics = step.article_metrics(tables, enriched, options)
        if metrics is not None and len(metrics.columns):
            enriched = enriched.join(metrics, on="doc_id")
    return enriched
