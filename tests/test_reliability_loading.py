"""Nothing lost, nothing hangs: every entry of a hostile corpus ends as articles, a reject or a skipped row."""
from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus.decoding import decode_bytes
from analysis.corpus.loading import iter_corpus, load_corpus
from tests.hostile_corpus import N_GZIP_RECORDS, make_hostile_corpus, walked_entries


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, tuple[str, str | None]]]:
    folder = tmp_path_factory.mktemp("hostile") / "corpus"
    return folder, make_hostile_corpus(folder)


def _outcomes(corpus) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for kind, frame in (("article", corpus.articles), ("reject", corpus.rejects), ("skipped", corpus.skipped)):
        for path in frame["path"]:
            found.setdefault(path, set()).add(kind)
    return found


def test_every_entry_the_walk_sees_is_an_article_a_reject_or_skipped(hostile) -> None:
    folder, expected = hostile
    corpus = load_corpus(folder)
    outcomes = _outcomes(corpus)
    assert walked_entries(folder) <= set(outcomes)
    for name, (outcome, reason) in expected.items():
        assert outcome in outcomes[name], (name, outcomes[name])
        if reason is not None:
            frame = corpus.rejects if outcome == "reject" else corpus.skipped
            assert reason in set(frame.loc[frame["path"] == name, "reason"]), name


def test_each_hostile_file_loaded_alone_gives_rows_and_no_exception(hostile) -> None:
    folder, expected = hostile
    for name in expected:
        path = folder / name
        if path.is_dir() or not path.exists():  # a broken link given alone is "no corpus there"
            continue
        corpus = load_corpus(path)
        assert len(corpus.articles) + len(corpus.rejects) >= 1, name


def test_the_tables_can_be_written_to_parquet(hostile, tmp_path: Path) -> None:
    corpus = load_corpus(hostile[0])
    for name, frame in (("articles", corpus.articles), ("rejects", corpus.rejects), ("skipped", corpus.skipped)):
        frame.to_parquet(tmp_path / f"{name}.parquet")  # undecodable names and surrogates once broke pyarrow


def test_a_truncated_gzip_keeps_every_record_before_the_cut(hostile) -> None:
    corpus = load_corpus(hostile[0] / "truncated.jsonl.gz")
    n_loaded = len(corpus.articles)
    assert 1_000 < n_loaded < N_GZIP_RECORDS
    damaged = corpus.rejects[corpus.rejects["reason"] == "damaged file"]
    assert len(damaged) == 1 and "cut off" in damaged["detail"].iloc[0]
    assert corpus.articles["text"].tolist() == [f"Story number {i} about the harbour." for i in range(n_loaded)]


def test_json_limits_and_non_string_text_are_record_rejects(hostile) -> None:
    rejects = load_corpus(hostile[0]).rejects.set_index("path")
    assert "nested deeper" in rejects.loc["deep.json", "detail"]
    assert "5,000 digits" in rejects.loc["bigint.jsonl", "detail"] and rejects.loc["bigint.jsonl", "record"] == 1
    assert "holds a number, expected a string" in rejects.loc["infinity.jsonl", "detail"]
    assert "holds a list" in rejects.loc["mixed-list.jsonl", "detail"]


def test_lone_surrogates_and_undecodable_names_load(hostile) -> None:
    articles = load_corpus(hostile[0]).articles.set_index("path")
    assert "\ufffd" in articles.loc["surrogate.jsonl", "text"]
    assert "caf\ufffd-latin1-name.txt" in articles.index


