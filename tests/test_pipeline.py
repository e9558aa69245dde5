"""The analysis spine: tables in corpus order, options checked, results cached and reused."""
from __future__ import annotations

import pandas as pd
import pytest

import counting_step
from analysis import analyze, load_corpus
from analysis.paths import SEEDS

STEP = ("counting_step",)


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "b.txt").write_text("PARIS (AFP) - Second story. It has two sentences.\n", encoding="utf-8")
    (folder / "a.txt").write_text("LONDON (Reuters) - First story here.\nA new paragraph. And one more.\n", encoding="utf-8")
    return load_corpus(folder)


def test_sentences_and_step_tables_follow_corpus_order(corpus, tmp_path):
    result = analyze(corpus, steps=STEP, cache=False)
    order = list(corpus.articles["doc_id"])
    assert list(dict.fromkeys(result.sentences["doc_id"])) == order
    assert list(dict.fromkeys(result.lengths["doc_id"])) == order
    assert result.sentences.groupby("doc_id")["sent_id"].apply(lambda ids: list(ids) == sorted(ids)).all()
    assert result.articles["n_sentences"].tolist() == result.sentences.groupby("doc_id", sort=False).size().tolist()


def test_article_metrics_are_aggregations_of_the_step_table(corpus):
    result = analyze(corpus, steps=STEP, cache=False)
    expected = result.lengths.groupby("doc_id")["length"].sum()
    assert result.articles.set_index("doc_id")["total_length"].to_dict() == expected.to_dict()


def test_every_sentence_offset_indexes_the_stored_text(corpus):
    result = analyze(corpus, steps=(), cache=False)
    texts = corpus.articles.set_index("doc_id")["text"]
    for row in result.sentences.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text


def test_unknown_option_is_a_clear_error(corpus):
    with pytest.raises(TypeError, match="unknown analysis option.*lenght_unit.*known options.*length_unit"):
        analyze(corpus, steps=STEP, cache=False, lenght_unit="words")


def test_rerun_on_unchanged_corpus_recomputes_nothing_and_gives_equal_tables(corpus, tmp_path):
    counting_step.CALLS.clear()
    first = analyze(corpus, steps=STEP, cache_dir=tmp_path / "cache")
    assert len(counting_step.CALLS) == len(corpus.articles)
    second = analyze(corpus, steps=STEP, cache_dir=tmp_path / "cache")
    assert len(counting_step.CALLS) == len(corpus.articles), "cached articles were recomputed"
    pd.testing.assert_frame_equal(first.lengths, second.lengths)
    pd.testing.assert_frame_equal(first.sentences, second.sentences)
    pd.testing.assert_frame_equal(first.articles, second.articles)


def test_changed_option_or_new_article_is_recomputed(corpus, tmp_path):
    counting_step.CALLS.clear()
    analyze(corpus, steps=STEP, cache_dir=tmp_path / "cache")
    words = analyze(corpus, steps=STEP, cache_dir=tmp_path / "cache", length_unit="words")
    assert len(counting_step.CALLS) == 2 * len(corpus.articles)
    assert words.lengths["length"].max() < 10
    seed = load_corpus(SEEDS)
    bigger = type(corpus)(
        articles=pd.concat([corpus.articles, seed.articles], ignore_index=True), rejects=corpus.rejects, root=corpus.root
    )
    counting_step.CALLS.clear()
    analyze(bigger, steps=STEP, cache_dir=tmp_path / "cache")
    assert counting_step.CALLS == list(seed.articles["doc_id"])


def test_parallel_run_equals_serial_run(corpus):
    serial = analyze(corpus, steps=STEP, cache=False)
    parallel = analyze(corpus, steps=STEP, cache=False, workers=2)
    for name in serial.tables:
        pd.testing.assert_frame_equal(serial.tables[name], parallel.tables[name])


