"""Report runs: execute every notebook against one corpus (or its stored tables) and write a dated report folder.

``python -m analysis report --corpus PATH --out DIR`` runs each ``notebooks/NN_*.ipynb``
in order with papermill and the same parameters, exports it to HTML, and writes
``index.html`` and ``provenance.json``. The report is built in a hidden sibling
folder and renamed into place when the build is complete, so ``DIR`` is either
the previous report or a complete new one, never a half-written one.

``--tables DIR`` (a folder written by ``python -m analysis analyze``, local or
Dask engine) gives every notebook that declares a ``tables`` parameter that
folder instead: it reads the stored tables and analyses nothing. A notebook
that does not declare ``tables`` is skipped with a note. The index and
provenance name the tables folder, its corpus fingerprint and the SHA-256 of
its manifest. Progress (one line per notebook as it starts and ends) is
printed on a terminal only.
"""
from __future__ import annotations

import fnmatch
import shutil
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from analysis.report.index import corpus_facts, write_index, write_provenance
from analysis.report.notebooks import NotebookRun, declared_parameters, notebook_paths, run_papermill
from analysis.report.params import ReportError, load_params_file, parse_param
from analysis.outputs import OutputFolderError, check_replaceable, move_into_place, start_building
from analysis.paths import NOTEBOOKS, PACKAGE_DIR, resolve

RESERVED = ("corpus", "output_dir", "tables")
TABLES_NOTE = "skipped: reads no stored tables yet (declares no tables parameter)"
# Written last into every report folder: the mark that lets a later run replace the folder.
PROVENANCE = "provenance.json"
# Parameters whose notebook defaults only suit the shipped example: a notebook declaring one is skipped, with this
# note in the index, unless the report run gives it (04_validation scores the user's own coding sheets).
USER_ONLY_PARAMS = {"coding": "skipped: no coding sheet given (--param 'coding=[sheet.csv, ...]'; see README, 04_validation)"}
SKIPPED = "skipped"
# nbconvert templates: "offline" is the lab template without scripts from CDNs.
TEMPLATES = PACKAGE_DIR / "templates"


@dataclass
class ReportResult:
    """The finished report: its folder and per-notebook runs."""

    out: Path
    runs: list[NotebookRun]

    @property
    def failed(self) -> list[str]:
        """Names of the notebooks that failed."""
        return [run.name for run in self.runs if run.status not in ("ok", SKIPPED)]


def collect_params(pairs: Sequence[str], params_file: Path | None) -> dict[str, Any]:
    """Parameters from ``--params`` (a YAML file) overridden by ``--param key=value`` pairs."""
    params = load_params_file(params_file) if params_file else {}
    params.update(parse_param(pair) for pair in pairs)
    reserved = sorted(set(params) & set(RESERVED))
    if reserved:
        raise ReportError(f"parameter(s) {', '.join(reserved)} are set by the report (use --corpus or --tables; figures go into --out)")
    return params


def select_notebooks(folder: Path, pattern: str | None) -> list[Path]:
    """The ``NN_*.ipynb`` notebooks of ``folder`` in run order, filtered by a glob on the file name."""
    paths = notebook_paths(folder)
    if pattern:
        paths = [path for path in paths if fnmatch.fnmatch(path.name, pattern) or fnmatch.fnmatch(path.stem, pattern)]
    if not paths:
        raise ReportError(f"no notebooks NN_*.ipynb in {folder}" + (f" matching {pattern!r}" if pattern else ""))
    return paths


def check_params_declared(params: Mapping[str, Any], declared: Mapping[str, Mapping[str, Any]]) -> None:
    """Refuse parameters that no notebook declares (a typo would otherwise be silently ignored)."""
    known = set().union(*(set(names) for names in declared.values()))
    unknown = sorted(set(params) - known)
    if unknown:
        raise ReportError(
            f"parameter(s) {', '.join(unknown)} are declared by no notebook; known: {', '.join(sorted(known))}"
        )


