"""Shapes of the reported clause after or before a cue (:mod:`analysis.quotes.indirect_speech`): a
parenthesis or a plural possessive in the subject, "according to X" with no comma before it, a name ending an
adjunct before the clause, the object "it" of a cue, and the closing mark a clause keeps."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes


def _indirect(text: str) -> list[str]:
    quotes = extract_quotes(text)
    return list(quotes.loc[quotes["kind"] == "indirect", "text"])


def test_a_parenthesis_in_the_subject_is_no_clause_boundary():
    assert _indirect("The agency said dozens of NLF (National Liberation Front) members escaped from the jail.") == [
        "dozens of NLF (National Liberation Front) members escaped from the jail"]
    assert _indirect("Police said the Dockers' Union (DU) was behind the strike.") == [
        "the Dockers' Union (DU) was behind the strike"]


def test_according_to_without_a_comma_reports_the_clause_before_it():
    assert _indirect("Forty people were injured on Friday according to hospital staff.") == [
        "Forty people were injured on Friday"]
    assert _indirect("The army entered the town yesterday according to state radio, meeting no resistance.") == [
        "The army entered the town yesterday"]


def test_according_to_without_a_comma_in_a_question_reports_nothing():
    assert _indirect("What should the council have done differently according to you?") == []


def test_a_clause_after_a_named_adjunct_starts_after_the_name():
    assert _indirect("The coastguard indicated on Facebook the two divers were safe.") == ["the two divers were safe"]


def test_it_as_the_object_of_a_cue_opens_no_clause():
    assert _indirect("I think I mentioned it a couple of times: the tools were carefully chosen.") == []
    assert _indirect("She predicted it correctly, although nobody believed her.") == []
    assert _indirect("The firm said it in turn would cut 300 jobs.") == ["it in turn would cut 300 jobs"]


def test_a_clause_keeps_its_per_cent_sign_and_closing_bracket():
    assert _indirect("The report stated turnout fell to 41%.") == ["turnout fell to 41%"]
    assert _indirect("The council said the road was closed at noon (local time).") == [
        "the road was closed at noon (local time)"]


def test_according_to_a_manner_without_a_comma_reports_nothing():
    assert _indirect("The rebels organised their militia according to the Prussian model.") == []
    assert _indirect("All the scores were weighted according to the sample size given by the staff.") == []
    assert _indirect("Ten people died on Friday according to local authorities.") == ["Ten people died on Friday"]


def test_an_auxiliary_after_a_subject_pronoun_is_no_verb_of_the_object():
    assert _indirect("On Monday the governor declared a curfew so she could clear the streets of looters.") == []
    assert _indirect("The mayor said the plan he had drawn up was too costly.") == [
        "the plan he had drawn up was too costly"]


def test_a_thing_carrying_words_ends_the_adjunct_before_the_clause():
    assert _indirect("Police spokesman Tom Hart said in an email that the suspect had fled.") == [
        "the suspect had fled"]
    assert _indirect("Tom Hart said in a letter the budget was wrong.") == ["the budget was wrong"]
    assert _indirect("The suspect had fled the city, Tom Hart said in an email.") == ["The suspect had fled the city"]


def test_a_thing_carrying_words_may_still_open_the_clause():
    assert _indirect("Tom Hart said on Monday the letter was a forgery.") == ["the letter was a forgery"]
    assert _indirect("Tom Hart said video showed the attack.") == ["video showed the attack"]
