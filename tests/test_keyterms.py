"""Key terms: keyword in context, Dunning's G2 and log ratio, stopwords, multi-word terms, comparison groups."""
from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from analysis.framing.keyterms import (
    KEYNESS_COLUMNS,
    KWIC_COLUMNS,
    comparison_groups,
    keyness,
    kwic,
    load_stopwords,
    log_likelihood,
    log_ratio,
    text_terms,
)
from analysis.paths import SEEDS

TEXTS = [
    "Russia signed a trade deal. The trade deal angered Washington.",
    "No trade here; only Trade-offs and the TRADE deal\nreport.",
]


def test_kwic_lists_every_occurrence_with_offsets_and_context() -> None:
    table = kwic(TEXTS, "trade deal", window=2)
    assert list(table.columns) == KWIC_COLUMNS
    assert len(table) == 3
    for row in table.itertuples():
        text = TEXTS[int(row.doc_id)]
        assert text[row.start:row.end] == row.match
        assert row.match.casefold() == "trade deal"
    first = table.iloc[0]
    assert (first["left"], first["right"]) == ("signed a", ". The trade")


def test_kwic_window_counts_words_and_folds_whitespace() -> None:
    table = kwic(TEXTS[1], "deal", window=1)
    assert table.iloc[0][["left", "match", "right"]].tolist() == ["TRADE", "deal", "report"]
    bare = kwic(TEXTS[1], "deal", window=0)
    assert bare.iloc[0][["left", "right"]].tolist() == ["", ""]


def test_kwic_several_terms_and_stems() -> None:
    table = kwic(TEXTS, ["Russia", "angered"], window=3)
    assert table["term"].tolist() == ["Russia", "angered"]
    stemmed = kwic(["They negotiated; negotiations went on."], "negotiate", stem=True)
    assert stemmed["match"].tolist() == ["negotiated", "negotiations"]


def test_kwic_accepts_an_articles_table_and_a_corpus() -> None:
    from analysis import load_corpus

    corpus = load_corpus(SEEDS)
    table = kwic(corpus, "Monroe doctrine")
    assert len(table) == 1 and table["doc_id"].iloc[0] == corpus.articles["doc_id"].iloc[0]
    assert "title" in table.columns
    frame = pd.DataFrame({"doc_id": ["x"], "text": ["the Monroe Doctrine"]})
    assert kwic(frame, "monroe doctrine")["doc_id"].tolist() == ["x"]


def test_kwic_needs_a_word() -> None:
    with pytest.raises(ValueError, match="no word"):
        kwic(TEXTS, "...")


def test_log_likelihood_and_log_ratio_follow_dunning_and_hardie() -> None:
    # 10 hits in A and none in B, both 100 words: expected 5 and 5, so G2 = 2 * 10 * ln(10 / 5).
    assert log_likelihood([10], [0], 100, 100)[0] == pytest.approx(2 * 10 * math.log(2))
    # A zero count is taken as 0.5 for the log ratio: log2((10/100) / (0.5/100)).
    assert log_ratio([10], [0], 100, 100)[0] == pytest.approx(math.log2(20))
    assert log_likelihood([5], [5], 100, 100)[0] == pytest.approx(0.0)
    assert log_ratio([4], [8], 100, 200)[0] == pytest.approx(0.0)


def test_keyness_ranks_terms_of_each_group() -> None:
    group_a = ["The war goes on. War and war again, said the general."] * 3
    group_b = ["Trade talks and trade deals: the economy grows."] * 3
    table = keyness(group_a, group_b, min_freq=3, labels=("war news", "trade news"))
    assert list(table.columns) == KEYNESS_COLUMNS
    assert table["g2"].is_monotonic_decreasing
    top = table.set_index("term")
    assert top.loc["war", "key_for"] == "war news" and top.loc["war", "log_ratio"] > 0
    assert top.loc["trade", "key_for"] == "trade news" and top.loc["trade", "log_ratio"] < 0
    assert top.loc["war", "freq_a"] == 9 and top.loc["war", "freq_b"] == 0
    assert "the" not in top.index and "said" not in top.index
    assert (table["freq_a"] + table["freq_b"] >= 3).all()
    assert "trade talks" in top.index and top.loc["trade talks", "n_words"] == 2