def notebook_params(
    declared: Mapping[str, Any], params: Mapping[str, Any], *, corpus: str, output_dir: str, tables: str | None = None
) -> dict[str, Any]:
    """The parameters one notebook gets: those it declares, plus ``corpus``, ``output_dir`` and ``tables`` when given."""
    chosen = {key: value for key, value in params.items() if key in declared}
    chosen.update(corpus=corpus, output_dir=output_dir)
    if tables is not None:
        chosen["tables"] = tables
    return chosen


def tables_facts(tables: Path, params: Mapping[str, Any]) -> dict[str, Any]:
    """The facts of a report over stored tables: the corpus summary read from them, the tables folder,
    its corpus fingerprint and the SHA-256 of its manifest (nothing is re-analysed). The texts stay on disk: the
    near-duplicate stories stream them and are kept in the analysis cache, where the notebooks find them."""
    from analysis.pipeline.aggregate import stories
    from analysis.pipeline.dedupe import story_facts
    from analysis.pipeline.lazy import open_stored
    from analysis.pipeline.stored import manifest_facts, open_corpus
    from analysis.report.index import loader_options

    load = loader_options(params)
    stored = open_corpus(tables=tables, text=False, **load)
    found = stories(open_stored(tables, steps=(), load_options=load))
    return {**stored.summary(), **manifest_facts(tables), **story_facts(stored.articles, stories=found)}


def build_report(
    *,
    corpus: Path | None = None,
    out: Path,
    tables: Path | None = None,
    params: Mapping[str, Any] | None = None,
    notebooks_dir: Path = NOTEBOOKS,
    pattern: str | None = None,
    timeout: int = 1800,
    progress: Callable[[str], None] | None = None,
) -> ReportResult:
    """Run the notebooks into a fresh report folder at ``out`` and return what happened.

    ``out`` is replaced only once the new report is complete (every notebook
    attempted, index and provenance written), and only when it is a report
    folder (it holds ``provenance.json``) or empty. Raises ReportError, before
    running anything, when the corpus, notebooks, parameters or ``out`` are wrong.
    """

    say = progress or _terminal_lines
    params = dict(params or {})
    if tables is not None and corpus is not None:
        raise ReportError("give --corpus or --tables, not both (stored tables already name their corpus)")
    source = resolve(tables if tables is not None else corpus if corpus is not None else "seeds")
    if not source.exists():
        raise ReportError(f"--{'tables' if tables is not None else 'corpus'} {source}: no such file or folder")
    paths = select_notebooks(Path(notebooks_dir), pattern)
    try:
        declared = {path.stem: declared_parameters(path) for path in paths}
    except ValueError as error:
        raise ReportError(str(error)) from error
    check_params_declared(params, declared)
    out = Path(out).resolve()
    try:
        check_replaceable(out, marker=PROVENANCE)
    except OutputFolderError as error:
        raise ReportError(str(error)) from error
    started = datetime.now(timezone.utc)
    try:
        facts = tables_facts(source, params) if tables is not None else corpus_facts(source, params)
    except (OSError, ValueError, TypeError) as error:
        raise ReportError(f"--{'tables' if tables is not None else 'corpus'} {source}: cannot load ({error})") from error
    say(f"report: {facts['n_articles']} articles, {facts['n_rejects']} rejects from {source} -> {out}")
    stored = str(source) if tables is not None else None
    corpus_param = str(facts.get("tables_corpus") or source) if tables is not None else str(source)
    build = start_building(out)
    try:
        runs = [
            _skipped(path, declared[path.stem], params, say=say, tables=stored)
            or _run_one(path, build, declared[path.stem], params, corpus=corpus_param, tables=stored, timeout=timeout,
                        say=say, index=(i, len(paths)))
            for i, path in enumerate(paths, start=1)
        ]
        write_provenance(build, corpus=source, params=params, facts=facts, runs=runs, started=started)
        write_index(build, corpus=source, params=params, facts=facts, runs=runs, started=started)
        move_into_place(build, out, marker=PROVENANCE)
    finally:
        shutil.rmtree(build, ignore_errors=True)
    return ReportResult(out=out, runs=runs)


