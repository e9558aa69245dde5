"""The nbval run of the committed notebooks (``pytest notebooks --nbval-lax``, part of ``make test``) writes into
temporary folders only.

nbval executes each committed notebook with its default parameters, so its figures would land in the default
``output_dir`` (``reports/latest/figures`` in the project) and its analysis cache in ``.cache/``. As papermill
does for a report, this plugin sets ``output_dir`` right after the cell tagged ``parameters`` (to a fresh
temporary folder per notebook; the statement runs outside the notebook's history and outputs, so nbval still
compares every cell as committed), and points ``ANALYSIS_CACHE_DIR``, which the kernels inherit, at a
temporary folder for the session. Both folders are removed when the session ends.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

PARAMETERS_TAG = "parameters"
OUTPUT_PARAMETER = "output_dir"
INJECT_TIMEOUT = 60
_SANDBOX_KEY = pytest.StashKey[Path]()


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    """When the run holds notebook cells, create the sandbox before any kernel starts (kernels cache there)."""
    if not any(_is_notebook_cell(item) for item in items):
        return
    sandbox = Path(tempfile.mkdtemp(prefix="analysis-nbval-"))
    config.stash[_SANDBOX_KEY] = sandbox
    os.environ.setdefault("ANALYSIS_CACHE_DIR", str(sandbox / "cache"))


def _is_notebook_cell(item: pytest.Item) -> bool:
    """An nbval cell item (it carries the notebook cell it runs)."""
    return getattr(item, "cell", None) is not None and hasattr(item.parent, "kernel")


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Remove the sandbox (figures and cache of the nbval run)."""
    sandbox = session.config.stash.get(_SANDBOX_KEY, None)
    if sandbox is not None:
        if os.environ.get("ANALYSIS_CACHE_DIR") == str(sandbox / "cache"):
            del os.environ["ANALYSIS_CACHE_DIR"]
        shutil.rmtree(sandbox, ignore_errors=True)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item):
    """After nbval ran a notebook's parameters cell, point its ``output_dir`` at a temporary folder."""
    outcome = yield
    if not _is_notebook_cell(item) or outcome.excinfo is not None:
        return
    cell, kernel = item.cell, item.parent.kernel
    if PARAMETERS_TAG not in cell.get("metadata", {}).get("tags", []) or OUTPUT_PARAMETER not in cell.get("source", ""):
        return
    folder = item.config.stash[_SANDBOX_KEY] / Path(str(item.fspath)).stem / "figures"
    message = kernel.execute_cell_input(f"{OUTPUT_PARAMETER} = {str(folder)!r}", allow_stdin=False)
    kernel.await_reply(message, timeout=INJECT_TIMEOUT)
    kernel.await_idle(message, INJECT_TIMEOUT)
