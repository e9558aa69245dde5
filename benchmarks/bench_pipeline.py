"""End-to-end analysis throughput: every step, serial versus two processes, and a cached re-run.

Replicates the Wikinews corpus (or the seed) to ``--articles`` articles, then
times ``analyze`` with ``workers=1`` and ``workers=2`` (no cache), a first run
filling a fresh cache and a re-run reading it. Prints articles/s and
sentences/s and the ratios measured in the same run. No asserts.

    .venv/bin/python benchmarks/bench_pipeline.py [--articles 1000]
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Callable

import pandas as pd

from analysis import analyze
from analysis.corpus.loading import Corpus, load_corpus
from analysis.paths import SEEDS, SHARED_CORPUS


def replicated_corpus(n_articles: int) -> Corpus:
    """Wikinews (or the seed) repeated with a marker line so every copy has its own doc_id."""
    base = load_corpus(SHARED_CORPUS) if SHARED_CORPUS.is_dir() else load_corpus(SEEDS)
    copies = -(-n_articles // len(base.articles))
    frames = []
    for copy in range(copies):
        replica = base.articles.assign(text=base.articles["text"] + f"\n(Replica {copy}.)")
        frames.append(replica.assign(doc_id=replica["doc_id"] + f"-{copy}"))
    articles = pd.concat(frames, ignore_index=True).head(n_articles)
    return Corpus(articles=articles, rejects=base.rejects, root=base.root)


def timed(label: str, run: Callable[[], object], n_articles: int) -> tuple[float, int]:
    start = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - start
    n_sentences = len(result.sentences)
    print(f"{label:<28} {seconds:7.2f} s  {n_articles / seconds:8.1f} articles/s  {n_sentences / seconds:9,.0f} sentences/s")
    return seconds, n_sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="articles to analyse (default 1000)")
    args = parser.parse_args()
    corpus = replicated_corpus(args.articles)
    n = len(corpus.articles)
    print(f"{n:,} articles, all steps")
    serial, _ = timed("analyze, workers=1", lambda: analyze(corpus, cache=False), n)
    parallel, _ = timed("analyze, workers=2", lambda: analyze(corpus, cache=False, workers=2), n)
    with tempfile.TemporaryDirectory() as folder:
        cache_dir = Path(folder)
        filling, _ = timed("first run, filling cache", lambda: analyze(corpus, cache_dir=cache_dir), n)
        cached, _ = timed("re-run from cache", lambda: analyze(corpus, cache_dir=cache_dir), n)
    print(f"speed-up with 2 workers: x{serial / parallel:.2f}; cached re-run: x{filling / cached:.1f} faster than the first run")


if __name__ == "__main__":
    main()
