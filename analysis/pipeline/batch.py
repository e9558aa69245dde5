"""Batch analysis of large corpora: chunk by chunk into a folder of Parquet datasets.

``analyze_to_parquet(corpus, out)`` streams the corpus with
:func:`analysis.corpus.loading.iter_corpus`, runs :func:`analysis.pipeline.spine.analyze`
on each chunk (with the per-article cache) and appends every table as one
Parquet part per chunk, so memory grows with the chunk, not the corpus. With
``workers > 1`` each worker process analyses and writes whole chunks while this
process loads the next ones (a few chunks in flight at most), so no core
waits for the loading or the writing; the last chunk is spread over the workers
in batches of articles, so no worker idles while another finishes a whole chunk::

    out/articles/part-00000.parquet   out/sentences/part-00000.parquet   ...
    out/rejects/...  out/skipped/...  out/date_errors/...  out/sentiment/...  out/mentions/...  out/quotes/...
    out/manifest.json                 parts, row counts, options, load options, corpus fingerprint, library version

Each table folder is a Parquet dataset that pandas, pyarrow, DuckDB, Dask or
Spark read as one table: the path from a laptop to a cluster. The folder is
built beside ``out`` and renamed into place when complete; an existing ``out``
is replaced only when it holds a ``manifest.json`` (this function wrote it) or
is empty, else :class:`analysis.outputs.OutputFolderError` is raised and it is
left untouched. Every table is written with its fixed schema, so each dataset
reads as one table even when some chunks have no rows. An article whose
analysis raises becomes a ``rejects`` row (see :mod:`analysis.pipeline.parts`).

``engine="dask"`` runs the same analysis on a Dask cluster instead
(:func:`analysis.pipeline.dask_engine.analyze_on_dask`): same tables, resumable.
"""
from __future__ import annotations

import shutil
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, as_completed, wait
from contextlib import ExitStack
from itertools import chain
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

import pandas as pd

from analysis.corpus.loading import Corpus, iter_corpus
from analysis.outputs import check_replaceable, move_into_place, start_building
from analysis.paths import resolve
from analysis.pipeline.parts import (
    MANIFEST, BatchResult, ChunkWritten, corpus_fingerprint, part_name, resolved_options, sum_rows, write_chunk,
    write_manifest,
)
from analysis.pipeline.progress import Progress, article_progress, no_progress

__all__ = ["MANIFEST", "BatchResult", "analyze_to_parquet", "read_table"]


def analyze_to_parquet(
    corpus: str | Path,
    out: str | Path,
    *,
    chunk_size: int = 1000,
    workers: int = 1,
    load_options: Mapping[str, Any] | None = None,
    cache: bool = True,
    engine: str = "local",
    scheduler: Any = None,
    partition_size: int = 200,
    n_workers: int | None = None,
    files_per_unit: int | None = None,
    **options: Any,
) -> BatchResult:
    """Analyse ``corpus`` chunk by chunk and write every table as a Parquet dataset under ``out``.

    ``load_options`` go to :func:`analysis.corpus.loading.iter_corpus` (``year``,
    ``since``, field names...); ``options`` to :func:`analysis.pipeline.spine.analyze`
    (``steps``, step options). An existing ``out`` is replaced only once the
    new one is complete, and only when this function wrote it (it holds
    ``manifest.json``) or it is empty; anything else raises
    :class:`~analysis.outputs.OutputFolderError` before any work.
    ``engine="dask"`` runs on a Dask cluster (``scheduler``: None for a local
    cluster of ``n_workers`` processes, an address or a ``distributed.Client``)
    in partitions of ``partition_size`` articles, resuming an interrupted run in place; see
    :func:`analysis.pipeline.dask_engine.analyze_on_dask`.
    """
    if engine == "dask":
        from analysis.pipeline.dask_engine import analyze_on_dask

        return analyze_on_dask(corpus, out, scheduler=scheduler, partition_size=partition_size, n_workers=n_workers,
                               files_per_unit=files_per_unit,
                               load_options=load_options, cache=cache, **options)
    if engine != "local":
        raise ValueError(f"engine={engine!r}: expected 'local' or 'dask'")
    target = resolve(out)
    resolved = resolved_options(options.get("steps"), {k: v for k, v in options.items() if k != "steps"})
    check_replaceable(target, marker=MANIFEST)
    building = start_building(target)
    try:
        counts, pairs, n_filtered = _write_chunks(
            corpus, building, chunk_size=chunk_size, workers=workers,
            load_options=dict(load_options or {}), cache=cache, options=options,
        )
        write_manifest(building, {
            "engine": "local", "corpus": str(corpus), "corpus_fingerprint": corpus_fingerprint(pairs),
            "chunks": len(counts), "parts": [part_name(index) for index in range(len(counts))], "complete": True,
            "rows": sum_rows(counts), "options": resolved, "steps": options.get("steps"),
            "load_options": dict(load_options or {}), "n_filtered": n_filtered,
        })
        move_into_place(building, target, marker=MANIFEST)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return BatchResult(out=target, rows=sum_rows(counts), chunks=len(counts), computed=len(counts))


