"""Tests for analysis.sentiment.tone (aggregation and evidence) and analysis.sentiment.plots (figures with their data)."""
from __future__ import annotations

import math

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis.sentiment import tone
from analysis.sentiment import plots as tone_plots# noqa: E402


def articles_frame() -> pd.DataFrame:
    """Five articles: two sources, three months (February empty), one undated, one without sentences."""
    return pd.DataFrame({
        "doc_id": ["a", "b", "c", "d", "e"],
        "source": ["EFE", "EFE", "AP", "AP", None],
        "date": pd.to_datetime(["2021-01-05", "2021-01-20", "2021-03-02", None, "2021-03-09"]),
        "title": ["A", "B", "C", "D", "E"],
        "url": ["https://x/a", None, None, None, ""],
        "path": ["a.txt", "b.txt", "feed.csv", "feed.csv", "e.txt"],
        "record": [pd.NA, pd.NA, 2, 3, pd.NA],
        "n_sentences": [2, 1, 2, 1, 0],
        "tone": [0.5, 0.1, -0.4, -0.2, math.nan],
        "tone_narration": [0.4, 0.1, -0.5, -0.2, math.nan],
        "tone_quotes": [0.8, math.nan, 0.2, math.nan, math.nan],
    })


def sentences_frame() -> pd.DataFrame:
    rows = [("a", 0, "Great news."), ("a", 1, "Fine."), ("b", 0, "Okay."), ("c", 0, "Awful day."),
            ("c", 1, "\u201cNice,\u201d he said."), ("d", 0, "Bad.")]
    return pd.DataFrame({"doc_id": [r[0] for r in rows], "sent_id": [r[1] for r in rows], "paragraph": 0,
                         "start": 0, "end": [len(r[2]) for r in rows], "text": [r[2] for r in rows], "in_quote": False})


def sentiment_frame() -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": ["a", "a", "b", "c", "c", "d"],
        "sent_id": [0, 1, 0, 0, 1, 0],
        "compound": [0.9, 0.1, 0.1, -0.8, 0.0, -0.2],
        "voice": ["narration", "narration", "narration", "narration", "mixed", "narration"],
    })


def scored() -> pd.DataFrame:
    return tone.scored_sentences(sentences_frame(), sentiment_frame(), articles_frame())


# ---------------------------------------------------------------- sentences


def test_tone_label_uses_the_threshold_on_both_sides() -> None:
    labels = tone.tone_label(pd.Series([0.05, 0.049, -0.05, -0.2, 0.0]), threshold=0.05)
    assert list(labels) == ["positive", "neutral", "negative", "negative", "neutral"]


def test_scored_sentences_join_text_scores_and_where_to_read_them() -> None:
    table = scored()
    assert len(table) == 6
    assert list(table["label"]) == ["positive", "positive", "positive", "negative", "neutral", "negative"]
    links = dict(zip(table["doc_id"], table["link"]))
    assert links == {"a": "https://x/a", "b": "b.txt", "c": "feed.csv#record=2", "d": "feed.csv#record=3"}


def test_sentence_summary_counts_and_shares() -> None:
    summary = tone.sentence_summary(scored())
    assert list(summary.index) == ["negative", "neutral", "positive"]
    assert summary["sentences"].tolist() == [2, 1, 3]
    assert summary["share"].sum() == pytest.approx(1.0)
    assert summary.loc["negative", "mean_compound"] == pytest.approx(-0.5)


def test_compound_histogram_has_a_neutral_bin_and_agrees_with_the_labels() -> None:
    table = scored()
    edge_cases = pd.DataFrame({"compound": [-0.05, 0.05, 0.0, -1.0, 1.0]})
    both = pd.concat([table[["compound"]], edge_cases], ignore_index=True)
    histogram = tone.compound_histogram(both, bins=2, threshold=0.05)
    assert histogram["label"].tolist() == ["negative", "negative", "neutral", "positive", "positive"]
    assert histogram["bin_start"].iloc[0] == -1.0 and histogram["bin_end"].iloc[-1] == 1.0
    by_label = histogram.groupby("label")["sentences"].sum()
    expected = tone.tone_label(both["compound"]).value_counts()
    assert by_label.to_dict() == expected.to_dict()


def test_sentence_view_reads_one_article_in_order() -> None:
    view = tone.sentence_view(scored(), "c")
    assert list(view.index) == [0, 1] and view["text"].iloc[1].startswith("\u201cNice")
    assert list(tone.sentence_view(scored()).index) == [0, 1]  # the first article
    with pytest.raises(KeyError, match="zzz"):
        tone.sentence_view(scored(), "zzz")


def test_article_table_is_most_negative_first_with_text_dates() -> None:
    table = tone.article_table(articles_frame())
    assert list(table.index[:4]) == ["c", "d", "b", "a"]
    assert table.loc["d", "date"] == "" and table.loc["a", "date"] == "2021-01-05"


# ---------------------------------------------------------------- groups


