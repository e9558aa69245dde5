"""Frame-matching throughput on the Wikinews corpus, and a 50- versus a 5,000-term dictionary.

Prints (never asserts):
- sentences per second for the shipped ``generic`` and ``policy`` dictionaries,
  matching every sentence of the corpus one by one;
- the time to match the same sentences with a 50-term and two 5,000-term
  dictionaries in the same run. The first 5,000-term dictionary is the 50
  plus the corpus's own most frequent words and two-word phrases, so it also
  finds far more hits; the second is the 50 plus 4,950 two-word phrases made
  of frequent corpus words in an order the corpus never uses, so it walks
  the trie as deep on the same words but finds about the same hits as the
  50: the difference between the two shows what dictionary size alone costs.
  Each time is the best of three passes, after a warm-up pass.

Usage: python benchmarks/bench_framing.py [--repeat N]  (N copies of the corpus)
"""
from __future__ import annotations

import argparse
import time
from collections import Counter

from analysis import load_corpus
from analysis.framing.dictionary import Frame, FrameDictionary, load_frame_dictionary
from analysis.framing.step import FrameFinder
from analysis.framing.keyterms import load_stopwords, text_terms
from analysis.paths import SHARED_CORPUS
from analysis.text.sentences import split_sentences

N_FRAMES = 10


def corpus_sentences(repeat: int) -> list[str]:
    """Every sentence text of the Wikinews corpus, ``repeat`` times over."""
    articles = load_corpus(SHARED_CORPUS).articles
    sentences = [text[start:end] for text in articles["text"] for start, end in split_sentences(text)]
    return sentences * repeat


def synthetic_dictionary(terms: list[str], name: str) -> FrameDictionary:
    """The terms dealt round-robin into ``N_FRAMES`` frames."""
    frames = tuple(
        Frame(id=f"frame_{index}", label=f"Frame {index}", description="benchmark", terms=tuple(terms[index::N_FRAMES]))
        for index in range(N_FRAMES)
    )
    return FrameDictionary(name=name, version="bench", frames=frames, path=f"<{name}>")


def term_lists(sentences: list[str]) -> tuple[list[str], list[str], list[str]]:
    """50 shipped policy terms; those plus frequent corpus terms; those plus unattested word pairs (5,000 each)."""
    shipped = list(dict.fromkeys(term for frame in load_frame_dictionary("policy").frames for term in frame.terms))
    small = shipped[:50]
    counts: Counter = Counter()
    stopwords = load_stopwords()
    for sentence in sentences:
        counts.update(text_terms(sentence, max_words=2, stopwords=stopwords)[0])
    seen = {term.casefold() for term in small}
    frequent = [term for term, _ in counts.most_common() if term.casefold() not in seen]
    attested = {term.casefold() for term in counts}
    reversed_pairs = [
        " ".join(reversed(term.split())) for term in frequent if " " in term
    ]
    unattested = [pair for pair in dict.fromkeys(reversed_pairs) if pair.casefold() not in attested]
    rest = 5000 - len(small)
    return small, small + frequent[:rest], small + unattested[:rest]


def time_matching(finder: FrameFinder, sentences: list[str], *, passes: int = 3) -> tuple[float, int]:
    """Best seconds over ``passes`` to match every sentence (after a warm-up pass), and the hits found."""
    found = sum(1 for sentence in sentences for _ in finder.spans(sentence))
    best = float("inf")
    for _ in range(passes):
        started = time.perf_counter()
        for sentence in sentences:
            finder.spans(sentence)
        best = min(best, time.perf_counter() - started)
    return best, found


def report(label: str, finder: FrameFinder, sentences: list[str]) -> None:
    seconds, found = time_matching(finder, sentences)
    terms = sum(len(frame.terms) + len(frame.stems) + len(frame.exclusions) for frame in finder.dictionary.frames)
    print(
        f"{label:<24} {terms:>6} phrases  {seconds:7.2f} s  {len(sentences) / seconds:>9,.0f} sentences/s  "
        f"{found:>8,} hits"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="copies of the corpus to match (default 1)")
    args = parser.parse_args()
    if not SHARED_CORPUS.is_dir():
        print(f"the Wikinews corpus is not at {SHARED_CORPUS}; nothing to measure")
        return
    sentences = corpus_sentences(args.repeat)
    print(f"{len(sentences):,} sentences from {SHARED_CORPUS.name} (x{args.repeat})")
    for name in ("generic", "policy"):
        report(f"shipped '{name}'", FrameFinder(load_frame_dictionary(name)), sentences)
    small, large, unattested = term_lists(sentences)
    started = time.perf_counter()
    large_finder = FrameFinder(synthetic_dictionary(large, "5000-terms"))
    print(f"(compiling a 5,000-term dictionary took {time.perf_counter() - started:.2f} s)")
    report("50 terms", FrameFinder(synthetic_dictionary(small, "50-terms")), sentences)
    report("5,000 terms, frequent", large_finder, sentences)
    report("5,000 terms, rare", FrameFinder(synthetic_dictionary(unattested, "5000-rare")), sentences)


if __name__ == "__main__":
    main()
