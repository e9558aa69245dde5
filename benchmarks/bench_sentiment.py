"""Throughput of the sentiment step against bare vaderSentiment on the same sentences.

    python benchmarks/bench_sentiment.py [--corpus PATH] [--repeat 9]

Loads the corpus (default: the shared Wikinews corpus), splits it into
sentences (not timed), then times, on the same sentences in the same run:

- bare: vaderSentiment's ``SentimentIntensityAnalyzer.polarity_scores`` on
  each sentence's raw text;
- step: ``analysis.sentiment.step.run_article`` on each article, everything it
  does: normalisation, quote pairing, VADER, the narration/quote split, the
  word counts and the table (steps are timed article by article);

and, to show where the time goes: ``analysis.sentiment.vader``'s analyzer alone on the
normalised sentences; ``score_sentences`` per article (normalise, score, a
four-column table); and the step as ``analyze`` runs it, right after the
sentences table, whose quote pairing the article's Document already holds.
Each article gets a fresh Document with its sentences split, untimed.
Prints sentences/s and the ratio of each to bare vaderSentiment, then the
step's overhead (the issue's budget is +25%). Times are CPU time of this
process (``time.process_time_ns``), so other load on the machine weighs less;
best of ``--repeat`` interleaved runs. Prints; asserts nothing.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Callable

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer as PackageAnalyzer

from analysis.sentiment import step as sentiment
from analysis.corpus.loading import load_corpus
from analysis.paths import SHARED_CORPUS
from analysis.text.document import Document
from analysis.text.normalization import normalize
from analysis.text.tables import sentences_table
from analysis.sentiment.vader import analyzer


def best_seconds(runs: dict[str, Callable[[], int]], *, repeat: int) -> dict[str, float]:
    """Fastest of ``repeat`` runs of each function (each returns the CPU nanoseconds it timed), interleaved."""
    best = {name: float("inf") for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            best[name] = min(best[name], run() / 1e9)
    return best


def timed(function: Callable[[], object]) -> Callable[[], int]:
    """``function`` timed as a whole."""

    def run() -> int:
        started = time.process_time_ns()
        function()
        return time.process_time_ns() - started

    return run


def per_article(texts: list[str], prepare: Callable[[str], Document]) -> Callable[[], int]:
    """The step on each article, each timed alone on the Document an untimed ``prepare`` builds."""
    options = dict(sentiment.DEFAULTS)

    def run() -> int:
        total = 0
        for article in texts:
            doc = prepare(article)
            started = time.process_time_ns()
            sentiment.run_article(doc, options)
            total += time.process_time_ns() - started
        return total

    return run


def split_only(article: str) -> Document:
    """A fresh Document with its sentences split: the step pairs the quotes itself."""
    doc = Document(article)
    doc.sentences
    return doc


def as_analyze_leaves_it(article: str) -> Document:
    """A fresh Document as the spine hands it to the step: sentences and their in-quote flags made."""
    doc = split_only(article)
    doc.sentence_in_quote
    return doc


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=SHARED_CORPUS, help="corpus folder or file (default: Wikinews)")
    parser.add_argument("--repeat", type=int, default=9, help="timed runs per measurement (best is kept)")
    args = parser.parse_args(argv)

    articles = load_corpus(args.corpus).articles
    bodies = articles["text"].tolist()
    tables = [sentences_table(row.doc_id, row.text) for row in articles.itertuples()]
    texts = [sentence for table in tables for sentence in table["text"]]
    reference = PackageAnalyzer()
    ours = analyzer("vader")
    views = [normalize(sentence) for sentence in texts]
    sentiment.run_article(Document(bodies[0]), dict(sentiment.DEFAULTS))  # build the analyzer before timing

    def bare() -> None:
        for sentence in texts:
            reference.polarity_scores(sentence)

    def analyzer_alone() -> None:
        for view in views:
            ours.polarity_scores(view)

    def scoring_only() -> None:
        for table in tables:
            sentiment.score_sentences(table)

    runs = {
        "bare": timed(bare),
        "analyzer": timed(analyzer_alone),
        "scoring": timed(scoring_only),
        "step": per_article(bodies, split_only),
        "analyze": per_article(bodies, as_analyze_leaves_it),
    }
    labels = {
        "bare": "bare vaderSentiment",
        "analyzer": "  analysis.sentiment.vader analyzer alone",
        "scoring": "  score_sentences per article",
        "step": "sentiment step (run_article)",
        "analyze": "  step, quote pairing reused",
    }
    seconds = best_seconds(runs, repeat=args.repeat)
    n = len(texts)
    print(f"corpus: {args.corpus} ({len(bodies)} articles, {n} sentences); CPU time, best of {args.repeat}")
    for name, label in labels.items():
        ratio = seconds[name] / seconds["bare"]
        print(f"{label:<34}{n / seconds[name]:>9,.0f} sentences/s  {seconds[name]:6.3f} s  x{ratio:.3f}")
    ratio = seconds["step"] / seconds["bare"]
    print(f"step / bare vaderSentiment: {ratio:.3f} -> overhead {100 * (ratio - 1):+.1f}% (budget +25%)")

if __name__ == "__main__":
    main()