def test_bootstrap_interval_brackets_the_mean_and_is_seeded() -> None:
    values = np.random.default_rng(1).normal(0.2, 0.3, size=50)
    low, high = tone.bootstrap_ci(values, seed=3)
    assert low < values.mean() < high
    assert (low, high) == tone.bootstrap_ci(values, seed=3)
    assert (low, high) != tone.bootstrap_ci(values, seed=4)
    narrow = tone.bootstrap_ci(values, level=0.5, seed=3)
    assert low < narrow[0] < narrow[1] < high
    assert all(math.isnan(x) for x in tone.bootstrap_ci(np.array([0.3, math.nan])))


def test_group_tone_by_source_counts_articles_with_a_value() -> None:
    table = tone.group_tone(articles_frame(), by="source")
    assert list(table.index) == ["AP", "EFE", "(unknown)"]
    assert table.loc["EFE", "mean"] == pytest.approx(0.3)
    assert table.loc["EFE", "n_articles"] == 2 and table.loc["EFE", "n_sentences"] == 3
    assert table.loc["(unknown)", "n_articles"] == 0 and math.isnan(table.loc["(unknown)", "mean"])
    assert table.loc["AP", "ci_low"] <= table.loc["AP", "mean"] <= table.loc["AP", "ci_high"]


def test_a_groups_interval_does_not_depend_on_other_groups() -> None:
    articles = articles_frame()
    alone = tone.group_tone(articles[articles["source"] == "EFE"], by="source")
    together = tone.group_tone(articles, by="source")
    assert alone.loc["EFE", ["ci_low", "ci_high"]].tolist() == together.loc["EFE", ["ci_low", "ci_high"]].tolist()


def test_periods_run_without_gaps_and_undated_comes_last() -> None:
    table = tone.group_tone(articles_frame(), by="period", freq="M")
    assert list(table.index) == ["2021-01", "2021-02", "2021-03", "undated"]
    assert table.loc["2021-02", "n_articles"] == 0 and math.isnan(table.loc["2021-02", "mean"])
    assert table.loc["2021-01", "mean"] == pytest.approx(0.3)
    assert table.loc["undated", "n_articles"] == 1


def test_group_tone_names_a_missing_column() -> None:
    with pytest.raises(KeyError, match="word_tone"):
        tone.group_tone(articles_frame(), value="word_tone")


def test_voice_tone_puts_narration_beside_quotes() -> None:
    overall = tone.voice_tone(articles_frame())
    assert overall.index.tolist() == [(tone.ALL, "narration"), (tone.ALL, "quotes")]
    assert overall.loc[(tone.ALL, "narration"), "n_articles"] == 4
    assert overall.loc[(tone.ALL, "quotes"), "n_articles"] == 2
    assert overall.loc[(tone.ALL, "quotes"), "mean"] == pytest.approx(0.5)
    by_source = tone.voice_tone(articles_frame(), by="source")
    assert by_source.loc[("EFE", "quotes"), "mean"] == pytest.approx(0.8)


# ---------------------------------------------------------------- evidence


def test_evidence_lists_each_groups_extremes_of_their_own_sign() -> None:
    table = tone.evidence(scored(), by="source", articles=articles_frame(), n=1)
    rows = {(row.source, row.side): (row.doc_id, row.sent_id, row.compound) for row in table.itertuples()}
    # AP's only other sentence is neutral and EFE has no negative one: those sides stay empty
    assert rows == {("AP", "most negative"): ("c", 0, -0.8), ("EFE", "most positive"): ("a", 0, 0.9)}
    assert list(table.columns) == ["source", *tone.EVIDENCE_COLUMNS]
    assert table.loc[table["doc_id"] == "a", "link"].iloc[0] == "https://x/a"


def test_evidence_ranks_and_breaks_ties_in_corpus_order() -> None:
    table = tone.evidence(scored(), n=2)
    positive = table[table["side"] == "most positive"]
    assert positive[["doc_id", "sent_id", "rank"]].values.tolist() == [["a", 0, 1], ["a", 1, 2]]
    with pytest.raises(ValueError, match="articles"):
        tone.evidence(scored(), by="source")


# ---------------------------------------------------------------- figures


def test_figures_return_the_data_they_draw() -> None:
    histogram = tone.compound_histogram(scored())
    figure, data = tone_plots.distribution_figure(histogram)
    assert data is histogram
    by_source = tone.group_tone(articles_frame(), by="source")
    assert tone_plots.group_figure(by_source, title="t")[1] is by_source
    voices = tone.voice_tone(articles_frame(), by="source")
    assert tone_plots.voice_figure(voices)[1] is voices
    view = tone.sentence_view(scored(), "c").assign(narration_compound=[-0.8, 0.0], quote_compound=[math.nan, 0.3])
    assert tone_plots.sentence_figure(view)[1] is view
    plt.close("all")


def test_tone_over_time_needs_two_dated_periods() -> None:
    articles = articles_frame()
    figure = tone_plots.over_time_figure(tone.group_tone(articles, by="period"))
    assert figure is not None and "undated" not in figure[1].index
    single = articles[articles["doc_id"].isin(["a", "d"])]
    assert tone_plots.over_time_figure(tone.group_tone(single, by="period")) is None
    plt.close("all")
