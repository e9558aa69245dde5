"""Every notebook in notebooks/ runs under papermill with small parameters, on seeds/ and on the Wikinews corpus."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import nbformat
import pandas as pd
import pytest

from analysis.report.notebooks import declared_parameters, notebook_paths, run_papermill
from analysis.paths import NOTEBOOKS as NOTEBOOKS_DIR, SEEDS

pytestmark = pytest.mark.slow

NOTEBOOKS = notebook_paths()
WIKINEWS_LIMIT = 40  # articles, for notebooks that declare a `limit` parameter
CORPUS_NOTEBOOK = NOTEBOOKS_DIR / "00_corpus.ipynb"


def execute(path: Path, tmp_path: Path, **params: Any) -> tuple[nbformat.NotebookNode, Path]:
    """Run ``path`` into ``tmp_path`` (cwd there) with ``params`` it declares; return it and its figures folder."""
    figures = tmp_path / "figures"
    declared = declared_parameters(path)
    chosen = {key: value for key, value in params.items() if key in declared}
    nb = run_papermill(path, tmp_path / path.name, parameters={**chosen, "output_dir": str(figures)}, cwd=tmp_path)
    return nb, figures


def outputs_text(nb: nbformat.NotebookNode) -> str:
    """Stream and text/plain outputs of all cells, joined."""
    parts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            parts.append(output.get("text", ""))
            parts.append(output.get("data", {}).get("text/plain", ""))
    return "\n".join(parts)


def assert_figures_have_data(figures: Path) -> list[str]:
    """Every PNG in ``figures`` has its CSV beside it, readable and not empty; returns the figure names."""
    names = sorted(path.stem for path in figures.glob("*.png"))
    for name in names:
        data = pd.read_csv(figures / f"{name}.csv")
        assert len(data) > 0, f"{name}.csv is empty"
    return names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_notebook_runs_on_seeds(path: Path, tmp_path: Path):
    nb, figures = execute(path, tmp_path, corpus=str(SEEDS))

    assert nb.metadata["papermill"]["parameters"]["corpus"] == str(SEEDS)
    assert not [o for cell in nb.cells for o in cell.get("outputs", []) if o["output_type"] == "error"]
    assert outputs_text(nb).strip(), "the notebook shows nothing"
    assert_figures_have_data(figures)


@pytest.mark.corpus
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_notebook_runs_on_wikinews(path: Path, tmp_path: Path, wikinews_path: Path):
    coding = []
    if "coding" in declared_parameters(path):  # 04 scores coding sheets: the examples are built from the corpus here
        from analysis import load_corpus
        from wikinews_sheets import write_wikinews_sheets

        coding = [str(sheet) for sheet in write_wikinews_sheets(load_corpus(wikinews_path), tmp_path)]
    nb, figures = execute(path, tmp_path, corpus=str(wikinews_path), limit=WIKINEWS_LIMIT, coding=coding)

    assert outputs_text(nb).strip()
    assert assert_figures_have_data(figures), "no figure saved on a real corpus"


def test_corpus_notebook_on_seeds_shows_the_dateline_and_says_why_there_is_no_timeline(tmp_path: Path):
    nb, figures = execute(CORPUS_NOTEBOOK, tmp_path, corpus=str(SEEDS))
    text = outputs_text(nb)

    assert "1 articles, 0 rejected inputs" in text
    assert "The only article has no full date (dateline dates without a year: 'Dec 22')" in text
    assert "No input was rejected." in text
    assert "(EFE, Moscow, Dec 22): 15 sentences" in text
    assert "a length distribution needs two articles or more" in text  # one line instead of a one-bar histogram
    assert assert_figures_have_data(figures) == ["articles_by_source", "syndication_by_outlet"]
    assert pd.read_csv(figures / "articles_by_source.csv")["source"].tolist() == ["EFE"]


def test_corpus_notebook_with_a_year_puts_the_seed_on_the_timeline(tmp_path: Path):
    nb, figures = execute(CORPUS_NOTEBOOK, tmp_path, corpus=str(SEEDS), year=2021)

    assert "All 1 articles are dated, 2021-12-22 to 2021-12-22." in outputs_text(nb)
    by_date = pd.read_csv(figures / "articles_by_date.csv")
    assert by_date.to_dict("records") == [{"period": "2021-12-22", "articles": 1}]


@pytest.mark.corpus
def test_corpus_notebook_on_wikinews_with_a_date_window(tmp_path: Path, wikinews_path: Path):
    nb, figures = execute(
        CORPUS_NOTEBOOK, tmp_path, corpus=str(wikinews_path), since="2020-01-01", until="2020-06-30"
    )
    text = outputs_text(nb)

    by_date = pd.read_csv(figures / "articles_by_date.csv")
    assert by_date["period"].iloc[0] >= "2020-01" and by_date["period"].iloc[-1] <= "2020-06"
    kept = int(by_date["articles"].sum())
    assert 0 < kept < 295
    assert f"All {kept} articles are dated" in text
    assert f"outside since/until: {295 - kept}" in text
