"""Shared fixtures: corpus paths, a per-session analysis cache, tiny generated notebooks."""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from analysis.paths import SEEDS, SHARED_CORPUS

SEED_ARTICLE = SEEDS / "000_55210bee468b7daf.txt"


@pytest.fixture(scope="session", autouse=True)
def analysis_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point ``ANALYSIS_CACHE_DIR`` at one temporary folder for the whole run (kernels inherit it)."""
    folder = tmp_path_factory.mktemp("analysis-cache")
    previous = os.environ.get("ANALYSIS_CACHE_DIR")
    os.environ["ANALYSIS_CACHE_DIR"] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop("ANALYSIS_CACHE_DIR", None)
    else:
        os.environ["ANALYSIS_CACHE_DIR"] = previous


@pytest.fixture(scope="session")
def seeds_path() -> Path:
    """The repo's seed corpus folder (one EFE article)."""
    return SEEDS


@pytest.fixture(scope="session")
def seed_article() -> Path:
    """The seed article file."""
    return SEED_ARTICLE


@pytest.fixture(scope="session")
def wikinews_path() -> Path:
    """The shared Wikinews corpus (295 articles), or a skip when it is not on this machine."""
    if not SHARED_CORPUS.is_dir():
        pytest.skip(f"shared Wikinews corpus not found at {SHARED_CORPUS} (../shared/corpora/wikinews)")
    return SHARED_CORPUS


@pytest.fixture(scope="session")
def wikinews_texts(wikinews_path: Path) -> list[str]:
    """The raw texts of the shared Wikinews corpus as its CSV files hold them (no loading pipeline)."""
    import pandas as pd

    return [text for path in sorted(wikinews_path.glob("*.csv")) for text in pd.read_csv(path)["text"].fillna("")]


def write_notebook(path: Path, parameters: str, *cells: str) -> Path:
    """Write a small notebook: a ``parameters``-tagged cell, then one code cell per source in ``cells``."""
    nb = new_notebook()
    nb.cells = [
        new_markdown_cell(f"# {path.stem}"),
        new_code_cell(parameters, metadata={"tags": ["parameters"]}),
        *(new_code_cell(source) for source in cells),
    ]
    nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    return path


@pytest.fixture
def make_notebook() -> object:
    """``make_notebook(path, parameters_source, *code_cells) -> Path`` (see :func:`write_notebook`)."""
    return write_notebook
