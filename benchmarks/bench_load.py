"""Loading throughput: replicate the Wikinews corpus to 20,000+ articles and time load_corpus.

Prints articles/s for ``load_corpus`` and ``iter_corpus``, sentences/s for
``analysis.text.split_sentences`` over the loaded texts, and peak memory
(tracemalloc peak of Python allocations for a whole load vs a chunked load,
plus the process's peak RSS). No asserts: run it and read the numbers.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_load.py [--articles 20000] [--chunk-size 1000] [--skip-memory]
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Callable

import pandas as pd

from analysis.corpus.loading import iter_corpus, load_corpus
from analysis.paths import SEEDS, SHARED_CORPUS


def source_articles() -> pd.DataFrame:
    """The Wikinews articles (url, date, title, text), or the seed article when the shared corpus is absent."""
    files = sorted(SHARED_CORPUS.glob("*.csv")) if SHARED_CORPUS.is_dir() else []
    if files:
        return pd.concat([pd.read_csv(path) for path in files], ignore_index=True)
    print(f"note: {SHARED_CORPUS} not found; replicating the seed article instead")
    text = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    return pd.DataFrame({"url": [None], "date": ["2021-12-22"], "title": ["Seed"], "text": [text]})


def write_replicas(articles: pd.DataFrame, folder: Path, *, n_articles: int) -> int:
    """Write copies of ``articles`` as CSV files, each copy's texts changed slightly so doc_ids differ."""
    copies = -(-n_articles // len(articles))
    for copy in range(copies):
        replica = articles.assign(text=articles["text"] + f"\n\n(Replica {copy}.)")
        replica.to_csv(folder / f"replica_{copy:04d}.csv", index=False)
    return copies * len(articles)


def timed(label: str, work: Callable[[], int], unit: str, *, megabytes: float | None = None) -> None:
    """Run ``work`` (which returns a count of ``unit``) and print its throughput."""
    start = time.perf_counter()
    count = work()
    seconds = time.perf_counter() - start
    line = f"{label:<34} {count:>9,} {unit:<10} {seconds:7.2f} s  {count / seconds:>10,.0f} {unit}/s"
    print(line + (f"  {megabytes / seconds:6.1f} MB/s" if megabytes else ""))


def traced_peak(work: Callable[[], object]) -> float:
    """Peak MB of Python allocations while ``work`` runs."""
    tracemalloc.start()
    work()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def count_chunked(folder: Path, chunk_size: int) -> int:
    return sum(len(chunk.articles) for chunk in iter_corpus(folder, chunk_size=chunk_size))


def sentence_splitter() -> Callable[[str], list] | None:
    try:
        from analysis.text.sentences import split_sentences
    except ImportError:
        return None
    return split_sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000, help="at least this many articles")
    parser.add_argument("--chunk-size", type=int, default=1000, help="iter_corpus chunk size")
    parser.add_argument("--skip-memory", action="store_true", help="skip the (slow) tracemalloc runs")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench_load_") as tmp:
        folder = Path(tmp)
        n_written = write_replicas(source_articles(), folder, n_articles=args.articles)
        size_mb = sum(path.stat().st_size for path in folder.iterdir()) / 1e6
        print(f"corpus: {n_written:,} articles in {len(list(folder.iterdir()))} CSV files, {size_mb:.1f} MB")

        corpus = load_corpus(folder)
        print(f"loaded {len(corpus.articles):,} articles, {len(corpus.rejects):,} rejects")
        timed("load_corpus", lambda: len(load_corpus(folder).articles), "articles", megabytes=size_mb)
        timed(f"iter_corpus(chunk_size={args.chunk_size})", lambda: count_chunked(folder, args.chunk_size), "articles",
              megabytes=size_mb)

        split_sentences = sentence_splitter()
        if split_sentences is None:
            print("split_sentences: analysis.text.split_sentences is not available yet; skipped")
        else:
            texts = corpus.articles["text"].tolist()
            timed("split_sentences", lambda: sum(len(split_sentences(text)) for text in texts), "sentences")
        del corpus

        if not args.skip_memory:
            whole = traced_peak(lambda: load_corpus(folder))
            chunked = traced_peak(lambda: count_chunked(folder, args.chunk_size))
            print(f"peak Python memory: load_corpus {whole:,.0f} MB, "
                  f"iter_corpus(chunk_size={args.chunk_size}) {chunked:,.0f} MB")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak RSS of this process: {rss / (1e6 if sys.platform == 'darwin' else 1e3):,.0f} MB")


if __name__ == "__main__":
    main()
