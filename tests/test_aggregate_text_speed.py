"""What makes a report over stored tables fast gives the same results: term counting in one pass, the KWIC
pre-filter, and near-duplicate stories found once and cached."""
from __future__ import annotations

import re
import warnings
from collections import Counter

import pandas as pd
import pytest

from analysis.corpus import load_corpus
from analysis.corpus.near_duplicates import DEFAULT_THRESHOLD, body_tokens
from analysis.framing.keyterms import (
    _BREAK, _may_contain, _term_keys, _word_key, kwic, load_stopwords, text_terms,
)
from analysis.pipeline import aggregate
from analysis.pipeline.batch import analyze_to_parquet
from analysis.pipeline.cache import CacheWarning
from analysis.pipeline.lazy import StoredAnalysis, open_stored
from analysis.pipeline.stories_cache import STORIES_FOLDER, stories_key
from analysis.text.document import Document
from analysis.text.matching import PhraseMatcher
from analysis.text.normalization import WORD_PATTERN, folded_view, normalize

TRICKY = [
    "The U.S. and US troops told us.", "Nicolás Maduro’s NATO-led ‘talks’ — i.e. 3 x 4; A b c d e", "", "a", ".",
    "Ünïcödé ﬁnance İstanbul ǅ ß ẞ straße STRASSE", "x y z w. v -- w ' q' r' (a) [b] {c} \"d\" e/f g|h\ni\rj",
    "The foreign minister of Russia said: trade, war.", "O’Brien's co-operation, Ni\u0301colás - the rock 'n' roll",
]


def reference_terms(text: str, *, max_words: int, stopwords: frozenset[str]) -> tuple[Counter, int]:
    """Term counts as the rule states it, run by run and n-gram by n-gram (the first, slow implementation)."""
    terms: Counter = Counter()
    n_words = 0
    view = re.sub(r"\b(?:[^\W\d_]\.){2,}", lambda match: match.group().replace(".", ""), normalize(text))
    for run in _BREAK.split(view):
        tokens = [_word_key(match.group()) for match in WORD_PATTERN.finditer(run)]
        n_words += len(tokens)
        usable = [len(token) > 1 and bool(re.search(r"[^\W\d_]", token)) for token in tokens]
        for size in range(1, max_words + 1):
            for first in range(len(tokens) - size + 1):
                last = first + size - 1
                if tokens[first] in stopwords or tokens[last] in stopwords or not all(usable[first:last + 1]):
                    continue
                terms[" ".join(tokens[first:last + 1])] += 1
    return terms, n_words


@pytest.fixture(scope="module")
def wikinews_texts(wikinews_path) -> list[str]:
    return load_corpus(wikinews_path).articles["text"].tolist()


@pytest.mark.parametrize("max_words", [1, 2, 3, 4])
@pytest.mark.parametrize("stopped", [True, False])
def test_text_terms_count_what_the_run_by_run_rule_counts(wikinews_texts, max_words, stopped):
    stopwords = load_stopwords() if stopped else frozenset()
    for text in [*TRICKY, *wikinews_texts]:
        terms, n_words = text_terms(text, max_words=max_words, stopwords=stopwords)
        assert (Counter(terms), n_words) == reference_terms(text, max_words=max_words, stopwords=stopwords), text[:60]


def test_text_terms_list_words_then_pairs_in_text_order():
    terms, n_words = text_terms("Trade talks; war games", max_words=2)
    assert terms == ["trade", "talks", "war", "games", "trade talks", "war games"] and n_words == 4


def test_folded_view_is_the_documents_folded_view(wikinews_texts):
    for text in [*TRICKY, *wikinews_texts]:
        assert folded_view(text) == Document(text).folded
    assert body_tokens("Nicolás MADURO’s") == ["nicolas", "maduro", "s"]


def test_the_kwic_prefilter_never_drops_an_article_with_a_match(wikinews_texts):
    """Every word of the corpus (accented, capitalised, hyphenated...) as a term: where the matcher finds it, the
    pre-filter lets the article through."""
    words = sorted({match.group() for text in wikinews_texts[:25] for match in WORD_PATTERN.finditer(normalize(text))})
    checked = 0
    for text in [*TRICKY, *wikinews_texts[:25]]:
        for word in words[::11]:
            matcher = PhraseMatcher()
            matcher.add(word, word)
            if matcher.find(text):
                assert _may_contain(text, [_term_keys(word)]), (word, text[:60])
                checked += 1
    assert checked > 300
    assert not _may_contain("Trade talks resumed.", [_term_keys("Monroe doctrine")])
    assert not _may_contain("The Monroe Institute", [_term_keys("Monroe doctrine")])  # every word must be there
    assert _may_contain("NICOLÁS’ co-operation", [_term_keys("nicolas"), _term_keys("zzz")])


