"""Near-duplicate story clustering at scale: time, peak memory and cost per article at two corpus sizes.

    .venv/bin/python benchmarks/bench_stories.py [--articles 100000] [--chunk-size 1000] [--seed 3]

The benchmark corpus is built at run time, seeded, so that it looks like a
news corpus at any size instead of a few hundred originals copied over and
over (which makes every story grow with the corpus and the cost look
super-linear):

* **distinct articles**: each takes the paragraph shape (sentences per
  paragraph) of a random shared Wikinews article (the seed corpus when
  Wikinews is absent) and fills it with sentences drawn at random from the
  whole pool of Wikinews sentences, so two articles share a sentence now and
  then but are unrelated, as two stories of one outlet are;
* **near-duplicate clusters of bounded size**: a share of those articles
  (``--syndicated``, default 0.3) is republished 1 to ``--max-copies``
  (default 40) times with the seeded rewrites of
  ``validation/validate_stories.py`` (headline, trimmed or reordered
  paragraphs, dateline, byline, substituted words); the number of copies
  falls off like 1/k, so most stories have a few copies and few have forty.

The number of stories therefore grows with the corpus while their size does
not. Each size runs in its own child process (so one run's memory does not
inflate the other's) and feeds :class:`analysis.corpus.near_duplicates.StoryFinder`
one chunk at a time, as a streamed corpus would. Prints, for a tenth of
``--articles`` and for ``--articles``: clustering seconds, wall and CPU
(building the chunks not included; the ratio uses CPU time, which hardly
moves when other work shares the machine), CPU milliseconds per article, the
stories found and planted, the largest story, pair precision and recall of
the found stories against the planted ones (a pair is two articles in one
story), and the child's peak resident memory (``ru_maxrss``); then the ratio
of per-article cost and of peak memory between the two sizes. A per-article
cost ratio near 1 means linear cost. Prints; asserts nothing.
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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType

import pandas as pd

from analysis.corpus.loading import load_corpus
from analysis.corpus.near_duplicates import StoryFinder
from analysis.paths import ROOT, SEEDS, SHARED_CORPUS
from analysis.text.document import Document


def _rewrites_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("validate_stories", ROOT / "validation" / "validate_stories.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Material:
    """What synthetic articles are made of: every sentence of the source corpus and its articles' paragraph shapes."""

    sentences: list[str]
    shapes: list[list[int]]  # per source article: sentences in each paragraph
    dates: list[pd.Timestamp]


def material() -> Material:
    """Sentences and paragraph shapes of the shared Wikinews corpus (the seed corpus when it is absent)."""
    articles = load_corpus(SHARED_CORPUS if SHARED_CORPUS.is_dir() else SEEDS).articles
    sentences: list[str] = []
    shapes: list[list[int]] = []
    for text in articles["text"]:
        doc = Document(text)
        shape = [0] * len(doc.paragraphs)
        for (start, end), paragraph in zip(doc.sentences, doc.sentence_paragraphs):
            sentences.append(" ".join(text[start:end].split()))
            shape[paragraph] += 1
        shapes.append([count for count in shape if count])
    dates = [stamp for stamp in articles["date"] if pd.notna(stamp)] or [pd.Timestamp("2020-01-01")]
    return Material(sentences=sentences, shapes=[shape for shape in shapes if shape], dates=dates)


def distinct_article(number: int, stuff: Material, rng: random.Random) -> dict:
    """A new article: a real article's paragraph shape filled with sentences drawn from the whole pool."""
    shape = rng.choice(stuff.shapes)
    paragraphs = [" ".join(rng.choice(stuff.sentences) for _ in range(count)) for count in shape]
    doc_id = f"a{number:07d}"
    return {"doc_id": doc_id, "text": "\n\n".join(paragraphs), "title": f"Story {number}",
            "date": rng.choice(stuff.dates), "source": f"Outlet {rng.randrange(50)}", "family": doc_id}


def n_copies(rng: random.Random, *, syndicated: float, max_copies: int) -> int:
    """How many rewrites an article gets: none, or 1..max_copies with weight 1/k."""
    if rng.random() >= syndicated:
        return 0
    sizes = range(1, max_copies + 1)
    return rng.choices(sizes, weights=[1 / size for size in sizes])[0]


