"""A form of "be" before an -ing cue is a progressive, no passive ("is saying", "have been warning", "was telling"):
the subject before the auxiliaries is the source (:func:`analysis.quotes.source_phrases._skip_auxiliaries`), as it
is of "said"; a past participle after "be" stays passive ("was told by X")."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes
from speaker_helpers import quote_speaker


def test_the_subject_of_a_progressive_cue_is_its_source():
    text = ('Health minister Ama Boateng is saying that the clinics will stay open through the winter. '
            'Nurses have been warning for months that "the wards cannot cope with another wave of patients."')
    quotes = extract_quotes(text)
    assert quotes["source"].tolist() == ["Health minister Ama Boateng", "Nurses"]
    assert quotes["speaker"].tolist()[0] == "Ama Boateng"


def test_an_inverted_progressive_cue_after_a_quote():
    text = '"We need more nurses in every district hospital," Ama Boateng was saying on Tuesday.'
    assert quote_speaker(text, starts="We need more nurses", marked=True) == "Ama Boateng"


def test_a_passive_cue_still_takes_the_agent_and_a_gerund_complement_no_source():
    text = ('The council was told by engineer Kofi Mensah that the bridge "could fail within a year." '
            'What matters most is telling the truth about the bridge.')
    quotes = extract_quotes(text)
    assert quotes["source"].tolist() == ["engineer Kofi Mensah"]
