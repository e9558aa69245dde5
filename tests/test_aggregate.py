"""Aggregations over stored tables in DuckDB (and summaries over their streamed texts) equal the pandas summaries,
and never take a whole row table out."""
from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest

from analysis import analyze, load_corpus
from analysis.corpus import articles_by_date, articles_by_source, example_sentences
from analysis.framing import comparison_groups, keyness
from analysis.pipeline import aggregate, aggregate_text
from analysis.pipeline.batch import analyze_to_parquet
from analysis.pipeline.dedupe import deduplicated
from analysis.pipeline.lazy import TEXT_COLUMNS, StoredAnalysis, open_stored
from analysis.pipeline.stored import open_analysis, open_corpus, stored_columns
from analysis.sentiment import cue_changes, group_tone
from analysis.validation.coded import coded_doc_ids, open_coded

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
    assert stored.parts_read, "the evidence rows are read by StoredAnalysis.rows (filtered by doc_id)"
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


# ---------------------------------------------------------------- summaries that read the texts (aggregate_text)

TEXT_CALLS = {
    "kwic": lambda source: aggregate_text.kwic(source, ["cooperation", "Monroe doctrine", "said"], window=5,
                                               batch_rows=40),
    "kwic_stem_nothing_found": lambda source: aggregate_text.kwic(source, "zzyzx", stem=True),
    "kwic_first_50": lambda source: aggregate_text.kwic(source, "said", limit=50, batch_rows=10),
    "groups_by_period": lambda source: {name: list(group["doc_id"])
                                        for name, group in aggregate_text.comparison_groups(source, "period").items()},
    "groups_by_actor": lambda source: {name: list(group["doc_id"]) for name, group in
                                       aggregate_text.comparison_groups(source, "actor:Russia").items()},
    "keyness_by_period": lambda source: aggregate_text.keyness(
        source, aggregate_text.comparison_groups(source, "period", freq="M"), min_freq=3, batch_rows=40),
    "keyness_by_actor": lambda source: aggregate_text.keyness(
        source, aggregate_text.comparison_groups(source, "actor:country:russia"), min_freq=2, max_words=3, top=50),
    "cue_changes": lambda source: aggregate_text.cue_changes(source),
    "scored_with": lambda source: aggregate.scored_with(source),
}


@pytest.mark.parametrize("name", list(TEXT_CALLS))
def test_a_summary_over_streamed_texts_equals_the_pandas_one(pair, name):
    in_pandas, stored = pair
    assert_equal(TEXT_CALLS[name](in_pandas), TEXT_CALLS[name](stored))


def test_keyness_over_an_analysis_is_the_framing_keyness_of_its_groups(wikinews_tables):
    analysis = open_analysis(tables=wikinews_tables)
    groups = comparison_groups(analysis, "period")
    expected = keyness(*groups.values(), labels=tuple(groups), min_freq=3)
    pd.testing.assert_frame_equal(aggregate_text.keyness(open_stored(wikinews_tables), groups, min_freq=3), expected)
    assert expected["freq_a"].dtype == "int64" and len(expected) > 1_000


def test_streamed_summaries_hold_one_chunk_of_texts_at_a_time(wikinews_tables, monkeypatch):
    stored = open_stored(wikinews_tables)
    sizes = []
    real = StoredAnalysis.article_chunks

    def watched(self, columns=None, *, batch_rows=2_000):
        for chunk in real(self, columns, batch_rows=batch_rows):
            sizes.append(len(chunk))
            yield chunk

    monkeypatch.setattr(StoredAnalysis, "article_chunks", watched)
    aggregate_text.kwic(stored, "said", batch_rows=50)
    aggregate_text.keyness(stored, aggregate_text.comparison_groups(stored, "period"), batch_rows=50)
    assert sizes and max(sizes) <= 50 and sum(sizes) == 2 * len(stored.articles)
    assert all(rows < 10_000 for _, rows in stored.fetched)  # the terms kept, never a row per term and chunk


CUE_STORIES = {  # reporting verbs VADER gives a tone ("stressed", "warned", "praised") used as cues, and not
    "a.txt": "MOSCOW, Dec 22 (EFE) .- Russia does not see Latin America as a rival, Lavrov stressed today. "
             "\"We are ready,\" he warned.\nThe minister praised the deal.\n",
    "b.txt": "PARIS, June 5 (AFP) - Stressed workers marched. The ministry warned that prices would rise.\n",
    "c.txt": "BERLIN, May 2 (AP) - The weather was good.\n",
}