def _terminal_lines(line: str) -> None:
    """Print a progress line on stderr when it is a terminal (quiet in logs, CI and executed notebooks)."""
    from analysis.pipeline.progress import on_terminal

    if on_terminal():
        print(line, file=sys.stderr, flush=True)


def _skipped(
    path: Path, declared: Mapping[str, Any], params: Mapping[str, Any], *, say: Callable[[str], None], tables: str | None = None
) -> NotebookRun | None:
    """A skipped run when the notebook declares a :data:`USER_ONLY_PARAMS` parameter the report was not given,
    or when the report reads stored tables and the notebook declares no ``tables`` parameter."""
    if tables is not None and "tables" not in declared:
        say(f"{path.stem} {TABLES_NOTE}")
        return NotebookRun(name=path.stem, status=SKIPPED, error=TABLES_NOTE)
    for name, note in USER_ONLY_PARAMS.items():
        if name in declared and name not in params:
            say(f"{path.stem} {note}")
            return NotebookRun(name=path.stem, status=SKIPPED, error=note)
    return None


def _run_one(
    path: Path,
    build: Path,
    declared: Mapping[str, Any],
    params: Mapping[str, Any],
    *,
    corpus: str,
    tables: str | None,
    timeout: int,
    say: Callable[[str], None],
    index: tuple[int, int],
) -> NotebookRun:
    """Execute one notebook into ``build`` (cwd = ``build``) and export it to HTML; never raises for a cell error."""
    figures = build / "figures" / path.stem
    figures.mkdir(parents=True)
    run = NotebookRun(name=path.stem)
    run.parameters = notebook_params(declared, params, corpus=corpus, output_dir=f"figures/{path.stem}", tables=tables)
    executed = build / path.name
    say(f"[{index[0]}/{index[1]}] {path.stem} ...")
    start = time.perf_counter()
    try:
        run_papermill(path, executed, parameters=run.parameters, cwd=build, timeout=timeout)
        run.status = "ok"
    except Exception as error:  # noqa: BLE001 - any failure of one notebook is recorded, the others still run
        run.status, run.error = "failed", _summary(error)
    run.seconds = round(time.perf_counter() - start, 2)
    run.html = _export_html(executed, run)
    run.figures = sorted(str(p.relative_to(build)) for p in figures.rglob("*") if p.is_file())
    detail = f": {run.error}" if run.error else ""
    say(f"[{index[0]}/{index[1]}] {path.stem} {run.status} in {run.seconds:.1f} s{detail}")
    return run


def _summary(error: BaseException) -> str:
    """One line naming the error (``KeyError: 'x'``)."""
    ename = getattr(error, "ename", None)
    if ename:
        evalue = str(getattr(error, "evalue", "")).strip().splitlines()
        return f"{ename}: {evalue[0] if evalue else ''}".strip()
    lines = str(error).strip().splitlines()
    return f"{type(error).__name__}: {lines[-1] if lines else ''}".strip()


def _export_html(executed: Path, run: NotebookRun) -> str:
    """Export the executed notebook to ``<name>.html`` beside it; returns its file name ('' if impossible)."""
    if not executed.exists():
        return ""
    import nbformat
    from nbconvert import HTMLExporter

    try:
        exporter = HTMLExporter(extra_template_basedirs=[str(TEMPLATES)], template_name="offline")
        body, _ = exporter.from_notebook_node(nbformat.read(executed, as_version=4))
    except Exception as error:  # noqa: BLE001 - a failed export is reported in the index, not fatal
        run.status = "failed"
        run.error = run.error or f"HTML export: {_summary(error)}"
        return ""
    target = executed.with_suffix(".html")
    target.write_text(body, encoding="utf-8")
    return target.name