def test_kwic_rows_are_those_of_every_text_tokenised(wikinews_texts):
    articles = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(wikinews_texts) + len(TRICKY))],
                             "text": [*wikinews_texts, *TRICKY]})
    table = kwic(articles, ["cooperation", "Monroe doctrine", "Nicolas", "O'Brien", "straße"], window=4)
    assert {"cooperation", "Nicolas", "O'Brien", "straße"} <= set(table["term"])
    for doc_id, text in zip(articles["doc_id"], articles["text"]):  # each article alone: same rows
        alone = table[table["doc_id"] == doc_id].reset_index(drop=True)
        matcher = PhraseMatcher()
        for term in ["cooperation", "Monroe doctrine", "Nicolas", "O'Brien", "straße"]:
            matcher.add(term, term)
        assert len(alone) == len(matcher.find(text))


@pytest.fixture(scope="module")
def stored_tables(wikinews_path, tmp_path_factory):
    return analyze_to_parquet(wikinews_path, tmp_path_factory.mktemp("stories") / "tables", chunk_size=150).out


def _entries(cache) -> list:
    return sorted((cache / STORIES_FOLDER).glob("*/*.parquet"))


def test_stored_stories_are_found_once_and_read_back_equal(stored_tables, tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "cache"))
    stored = open_stored(stored_tables, steps=())
    found = aggregate.stories(stored, cache=False)
    assert not (tmp_path / "cache").exists()
    first = aggregate.stories(stored)
    assert len(_entries(tmp_path / "cache")) == 2
    calls = []
    monkeypatch.setattr(StoredAnalysis, "article_chunks", lambda *args, **kwargs: calls.append(1) or iter(()))
    again = aggregate.stories(stored)
    assert not calls  # read from the cache: no text read
    for stories in (first, again):
        for name in ("articles", "stories"):
            pd.testing.assert_frame_equal(getattr(stories, name), getattr(found, name), check_exact=True)
            kinds = lambda frame: frame.map(lambda value: type(value).__name__)  # NaN stays NaN, not None
            assert kinds(getattr(stories, name)).equals(kinds(getattr(found, name)))


def test_a_date_window_or_threshold_is_another_cache_entry(stored_tables, tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path))
    whole = aggregate.stories(open_stored(stored_tables, steps=()))
    window = open_stored(stored_tables, steps=(), load_options={"since": "2020-01-01", "until": "2020-06-30"})
    windowed = aggregate.stories(window)
    aggregate.stories(open_stored(stored_tables, steps=()), threshold=0.6)
    assert len(_entries(tmp_path)) == 6
    assert len(windowed.articles) == len(window.articles) < len(whole.articles)
    pd.testing.assert_frame_equal(windowed.articles, aggregate.stories(window, cache=False).articles)


def test_a_damaged_cache_entry_is_found_again_and_replaced(stored_tables, tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path))
    stored = open_stored(stored_tables, steps=())
    found = aggregate.stories(stored)
    articles_file = next(path for path in _entries(tmp_path) if path.name == "articles.parquet")
    articles_file.write_bytes(articles_file.read_bytes()[:100])
    with pytest.warns(CacheWarning, match="could not be read"):
        again = aggregate.stories(stored)
    pd.testing.assert_frame_equal(again.articles, found.articles)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pd.testing.assert_frame_equal(aggregate.stories(stored).articles, found.articles)  # healed


def test_cached_stories_of_other_articles_are_not_taken(stored_tables, tmp_path, monkeypatch):
    """An entry whose articles are not the ones selected (here another selection's files copied over it) is found
    again."""
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path))
    stored = open_stored(stored_tables, steps=())
    window = open_stored(stored_tables, steps=(), load_options={"since": "2020-01-01"})
    found = aggregate.stories(stored)
    aggregate.stories(window)
    entry = tmp_path / STORIES_FOLDER / stories_key(stored, stored.articles["doc_id"].tolist(), DEFAULT_THRESHOLD)
    other = tmp_path / STORIES_FOLDER / stories_key(window, window.articles["doc_id"].tolist(), DEFAULT_THRESHOLD)
    for name in ("articles.parquet", "stories.parquet"):
        (entry / name).write_bytes((other / name).read_bytes())
    with pytest.warns(CacheWarning, match="not the ones selected"):
        pd.testing.assert_frame_equal(aggregate.stories(stored).articles, found.articles)


def test_a_cache_path_that_is_a_file_only_warns(stored_tables, tmp_path, monkeypatch):
    blocker = tmp_path / "cache"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(blocker))
    stored = open_stored(stored_tables, steps=())
    with pytest.warns(CacheWarning, match="cannot be written"):
        found = aggregate.stories(stored)
    pd.testing.assert_frame_equal(found.articles, aggregate.stories(stored, cache=False).articles)