def test_cue_changes_equal_a_whole_re_analysis_with_the_rule_off(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in CUE_STORIES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    tables = analyze_to_parquet(corpus, tmp_path / "tables", chunk_size=2, cache=False, steps=("sentiment",)).out
    whole = open_analysis(tables=tables, steps=("sentiment",))
    plain = analyze(open_corpus(tables=tables), steps=("sentiment",), cache=False, sentiment_neutral_cues=False)
    expected = cue_changes(whole.sentiment, plain.sentiment, whole.sentences)
    assert len(expected) >= 2  # the rule changed sentences of both articles holding a cue
    for source in (whole, open_stored(tables, steps=("sentiment",))):
        changes = aggregate_text.cue_changes(source)
        pd.testing.assert_frame_equal(changes, expected)
        assert changes.attrs["n_changed"] == len(expected)
        first = aggregate_text.cue_changes(source, limit=1)
        pd.testing.assert_frame_equal(first, expected.head(1))
        assert first.attrs["n_changed"] == len(expected)
    assert aggregate_text.cue_changes(open_analysis(corpus=corpus, steps=("sentiment",), cache=False,
                                                    sentiment_neutral_cues=False)).attrs["n_changed"] == 0


def test_the_scoring_methods_are_named_most_used_first(wikinews_tables):
    analysis = open_analysis(tables=wikinews_tables, steps=("sentiment",))
    assert aggregate.scored_with(analysis) == f"{len(analysis.sentiment)} sentences scored with 'vader'"
    sentiment = analysis.sentiment.assign(method=["vader"] * 3 + ["sentiment_analysis_spanish"] * (len(analysis.sentiment) - 3))
    mixed = dataclasses.replace(analysis, tables={**analysis.tables, "sentiment": sentiment})
    assert aggregate.scored_with(mixed) == (f"{len(sentiment)} sentences scored with 'sentiment_analysis_spanish' "
                                            f"({len(sentiment) - 3}) and 'vader' (3)")


# ---------------------------------------------------------------- the corpus page (00) and the validation page (04)


def test_the_corpus_page_reads_one_text_and_summarises_without_the_others(wikinews_tables, wikinews_path):
    loaded = load_corpus(wikinews_path)
    stored_corpus = open_corpus(tables=wikinews_tables, text=False)
    assert "text" not in stored_corpus.articles.columns
    assert stored_corpus.summary() == loaded.summary()
    stored = open_stored(wikinews_tables, steps=())
    shown = aggregate.with_text(stored, stored.articles, positions=[7, 10_000])
    assert shown["text"].notna().sum() == 1
    assert example_sentences(shown, position=7)[0] == example_sentences(loaded.articles, position=7)[0]
    pd.testing.assert_frame_equal(example_sentences(shown, position=7)[1], example_sentences(loaded.articles, position=7)[1])
    assert [what for what, _ in stored.fetched] == ["rows of articles"]


def test_rows_of_a_few_articles_read_only_the_parts_that_hold_them(wikinews_tables):
    whole = open_analysis(tables=wikinews_tables)
    stored = open_stored(wikinews_tables)
    doc_ids = whole.articles["doc_id"]
    first_part, last_part = list(doc_ids.iloc[[3, 40]]), [doc_ids.iloc[-1]]  # the fixture's parts hold 100 articles
    for name in ["articles", "sentences", "mentions"]:
        table = whole.articles if name == "articles" else whole.tables[name]
        for wanted in (first_part, [*first_part, *last_part], ["not-an-article"]):
            expected = table[table["doc_id"].isin(wanted)].reset_index(drop=True)
            pd.testing.assert_frame_equal(stored.rows(name, list(reversed(wanted))), expected, obj=name)
        expected = table[table["doc_id"].isin(first_part)][["doc_id", table.columns[-1]]].reset_index(drop=True)
        pd.testing.assert_frame_equal(stored.rows(name, first_part, ["doc_id", table.columns[-1]]), expected)
    files = stored.files["sentences"]
    assert len(files) == 3
    read = [parts for name, parts in stored.parts_read if name == "sentences"]
    assert read == [(files[0],), (files[0], files[-1]), (), (files[0],)]  # no part without a wanted article is scanned


def test_the_validation_page_reads_only_the_coded_articles(wikinews_tables, wikinews_path, tmp_path):
    doc_ids = stored_columns(wikinews_tables, ["doc_id"])["doc_id"]
    coded = list(doc_ids.iloc[[3, 40, 41]])
    sheet = tmp_path / "coder.csv"
    pd.DataFrame({"unit": ["article"] * 3, "doc_id": [f" {doc_id} " for doc_id in coded],
                  "sent_id": [""] * 3}).to_csv(sheet, index=False)
    assert coded_doc_ids([sheet]) == sorted(coded)
    opened = open_coded(wikinews_tables, [sheet])
    whole = open_analysis(tables=wikinews_tables)
    pd.testing.assert_frame_equal(opened.articles, whole.articles[whole.articles["doc_id"].isin(coded)].reset_index(drop=True))
    for name, table in whole.tables.items():
        pd.testing.assert_frame_equal(opened.tables[name], table[table["doc_id"].isin(coded)].reset_index(drop=True), obj=name)
    from_corpus = open_analysis(corpus=wikinews_path, steps=("sentiment",), doc_ids=coded, cache=False)
    pd.testing.assert_frame_equal(from_corpus.sentiment, opened.sentiment)
