"""The report's front page and record: ``index.html`` and ``provenance.json``."""
from __future__ import annotations

import html
import json
import platform
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import fields
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

from analysis import __version__
from analysis.paths import ROOT

from analysis.report.notebooks import NotebookRun

KEY_PACKAGES = (
    "analysis", "pandas", "numpy", "pyarrow", "matplotlib", "nltk", "vaderSentiment", "PyYAML",
    "papermill", "nbconvert", "nbformat", "ipykernel", "jupyterlab", "py3langid",
)


def loader_options(params: Mapping[str, Any]) -> dict[str, Any]:
    """The report parameters that ``load_corpus`` accepts as options (``year``, ``since``, ``until``...)."""
    from analysis.corpus.loading import LoadOptions

    known = {item.name for item in fields(LoadOptions)}
    return {key: value for key, value in params.items() if key in known}


def corpus_facts(corpus: Path, params: Mapping[str, Any]) -> dict[str, Any]:
    """Load the corpus once and summarise it (:meth:`Corpus.summary`) plus its fingerprint."""
    from analysis import load_corpus
    from analysis.corpus.summary import corpus_fingerprint

    loaded = load_corpus(corpus, **loader_options(params))
    from analysis.pipeline.dedupe import story_facts

    return {**loaded.summary(), "fingerprint": corpus_fingerprint(loaded.articles), **story_facts(loaded.articles)}


def package_versions(names: Sequence[str] = KEY_PACKAGES) -> dict[str, str | None]:
    """Installed version of each package (None when not installed)."""
    versions: dict[str, str | None] = {}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = __version__ if name == "analysis" else None
    return versions


def git_commit(root: Path = ROOT) -> dict[str, Any] | None:
    """The checked-out commit and whether the tree has local changes, or None outside a git repository."""
    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, check=True, timeout=10)
        status = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"], cwd=root, capture_output=True, text=True, check=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return {"commit": head.stdout.strip(), "dirty": bool(status.stdout.strip())}


def write_provenance(
    folder: Path,
    *,
    corpus: Path,
    params: Mapping[str, Any],
    facts: Mapping[str, Any],
    runs: Sequence[NotebookRun],
    started: datetime,
) -> Path:
    """Write ``provenance.json``: what ran, on which data, with which software, and how it went."""
    record = {
        "started": started.isoformat(timespec="seconds"),
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "corpus": {"path": str(corpus), **{key: facts[key] for key in sorted(facts)}},
        "parameters": dict(params),
        "notebooks": [
            {"name": run.name, "status": run.status, "seconds": run.seconds, "error": run.error or None,
             "parameters": run.parameters, "figures": run.figures}
            for run in runs
        ],
        "python": platform.python_version(),
        "platform": platform.platform(),
        "packages": package_versions(),
        "git": git_commit(),
    }
    path = folder / "provenance.json"
    path.write_text(json.dumps(record, indent=2, default=str) + "\n", encoding="utf-8")
    return path


def write_index(
    folder: Path,
    *,
    corpus: Path,
    params: Mapping[str, Any],
    facts: Mapping[str, Any],
    runs: Sequence[NotebookRun],
    started: datetime,
) -> Path:
    """Write ``index.html``: the corpus at a glance and one row per notebook with status, links and figures."""
    failed = [run.name for run in runs if run.status not in ("ok", "skipped")]
    skipped = [run.name for run in runs if run.status == "skipped"]
    ran = f"{len(runs) - len(skipped)} notebook(s) ran, {len(skipped)} skipped ({', '.join(skipped)})" if skipped else f"all {len(runs)} notebook(s) ran"
    verdict = f"{len(failed)} of {len(runs)} notebook(s) failed: {', '.join(failed)}" if failed else ran
    body = "\n".join(
        [
            "<h1>Media analysis report</h1>",
            f"<p class='{'failed' if failed else 'ok'}'><strong>{_e(verdict)}</strong></p>",
            f"<p>Run started {_e(started.isoformat(timespec='seconds'))} · <a href='provenance.json'>provenance.json</a></p>",
            "<h2>Corpus</h2>",
            _corpus_html(corpus, params, facts),
            "<h2>Notebooks</h2>",
            _runs_html(runs),
        ]
    )
    page = f"<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>Media analysis report</title>\n<style>{_CSS}</style></head>\n<body>\n{body}\n</body></html>\n"
    path = folder / "index.html"
    path.write_text(page, encoding="utf-8")
    return path


