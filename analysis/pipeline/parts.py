"""What both engines of ``python -m analysis analyze`` share: one chunk's tables, its Parquet parts, the manifest.

A chunk (local engine) or partition (Dask engine) is analysed by
:func:`chunk_tables`: an article whose analysis raises becomes a ``rejects``
row (reason ``analysis error``, the exception in ``detail``; see
:func:`~analysis.pipeline.spine.analyze`) and the others are analysed as
usual. Its tables are written by :func:`write_parts` as
``<out>/<table>/part-NNNNN.parquet``, each file renamed into place whole
(:func:`write_chunk` does both, in a worker process of the local engine).
The manifest (:func:`write_manifest`) is written last and atomically.
"""
from __future__ import annotations

import hashlib
import json
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

import pandas as pd

from analysis import __version__
from analysis.corpus.articles import content_hash
from analysis.corpus.loading import Corpus
from analysis.errors import ArticleFailureWarning
from analysis.pipeline.cache import write_atomic
from analysis.pipeline.spine import analyze, resolve_options
from analysis.pipeline.steps import plan_steps

MANIFEST = "manifest.json"
# Tables that come from loading, before the analysis steps' tables.
LOAD_TABLES = ("articles", "rejects", "skipped", "date_errors")


def resolved_options(steps: Sequence[str] | None, options: Mapping[str, Any]) -> dict[str, Any]:
    """The step options a run will use; an unknown option raises TypeError before any work."""
    from analysis.pipeline.spine import REGISTERED_STEPS

    return resolve_options(plan_steps(REGISTERED_STEPS if steps is None else steps), options)


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def chunk_tables(chunk: Corpus, **analyze_options: Any) -> dict[str, pd.DataFrame]:
    """Every table of one chunk, load tables first; articles whose analysis raises are rejects rows."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArticleFailureWarning)  # the rejects table lists them; a batch run does not warn
        result = analyze(chunk, **analyze_options)
    return {"articles": result.articles, "rejects": result.rejects, "skipped": chunk.skipped,
            "date_errors": chunk.date_errors, **result.tables}


@dataclass(frozen=True)
class BatchResult:
    """Where the tables went, how many rows each has, and how many chunks (partitions) were computed."""

    out: Path
    rows: Mapping[str, int]
    chunks: int
    computed: int | None = None


@dataclass(frozen=True)
class ChunkWritten:
    """What the driver keeps of one chunk written to parts: its row counts and its articles' fingerprint pairs."""

    rows: dict[str, int]
    pairs: list[str]


def write_chunk(out: Path, index: int, chunk: Corpus, **analyze_options: Any) -> ChunkWritten:
    """Analyse ``chunk`` (:func:`chunk_tables`) and write its tables as parts ``index``; small enough to send back."""
    tables = chunk_tables(chunk, **analyze_options)
    articles = tables["articles"]
    pairs = [f"{doc_id}:{content_hash(text)}" for doc_id, text in zip(articles["doc_id"], articles["text"])]
    return ChunkWritten(rows=write_parts(out, index, tables), pairs=pairs)


def write_parts(out: Path, index: int, tables: Mapping[str, pd.DataFrame]) -> dict[str, int]:
    """Write each table as ``out/<table>/part-<index>.parquet`` (atomically); their row counts."""
    rows = {}
    for name, table in tables.items():
        buffer = table.reset_index(drop=True).to_parquet(index=False)
        write_atomic(out / name / part_name(index), buffer)
        rows[name] = len(table)
    return rows


def corpus_fingerprint(pairs: Sequence[str]) -> str:
    """Fingerprint of the articles' ``doc_id:content-hash`` pairs, in any order (as the report's index shows it)."""
    return hashlib.sha256("\n".join(sorted(pairs)).encode()).hexdigest()[:16]


def write_manifest(out: Path, manifest: Mapping[str, Any]) -> None:
    """Write ``manifest.json`` atomically, with the library version."""
    record = {**manifest, "analysis_version": __version__}
    write_atomic(out / MANIFEST, (json.dumps(record, indent=2, sort_keys=True, default=str) + "\n").encode("utf-8"))


def read_manifest(out: Path) -> dict[str, Any]:
    """The manifest of a tables folder; FileNotFoundError naming the folder when there is none."""
    path = out / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileNotFoundError(f"{out}: no {MANIFEST}; expected a folder written by python -m analysis analyze") from None


def sum_rows(counts: Sequence[Mapping[str, int]]) -> dict[str, int]:
    """Row counts per table added over parts."""
    total: dict[str, int] = {}
    for count in counts:
        for name, rows in count.items():
            total[name] = total.get(name, 0) + rows
    return total
