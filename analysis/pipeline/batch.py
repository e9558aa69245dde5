"""Batch analysis of large corpora: chunk by chunk into a folder of Parquet datasets.

``analyze_to_parquet(corpus, out)`` streams the corpus with
:func:`analysis.corpus.loading.iter_corpus`, runs :func:`analysis.pipeline.spine.analyze`
on each chunk (with the per-article cache) and appends every table as one
Parquet part per chunk, so memory grows with the chunk, not the corpus::

    out/articles/part-00000.parquet   out/sentences/part-00000.parquet   ...
    out/rejects/...  out/skipped/...  out/sentiment/...  out/mentions/...  out/quotes/...  out/frame_hits/...
    out/manifest.json                 row counts, options, corpus fingerprint, library version

Each table folder is a Parquet dataset that pandas, pyarrow, DuckDB, Dask or
Spark read as one table: the path from a laptop to a cluster. The folder is
built beside ``out`` and renamed into place when complete; an existing ``out``
is replaced only when it holds a ``manifest.json`` (this function wrote it) or
is empty, else :class:`analysis.outputs.OutputFolderError` is raised and it is
left untouched. Every table is written with its fixed schema, so each dataset
reads as one table even when some chunks have no rows.
"""
from __future__ import annotations

import hashlib
import json
import shutil
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

import pandas as pd

from analysis import __version__
from analysis.pipeline.cache import content_hash
from analysis.corpus.loading import Corpus, iter_corpus
from analysis.outputs import check_replaceable, move_into_place, start_building
from analysis.paths import resolve
from analysis.pipeline.spine import analyze

MANIFEST = "manifest.json"


@dataclass(frozen=True)
class BatchResult:
    """Where the tables went and how many rows each has."""

    out: Path
    rows: Mapping[str, int]
    chunks: int


def analyze_to_parquet(
    corpus: str | Path,
    out: str | Path,
    *,
    chunk_size: int = 1000,
    workers: int = 1,
    load_options: Mapping[str, Any] | None = None,
    cache: bool = True,
    **options: Any,
) -> BatchResult:
    """Analyse ``corpus`` chunk by chunk and write every table as a Parquet dataset under ``out``.

    ``load_options`` go to :func:`analysis.corpus.loading.iter_corpus` (``year``,
    ``since``, field names...); ``options`` to :func:`analysis.pipeline.spine.analyze`
    (``steps``, step options). An existing ``out`` is replaced only once the
    new one is complete, and only when this function wrote it (it holds
    ``manifest.json``) or it is empty; anything else raises
    :class:`~analysis.outputs.OutputFolderError` before any work.
    """
    target = resolve(out)
    check_replaceable(target, marker=MANIFEST)
    building = start_building(target)
    try:
        rows, chunks, hashes, resolved = _write_chunks(
            corpus, building, chunk_size=chunk_size, workers=workers,
            load_options=dict(load_options or {}), cache=cache, options=options,
        )
        _write_manifest(building, corpus=str(corpus), rows=rows, chunks=chunks, hashes=hashes, options=resolved)
        move_into_place(building, target, marker=MANIFEST)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return BatchResult(out=target, rows=rows, chunks=chunks)


def _write_chunks(
    corpus: str | Path,
    folder: Path,
    *,
    chunk_size: int,
    workers: int,
    load_options: dict[str, Any],
    cache: bool,
    options: Mapping[str, Any],
) -> tuple[dict[str, int], int, list[str], dict[str, Any]]:
    rows: dict[str, int] = {}
    hashes: list[str] = []
    resolved: dict[str, Any] = {}
    chunks = 0
    with ExitStack() as stack:
        pool = stack.enter_context(ProcessPoolExecutor(max_workers=workers)) if workers > 1 else None
        for index, chunk in enumerate(iter_corpus(corpus, chunk_size=chunk_size, **load_options)):
            chunks += 1
            resolved = _write_chunk(folder, index, chunk, rows, hashes, workers=workers, pool=pool, cache=cache, options=options)
    return rows, chunks, hashes, resolved


def _write_chunk(
    folder: Path,
    index: int,
    chunk: Corpus,
    rows: dict[str, int],
    hashes: list[str],
    *,
    workers: int,
    pool: Executor | None,
    cache: bool,
    options: Mapping[str, Any],
) -> dict[str, Any]:
    """Analyse one chunk, append its tables as part ``index`` and count its rows; returns the resolved options."""
    result = analyze(chunk, workers=workers, executor=pool, cache=cache, **options)
    tables = {"articles": result.articles, "rejects": result.rejects, "skipped": chunk.skipped, **result.tables}
    for name, table in tables.items():
        _write_part(folder / name, index, table)
        rows[name] = rows.get(name, 0) + len(table)
    hashes.extend(f"{doc_id}:{content_hash(text)}" for doc_id, text in zip(chunk.articles["doc_id"], chunk.articles["text"]))
    return result.options


def _write_part(folder: Path, index: int, table: pd.DataFrame) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    table.reset_index(drop=True).to_parquet(folder / f"part-{index:05d}.parquet", index=False)


def _write_manifest(
    folder: Path, *, corpus: str, rows: Mapping[str, int], chunks: int, hashes: list[str], options: Mapping[str, Any]
) -> None:
    manifest = {
        "corpus": corpus,
        "corpus_fingerprint": hashlib.sha256("\n".join(sorted(hashes)).encode()).hexdigest()[:16],
        "chunks": chunks,
        "rows": dict(rows),
        "options": dict(options),
        "analysis_version": __version__,
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True, default=str) + "\n", encoding="utf-8")


def read_table(out: str | Path, name: str) -> pd.DataFrame:
    """One table of a batch output, its parts concatenated in chunk order."""
    folder = resolve(out) / name
    parts = sorted(folder.glob("part-*.parquet"))
    if not parts:
        raise FileNotFoundError(f"{folder}: no Parquet parts; expected a folder written by analyze_to_parquet")
    frames = [pd.read_parquet(part) for part in parts]
    non_empty = [frame for frame in frames if not frame.empty] or frames[:1]
    return pd.concat(non_empty, ignore_index=True)
