"""Scale test: ``python -m analysis analyze`` on a 100,000-article corpus, wall time and peak memory.

    .venv/bin/python benchmarks/bench_scale.py [--articles 100000] [--workers 2] [--keep]

Builds the corpus at run time in a temporary folder by replicating the shared
Wikinews articles (the seed when Wikinews is absent); every copy gets a last
line naming its copy number, so each has its own text and doc_id and none is
rejected as a duplicate. The copies go to JSONL files of ``FILE_ARTICLES``
articles each (the loader refuses files over 50 MB). Then runs, as a
subprocess, ``python -m analysis analyze --corpus <folder> --out <tmp>/tables
--workers 2`` with its cache in the temporary folder, and prints wall time,
articles/s and peak memory two ways:

- the peak of the summed resident memory (RSS) of the process tree (the
  command and its worker processes), polled from /proc every ``POLL_SECONDS``:
  pages shared by forked workers count once per process, so this is an upper
  bound; the peak of the summed proportional set size (PSS, shared pages split
  between their processes) is printed beside it;
- the largest single process (``getrusage(RUSAGE_CHILDREN).ru_maxrss``).

The issue's floors: under 10 minutes and under 2 GB for 100,000 articles.
``--keep`` keeps the folder (corpus, tables, cache). Prints; asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import pandas as pd

from analysis.corpus.loading import load_corpus
from analysis.paths import ROOT, SEEDS, SHARED_CORPUS

FILE_ARTICLES = 5_000  # articles per JSONL file, ~22 MB of Wikinews text
POLL_SECONDS = 1.0  # one poll costs ~35 ms of CPU (a /proc scan and smaps_rollup reads): 3.5% of a core
FLOOR_SECONDS = 600
FLOOR_BYTES = 2 * 10**9
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True)
class Run:
    """One run of the command: wall seconds, peak tree memory (polled), largest process, exit status."""

    seconds: float
    peak_tree_bytes: int
    peak_tree_pss_bytes: int
    largest_process_bytes: int
    returncode: int
    stderr: str


def base_articles() -> pd.DataFrame:
    """The articles to replicate: Wikinews, or the seed corpus when Wikinews is absent."""
    source = SHARED_CORPUS if SHARED_CORPUS.is_dir() else SEEDS
    print(f"replicating {source}")
    return load_corpus(source).articles


def article_records(articles: pd.DataFrame, n_articles: int) -> Iterator[dict[str, str | None]]:
    """``n_articles`` JSONL records, one at a time: the articles repeated, each copy's text ending with its copy number."""
    originals = [
        {"title": _plain(row["title"]), "date": None if pd.isna(row["date"]) else row["date"].date().isoformat(),
         "url": _plain(row["url"]), "source": _plain(row["source"]), "text": row["text"]}
        for row in articles.to_dict("records")
    ]
    for index in range(n_articles):
        copy, original = divmod(index, len(originals))
        yield {**originals[original], "text": f"{originals[original]['text']}\n\n(Copy {copy}.)"}


def _plain(value: object) -> str | None:
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def write_corpus(folder: Path, articles: pd.DataFrame, n_articles: int) -> int:
    """Write ``n_articles`` distinct copies as ``part-NNNN.jsonl`` files in ``folder``; return the bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    records = article_records(articles, n_articles)
    written = 0
    for part in range(-(-n_articles // FILE_ARTICLES)):
        lines = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in islice(records, FILE_ARTICLES))
        path = folder / f"part-{part:04d}.jsonl"
        path.write_text(lines, encoding="utf-8")
        written += path.stat().st_size
    return written


def tree_pids(root_pid: int) -> list[int]:
    """``root_pid`` and all its descendants, from the parent ids in /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            parent = _parent_pid(int(entry.name))
            if parent is not None:
                children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [root_pid]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _parent_pid(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[1])  # after "(comm)": state, ppid


def rss_bytes(pid: int) -> int:
    """Resident memory of ``pid`` (0 once it has ended)."""
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_BYTES
    except (OSError, IndexError, ValueError):
        return 0


def pss_bytes(pid: int) -> int:
    """Proportional set size of ``pid``: its private pages plus its share of shared ones (0 once it has ended)."""
    try:
        lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except OSError:
        return 0
    return next((int(line.split()[1]) * 1024 for line in lines if line.startswith("Pss:")), 0)


def run_command(command: list[str], *, env: dict[str, str]) -> Run:
    """Run ``command`` from the repo root, polling its process tree's memory until it ends."""
    started = time.perf_counter()
    with tempfile.TemporaryFile(mode="w+") as stderr:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
        peak_rss = peak_pss = 0
        while process.poll() is None:
            pids = tree_pids(process.pid)
            peak_rss = max(peak_rss, sum(map(rss_bytes, pids)))
            peak_pss = max(peak_pss, sum(map(pss_bytes, pids)))
            time.sleep(POLL_SECONDS)
        seconds = time.perf_counter() - started
        stderr.seek(0)
        message = stderr.read()
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # kilobytes on Linux
    return Run(seconds=seconds, peak_tree_bytes=peak_rss, peak_tree_pss_bytes=peak_pss, largest_process_bytes=largest,
               returncode=process.returncode, stderr=message)


def report(run: Run, *, n_articles: int, tables: Path) -> None:
    """Print the figures, the floors and the row counts of the manifest."""
    gb = 10**9
    print(f"wall time        {run.seconds:9.1f} s   ({'under' if run.seconds < FLOOR_SECONDS else 'OVER'} the "
          f"{FLOOR_SECONDS // 60}-minute floor)")
    print(f"throughput       {n_articles / run.seconds:9.1f} articles/s")
    print(f"peak memory      {run.peak_tree_bytes / gb:9.2f} GB   summed RSS of the process tree, polled every "
          f"{POLL_SECONDS} s ({'under' if run.peak_tree_bytes < FLOOR_BYTES else 'OVER'} the 2 GB floor)")
    print(f"                 {run.peak_tree_pss_bytes / gb:9.2f} GB   summed PSS of the process tree (shared pages split)")
    print(f"largest process  {run.largest_process_bytes / gb:9.2f} GB   ru_maxrss of RUSAGE_CHILDREN (one process)")
    manifest = json.loads((tables / "manifest.json").read_text(encoding="utf-8"))
    rows = ", ".join(f"{name} {count:,}" for name, count in sorted(manifest["rows"].items()))
    print(f"rows: {rows} ({manifest['chunks']} chunk(s))")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000, help="articles in the built corpus (default 100000)")
    parser.add_argument("--workers", type=int, default=2, help="--workers of the analyze command (default 2)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and print where it is")
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="bench_scale-"))
    try:
        corpus, tables = folder / "corpus", folder / "tables"
        size = write_corpus(corpus, base_articles(), args.articles)
        print(f"corpus: {args.articles:,} articles in {-(-args.articles // FILE_ARTICLES)} JSONL file(s), "
              f"{size / 1024**2:,.0f} MB, in {corpus}")
        command = [sys.executable, "-m", "analysis", "analyze", "--corpus", str(corpus), "--out", str(tables),
                   "--workers", str(args.workers)]
        print("running:", " ".join(command[1:]))
        run = run_command(command, env={**os.environ, "ANALYSIS_CACHE_DIR": str(folder / "cache")})
        if run.returncode != 0:
            print(f"the command failed with exit status {run.returncode}:\n{run.stderr}", file=sys.stderr)
            return 1
        report(run, n_articles=args.articles, tables=tables)
    finally:
        if args.keep:
            print(f"kept: {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
