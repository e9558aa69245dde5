"""The Dask engine: the analysis of ``python -m analysis analyze`` on a Dask cluster, resumable.

``analyze_on_dask(corpus, out, scheduler=...)`` lists the corpus on the
driver (no file is read there), groups the files into units and runs, with
Dask futures (:mod:`analysis.pipeline.partitions` says how loading is split):

1. ``stage_unit`` on every unit: a worker loads it and stages its events
   under ``out/_staging`` (shared storage), returning its articles' keys;
2. in corpus order on the driver, the cross-unit duplicate decisions, the
   unit's partitions (runs of ``partition_size`` articles: a big CSV or
   JSONL file is split by records) and each partition's fingerprint (inputs,
   articles, duplicates, options, library);
3. ``analyze_slice`` for each partition whose parts are missing or stale: a
   worker builds its Corpus from the staged events, analyses it (an article
   that raises becomes a reject row) and writes its Parquet parts into ``out``.

The tables are those the local engine writes, row for row: same rows, order
and dtypes, same rejects. ``out`` is written in place so an interrupted run
can resume: each part is renamed into place whole, and ``manifest.json`` is
rewritten atomically after every partition, listing only parts that exist
(``"complete": false`` until the last one). A re-run computes only the
partitions not listed with their current fingerprint. A worker that dies is
replaced and its tasks rerun as Dask's ``distributed.scheduler.allowed-failures``
setting says (default 3); an article that raises is a ``rejects`` row.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence

from analysis import __version__
from analysis.corpus.files import SIDECAR_NAME, Skipped
from analysis.corpus.loading import LoadOptions
from analysis.outputs import check_replaceable
from analysis.paths import PACKAGE_DIR, resolve
from analysis.pipeline.cache import library_fingerprint
from analysis.pipeline.partitions import (
    Unit, UnitKeys, load_slice, plan_units, screen_keys, seq_range, slice_bounds, stage_unit,
)
from analysis.pipeline.parts import (
    MANIFEST, BatchResult, chunk_tables, corpus_fingerprint, part_name, read_manifest, resolved_options, sum_rows,
    write_manifest, write_parts,
)
from analysis.pipeline.progress import article_progress, on_terminal
from analysis.pipeline.steps import plan_steps

ENGINE = "dask"
STAGING = "_staging"
# A unit (loaded by one task) holds at most partition_size files and about this many bytes.
UNIT_BYTES = 64 * 2**20
# The manifest is rewritten after a partition completes when this long has passed since the last write.
MANIFEST_SECONDS = 1.0


@dataclass(frozen=True)
class _Plan:
    """The listed corpus: its root, units and load options; partition size; where units are staged."""

    root: Path
    units: list[Unit]
    load: dict[str, Any]
    partition_size: int
    staging: Path


def analyze_on_dask(
    corpus: str | Path,
    out: str | Path,
    *,
    scheduler: Any = None,
    partition_size: int = 200,
    files_per_unit: int | None = None,
    n_workers: int | None = None,
    load_options: Mapping[str, Any] | None = None,
    cache: bool = True,
    steps: Sequence[str] | None = None,
    **options: Any,
) -> BatchResult:
    """Analyse ``corpus`` on a Dask cluster into the Parquet datasets of ``out`` (see the module docstring).

    ``scheduler``: None starts a ``distributed.LocalCluster`` of ``n_workers``
    processes (default: one per core) with one thread each; an address
    (``"tcp://host:8786"``) connects to a running cluster; a
    ``distributed.Client`` is used as it is. ``BatchResult.computed`` counts
    the partitions this run analysed (the others were complete and fresh).
    ``partition_size`` is the number of articles per partition (and, unless
    ``files_per_unit`` is given, the number of files one task loads).
    """
    target = resolve(out)
    load = dict(load_options or {})
    LoadOptions.from_kwargs(load)
    resolved = resolved_options(steps, options)
    check_replaceable(target, marker=MANIFEST)
    root, units = plan_units(corpus, files_per_unit=files_per_unit or partition_size, bytes_per_unit=UNIT_BYTES,
                             load_options=load)
    config = _config(steps=steps, resolved=resolved, load=load, cache=cache)
    target.mkdir(parents=True, exist_ok=True)
    state = _RunState(target, corpus=str(corpus), config=config)
    state.write()
    plan = _Plan(root=root, units=units, load=load, partition_size=partition_size, staging=target / STAGING)
    with dask_client(scheduler, n_workers=n_workers) as client, article_progress(None) as bar:
        if on_terminal() and getattr(client, "dashboard_link", None):
            print(f"analyze: Dask dashboard {client.dashboard_link}", file=sys.stderr, flush=True)
        computed = _run(client, plan, state, bar, steps=steps, cache=cache, options=options)
    state.finish()
    shutil.rmtree(plan.staging, ignore_errors=True)
    return BatchResult(out=target, rows=state.rows(), chunks=state.n_partitions, computed=computed)


@contextmanager
def dask_client(scheduler: Any = None, *, n_workers: int | None = None) -> Iterator[Any]:
    """A ``distributed.Client``: the one given, one connected to an address, or one on a new LocalCluster."""
    from distributed import Client, LocalCluster

    if isinstance(scheduler, Client):
        yield scheduler
        return
    if scheduler:
        with Client(str(scheduler)) as client:
            yield client
        return
    workers = n_workers or machine_cores()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        yield client


def machine_cores() -> int:
    """The cores this process may use (the size of a local cluster without ``n_workers``)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def analyze_slice(
    root: Path,
    staging: Path,
    unit_index: int,
    bounds: tuple[int, int],
    out: Path,
    index: int,
    *,
    seq_range: tuple[int, int | None],
    drops: Mapping[int, dict[str, Any]],
    first: bool,
    steps: Sequence[str] | None,
    cache: bool,
    options: Mapping[str, Any],
) -> dict[str, Any]:
    """On a worker: build one partition's Corpus from its staged unit, analyse it, write its parts; row counts."""
    chunk = load_slice(root, staging, unit_index, bounds, seq_range=seq_range, drops=drops, first=first)
    tables = chunk_tables(chunk, steps=steps, cache=cache, **options)
    return {"rows": write_parts(out, index, tables), "n_filtered": chunk.n_filtered}


