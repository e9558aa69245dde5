"""A report's aggregations over stored tables: in pandas (open_analysis) versus in DuckDB (open_stored), time and memory.

    .venv/bin/python benchmarks/bench_stored.py --tables DIR [--replicate K] [--modes pandas,stored] [--memory-limit 2GB]
    .venv/bin/python benchmarks/bench_stored.py --tables DIR --scaling 1,5

``DIR`` is a folder written by ``python -m analysis analyze`` (e.g. Wikinews
replicated to 20,000 articles: ``benchmarks/bench_dask.py --keep`` leaves
one). ``--replicate K`` first synthesises a folder K times bigger next to it
(``DIR-xK``): every table is copied K times, one part per copy, with the
copy number appended to ``doc_id``, so the copies are distinct articles and
no text is analysed again; then it measures on that folder.

Each mode runs :data:`REPORT_SCRIPT` in a subprocess: open the tables, then
the aggregations the notebooks show (scored sentences, tone by label and
histogram, tone by period with bootstrap intervals, tone evidence by source
and by month, one article sentence by sentence, frame prevalence, frames by
source and by month, frame co-occurrence, frame evidence, articles by source
and by date, and what reads the texts: keywords in context, keyness by period, the sentences the news-aware
rule changed, one article's text), through :mod:`analysis.pipeline.aggregate` and
:mod:`analysis.pipeline.aggregate_text`: ``pandas`` reads
the tables into pandas first (the path before DuckDB), ``stored`` leaves them
in Parquet. Memory is the peak summed RSS of the process tree, polled as in
``bench_scale.py``.

``--scaling SMALL,LARGE`` checks that each stored aggregation's cost grows
linearly with the corpus: it measures the stored mode over SMALL and LARGE
copies of ``DIR`` (one part per copy, so the parts keep their size) and
prints the CPU per 1,000 articles of every aggregation at both sizes and
their ratio: ~1 or below when linear (fixed costs spread over more articles),
near LARGE/SMALL when a cost grows with the corpus squared. Prints; asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_scale import Run, run_command  # noqa: E402

GB = 10**9
REPORT_SCRIPT = """
import json
import os
import sys
import time
from pathlib import Path
from analysis.corpus import articles_by_date, articles_by_source
from analysis.pipeline import aggregate as ag
from analysis.pipeline import aggregate_text as at
from analysis.pipeline.lazy import open_stored
from analysis.pipeline.stored import open_analysis
from analysis.sentiment import group_tone

mode, folder, limit = sys.argv[1], sys.argv[2], (sys.argv[3] if len(sys.argv) > 3 else None)
frames = json.loads((Path(folder) / "manifest.json").read_text(encoding="utf-8"))["options"].get("frames", "generic")
source = open_stored(folder, memory_limit=limit, frames=frames) if mode == "stored" else open_analysis(tables=folder, frames=frames)
articles = source.articles
steps = {
    "row_count": lambda: ag.row_count(source, "sentiment"), "tone_summary": lambda: ag.tone_summary(source),
    "tone_histogram": lambda: ag.tone_histogram(source),
    "group_tone by month": lambda: group_tone(articles, by="period", freq="M"),
    "tone_evidence by source": lambda: ag.tone_evidence(source, by="source"),
    "tone_evidence by month": lambda: ag.tone_evidence(source, by="period", freq="M"),
    "article_sentences": lambda: ag.article_sentences(source, articles["doc_id"].iloc[0]),
    "frame_prevalence": lambda: ag.frame_prevalence(source), "frames_by source": lambda: ag.frames_by(source, "source"),
    "frames_by month": lambda: ag.frames_by(source, "period", freq="M"),
    "frame_cooccurrence": lambda: ag.frame_cooccurrence(source),
    "frame_evidence": lambda: ag.frame_evidence(source, n=3, seed=5),
    "articles_by_source": lambda: articles_by_source(articles), "articles_by_date": lambda: articles_by_date(articles),
    "kwic": lambda: at.kwic(source, ["cooperation", "said"], limit=15),
    "keyness by period": lambda: at.keyness(source, at.comparison_groups(source, "period"), min_freq=3),
    "cue_changes": lambda: at.cue_changes(source, limit=15),
    "with_text": lambda: ag.with_text(source, articles, positions=[0]),
}
seconds, rows = {}, 0
for name, step in steps.items():
    started = time.process_time()
    result = step()
    seconds[name] = time.process_time() - started
    rows += len(result) if hasattr(result, "__len__") else 1
if os.environ.get("BENCH_STORED_TIMES"):  # CPU seconds of each aggregation, for --scaling
    Path(os.environ["BENCH_STORED_TIMES"]).write_text(json.dumps(seconds), encoding="utf-8")