def test_utf8_with_a_few_bad_bytes_stays_utf8_and_says_so(hostile) -> None:
    articles = load_corpus(hostile[0]).articles.set_index("path")
    assert articles.loc["mostly-utf8.txt", "encoding"] == "utf-8, 2 invalid bytes replaced"
    assert "café de José à Montréal" in articles.loc["mostly-utf8.txt", "text"]
    assert articles.loc["cp1252.txt", "encoding"] == "cp1252"
    assert "café de José à Montréal" in articles.loc["cp1252.txt", "text"]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("déjà vu à Zürich. ".encode() * 5 + b"\x80\x81", "utf-8, 2 invalid bytes replaced"),
        ("Plain ASCII with one stray byte ".encode() * 20 + b"\x81", "utf-8, 1 invalid byte replaced"),
        ("Caf\u00e9 story.".encode("cp1252"), "cp1252"),
    ],
)
def test_decoding_prefers_utf8_with_replacement_over_mojibake(data: bytes, encoding: str) -> None:
    assert decode_bytes(data, name="x.txt").encoding == encoding


def test_sidecar_rows_naming_missing_or_outside_files_are_rejects(hostile) -> None:
    rejects = load_corpus(hostile[0]).rejects
    sidecar = rejects[rejects["path"] == "metadata.csv"].set_index("record")["reason"].to_dict()
    assert sidecar == {3: "sidecar file missing", 4: "sidecar file outside folder"}


def test_links_out_of_the_corpus_are_read_only_when_allowed(hostile) -> None:
    allowed = load_corpus(hostile[0], allow_outside_links=True)
    assert "outside.txt" in set(allowed.articles["path"])
    reasons = allowed.rejects.set_index("path")["reason"]
    assert reasons["zero.txt"] == "not a regular file"  # a device is never read, link or not


