"""Committed notebooks are clean (executed, no run metadata, a parameters cell), and the tooling that keeps them so."""
from __future__ import annotations

import configparser
import re
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from analysis.__main__ import main
from analysis.report.notebooks import (
    check,
    declared_parameters,
    execute_in_place,
    notebook_paths,
    parameter_help,
    parse_parameters,
    strip,
)
from analysis.paths import NOTEBOOKS, ROOT

COMMITTED = notebook_paths()


def test_the_suite_has_notebooks_in_numbered_order():
    names = [path.name for path in COMMITTED]
    assert "00_corpus.ipynb" in names
    assert names == sorted(names)


@pytest.mark.parametrize("path", COMMITTED, ids=lambda path: path.stem)
def test_committed_notebook_passes_the_hygiene_check(path: Path):
    assert check(nbformat.read(path, as_version=4), name=path.name) == []


@pytest.mark.parametrize("path", COMMITTED, ids=lambda path: path.stem)
def test_committed_notebook_declares_corpus_and_output_dir_with_repo_defaults(path: Path):
    declared = declared_parameters(path)
    assert declared.get("corpus") == "seeds"
    assert declared.get("output_dir") == "reports/latest/figures"


def test_check_command_exits_nonzero_and_names_the_problem(tmp_path: Path, capsys):
    clean, dirty = tmp_path / "00_clean.ipynb", tmp_path / "01_dirty.ipynb"
    nb = _notebook('corpus: str = "seeds"')
    nb.cells[1].execution_count = 1
    nbformat.write(nb, clean)
    nbformat.write(_notebook('corpus: str = "seeds"'), dirty)

    assert main(["notebooks", "check", str(clean)]) == 0
    assert main(["notebooks", "check", str(clean), str(dirty)]) == 1
    assert "01_dirty.ipynb cell 1: not executed" in capsys.readouterr().err


def test_only_numbered_notebooks_are_part_of_the_suite(tmp_path: Path):
    for name in ("01_b.ipynb", "00_a.ipynb", "scratch.ipynb", "1_c.ipynb", "02_c.txt"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    assert [path.name for path in notebook_paths(tmp_path)] == ["00_a.ipynb", "01_b.ipynb"]


def test_parse_parameters_reads_typed_literals():
    source = 'corpus: str = "seeds"  # folder\nyear: int | None = None\nlimit = 40\nnames: list[str] = ["a", "b"]\n'
    assert parse_parameters(source) == {"corpus": "seeds", "year": None, "limit": 40, "names": ["a", "b"]}


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ('corpus = "seeds"\nfrom pathlib import Path\n', "line 2: expected 'name: type = literal'"),
        ('corpus = "seeds"\npath = corpus + "/x"\n', "line 2: path must be a literal"),
        ("year: int = \n", "line 1: not valid Python"),
    ],
)
def test_parse_parameters_names_the_offending_line(source: str, message: str):
    with pytest.raises(ValueError, match=re.escape(message)):
        parse_parameters(source)


def test_parameter_help_lists_defaults_and_comments(tmp_path: Path):
    nb = _notebook('corpus: str = "seeds"  # folder or file\nyear: int | None = None\n')
    path = tmp_path / "00_x.ipynb"
    nbformat.write(nb, path)
    assert parameter_help(path) == [("corpus", "seeds", "folder or file"), ("year", None, "")]


def test_strip_removes_run_metadata_and_keeps_results():
    nb = _notebook('corpus: str = "seeds"', "print(1)")
    nb.metadata["papermill"] = {"parameters": {}}
    nb.metadata["kernelspec"] = {"name": "other", "display_name": "x", "language": "python"}
    injected = new_code_cell('corpus = "/tmp/x"', metadata={"tags": ["injected-parameters"], "papermill": {}})
    nb.cells.insert(2, injected)
    for count, cell in enumerate(c for c in nb.cells if c.cell_type == "code"):
        cell.execution_count = count + 1
        cell.metadata["papermill"] = {"duration": 0.1}
        cell.metadata["execution"] = {"iopub.status.busy": "2024-01-01T00:00:00"}
    nb.cells[-1].outputs = [new_output("stream", name="stdout", text="1\n")]

    stripped = strip(nb)

    assert "papermill" not in stripped.metadata
    assert stripped.metadata["kernelspec"]["name"] == "python3"
    assert [cell.metadata.get("tags") for cell in stripped.cells if cell.cell_type == "code"] == [["parameters"], None]
    assert all("papermill" not in cell.metadata and "execution" not in cell.metadata for cell in stripped.cells)
    assert stripped.cells[-1].outputs[0]["text"] == "1\n"
    assert [cell.execution_count for cell in stripped.cells if cell.cell_type == "code"] == [1, 3]
    nbformat.validate(stripped)


