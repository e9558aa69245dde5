"""Batch analysis into Parquet datasets gives the same tables as one in-memory analysis."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis import analyze, load_corpus
from analysis.pipeline.batch import analyze_to_parquet, read_table

STORIES = {
    "a.txt": "MOSCOW, Dec 22 (Reuters) - Russia said on Tuesday it would talk to Brazil. “We are ready,” Lavrov said.\n",
    "b.txt": "WASHINGTON (AP) — The White House warned of new sanctions against Iran.\nOfficials declined to comment.\n",
    "c.txt": "PARIS (AFP) - France and Germany agreed a plan for the economy, the ministry said.\n",
    "d.txt": "",
    "e.txt": "BEIJING, March 3 (Xinhua) -- China's exports rose 5.2 percent in February.\n",
}


@pytest.fixture
def corpus_dir(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_chunked_tables_equal_the_in_memory_analysis(corpus_dir, tmp_path):
    result = analyze_to_parquet(corpus_dir, tmp_path / "out", chunk_size=2, cache=False)
    expected = analyze(load_corpus(corpus_dir), cache=False)
    assert result.chunks == 2
    for name, table in expected.tables.items():
        pd.testing.assert_frame_equal(read_table(result.out, name), table, check_dtype=False)
    pd.testing.assert_frame_equal(
        read_table(result.out, "articles")[list(expected.articles.columns)], expected.articles, check_dtype=False
    )
    assert read_table(result.out, "rejects")["reason"].tolist() == ["empty file"]


def test_manifest_counts_rows_and_records_options(corpus_dir, tmp_path):
    result = analyze_to_parquet(corpus_dir, tmp_path / "out", chunk_size=10, cache=False, sentiment_threshold=0.1)
    manifest = json.loads((result.out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["rows"]["articles"] == 4
    assert manifest["rows"]["sentences"] == len(read_table(result.out, "sentences"))
    assert manifest["options"]["sentiment_threshold"] == 0.1
    assert len(manifest["corpus_fingerprint"]) == 16


def test_a_failed_run_leaves_the_previous_output_untouched(corpus_dir, tmp_path):
    out = tmp_path / "out"
    analyze_to_parquet(corpus_dir, out, cache=False)
    before = sorted(path.relative_to(out) for path in out.rglob("*"))
    with pytest.raises(TypeError, match="unknown analysis option"):
        analyze_to_parquet(corpus_dir, out, cache=False, no_such_option=1)
    assert sorted(path.relative_to(out) for path in out.rglob("*")) == before
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []


def test_command_line_writes_tables_and_refuses_unknown_options(corpus_dir, tmp_path, capsys):
    from analysis.__main__ import main

    assert main(["analyze", "--corpus", str(corpus_dir), "--out", str(tmp_path / "cli"), "--chunk-size", "3",
                 "--load", "year=2021", "--option", "frames=policy"]) == 0
    assert "2 chunk(s)" in capsys.readouterr().err
    articles = read_table(tmp_path / "cli", "articles")
    assert articles.loc[articles["place"] == "Moscow", "date"].dt.strftime("%Y-%m-%d").tolist() == ["2021-12-22"]
    assert main(["analyze", "--corpus", str(corpus_dir), "--out", str(tmp_path / "bad"), "--option", "nope=1"]) == 2
    assert "unknown analysis option(s) ['nope']" in capsys.readouterr().err
    assert not (tmp_path / "bad").exists()


def test_command_line_names_the_option_of_a_malformed_pair_without_loading_notebook_tools(corpus_dir, tmp_path):
    """``--option``/``--load`` errors name that flag, and ``analyze`` never imports the notebook machinery."""
    import subprocess
    import sys

    probe = ("import sys; from analysis.__main__ import main; "
             f"code = main(['analyze', '--corpus', {str(corpus_dir)!r}, '--out', {str(tmp_path / 'out')!r}, "
             "'--option', 'frames']); print(code, 'nbformat' in sys.modules, 'papermill' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["2", "False", "False"]
    assert "--option 'frames': expected key=value" in run.stderr


def test_command_line_takes_a_relative_out_from_the_current_folder(corpus_dir, tmp_path, monkeypatch, capsys):
    """A new relative --out is made in the shell's folder (as report's and codesheet's), never in the project root."""
    from analysis.__main__ import main
    from analysis.paths import ROOT

    name = "tables-of-test_command_line_takes_a_relative_out"
    monkeypatch.chdir(tmp_path)
    assert main(["analyze", "--corpus", str(corpus_dir), "--out", name, "--no-cache"]) == 0
    assert (tmp_path / name / "manifest.json").is_file()
    assert not (ROOT / name).exists()
    assert str(tmp_path / name) in capsys.readouterr().err


