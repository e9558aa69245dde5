"""What pages say about tone outside English (analysis/sentiment/notes.py): notebook 01, notebook 03, the report index."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analysis import analyze, load_corpus
from analysis.errors import OptionError
from analysis.paths import SEEDS
from analysis.pipeline.languages import coverage_note
from analysis.report.index import languages_line, tone_row
from analysis.sentiment import spanish
from analysis.sentiment.notes import actor_tone_notes, tone_line, tone_methods, tone_notes

SPANISH_SEED = Path(__file__).parent / "fixtures" / "spanish" / "seed"
ON = {"sentiment_lang_methods": {"es": spanish.METHOD}}


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory):
    """The English seed story, a short English wire story and the seed's Spanish translation (languages detected)."""
    folder = tmp_path_factory.mktemp("mixed")
    shutil.copy(SEEDS / "000_55210bee468b7daf.txt", folder / "en.txt")
    (folder / "en2.txt").write_text("PARIS, June 5 (AFP) - France and Germany agreed a plan for the economy on Friday, "
                                    "the ministry said. Officials welcomed the deal as a strong step forward.\n",
                                    encoding="utf-8")
    shutil.copy(SPANISH_SEED / "000_55210bee468b7daf.es.txt", folder / "es.txt")
    return load_corpus(folder)


def test_the_mixed_corpus_has_both_languages(mixed):
    assert mixed.articles["lang"].value_counts().to_dict() == {"en": 2, "es": 1}


def test_an_english_corpus_gets_no_tone_notes():
    english = {"en": 5}
    assert tone_notes(english) == [] and tone_notes(english, ON) == []
    assert actor_tone_notes(english) == []
    assert tone_line(english) == "" and tone_line(english, ON) == ""


def test_spanish_articles_without_tone_say_it_is_off_and_how_to_switch_it_on(mixed):
    (note,) = tone_notes(mixed.articles, {})
    assert note.startswith("Spanish articles have no tone: Spanish tone is off by default.")
    assert "sentiment_lang_methods={'es': 'sentiment_analysis_spanish'}" in note and "unvalidated" in note
    assert tone_methods(mixed.articles) == {"en": {"vader": 2}, "es": {}}
    assert tone_line(mixed.articles) == "Tone: VADER for 2 English articles; 1 Spanish article not scored (opt-in, unvalidated)"


def test_spanish_tone_switched_on_is_labelled_unvalidated_with_its_article_count(mixed):
    (note,) = tone_notes(mixed.articles, ON)
    assert note.startswith("Spanish tone (1 articles) is UNVALIDATED: an off-the-shelf classifier trained on Spanish "
                           "product, restaurant and film reviews")
    assert note.endswith("never with English (VADER) figures.")
    assert tone_line(mixed.articles, {**ON, "sentiment_method": "nltk"}) == (
        "Tone: VADER (nltk's port) for 2 English articles; "
        "sentiment_analysis_spanish (unvalidated, trained on reviews) for 1 Spanish article")


def test_undetermined_articles_are_named_as_not_scored():
    assert tone_line({"en": 2, "und": 1}) == ("Tone: VADER for 2 English articles; "
                                              "1 undetermined-language article not scored (no tone method)")


def test_actor_tone_note_appears_with_spanish_articles_whether_or_not_sentence_tone_is_on(mixed):
    (note,) = actor_tone_notes(mixed.articles)
    assert note == ("Tone toward actors is measured in English articles only; Spanish mentions carry no tone, even "
                    "when Spanish sentence tone is on.")


def test_a_tone_method_for_a_language_without_one_is_refused():
    with pytest.raises(OptionError, match="no tone method for language 'fr'"):
        tone_notes({"fr": 1}, {"sentiment_lang_methods": {"fr": spanish.METHOD}})


def test_the_report_index_reads_spanish_tone_from_the_report_parameters():
    languages = {"languages": {"en": 2, "es": 1}}
    assert tone_row({"languages": {"en": 2}}, {"spanish_tone": True}) == ""
    assert tone_row(languages, {}).endswith("1 Spanish article not scored (opt-in, unvalidated)")
    assert "sentiment_analysis_spanish (unvalidated" in tone_row(languages, {"spanish_tone": True})
    assert "sentiment covered 2 of 3" in languages_line(languages, {})
    assert "sentiment covered" not in languages_line(languages, {"spanish_tone": True})


def test_notes_agree_with_the_rows_the_step_writes(mixed):
    pytest.importorskip("sentiment_analysis_spanish", reason="the spanish extra: pip install -e '.[test]'")
    result = analyze(mixed, steps=("sentiment",), cache=False, **ON)
    scored = result.sentiment.groupby("method")["doc_id"].nunique().to_dict()
    assert scored == {"vader": 2, spanish.METHOD: 1}
    assert tone_methods(result.articles, result.options) == {"en": {"vader": 2}, "es": {spanish.METHOD: 1}}
    assert tone_notes(result.articles, result.options)[0].startswith(f"Spanish tone ({scored[spanish.METHOD]} articles)")
    assert coverage_note(result.articles, ["sentiment"], options=result.options).endswith("every measure covered all of them.")
    off = analyze(mixed, steps=("sentiment",), cache=False)
    assert set(off.sentiment["method"]) == {"vader"}
    assert tone_notes(off.articles, off.options)[0].startswith("Spanish articles have no tone")
