"""The cache's cost per chunk does not grow with the chunks before it (counted marker reads, never timed), and runs
sharing a cache still see each other's batches."""
from __future__ import annotations

import hashlib
import warnings
from pathlib import Path

import pandas as pd
import pytest

from analysis.pipeline import cache as cache_module
from analysis.pipeline.cache import DONE_TABLE, CacheWarning, ResultCache, library_fingerprint

KEY = "key"
TABLES = ["sentences"]


def _batch(label: str, size: int = 5, *, texts: str | None = None) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """A batch of ``size`` articles (doc ids from ``label``, content hashes from ``texts``, default ``label``) and
    its one table."""
    doc_ids = [f"{label}-{number}" for number in range(size)]
    hashes = [hashlib.sha1(f"{texts or label}-{number}".encode()).hexdigest() for number in range(size)]
    batch = pd.DataFrame({"doc_id": doc_ids, "content_hash": hashes})
    return batch, {"sentences": pd.DataFrame({"doc_id": doc_ids, "value": range(size)})}


@pytest.fixture
def marker_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every completion marker read from disk, in order."""
    reads: list[Path] = []
    read = cache_module.read_marker

    def counting(path: Path) -> dict:
        reads.append(path)
        return read(path)

    monkeypatch.setattr(cache_module, "read_marker", counting)
    return reads


def _as_another_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on this process keeps new marker indexes, as a fresh process would."""
    monkeypatch.setattr(cache_module, "_MARKER_INDEXES", {})


def test_marker_reads_per_chunk_stay_constant_as_chunks_grow(tmp_path, marker_reads, monkeypatch):
    chunks = [_batch(f"chunk{index}") for index in range(12)]
    cold_reads = []
    for batch, tables in chunks:  # a chunked run: one ResultCache per chunk, as analyze makes
        store = ResultCache(tmp_path, KEY)
        before = len(marker_reads)
        cached, _ = store.load(batch, TABLES)
        assert cached == set()
        store.store(batch, tables)
        cold_reads.append(len(marker_reads) - before)
    assert cold_reads == [0] * len(chunks)  # the markers this process wrote are never read back

    _as_another_process(monkeypatch)
    warm_reads = []
    for batch, tables in chunks:
        before = len(marker_reads)
        cached, found = ResultCache(tmp_path, KEY).load(batch, TABLES)
        assert cached == set(batch["doc_id"])
        pd.testing.assert_frame_equal(found["sentences"], tables["sentences"])
        warm_reads.append(len(marker_reads) - before)
    assert warm_reads == [len(chunks) + 1] + [1] * (len(chunks) - 1)  # each marker indexed once, then its own


def test_a_batch_another_run_writes_after_this_process_indexed_the_cache_is_found(tmp_path, monkeypatch):
    ours, theirs = _batch("ours"), _batch("theirs")
    ResultCache(tmp_path, KEY).store(*ours)
    assert ResultCache(tmp_path, KEY).load(theirs[0], TABLES)[0] == set()  # indexed, without their batch
    with monkeypatch.context() as other:
        _as_another_process(other)
        ResultCache(tmp_path, KEY).store(*theirs)
    cached, found = ResultCache(tmp_path, KEY).load(pd.concat([ours[0], theirs[0]]), TABLES)
    assert cached == set(ours[0]["doc_id"]) | set(theirs[0]["doc_id"])
    assert sorted(found["sentences"]["doc_id"]) == sorted(cached)


def test_a_marker_another_run_replaced_is_read_again(tmp_path, monkeypatch):
    first, renamed = _batch("first", texts="same"), _batch("renamed", texts="same")  # same texts: same batch name
    ResultCache(tmp_path, KEY).store(*first)
    with monkeypatch.context() as other:
        _as_another_process(other)
        ResultCache(tmp_path, KEY).store(*renamed)
    cached, _ = ResultCache(tmp_path, KEY).load(renamed[0], TABLES)
    assert cached == set(renamed[0]["doc_id"])


def test_a_batch_another_run_removed_is_recomputed_without_a_warning(tmp_path):
    batch, tables = _batch("gone")
    ResultCache(tmp_path, KEY).store(batch, tables)
    for path in (tmp_path / KEY).rglob("*"):
        if path.is_file():
            path.unlink()  # another run healed it
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheWarning)
        cached, found = ResultCache(tmp_path, KEY).load(batch, TABLES)
    assert (cached, found) == (set(), {})


def test_a_marker_damaged_after_it_was_indexed_is_healed_with_one_warning(tmp_path):
    batch, tables = _batch("damaged")
    ResultCache(tmp_path, KEY).store(batch, tables)
    (marker,) = (tmp_path / KEY / DONE_TABLE).glob("*.json")
    marker.write_text("{not json", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cached, _ = ResultCache(tmp_path, KEY).load(batch, TABLES)
    assert cached == set()
    assert [str(item.message) for item in caught if issubclass(item.category, CacheWarning)][0].endswith("recomputed")
    assert not marker.exists()


def test_the_library_is_hashed_again_only_when_a_file_changed(tmp_path, monkeypatch):
    package = tmp_path / "package"
    (package / "__pycache__").mkdir(parents=True)
    (package / "rules.py").write_text("A = 1\n", encoding="utf-8")
    (package / "words.txt").write_text("alpha\n", encoding="utf-8")
    first = library_fingerprint(package)
    reads: list[Path] = []
    read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda path: reads.append(path) or read_bytes(path))
    (package / "__pycache__" / "rules.cpython.pyc").write_bytes(b"compiled")  # not part of the library
    assert library_fingerprint(package) == first
    assert reads == []
    (package / "words.txt").write_text("alpha\nbeta\n", encoding="utf-8")
    assert library_fingerprint(package) != first
    assert sorted(path.name for path in reads) == ["rules.py", "words.txt"]