def _run(client: Any, plan: _Plan, state: _RunState, bar: Any, *, steps: Sequence[str] | None, cache: bool,
         options: Mapping[str, Any]) -> int:
    """Stage every unit, then submit the partitions to compute as units' keys arrive in order; how many were computed."""
    from distributed import as_completed

    scope = _sidecar_scope(plan.units)
    staged = [client.submit(stage_unit, plan.root, unit, plan.load, plan.staging, corpus_found=scope if unit.index == 0 else (),
                            pure=False) for unit in plan.units]
    unit_of = {future.key: unit.index for future, unit in zip(staged, plan.units)}
    seen: dict[str, str] = {}
    seen_ids: set[str] = set()
    ready: dict[int, UnitKeys] = {}
    next_unit = computed = 0
    tasks: dict[str, tuple[int, str]] = {}
    following = as_completed(staged)
    for future in following:
        if future.key in tasks:
            index, fingerprint = tasks.pop(future.key)
            result = future.result()
            state.done(index, fingerprint, result["rows"], result["n_filtered"])
            bar.update(result["rows"]["articles"])
            continue
        ready[unit_of[future.key]] = future.result()
        while next_unit in ready:
            for index, fingerprint, task in _partitions_of(client, plan, next_unit, ready.pop(next_unit), seen, seen_ids, state,
                                                         steps=steps, cache=cache, options=options):
                if task is None:
                    bar.update(state.articles(index))
                    continue
                tasks[task.key] = (index, fingerprint)
                following.add(task)
                computed += 1
            next_unit += 1
    return computed


def _partitions_of(
    client: Any, plan: _Plan, unit_index: int, keys: UnitKeys, seen: dict[str, str], seen_ids: set[str], state: _RunState,
    *, steps: Sequence[str] | None, cache: bool, options: Mapping[str, Any],
) -> Iterator[tuple[int, str, Any]]:
    """The unit's partitions: (part index, fingerprint, the future computing it, or None when its parts are fresh)."""
    decisions = screen_keys(keys, seen, seen_ids)
    state.pairs.extend(f"{doc_id}:{digest}" for doc_id, digest, drop in zip(keys.doc_ids, keys.hashes, decisions) if drop is None)
    bounds = slice_bounds(len(keys), plan.partition_size)
    for number, (start, stop) in enumerate(bounds):
        index = state.n_partitions
        state.n_partitions += 1
        drops = {position: decisions[position] for position in range(start, stop) if decisions[position] is not None}
        events = seq_range(keys, (start, stop), last=number == len(bounds) - 1)
        fingerprint = _fingerprint(state.config, unit_index, keys, (start, stop), index=index, drops=drops, events=events)
        if state.is_fresh(index, fingerprint):
            yield index, fingerprint, None
            continue
        state.forget(index)
        yield index, fingerprint, client.submit(
            analyze_slice, plan.root, plan.staging, unit_index, (start, stop), state.out, index,
            seq_range=events, drops=drops, first=number == 0, steps=steps, cache=cache, options=dict(options), pure=False,
        )


