"""Analyses opened from stored tables equal the analysis of the corpus; reports read stored tables."""
from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from analysis import analyze, load_corpus
from analysis.errors import OptionError
from analysis.paths import NOTEBOOKS, SEEDS, SHARED_CORPUS
from analysis.pipeline.batch import analyze_to_parquet
from analysis.pipeline.stored import open_analysis, open_corpus
from analysis.report.notebooks import declared_parameters, notebook_paths, run_papermill
from analysis.report.runner import build_report
from tests.wikinews_sheets import write_wikinews_sheets

STORIES = {
    "a.txt": "MOSCOW, Dec 22 (Reuters) - Russia said on Tuesday it would talk to Brazil. “We are ready,” Lavrov said.\n",
    "b.txt": "WASHINGTON, March 2 (AP) — The White House warned of new sanctions against Iran.\nOfficials declined to comment.\n",
    "c.txt": "PARIS, June 5 (AFP) - France and Germany agreed a plan for the economy, the ministry said.\n",
    "d.txt": "",
    "e.txt": "BEIJING, March 3 (Xinhua) -- China's exports rose 5.2 percent in February.\n",
    "f.txt": "PARIS, June 5 (AFP) - France and Germany agreed a plan for the economy, the ministry said.\n",
}


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stored")
    corpus = folder / "corpus"
    corpus.mkdir()
    for name, text in STORIES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    tables = analyze_to_parquet(corpus, folder / "tables", chunk_size=2, cache=False, load_options={"year": 2021}).out
    return corpus, tables


def assert_same_analysis(actual, expected) -> None:
    pd.testing.assert_frame_equal(actual.articles, expected.articles, obj="articles")
    pd.testing.assert_frame_equal(actual.rejects, expected.rejects, obj="rejects")
    assert sorted(actual.tables) == sorted(expected.tables)
    for name, table in expected.tables.items():
        pd.testing.assert_frame_equal(actual.tables[name], table, obj=name)
    assert actual.options == expected.options


@pytest.mark.parametrize("steps", [None, ("sentiment",), ("quotes",), ()])
def test_stored_tables_give_the_analysis_of_the_corpus(stored, steps):
    corpus, tables = stored
    expected = analyze(load_corpus(corpus, year=2021), steps=steps, cache=False)
    assert_same_analysis(open_analysis(tables=tables, steps=steps, load_options={"year": 2021}), expected)
    assert_same_analysis(open_analysis(corpus=corpus, steps=steps, load_options={"year": 2021}, cache=False), expected)


def test_since_and_until_filter_the_stored_tables_as_the_loader_does(stored):
    corpus, tables = stored
    window = {"year": 2021, "since": "2021-03-01", "until": "2021-03-02"}
    expected = analyze(load_corpus(corpus, **window), steps=("sentiment",), cache=False)
    actual = open_analysis(tables=tables, steps=("sentiment",), load_options=window)
    assert actual.articles["place"].tolist() == ["Washington"]
    pd.testing.assert_frame_equal(actual.articles, expected.articles)
    pd.testing.assert_frame_equal(actual.sentiment, expected.sentiment)


def test_the_stored_corpus_summarises_as_the_loaded_one(stored):
    corpus, tables = stored
    assert open_corpus(tables=tables, year=2021).summary() == load_corpus(corpus, year=2021).summary()


def test_report_facts_from_stored_tables_equal_the_corpus_facts_without_reading_texts(stored, tmp_path, monkeypatch):
    """The index's facts (summary, stories, near-duplicates) of stored tables are those of the loaded corpus; the
    articles' texts stay on disk (the stories stream them, cached for the notebooks)."""
    from analysis.pipeline import stored as stored_module
    from analysis.report.index import corpus_facts
    from analysis.report.runner import tables_facts

    corpus, tables = stored
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path))
    opened = stored_module.open_corpus
    text_flags = []

    def watched(*args, **kwargs):
        text_flags.append(kwargs.get("text", True))
        return opened(*args, **kwargs)

    monkeypatch.setattr(stored_module, "open_corpus", watched)
    from_tables = tables_facts(tables, {"year": 2021})
    from_corpus = corpus_facts(corpus, {"year": 2021})
    assert text_flags == [False]
    for key in ("n_articles", "n_rejects", "sources", "languages", "n_stories", "n_near_duplicates", "date_min"):
        assert from_tables[key] == from_corpus[key], key
    assert any((tmp_path / "stories").iterdir()), "the stories found for the index are cached for the notebooks"


