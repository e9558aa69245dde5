"""Stored texts stream part by part (one part decoded at a time, nothing read ahead), every kept article exactly once
in corpus order, and keyness counted over many small chunks equals keyness counted at once."""
from __future__ import annotations

import dataclasses

import pandas as pd
import pyarrow.parquet as pq
import pytest

from analysis.framing import keyness
from analysis.pipeline import aggregate_text
from analysis.pipeline.batch import analyze_to_parquet
from analysis.pipeline.lazy import open_stored
from analysis.pipeline.stored import open_analysis

COLUMNS = ["doc_id", "title", "text"]


@pytest.fixture(scope="module")
def stored_tables(wikinews_path, tmp_path_factory):
    """Wikinews written in parts of 40 articles (eight parts), so chunks and parts cross."""
    return analyze_to_parquet(wikinews_path, tmp_path_factory.mktemp("chunks") / "tables", chunk_size=40,
                              steps=("framing",)).out


@pytest.mark.parametrize("batch_rows", [1, 7, 40, 1_000])
@pytest.mark.parametrize("window", [None, {"since": "2020-01-01", "until": "2020-06-30"}])
def test_article_chunks_are_the_articles_in_corpus_order(stored_tables, batch_rows, window):
    whole = open_analysis(tables=stored_tables, steps=("framing",), load_options=window).articles[COLUMNS]
    stored = open_stored(stored_tables, steps=("framing",), load_options=window)
    chunks = list(stored.article_chunks(COLUMNS, batch_rows=batch_rows))
    assert chunks and all(0 < len(chunk) <= batch_rows for chunk in chunks)
    pd.testing.assert_frame_equal(pd.concat(chunks, ignore_index=True), whole.reset_index(drop=True))


def test_article_chunks_keep_only_the_kept_articles(stored_tables):
    stored = open_stored(stored_tables, steps=("framing",))
    kept = stored.articles.iloc[3::5]  # as a story deduplication drops articles of every part
    fewer = dataclasses.replace(stored, articles=kept)
    read = pd.concat(fewer.article_chunks(["doc_id"], batch_rows=9), ignore_index=True)
    assert read["doc_id"].tolist() == kept["doc_id"].tolist()


def test_article_chunks_read_no_part_before_it_is_asked_for(stored_tables, monkeypatch):
    stored = open_stored(stored_tables, steps=("framing",))
    opened = []
    real = pq.ParquetFile

    def watched(path, *args, **kwargs):
        opened.append(path)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(pq, "ParquetFile", watched)
    chunks = stored.article_chunks(COLUMNS, batch_rows=40)
    first = next(chunks)
    assert opened == [stored.files["articles"][0]] and len(first) == 40  # nothing read ahead
    chunks.close()
    found = aggregate_text.kwic(stored, "said", limit=3)  # three hits are in the first part
    assert len(found) == 3 and opened[1:] == [stored.files["articles"][0]]


@pytest.mark.parametrize("batch_rows", [1, 3, 11])
def test_keyness_summed_over_many_chunks_counts_every_article_once(stored_tables, batch_rows):
    # 295 articles in chunks of 1, 3, 11: hundreds of chunks, summed every COMPACT_EVERY chunks; a chunk dropped or
    # counted twice changes freq_a/freq_b and the word totals behind per_10k_*
    analysis = open_analysis(tables=stored_tables, steps=("framing",))
    groups = aggregate_text.comparison_groups(analysis, "period")
    expected = keyness(*groups.values(), labels=tuple(groups), min_freq=2)
    stored = open_stored(stored_tables, steps=("framing",))
    actual = aggregate_text.keyness(stored, aggregate_text.comparison_groups(stored, "period"), min_freq=2,
                                    batch_rows=batch_rows)
    pd.testing.assert_frame_equal(actual, expected, check_exact=True)
