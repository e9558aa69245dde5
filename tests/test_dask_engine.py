"""The Dask engine writes the local engine's tables, row for row, and survives failures and interruptions.

One LocalCluster of 2 worker processes serves the module; partitions are small
so every corpus is spread over several tasks.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from analysis.paths import ROOT, SEEDS, SHARED_CORPUS
from analysis.pipeline.batch import analyze_to_parquet, read_table
from hostile_corpus import make_hostile_corpus

distributed = pytest.importorskip("distributed")
needs_wikinews = pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason=f"shared corpus absent: {SHARED_CORPUS}")
FRAGILE = ("sentiment", "fragile_step")


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            distributed.Client(cluster) as connected:
        yield connected


@pytest.fixture(scope="module")
def wikinews_local(tmp_path_factory):
    """The local engine's tables of the Wikinews corpus (every step)."""
    return analyze_to_parquet(SHARED_CORPUS, tmp_path_factory.mktemp("local") / "tables", chunk_size=100, cache=False).out


def assert_same_tables(expected: Path, actual: Path) -> None:
    """Every table of ``expected`` equals the one in ``actual``: rows, order, columns, dtypes."""
    names = sorted(json.loads((expected / "manifest.json").read_text())["rows"])
    assert names == sorted(json.loads((actual / "manifest.json").read_text())["rows"])
    for name in names:
        pd.testing.assert_frame_equal(read_table(actual, name), read_table(expected, name), obj=name)


