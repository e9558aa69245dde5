"""Scoring part of a sentence (the tone toward a mention): the word rules that ask whether a word opens its sentence,
or whether the sentence is in title case, answer as for the whole sentence (sentences written by us)."""
from __future__ import annotations

from analysis.pipeline.spine import article_table
from analysis.sentiment import step
from analysis.sentiment.vader import analyzer

RULES = step.word_rules({})  # the step's defaults, the names rule among them


def _compound(view: str, part: str, whole: bool) -> float:
    """The compound of ``part`` (a substring of the sentence ``view``), scored alone or within its sentence."""
    start = view.index(part)
    spans = [(start, start + len(part))]
    return step.span_scores(analyzer("vader"), view, spans, RULES, None, [(0, len(view))] if whole else None)[0] \
        .scores["compound"]


def test_a_name_opening_a_clause_is_not_capitalised_by_position_when_its_sentence_opens_before_it() -> None:
    sentence = "Shares rose after Good Hope Mining hired staff."
    clause = "Good Hope Mining hired staff."
    assert _compound(sentence, clause, whole=False) > 0  # read as a sentence, "Good" opens it and keeps its tone
    assert _compound(sentence, clause, whole=True) == 0  # within its sentence the whole run is a name
    assert _compound(clause, clause, whole=True) > 0  # where the sentence does open, the first word stays positional


def test_a_title_in_a_sentence_is_not_a_sentence_in_title_case() -> None:
    sentence = "Critics praised The History of Peter the Great, Emperor of Russia, a book by Voltaire."
    title = "The History of Peter the Great, Emperor of Russia"
    assert _compound(sentence, title, whole=False) > 0  # alone it reads as a headline: the names rule keeps "Great"
    assert _compound(sentence, title, whole=True) == 0


def test_the_tone_toward_a_mention_in_a_quoted_title_drops_the_titles_name_words() -> None:
    text = 'Anna Lee is the author of "The Life of Alfred the Great, King of Wessex", a book on the Saxons.'
    mentions = article_table("actors", text).set_index("surface")
    assert text[mentions.loc["Alfred", "tone_start"]:mentions.loc["Alfred", "tone_end"]].startswith("The Life")
    assert mentions.loc["Alfred", "tone"] == 0  # was positive: "Great" read as the tone of a headline
