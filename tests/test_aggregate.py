"""Aggregations over stored tables in DuckDB equal the pandas summaries, and never take a whole row table out."""
from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest

from analysis.corpus import articles_by_date, articles_by_source
from analysis.pipeline import aggregate
from analysis.pipeline.batch import analyze_to_parquet
from analysis.pipeline.dedupe import deduplicated
from analysis.pipeline.lazy import TEXT_COLUMNS, StoredAnalysis, open_stored
from analysis.pipeline.stored import open_analysis
from analysis.sentiment import group_tone

WINDOW = {"since": "2020-01-01", "until": "2020-06-30"}  # about a fifth of Wikinews


@pytest.fixture(scope="module")
def wikinews_tables(wikinews_path, tmp_path_factory):
    """Wikinews written as the analyze command writes it, in three parts (so corpus order spans parts)."""
    return analyze_to_parquet(wikinews_path, tmp_path_factory.mktemp("aggregate") / "tables", chunk_size=100).out


@pytest.fixture(scope="module", params=["plain", "weighted", "window"])
def pair(request, wikinews_tables):
    """(pandas Analysis, StoredAnalysis) of the same tables: all articles, weighted articles, or a date window."""
    load = WINDOW if request.param == "window" else None
    in_pandas = open_analysis(tables=wikinews_tables, load_options=load)
    stored = open_stored(wikinews_tables, load_options=load)
    if request.param == "weighted":  # as dedupe="weight" weighs story members: 1/size, here a seeded draw
        weights = np.random.default_rng(0).choice([1.0, 0.5, 1 / 3], size=len(in_pandas.articles))
        in_pandas = dataclasses.replace(in_pandas, articles=in_pandas.articles.assign(weight=weights))
        stored = dataclasses.replace(stored, articles=stored.articles.assign(weight=weights))
    return in_pandas, stored


def assert_equal(expected, actual) -> None:
    if isinstance(expected, pd.DataFrame):
        pd.testing.assert_frame_equal(actual, expected)  # values to rtol 1e-5: float sums are added in another order
        assert actual.attrs == expected.attrs
    else:
        assert actual == expected


CALLS = {
    "scored_count": lambda source: aggregate.row_count(source, "sentiment"),
    "hit_count": lambda source: aggregate.row_count(source, "frame_hits"),
    "tone_summary": lambda source: aggregate.tone_summary(source, threshold=0.05),
    "tone_histogram": lambda source: aggregate.tone_histogram(source, threshold=0.1),
    "tone_evidence": lambda source: aggregate.tone_evidence(source, n=3),
    "tone_evidence_by_source": lambda source: aggregate.tone_evidence(source, by="source", n=2),
    "tone_evidence_by_year": lambda source: aggregate.tone_evidence(source, by="period", freq="Y", n=2),
    "article_sentences": lambda source: aggregate.article_sentences(source, source.articles["doc_id"].iloc[5]),
    "frame_prevalence": lambda source: aggregate.frame_prevalence(source),
    "frames_by_source": lambda source: aggregate.frames_by(source, "source"),
    "frames_by_quarter_hits": lambda source: aggregate.frames_by(source, "period", freq="Q", measure="hits"),
    "frames_by_year_rate": lambda source: aggregate.frames_by(source, "period", freq="Y", measure="per_1k_words"),
    "frame_cooccurrence": lambda source: aggregate.frame_cooccurrence(source),
    "frame_cooccurrence_articles": lambda source: aggregate.frame_cooccurrence(source, level="article"),
    "frame_evidence": lambda source: aggregate.frame_evidence(source, n=3, seed=5),
}


@pytest.mark.parametrize("name", list(CALLS))
def test_a_stored_aggregation_equals_the_pandas_summary(pair, name):
    in_pandas, stored = pair
    assert_equal(CALLS[name](in_pandas), CALLS[name](stored))


def test_article_level_summaries_take_the_stored_articles_as_they_are(pair):
    in_pandas, stored = pair
    assert "text" not in stored.articles.columns
    pd.testing.assert_frame_equal(articles_by_source(stored.articles), articles_by_source(in_pandas.articles))
    pd.testing.assert_frame_equal(articles_by_date(stored.articles), articles_by_date(in_pandas.articles))
    pd.testing.assert_frame_equal(group_tone(stored.articles, by="period", freq="Y"),
                                  group_tone(in_pandas.articles, by="period", freq="Y"))


def test_no_stored_aggregation_takes_a_whole_row_table_out(wikinews_tables, monkeypatch):
    stored = open_stored(wikinews_tables)
    totals = {name: stored.count(name) for name in ("sentences", "sentiment", "frame_hits")}
    scans = []
    from analysis.pipeline import lazy

    def watched_scan(folder, manifest, name, *, columns=None, where=None):
        assert where is not None, f"an unfiltered scan of {name}"
        scans.append(name)
        return real_scan(folder, manifest, name, columns=columns, where=where)

    real_scan = lazy._scan
    monkeypatch.setattr(lazy, "_scan", watched_scan)
    stored.fetched.clear()
    for name in ("tone_summary", "tone_histogram", "tone_evidence", "article_sentences", "frame_prevalence",
                 "frames_by_source", "frame_cooccurrence", "frame_evidence"):
        CALLS[name](stored)
    assert scans, "the evidence rows are read with filtered scans"
    for what, rows in stored.fetched:  # DuckDB results: a row per label, bin, frame (pair) or group; rows of a few articles
        table = what.removeprefix("rows of ")
        assert rows < (totals[table] / 2 if table in totals else 100), (what, rows, totals)
    with pytest.raises(AttributeError, match="not loaded into pandas"):
        stored.sentences


def test_a_table_the_steps_did_not_make_is_refused(wikinews_tables):
    stored = open_stored(wikinews_tables, steps=("sentiment",))
    with pytest.raises(KeyError, match="no table 'frame_hits'"):
        stored.table("frame_hits")
    with pytest.raises(TypeError, match="StoredAnalysis"):
        aggregate.tone_summary(stored.articles)
    assert isinstance(stored, StoredAnalysis)


@pytest.mark.parametrize("mode", ["story", "weight"])
def test_stored_stories_and_deduplication_equal_the_pandas_ones(wikinews_tables, mode):
    in_pandas, stored = open_analysis(tables=wikinews_tables), open_stored(wikinews_tables)
    found, streamed = aggregate.stories(in_pandas), aggregate.stories(stored)  # stored: texts streamed in chunks
    pd.testing.assert_frame_equal(streamed.articles, found.articles)
    pd.testing.assert_frame_equal(streamed.stories, found.stories)
    in_pandas, stored = deduplicated(in_pandas, mode, stories=found), deduplicated(stored, mode, stories=streamed)
    pd.testing.assert_frame_equal(stored.articles, in_pandas.articles.drop(columns=list(TEXT_COLUMNS)))
    for name in ("tone_summary", "tone_evidence_by_source", "frame_prevalence", "frames_by_source"):
        assert_equal(CALLS[name](in_pandas), CALLS[name](stored))
