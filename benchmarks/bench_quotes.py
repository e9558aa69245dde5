"""Mentions + quotes throughput on the Wikinews corpus, in sentences per second.

Loads the 295 Wikinews articles (``load_corpus`` on ../shared/corpora/wikinews,
or the seed article when that folder is absent), then times, over all texts:

* ``analysis.actors.step.find_mentions`` (the shipped dictionary, discovery on);
* ``analysis.quotes.step.extract_quotes`` given those mentions;
* both together, which is what the ``actors`` + ``quotes`` steps do per article.

Sentences are counted with ``analysis.text.split_sentences``. No asserts: run
it and read the numbers (``--repeat`` runs the corpus several times).

    .venv/bin/python benchmarks/bench_quotes.py [--repeat 1]
"""
from __future__ import annotations

import argparse
import sys
import time
from typing import Callable, Sequence

import pandas as pd

from analysis.corpus.loading import load_corpus
from analysis.paths import SEEDS, SHARED_CORPUS
from analysis.quotes.step import MENTION_COLUMNS, extract_quotes
from analysis.text.sentences import split_sentences


def corpus_texts() -> list[str]:
    """The Wikinews article texts, or the seed article's when the shared corpus is absent."""
    if SHARED_CORPUS.is_dir():
        return load_corpus(SHARED_CORPUS).articles["text"].tolist()
    print(f"note: {SHARED_CORPUS} not found; timing the seed article instead")
    return load_corpus(SEEDS).articles["text"].tolist()


def mention_finder() -> Callable[[str], pd.DataFrame]:
    """``find_mentions`` with the default dictionary loaded once, or an empty table when actors is missing."""
    try:
        from analysis.actors.step import find_mentions
    except ImportError:
        print("note: analysis.actors.step not importable; quotes run without mentions")
        empty = pd.DataFrame(columns=MENTION_COLUMNS)
        return lambda text: empty
    return lambda text: find_mentions(text)


def timed(label: str, work: Callable[[], None], sentences: int) -> float:
    start = time.perf_counter()
    work()
    seconds = time.perf_counter() - start
    print(f"{label:<28} {sentences:>8,} sentences {seconds:7.2f} s  {sentences / seconds:>9,.0f} sentences/s")
    return seconds


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="passes over the corpus")
    args = parser.parse_args(argv)
    texts = corpus_texts() * args.repeat
    n_sentences = sum(len(split_sentences(text)) for text in texts)
    print(f"{len(texts)} articles, {n_sentences:,} sentences")
    find = mention_finder()
    find(texts[0])  # build the dictionary matcher outside the timings
    mentions: list[pd.DataFrame] = []
    timed("mentions (find_mentions)", lambda: mentions.extend(find(text) for text in texts), n_sentences)
    counts: list[int] = []
    timed("quotes (given mentions)", lambda: counts.extend(
        len(extract_quotes(text, mentions=found)) for text, found in zip(texts, mentions)), n_sentences)
    timed("mentions + quotes", lambda: [extract_quotes(text, mentions=find(text)) for text in texts], n_sentences)
    print(f"quotes found: {sum(counts):,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