def test_empty_corpus_gives_empty_tables_with_columns(corpus):
    empty = type(corpus)(articles=corpus.articles.iloc[0:0], rejects=corpus.rejects, root=corpus.root)
    result = analyze(empty, steps=STEP, cache=False)
    assert result.sentences.empty and "in_quote" in result.sentences.columns
    assert list(result.lengths.columns) == list(counting_step.SCHEMA)
    assert dict(result.lengths.dtypes.astype(str)) == counting_step.SCHEMA


def test_editing_a_dictionary_given_by_relative_path_invalidates_the_cache(tmp_path, monkeypatch):
    from analysis.pipeline.cache import config_key

    monkeypatch.chdir(tmp_path)
    dictionary = tmp_path / "mine.yaml"
    dictionary.write_text("version: 1\n", encoding="utf-8")
    before = config_key(steps=STEP, options={"actors": "mine.yaml"}, version="0", library="x")
    dictionary.write_text("version: 2\n", encoding="utf-8")
    after = config_key(steps=STEP, options={"actors": "mine.yaml"}, version="0", library="x")
    assert before != after


# ---------------------------------------------------------------- declared dependencies


def test_a_step_brings_the_steps_it_requires_first_and_once():
    from analysis.pipeline.steps import plan_steps

    assert [step.TABLE for step in plan_steps(["quotes"])] == ["mentions", "quotes"]
    assert [step.TABLE for step in plan_steps(["quotes", "actors", "quotes"])] == ["mentions", "quotes"]
    assert [step.TABLE for step in plan_steps(["framing", "sentiment"])] == ["frame_hits", "sentiment"]


def test_unknown_steps_and_missing_tables_are_named(monkeypatch):
    import types

    from analysis.pipeline.steps import plan_steps

    with pytest.raises(ValueError, match="unknown analysis step 'tone'"):
        plan_steps(["tone"])
    lonely = types.ModuleType("lonely_step")
    lonely.TABLE, lonely.SCHEMA, lonely.DEFAULTS, lonely.REQUIRES = "lonely", {"doc_id": "str"}, {}, ("nowhere",)
    lonely.run_article = lambda doc, options: {}
    lonely.article_metrics = lambda tables, articles, options: None
    monkeypatch.setitem(__import__("sys").modules, "lonely_step", lonely)
    with pytest.raises(ValueError, match="requires table 'nowhere'"):
        plan_steps(["lonely_step"])


def test_quotes_alone_runs_the_actors_step_with_the_users_options():
    """No silent re-run with the shipped dictionary: the user's dictionary reaches the quotes' speakers."""
    result = analyze(load_corpus(SEEDS), steps=("quotes",), cache=False, fold_metonyms=False)
    assert "mentions" in result.tables and not result.mentions.empty
    assert set(result.quotes["speaker_actor_id"].dropna()) <= set(result.mentions["actor_id"])


def test_article_table_gives_one_steps_rows_with_its_schema():
    from analysis.pipeline.spine import article_table
    from analysis.quotes.step import SCHEMA

    table = article_table("quotes", 'Moscow - "We are satisfied," Sergey Lavrov said.')
    assert list(table.columns) == list(SCHEMA) and len(table) == 1
    assert table.loc[0, "speaker"] == "Sergey Lavrov"


def test_fewer_collections_raises_the_threshold_restores_it_and_freezes_nothing():
    import gc

    from analysis.pipeline.spine import fewer_collections

    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold()[0] > before[0]
        # nothing frozen: a frozen batch would keep the previous batch's unreachable documents alive
        assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_an_analysed_article_leaves_no_reference_cycle_behind(seed_article):
    """Every object of an article's analysis is freed by reference counting when the article is done: a cycle (a
    document holding itself in its view cache) would keep its tokens for the cyclic collector, which a batch runs
    rarely (:func:`fewer_collections`)."""
    import gc

    from analysis.pipeline.spine import REGISTERED_STEPS, analyze_article
    from analysis.pipeline.steps import plan_steps

    seed = seed_article.read_text(encoding="utf-8")
    plain = ("Foreign Minister Sergey Lavrov said on Monday that Russia wanted \"honest cooperation\" with Brazil.\n\n"
             "Officials in Brasilia welcomed the visit, while critics called it a failure.")  # nothing to blank
    steps = plan_steps(REGISTERED_STEPS)
    analyze_article("warm-up", seed, steps, {})  # dictionaries and patterns are built once, not per article
    gc.collect()
    gc.disable()
    try:
        for index, text in enumerate([seed, plain, seed, plain]):
            analyze_article(f"article-{index}", text, steps, {})
        left_in_cycles = gc.collect()
    finally:
        gc.enable()
    assert left_in_cycles < 50, f"{left_in_cycles} objects of 4 analysed articles were held in reference cycles"


