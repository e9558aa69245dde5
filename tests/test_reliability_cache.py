"""A damaged cache heals, a cache that cannot be written never loses the analysis, schemas never drift."""
from __future__ import annotations

import errno
import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus.loading import Corpus, load_corpus
from analysis.paths import ROOT, SHARED_CORPUS
from analysis.pipeline.batch import analyze_to_parquet, read_table
from analysis.pipeline.cache import CacheWarning
from analysis.pipeline.spine import Analysis, analyze

STORIES = {
    "a.txt": 'WASHINGTON (Reuters) - President Joe Biden said on Tuesday that "the economy is strong and growing".',
    "b.txt": "PARIS (AFP) - Nothing much happened on a quiet Tuesday.",  # no mentions, quotes or frame hits
    "c.txt": 'LONDON (Reuters) - Prime Minister Boris Johnson said the strike "will hurt families", police said.',
}


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("stories")
    for name, text in STORIES.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def fresh(corpus_dir: Path) -> Analysis:
    return analyze(load_corpus(corpus_dir), cache=False)


def _run(corpus_dir: Path, cache_dir: Path) -> tuple[Analysis, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = analyze(load_corpus(corpus_dir), cache_dir=cache_dir)
    return result, [str(item.message) for item in caught if issubclass(item.category, CacheWarning)]


def _assert_same(result: Analysis, expected: Analysis) -> None:
    pd.testing.assert_frame_equal(result.articles, expected.articles)
    for name, table in expected.tables.items():
        pd.testing.assert_frame_equal(result.tables[name], table, obj=name)


def _one_part(cache_dir: Path, table: str) -> Path:
    (key,) = list(cache_dir.iterdir())
    (part,) = list((key / table).glob("part-*.parquet"))
    return part


@pytest.mark.parametrize(
    ("table", "damage"),
    [
        ("sentences", lambda part: part.write_bytes(part.read_bytes()[:200])),  # truncated
        ("sentiment", lambda part: part.write_bytes(b"garbage" * 100)),  # not Parquet at all
        ("mentions", lambda part: part.unlink()),  # deleted, its completion marker kept
        ("quotes", lambda part: part.write_bytes(part.read_bytes()[:-9] + b"123456789")),  # same size, other bytes
    ],
)
def test_a_damaged_part_is_recomputed_with_one_warning_and_the_cache_heals(corpus_dir, fresh, tmp_path, table, damage):
    _run(corpus_dir, tmp_path)
    damage(_one_part(tmp_path, table))
    healed, messages = _run(corpus_dir, tmp_path)
    _assert_same(healed, fresh)
    assert len(messages) == 1 and "recomputed" in messages[0]
    again, messages = _run(corpus_dir, tmp_path)
    _assert_same(again, fresh)
    assert messages == []


def test_a_garbage_completion_marker_is_recomputed(corpus_dir, fresh, tmp_path):
    _run(corpus_dir, tmp_path)
    (key,) = list(tmp_path.iterdir())
    (marker,) = list((key / "_done").glob("*.json"))
    marker.write_text("{not json", encoding="utf-8")
    healed, messages = _run(corpus_dir, tmp_path)
    _assert_same(healed, fresh)
    assert len(messages) == 1


def test_a_cache_that_cannot_be_written_gives_one_warning_and_the_analysis(corpus_dir, fresh, tmp_path, monkeypatch):
    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("analysis.pipeline.cache.tempfile.mkstemp", read_only)
    result, messages = _run(corpus_dir, tmp_path)
    _assert_same(result, fresh)
    assert len(messages) == 1 and "Read-only file system" in messages[0] and "without caching" in messages[0]


def _script(corpus_dir: Path, cache_dir: Path, *, file_size_limit: int | None = None) -> str:
    """A Python program that analyses ``corpus_dir`` with ``cache_dir`` (files capped at ``file_size_limit`` bytes)."""
    lines = []
    if file_size_limit is not None:  # a disk that is "full" once a file grows past the limit
        lines += [
            "import resource, signal",
            "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)",
            f"resource.setrlimit(resource.RLIMIT_FSIZE, ({file_size_limit}, {file_size_limit}))",
        ]
    lines += [
        "from analysis.corpus.loading import load_corpus",
        "from analysis.pipeline.spine import analyze",
        f"result = analyze(load_corpus({str(corpus_dir)!r}), cache_dir={str(cache_dir)!r})",
        "print({name: len(table) for name, table in result.tables.items()})",
    ]
    return "\n".join(lines)


def test_a_full_disk_degrades_to_no_cache_and_leaves_no_temporary_file(corpus_dir, fresh, tmp_path):
    script = _script(corpus_dir, tmp_path, file_size_limit=3000)  # every Parquet part is larger: the write fails
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == str({name: len(table) for name, table in fresh.tables.items()})
    assert "CacheWarning" in run.stderr and "without caching" in run.stderr
    assert [path for path in tmp_path.rglob("*") if path.is_file() and path.name.endswith(".tmp")] == []


@pytest.mark.slow  # several interpreters analysing at once
def test_concurrent_runs_sharing_a_fresh_cache_all_succeed(corpus_dir, fresh, tmp_path):
    script = _script(corpus_dir, tmp_path)
    runs = [subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for _ in range(3)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0], [err for _, err in outputs]
    expected = str({name: len(table) for name, table in fresh.tables.items()})
    assert [out.strip() for out, _ in outputs] == [expected] * 3
    warm, messages = _run(corpus_dir, tmp_path)
    _assert_same(warm, fresh)
    assert messages == []


def test_a_temporary_file_of_a_dead_run_is_swept(corpus_dir, tmp_path):
    _run(corpus_dir, tmp_path)
    (key,) = list(tmp_path.iterdir())
    leftover = key / "sentences" / ".part-x.parquet.abc.999999999.tmp"
    leftover.write_bytes(b"x" * 100)
    changed = load_corpus(corpus_dir)
    changed.articles.loc[0, "text"] = changed.articles.loc[0, "text"] + " More."
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheWarning)
        analyze(changed, cache_dir=tmp_path)  # a write happens: stale temporaries go first
    assert not leftover.exists()


