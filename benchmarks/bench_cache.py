"""The per-article cache's cost per chunk against the chunk's index: constant, not growing with the chunks before it.

    .venv/bin/python benchmarks/bench_cache.py [--chunks 300] [--chunk-size 1000] [--every 50]

Simulates a chunked run (``python -m analysis analyze``) without analysing
any text: for each chunk of ``--chunk-size`` synthetic articles (each with
one row in one table), a new :class:`~analysis.pipeline.cache.ResultCache`
(as :func:`~analysis.pipeline.spine.analyze` makes one per chunk) loads the
chunk (nothing is cached yet) and stores it, in a temporary folder. Every
``--every`` chunks it prints the CPU time of that chunk's load and store
(``time.process_time``, the mean over the ``--every`` chunks before) and
the completion markers read from disk (counted around
``pathlib.Path.read_bytes``, so the count means the same for any version of
the cache). Then a warm pass over the same chunks, as a new process would
make it (this process's marker index is dropped when the cache has one):
each chunk finds its articles. Last, the CPU time of
:func:`~analysis.pipeline.cache.library_fingerprint`, which every chunk's
configuration key asks for.

Before the marker index, chunk k read the k markers before it (about
0.4 ms each at 1,000 articles): cost growing with the chunk index. Prints;
asserts nothing.
"""
from __future__ import annotations

import argparse
import hashlib
import tempfile
import time
from pathlib import Path

import pandas as pd

from analysis.paths import PACKAGE_DIR
from analysis.pipeline import cache as cache_module
from analysis.pipeline.cache import DONE_TABLE, ResultCache, library_fingerprint

KEY = "bench"
TABLES = ["sentences"]


def synthetic_chunk(index: int, size: int) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """Chunk ``index``: ``size`` articles with fingerprints as the pipeline writes them, and one row each."""
    doc_ids = [f"chunk{index:06d}/article{number:05d}.txt" for number in range(size)]
    hashes = [hashlib.sha256(doc_id.encode()).hexdigest() for doc_id in doc_ids]
    batch = pd.DataFrame({"doc_id": doc_ids, "content_hash": hashes})
    return batch, {"sentences": pd.DataFrame({"doc_id": doc_ids, "sent_id": 0, "score": 0.5})}


class MarkerReads:
    """Counts the completion markers read from disk (any ``_done/*.json`` read through ``Path.read_bytes``)."""

    def __init__(self) -> None:
        self.count = 0
        self._read_bytes = Path.read_bytes

    def __enter__(self) -> "MarkerReads":
        read_bytes = self._read_bytes

        def counting(path: Path) -> bytes:
            if path.parent.name == DONE_TABLE and path.suffix == ".json":
                self.count += 1
            return read_bytes(path)

        Path.read_bytes = counting  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc: object) -> None:
        Path.read_bytes = self._read_bytes  # type: ignore[method-assign]


def run_pass(root: Path, chunks: int, size: int, every: int, *, store: bool) -> None:
    """One pass over the chunks (cold: load then store; warm: load), printing cost and reads every ``every`` chunks."""
    spent, reads_before = 0.0, 0
    with MarkerReads() as reads:
        for index in range(chunks):
            batch, tables = synthetic_chunk(index, size)
            started = time.process_time()
            cache = ResultCache(root, KEY)
            cached, _ = cache.load(batch, TABLES)
            if store:
                cache.store(batch, tables)
            spent += time.process_time() - started
            if not store and len(cached) != size:
                raise SystemExit(f"chunk {index}: {len(cached)} of {size} articles found in the cache")
            if (index + 1) % every == 0 or index == 0:
                window = 1 if index == 0 else every
                print(f"  chunk {index:6d}: {1000 * spent / window:8.2f} ms CPU per chunk, "
                      f"{(reads.count - reads_before) / window:7.1f} marker reads per chunk")
                spent, reads_before = 0.0, reads.count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=300)
    parser.add_argument("--chunk-size", type=int, default=1000)
    parser.add_argument("--every", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        print(f"cold run: {args.chunks} chunks of {args.chunk_size} articles (load + store per chunk)")
        run_pass(root, args.chunks, args.chunk_size, args.every, store=True)
        if hasattr(cache_module, "_MARKER_INDEXES"):
            cache_module._MARKER_INDEXES.clear()  # as a new process
        print("warm run, as a new process (load per chunk)")
        run_pass(root, args.chunks, args.chunk_size, args.every, store=False)
    timings = []
    for _ in range(5):
        started = time.process_time()
        library_fingerprint(PACKAGE_DIR)
        timings.append(time.process_time() - started)
    print(f"library_fingerprint: first {1000 * timings[0]:.1f} ms, then {1000 * min(timings[1:]):.1f} ms CPU per call")


if __name__ == "__main__":
    main()
