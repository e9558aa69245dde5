"""Throughput of the sentiment step against bare vaderSentiment on the same sentences.

    python benchmarks/bench_sentiment.py [--corpus PATH] [--repeat 3]

Loads the corpus (default: the shared Wikinews corpus), splits it into
sentences (not timed), then times, on the same sentences in the same run:

- bare: vaderSentiment's ``SentimentIntensityAnalyzer.polarity_scores`` on
  each sentence's raw text;
- step: ``analysis.sentiment.run_article`` on each article (normalisation,
  VADER, quote spans and the narration/quote split, word counts, the table);

and, to show where the step's time goes, ``analysis.vader``'s analyzer alone
on the normalised sentences, and ``score_sentences`` per article (normalise,
score, a four-column table). Prints sentences/s, the step's ratio to bare
vaderSentiment and its overhead (the issue's budget is 25%). Times are CPU
time of this process (``time.process_time``), so other load on the machine
weighs less; best of ``--repeat`` interleaved runs. Prints; asserts nothing.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Callable

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer as PackageAnalyzer

from analysis import sentiment
from analysis.loading import load_corpus
from analysis.paths import SHARED_CORPUS
from analysis.steps import ArticleDoc
from analysis.text import normalize, sentences_table
from analysis.vader import analyzer


def best_seconds(runs: dict[str, Callable[[], object]], *, repeat: int) -> dict[str, float]:
    """Fastest of ``repeat`` timed runs of each function, interleaved so load changes hit all alike."""
    best = {name: float("inf") for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            started = time.process_time()
            run()
            best[name] = min(best[name], time.process_time() - started)
    return best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=SHARED_CORPUS, help="corpus folder or file (default: Wikinews)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per measurement (best is kept)")
    args = parser.parse_args(argv)

    articles = load_corpus(args.corpus).articles
    docs = [
        ArticleDoc(doc_id=row.doc_id, text=row.text, sentences=sentences_table(row.doc_id, row.text))
        for row in articles.itertuples()
    ]
    texts = [text for doc in docs for text in doc.sentences["text"]]
    reference = PackageAnalyzer()
    ours = analyzer("vader")
    views = [normalize(text) for text in texts]
    options = dict(sentiment.DEFAULTS)
    sentiment.run_article(docs[0], options)  # build the analyzer before timing

    def bare() -> None:
        for text in texts:
            reference.polarity_scores(text)

    def analyzer_alone() -> None:
        for view in views:
            ours.polarity_scores(view)

    def scoring_only() -> None:
        for doc in docs:
            sentiment.score_sentences(doc.sentences)

    def step() -> None:
        for doc in docs:
            sentiment.run_article(doc, options)

    runs = {"bare": bare, "analyzer": analyzer_alone, "scoring": scoring_only, "step": step}
    seconds = best_seconds(runs, repeat=args.repeat)
    n = len(texts)
    labels = {
        "bare": "bare vaderSentiment",
        "analyzer": "  analysis.vader analyzer alone",
        "scoring": "  score_sentences per article",
        "step": "sentiment step (run_article)",
    }
    print(f"corpus: {args.corpus} ({len(docs)} articles, {n} sentences); CPU time, best of {args.repeat}")
    for name, label in labels.items():
        ratio = seconds[name] / seconds["bare"]
        print(f"{label:<34}{n / seconds[name]:>9,.0f} sentences/s  {seconds[name]:6.2f} s  x{ratio:.3f}")
    ratio = seconds["step"] / seconds["bare"]
    print(f"step / bare vaderSentiment: {ratio:.3f} -> overhead {100 * (ratio - 1):+.1f}% (budget +25%)")


if __name__ == "__main__":
    main()
