"""Papermill lists every parameter of every notebook with its type and default (``papermill --help-notebook``)."""
from __future__ import annotations

import ast
import logging
from pathlib import Path

import papermill
import pytest

from analysis.report.notebooks import declared_parameters, notebook_paths, papermill_problems, run_papermill

COMMITTED = notebook_paths()


@pytest.mark.parametrize("path", COMMITTED, ids=lambda path: path.stem)
def test_papermill_lists_every_parameter_with_type_and_default(path: Path):
    declared = declared_parameters(path)
    listed = papermill.inspect_notebook(str(path))
    assert list(listed) == list(declared), "papermill misses parameters; see README 'Notebook parameters'"
    for name, value in declared.items():
        assert listed[name]["inferred_type_name"] not in ("", "None"), f"{name}: no type papermill can read"
        assert ast.literal_eval(listed[name]["default"]) == value, name
        assert listed[name]["help"], f"{name}: no help comment"


def test_optional_annotation_as_a_string_is_read_and_runs_without_imports():
    source = 'year: "Optional[int]" = None  # year for datelines\nnames: list[str] = ["a"]  # names'
    assert papermill_problems(source) == []
    namespace: dict = {}
    exec(compile(source, "parameters", "exec"), namespace)  # literals only: no import needed for the annotation
    assert namespace["year"] is None


@pytest.mark.parametrize(
    "line",
    [
        "year: int | None = None  # year",
        "coding: list[str] = []  # sheets; [] = the shipped ones",
    ],
)
def test_lines_papermill_cannot_read_are_reported_with_the_fix(line: str):
    (problem,) = papermill_problems(line, where="00_x.ipynb parameters cell")
    assert problem.startswith("00_x.ipynb parameters cell: papermill cannot read parameter")
    assert "Optional[int]" in problem


def test_a_parameter_without_annotation_is_reported():
    assert papermill_problems("top_n = 5  # rows") == ["parameters cell: parameter 'top_n' has no type annotation papermill can list"]


@pytest.mark.slow
def test_papermill_applies_an_optional_parameter_without_an_unknown_parameter_warning(make_notebook, tmp_path, caplog):
    source = make_notebook(tmp_path / "00_x.ipynb", 'since: "Optional[str]" = None  # first day', "print(since)")
    with caplog.at_level(logging.WARNING, logger="papermill"):
        nb = run_papermill(source, tmp_path / "out.ipynb", parameters={"since": "2021-03-01"}, cwd=tmp_path)
    assert "2021-03-01" in nb.cells[-1].outputs[0]["text"]
    assert not [record for record in caplog.records if "unknown parameter" in record.getMessage()]
