"""Between a form of "have" and a past participle cue stands an adverb, whatever the word ("have long argued",
"has since said", "had meanwhile told"), never the source (:func:`analysis.quotes.source_phrases.
_adverb_after_auxiliary`); before a base form "have" is a verb of its own ("had no say in")."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes


def test_the_subject_before_have_and_an_adverb_is_the_source():
    text = ("Critics have long argued that the bridge is unsafe. "
            "Transport minister Lena Okafor has since said that the bridge will reopen in May.")
    quotes = extract_quotes(text)
    assert quotes["source"].tolist() == ["Critics", "Transport minister Lena Okafor"]
    assert quotes["speaker"].tolist()[1] == "Lena Okafor"


def test_have_before_a_noun_say_gives_no_attribution():
    text = "The council had no say in the plan to close the bridge."
    assert extract_quotes(text).empty