def _sidecar_scope(units: list[Unit]) -> list[Any]:
    """Every file of the corpus when it holds a ``metadata.csv`` (the first unit checks the sidecars' rows)."""
    has_sidecar = any(isinstance(entry, Skipped) and Path(entry.rel).name == SIDECAR_NAME
                      for unit in units for entry in unit.entries)
    return [entry for unit in units for entry in unit.found] if has_sidecar else []


def _config(*, steps: Sequence[str] | None, resolved: Mapping[str, Any], load: Mapping[str, Any], cache: bool) -> dict[str, Any]:
    """What, besides its inputs, decides a partition's tables."""
    from analysis.pipeline.steps import step_names

    step_list = step_names(plan_steps(steps)) if steps is not None else None
    return {"steps": step_list, "options": dict(resolved), "load_options": dict(load), "version": __version__,
            "library": library_fingerprint(PACKAGE_DIR)}


def _fingerprint(config: Mapping[str, Any], unit_index: int, keys: UnitKeys, bounds: tuple[int, int], *, index: int,
                 drops: Mapping[int, Any], events: tuple[int, int | None]) -> str:
    """A partition's fingerprint: its unit's inputs, its articles, duplicates and events, the run's configuration."""
    start, stop = bounds
    payload = json.dumps([config, unit_index, index, keys.inputs_digest, bounds, events, keys.content_ids[start:stop],
                          keys.doc_ids[start:stop], keys.hashes[start:stop], sorted(drops.items())], sort_keys=True, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()[:20]


class _RunState:
    """The manifest of a run in place: which parts are complete (and fresh), rewritten after every change."""

    def __init__(self, out: Path, *, corpus: str, config: Mapping[str, Any]) -> None:
        self.out, self.corpus, self.config = out, corpus, dict(config)
        self.n_partitions = 0  # grows as units' partitions are planned
        self.written = 0.0
        self.pairs: list[str] = []
        self.partitions: dict[str, dict[str, Any]] = self._previous()

    def _previous(self) -> dict[str, dict[str, Any]]:
        """Parts an earlier Dask run completed, that exist and belong to this corpus's partitions."""
        try:
            manifest = read_manifest(self.out)
        except (FileNotFoundError, ValueError):
            return {}
        if manifest.get("engine") != ENGINE:
            return {}
        listed = manifest.get("partitions", {})
        return {name: entry for name, entry in listed.items()
                if all((self.out / table / name).is_file() for table in entry["rows"])}

    def is_fresh(self, index: int, fingerprint: str) -> bool:
        return self.partitions.get(part_name(index), {}).get("fingerprint") == fingerprint

    def articles(self, index: int) -> int:
        return int(self.partitions[part_name(index)]["rows"].get("articles", 0))

    def forget(self, index: int) -> None:
        """Drop a stale part from the manifest before it is rewritten."""
        if self.partitions.pop(part_name(index), None) is not None:
            self.write()

    def done(self, index: int, fingerprint: str, rows: Mapping[str, int], n_filtered: int) -> None:
        """Record a completed partition; the manifest is rewritten at most every MANIFEST_SECONDS (and at the end)."""
        self.partitions[part_name(index)] = {"index": index, "fingerprint": fingerprint, "rows": dict(rows), "n_filtered": n_filtered}
        if time.monotonic() - self.written >= MANIFEST_SECONDS:
            self.write()

    def rows(self) -> dict[str, int]:
        return sum_rows([entry["rows"] for entry in self.partitions.values()])

    def write(self, *, complete: bool = False) -> None:
        names = sorted(self.partitions, key=lambda name: self.partitions[name]["index"])
        manifest = {
            "engine": ENGINE, "corpus": self.corpus, "complete": complete, "parts": names, "chunks": self.n_partitions,
            "partitions": self.partitions, "rows": self.rows(), "options": self.config["options"],
            "steps": self.config["steps"], "load_options": self.config["load_options"],
            "n_filtered": sum(int(entry.get("n_filtered", 0)) for entry in self.partitions.values()),
        }
        if complete:
            manifest["corpus_fingerprint"] = corpus_fingerprint(self.pairs)
        write_manifest(self.out, manifest)
        self.written = time.monotonic()

    def finish(self) -> None:
        """Mark the run complete (every partition listed), then remove parts no partition of it owns."""
        expected = {part_name(index) for index in range(self.n_partitions)}
        missing = expected - set(self.partitions)
        if missing:
            raise RuntimeError(f"{self.out}: partitions {sorted(missing)[:3]} did not complete; run again to resume")
        self.partitions = {name: entry for name, entry in self.partitions.items() if name in expected}
        self.write(complete=True)
        for folder in self.out.iterdir():
            if folder.is_dir():
                for path in folder.glob("*.parquet"):
                    if path.name not in expected:
                        path.unlink(missing_ok=True)
                for path in folder.glob(".*.tmp"):
                    path.unlink(missing_ok=True)