@pytest.mark.parametrize("request_, message", [
    ({"steps": ("sentiment",), "sentiment_threshold": 0.2}, "computed with sentiment_threshold=0.05"),
    ({"steps": ("sentiment",), "load_options": {"year": 2020}}, "loaded with {'year': 2021}"),
    ({"steps": ("fragile_step",)}, "asked for ['fragile_step']"),
])
def test_a_request_the_tables_cannot_answer_names_the_difference(stored, request_, message):
    with pytest.raises(OptionError, match=message.replace("[", r"\[").replace("(", r"\(")):
        open_analysis(tables=stored[1], **request_)


def test_an_unfinished_tables_folder_is_refused(stored, tmp_path):
    folder = tmp_path / "tables"
    folder.mkdir()
    (folder / "manifest.json").write_text(json.dumps({"engine": "dask", "complete": False, "parts": [], "chunks": 3}))
    with pytest.raises(OptionError, match="has not completed"):
        open_analysis(tables=folder)


def test_report_from_stored_tables_names_them_and_skips_notebooks_without_tables(stored, tmp_path, make_notebook):
    corpus, tables = stored
    notebooks = tmp_path / "notebooks"
    make_notebook(notebooks / "00_stored.ipynb", 'corpus: str = "seeds"\ntables: str | None = None\nyear: int | None = None\noutput_dir: str = "x"',
                  "from analysis.pipeline import open_analysis\n"
                  "result = open_analysis(corpus=corpus, tables=tables, load_options={'year': year})\n"
                  "assert tables and len(result.articles) == 4, tables")
    make_notebook(notebooks / "01_corpus_only.ipynb", 'corpus: str = "seeds"\noutput_dir: str = "x"', "print(corpus)")
    result = build_report(tables=tables, out=tmp_path / "report", notebooks_dir=notebooks, params={"year": 2021},
                          progress=lambda line: None)
    assert [(run.name, run.status) for run in result.runs] == [("00_stored", "ok"), ("01_corpus_only", "skipped")]
    provenance = json.loads((result.out / "provenance.json").read_text(encoding="utf-8"))
    manifest = json.loads((tables / "manifest.json").read_text(encoding="utf-8"))
    assert provenance["corpus"]["tables"] == str(tables)
    assert provenance["corpus"]["fingerprint"] == manifest["corpus_fingerprint"]
    assert len(provenance["corpus"]["manifest_sha256"]) == 64
    assert provenance["notebooks"][0]["parameters"]["tables"] == str(tables)
    assert str(tables) in (result.out / "index.html").read_text(encoding="utf-8")


def _wired(path: Path) -> bool:
    return "tables" in declared_parameters(path)




def _checked_outputs(path: Path) -> list[str]:
    """The text outputs of the cells marked ``# NBVAL_CHECK_OUTPUT``."""
    cells = nbformat.read(path, as_version=4).cells
    return ["".join(output.get("text", "") for output in cell.get("outputs", []))
            for cell in cells if cell.cell_type == "code" and "NBVAL_CHECK_OUTPUT" in cell.source]


# Every notebook on the seed; the pages that read texts and whole tables (00, 01, 02, 04) on Wikinews too.
CASES = [(path, SEEDS) for path in notebook_paths(NOTEBOOKS)] + [
    (path, SHARED_CORPUS) for path in notebook_paths(NOTEBOOKS) if path.stem[:2] in ("00", "01", "02", "04")]


@pytest.mark.slow
@pytest.mark.parametrize("notebook, corpus", CASES, ids=lambda value: value.stem if value.suffix else value.name)
def test_every_notebook_gives_the_same_checked_outputs_from_stored_tables(notebook, corpus, tmp_path_factory, tmp_path):
    if not corpus.is_dir():
        pytest.skip(f"corpus not found at {corpus}")
    tables = tmp_path_factory.getbasetemp() / f"{corpus.name}-tables"
    if not (tables / "manifest.json").exists():
        analyze_to_parquet(corpus, tables, frames="policy", chunk_size=100)  # the frame dictionary 02 and 04 default to
    assert _wired(notebook), f"{notebook.name} declares no tables parameter"
    shared = {"corpus": str(corpus)}
    if notebook.stem.startswith("04") and corpus == SHARED_CORPUS:  # no example sheets ship for Wikinews: build them
        shared["coding"] = [str(path) for path in write_wikinews_sheets(load_corpus(corpus), tmp_path / "sheets")]
    from_corpus = run_papermill(notebook, tmp_path / "corpus.ipynb", parameters={**shared, "output_dir": str(tmp_path / "a")})
    from_tables = run_papermill(notebook, tmp_path / "tables.ipynb",
                                parameters={**shared, "tables": str(tables), "output_dir": str(tmp_path / "b")})
    assert from_corpus and from_tables
    assert _checked_outputs(tmp_path / "tables.ipynb") == _checked_outputs(tmp_path / "corpus.ipynb")