def test_max_bytes_is_enforced_on_what_is_read(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("PARIS (AFP) - " + "word " * 1000, encoding="utf-8")
    corpus = load_corpus(tmp_path, max_bytes=100)
    assert corpus.rejects["reason"].tolist() == ["too large"]


def test_an_unreadable_subfolder_is_a_reject(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "good.txt").write_text("PARIS (AFP) - A story.", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("PARIS (AFP) - Another story.", encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:  # root lists any folder: refuse one without read permission as the kernel does for others
        from analysis.corpus import files

        real_scandir = os.scandir

        def scandir_as_user(path):
            if not os.stat(path).st_mode & 0o444:
                raise PermissionError(13, "Permission denied", str(path))
            return real_scandir(path)

        monkeypatch.setattr(files.os, "scandir", scandir_as_user)
    try:
        corpus = load_corpus(tmp_path)
    finally:
        locked.chmod(0o755)
    assert corpus.rejects[["path", "reason"]].values.tolist() == [["locked", "unreadable folder"]]
    assert len(corpus.articles) == 1


def test_skipped_entries_are_in_the_summary_and_in_chunks(hostile) -> None:
    whole = load_corpus(hostile[0])
    summary = whole.summary()
    assert summary["n_skipped"] == len(whole.skipped) >= 7
    assert summary["skipped_by_reason"]["hidden file"] == 1
    chunks = list(iter_corpus(hostile[0], chunk_size=500))
    pd.testing.assert_frame_equal(pd.concat([chunk.skipped for chunk in chunks], ignore_index=True), whole.skipped)


def test_one_record_that_breaks_the_reader_costs_only_itself(tmp_path: Path, monkeypatch) -> None:
    lines = [json.dumps({"text": f"Story {index} about the port."}) for index in range(3)]
    (tmp_path / "a.jsonl").write_text("\n".join(lines), encoding="utf-8")
    from analysis.corpus import articles

    real = articles.split_story

    def fragile(text: str, **kwargs):
        if "Story 1 " in text:
            raise RuntimeError("boom")
        return real(text, **kwargs)

    monkeypatch.setattr(articles, "split_story", fragile)
    corpus = load_corpus(tmp_path)
    assert len(corpus.articles) == 2
    assert corpus.rejects[["record", "reason"]].values.tolist() == [[2, "read error"]]
    assert "RuntimeError: boom" in corpus.rejects["detail"].iloc[0]


def test_gzip_bomb_and_multi_member_gzip(tmp_path: Path) -> None:
    one = gzip.compress(b'{"text": "First story."}\n')
    two = gzip.compress(b'{"text": "Second story."}\n')
    (tmp_path / "m.jsonl.gz").write_bytes(one + two)
    assert load_corpus(tmp_path).articles["text"].tolist() == ["First story.", "Second story."]


def _nested(depth: int) -> str:
    """A JSON Lines record whose ``text`` sits beside a value nested ``depth`` levels deep in all (the record is one)."""
    return json.dumps({"text": f"A story {depth} levels deep.", "extra": json.loads("[" * (depth - 1) + "]" * (depth - 1))})


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_max_json_depth_is_an_option_and_its_reject_names_the_limit(tmp_path: Path, suffix: str) -> None:
    records = [_nested(3), _nested(4)]
    text = "\n".join(records) if suffix == ".jsonl" else "[" + ",".join(records) + "]"
    (tmp_path / f"a{suffix}").write_text(text, encoding="utf-8")
    assert len(load_corpus(tmp_path).articles) == 2  # the default (64 levels) takes both
    corpus = load_corpus(tmp_path, max_json_depth=3)
    assert len(corpus.articles) == 1
    assert corpus.rejects[["record", "reason"]].values.tolist() == [[2, "json over limits"]]
    assert "nested deeper than max_json_depth=3 levels" in corpus.rejects["detail"].iloc[0]


@pytest.mark.parametrize("suffix", [".jsonl", ".json", ".csv"])
def test_max_record_chars_is_an_option_and_its_reject_names_the_limit(tmp_path: Path, suffix: str) -> None:
    texts = ["A short story about the port.", "A long story about the harbour. " * 20]
    if suffix == ".csv":
        content = "title,text\n" + "".join(f"T{index},{text}\n" for index, text in enumerate(texts))
    elif suffix == ".jsonl":
        content = "\n".join(json.dumps({"text": text}) for text in texts)
    else:
        content = json.dumps([{"text": text} for text in texts])
    (tmp_path / f"a{suffix}").write_text(content, encoding="utf-8")
    assert len(load_corpus(tmp_path).articles) == 2  # the default (10,000,000 characters) takes both
    corpus = load_corpus(tmp_path, max_record_chars=200)
    assert corpus.articles["text"].tolist() == [texts[0]]
    assert corpus.rejects["reason"].tolist() == ["record too large"]
    assert "over max_record_chars=200" in corpus.rejects["detail"].iloc[0]
    assert corpus.rejects["record"].iloc[0] == (3 if suffix == ".csv" else 2)


@pytest.mark.parametrize("option", ["max_record_chars", "max_json_depth", "max_bytes", "max_chars"])
@pytest.mark.parametrize("value", [0, -1, "10", True])
def test_limits_must_be_positive_whole_numbers(tmp_path: Path, option: str, value: object) -> None:
    with pytest.raises(ValueError, match=option):
        load_corpus(tmp_path, **{option: value})


def test_the_summary_lists_skipped_files_with_their_reasons(hostile) -> None:
    corpus = load_corpus(hostile[0])
    listed = corpus.summary()["skipped_files"]
    assert listed == corpus.skipped.to_dict("records")
    assert {"path": ".hidden.txt", "reason": "hidden file"} in listed
    assert {"path": "metadata.csv", "reason": "metadata sidecar (its values apply to the files it names)"} in listed
    json.dumps(listed)  # goes into provenance.json as it is


def test_a_folder_that_cannot_be_listed_is_a_reject_even_for_root(tmp_path: Path, monkeypatch) -> None:
    """The same case as above, made by failing the listing (root may list any folder whatever its mode)."""
    from analysis.corpus import files

    (tmp_path / "good.txt").write_text("PARIS (AFP) - A story.", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text("PARIS (AFP) - Another story.", encoding="utf-8")
    real = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(files.os, "scandir", scandir)
    corpus = load_corpus(tmp_path)
    assert corpus.rejects[["path", "reason"]].values.tolist() == [["locked", "unreadable folder"]]
    assert "Permission denied" in corpus.rejects["detail"].iloc[0]
    assert corpus.articles["path"].tolist() == ["good.txt"]
