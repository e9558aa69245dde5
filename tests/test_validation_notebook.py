"""04_validation under papermill with two coder sheets, and its place in ``python -m analysis report``."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from papermill.exceptions import PapermillExecutionError

from analysis import load_corpus
from analysis.__main__ import main
from analysis.paths import NOTEBOOKS, SEEDS
from analysis.report.notebooks import run_papermill
from analysis.validation import EXAMPLES
from tests.wikinews_sheets import write_wikinews_sheets

pytestmark = pytest.mark.slow

NOTEBOOK = NOTEBOOKS / "04_validation.ipynb"


def _text(nb) -> str:
    return "\n".join(
        output.get("text", "") + output.get("data", {}).get("text/plain", "")
        for cell in nb.cells for output in cell.get("outputs", [])
    )


def test_notebook_scores_two_coder_sheets_and_writes_the_methods_paragraph(tmp_path: Path):
    sheets = [str(EXAMPLES / "example_seed_coder_a.csv"), str(EXAMPLES / "example_seed_coder_b.csv")]
    nb = run_papermill(NOTEBOOK, tmp_path / NOTEBOOK.name, cwd=tmp_path, parameters={
        "corpus": str(SEEDS), "coding": sheets, "n_boot": 100, "output_dir": str(tmp_path / "figures"),
        "sample": "a stratified random sample",
    })
    text = _text(nb)
    assert "coding sheets: example_seed_coder_a.csv, example_seed_coder_b.csv" in text
    assert "On a stratified random sample of 15 sentences and 1 whole article from 1 article, coded by 2 coders" in text
    assert "the coders agreed at Krippendorff's alpha = " in text
    assert "where the suite and the coders differ most" in text
    data = pd.read_csv(tmp_path / "figures" / "agreement.csv")
    assert {"between coders", "suite vs example_seed_coder_a", "suite vs example_seed_coder_b"} <= set(data["comparison"])


@pytest.mark.corpus
def test_notebook_on_wikinews_with_sheets_built_at_test_time(tmp_path: Path, wikinews_path: Path):
    sheets = write_wikinews_sheets(load_corpus(wikinews_path), tmp_path / "sheets")
    nb = run_papermill(NOTEBOOK, tmp_path / NOTEBOOK.name, cwd=tmp_path, parameters={
        "corpus": str(wikinews_path), "coding": [str(path) for path in sheets], "n_boot": 100,
        "output_dir": str(tmp_path / "figures")})
    text = _text(nb)
    assert "coding sheets: example_wikinews_coder_a.csv, example_wikinews_coder_b.csv" in text
    assert "On a random sample of 10 sentences from 2 articles, coded by 2 coders" in text


def test_notebook_on_a_corpus_without_a_shipped_example_asks_for_sheets(tmp_path: Path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("PARIS (AFP) - A story with no example sheet.", encoding="utf-8")
    with pytest.raises(PapermillExecutionError, match="no coding sheets given"):
        run_papermill(NOTEBOOK, tmp_path / NOTEBOOK.name, cwd=tmp_path, parameters={
            "corpus": str(tmp_path / "corpus"), "n_boot": 10, "output_dir": str(tmp_path / "figures")})


def test_report_skips_validation_without_coding_and_runs_it_with(tmp_path: Path):
    common = ["report", "--corpus", str(SEEDS), "--notebooks", "04_*", "--param", "n_boot=20"]
    assert main([*common, "--out", str(tmp_path / "without")]) == 0
    provenance = json.loads((tmp_path / "without" / "provenance.json").read_text(encoding="utf-8"))
    assert [(run["name"], run["status"]) for run in provenance["notebooks"]] == [("04_validation", "skipped")]
    index = (tmp_path / "without" / "index.html").read_text(encoding="utf-8")
    assert "skipped: no coding sheet given" in index and "0 notebook(s) ran, 1 skipped (04_validation)" in index

    sheets = json.dumps([str(EXAMPLES / "example_seed_coder_a.csv"), str(EXAMPLES / "example_seed_coder_b.csv")])
    assert main([*common, "--out", str(tmp_path / "with"), "--param", f"coding={sheets}"]) == 0
    assert (tmp_path / "with" / "04_validation.html").is_file()
    assert (tmp_path / "with" / "figures" / "04_validation" / "agreement.csv").is_file()
