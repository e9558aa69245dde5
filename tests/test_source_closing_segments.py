"""A comma segment after the source of a closing cue is an appositive of the source ("..., according to John
Smith, a spokesman for the firm.") unless a preposition or a lower-case past form opens it: then it goes on
with the reported sentence ("One child was, according to the fire service, among the dead.")."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes

INTRO = "Fire crews from Dunmore worked through the night. "


def _rows(sentence: str) -> list:
    quotes = extract_quotes(INTRO + sentence)
    return list(zip(quotes["text"], quotes["source"]))


def test_a_preposition_or_a_past_form_after_the_source_goes_on_with_the_sentence():
    assert _rows("One child was, according to the fire service, among the dead.") == [
        ("One child was, according to the fire service, among the dead", "the fire service")]
    assert _rows("Two men broke into the shop, then, according to police, fled.") == [
        ("Two men broke into the shop, then, according to police, fled", "police")]
    assert _rows("A crew found the missing boy, according to police, at the harbour.") == [
        ("A crew found the missing boy, according to police, at the harbour", "police")]


def test_an_appositive_after_the_source_stays_with_it():
    assert _rows("The factory will close in May, according to John Smith, a spokesman for the firm.") == [
        ("The factory will close in May", "John Smith, a spokesman for the firm")]


def test_no_clause_after_a_source_without_a_comma_before_its_cue():
    # the clause before "according to" is what the statement reports (indirect_speech._attached_clause), not the
    # segment after its source
    assert _rows("The crews came from three towns according to a fire service statement, as well as a pump.") == [
        ("The crews came from three towns", "a fire service statement")]
