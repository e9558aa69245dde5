"""``python -m analysis report``: a complete report folder, failures isolated and named, never a half report."""
from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest

from analysis import load_corpus
from analysis.__main__ import main
from analysis.corpus.summary import corpus_fingerprint
from analysis.report.notebooks import notebook_paths
from analysis.paths import SEEDS
from analysis.report.runner import ReportError, build_report, collect_params, notebook_params, parse_param

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, Path]:
    """The real report on seeds/, built once for this module."""
    out = tmp_path_factory.mktemp("report") / "2024-01-01"
    status = main(["report", "--corpus", str(SEEDS), "--out", str(out)])
    return status, out


def _ran(out: Path) -> list[Path]:
    """The notebooks the report executed (04_validation is skipped when no coding sheet is given)."""
    provenance = json.loads((out / "provenance.json").read_text(encoding="utf-8"))
    ran = {run["name"] for run in provenance["notebooks"] if run["status"] != "skipped"}
    assert "00_corpus" in ran and "04_validation" not in ran
    return [path for path in notebook_paths() if path.stem in ran]


def test_seed_report_exits_zero_and_writes_index_and_provenance(seed_report):
    status, out = seed_report
    assert status == 0
    assert (out / "index.html").is_file()
    assert (out / "provenance.json").is_file()
    assert not [path.name for path in out.parent.iterdir() if path.name.startswith(".")], "build folder left behind"


def test_seed_report_has_executed_notebook_and_html_per_notebook(seed_report):
    _, out = seed_report
    index = (out / "index.html").read_text(encoding="utf-8")
    for path in _ran(out):
        assert (out / f"{path.stem}.html").stat().st_size > 0
        executed = nbformat.read(out / path.name, as_version=4)
        assert executed.metadata["papermill"]["parameters"]["corpus"] == str(SEEDS)
        assert f"href='{path.stem}.html'" in index


def test_seed_report_html_loads_no_script_from_the_network(seed_report):
    _, out = seed_report
    pages = sorted(out.glob("*.html"))
    assert len(pages) == len(_ran(out)) + 1
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"<script[^>]*src=[\"']https?://", html), f"{page.name} loads a script from the network"


def test_seed_report_provenance_records_corpus_parameters_and_software(seed_report):
    _, out = seed_report
    provenance = json.loads((out / "provenance.json").read_text(encoding="utf-8"))
    assert provenance["corpus"]["fingerprint"] == corpus_fingerprint(load_corpus(SEEDS).articles)
    assert provenance["corpus"]["n_articles"] == 1
    assert provenance["packages"]["papermill"]
    assert provenance["python"].startswith("3.")
    assert provenance["started"] <= provenance["finished"]
    runs = {run["name"]: run for run in provenance["notebooks"]}
    assert set(runs) == {path.stem for path in notebook_paths()}
    assert {name: run["status"] for name, run in runs.items() if run["status"] != "ok"} == {"04_validation": "skipped"}
    assert runs["00_corpus"]["parameters"]["output_dir"] == "figures/00_corpus"


def test_seed_report_figures_are_saved_with_their_data_and_listed(seed_report):
    _, out = seed_report
    provenance = json.loads((out / "provenance.json").read_text(encoding="utf-8"))
    figures = {run["name"]: run["figures"] for run in provenance["notebooks"]}["00_corpus"]
    assert "figures/00_corpus/articles_by_source.png" in figures
    assert "figures/00_corpus/article_lengths.png" not in figures  # one article: a line says why, no histogram
    for name in figures:
        assert (out / name).is_file()
        if name.endswith(".png"):
            assert name[:-4] + ".csv" in figures
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "figures/00_corpus/articles_by_source.csv" in index


def test_one_failing_notebook_is_named_and_does_not_stop_the_others(tmp_path: Path, capsys, make_notebook):
    notebooks = tmp_path / "notebooks"
    make_notebook(notebooks / "00_first.ipynb", 'corpus: str = "seeds"\noutput_dir: str = "x"', "print('first ran')")
    make_notebook(notebooks / "01_boom.ipynb", 'corpus: str = "seeds"', "raise ValueError('boom on purpose')")
    make_notebook(notebooks / "02_last.ipynb", 'corpus: str = "seeds"', "print('last ran')")
    out = tmp_path / "out"

    status = main(["report", "--corpus", str(SEEDS), "--out", str(out), "--notebooks-dir", str(notebooks)])

    assert status == 1
    assert "01_boom" in capsys.readouterr().err.split("FAILED")[-1]
    provenance = json.loads((out / "provenance.json").read_text(encoding="utf-8"))
    statuses = {run["name"]: (run["status"], run["error"]) for run in provenance["notebooks"]}
    assert statuses == {
        "00_first": ("ok", None),
        "01_boom": ("failed", "ValueError: boom on purpose"),
        "02_last": ("ok", None),
    }
    failed = nbformat.read(out / "01_boom.ipynb", as_version=4)
    errors = [o for cell in failed.cells for o in cell.get("outputs", []) if o["output_type"] == "error"]
    assert errors and errors[0]["evalue"] == "boom on purpose"
    assert (out / "01_boom.html").exists() and (out / "02_last.html").exists()
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "1 of 3 notebook(s) failed: 01_boom" in index
    assert "ValueError: boom on purpose" in index


