"""Adjuncts between a speech cue and the clause it reports (:mod:`analysis.quotes.indirect_speech`): times of day and
"late"/"this" ("said late Sunday the ...", "said this week that"), prepositional phrases with any noun or name
("said at a press conference that", "said in an interview with Rolling Stone he ...", "said on Facebook on Tuesday
there ..."), a time adjunct after a listener ("told reporters today ..."), an approximate amount opening the clause
("said at least 71 people were arrested") and a subject pronoun with a contracted verb ("said they'd run out")."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes


def _indirect(text: str) -> list[tuple[str, str]]:
    quotes = extract_quotes(text)
    rows = quotes[quotes["kind"] == "indirect"]
    return list(zip(rows["text"], rows["source"]))


def test_a_time_of_day_or_late_stands_between_cue_and_clause():
    assert _indirect("Police chief Greg Allen said late Sunday the police were tracing the document.") == [
        ("the police were tracing the document", "Police chief Greg Allen")]
    assert _indirect("The prime minister said yesterday night that twenty people have been confirmed killed.") == [
        ("twenty people have been confirmed killed", "The prime minister")]
    assert _indirect("Police also announced on Sunday morning they were treating it as a terrorist incident.") == [
        ("they were treating it as a terrorist incident", "Police")]


def test_this_before_a_time_noun_is_the_adjuncts():
    assert _indirect("The minister said this week that the plan had failed.") == [
        ("the plan had failed", "The minister")]
    assert _indirect("The minister said this was a serious mistake.") == [("this was a serious mistake", "The minister")]


def test_a_determiner_after_a_time_adjunct_opens_the_clause_whatever_its_noun():
    assert _indirect("The minister said on Monday the statement was false.") == [
        ("the statement was false", "The minister")]


def test_a_prepositional_adjunct_with_any_noun_or_name_is_skipped():
    assert _indirect("Judge Jackson clarified in the proceedings that her decisions were not connected.") == [
        ("her decisions were not connected", "Judge Jackson")]
    assert _indirect("Prime Minister Ardern said at a press conference yesterday morning the gun laws should "
                     "be changed.") == [("the gun laws should be changed", "Prime Minister Ardern")]
    assert _indirect("Stern said in an interview with Rolling Stone he was open to having Imus as a guest.") == [
        ("he was open to having Imus as a guest", "Stern")]
    assert _indirect("Ford said in a financial filing to the Securities and Exchange Commission that the "
                     "investigation started in May.") == [("the investigation started in May", "Ford")]
    assert _indirect("The security chief announced on Facebook on Tuesday there were suspects in custody.") == [
        ("there were suspects in custody", "The security chief")]
    assert _indirect("The minister said in his statement that the plan had failed.") == [
        ("the plan had failed", "The minister")]
    assert _indirect("Police said at the scene two men had been arrested.") == [
        ("two men had been arrested", "Police")]


def test_the_object_of_an_adjunct_or_a_relative_that_opens_no_clause():
    assert _indirect("The stars we are observing with SPHERE are like 10 or 20 million years old.") == []
    assert _indirect("The mayor said in the days that followed the city was safe.") == []


def test_a_time_adjunct_after_a_listener_is_no_part_of_it():
    assert _indirect("Prosecutor Krzysztof Sierak told reporters today psychiatric assessments will be carried "
                     "out.") == [("psychiatric assessments will be carried out", "Prosecutor Krzysztof Sierak")]
    assert _indirect("The minister told reporters on Monday the plan had failed.") == [
        ("the plan had failed", "The minister")]


def test_an_approximate_amount_opens_the_clause():
    assert _indirect("Police director Vladimir Rebic said at least 71 people were arrested Friday night.") == [
        ("at least 71 people were arrested Friday night", "Police director Vladimir Rebic")]
    assert _indirect("Police said over a hundred people attended the party.") == [
        ("over a hundred people attended the party", "Police")]
    assert _indirect("Reuters estimated around 200 people attended the event.") == [
        ("around 200 people attended the event", "Reuters")]


def test_a_subject_pronoun_with_a_contracted_verb_opens_the_clause():
    assert _indirect("The toilet paper producer said on last Wednesday they'd run out of stock.") == [
        ("they'd run out of stock", "The toilet paper producer")]
    assert _indirect("The mayor said it's time for a change in the city.") == [
        ("it's time for a change in the city", "The mayor")]


def test_a_first_person_cue_after_a_present_semi_modal_is_a_hedge():
    assert _indirect("I guess I have to say I'm not that good at remembering milestones.") == []
    assert _indirect("I've got to say the team has been fantastic this season.") == []
