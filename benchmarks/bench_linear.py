"""Linear cost: an article's load and analysis time grows linearly with its length.

Builds three pathological inputs in a temporary folder (never committed):

* ``prose``: a ~5 MB article of ordinary prose (Wikinews article texts concatenated);
* ``unbalanced``: a ~1 MB article whose paragraphs are full of opening quote
  marks (straight and typographic) that never close;
* ``lines``: a 200,000-line .txt file of short lines.

Each input is written at full size and at a tenth of it; for both, times
``load_corpus`` of the file (best of three) and ``analyze(corpus,
cache=False)``, and prints the ratio full / tenth (the floor is 10: linear
cost gives about 10) and, when the loader capped the article (``max_chars``),
how many characters it dropped. With ``--steps`` it also prints the profiled
time of each step's ``run_article`` and of the text layer's main functions on
the full input.
No asserts: run it and read the numbers.

    .venv/bin/python benchmarks/bench_linear.py [--scale 0.1] [--only prose,lines] [--steps]
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
import time
from pathlib import Path
from typing import Callable, TypeVar

import pandas as pd

from analysis import analyze, load_corpus
from analysis.paths import SEEDS, SHARED_CORPUS

T = TypeVar("T")
LOAD_REPEATS = 3
FULL_SIZES = {"prose": 5_000_000, "unbalanced": 1_000_000, "lines": 200_000}  # characters, characters, lines
_STEP_FUNCTIONS = frozenset({"run_article", "split_view", "paragraphs_of_view", "pair_quote_marks", "split_story"})
_UNBALANCED_MARKS = ('"', "\u201c", "\u201e", "\u00ab")


def source_texts() -> list[str]:
    """Wikinews article bodies (or the seed stories when the shared corpus is absent)."""
    folder = SHARED_CORPUS if SHARED_CORPUS.is_dir() else SEEDS
    texts = load_corpus(folder).articles["text"].tolist()
    if not texts:
        raise SystemExit(f"no articles under {folder}")
    return texts


def prose_article(texts: list[str], n_chars: int) -> str:
    """Article texts joined by blank lines, repeated until ``n_chars`` characters, cut at a paragraph."""
    pieces, size = [], 0
    while size < n_chars:
        for text in texts:
            pieces.append(text)
            size += len(text) + 2
            if size >= n_chars:
                break
    return "\n\n".join(pieces)


def unbalanced_article(texts: list[str], n_chars: int) -> str:
    """Prose where roughly every fifth word is preceded by an opening quote mark that never closes."""
    words = prose_article(texts, n_chars).split(" ")
    for index in range(0, len(words), 5):
        words[index] = _UNBALANCED_MARKS[(index // 5) % len(_UNBALANCED_MARKS)] + words[index]
    return " ".join(words)[:n_chars]


def short_lines(texts: list[str], n_lines: int) -> str:
    """``n_lines`` short lines: prose cut into lines of three to eight words, one line per line break."""
    words = " ".join(texts).split()
    lines, at = [], 0
    for index in range(n_lines):
        width = 3 + index % 6
        lines.append(" ".join(words[(at + k) % len(words)] for k in range(width)))
        at += width
    return "Short lines\n\n" + "\n".join(lines) + "\n"


BUILDERS: dict[str, Callable[[list[str], int], str]] = {
    "prose": prose_article,
    "unbalanced": unbalanced_article,
    "lines": short_lines,
}


def timed(work: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = work()
    return result, time.perf_counter() - start


def write_article(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def measure(path: Path) -> tuple[float, float, int, str]:
    """Seconds to load and to analyse ``path``, its number of sentences and the article's cap note."""
    loads = [timed(lambda: load_corpus(path)) for _ in range(LOAD_REPEATS)]  # loading is cheap: keep the best
    corpus, load_seconds = min(loads, key=lambda load: load[1])
    result, analyze_seconds = timed(lambda: analyze(corpus, cache=False))
    articles = corpus.articles
    note = ""
    if "n_chars_dropped" in articles.columns and len(articles):
        note = f"  capped, {int(articles['n_chars_dropped'].sum()):,} chars dropped" if articles["n_chars_dropped"].sum() else ""
    return load_seconds, analyze_seconds, len(result.sentences), note


def step_times(path: Path) -> None:
    """Cumulative seconds (under cProfile) of each step's ``run_article`` and of the sentence split, for one input."""
    corpus = load_corpus(path)
    profiler = cProfile.Profile()
    profiler.runcall(lambda: analyze(corpus, cache=False))
    stats = pstats.Stats(profiler).stats  # (file, line, function) -> (calls, primitive, total, cumulative, callers)
    for (filename, _, function), (_, _, _, cumulative, _) in sorted(stats.items(), key=lambda item: item[0]):
        if function in _STEP_FUNCTIONS and "analysis" in filename:
            where = Path(filename).parent.name + "/" + Path(filename).stem
            print(f"    {where + '.' + function:<40} {cumulative:8.2f} s (profiled)")


def ratio(full: float, tenth: float) -> str:
    value = full / max(tenth, 1e-3)
    return f"x{value:5.1f} {'ok' if value <= 10 else 'OVER 10'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="shrink every input (0.1: a quick run)")
    parser.add_argument("--only", default=",".join(BUILDERS), help="comma-separated inputs: prose,unbalanced,lines")
    parser.add_argument("--steps", action="store_true", help="also time each step on the full input")
    args = parser.parse_args()
    texts = source_texts()
    print(f"{'input':<11} {'size':>12}  {'load tenth':>10} {'load full':>10} {'ratio':>13}  "
          f"{'analyze tenth':>13} {'analyze full':>12} {'ratio':>13}  sentences")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name in args.only.split(","):
            full_size = max(10, int(FULL_SIZES[name] * args.scale))
            full = write_article(folder, f"{name}_full", BUILDERS[name](texts, full_size))
            tenth = write_article(folder, f"{name}_tenth", BUILDERS[name](texts, full_size // 10))
            load_t, analyze_t, _, _ = measure(tenth)
            load_f, analyze_f, n_sentences, note = measure(full)
            unit = "lines" if name == "lines" else "chars"
            print(f"{name:<11} {full_size:>9,} {unit}  {load_t:10.2f} {load_f:10.2f} {ratio(load_f, load_t):>13}  "
                  f"{analyze_t:13.2f} {analyze_f:12.2f} {ratio(analyze_f, analyze_t):>13}  {n_sentences:,}{note}",
                  flush=True)
            if args.steps:
                step_times(full)


if __name__ == "__main__":
    main()
