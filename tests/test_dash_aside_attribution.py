"""A dash aside in an attribution: a cue inside the aside ("- which the Herald noted as unusual -") gives no
attribution to a quote after the aside while another cue of the sentence can
(:func:`analysis.quotes.quote_attributions._in_dash_aside`), and a cue right after the aside's closing dash takes
the phrase before its opening one as source (:func:`analysis.quotes.source_phrases._dash_aside_source`)."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes
from speaker_helpers import quote_speaker


def test_a_cue_inside_a_dash_aside_does_not_take_the_quote_after_it():
    text = ('Speaker Ana Ruiz commented on the vote \u2014 which the Herald noted as an unusual step \u2014 '
            '"However it is dressed up, this is an attack on the chamber."')
    assert quote_speaker(text, starts="However it is", marked=True) == "Ana Ruiz"


def test_a_cue_after_a_dash_aside_takes_the_phrase_before_it():
    text = ('Speaker Ana Ruiz \u2014 who the Herald said was furious \u2014 told the chamber: '
            '"This is an attack on all of us." The minister \u2014 speaking to reporters on Friday \u2014 said '
            '"the curfew will stay in place until the vote".')
    quotes = extract_quotes(text)
    marked = quotes[quotes["kind"] != "indirect"]
    assert marked["source"].tolist() == ["Speaker Ana Ruiz", "The minister"]


def test_a_cue_between_two_dashes_before_the_quote_keeps_it_and_a_lone_dash_inverts():
    text = ('President Ana Ruiz said \u2014 as reported by the Herald \u2014 "The chamber will sit again on Monday." '
            '"It was a disaster from start to finish" - said the coach.')
    quotes = extract_quotes(text)
    assert quotes["source"].tolist() == ["President Ana Ruiz", "the coach"]
