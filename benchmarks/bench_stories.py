"""Near-duplicate story clustering at scale: time, peak memory and cost per article at two corpus sizes.

    .venv/bin/python benchmarks/bench_stories.py [--articles 100000] [--chunk-size 1000] [--seed 3]

Builds the corpus at run time, chunk by chunk, by replicating the shared
Wikinews articles (the seed corpus when Wikinews is absent) with the seeded
rewrites of ``validation/validate_stories.py`` (headline, trimmed or reordered
paragraphs, dateline, byline, substituted words); every copy also ends with
its copy number, so each is distinct. Each size runs in its own child process
(so one run's memory does not inflate the other's) and feeds
:class:`analysis.corpus.near_duplicates.StoryFinder` one chunk at a time, as a
streamed corpus would. Prints, for a tenth of ``--articles`` and for
``--articles``: clustering seconds (building the chunks not included), seconds
per 1,000 articles, the stories found, and the child's peak resident memory
(``ru_maxrss``). Equal per-article cost at both sizes means linear cost.
Prints; asserts nothing.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
import resource
import subprocess
import sys
import time
from collections.abc import Iterator

import pandas as pd

from analysis.corpus.loading import load_corpus
from analysis.corpus.near_duplicates import StoryFinder
from analysis.paths import ROOT, SEEDS, SHARED_CORPUS


def _rewrites_module():
    spec = importlib.util.spec_from_file_location("validate_stories", ROOT / "validation" / "validate_stories.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def chunks(n_articles: int, *, chunk_size: int, seed: int) -> Iterator[pd.DataFrame]:
    """``n_articles`` articles in chunks: the originals' rewrites, round after round, each with its copy number."""
    rewrites = _rewrites_module()
    source = SHARED_CORPUS if SHARED_CORPUS.is_dir() else SEEDS
    originals = load_corpus(source).articles[["doc_id", "text", "title", "date", "source"]].to_dict("records")
    rng = random.Random(seed)
    rows = []
    for index in range(n_articles):
        copy, position = divmod(index, len(originals))
        row = rewrites.rewrite(originals[position], rng, copy=copy)
        row["text"] += f"\n\n(Copy {copy}.)"
        rows.append(row)
        if len(rows) == chunk_size:
            yield pd.DataFrame(rows)
            rows = []
    if rows:
        yield pd.DataFrame(rows)


def run_one(n_articles: int, *, chunk_size: int, seed: int) -> dict:
    """Cluster ``n_articles`` streamed articles in this process; seconds, stories and peak memory."""
    finder = StoryFinder()
    seconds = 0.0
    for chunk in chunks(n_articles, chunk_size=chunk_size, seed=seed):
        started = time.perf_counter()
        finder.add(chunk)
        seconds += time.perf_counter() - started
    started = time.perf_counter()
    stories = finder.result()
    seconds += time.perf_counter() - started
    return {"articles": n_articles, "seconds": seconds, "stories": len(stories.stories),
            "peak_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--chunk-size", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(run_one(args.articles, chunk_size=args.chunk_size, seed=args.seed)))
        return 0
    print(f"{'articles':>9}  {'seconds':>8}  {'s/1k articles':>13}  {'stories':>8}  {'peak MB':>8}")
    for size in (max(args.articles // 10, 1), args.articles):
        command = [sys.executable, __file__, "--child", "--articles", str(size),
                   "--chunk-size", str(args.chunk_size), "--seed", str(args.seed)]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        result = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"{result['articles']:>9}  {result['seconds']:>8.1f}  {1000 * result['seconds'] / result['articles']:>13.3f}"
              f"  {result['stories']:>8}  {result['peak_bytes'] / 2**20:>8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
