"""News-aware tone: the words of multiword proper names carry no tone (sentences written by us)."""
from __future__ import annotations

import pytest

from analysis.pipeline.spine import article_table
from analysis.sentiment import step
from analysis.sentiment.names import in_title_case, name_word_spans
from analysis.sentiment.vader import analyzer
from analysis.text.document import Document

RATED = analyzer("vader").lexicon


def compounds(texts: list[str], **options) -> list[float]:
    return step.score_sentences(texts, **options)["compound"].tolist()


def named_words(text: str) -> list[str]:
    """The rated name words the rule finds in ``text`` read as one sentence."""
    return [text[start:end] for spans in name_word_spans(text, [(0, len(text))], RATED).values()
            for start, end in spans]


@pytest.mark.parametrize("text, words", [
    ("Officials at the United Nations met on Monday.", ["United"]),
    ("The case went to the Supreme Court in March.", ["Supreme"]),
    ("A Free Syrian Army unit took the town.", ["Free"]),
    ("Members of the Labour Party voted against it.", ["Party"]),
])
def test_rated_words_of_a_multiword_name_score_nothing(text: str, words: list[str]) -> None:
    assert named_words(text) == words
    assert compounds([text], neutral_names=True) == [0.0]
    assert compounds([text]) != [0.0]  # VADER rates the name's word, else this checks nothing


@pytest.mark.parametrize("text", [
    "Great progress was made in the talks.",  # one capitalised word, first in the sentence
    "Great Britain voted in June.",  # first word of a run at the sentence's start: capitalised by position
    "He said: Great Britain will leave.",  # the same after a colon
    "Hope was fading in the flooded town.",  # a one-word name or a word: not told apart
    "The party won a great victory.",  # lower case: words, not names
])
def test_words_capitalised_by_position_or_alone_keep_their_tone(text: str) -> None:
    assert named_words(text) == []
    assert compounds([text], neutral_names=True) == compounds([text])


def test_a_run_at_the_sentence_start_loses_only_its_first_word() -> None:
    assert named_words("United Nations Security Council members met.") == ["Security"]


def test_a_headline_in_title_case_is_left_alone() -> None:
    assert in_title_case("Supreme Court Rules on Free Speech in Landmark Case")
    assert not in_title_case("The Supreme Court ruled on free speech.")
    assert named_words("Supreme Court Rules on Free Speech in Landmark Case") == []


def test_the_step_drops_name_tone_by_default_and_the_option_keeps_it() -> None:
    doc = Document("The Supreme Court heard the appeal on Tuesday. The ruling is expected in a month.", doc_id="a")
    news = article_table("sentiment", doc, step.DEFAULTS)
    plain = article_table("sentiment", doc, {**step.DEFAULTS, "sentiment_neutral_names": False})
    assert plain.loc[0, "compound"] > 0 and plain.loc[0, "pos_words"] == 1  # VADER rates "supreme" positive
    assert news.loc[0, "compound"] == 0.0 and news.loc[0, "pos_words"] == 0
    assert news.loc[1].equals(plain.loc[1])
    # the stored scores "before the cue rule" keep the name rule: they differ from the rule-off run only by cues
    assert news.loc[0, "compound_before_cue_rule"] == 0.0
    with pytest.raises(ValueError, match="sentiment_neutral_names"):
        step.run_article(doc, {**step.DEFAULTS, "sentiment_neutral_names": "yes"})


@pytest.mark.parametrize("headline", [
    "Obama's Great Victory Delights Happy Fans",  # a possessive is one word
    "Long-awaited Peace Deal Brings Joy to War-torn Region",  # a hyphenated word is judged by its first letter
    "Brave Rescue Workers Save Trapped Miners after Long Ordeal",  # "after" is a small word of titles
])
def test_headlines_with_possessives_hyphens_and_small_words_are_title_case(headline: str) -> None:
    assert in_title_case(headline) and named_words(headline) == []


@pytest.mark.parametrize("text", [
    "- Worst Democratic turnout in decades",  # a bullet
    "LONDON - Angry Labour members walked out",  # a dash after a dateline
    "The Cold War ended in 1991.",  # a named event says what happened
    "Millions lost their savings in the Great Depression.",
])
def test_a_capital_after_a_bullet_or_dash_and_named_events_keep_their_tone(text: str) -> None:
    assert named_words(text) == []


def test_an_apostrophe_after_a_letter_is_a_possessive_not_an_opening_quote() -> None:
    assert named_words("Texas' Supreme Court ruled on Monday.") == ["Supreme"]
    assert named_words("'Supreme Court rulings matter,' she said.") == []  # an opening mark: "Supreme" by position


def test_dropping_name_tone_stays_linear_in_a_long_sentence() -> None:
    """Tokens and name spans are walked in order (every token against every span was quadratic)."""
    text = "delegates met the United Nations and " * 4000
    spans = name_word_spans(text, [(0, len(text))], RATED)[0]
    assert len(spans) == 4000
    assert compounds([text], neutral_names=True) == [0.0]


@pytest.mark.parametrize("text, words", [
    ("The plan came from the Department of Energy in 1977.", ["Energy"]),
    ("The ad was signed by the American Friends of Albania.", ["Friends"]),
    ("He filed a false statement with the Securities and Exchange Commission.", ["Securities"]),
    ("She read the booklet of the Save the Children Federation.", ["Save"]),
    ("Everyone has seen ''Everybody Loves a Winner'' by now.", ["Loves", "Winner"]),
])
def test_capitalised_words_joined_by_small_words_are_one_name(text: str, words: list[str]) -> None:
    assert named_words(text) == words
    assert compounds([text], neutral_names=True) == [0.0]


@pytest.mark.parametrize("text", [
    "Friends of the Earth met on Monday.",  # two capitalised words, the first by position: no name word is sure
    "He is a friend of the Earth.",  # a word in lower case before the small word: no run
    "The Department of War paid the bill.",  # a named department of an event noun keeps it (as "the Cold War")
])
def test_small_words_join_no_word_capitalised_by_position_or_in_lower_case(text: str) -> None:
    assert named_words(text) == []


@pytest.mark.parametrize("text", [
    "Candidates were asked about the War in Afghanistan.",  # an event noun heading its complement: a named event
    "He called for an end to the War on Drugs.",
])
def test_a_named_event_joined_by_small_words_keeps_its_tone(text: str) -> None:
    assert named_words(text) == []


def test_an_event_noun_before_a_conjunction_is_part_of_an_institution_name() -> None:
    assert named_words("A crew from Oslo Fire and Rescue arrived.") == ["Fire", "Rescue"]


def test_the_name_after_a_named_event_loses_its_tone_but_the_event_keeps_it() -> None:
    assert named_words("He served in the Revolutionary War in the United States.") == ["United"]