def _write_chunks(
    corpus: str | Path,
    folder: Path,
    *,
    chunk_size: int,
    workers: int,
    load_options: dict[str, Any],
    cache: bool,
    options: Mapping[str, Any],
) -> tuple[list[dict[str, int]], list[str], int]:
    """Analyse and write every chunk; row counts per chunk, the articles' fingerprint pairs, articles filtered out.

    With ``workers > 1`` and more than one chunk, each worker process analyses
    and writes whole chunks while this process loads the next ones, and the
    last chunk is spread over them (:func:`_write_in_pool`). A corpus of one
    chunk is spread over the workers in batches of articles too, so every
    worker has a share of it.
    """
    chunks = iter_corpus(corpus, chunk_size=chunk_size, **load_options)
    analyze_options = {**options, "cache": cache}
    with ExitStack() as stack:
        bar = stack.enter_context(article_progress(None))
        pool = stack.enter_context(ProcessPoolExecutor(max_workers=workers)) if workers > 1 else None
        if pool is not None:
            pool.submit(int).result()  # start the workers now, before this process holds the language model and chunks
        first, second = next(chunks), next(chunks, None)  # iter_corpus yields at least one chunk
        if pool is not None and second is not None:
            written, n_filtered = _write_in_pool(pool, folder, chain([first, second], chunks), workers=workers,
                                                 bar=bar, analyze_options=analyze_options)
        else:
            written, n_filtered = {}, 0
            for index, chunk in enumerate(chain([first], [second] if second is not None else [], chunks)):
                written[index] = write_chunk(folder, index, chunk, workers=workers, executor=pool, **analyze_options)
                n_filtered += chunk.n_filtered
                bar.update(len(chunk.articles))
    ordered = [written[index] for index in range(len(written))]
    return [chunk.rows for chunk in ordered], [pair for chunk in ordered for pair in chunk.pairs], n_filtered


def _write_in_pool(
    pool: Executor,
    folder: Path,
    chunks: Iterable[Corpus],
    *,
    workers: int,
    bar: Progress,
    analyze_options: Mapping[str, Any],
) -> tuple[dict[int, ChunkWritten], int]:
    """Each chunk analysed and written by a worker of ``pool`` while the next ones load here; what each chunk wrote
    (by index) and the articles filtered out.

    While a chunk loads, ``workers + 1`` chunks are running or queued (one more
    than the workers: a worker that finishes starts the next chunk at once), so
    memory holds a bounded number of chunks. The last chunk is instead spread
    over the workers in batches of articles and written here
    (:func:`~analysis.pipeline.parts.write_chunk` with the pool): its batches
    queue behind the whole chunks still running, so a worker that finishes
    early takes a share of the last chunk instead of idling while another
    analyses it whole (the same tables; up to half a chunk's time saved at the
    end of a run). A chunk that fails cancels the chunks not yet
    started and its error is raised (the pool waits for the running ones).
    """
    written: dict[int, ChunkWritten] = {}
    running: dict[Future[ChunkWritten], tuple[int, int]] = {}
    n_filtered = 0

    def collect(done: Iterable[Future[ChunkWritten]]) -> None:
        for future in done:
            index, n_articles = running.pop(future)
            written[index] = future.result()
            bar.update(n_articles)

    try:
        for index, (chunk, last) in enumerate(_marking_last(chunks)):
            n_filtered += chunk.n_filtered
            if last:
                written[index] = write_chunk(folder, index, chunk, workers=workers, executor=pool, **analyze_options)
                bar.update(len(chunk.articles))
                continue
            future = pool.submit(_write_chunk_quietly, folder, index, chunk, analyze_options)
            running[future] = (index, len(chunk.articles))
            if len(running) > workers + 1:
                collect(wait(running, return_when=FIRST_COMPLETED).done)
        collect(as_completed(list(running)))
    except BaseException:
        for future in running:
            future.cancel()
        raise
    return written, n_filtered


def _marking_last(chunks: Iterable[Corpus]) -> Iterator[tuple[Corpus, bool]]:
    """Each chunk and whether it is the last one: a chunk is handed on once the next one has loaded (or none is left)."""
    remaining = iter(chunks)
    current = next(remaining, None)
    while current is not None:
        following = next(remaining, None)
        yield current, following is None
        current = following


def _write_chunk_quietly(folder: Path, index: int, chunk: Corpus, analyze_options: Mapping[str, Any]) -> ChunkWritten:
    """In a worker process: :func:`~analysis.pipeline.parts.write_chunk` without a progress bar of its own."""
    with no_progress():
        return write_chunk(folder, index, chunk, **analyze_options)


def read_table(out: str | Path, name: str) -> pd.DataFrame:
    """One table of a batch output, its parts concatenated in order (the parts the manifest lists, when it has them)."""
    from analysis.pipeline.stored import read_stored_table

    return read_stored_table(resolve(out), name)