def _schemas(tables: dict[str, pd.DataFrame]) -> dict[str, dict[str, str]]:
    return {name: dict(frame.dtypes.astype(str)) for name, frame in tables.items()}


def test_every_table_has_one_schema_cold_warm_api_batch_and_empty(corpus_dir, tmp_path):
    corpus = load_corpus(corpus_dir)
    cold = analyze(corpus, cache_dir=tmp_path / "cache")
    warm = analyze(corpus, cache_dir=tmp_path / "cache")
    lone_quiet = Corpus(articles=corpus.articles[corpus.articles["path"] == "b.txt"], rejects=corpus.rejects, root=corpus.root)
    quiet = analyze(lone_quiet, cache=False)  # mentions, quotes and frame_hits are empty
    empty = analyze(Corpus(articles=corpus.articles.iloc[:0], rejects=corpus.rejects, root=corpus.root), cache=False)
    assert quiet.tables["mentions"].empty and empty.articles.empty

    def all_tables(result: Analysis) -> dict[str, pd.DataFrame]:
        return {"articles": result.articles, "rejects": result.rejects, **result.tables}

    reference = _schemas(all_tables(cold))
    for label, result in (("warm", warm), ("quiet", quiet), ("empty", empty)):
        assert _schemas(all_tables(result)) == reference, label
    assert all(dtype != "object" for schema in reference.values() for dtype in schema.values())

    out = tmp_path / "out"
    ordered = ["b.txt", "a.txt", "c.txt"]  # the first chunk has empty mentions, quotes and frame_hits
    chunked = tmp_path / "chunked"
    chunked.mkdir()
    for index, name in enumerate(ordered):
        (chunked / f"{index}_{name}").write_text(STORIES[name] + "\n", encoding="utf-8")
    analyze_to_parquet(chunked, out, chunk_size=1, cache=False)
    for name, schema in reference.items():
        assert _schemas({name: pd.read_parquet(out / name)})[name] == schema, name
        assert _schemas({name: read_table(out, name)})[name] == schema, name


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="needs the shared Wikinews corpus")
def test_wikinews_loads_as_before_and_its_readme_and_licence_are_listed_as_skipped() -> None:
    corpus = load_corpus(SHARED_CORPUS)
    assert (len(corpus.articles), len(corpus.rejects)) == (295, 0)
    assert corpus.skipped["path"].tolist() == ["LICENSE.md", "README.md"]
