"""Who "I" is (analysis.quotes.first_person), a place after a preposition, and a description in apposition
(analysis.quotes.speakers). Each example is written afresh."""
from __future__ import annotations

from speaker_helpers import quote_speaker


def speaker_of(text: str, start_words: str) -> str | None:
    """The speaker of the quote (any kind) that starts with ``start_words``."""
    return quote_speaker(text, starts=start_words)


TRANSCRIPT = (
    "Wikinews spoke to the engineer Maria Lopez about the bridge.\n\n"
    "((WN)) What did the council say? I said, \"Tell us the truth.\"\n\n"
    "((Maria Lopez)) Carlos Ruiz called me on Monday. I told him, \"The bridge is safe.\"\n\n"
    "((WN)) Thank you.\n\n"
    "((Maria Lopez)) You are welcome.\n"
)


def test_i_in_an_answer_is_the_person_of_the_turn_label_not_a_person_named_in_the_answer():
    assert speaker_of(TRANSCRIPT, "The bridge is safe") == "Maria Lopez"


def test_i_in_a_question_of_an_unnamed_interviewer_is_unknown():
    assert speaker_of(TRANSCRIPT, "Tell us the truth") is None


def test_a_label_that_opens_one_paragraph_only_is_no_turn():
    text = ("Anna Berg: a candidate for mayor.\n\n"
            "Anna Berg wants lower fares.\n\n"
            "To the voters, I say, \"Vote for change.\"\n")
    assert speaker_of(text, "Vote for change") == "Anna Berg"


def test_i_is_never_a_person_named_in_a_first_person_passage():
    text = ("Peter Grant got in touch with me after the expedition.\n\n"
            "I said, \"This is a remarkable find.\"\n")
    assert speaker_of(text, "This is a remarkable") is None


def test_i_may_be_a_person_introduced_in_third_person_prose():
    text = ("Wikinews interviewed the candidate Anna Berg on Monday.\n\n"
            "To the voters, I say, \"Vote for change.\"\n")
    assert speaker_of(text, "Vote for change") == "Anna Berg"


def test_a_speaker_found_for_i_is_no_antecedent_of_a_later_he():
    text = ("Peter Grant got in touch with me. I said, \"Come in.\"\n\n"
            "Tom Hall said nothing. \"Sit down,\" he said.\n")
    assert speaker_of(text, "Sit down") == "Tom Hall"


def test_a_place_after_at_locates_the_speaker_but_does_not_speak():
    text = 'Airline staff at Cancun airport said "only two flights will leave today".'
    assert speaker_of(text, "only two flights") != "Cancun"


def test_a_description_in_apposition_is_the_person_named_before_it():
    text = ("John Hutchinson, an anatomist at London's Royal Veterinary College, questioned the findings. "
            "\"However,\" he told reporters, \"the study is a good start.\"\n")
    assert speaker_of(text, "the study is") == "John Hutchinson"


def test_a_person_named_in_an_opening_phrase_is_no_apposed_speaker():
    # regression check (review): the person before the comma is the object of "about"/"with", not the source
    asked = 'Asked about Kowalczyk, a spokesman said: "We have no comment on this case."'
    assert speaker_of(asked, "We have no comment") != "Kowalczyk"
    talks = 'After the talks with Maria Okonkwo, officials said: "We are hopeful about the outcome."'
    assert speaker_of(talks, "We are hopeful") != "Maria Okonkwo"


def test_mine_the_noun_does_not_make_a_paragraph_first_person():
    text = ("Rescuers reached the Crandall mine on Monday. Bob Murray, the owner, spoke to reporters.\n\n"
            "As I said, \"we will not stop until every miner is found,\" Murray told them.\n")
    assert speaker_of(text, "we will not stop") == "Bob Murray"  # "I": the person of the passage
