"""Linear cost: an article's load and analysis time grows linearly with its length.

Builds five pathological inputs in a temporary folder (never committed):

* ``prose``: a ~5 MB article of ordinary prose (Wikinews article texts concatenated);
* ``unbalanced``: a ~1 MB article whose paragraphs are full of opening quote
  marks (straight and typographic) that never close;
* ``lines``: a 200,000-line .txt file of short lines;
* ``names``: one sentence of ~200,000 characters listing names, half of them inside a
  quotation (the tone toward each actor reads its clause of the sentence or of the quotation);
* ``speakers``: one sentence of ~200,000 characters of short quotations, each with its own
  speaker and cue, joined by semicolons (each quotation takes the nearest attribution).

Each input is written at full size and at a tenth of it; for both, times
``load_corpus`` of the file and ``analyze(corpus, cache=False)`` (one
worker), and prints the ratio full / tenth (the floor is 10: linear cost
gives about 10, fixed costs make it less), the sentences of each with the
ratio of analysis time per sentence (the tenth is cut from the start of the
text, so its share of sentences, quotes and names can differ from a tenth:
a ratio a little over 10 with a per-sentence ratio near 1 is the text, not
the code) and, when the loader capped the article (``max_chars``), how many
characters it dropped.

How it times, so that the ratio measures the article and nothing else:

* every measurement runs in a fresh Python process (this script with
  ``--measure FILE``), so nothing the tenth computed (compiled patterns,
  per-word caches such as the stemmer's keys, views memoised for a text)
  makes the full input look cheaper, nor the other way round;
* that process first analyses the seed corpus, a warm-up that builds the
  dictionaries and patterns every run needs once (the inputs are built
  from Wikinews, so per-word caches hold only the words both share; without
  the shared corpus the inputs are built from the seeds themselves);
* it then measures CPU time (``time.process_time``) of one load and one
  analysis, so other load on a shared machine weighs less than wall time;
* each measurement is repeated ``--repeat`` times (default 3), tenth and
  full interleaved, and the fastest of each is kept.

With ``--steps`` it also prints the profiled time of each step's
``run_article`` and of the text layer's main functions on the full input
(in this process, after the same warm-up).
No asserts: run it and read the numbers.

    .venv/bin/python benchmarks/bench_linear.py [--scale 0.1] [--only prose,lines] [--repeat 3] [--steps]
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import subprocess
import sys
import tempfile
import time
import warnings
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, TypeVar

from analysis import analyze, load_corpus
from analysis.errors import ArticleFailureWarning
from analysis.paths import SEEDS, SHARED_CORPUS

T = TypeVar("T")
FULL_SIZES = {"prose": 5_000_000, "unbalanced": 1_000_000, "lines": 200_000, "names": 200_000,
              "speakers": 200_000}  # characters, except lines
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


def two_word_names(texts: list[str], n_chars: int, *, extra: int = 0) -> list[str]:
    """Two-word names made of the texts' capitalised words, enough to fill ``n_chars`` characters with ``extra``
    more characters around each."""
    capitals = sorted({word for word in " ".join(texts).split() if word.isalpha() and word[:1].isupper()})
    names, size = [], 0
    while size < n_chars:
        index = len(names)
        names.append(f"{capitals[index % len(capitals)]} {capitals[(index * 7 + 3) % len(capitals)]}")
        size += len(names[-1]) + extra
    return names


def name_list(texts: list[str], n_chars: int) -> str:
    """One sentence of about ``n_chars`` characters listing two-word names made of the texts' capitalised words,
    the first half inside a quotation ("We thank A B, C D, ...") and the second half after it."""
    names = two_word_names(texts, n_chars, extra=2)
    half = len(names) // 2
    return (f'The minister said: "We thank {", ".join(names[:half])} for their work," and praised '
            f'{", ".join(names[half:])} again.\n')


def said_chain(texts: list[str], n_chars: int) -> str:
    """One sentence of about ``n_chars`` characters: short quotations, each said by a two-word name made of the
    texts' capitalised words, joined by semicolons ('"Good idea," A B said; "Good idea," C D said; ...')."""
    pieces = [f'"Good idea," {name} said' for name in two_word_names(texts, n_chars, extra=len('"Good idea,"  said; '))]
    return "; ".join(pieces) + ".\n"


BUILDERS: dict[str, Callable[[list[str], int], str]] = {
    "prose": prose_article,
    "unbalanced": unbalanced_article,
    "lines": short_lines,
    "names": name_list,
    "speakers": said_chain,
}


