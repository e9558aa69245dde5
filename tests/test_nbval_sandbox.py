"""The nbval run of committed notebooks writes into temporary folders only (the project's root conftest.py)."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from analysis.paths import ROOT

pytestmark = pytest.mark.slow

CHECK_CELL = """
import os, tempfile
from pathlib import Path
folder = Path(output_dir)
assert folder.is_absolute() and folder.is_relative_to(tempfile.gettempdir()), output_dir
assert Path(os.environ["ANALYSIS_CACHE_DIR"]).is_relative_to(tempfile.gettempdir())
folder.mkdir(parents=True, exist_ok=True)
(folder / "figure.csv").write_text("x\\n1\\n")
print("wrote", folder)
"""


def test_nbval_points_output_dir_and_cache_at_temporary_folders(make_notebook, tmp_path: Path):
    notebook = make_notebook(
        tmp_path / "00_probe.ipynb",
        'corpus: str = "seeds"  # articles\noutput_dir: str = "reports/latest/figures"  # where figures go',
        CHECK_CELL,
    )
    before = set((ROOT / "reports").rglob("figure.csv")) if (ROOT / "reports").exists() else set()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    env.pop("ANALYSIS_CACHE_DIR", None)
    run = subprocess.run(
        [sys.executable, "-m", "pytest", str(notebook), "--nbval-lax", "--nbval-current-env", "-p", "conftest",
         "-p", "no:cacheprovider", "-q", "--rootdir", str(tmp_path)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    after = set((ROOT / "reports").rglob("figure.csv")) if (ROOT / "reports").exists() else set()
    assert after == before
    assert not list(Path(tempfile.gettempdir()).glob("analysis-nbval-*/00_probe")), "sandbox not removed"
