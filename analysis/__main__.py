"""Command line: ``python -m analysis report ...``, ``python -m analysis analyze ...``, ``python -m analysis codesheet ...``
and ``python -m analysis notebooks ...``."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from analysis.paths import NOTEBOOKS, REPORTS

EXIT_FAILED_NOTEBOOK = 1
EXIT_USAGE = 2
EXIT_ERROR = 3  # could not finish: disk full, unwritable output, or an unexpected error (traceback in <out>/error.log)


def _could_not_finish(command: str, out: Path, error: Exception, *, marker: str) -> int:
    """One line on stderr for a run that failed without a bad request; an unexpected error's traceback goes to a log."""
    import traceback

    from analysis.outputs import is_write_failure, write_error_log, write_failure_line

    if is_write_failure(error):
        print(f"{command}: {write_failure_line(error, out=out)}", file=sys.stderr)
        return EXIT_ERROR
    log = write_error_log(out, "".join(traceback.format_exception(error)), marker=marker)
    where = f"traceback in {log}" if log else "no log could be written"
    print(f"{command}: unexpected error {type(error).__name__}: {error} ({where})", file=sys.stderr)
    return EXIT_ERROR


def _report_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "report",
        help="execute every notebook against a corpus and write an HTML report folder",
        description="Execute notebooks/NN_*.ipynb in order with papermill against one corpus; write executed "
        "notebooks, HTML, figures with their CSV data, index.html and provenance.json into --out. The report is "
        "built in a hidden sibling folder and renamed into place when complete; an existing --out is replaced "
        "then, and only if it is a report folder (holds provenance.json) or empty. Exit status: 0 all notebooks ran, "
        "1 some failed (named on stderr), 2 bad request (nothing written), 3 could not finish (disk full, "
        "unwritable output, unexpected error: traceback in OUT/error.log).",
    )
    parser.add_argument("--corpus", default=None, help="folder or file of articles (default: seeds)")
    parser.add_argument("--tables", type=Path, default=None, metavar="DIR",
                        help="read the stored tables of python -m analysis analyze instead of a corpus (nothing is re-analysed)")
    parser.add_argument("--out", type=Path, default=None, help="report folder (default: reports/<YYYY-MM-DD>)")
    parser.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                        help="notebook parameter, value read as YAML (repeatable); given only to notebooks declaring it")
    parser.add_argument("--params", type=Path, default=None, metavar="FILE.yml",
                        help="YAML mapping of notebook parameters (--param wins)")
    parser.add_argument("--notebooks", default=None, metavar="GLOB", help="only notebooks whose name matches, e.g. '0[01]_*'")
    parser.add_argument("--notebooks-dir", type=Path, default=NOTEBOOKS, help=argparse.SUPPRESS)
    parser.add_argument("--timeout", type=int, default=1800, help="seconds allowed per cell (default 1800)")


