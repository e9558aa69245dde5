"""A gerund cue after "on" that a verb of the cue's verb chain governs ("kept on saying", "went on telling") is a
cue of that verb's subject (:func:`analysis.quotes.attribution._verb_on_gerund`); after "on" elsewhere a gerund
stays a noun ("commented on reporting")."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes


def test_kept_on_and_went_on_before_a_gerund_cue():
    text = ('The coach kept on saying that "nothing will change in the dressing room." '
            'Club chairman Ravi Menon went on telling fans the stadium would be rebuilt.')
    quotes = extract_quotes(text)
    assert quotes["source"].tolist() == ["The coach", "Club chairman Ravi Menon"]
    assert quotes["speaker"].tolist()[1] == "Ravi Menon"


def test_a_gerund_after_on_elsewhere_is_no_cue():
    text = "The paper spent millions on reporting that the club would be sold."
    assert extract_quotes(text).empty
