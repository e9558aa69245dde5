"""News-aware tone: reporting verbs used as attribution cues carry no tone of their own in narration."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.pipeline.spine import article_table
from analysis.sentiment import step
from analysis.sentiment.cues import neutral_cues
from analysis.text.document import Document
from analysis.text.normalization import normalize


def compounds(texts: list[str], **options) -> list[float]:
    return step.score_sentences(texts, **options)["compound"].tolist()


def test_a_reporting_verb_that_introduces_speech_loses_its_tone() -> None:
    texts = ["The minister stressed that the talks will continue.", "Officials warned that the river could rise."]
    assert all(value < 0 for value in compounds(texts))  # VADER: "stressed" -1.4, "warned" -1.1
    assert compounds(texts, neutral_cues=True) == [0.0, 0.0]


@pytest.mark.parametrize("text", [
    "The stressed workers left early.",  # an adjective, no speaker
    "It was a warning to everyone.",  # a noun
    "He condemned the attack.",  # an evaluative verb, not a quote tag in the dictionary
    "Officials warned of a storm.",  # takes an object: not framing speech
    "She denied that the deal was bad.",  # clausal only: a stance, kept
])
def test_words_that_are_not_attribution_cues_keep_their_tone(text: str) -> None:
    assert compounds([text], neutral_cues=True) == compounds([text])


def test_an_article_without_a_toned_cue_form_is_passed_over_whole() -> None:
    cues = neutral_cues()
    quiet = normalize("The talks will continue. Officials said the river could rise.")
    loud = normalize("The talks will continue. Officials warned that the river could rise.")
    assert not cues.may_occur(quiet) and cues.spans(quiet, 0, len(quiet), ()) == []
    assert cues.may_occur(loud) and cues.spans(loud, 0, len(loud), ()) != []
    assert cues.may_occur("FOREWARNED") and not cues.may_occur("")  # a substring test: never misses a form


def test_only_the_cue_word_is_neutral_the_words_it_introduces_keep_their_tone() -> None:
    plain, news = compounds(["He warned that the plan was a terrible failure."]), \
        compounds(["He warned that the plan was a terrible failure."], neutral_cues=True)
    assert news[0] < 0 and news[0] > plain[0]


def test_cue_words_inside_a_quotation_are_the_speakers_and_keep_their_tone() -> None:
    view = normalize('Lavrov said: "We stressed that we are stressed." He stressed that it was fine.')
    quote = (view.index('"'), view.rindex('"') + 1)
    spans = neutral_cues().spans(view, 0, len(view), [quote])
    assert [view[lo:hi] for lo, hi in spans] == ["stressed"] and spans[0][0] > quote[1]


def test_a_users_speech_cue_file_is_the_list_in_force(tmp_path) -> None:
    user = tmp_path / "cues.yaml"
    user.write_text("schema_version: 1\ncues:\n  lament: {forms: [lamented], invertible: true}\n", encoding="utf-8")
    text = ["The mayor lamented that the road was closed."]
    assert compounds(text, neutral_cues=True) == compounds(text)  # shipped: "lament" is no quote tag
    assert compounds(text, neutral_cues=True, speech_cues=str(user)) != compounds(text)
    assert "lamented" in neutral_cues(str(user)).forms and "lamented" not in neutral_cues().forms


def test_the_step_is_news_aware_by_default_and_the_option_turns_it_off(seed_article) -> None:
    from analysis.corpus.loading import load_corpus

    article = load_corpus(seed_article).articles.iloc[0]
    doc = Document(article["text"], doc_id=article["doc_id"])
    news = article_table("sentiment", doc, step.DEFAULTS)
    plain = article_table("sentiment", doc, {**step.DEFAULTS, "sentiment_neutral_cues": False})
    changed = news.index[news["compound"] != plain["compound"]].tolist()
    assert changed  # "The head of Russian diplomacy stressed that ..." (sentence 4)
    row = news.loc[changed[0]]
    assert row["narration_compound"] > plain.loc[changed[0], "narration_compound"]
    assert (news["neg_words"] <= plain["neg_words"]).all() and news["neg_words"].sum() < plain["neg_words"].sum()
    with pytest.raises(ValueError, match="sentiment_neutral_cues"):
        step.run_article(doc, {**step.DEFAULTS, "sentiment_neutral_cues": "yes"})
    assert isinstance(news, pd.DataFrame)


def test_the_scores_before_the_cue_rule_are_those_of_a_run_with_the_rule_off(tmp_path, seed_article) -> None:
    from analysis import analyze

    stories = {  # written by us: reporting verbs with and without speech, in narration and inside quotes
        "a.txt": "The minister stressed that the talks will continue. \"We are worried,\" she warned.\n\n"
                 "Officials warned that the river could rise. The stressed workers left early.\n",
        "b.txt": "He condemned the attack. \"It was a terrible day,\" the mayor lamented, adding that help was coming.\n",
    }
    for name, text in stories.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / seed_article.name).write_bytes(seed_article.read_bytes())
    news = analyze(tmp_path, steps=("sentiment",), cache=False).sentiment
    plain = analyze(tmp_path, steps=("sentiment",), cache=False, sentiment_neutral_cues=False).sentiment
    assert (news["compound"] != news["compound_before_cue_rule"]).sum() >= 3  # else this test checks nothing
    pd.testing.assert_series_equal(news["compound_before_cue_rule"], plain["compound"], check_names=False)
    pd.testing.assert_series_equal(news["narration_compound_before_cue_rule"], plain["narration_compound"],
                                   check_names=False)
    pd.testing.assert_series_equal(plain["compound_before_cue_rule"], plain["compound"], check_names=False)
