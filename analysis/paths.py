"""Where things live: every path in the project is derived from the package root."""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ROOT = PACKAGE_DIR.parent
SEEDS = ROOT / "seeds"
NOTEBOOKS = ROOT / "notebooks"
REPORTS = ROOT / "reports"
DICTIONARIES = PACKAGE_DIR / "dictionaries"
SHARED_CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews"


def resolve(path: str | os.PathLike[str]) -> Path:
    """Resolve a user-given path the same way from a notebook, the repo root or a script.

    Absolute paths and ``~`` are taken as they are. A relative path is taken
    from the current directory when it exists there, otherwise from the
    project root, so ``"seeds"`` works whether the kernel starts in
    ``notebooks/`` (nbval, JupyterLab) or in the root (papermill from make).
    """
    candidate = Path(path).expanduser()
    if candidate.is_absolute() or candidate.exists():
        return candidate.resolve()
    return (ROOT / candidate).resolve()


def cache_dir() -> Path:
    """The default analysis cache folder (``ANALYSIS_CACHE_DIR`` overrides it)."""
    return Path(os.environ.get("ANALYSIS_CACHE_DIR", ROOT / ".cache" / "analysis"))
