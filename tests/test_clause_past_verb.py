"""Reported clauses without "that" whose verb is in the past tense ("Officials said three people died") or whose
subject opens with a number or a quantifier ("said six deaths were of children"); a verb's object that only
looks like a clause (a participle modifying it, a relative clause, a degree adverb) is no reported speech."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes

INTRO = "Fire crews from Dunmore worked through the night. "


def _reported(sentence: str) -> list:
    quotes = extract_quotes(INTRO + sentence)
    return list(zip(quotes["text"], quotes["kind"]))


def test_a_past_tense_verb_makes_the_clause():
    assert _reported("Officials said three people died in the blaze.") == [
        ("three people died in the blaze", "indirect")]
    assert _reported("The county sheriff said the suspected arsonist surrendered to deputies.") == [
        ("the suspected arsonist surrendered to deputies", "indirect")]
    assert _reported("The fire service said the blaze began in a kitchen.") == [
        ("the blaze began in a kitchen", "indirect")]


def test_a_number_or_a_quantifier_opens_the_subject():
    assert _reported("The ministry said six deaths were of children.") == [("six deaths were of children", "indirect")]
    assert _reported("A doctor said two of the victims died in hospital.") == [
        ("two of the victims died in hospital", "indirect")]
    assert _reported("Officials said most of the injured were minors.") == [
        ("most of the injured were minors", "indirect")]


def test_an_object_with_a_modifier_is_no_clause():
    assert _reported("The council announced a planned merger with its neighbour.") == []
    assert _reported("The mayor announced a deal it brokered with the union.") == []
    assert _reported("The mayor announced new limits on flights operated by the airline.") == []
    assert _reported("The report suggested a much more focused use of the fund.") == []
    assert _reported("The airline reported 22 sold units last year.") == []
    assert _reported("The mayor denied all claims that the plant was unsafe.") == []


def test_a_bare_noun_subject_opens_the_clause():
    assert _reported("The port authority said exports were continuing.") == [("exports were continuing", "indirect")]
    assert _reported("The ministry said fuel prices rose sharply in May.") == [
        ("fuel prices rose sharply in May", "indirect")]


def test_a_bare_noun_object_is_no_clause():
    assert _reported("The council announced measures aimed at cutting waste.") == []
    assert _reported("The team said goodbye to its fans.") == []
    assert _reported("The mayor admitted mistakes made by his office.") == []


def test_a_semicolon_ends_the_reported_clause():
    assert _reported("The ministry said fuel prices rose sharply; the opposition blamed the war.") == [
        ("fuel prices rose sharply", "indirect")]
    assert _reported("Officials said the bridge would reopen on Monday; repairs had cost millions.") == [
        ("the bridge would reopen on Monday", "indirect")]