def stories(folder: Path, count: int, *, extra: dict[int, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        text = f"PARIS (AFP) - Story {index}: the minister said talks would go on. {(extra or {}).get(index, '')}\n"
        (folder / f"{index:03d}.txt").write_text(text, encoding="utf-8")
    return folder


@needs_wikinews
@pytest.mark.corpus
def test_wikinews_tables_equal_the_local_engine(client, wikinews_local, tmp_path):
    result = analyze_to_parquet(SHARED_CORPUS, tmp_path / "dask", engine="dask", scheduler=client, partition_size=40, cache=False)
    assert result.chunks > 4 and result.computed == result.chunks
    assert_same_tables(wikinews_local, result.out)
    manifest = json.loads((result.out / "manifest.json").read_text())
    local = json.loads((wikinews_local / "manifest.json").read_text())
    assert manifest["complete"] and manifest["corpus_fingerprint"] == local["corpus_fingerprint"]
    assert analyze_to_parquet(SHARED_CORPUS, result.out, engine="dask", scheduler=client, partition_size=40,
                              cache=False).computed == 0  # nothing is stale


def test_seed_tables_equal_the_local_engine(client, tmp_path):
    local = analyze_to_parquet(SEEDS, tmp_path / "local", cache=False)
    dask = analyze_to_parquet(SEEDS, tmp_path / "dask", engine="dask", scheduler=client, cache=False)
    assert_same_tables(local.out, dask.out)


def test_analyze_on_dask_gives_the_local_tables_for_a_corpus_and_for_a_path(client):
    from analysis import analyze, load_corpus

    local = analyze(load_corpus(SEEDS), cache=False)
    for corpus in (load_corpus(SEEDS), SEEDS):  # a Corpus goes in batches to the workers, a path to the Dask engine
        on_dask = analyze(corpus, engine="dask", scheduler=client, cache=False)
        pd.testing.assert_frame_equal(on_dask.articles, local.articles)
        assert sorted(on_dask.tables) == sorted(local.tables)
        for name, table in local.tables.items():
            pd.testing.assert_frame_equal(on_dask.tables[name], table, obj=name)
    with pytest.raises(ValueError, match="engine='spark'"):
        analyze(SEEDS, engine="spark")


def test_a_hostile_folder_gives_the_same_rejects_and_tables(client, tmp_path):
    folder = tmp_path / "hostile"
    make_hostile_corpus(folder)
    (folder / "zz-copy.txt").write_text((folder / "good.txt").read_text(encoding="utf-8"), encoding="utf-8")  # a later unit
    local = analyze_to_parquet(folder, tmp_path / "local", chunk_size=300, cache=False, steps=("sentiment",))
    dask = analyze_to_parquet(folder, tmp_path / "dask", engine="dask", scheduler=client, partition_size=400,
                              files_per_unit=3, cache=False, steps=("sentiment",))
    assert dask.chunks > 8  # units of 3 files; the big .jsonl.gz is split by records
    assert_same_tables(local.out, dask.out)
    reasons = read_table(dask.out, "rejects")["reason"]
    assert {"binary file", "not a regular file", "damaged file", "sidecar file missing"} <= set(reasons)
    assert reasons.str.startswith("duplicate of").sum() == 2  # the inner link and the copy, in later units


def test_an_article_that_raises_becomes_a_reject_row(client, tmp_path):
    corpus = stories(tmp_path / "corpus", 6, extra={4: "EXPLODE"})
    options = {"steps": FRAGILE, "fragile_raise_on": "EXPLODE", "cache": False}
    local = analyze_to_parquet(corpus, tmp_path / "local", chunk_size=10, **options)
    dask = analyze_to_parquet(corpus, tmp_path / "dask", engine="dask", scheduler=client, partition_size=2, **options)
    assert_same_tables(local.out, dask.out)
    rejects = read_table(dask.out, "rejects")
    assert rejects[["path", "reason"]].values.tolist() == [["004.txt", "analysis error"]]
    assert "ValueError: this article holds 'EXPLODE'" in rejects.loc[0, "detail"]
    assert len(read_table(dask.out, "articles")) == 5


def test_a_worker_killed_mid_run_loses_nothing(client, tmp_path):
    corpus = stories(tmp_path / "corpus", 8)
    marker = tmp_path / "die-once"  # absent for the local run; the first worker to claim it exits mid-task
    local = analyze_to_parquet(corpus, tmp_path / "local", steps=FRAGILE, cache=False, fragile_die_marker=str(marker))
    marker.write_text("")
    dask = analyze_to_parquet(corpus, tmp_path / "dask", engine="dask", scheduler=client, partition_size=2, steps=FRAGILE,
                              cache=False, fragile_die_marker=str(marker))
    assert Path(f"{marker}.used").exists() and not marker.exists()  # a worker process did exit mid-task
    assert_same_tables(local.out, dask.out)
    assert read_table(dask.out, "rejects").empty


@needs_wikinews
@pytest.mark.corpus
def test_an_interrupted_run_resumes_and_its_manifest_never_lists_a_missing_part(client, wikinews_local, tmp_path):
    out = tmp_path / "dask"
    script = (
        "import sys\nfrom analysis.pipeline.batch import analyze_to_parquet\n"
        f"analyze_to_parquet({str(SHARED_CORPUS)!r}, {str(out)!r}, engine='dask', scheduler=sys.argv[1], "
        "partition_size=20, cache=False)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script, client.scheduler.address], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    listed: list[str] = []
    deadline = time.monotonic() + 180
    try:
        while time.monotonic() < deadline and process.poll() is None:
            manifest = _manifest(out)
            if manifest:
                listed = manifest["parts"]
                _assert_parts_exist(out, manifest)
                if len(listed) >= 2:
                    break
            time.sleep(0.02)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    manifest = _manifest(out)
    assert manifest and not manifest["complete"] and len(manifest["parts"]) >= 2, "the run was not caught mid-way"
    _assert_parts_exist(out, manifest)
    result = analyze_to_parquet(SHARED_CORPUS, out, engine="dask", scheduler=client, partition_size=20, cache=False)
    assert 0 < result.computed <= result.chunks - len(manifest["parts"])
    assert_same_tables(wikinews_local, out)
    assert not (out / "_staging").exists()


def _manifest(out: Path) -> dict | None:
    try:
        return json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return None


def _assert_parts_exist(out: Path, manifest: dict) -> None:
    for name, entry in manifest["partitions"].items():
        for table in entry["rows"]:
            assert (out / table / name).is_file(), f"manifest lists {table}/{name}, which is missing"