def run_report(args: argparse.Namespace) -> int:
    """Build the report; print failed notebooks; return the exit status."""
    from analysis.errors import AnalysisError
    from analysis.report.runner import PROVENANCE, build_report, collect_params

    out = args.out or REPORTS / date.today().isoformat()
    try:
        params = collect_params(args.param, args.params)
        result = build_report(
            corpus=args.corpus, tables=args.tables, out=out, params=params, notebooks_dir=args.notebooks_dir,
            pattern=args.notebooks, timeout=args.timeout,
        )
    except AnalysisError as error:
        print(f"report: {error}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as error:  # noqa: BLE001 - one line and a log instead of a traceback on the terminal
        return _could_not_finish("report", Path(out).resolve(), error, marker=PROVENANCE)
    if result.failed:
        print(f"report: FAILED notebook(s): {', '.join(result.failed)}; see {result.out / 'index.html'}", file=sys.stderr)
        return EXIT_FAILED_NOTEBOOK
    print(f"report: {result.out / 'index.html'}", file=sys.stderr)
    return 0


def _analyze_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "analyze",
        help="analyse a corpus chunk by chunk into Parquet tables (for large corpora)",
        description="Stream the corpus in chunks, run every analysis step and write each table (articles, rejects, "
        "sentences, sentiment, mentions, quotes, frame_hits) as a Parquet dataset under --out, with manifest.json. "
        "Memory grows with the chunk, not the corpus.",
    )
    parser.add_argument("--corpus", default="seeds", help="folder or file of articles (default: seeds)")
    parser.add_argument("--out", type=Path, required=True,
                        help="output folder: created, or replaced when the run completes if it holds a manifest.json "
                        "this command wrote (any other existing folder is refused, exit 2)")
    parser.add_argument("--chunk-size", type=int, default=1000, help="articles per chunk (default 1000)")
    parser.add_argument("--workers", type=int, default=None,
                        help="worker processes, one pool for the whole run (default 1; with --engine dask: local cluster size)")
    parser.add_argument("--no-cache", action="store_true", help="do not read or fill the per-article cache")
    parser.add_argument("--load", action="append", default=[], metavar="KEY=VALUE",
                        help="load_corpus option, value read as YAML, e.g. year=2021 (repeatable)")
    parser.add_argument("--option", action="append", default=[], metavar="KEY=VALUE",
                        help="analysis option, value read as YAML, e.g. frames=policy (repeatable)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="local: this machine's processes (--workers); dask: a Dask cluster, resumable (default local)")
    parser.add_argument("--scheduler", default=None, metavar="ADDRESS",
                        help="with --engine dask: scheduler address, e.g. tcp://host:8786 (default: a local cluster of "
                        "--workers processes, one per core when --workers is not given)")
    parser.add_argument("--partition-size", type=int, default=200, metavar="N",
                        help="with --engine dask: articles per partition, files per loading task (default 200)")


def run_analyze(args: argparse.Namespace) -> int:
    """Write the Parquet tables; print where they went and their row counts."""
    from analysis.errors import AnalysisError
    from analysis.pipeline.batch import MANIFEST, analyze_to_parquet
    from analysis.report.params import parse_param

    args.workers_given, args.workers = args.workers is not None, args.workers or 1
    args.out = args.out.expanduser().resolve()  # from the shell's folder, as report's and codesheet's --out
    try:
        load_options = dict(parse_param(pair, flag="--load") for pair in args.load)
        options = dict(parse_param(pair, flag="--option") for pair in args.option)
        engine = {} if args.engine == "local" else {
            "engine": "dask", "scheduler": args.scheduler, "partition_size": args.partition_size,
            "n_workers": args.workers if args.workers_given else None}
        result = analyze_to_parquet(args.corpus, args.out, chunk_size=args.chunk_size, workers=args.workers,
                                    load_options=load_options, cache=not args.no_cache, **engine, **options)
    except (AnalysisError, TypeError, ValueError, FileNotFoundError) as error:
        print(f"analyze: {error}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as error:  # noqa: BLE001 - one line and a log instead of a traceback on the terminal
        return _could_not_finish("analyze", args.out, error, marker=MANIFEST)
    counts = ", ".join(f"{name} {count:,}" for name, count in sorted(result.rows.items()))
    fresh = "" if result.computed in (None, result.chunks) else f", {result.computed} computed, the others complete already"
    print(f"analyze: {result.out} ({result.chunks} chunk(s){fresh}: {counts})", file=sys.stderr)
    return 0


def _codesheet_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "codesheet",
        help="draw a seeded sample of sentences (and articles) into a coding sheet for human coders",
        description="Write a CSV coding sheet: one row per sentence (and per article with --articles) drawn at random "
        "with --seed, proportionally from each source or month with --stratify, the unit marked [[...]] in its context "
        "and empty columns tone, frames, actors, speaker, note for coders to fill (format: README, 'Coding sheets').",
    )
    parser.add_argument("--corpus", default="seeds", help="folder or file of articles (default: seeds)")
    parser.add_argument("--out", type=Path, required=True, help="CSV file to write")
    parser.add_argument("--n", type=int, default=200, help="sentences to draw (default 200; all when fewer exist)")
    parser.add_argument("--articles", type=int, default=0, help="whole articles to draw for article-level coding (default 0)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--stratify", choices=("source", "period"), default=None, help="draw proportionally per source or month")
    parser.add_argument("--load", action="append", default=[], metavar="KEY=VALUE",
                        help="load_corpus option, value read as YAML, e.g. year=2021 (repeatable)")


def run_codesheet(args: argparse.Namespace) -> int:
    """Write the coding sheet; print where it went and how many units it holds."""
    from analysis import load_corpus
    from analysis.report.params import ReportError, parse_param
    from analysis.validation.sheet import coding_sheet

    try:
        corpus = load_corpus(args.corpus, **dict(parse_param(pair, flag="--load") for pair in args.load))
        sheet = coding_sheet(corpus, args.out, n=args.n, n_articles=args.articles, seed=args.seed, stratify=args.stratify)
    except (ReportError, TypeError, ValueError, FileNotFoundError) as error:
        print(f"codesheet: {error}", file=sys.stderr)
        return EXIT_USAGE
    counts = sheet["unit"].value_counts()
    print(f"codesheet: {args.out} ({counts.get('sentence', 0)} sentences, {counts.get('article', 0)} articles "
          f"from {sheet['doc_id'].nunique()} of {len(corpus.articles)} articles)", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run the chosen subcommand."""
    parser = argparse.ArgumentParser(prog="python -m analysis", description="Media analysis suite")
    commands = parser.add_subparsers(dest="command", required=True)
    _report_parser(commands)
    _analyze_parser(commands)
    _codesheet_parser(commands)
    commands.add_parser("notebooks", help="notebook tooling: execute/strip/check (see python -m analysis.report.notebooks -h)",
                        add_help=False)
    args, rest = parser.parse_known_args(argv)
    if args.command == "notebooks":
        from analysis.report.notebooks import main as notebooks_main

        return notebooks_main(rest)
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    if args.command == "codesheet":
        return run_codesheet(args)
    return run_analyze(args) if args.command == "analyze" else run_report(args)


if __name__ == "__main__":
    sys.exit(main())
