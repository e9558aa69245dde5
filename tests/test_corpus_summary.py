"""Corpus summary tables and figures of notebook 00, on hand-made article tables and on the seed."""
from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from analysis import load_corpus
from analysis.corpus.plots import plot_articles_by_date, plot_articles_by_source, plot_lengths
from analysis.corpus.summary import (
    articles_by_date,
    articles_by_source,
    corpus_fingerprint,
    date_freq,
    dateline_counts,
    datelines_table,
    dates_note,
    example_sentences,
    length_summary,
    rejects_note,
    sentence_lines,
)
from analysis.paths import SEEDS
from analysis.plotting import save_figure


def make_articles(rows: list[dict]) -> pd.DataFrame:
    """An articles table with the loader's columns that these functions read."""
    defaults = {"source": None, "date": None, "date_text": None, "place": None, "path": "a.txt", "record": pd.NA,
                "n_words": 10, "n_paragraphs": 1, "text": "x"}
    records = [{**defaults, "doc_id": f"d{i}", **row} for i, row in enumerate(rows)]
    frame = pd.DataFrame(records, columns=["doc_id", *defaults])
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


@pytest.fixture(scope="module")
def seed_articles() -> pd.DataFrame:
    return load_corpus(SEEDS).articles


def test_fingerprint_ignores_order_and_sees_any_text_change():
    articles = make_articles([{"text": "one"}, {"text": "two"}])
    same = corpus_fingerprint(articles.iloc[::-1])
    changed = articles.copy()
    changed.loc[1, "text"] = "two "
    assert corpus_fingerprint(articles) == same
    assert corpus_fingerprint(changed) != same
    assert len(same) == 64


def test_articles_by_source_counts_and_labels_missing_sources():
    articles = make_articles([
        {"source": "EFE", "n_words": 100, "date": "2021-01-01"},
        {"source": "EFE", "n_words": 300},
        {"source": "AP", "n_words": 50},
        {"source": None, "n_words": 20},
        {"source": "  ", "n_words": 30},
    ])
    table = articles_by_source(articles)
    assert table.to_dict("records") == [
        {"source": "(unknown)", "articles": 2, "dated": 0, "words": 50, "median_words": 25.0},
        {"source": "EFE", "articles": 2, "dated": 1, "words": 400, "median_words": 200.0},
        {"source": "AP", "articles": 1, "dated": 0, "words": 50, "median_words": 50.0},
    ]


def test_articles_by_date_fills_empty_periods_and_leaves_out_undated():
    articles = make_articles([{"date": "2021-01-01"}, {"date": "2021-01-03"}, {"date": "2021-01-03"}, {"date": None}])
    table = articles_by_date(articles)
    assert table.to_dict("records") == [
        {"period": "2021-01-01", "articles": 1},
        {"period": "2021-01-02", "articles": 0},
        {"period": "2021-01-03", "articles": 2},
    ]
    assert articles_by_date(articles, freq="M").to_dict("records") == [{"period": "2021-01", "articles": 3}]
    assert articles_by_date(make_articles([{"date": None}])).empty


@pytest.mark.parametrize(
    ("first", "last", "freq"),
    [("2021-01-01", "2021-03-01", "D"), ("2019-01-04", "2021-03-15", "M"), ("2000-01-01", "2021-01-01", "Y")],
)
def test_date_freq_keeps_the_number_of_bars_readable(first, last, freq):
    assert date_freq(pd.Timestamp(first), pd.Timestamp(last)) == freq


def test_dates_note_says_why_the_timeline_is_missing(seed_articles):
    assert dates_note(seed_articles).startswith("The only article has no full date (dateline dates without a year: 'Dec 22')")
    mixed = make_articles([{"date": "2021-01-01"}, {"date_text": "Jan 5"}])
    assert dates_note(mixed).startswith("1 of 2 articles are dated; 1 undated (dateline dates without a year: 'Jan 5')")
    assert dates_note(make_articles([{"date": "2021-01-01"}, {"date": "2021-02-01"}])) == (
        "All 2 articles are dated, 2021-01-01 to 2021-02-01."
    )
    assert dates_note(make_articles([])) == "The corpus has no articles."


def test_length_summary_describes_each_measure():
    articles = make_articles([{"n_words": 10, "n_paragraphs": 1}, {"n_words": 30, "n_paragraphs": 3}])
    table = length_summary(articles).set_index("measure")
    assert list(table.index) == ["n_words", "n_paragraphs"]
    assert table.loc["n_words"].to_dict() == {"articles": 2, "mean": 20.0, "min": 10.0, "median": 20.0, "max": 30.0}


def test_datelines_of_the_seed(seed_articles):
    table = datelines_table(seed_articles)
    assert table[["place", "date_text", "source"]].to_dict("records") == [
        {"place": "Moscow", "date_text": "Dec 22", "source": "EFE"}
    ]
    counts = dateline_counts(seed_articles).set_index("field")["articles"].to_dict()
    assert counts == {"place": 1, "date_text": 1, "source": 1, "date": 0}


def test_rejects_note_counts_by_reason():
    assert rejects_note({}) == "No input was rejected."
    assert rejects_note({"binary file": 1, "duplicate": 2}) == "3 input(s) rejected: 2 duplicate, 1 binary file."


def test_example_sentences_of_the_seed(seed_articles):
    heading, sentences = example_sentences(seed_articles, position=0)
    assert heading.startswith("000_55210bee468b7daf.txt (EFE, Moscow, Dec 22): ")
    assert f"{len(sentences)} sentences in 14 paragraphs" in heading
    assert sentences["text"].iloc[0].startswith("Russia does not see Latin America")
    lines = sentence_lines(sentences).splitlines()
    assert len(lines) == len(sentences)
    assert lines[1].startswith("  1  p1   q  \u201cRussia never built")
    with pytest.raises(ValueError, match=r"example=3: no article at that position \(valid: 0..0\)"):
        example_sentences(seed_articles, position=3)


def test_plots_return_the_figure_and_the_data_they_draw(tmp_path: Path):
    articles = make_articles([{"source": "EFE", "date": "2021-01-01"}, {"source": "AP", "date": "2021-01-04"}])
    by_date = articles_by_date(articles)
    drawn = {
        "articles_by_date": plot_articles_by_date(by_date),
        "articles_by_source": plot_articles_by_source(articles_by_source(articles)),
        "article_lengths": plot_lengths(articles),
    }
    assert list(tmp_path.iterdir()) == []  # the functions save nothing themselves
    for name, (figure, data) in drawn.items():
        assert isinstance(figure, plt.Figure)
        save_figure(figure, data, name, tmp_path)
        plt.close(figure)
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "article_lengths.csv", "article_lengths.png", "articles_by_date.csv", "articles_by_date.png",
        "articles_by_source.csv", "articles_by_source.png",
    ]
    assert drawn["articles_by_date"][1]["articles"].tolist() == [1, 0, 0, 1]
    assert pd.read_csv(tmp_path / "articles_by_date.csv")["articles"].tolist() == [1, 0, 0, 1]
    assert drawn["articles_by_source"][1]["source"].tolist() == ["AP", "EFE"]
    assert drawn["article_lengths"][1]["doc_id"].tolist() == ["d0", "d1"]
    assert pd.read_csv(tmp_path / "article_lengths.csv")["doc_id"].tolist() == ["d0", "d1"]


def test_plots_draw_nothing_without_data():
    undated = make_articles([{"date": None}])
    assert plot_articles_by_date(articles_by_date(undated)) is None
    assert plot_articles_by_source(articles_by_source(undated.iloc[:0])) is None
    assert plot_lengths(undated.iloc[:0]) is None
