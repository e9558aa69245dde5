"""Actor mention throughput on the Wikinews corpus, and matching cost with a small versus a huge dictionary.

Loads the 295 Wikinews articles (``load_corpus`` on ../shared/corpora/wikinews,
or the seed article when that folder is absent) and prints, in one run:

* ``find_mentions`` with the shipped dictionary, discovery on and off, in
  sentences per second (sentences counted with ``analysis.text.split_sentences``);
* the pipeline's actors step (``run_article``, the tone toward each mention
  included) in CPU seconds, best of ``--repeat``, on fresh Documents whose
  sentences are split beforehand as the spine does (the figure to compare
  before and after a change on a shared, noisy machine);
* the dictionary matching alone (the name trie over every text) and the whole
  ``find_mentions`` with a 10-entry dictionary and with a 10,000-entry one
  (the 10 real entries plus 9,990 synthetic people with two aliases each,
  seeded), both replacing the default's entries. One trie means the time per
  sentence barely moves with the dictionary size; a loop over per-entry
  regexes would grow a thousandfold.

No asserts: run it and read the numbers.

    .venv/bin/python benchmarks/bench_actors.py [--repeat 1] [--entries 10000]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from typing import Callable, Sequence

from analysis.actors.dictionary import ActorDictionary, load_dictionary, merge_dictionaries, parse_dictionary
from analysis.actors.step import DEFAULTS, compile_dictionary, find_mentions, run_article
from analysis.corpus.loading import load_corpus
from analysis.paths import SEEDS, SHARED_CORPUS
from analysis.pipeline.spine import fewer_collections
from analysis.text.document import Document
from analysis.text.sentences import split_sentences

REAL_ENTRIES = [
    {"id": "country:russia", "name": "Russia", "type": "country", "demonyms": ["Russian", "Russians"]},
    {"id": "country:united-states", "name": "United States", "type": "country", "aliases": ["US", "U.S."]},
    {"id": "country:china", "name": "China", "type": "country", "demonyms": ["Chinese"]},
    {"id": "country:mexico", "name": "Mexico", "type": "country", "demonyms": ["Mexican", "Mexicans"]},
    {"id": "country:brazil", "name": "Brazil", "type": "country", "demonyms": ["Brazilian"]},
    {"id": "organization:un", "name": "United Nations", "type": "organization", "aliases": ["UN", "U.N."]},
    {"id": "organization:eu", "name": "European Union", "type": "organization", "aliases": ["EU"]},
    {"id": "organization:who", "name": "World Health Organization", "type": "organization", "aliases": ["WHO"]},
    {"id": "media:reuters", "name": "Reuters", "type": "media"},
    {"id": "region:latin-america", "name": "Latin America", "type": "region"},
]
SYLLABLES = "ka ro mi le tan vo sur bel dra ni quo fe lix ar om ze pul gri tho va".split()


def corpus_texts() -> list[str]:
    """The Wikinews article texts, or the seed article's when the shared corpus is absent."""
    if SHARED_CORPUS.is_dir():
        return load_corpus(SHARED_CORPUS).articles["text"].tolist()
    print(f"note: {SHARED_CORPUS} not found; timing the seed article instead")
    return load_corpus(SEEDS).articles["text"].tolist()


def synthetic_dictionary(size: int, *, seed: int = 4) -> ActorDictionary:
    """The 10 real entries plus synthetic people up to ``size`` entries, replacing the default's entries."""
    rng = random.Random(seed)
    entries = list(REAL_ENTRIES[:size])
    used: set[str] = set()
    while len(entries) < size:
        first = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        last = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
        phrases = [f"{first} {last}", f"{first[0]}. {last}", f"{last} {first}"]
        if any(phrase.casefold() in used for phrase in phrases):
            continue
        used.update(phrase.casefold() for phrase in phrases)
        entries.append({"id": f"person:synthetic-{len(entries)}", "name": phrases[0], "type": "person",
                        "aliases": phrases[1:]})
    user = parse_dictionary({"schema_version": 1, "dictionary_version": "bench", "entries": entries},
                            source=f"synthetic-{size}")
    return merge_dictionaries(load_dictionary(), user, mode="replace")


def timed(label: str, work: Callable[[], None], sentences: int, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        work()
    seconds = (time.perf_counter() - start) / repeat
    print(f"{label:<44} {seconds:7.2f} s  {sentences / seconds:>9,.0f} sentences/s")
    return seconds


def step_seconds(texts: Sequence[str], repeat: int) -> float:
    """CPU seconds, best of ``repeat``, of the actors step over ``texts``: fresh Documents each time, their
    sentences split beforehand and the garbage collector set as the spine sets it (only the step is timed)."""
    best = float("inf")
    for _ in range(max(repeat, 1)):
        docs = [Document(text) for text in texts]
        for doc in docs:
            doc.sentence_rows()
        with fewer_collections():
            start = time.process_time()
            for doc in docs:
                run_article(doc, DEFAULTS)
            best = min(best, time.process_time() - start)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="passes over the corpus per measurement")
    parser.add_argument("--entries", type=int, default=10_000, help="size of the large synthetic dictionary")
    args = parser.parse_args(argv)

    texts = corpus_texts()
    sentences = sum(len(split_sentences(text)) for text in texts)
    print(f"{len(texts)} articles, {sentences:,} sentences, {sum(map(len, texts)):,} characters")

    default = load_dictionary()
    start = time.perf_counter()
    compiled = compile_dictionary(default)
    print(f"default dictionary: {len(default)} entries, {len(compiled.names):,} phrases, "
          f"compiled in {time.perf_counter() - start:.2f} s")
    timed("find_mentions, default, discovery on", lambda: [find_mentions(t, dictionary=default) for t in texts],
          sentences, args.repeat)
    timed("find_mentions, default, discovery off",
          lambda: [find_mentions(t, dictionary=default, discover=False) for t in texts], sentences, args.repeat)
    cpu = step_seconds(texts, max(args.repeat, 3))
    print(f"{'actors step (run_article), CPU, best of ' + str(max(args.repeat, 3)):<44} {cpu:7.2f} s  "
          f"{sentences / cpu:>9,.0f} sentences/s  {len(texts) / cpu:,.0f} articles/s")

    print("\ndictionary size (entries replace the default's; cues and offices kept):")
    results = {}
    for size in (10, args.entries):
        dictionary = synthetic_dictionary(size)
        start = time.perf_counter()
        matcher = compile_dictionary(dictionary).names
        build = time.perf_counter() - start
        print(f"  {size:>6,} entries, {len(matcher):>7,} phrases, trie built in {build:.2f} s")
        match = timed(f"  name trie only, {size:,} entries", lambda: [matcher.find(t) for t in texts],
                      sentences, args.repeat)
        whole = timed(f"  find_mentions, {size:,} entries",
                      lambda: [find_mentions(t, dictionary=dictionary) for t in texts], sentences, args.repeat)
        results[size] = (match, whole)
    small, large = results[10], results[args.entries]
    print(f"\n{args.entries:,} vs 10 entries: trie matching x{large[0] / small[0]:.2f}, "
          f"find_mentions x{large[1] / small[1]:.2f} (dictionary {args.entries // 10:,} times larger)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