def write_article(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return path


@dataclass(frozen=True)
class Measure:
    """CPU seconds of one load and one analysis of an input file, with what they gave."""

    load: float
    analyze: float
    sentences: int
    chars_dropped: int


def cpu_seconds(work: Callable[[], T]) -> tuple[T, float]:
    """``work()`` and the CPU seconds this process spent in it."""
    start = time.process_time()
    result = work()
    return result, time.process_time() - start


def warm_up() -> None:
    """Analyse the seed corpus once, so dictionaries and patterns are built before anything is timed."""
    analyze(load_corpus(SEEDS), cache=False)


def measure_here(path: Path) -> Measure:
    """Warm up, then time one load and one analysis of ``path`` in this process (the ``--measure`` child)."""
    warm_up()
    corpus, load_seconds = cpu_seconds(lambda: load_corpus(path))
    result, analyze_seconds = cpu_seconds(lambda: analyze(corpus, cache=False))
    articles = corpus.articles
    dropped = int(articles["n_chars_dropped"].sum()) if "n_chars_dropped" in articles.columns else 0
    return Measure(load_seconds, analyze_seconds, len(result.sentences), dropped)


def measure_fresh(path: Path) -> Measure:
    """:func:`measure_here` of ``path`` in a fresh Python process."""
    child = subprocess.run([sys.executable, __file__, "--measure", str(path)],
                           capture_output=True, text=True, check=True)
    return Measure(**json.loads(child.stdout.strip().splitlines()[-1]))


def best_of(measures: list[Measure]) -> Measure:
    """The fastest load and the fastest analysis among repeated measures of one input."""
    return Measure(min(m.load for m in measures), min(m.analyze for m in measures),
                   measures[0].sentences, measures[0].chars_dropped)


def compare(tenth: Path, full: Path, *, repeat: int) -> tuple[Measure, Measure]:
    """Best-of-``repeat`` measures of the tenth and the full input, each in fresh processes, interleaved."""
    runs: dict[Path, list[Measure]] = {tenth: [], full: []}
    for _ in range(repeat):
        for path in runs:
            runs[path].append(measure_fresh(path))
    return best_of(runs[tenth]), best_of(runs[full])


def step_times(path: Path) -> None:
    """Cumulative seconds (under cProfile) of each step's ``run_article`` and of the sentence split, for one input."""
    warm_up()
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


def per_sentence(measure: Measure) -> float:
    """Analysis seconds per sentence (a tenth cut from the start of the text need not hold a tenth of them)."""
    return measure.analyze / max(measure.sentences, 1)


def main() -> None:
    warnings.simplefilter("error", ArticleFailureWarning)  # a failed article would time a part of the work
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="shrink every input (0.1: a quick run)")
    parser.add_argument("--only", default=",".join(BUILDERS), help="comma-separated inputs: " + ",".join(BUILDERS))
    parser.add_argument("--repeat", type=int, default=3, help="fresh-process measurements per input and size, best kept")
    parser.add_argument("--steps", action="store_true", help="also profile each step on the full input")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child: print one Measure as JSON
    args = parser.parse_args()
    if args.measure is not None:
        print(json.dumps(asdict(measure_here(args.measure))))
        return
    texts = source_texts()
    print(f"CPU seconds, each in a fresh process after a warm-up on the seeds, best of {args.repeat}")
    print(f"{'input':<11} {'size':>12}  {'load tenth':>10} {'load full':>10} {'ratio':>13}  "
          f"{'analyze tenth':>13} {'analyze full':>12} {'ratio':>13}  sentences tenth/full (per-sentence ratio)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name in args.only.split(","):
            full_size = max(10, int(FULL_SIZES[name] * args.scale))
            full = write_article(folder, f"{name}_full", BUILDERS[name](texts, full_size))
            tenth = write_article(folder, f"{name}_tenth", BUILDERS[name](texts, full_size // 10))
            small, large = compare(tenth, full, repeat=args.repeat)
            unit = "lines" if name == "lines" else "chars"
            note = f"  capped, {large.chars_dropped:,} chars dropped" if large.chars_dropped else ""
            print(f"{name:<11} {full_size:>9,} {unit}  {small.load:10.2f} {large.load:10.2f} "
                  f"{ratio(large.load, small.load):>13}  {small.analyze:13.2f} {large.analyze:12.2f} "
                  f"{ratio(large.analyze, small.analyze):>13}  {small.sentences:,}/{large.sentences:,} "
                  f"(x{per_sentence(large) / per_sentence(small):.2f}){note}", flush=True)
            if args.steps:
                step_times(full)


if __name__ == "__main__":
    main()