def test_check_names_each_hygiene_problem():
    nb = _notebook('corpus: str = "seeds"', "print(1)", "x = 1", "raise ValueError")
    codes = [cell for cell in nb.cells if cell.cell_type == "code"]
    codes[0].execution_count, codes[1].execution_count, codes[3].execution_count = 1, 3, 2
    codes[1].outputs = [new_output("stream", name="stdout", text=f"saved to {ROOT}/reports/x.png\n")]
    codes[3].outputs = [new_output("error", ename="ValueError", evalue="", traceback=[])]
    codes[1].metadata["execution"] = {"iopub.status.idle": "2024-01-01T00:00:00"}

    problems = "\n".join(check(nb, name="nb"))

    assert "cell 3: not executed" in problems
    assert "cell 4: execution count 2 after 3" in problems
    assert "cell 4: has an error output" in problems
    assert "cell 2: absolute path" in problems
    assert "cell 2: metadata has 'execution'" in problems


def test_check_wants_a_parameters_cell_first():
    nb = _notebook('corpus: str = "seeds"', "print(1)")
    nb.cells[1].metadata["tags"] = []
    for count, cell in enumerate(c for c in nb.cells if c.cell_type == "code"):
        cell.execution_count = count + 1
    assert check(nb, name="nb") == ["nb: the first code cell must be tagged 'parameters'"]


def test_execute_in_place_runs_from_the_notebook_folder_and_strips(tmp_path: Path):
    path = tmp_path / "00_demo.ipynb"
    nbformat.write(_notebook('name: str = "x"', "import os\nprint(os.path.basename(os.getcwd()), name)"), path)

    execute_in_place(path)

    nb = nbformat.read(path, as_version=4)
    assert check(nb, name=path.name) == []
    assert nb.cells[-1].outputs[0]["text"] == f"{tmp_path.name} x\n"
    assert "papermill" not in nb.metadata


def test_execute_in_place_leaves_the_notebook_alone_when_a_cell_fails(tmp_path: Path):
    path = tmp_path / "00_broken.ipynb"
    nbformat.write(_notebook("n: int = 1", "raise RuntimeError('broken on purpose')"), path)
    before = path.read_bytes()

    with pytest.raises(RuntimeError, match=r"00_broken.ipynb: execution failed \(RuntimeError: broken on purpose\); executed copy kept at (\S+)") as info:
        execute_in_place(path)

    assert path.read_bytes() == before
    kept = Path(re.search(r"kept at (\S+)", str(info.value)).group(1))
    assert kept.exists()
    kept.unlink()
    kept.parent.rmdir()


def test_nbval_sanitize_config_rewrites_run_noise():
    config = configparser.ConfigParser()
    config.read(ROOT / "tests" / "nbval_sanitize.cfg")
    text = (
        "run at 2024-05-01T12:30:05.123+00:00 took 3.2 s <Figure size 700x320 with 1 Axes> "
        "<object at 0x7f3a2b1c9d80> /tmp/pytest-of-me/x/figures 12:01:02"
    )
    for section in config.sections():
        text = re.sub(config[section]["regex"], config[section]["replace"], text)
    assert text == "run at DATETIME took DURATION <Figure> <object at 0xADDRESS> TEMP_PATH TIME"


def test_notebooks_folder_holds_no_stray_notebooks():
    stray = [path.name for path in NOTEBOOKS.glob("*.ipynb") if path not in COMMITTED]
    assert stray == [], "notebooks/ should only hold NN_name.ipynb notebooks (nbval runs every .ipynb there)"


def _notebook(parameters: str, *cells: str) -> nbformat.NotebookNode:
    nb = new_notebook()
    nb.cells = [new_markdown_cell("# test"), new_code_cell(parameters, metadata={"tags": ["parameters"]})]
    nb.cells += [new_code_cell(source) for source in cells]
    nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    return nb