def _corpus_html(corpus: Path, params: Mapping[str, Any], facts: Mapping[str, Any]) -> str:
    n_articles, n_undated = facts["n_articles"], facts["n_undated"]
    dates = f"{facts['date_min']} to {facts['date_max']}" if facts["date_min"] else "no dated articles"
    sources = facts["sources"]
    named = ", ".join(f"{name} ({count})" for name, count in sorted(sources.items(), key=lambda item: (-item[1], item[0]))[:10])
    rows = [
        ("corpus", str(corpus)),
        ("articles", str(n_articles)),
        ("date range", f"{dates} ({n_articles - n_undated} dated, {n_undated} undated)"),
        ("sources", f"{len(sources)} named" + (f": {named}" if named else "")),
        ("languages", languages_line(facts, params)),
        *[("tone", line) for line in [tone_row(facts, params)] if line],
        ("rejected inputs", str(facts["n_rejects"])),
        ("skipped entries", str(facts.get("n_skipped", 0))),
        ("outside since/until", str(facts["n_filtered"])),
        ("unreadable dates", str(facts["n_bad_dates"])),
        ("fingerprint", str(facts["fingerprint"])[:16]),
        ("dedupe", _dedupe_line(params, facts)),
        ("parameters", ", ".join(f"{key}={value!r}" for key, value in sorted(params.items())) or "(notebook defaults)"),
    ]
    html = _table(("", ""), rows, show_header=False)
    reasons = facts["rejects_by_reason"]
    if reasons:
        html += "\n<h3>Rejects by reason</h3>\n" + _table(("reason", "inputs"), [(r, str(n)) for r, n in reasons.items()])
    skipped = list(facts.get("skipped_files", []))
    if skipped:
        listed = [(str(entry["path"]), str(entry["reason"])) for entry in skipped]
        more = int(facts.get("n_skipped", len(listed))) - len(listed)
        if more > 0:
            listed.append((f"... and {more} more", ""))
        html += "\n<h3>Skipped (not read as articles)</h3>\n" + _table(("path", "reason"), listed)
    return html


def languages_line(facts: Mapping[str, Any], params: Mapping[str, Any] | None = None) -> str:
    """The corpus's languages and, per measure, the articles it covered (one line on a one-language corpus),
    by the options the notebooks ran with (:func:`run_options`)."""
    from analysis.pipeline.languages import coverage_note

    languages = facts.get("languages")
    return coverage_note(languages, options=run_options(params or {})) if languages is not None else "not recorded"


def tone_row(facts: Mapping[str, Any], params: Mapping[str, Any] | None = None) -> str:
    """The tone method of each language with its article counts; empty on a corpus in English only."""
    from analysis.sentiment.notes import tone_line

    languages = facts.get("languages")
    return tone_line(languages, run_options(params or {})) if languages is not None else ""


def run_options(params: Mapping[str, Any]) -> dict[str, Any]:
    """The step options the report's parameters switch on: ``spanish_tone`` (notebook 01) scores Spanish sentences."""
    from analysis.sentiment.spanish import METHOD

    return {"sentiment_lang_methods": {"es": METHOD}} if params.get("spanish_tone") else {}


def _dedupe_line(params: Mapping[str, Any], facts: Mapping[str, Any]) -> str:
    """Which dedupe mode the notebooks ran with (their default "none" unless given) and how many articles it folded."""
    from analysis.pipeline.dedupe import report_line

    return report_line(str(params.get("dedupe", "none")), dict(facts))


def _runs_html(runs: Sequence[NotebookRun]) -> str:
    rows = []
    for run in runs:
        link = f"<a href='{_e(run.html)}'>{_e(run.name)}</a>" if run.html else _e(run.name)
        if run.status != "skipped":
            link += f" (<a href='{_e(run.name)}.ipynb'>ipynb</a>)"
        status = f"<span class='{_e(run.status)}'>{_e(run.status)}</span>"
        if run.error:
            status += f"<br><code>{_e(run.error)}</code>"
        figures = _figures_html(run.figures)
        rows.append((link, status, f"{run.seconds:.1f} s", figures))
    return _table(("notebook", "status", "time", "figures and data"), rows, escape=False)


def _figures_html(files: Sequence[str]) -> str:
    """One line per figure stem: ``name: png csv`` with links."""
    stems: dict[str, list[str]] = {}
    for name in files:
        path = Path(name)
        stems.setdefault(str(path.with_suffix("")), []).append(name)
    lines = [
        f"{_e(Path(stem).name)}: " + " ".join(f"<a href='{_e(name)}'>{_e(Path(name).suffix.lstrip('.'))}</a>" for name in sorted(names))
        for stem, names in sorted(stems.items())
    ]
    return "<br>".join(lines) or "none"


def _table(columns: Sequence[str], rows: Sequence[Sequence[str]], *, show_header: bool = True, escape: bool = True) -> str:
    cell = _e if escape else (lambda text: text)
    head = "<tr>" + "".join(f"<th>{_e(name)}</th>" for name in columns) + "</tr>" if show_header else ""
    body = "".join("<tr>" + "".join(f"<td>{cell(value)}</td>" for value in row) + "</tr>" for row in rows)
    return f"<table>{head}{body}</table>"


def _e(text: str) -> str:
    return html.escape(str(text), quote=True)


_CSS = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
td, th { border: 1px solid #ccc; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
.ok { color: #1a7f37; } .failed { color: #b42318; } .skipped { color: #6e7781; }
code { font-size: 0.85em; }
"""