def test_two_workers_share_one_pool_and_give_the_same_tables(corpus_dir, tmp_path, monkeypatch):
    """One process pool serves every chunk; the tables equal the one-process run, row for row."""
    import concurrent.futures

    from analysis.pipeline import batch

    started = []
    real_pool = concurrent.futures.ProcessPoolExecutor

    def counting_pool(*args, **kwargs):
        started.append(kwargs.get("max_workers"))
        return real_pool(*args, **kwargs)

    monkeypatch.setattr(batch, "ProcessPoolExecutor", counting_pool)
    parallel = analyze_to_parquet(corpus_dir, tmp_path / "two", chunk_size=2, workers=2, cache=False)
    serial = analyze_to_parquet(corpus_dir, tmp_path / "one", chunk_size=2, workers=1, cache=False)
    assert started == [2] and parallel.chunks == 2
    for name in ("articles", "sentences", "sentiment", "mentions", "quotes", "frame_hits"):
        pd.testing.assert_frame_equal(read_table(parallel.out, name), read_table(serial.out, name))


def _assert_same_parts_and_manifest(parallel, serial):
    """The same Parquet parts, each with the same table (order and dtypes too), and the same manifest."""
    parts = sorted(path.relative_to(serial.out) for path in serial.out.rglob("*.parquet"))
    assert sorted(path.relative_to(parallel.out) for path in parallel.out.rglob("*.parquet")) == parts
    for part in parts:
        pd.testing.assert_frame_equal(pd.read_parquet(parallel.out / part), pd.read_parquet(serial.out / part),
                                      obj=str(part))
    manifest = json.loads((serial.out / "manifest.json").read_text(encoding="utf-8"))
    assert json.loads((parallel.out / "manifest.json").read_text(encoding="utf-8")) == manifest


def _stories(folder, count, *, extra=None):
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        text = f"PARIS (AFP) - Story {index}: the minister said talks would go on. {(extra or {}).get(index, '')}\n"
        (folder / f"{index:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def test_workers_writing_whole_chunks_give_the_one_process_output_with_its_rejects(tmp_path):
    """More chunks than the pool keeps in flight: the parts, rows, order, dtypes, rejects and manifest of one process."""
    corpus = _stories(tmp_path / "corpus", 9, extra={4: "EXPLODE"})
    options = {"steps": ("sentiment", "fragile_step"), "fragile_raise_on": "EXPLODE", "cache": False}
    parallel = analyze_to_parquet(corpus, tmp_path / "two", chunk_size=2, workers=2, **options)
    serial = analyze_to_parquet(corpus, tmp_path / "one", chunk_size=2, workers=1, **options)
    assert parallel.chunks == serial.chunks == 5 and parallel.rows == serial.rows
    _assert_same_parts_and_manifest(parallel, serial)
    rejects = read_table(parallel.out, "rejects")
    assert rejects[["path", "reason"]].values.tolist() == [["004.txt", "analysis error"]]
    assert "ValueError: this article holds 'EXPLODE'" in rejects.loc[0, "detail"]


def test_a_chunk_failing_in_a_worker_stops_the_run_and_leaves_nothing(tmp_path):
    corpus = _stories(tmp_path / "corpus", 8, extra={index: "EXPLODE" for index in range(8)})
    out = tmp_path / "tables"
    with pytest.raises(ValueError, match="this article holds 'EXPLODE'"):
        analyze_to_parquet(corpus, out, chunk_size=2, workers=2, cache=False, steps=("fragile_step",),
                           fragile_raise_on="EXPLODE")
    assert not out.exists()
    assert [path.name for path in tmp_path.iterdir()] == ["corpus"]


def test_no_progress_silences_bars_on_a_terminal(monkeypatch):
    from analysis.pipeline import progress

    monkeypatch.setattr(progress, "on_terminal", lambda: True)
    with progress.no_progress(), progress.article_progress(10) as bar:
        assert type(bar).__name__ == "_Silent"


def test_the_last_chunk_is_spread_over_the_workers_with_the_same_tables(tmp_path, monkeypatch):
    """Whole chunks go to the workers, the last one in batches of articles (no worker idles while another analyses
    it whole); the parts, rows and manifest are those of one process."""
    import concurrent.futures
    import functools

    from analysis.pipeline import batch

    submitted, mapped = [], []
    real_pool = concurrent.futures.ProcessPoolExecutor

    class RecordingPool(real_pool):
        def submit(self, fn, /, *args, **kwargs):
            if not isinstance(fn, functools.partial):  # map's own submits are recorded by map
                submitted.append(fn.__name__)
            return super().submit(fn, *args, **kwargs)

        def map(self, fn, *iterables, **kwargs):
            mapped.append((fn.__name__, len(iterables[0])))
            return super().map(fn, *iterables, **kwargs)

    monkeypatch.setattr(batch, "ProcessPoolExecutor", RecordingPool)
    corpus = _stories(tmp_path / "corpus", 10)
    parallel = analyze_to_parquet(corpus, tmp_path / "two", chunk_size=4, workers=2, cache=False)
    assert submitted == ["int", "_write_chunk_quietly", "_write_chunk_quietly"]
    assert mapped == [("analyze_batch", 2)]  # the last chunk's 2 articles, one batch each
    serial = analyze_to_parquet(corpus, tmp_path / "one", chunk_size=4, workers=1, cache=False)
    assert parallel.chunks == serial.chunks == 3 and parallel.rows == serial.rows
    _assert_same_parts_and_manifest(parallel, serial)