def test_params_reach_only_the_notebooks_that_declare_them(tmp_path: Path, make_notebook):
    notebooks = tmp_path / "notebooks"
    make_notebook(notebooks / "00_with_year.ipynb", 'corpus: str = "seeds"\nyear: int | None = None', "print(year)")
    make_notebook(notebooks / "01_without.ipynb", 'corpus: str = "seeds"', "print('year' in dir())")
    out = tmp_path / "out"

    status = main(["report", "--corpus", str(SEEDS), "--out", str(out), "--notebooks-dir", str(notebooks), "--param", "year=2021"])

    assert status == 0
    first = nbformat.read(out / "00_with_year.ipynb", as_version=4)
    second = nbformat.read(out / "01_without.ipynb", as_version=4)
    assert first.cells[-1].outputs[0]["text"] == "2021\n"
    assert second.cells[-1].outputs[0]["text"] == "False\n"
    provenance = json.loads((out / "provenance.json").read_text(encoding="utf-8"))
    assert provenance["parameters"] == {"year": 2021}


def test_an_existing_report_is_replaced_only_when_the_new_one_is_complete(tmp_path: Path, monkeypatch, make_notebook):
    notebooks = tmp_path / "notebooks"
    make_notebook(notebooks / "00_only.ipynb", 'corpus: str = "seeds"', "print(1)")
    out = tmp_path / "out"
    out.mkdir()
    (out / "provenance.json").write_text("{}", encoding="utf-8")  # an earlier report (only those are replaced)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("analysis.report.runner.run_papermill", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build_report(corpus=SEEDS, out=out, notebooks_dir=notebooks, progress=lambda line: None)
    assert [path.name for path in out.iterdir()] == ["provenance.json"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["notebooks", "out"], "build folder left behind"

    monkeypatch.setattr("analysis.report.runner.run_papermill", _copy_notebook)
    result = build_report(corpus=SEEDS, out=out, notebooks_dir=notebooks, progress=lambda line: None)
    assert result.failed == []
    assert sorted(path.name for path in out.iterdir()) == ["00_only.html", "00_only.ipynb", "figures", "index.html", "provenance.json"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["notebooks", "out"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--param", "colour=red"], "colour are declared by no notebook"),
        (["--param", "corpus=x"], "corpus are set by the report"),
        (["--param", "novalue"], "expected key=value"),
        (["--notebooks", "99_*"], "no notebooks NN_*.ipynb"),
        (["--corpus", "no/such/folder"], "no such file or folder"),
        (["--param", "year=not-a-year"], "cannot load"),
    ],
)
def test_bad_requests_exit_2_with_a_message_and_write_nothing(tmp_path: Path, capsys, argv, message):
    out = tmp_path / "out"
    args = ["report", "--out", str(out), *argv]
    if "--corpus" not in argv:
        args += ["--corpus", str(SEEDS)]

    assert main(args) == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_notebook_with_a_computed_parameter_is_refused_before_anything_runs(tmp_path: Path, capsys, make_notebook):
    notebooks = tmp_path / "notebooks"
    make_notebook(notebooks / "00_bad.ipynb", 'corpus: str = "seeds"\nfolder = corpus + "/x"', "print(1)")

    status = main(["report", "--corpus", str(SEEDS), "--out", str(tmp_path / "out"), "--notebooks-dir", str(notebooks)])

    assert status == 2
    assert "00_bad.ipynb parameters cell line 2: folder must be a literal" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_param_values_are_read_as_yaml():
    assert parse_param("year=2021") == ("year", 2021)
    assert parse_param("since=2020-01-01") == ("since", "2020-01-01")
    assert parse_param("until=null") == ("until", None)
    assert parse_param("name=Lavrov") == ("name", "Lavrov")
    with pytest.raises(ReportError, match="expected key=value"):
        parse_param("=3")


def test_params_file_is_overridden_by_param_pairs(tmp_path: Path):
    params_file = tmp_path / "params.yml"
    params_file.write_text("year: 2020\nsince: 2020-03-01\n", encoding="utf-8")
    assert collect_params(["year=2021"], params_file) == {"year": 2021, "since": "2020-03-01"}
    params_file.write_text("- not a mapping\n", encoding="utf-8")
    with pytest.raises(ReportError, match="expected a mapping"):
        collect_params([], params_file)


def test_notebook_params_always_set_corpus_and_output_dir():
    chosen = notebook_params({"corpus": "seeds", "year": None}, {"year": 2021, "limit": 5}, corpus="/c", output_dir="figures/00")
    assert chosen == {"year": 2021, "corpus": "/c", "output_dir": "figures/00"}


def _copy_notebook(source, output, **kwargs):
    """Stand-in for papermill: the 'executed' notebook is the source itself."""
    Path(output).write_bytes(Path(source).read_bytes())
    return nbformat.read(output, as_version=4)


def test_index_lists_skipped_entries_with_their_reasons(tmp_path):
    from analysis.report.index import _corpus_html, corpus_facts

    (tmp_path / "story.txt").write_text("MOSCOW, Dec 22 (EFE) .- Russia said it was pleased.\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("about this folder\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("not for reading\n", encoding="utf-8")
    html = _corpus_html(tmp_path, {}, corpus_facts(tmp_path, {}))
    assert "Skipped (not read as articles)" in html
    assert "README.md" in html and ".hidden.txt" in html
    assert re.search(r"skipped entries</t[dh]>\s*<td[^>]*>2<", html)