def test_keyness_without_stopwords_keeps_function_words() -> None:
    table = keyness(["the war"] * 5, ["the trade"] * 5, min_freq=1, stopwords=None)
    assert "the" in set(table["term"])


def test_keyness_needs_words_in_both_groups() -> None:
    with pytest.raises(ValueError, match="needs words in both groups"):
        keyness(["war"], [""])


def test_multiword_terms_skip_stopword_edges_and_punctuation() -> None:
    words = load_stopwords()
    terms, n_words = text_terms("The foreign minister of Russia said: trade, war.", max_words=3, stopwords=words)
    assert "foreign minister" in terms and "minister of russia" in terms
    assert "the foreign" not in terms and "trade war" not in terms and "of russia" not in terms
    assert n_words == 8


def test_abbreviations_and_acronyms_are_not_the_pronoun_us() -> None:
    terms, _ = text_terms("The U.S. and US troops told us.", stopwords=load_stopwords())
    assert terms.count("US") == 2 and "us" not in terms


def test_shipped_stopwords_and_a_custom_list(tmp_path: Path) -> None:
    words = load_stopwords()
    assert {"the", "and", "said", "of"} <= words
    assert not {"war", "trade", "russia"} & words
    custom = tmp_path / "stop.txt"
    custom.write_text("# mine\nwar\n\nTrade\n", encoding="utf-8")
    assert load_stopwords(custom) == frozenset({"war", "trade"})


def articles_table(sources: list[str], dates: list[str | None]) -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": [f"d{i}" for i in range(len(sources))],
        "text": ["war"] * len(sources),
        "source": sources,
        "date": pd.to_datetime(dates),
    })


def test_comparison_groups_by_source() -> None:
    two = comparison_groups(articles_table(["AP", "EFE", "AP"], [None] * 3), "source")
    assert {name: len(group) for name, group in two.items()} == {"AP": 2, "EFE": 1}
    three = comparison_groups(articles_table(["AP", "EFE", "AP", "RT"], [None] * 4), "source")
    assert {name: len(group) for name, group in three.items()} == {"AP": 2, "others": 2}
    one = comparison_groups(articles_table(["AP"], [None]), "source")
    assert list(one) == ["AP"]


def test_comparison_groups_by_actor_split_articles_that_mention_it(tmp_path) -> None:
    from analysis import analyze, load_corpus

    (tmp_path / "a.txt").write_text("MOSCOW (Reuters) - Russia and Brazil signed a trade deal.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("PARIS (AFP) - France raised taxes on fuel.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("LONDON (AP) - The Kremlin said Russia would respond.\n", encoding="utf-8")
    result = analyze(load_corpus(tmp_path, lang="en"), steps=("actors",), cache=False)  # one-line texts: too short to detect
    by_id = comparison_groups(result, "actor:country:russia")
    assert {name: sorted(group["path"]) for name, group in by_id.items()} == {
        "mentions Russia": ["a.txt", "c.txt"], "does not mention Russia": ["b.txt"],
    }
    assert list(comparison_groups(result, "actor:russia")) == list(by_id)
    assert list(comparison_groups(result, "actor:country:peru")) == ["does not mention country:peru"]
    with pytest.raises(ValueError, match="needs the mentions table"):
        comparison_groups(analyze(load_corpus(tmp_path), steps=(), cache=False), "actor:country:russia")


def test_comparison_groups_by_period_split_at_the_median_and_skip_undated() -> None:
    dates = ["2019-01-05", "2019-06-01", "2020-02-01", "2020-08-01", None]
    groups = comparison_groups(articles_table(["AP"] * 5, dates), "period", freq="M")
    assert [len(group) for group in groups.values()] == [2, 2]
    assert list(groups) == ["2019-01..2019-06", "2020-02..2020-08"]