def test_the_cache_is_keyed_on_the_fields_steps_read_not_only_the_text(tmp_path):
    from analysis.pipeline.spine import article_fingerprint

    row = {"text": "Officials told Wikinews the plan was fine.", "source": "Wikinews", "url": None}
    same = dict(row)
    moved = dict(row, url="https://en.wikinews.org/wiki/Plan")
    resourced = dict(row, source="Reuters")
    assert article_fingerprint(row) == article_fingerprint(same)
    assert len({article_fingerprint(row), article_fingerprint(moved), article_fingerprint(resourced)}) == 3


FRAGILE = ("sentiment", "fragile_step")


@pytest.fixture
def fragile_corpus(tmp_path):
    folder = tmp_path / "fragile"
    folder.mkdir()
    for index, extra in enumerate(("", "", "It will EXPLODE here.", "")):
        text = f"PARIS (AFP) - Story {index}: the minister said talks would go on. {extra}\n"
        (folder / f"{index:03d}.txt").write_text(text, encoding="utf-8")
    return load_corpus(folder)


@pytest.mark.parametrize("workers", [1, 2])
def test_an_article_that_raises_becomes_a_reject_row_and_the_others_are_analysed(fragile_corpus, workers):
    from analysis.errors import ArticleFailureWarning

    with pytest.warns(ArticleFailureWarning, match=r"1 of 4 articles could not be analysed.*002\.txt"):
        result = analyze(fragile_corpus, steps=FRAGILE, cache=False, workers=workers, fragile_raise_on="EXPLODE")
    failed = fragile_corpus.articles.loc[2, "doc_id"]
    assert result.rejects[["path", "reason"]].values.tolist() == [["002.txt", "analysis error"]]
    assert "ValueError: this article holds 'EXPLODE'" in result.rejects.loc[0, "detail"]
    assert result.rejects.dtypes.to_dict() == fragile_corpus.rejects.dtypes.to_dict()
    assert failed not in set(result.articles["doc_id"]) and len(result.articles) == 3
    for name, table in result.tables.items():
        assert failed not in set(table["doc_id"]), name
    assert result.fragile["doc_id"].tolist() == result.articles["doc_id"].tolist()


def test_a_failed_article_is_not_cached_and_fails_again(fragile_corpus, tmp_path):
    from analysis.errors import ArticleFailureWarning

    for _ in range(2):
        with pytest.warns(ArticleFailureWarning):
            result = analyze(fragile_corpus, steps=FRAGILE, cache_dir=tmp_path / "cache", fragile_raise_on="EXPLODE")
        assert result.rejects["path"].tolist() == ["002.txt"] and len(result.articles) == 3


def test_when_every_article_raises_the_first_error_is_raised(fragile_corpus):
    with pytest.raises(ValueError, match="this article holds 'minister'"):
        analyze(fragile_corpus, steps=FRAGILE, cache=False, fragile_raise_on="minister")


def test_an_analysis_error_about_the_run_is_raised_at_once(fragile_corpus, monkeypatch):
    import fragile_step
    from analysis.errors import DictionaryError

    def run_article(doc, options):
        if "EXPLODE" in doc.text:
            raise DictionaryError("user.yaml: entry 3: a bad entry")
        return {"n_chars": [len(doc.text)]}

    monkeypatch.setattr(fragile_step, "run_article", run_article)
    with pytest.raises(DictionaryError, match="user.yaml: entry 3"):
        analyze(fragile_corpus, steps=FRAGILE, cache=False)
