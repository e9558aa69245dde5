"""Attributions inserted between commas in the middle of a reported sentence ("The plant, he said, closed in
May"; "Local officials, according to the agency, have asked for help"): when the words after the attribution go
on from the subject before it, the reported speech runs round the attribution; when they are a clause of their
own, only that clause is reported."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes

INTRO = "Fire crews from Dunmore worked through the night. "


def _reported(sentence: str) -> list:
    quotes = extract_quotes(INTRO + sentence)
    return list(zip(quotes["text"], quotes["kind"]))


def test_a_verb_after_the_attribution_takes_the_subject_before_it():
    assert _reported("Around 50 gallons of fuel, officials said, spilled and ignited.") == [
        ("Around 50 gallons of fuel, officials said, spilled and ignited", "indirect")]
    assert _reported("The mayor, aides said, declined all interviews.") == [
        ("The mayor, aides said, declined all interviews", "indirect")]
    assert _reported("The bridge would be inspected, the engineer said, to determine whether it was safe.") == [
        ("The bridge would be inspected, the engineer said, to determine whether it was safe", "indirect")]


def test_according_to_inside_the_sentence():
    assert _reported("Local authorities, according to the coast guard, have asked for help.") == [
        ("Local authorities, according to the coast guard, have asked for help", "indirect")]
    assert _reported("The driver was taken to hospital, according to officials, after a long rescue.") == [
        ("The driver was taken to hospital, according to officials, after a long rescue", "indirect")]
    assert _reported("The plant has closed, according to the union, but the owners deny any plan to sell it.") == [
        ("The plant has closed", "indirect")]


def test_a_clause_of_its_own_after_the_attribution_is_what_is_reported():
    assert _reported("In the wake of the storm, the mayor said, the town was cut off.") == [
        ("the town was cut off", "indirect")]
    assert _reported("On Monday, according to police, the man was arrested in Leeds.") == [
        ("the man was arrested in Leeds", "indirect")]
    assert _reported("The plant will close, he said, adding that talks continue.")[0] == ("The plant will close", "indirect")


def test_a_relative_pronoun_before_the_attribution_reports_no_sentence():
    assert _reported("Crews found pools of water, which, they observed, formed every spring.") == []
