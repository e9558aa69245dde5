"""The analysis spine: run the per-article steps over a corpus and gather tidy tables.

``analyze(corpus, **options)`` splits every article into sentences, then runs
each registered step (sentiment, actors, quotes, framing...) as a pure
function of one article (see :mod:`analysis.pipeline.steps`), caches the results as
Parquet and joins each step's article-level metrics onto ``articles``.

An article whose analysis raises (a bug met by one text) leaves ``articles``
for ``rejects`` (reason ``analysis error``, the exception in ``detail``),
with one :class:`~analysis.errors.ArticleFailureWarning`; the others are
analysed and nothing of it is cached. Only when no article of the corpus
could be analysed is the first article's exception raised. An
:class:`~analysis.errors.AnalysisError` (a bad dictionary or option) is about
the run, not an article: it is raised at once.
"""
from __future__ import annotations

import gc
import json
import warnings
from contextlib import contextmanager
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Iterator, Mapping, Sequence

import numpy as np
import pandas as pd

from analysis import __version__
from analysis.corpus.articles import content_hash
from analysis.corpus.loading import Corpus, load_corpus
from analysis.errors import AnalysisError, ArticleFailureWarning
from analysis.paths import PACKAGE_DIR, cache_dir as default_cache_dir, resolve
from analysis.batch_scope import batch_scope
from analysis.pipeline.cache import ResultCache, config_key, library_fingerprint
from analysis.pipeline.languages import (
    NOT_MEASURED, document_language, mask_unmeasured, not_measured, skipped_steps, unmeasured_sets,
)
from analysis.pipeline.progress import article_progress
from analysis.pipeline.steps import SENTENCES, STEPS, Rows, plan_steps, step_names as short_names
from analysis.tables import columns_frame, concat_columns
from analysis.text.document import Document
from analysis.text.tables import SENTENCE_COLUMNS

# The shipped steps in the order they run; a later step may read earlier steps' tables.
REGISTERED_STEPS: tuple[str, ...] = tuple(STEPS)
# Articles per batch handed to a worker process: one DataFrame per table per batch.
BATCH_SIZE = 200
# The rejects reason of an article whose analysis raised.
ANALYSIS_ERROR = "analysis error"


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


def table_schemas(steps: Sequence[ModuleType]) -> dict[str, Mapping[str, str]]:
    """Every table the steps make, with its schema, sentences first."""
    return {SENTENCES: SENTENCE_COLUMNS, **{step.TABLE: step.SCHEMA for step in steps}}


def analyze_article(
    doc_id: str,
    text: str,
    steps: Sequence[str | ModuleType],
    options: Mapping[str, Any],
    meta: Mapping[str, Any] | None = None,
) -> dict[str, Rows]:
    """All tables of one article, columnar (table -> column -> values): a pure function.

    The article is read once into a :class:`~analysis.text.Document` in its
    language (``meta["lang"]``); each step (in the order of
    :func:`~analysis.pipeline.steps.plan_steps`) reads it and the tables of
    the steps before it. A step whose ``LANGUAGES`` lack the article's
    language gives no rows (:func:`~analysis.pipeline.languages.skipped_steps`).
    Safe to map over processes or a cluster: it depends on nothing but its arguments.
    """
    planned = all(isinstance(step, ModuleType) for step in steps)  # analyze_batch plans once per batch
    modules = list(steps) if planned else plan_steps([getattr(step, "__name__", step) for step in steps])
    lang = _article_lang(meta)
    skipped = skipped_steps(lang, modules, options)
    doc = Document(text, doc_id=doc_id, meta=dict(meta or {}), lang=document_language(lang))
    tables: dict[str, Rows] = {SENTENCES: doc.sentence_rows()}
    for step in modules:
        if step in skipped:
            tables[step.TABLE] = {name: [] for name in step.SCHEMA}
            continue
        rows = step.run_article(doc, options)
        doc.tables[step.TABLE] = rows
        tables[step.TABLE] = {"doc_id": [doc_id] * _length(rows), **rows}
    return tables


def _article_lang(meta: Mapping[str, Any] | None) -> str | None:
    """The article's language from its meta, None when it has none (a loose text: every step runs)."""
    lang = (meta or {}).get("lang")
    return lang if isinstance(lang, str) and lang else None


def _length(rows: Rows) -> int:
    return len(next(iter(rows.values()))) if rows else 0


@dataclass
class BatchTables:
    """The tables of a batch of articles (one DataFrame each) and the articles whose analysis raised."""

    tables: dict[str, pd.DataFrame]
    failures: list[tuple[str, Exception]]


