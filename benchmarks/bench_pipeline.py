"""End-to-end analysis throughput against bare vaderSentiment on the same sentences.

    .venv/bin/python benchmarks/bench_pipeline.py [--articles N] [--repeat 3] [--no-extras]

On the shared Wikinews corpus (skipped, with a message, when it is absent),
times in one run:

- pipeline: ``analyze(corpus, cache=False)`` with one worker, every step;
- bare vaderSentiment: ``SentimentIntensityAnalyzer().polarity_scores`` on
  each text of the sentences table that run produced (the same sentences);

and prints sentences/s and articles/s of each and the ratio pipeline/vader
(the issue's floor is 0.3). Both are CPU time of this process
(``time.process_time``), best of ``--repeat`` interleaved runs, so other load
on a small machine weighs less (the first pipeline run also builds
dictionaries and patterns; best-of drops it). Then, unless ``--no-extras``, wall-clock
figures: two worker processes (their CPU time is not this process's, hence
wall time) and a cached re-run against the run that filled the cache.
Prints; asserts nothing.
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Callable

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis import analyze
from analysis.corpus.loading import Corpus, load_corpus
from analysis.errors import ArticleFailureWarning
from analysis.paths import SHARED_CORPUS
from analysis.pipeline.spine import Analysis

FLOOR = 0.3  # pipeline throughput / bare vaderSentiment throughput, one worker


def cpu_seconds(function: Callable[[], object]) -> float:
    """CPU seconds of this process spent in ``function()``."""
    started = time.process_time()
    function()
    return time.process_time() - started


def wall_seconds(function: Callable[[], object]) -> float:
    """Wall-clock seconds of ``function()``."""
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def best_cpu_seconds(runs: dict[str, Callable[[], object]], *, repeat: int) -> dict[str, float]:
    """Fastest CPU time of ``repeat`` runs of each function, the functions interleaved."""
    best = {name: float("inf") for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            best[name] = min(best[name], cpu_seconds(run))
    return best


def subset(corpus: Corpus, n_articles: int | None) -> Corpus:
    """The first ``n_articles`` articles of ``corpus`` (all when None)."""
    if n_articles is None:
        return corpus
    return dataclasses.replace(corpus, articles=corpus.articles.head(n_articles).reset_index(drop=True))


def rate_line(label: str, seconds: float, *, n_articles: int | None, n_sentences: int) -> str:
    """``label`` with seconds, articles/s (when articles apply) and sentences/s."""
    articles = f"{n_articles / seconds:8.1f} articles/s" if n_articles is not None else " " * 19
    return f"{label:<30} {seconds:7.2f} s  {articles}  {n_sentences / seconds:9,.0f} sentences/s"


def extras(corpus: Corpus, *, serial_wall: float) -> None:
    """Wall-clock figures: two workers against one, and a cached re-run against the run filling the cache."""
    n = len(corpus.articles)
    parallel = wall_seconds(lambda: analyze(corpus, cache=False, workers=2))
    with tempfile.TemporaryDirectory() as folder:
        filling = wall_seconds(lambda: analyze(corpus, cache_dir=Path(folder)))
        cached = wall_seconds(lambda: analyze(corpus, cache_dir=Path(folder)))
    print("wall clock (one run each; best of the timed runs for workers=1):")
    for label, seconds in (("workers=1", serial_wall), ("workers=2", parallel),
                           ("first run, filling cache", filling), ("re-run from cache", cached)):
        print(f"  {label:<28} {seconds:7.2f} s  {n / seconds:8.1f} articles/s")
    print(f"  speed-up with 2 workers: x{serial_wall / parallel:.2f}; cached re-run x{filling / cached:.1f} faster than the first")


def main(argv: list[str] | None = None) -> int:
    warnings.simplefilter("error", ArticleFailureWarning)  # a failed article would time a part of the work
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=None, help="use the first N Wikinews articles (default: all)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per measurement, best kept (default 3)")
    parser.add_argument("--no-extras", action="store_true", help="skip the 2-worker and cache wall-clock figures")
    args = parser.parse_args(argv)
    if not SHARED_CORPUS.is_dir():
        print(f"bench_pipeline: skipped, no shared Wikinews corpus at {SHARED_CORPUS}")
        return 0

    corpus = subset(load_corpus(SHARED_CORPUS), args.articles)
    n_articles = len(corpus.articles)
    result: list[Analysis] = []
    serial_walls: list[float] = []

    def pipeline() -> None:
        started = time.perf_counter()
        result[:] = [analyze(corpus, cache=False)]
        serial_walls.append(time.perf_counter() - started)

    reference = SentimentIntensityAnalyzer()

    def bare_vader() -> None:
        for sentence in result[0].sentences["text"].tolist():  # the sentences the pipeline just split
            reference.polarity_scores(sentence)

    seconds = best_cpu_seconds({"pipeline": pipeline, "vader": bare_vader}, repeat=args.repeat)
    n_sentences = len(result[0].sentences)
    print(f"corpus: {SHARED_CORPUS} ({n_articles:,} articles, {n_sentences:,} sentences); "
          f"one worker, cache off; CPU time, best of {args.repeat}")
    print(rate_line("analyze (all steps)", seconds["pipeline"], n_articles=n_articles, n_sentences=n_sentences))
    print(rate_line("bare vaderSentiment", seconds["vader"], n_articles=None, n_sentences=n_sentences))
    ratio = seconds["vader"] / seconds["pipeline"]
    verdict = "meets" if ratio >= FLOOR else "below"
    print(f"ratio pipeline/vader (throughput): {ratio:.3f}  ({verdict} the {FLOOR} floor)")
    if not args.no_extras:
        extras(corpus, serial_wall=min(serial_walls))
    return 0


if __name__ == "__main__":
    sys.exit(main())