def articles(n_articles: int, *, seed: int, syndicated: float, max_copies: int) -> Iterator[tuple[dict, bool]]:
    """``n_articles`` articles, each with True when it starts a planted story (an original)."""
    rewrites = _rewrites_module()
    stuff = material()
    rng = random.Random(seed)
    made = 0
    number = 0
    while made < n_articles:
        original = distinct_article(number, stuff, rng)
        number += 1
        yield original, True
        made += 1
        for copy in range(min(n_copies(rng, syndicated=syndicated, max_copies=max_copies), n_articles - made)):
            yield rewrites.rewrite(original, rng, copy=copy), False
            made += 1


def pair_precision_recall(found: pd.Series, planted: pd.Series) -> tuple[float, float]:
    """Pair precision and recall of the found stories against the planted ones (both: story label per article)."""
    def pairs(sizes: pd.Series) -> int:
        return int((sizes * (sizes - 1) // 2).sum())

    both = pairs(pd.DataFrame({"found": found.to_numpy(), "planted": planted.to_numpy()}).value_counts())
    predicted, actual = pairs(found.value_counts()), pairs(planted.value_counts())
    return (both / predicted if predicted else 1.0), (both / actual if actual else 1.0)


def run_one(n_articles: int, *, chunk_size: int, seed: int, syndicated: float, max_copies: int) -> dict:
    """Cluster ``n_articles`` streamed articles in this process; seconds, stories, pair P/R and peak memory."""
    finder = StoryFinder()
    seconds = cpu = 0.0
    rows: list[dict] = []
    planted = 0
    families: list[str] = []

    def timed(work: Callable[[], object]) -> object:
        nonlocal seconds, cpu
        started, started_cpu = time.perf_counter(), time.process_time()
        done = work()
        seconds += time.perf_counter() - started
        cpu += time.process_time() - started_cpu
        return done

    def feed() -> None:
        timed(lambda: finder.add(pd.DataFrame(rows)))
        rows.clear()

    for row, original in articles(n_articles, seed=seed, syndicated=syndicated, max_copies=max_copies):
        planted += original
        families.append(row.pop("family"))
        rows.append(row)
        if len(rows) == chunk_size:
            feed()
    if rows:
        feed()
    stories = timed(finder.result)
    sizes = stories.stories["size"]
    precision, recall = pair_precision_recall(stories.articles["story_id"], pd.Series(families))
    return {"articles": n_articles, "seconds": seconds, "cpu": cpu, "stories": len(sizes), "planted": planted,
            "largest": int(sizes.max()), "precision": precision, "recall": recall,
            "peak_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--chunk-size", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--syndicated", type=float, default=0.3, help="share of articles republished (default 0.3)")
    parser.add_argument("--max-copies", type=int, default=40, help="most rewrites of one article (default 40)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    options = {"chunk_size": args.chunk_size, "seed": args.seed, "syndicated": args.syndicated, "max_copies": args.max_copies}
    if args.child:
        print(json.dumps(run_one(args.articles, **options)))
        return 0
    print(f"{'articles':>9}  {'wall s':>8}  {'CPU s':>7}  {'CPU ms/article':>14}  {'stories':>8}  {'planted':>8}  {'largest':>7}"
          f"  {'pair P':>6}  {'pair R':>6}  {'peak MB':>8}")
    results = []
    for size in (max(args.articles // 10, 1), args.articles):
        command = [sys.executable, __file__, "--child", "--articles", str(size), "--chunk-size", str(args.chunk_size),
                   "--seed", str(args.seed), "--syndicated", str(args.syndicated), "--max-copies", str(args.max_copies)]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        result = json.loads(done.stdout.strip().splitlines()[-1])
        results.append(result)
        print(f"{result['articles']:>9}  {result['seconds']:>8.1f}  {result['cpu']:>7.1f}  {1000 * result['cpu'] / result['articles']:>14.3f}"
              f"  {result['stories']:>8}  {result['planted']:>8}  {result['largest']:>7}  {result['precision']:>6.3f}"
              f"  {result['recall']:>6.3f}  {result['peak_bytes'] / 2**20:>8.0f}")
    small, large = results
    per_article = (large["cpu"] / large["articles"]) / (small["cpu"] / small["articles"])
    print(f"per-article CPU cost ratio ({large['articles']:,} / {small['articles']:,} articles): {per_article:.2f} "
          f"(1.00 = linear); peak memory ratio: {large['peak_bytes'] / small['peak_bytes']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