def analyze_batch(
    jobs: Sequence[tuple[str, str, Mapping[str, Any]]], step_list: Sequence[str], options: Mapping[str, Any]
) -> BatchTables:
    """The tables of a batch of articles ``(doc_id, text, meta)``; an article that raises is left out and listed."""
    steps = plan_steps(step_list)
    schemas = table_schemas(steps)
    parts, failures = [], []
    with fewer_collections(), batch_scope():  # the steps' dictionary files looked up once per batch
        for doc_id, text, meta in jobs:
            try:
                parts.append(analyze_article(doc_id, text, steps, options, meta))
            except AnalysisError:
                raise
            except Exception as error:  # noqa: BLE001 - one text's failure becomes its reject row, not the run's end
                failures.append((doc_id, error))
    tables = {name: columns_frame(concat_columns([part[name] for part in parts], schema), schema)
              for name, schema in schemas.items()}
    return BatchTables(tables, failures)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run a batch with the cyclic garbage collector working less often.

    Analysing an article makes many small objects (tokens, spans, rows) that
    live until the batch's tables are built. With Python's default thresholds
    the collector runs every 700 allocations and its passes walk them again
    and again. Inside the block young collections run every 100,000
    allocations instead; the thresholds are restored afterwards. A document
    holds no reference cycle (``tests/test_pipeline.py`` checks), so its
    objects are freed when the article is done and the collector finds almost
    nothing to collect: on Wikinews it spends ~0.02 s of a 3 s run (0.2 s with
    10,000 and a document held in a cycle). (Freezing the objects alive
    before the batch was tried too: it kept the previous batch's unreachable
    documents alive, so a worker's memory grew with the corpus.)
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(_BATCH_GC_THRESHOLD, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


_BATCH_GC_THRESHOLD = 100_000


ARTICLE_META = ("source", "place", "title", "url", "lang")  # the article fields steps may read besides its text


def _article_meta(row: Mapping[str, Any]) -> dict[str, Any]:
    return {name: row.get(name) for name in ARTICLE_META if name in row}


def article_fingerprint(row: Mapping[str, Any]) -> str:
    """What the per-article cache keys on: the exact text and the fields steps read (a changed source or URL
    can change a result, e.g. which mentions are the publisher)."""
    meta = {name: None if pd.isna(value) else str(value) for name, value in _article_meta(row).items()}
    return content_hash(row["text"] + "\x00" + json.dumps(meta, sort_keys=True))


def _compute(
    articles: pd.DataFrame,
    step_list: Sequence[str],
    options: Mapping[str, Any],
    workers: int,
    executor: Executor | None = None,
) -> list[BatchTables]:
    """Tables of ``articles`` in batches (in corpus order), over ``workers`` processes when more than one.

    ``executor`` is a pool to reuse (a chunked run keeps one for all its
    chunks); without it a pool is started for this call when ``workers > 1``.
    """
    jobs = [(row["doc_id"], row["text"], _article_meta(row)) for row in articles.to_dict("records")]
    size = BATCH_SIZE if workers <= 1 else max(1, min(BATCH_SIZE, -(-len(jobs) // (workers * 4))))
    batches = [jobs[index:index + size] for index in range(0, len(jobs), size)]
    results = []
    with article_progress(len(jobs)) as bar:
        for batch, result in zip(batches, _run_batches(batches, step_list, options, workers, executor)):
            results.append(result)
            bar.update(len(batch))
    return results


def _run_batches(
    batches: list[list[tuple[str, str, dict[str, Any]]]],
    step_list: Sequence[str],
    options: Mapping[str, Any],
    workers: int,
    executor: Executor | None,
) -> Iterator[BatchTables]:
    """The tables of each batch, in order, as they are done (in this process, ``executor`` or a new pool)."""
    if workers <= 1 or len(batches) <= 1:
        yield from (analyze_batch(batch, step_list, options) for batch in batches)
        return
    arguments = (batches, [tuple(step_list)] * len(batches), [dict(options)] * len(batches))
    if executor is not None:
        yield from executor.map(analyze_batch, *arguments)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(analyze_batch, *arguments)


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
    corpus: Corpus | str | Path,
    *,
    steps: Sequence[str] | None = None,
    cache: bool = True,
    cache_dir: str | Path | None = None,
    workers: int = 1,
    executor: Executor | None = None,
    **options: Any,
) -> Analysis:
    """Run the analysis over ``corpus`` (a loaded Corpus, or a path to load) on the local engine.

    :func:`analysis.analyze` (:func:`analysis.pipeline.engines.analyze`) also
    runs it on a Dask cluster; both give the same tables.

    Parameters
    ----------
    steps:
        Steps by short name (``"sentiment"``, ``"actors"``, ``"quotes"``,
        ``"framing"``) or module name; default: every shipped step. The steps
        they require run too, first (``quotes`` requires ``actors``).
    cache:
        Reuse and store per-article results as Parquet (``cache_dir``,
        default ``.cache/analysis`` or ``ANALYSIS_CACHE_DIR``).
    workers:
        Processes to spread batches of articles over (1 runs in this process).
    executor:
        A process pool to reuse across calls (``analyze_to_parquet`` keeps one
        for all its chunks); by default one is started when ``workers > 1``.
    options:
        Step options (see each step's ``DEFAULTS``).
    """
    if not isinstance(corpus, Corpus):
        corpus = load_corpus(resolve(corpus))
    step_modules = plan_steps(REGISTERED_STEPS if steps is None else steps)
    step_list = short_names(step_modules)
    resolved = resolve_options(step_modules, options)
    schemas = table_schemas(step_modules)
    articles = corpus.articles.reset_index(drop=True)
    wanted = pd.DataFrame({"doc_id": articles["doc_id"],
                           "content_hash": [article_fingerprint(row) for row in articles.to_dict("records")]})

    store = None
    cached_ids: set[str] = set()
    cached_tables: dict[str, pd.DataFrame] = {}
    if cache:
        key = config_key(steps=step_list, options=resolved, version=__version__, library=library_fingerprint(PACKAGE_DIR))
        store = ResultCache(Path(cache_dir) if cache_dir else default_cache_dir(), key)
        cached_ids, cached_tables = store.load(wanted, list(schemas))

    todo = articles[~articles["doc_id"].isin(cached_ids)]
    fresh = _compute(todo, step_list, resolved, workers, executor)
    failures = [failure for result in fresh for failure in result.failures]
    if failures and len(failures) == len(articles):
        raise failures[0][1]
    failed = {doc_id for doc_id, _ in failures}
    fresh_tables = {name: _concat([result.tables.pop(name) for result in fresh]) for name in schemas} if fresh else {}
    del fresh  # the batches' frames go table by table as they are joined (pop), and each joined table once ordered
    if store is not None and fresh_tables:
        store.store(wanted[wanted["doc_id"].isin(todo["doc_id"]) & ~wanted["doc_id"].isin(failed)], fresh_tables)
    rejects = corpus.rejects
    if failures:
        rejects = _with_failures(rejects, articles, failures)
        articles = articles[~articles["doc_id"].isin(failed)].reset_index(drop=True)

    doc_order = {doc_id: position for position, doc_id in enumerate(articles["doc_id"])}
    tables = {
        name: _with_schema(
            _order_by_articles(
                _concat([cached_tables.pop(name, pd.DataFrame()), fresh_tables.pop(name, pd.DataFrame())]), doc_order
            ),
            schema,
        )
        for name, schema in schemas.items()
    }
    enriched = _with_metrics(articles, tables, step_modules, resolved)
    return Analysis(articles=enriched, rejects=rejects, tables=tables, options=resolved)


def _with_failures(
    rejects: pd.DataFrame, articles: pd.DataFrame, failures: Sequence[tuple[str, Exception]]
) -> pd.DataFrame:
    """``rejects`` with one ``analysis error`` row per failed article (corpus order), and one warning for them all."""
    by_id = {row["doc_id"]: row for row in articles.to_dict("records")}
    rows = []
    for doc_id, error in failures:
        path, record = by_id[doc_id].get("path"), by_id[doc_id].get("record")
        where = f"{path} line {record}" if path is not None and pd.notna(record) else (path or doc_id)
        rows.append({"path": path, "record": record, "reason": ANALYSIS_ERROR,
                     "detail": f"{where}: article {doc_id} could not be analysed ({type(error).__name__}: {error})"})
    warnings.warn(f"{len(rows)} of {len(articles)} articles could not be analysed and are rejects "
                  f"(reason {ANALYSIS_ERROR!r}); the first: {rows[0]['detail']}", ArticleFailureWarning, stacklevel=3)
    added = pd.DataFrame(rows, columns=list(rejects.columns)).astype(rejects.dtypes.to_dict())
    return pd.concat([rejects, added], ignore_index=True)


def _with_schema(frame: pd.DataFrame, schema: Mapping[str, str]) -> pd.DataFrame:
    """The table with the schema's columns and dtypes, whether it came from the cache, fresh, or is empty."""
    if frame.empty:
        return columns_frame({}, schema)
    return frame[list(schema)].astype(dict(schema))


def _with_metrics(
    articles: pd.DataFrame, tables: Mapping[str, pd.DataFrame], steps: Sequence[ModuleType], options: Mapping[str, Any]
) -> pd.DataFrame:
    """Articles with n_sentences, ``not_measured`` and each step's article-level metrics joined on doc_id.

    ``not_measured`` names the steps not run for an article because of its
    language (see :mod:`analysis.pipeline.languages`); their metrics have no
    value for it. With no articles, the columns and dtypes are those of a one-article probe
    (so an empty result has the same schema as any other; steps' metric code
    need not handle an empty corpus).
    """
    if articles.empty:
        return _probe_metrics(articles, steps, options).iloc[:0]
    counts = tables[SENTENCES].groupby("doc_id").size() if not tables[SENTENCES].empty else pd.Series(dtype="int64")
    enriched = articles.assign(n_sentences=articles["doc_id"].map(counts).fillna(0).astype("int64"))
    names = dict(zip(steps, short_names(steps)))
    langs = articles["lang"] if "lang" in articles.columns else pd.Series(None, index=articles.index, dtype="str")
    enriched[NOT_MEASURED] = not_measured(langs, steps, names, options)
    skipped = unmeasured_sets(enriched[NOT_MEASURED])
    probe: pd.DataFrame | None = None
    for step in steps:
        metrics = step.article_metrics(tables, enriched, options)
        if metrics is not None and len(metrics.columns):
            unmeasured = pd.Index(enriched["doc_id"][[names[step] in steps_ for steps_ in skipped]])
            if len(unmeasured) and metrics.empty:  # no article measured: the dtypes a measured one would give
                probe = _probe_metrics(articles.iloc[:0], steps, options) if probe is None else probe
                metrics = probe.set_index("doc_id")[list(metrics.columns)].iloc[:0]
            enriched = enriched.join(_stable_metrics(mask_unmeasured(metrics, unmeasured)), on="doc_id")
    return enriched


_PROBE_TEXT = "PARIS (AFP) - A probe sentence."


def _probe_metrics(articles: pd.DataFrame, steps: Sequence[ModuleType], options: Mapping[str, Any]) -> pd.DataFrame:
    """The enriched table of a one-article probe with ``articles``' columns and dtypes (no ``lang``: every step runs)."""
    values = {"doc_id": "probe", "text": _PROBE_TEXT, "n_words": 6, "n_paragraphs": 1, "n_chars_dropped": 0}
    probe = pd.DataFrame([{column: values.get(column) for column in articles.columns}]).astype(articles.dtypes.to_dict())
    tables = analyze_batch([("probe", _PROBE_TEXT, {})], short_names(steps), options).tables
    return _with_metrics(probe, tables, steps, options)


def _stable_metrics(metrics: pd.DataFrame) -> pd.DataFrame:
    """Metrics indexed by doc_id as text, with object columns that hold only numbers (or nothing) as
    float64, so the articles table has one schema whatever the corpus size (empty included) and
    however it was computed (a Parquet round trip would make them float64 anyway)."""
    if metrics.empty and metrics.index.dtype != "str":
        metrics = metrics.set_axis(metrics.index.astype("str"), axis=0)
    numeric = [
        column for column in metrics.columns[metrics.dtypes == object]
        if all(isinstance(value, (int, float, np.number)) and not isinstance(value, (bool, np.bool_))
               for value in metrics[column].dropna())
    ]
    return metrics.astype({column: "float64" for column in numeric}) if numeric else metrics


def article_table(step: str | ModuleType, doc: Document | str, options: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """One step's rows for one article as a DataFrame with the step's schema (for exploring and tests).

    ``doc`` is a Document or a plain text; ``options`` default to the step's
    ``DEFAULTS``. The steps it requires run first on the same Document.
    """
    document = doc if isinstance(doc, Document) else Document(doc)
    modules = plan_steps([step if isinstance(step, str) else step.__name__])
    resolved = {**resolve_options(modules, {}), **(options or {})}
    for module in modules:
        if module.TABLE not in document.tables or module is modules[-1]:
            document.tables[module.TABLE] = module.run_article(document, resolved)
    target = modules[-1]
    rows = document.tables[target.TABLE]
    return columns_frame({"doc_id": [document.doc_id] * _length(rows), **rows} if rows else {}, target.SCHEMA)
