"""Spanish tone (analysis/sentiment/spanish.py): opt-in, labelled by its method, on the compound scale.

The classifier comes from the ``spanish`` extra (in the test extra, so ``make test`` runs these). The first
load in a test session unpickles the package's model (about half a minute) and keeps its slim copy in the
session's temporary cache; every later load in the session reads that copy.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis import analyze, load_corpus
from analysis.errors import OptionError
from analysis.paths import SEEDS, cache_dir
from analysis.pipeline.languages import coverage_note, measure_coverage
from analysis.sentiment import spanish
from analysis.sentiment import step as sentiment_step

pytest.importorskip("sentiment_analysis_spanish", reason="the spanish extra is in the test extra: pip install -e '.[test]'")

SPANISH_SEED = Path(__file__).parent / "fixtures" / "spanish" / "seed"
ON = {"sentiment_lang_methods": {"es": spanish.METHOD}}


@pytest.fixture(scope="module")
def spanish_on():
    return analyze(load_corpus(SPANISH_SEED, lang="es"), **ON)


@pytest.fixture(scope="module")
def both_languages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("two-languages")
    shutil.copy(SEEDS / "000_55210bee468b7daf.txt", folder / "en.txt")
    shutil.copy(SPANISH_SEED / "000_55210bee468b7daf.es.txt", folder / "es.txt")
    return folder


def test_spanish_tone_is_off_by_default():
    result = analyze(load_corpus(SPANISH_SEED, lang="es"))
    assert result.sentiment.empty
    assert result.articles["not_measured"].str.contains("sentiment").all()
    assert result.articles["tone"].isna().all()


def test_spanish_seed_tone_is_labelled_and_on_the_compound_scale(spanish_on):
    rows, sentences = spanish_on.sentiment, spanish_on.sentences
    assert len(rows) == len(sentences) > 10
    assert rows["method"].eq(spanish.METHOD).all()
    assert rows["compound"].between(-1, 1).all() and rows["compound"].notna().all()
    texts = sentences.sort_values("sent_id")["text"].tolist()  # 2 * P(positive) - 1 of each sentence
    np.testing.assert_allclose(rows.sort_values("sent_id")["compound"], 2 * spanish.model().positive(texts) - 1)
    assert rows[["pos", "neu", "neg"]].isna().all().all()  # no word valences: VADER's proportions do not exist
    assert rows[["n_words", "pos_words", "neg_words"]].eq(0).all().all()
    article = spanish_on.articles.iloc[0]
    assert article["not_measured"] == "" and -1 <= article["tone"] <= 1 and np.isnan(article["word_tone"])


def test_spanish_voices_score_narration_and_quotes_apart(spanish_on):
    rows = spanish_on.sentiment
    assert set(rows["voice"]) == {"narration", "quote", "mixed"}
    mixed = rows[rows["voice"] == "mixed"]
    assert mixed[["narration_compound", "quote_compound"]].notna().all().all()
    assert (mixed["narration_tokens"] > 0).all() and (mixed["quote_tokens"] > 0).all()
    narration = rows[rows["voice"] == "narration"]
    assert narration["narration_compound"].equals(narration["compound"]) and narration["quote_compound"].isna().all()


def test_voice_parts_split_a_sentence_at_its_quotes():
    text = 'Dijo que "todo va bien" y que "nada cambia".'
    quotes = [(text.index('"todo'), text.index('bien"') + 5), (text.index('"nada'), text.index('cambia"') + 7)]
    narration, quoted = spanish._voice_parts(text, 0, len(text), quotes, [end for _, end in quotes])
    assert quoted == '"todo va bien" "nada cambia"'
    assert narration.split() == ["Dijo", "que", "y", "que", "."]
    assert spanish._voice_parts(text, 0, 8, quotes, [end for _, end in quotes]) == ("Dijo que", "")


def test_english_articles_keep_vader_when_spanish_is_on(both_languages):
    mixed = analyze(load_corpus(both_languages), **ON)
    english_only = analyze(load_corpus(SEEDS))
    langs = mixed.articles.set_index("doc_id")["lang"]
    english_rows = mixed.sentiment[mixed.sentiment["doc_id"].map(langs) == "en"].reset_index(drop=True)
    expected = english_only.sentiment.drop(columns="doc_id").reset_index(drop=True)
    pd.testing.assert_frame_equal(english_rows.drop(columns="doc_id"), expected)
    assert set(mixed.sentiment["method"]) == {"vader", spanish.METHOD}
    assert mixed.articles["not_measured"].eq("").all()


def test_coverage_follows_the_run_options(both_languages):
    articles = load_corpus(both_languages).articles
    assert measure_coverage(articles, ["sentiment"])["left_out"].tolist() == ["es: 1"]
    assert measure_coverage(articles, ["sentiment"], options=ON)["n_left_out"].tolist() == [0]
    assert "left out" not in coverage_note(articles, ["sentiment"], options=ON)


def test_the_model_loads_once_per_process_and_from_its_slim_copy():
    first = spanish.model()
    assert spanish.model() is first
    slim = list((cache_dir() / "models").glob(f"{spanish.PACKAGE}-*.npz"))
    assert len(slim) == 1
    again = spanish._read_slim(slim[0])
    probes = ["Estamos muy satisfechos con la cooperación", "La guerra dejó miles de muertos y heridos"]
    np.testing.assert_array_equal(again.positive(probes), first.positive(probes))
    assert (first.compound(probes) < 0).all()  # reviews, not news: P(positive) < 0.5 even for "muy satisfechos"


def test_a_damaged_slim_copy_is_refused(tmp_path):
    damaged = tmp_path / "model.npz"
    damaged.write_bytes(b"not a model")
    with pytest.raises((OSError, ValueError, KeyError)):
        spanish._read_slim(damaged)


def test_asking_without_the_extra_says_how_to_install_it(monkeypatch):
    monkeypatch.setattr(spanish, "installed", lambda: False)
    with pytest.raises(OptionError, match=r"pip install '\.\[spanish\]'"):
        analyze(load_corpus(SPANISH_SEED, lang="es"), cache=False, **ON)
    assert sentiment_step.languages_for({}) == ("en",)  # not asked for: no error, English only


@pytest.mark.parametrize("value, message", [
    ({"fr": spanish.METHOD}, "no tone method for language 'fr'"),
    ({"es": "vader"}, "expected one of"),
    (["es"], "expected a mapping"),
])
def test_bad_sentiment_lang_methods_are_named(value, message):
    with pytest.raises(OptionError, match=message):
        sentiment_step.languages_for({"sentiment_lang_methods": value})