print(len(articles), rows)
"""


def report_run(mode: str, tables: Path, *, memory_limit: str | None = None, env: dict[str, str] | None = None) -> Run:
    """Run :data:`REPORT_SCRIPT` in ``mode`` (``pandas`` or ``stored``) over ``tables``; exit with its error if it fails."""
    command = [sys.executable, "-c", REPORT_SCRIPT, mode, str(tables), *([memory_limit] if memory_limit else [])]
    run = run_command(command, env=dict(env or os.environ))
    if run.returncode != 0:
        raise SystemExit(f"report over stored tables ({mode}) failed with exit status {run.returncode}:\n{run.stderr}")
    return run


def replicate_tables(source: Path, out: Path, copies: int) -> int:
    """Write ``copies`` copies of every table of ``source`` to ``out``, one part per copy (doc_id + ``~copy`` after the
    first); return the articles."""
    manifest = json.loads((source / "manifest.json").read_text(encoding="utf-8"))
    parts = list(manifest["parts"])
    tables = sorted(path.name for path in source.iterdir() if path.is_dir() and (path / parts[0]).is_file())
    names = [f"part-{index:05d}.parquet" for index in range(copies)]
    connection = duckdb.connect()
    connection.execute("SET preserve_insertion_order = true")  # rows stay in corpus order, parts in manifest order
    for table in tables:
        (out / table).mkdir(parents=True, exist_ok=True)
        files = "[" + ", ".join(f"'{source / table / part}'" for part in parts) + "]"
        columns = connection.execute(f"DESCRIBE SELECT * FROM read_parquet({files})").df()["column_name"].tolist()
        for copy, name in enumerate(names):
            select = f"SELECT * REPLACE (doc_id || '~{copy}' AS doc_id)" if "doc_id" in columns and copy else "SELECT *"
            connection.execute(f"COPY ({select} FROM read_parquet({files})) TO '{out / table / name}' (FORMAT parquet)")
    manifest.update(parts=names, chunks=len(names), rows={name: count * copies for name, count in manifest["rows"].items()},
                    corpus_fingerprint=f"{manifest.get('corpus_fingerprint')}x{copies}")
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return int(manifest["rows"]["articles"])


def line(label: str, run: Run, n_articles: int) -> None:
    print(f"{label:<40} {run.seconds:8.1f} s  peak RSS {run.peak_tree_bytes / GB:6.2f} GB  "
          f"PSS {run.peak_tree_pss_bytes / GB:6.2f} GB  ({run.peak_tree_bytes / n_articles / 1024:6.1f} KB/article)")


def replicated(tables: Path, copies: int) -> Path:
    """``tables`` copied ``copies`` times (made once, next to it)."""
    target = tables.with_name(f"{tables.name}-x{copies}")
    if not (target / "manifest.json").is_file():
        replicate_tables(tables, target, copies)
    return target


def stored_cpu(tables: Path, *, memory_limit: str | None) -> tuple[dict[str, float], float]:
    """CPU seconds of each aggregation of :data:`REPORT_SCRIPT` in stored mode, and of the whole subprocess."""
    with tempfile.TemporaryDirectory() as folder:
        times = Path(folder) / "times.json"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        report_run("stored", tables, memory_limit=memory_limit, env={**os.environ, "BENCH_STORED_TIMES": str(times)})
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        total = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        return json.loads(times.read_text(encoding="utf-8")), total


def scaling(tables: Path, small: int, large: int, *, memory_limit: str | None) -> int:
    """Print each stored aggregation's CPU per 1,000 articles over ``small`` and ``large`` copies and the ratio.

    A cost that grows with the corpus gives a ratio near 1 (below 1 where a fixed cost is spread over more
    articles); a ratio near ``large / small`` is a cost growing with the corpus squared.
    """
    sizes, measured = {}, {}
    for copies in (small, large):
        folder = replicated(tables, copies)
        sizes[copies] = int(json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["rows"]["articles"])
        measured[copies] = stored_cpu(folder, memory_limit=memory_limit)
    per_k = {copies: 1000 / sizes[copies] for copies in sizes}
    print(f"stored aggregations, CPU ms per 1,000 articles: {sizes[small]:,} articles ({small} parts) and "
          f"{sizes[large]:,} ({large} parts); ratio = per-article cost at {large} / at {small} (linear: ~1 or below; "
          f"quadratic: ~{large / small:g})")
    for name in measured[small][0]:
        low, high = (measured[copies][0][name] * 1000 * per_k[copies] for copies in (small, large))
        print(f"{name:<26} {low:10.1f} {high:10.1f}   ratio {high / low if low else float('nan'):5.2f}")
    low, high = (measured[copies][1] * 1000 * per_k[copies] for copies in (small, large))
    print(f"{'whole process':<26} {low:10.1f} {high:10.1f}   ratio {high / low:5.2f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=Path, required=True, help="a folder written by python -m analysis analyze")
    parser.add_argument("--replicate", type=int, default=1, help="measure on a folder this many times bigger (default 1)")
    parser.add_argument("--modes", default="pandas,stored", help="comma-separated: pandas, stored (default both)")
    parser.add_argument("--memory-limit", default=None, help="DuckDB memory limit of the stored mode, e.g. 2GB")
    parser.add_argument("--scaling", default=None, metavar="SMALL,LARGE",
                        help="instead: CPU per article of each stored aggregation over SMALL and LARGE copies of "
                             "the folder (one part per copy) and their ratio, e.g. 1,10")
    args = parser.parse_args(argv)
    tables = args.tables.resolve()
    if args.scaling:
        small, large = (int(copies) for copies in args.scaling.split(","))
        return scaling(tables, small, large, memory_limit=args.memory_limit)
    if args.replicate > 1:
        target = tables.with_name(f"{tables.name}-x{args.replicate}")
        if not (target / "manifest.json").is_file():
            replicate_tables(tables, target, args.replicate)
        tables = target
    manifest = json.loads((tables / "manifest.json").read_text(encoding="utf-8"))
    n_articles = int(manifest["rows"]["articles"])
    print(f"tables {tables}: " + ", ".join(f"{name} {count:,}" for name, count in sorted(manifest["rows"].items())))
    for mode in args.modes.split(","):
        run = report_run(mode, tables, memory_limit=args.memory_limit)
        line(f"report aggregations, {mode}", run, n_articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
