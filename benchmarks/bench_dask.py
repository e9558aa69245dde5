"""Dask engine versus local engine, and a report over stored tables: wall time and peak memory, in one run.

    .venv/bin/python benchmarks/bench_dask.py [--articles 100000] [--workers 2] [--partition-size 200] [--keep]
                                              [--engines-only]

Builds Wikinews replicated to ``--articles`` distinct articles with the
builder of ``bench_scale.py`` (JSONL files of 5,000 articles), then runs as
subprocesses, without the per-article cache:

1. ``python -m analysis analyze --workers 2`` (local engine: one process pool);
2. ``python -m analysis analyze --engine dask --workers 2`` (a LocalCluster of
   2 worker processes, one thread each), and their ratio;
3. ``python -m analysis report --tables`` over the Dask engine's tables (the
   report reads them; notebooks that declare no ``tables`` parameter are skipped);
4. the notebooks' aggregations over those tables (``bench_stored.REPORT_SCRIPT``):
   once with the tables read into pandas (``open_analysis``, the path before
   DuckDB) and once left in Parquet and aggregated by DuckDB (``open_stored``):
   time, peak memory, and that memory per article.

Memory is the peak of the summed RSS (and PSS) of each command's process tree,
polled as ``bench_scale.py`` does. Prints; asserts nothing.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_scale import FILE_ARTICLES, Run, base_articles, run_command, write_corpus  # noqa: E402
from bench_stored import report_run  # noqa: E402

GB = 10**9


def line(label: str, run: Run, n_articles: int) -> None:
    print(f"{label:<34} {run.seconds:8.1f} s  {n_articles / run.seconds:8.1f} articles/s  "
          f"peak RSS {run.peak_tree_bytes / GB:6.2f} GB  PSS {run.peak_tree_pss_bytes / GB:6.2f} GB")


def checked(run: Run, what: str) -> Run:
    if run.returncode != 0:
        raise SystemExit(f"{what} failed with exit status {run.returncode}:\n{run.stderr}")
    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000, help="articles in the built corpus (default 100000)")
    parser.add_argument("--workers", type=int, default=2, help="processes of each engine (default 2)")
    parser.add_argument("--partition-size", type=int, default=200, help="articles per Dask partition (default 200)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and print where it is")
    parser.add_argument("--engines-only", action="store_true",
                        help="stop after the two engines (skip steps 3-4, the report over the stored tables)")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="bench_dask-"))
    env = {**os.environ, "ANALYSIS_CACHE_DIR": str(folder / "cache")}
    analyze = [sys.executable, "-m", "analysis", "analyze", "--corpus", str(folder / "corpus"), "--no-cache",
               "--workers", str(args.workers), "--option", "frames=policy"]  # the frames the notebooks default to
    try:
        size = write_corpus(folder / "corpus", base_articles(), args.articles)
        print(f"corpus: {args.articles:,} articles in {-(-args.articles // FILE_ARTICLES)} JSONL file(s), {size / 1024**2:,.0f} MB")
        local = checked(run_command([*analyze, "--out", str(folder / "local")], env=env), "local engine")
        dask = checked(run_command([*analyze, "--out", str(folder / "dask"), "--engine", "dask",
                                    "--partition-size", str(args.partition_size)], env=env), "Dask engine")
        line(f"local engine, {args.workers} workers", local, args.articles)
        line(f"Dask LocalCluster, {args.workers} workers", dask, args.articles)
        print(f"Dask / local: wall time {dask.seconds / local.seconds:.2f}x, "
              f"peak RSS {dask.peak_tree_bytes / local.peak_tree_bytes:.2f}x, PSS {dask.peak_tree_pss_bytes / local.peak_tree_pss_bytes:.2f}x")
        if args.engines_only:
            return 0
        report = checked(run_command([sys.executable, "-m", "analysis", "report", "--tables", str(folder / "dask"),
                                      "--out", str(folder / "report")], env=env), "report --tables")
        line("report --tables (stored tables)", report, args.articles)
        in_pandas = report_run("pandas", folder / "dask", env=env)
        line("report aggregations, tables in pandas", in_pandas, args.articles)
        stored = report_run("stored", folder / "dask", env=env)
        line("report aggregations, DuckDB", stored, args.articles)
        print(f"report aggregations peak memory per article: {in_pandas.peak_tree_bytes / args.articles / 1024:.1f} KB "
              f"in pandas, {stored.peak_tree_bytes / args.articles / 1024:.1f} KB with DuckDB (peak RSS, interpreter "
              "included; benchmarks/bench_stored.py --tables DIR --replicate K measures bigger folders)")
    finally:
        if args.keep:
            print(f"kept: {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
