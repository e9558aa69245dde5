"""A capitalised office with no name after it is a mention of its holder: "the Secretary", "As Governor, I ..."
(:mod:`analysis.actors.bare_titles`)."""
from __future__ import annotations

import pytest

from analysis.actors.step import find_mentions

from mention_helpers import WITHOUT_PUBLIC_FIGURES


def titles(text: str) -> list[tuple[str, str]]:
    """(surface, actor id) of the bare-office mentions found."""
    mentions = find_mentions(text, dictionary=WITHOUT_PUBLIC_FIGURES)
    rows = mentions[mentions["cue"] == "office without a name"]
    return list(zip(rows["surface"], rows["actor_id"]))


@pytest.mark.parametrize("text, surface", [
    ("The court said the Secretary acted within his authority.", "Secretary"),
    ("Critics say the Secretary's reading of the law is wrong.", "Secretary"),
    ("The town has been loyal to the Governor, who visited it twice.", "Governor"),
    ("As Governor, I will cut the budget.", "Governor"),
    ("General, is this a waiver or a modification?", "General"),
    ("My question is for the Chief Justice of the court.", "Chief Justice"),
    ("The Prime Minister will travel to Accra on Monday.", "Prime Minister"),
])
def test_a_capitalised_office_standing_alone_is_a_person(text, surface):
    assert [found for found, _ in titles(text)] == [surface]


@pytest.mark.parametrize("text", [
    "The secretary acted within his authority.",                 # lower case: a description
    "President Nkemelu opened the session.",                     # a title before a name
    "General Motors cut 2,000 jobs.",                            # a name of its own
    "US Secretary of State Ann Varga arrived in Lima.",          # the title of a name after its body
    "The Department of Justice opened an inquiry.",              # an organisation's name
    "She studied at King's College in the 1990s.",              # a possessive name
    "He bought the Orange Prince at an auction.",                # the end of a longer name
    "General questions about the case come first.",              # a sentence's first word
    "He was named Commander-in-Chief of the army.",              # a word of a compound
])
def test_an_office_in_or_before_a_name_is_no_mention(text):
    assert titles(text) == []


def test_the_office_is_its_holder_named_before():
    text = "Governor Ama Boateng signed the bill. Her best work as Governor was the budget."
    assert titles(text) == [("Governor", "person:ama-boateng")]


def test_of_several_holders_the_office_is_the_one_named_last():
    # two rulers titled alike: "the Tsar" is the one the text spoke of last, not the one titled last
    text = ("Tsar Boris Volkonsky signed the treaty in 1601. Tsar Ivan Rostovsky had ruled before him. "
            "Under Volkonsky the army grew, and the Tsar visited it often.")
    assert titles(text) == [("Tsar", "person:boris-volkonsky")]
    text = "Tsar Boris Volkonsky signed the treaty in 1601. Tsar Ivan Rostovsky later ruled. The Tsar was feared."
    assert titles(text) == [("Tsar", "person:ivan-rostovsky")]


def test_a_predicated_office_is_the_sentence_s_person():
    text = "Kofi Mensah served as President of the Linguistic Society in 1991."
    assert titles(text) == [("President", "person:kofi-mensah")]


def test_an_office_given_in_the_passive_is_the_sentence_s_person():
    text = "Kofi Mensah was elected President in 2012. Maria Lopez was later appointed Governor of the region."
    assert titles(text) == [("President", "person:kofi-mensah"), ("Governor", "person:maria-lopez")]


def test_an_office_after_an_elected_modifier_is_not_the_sentence_s_person():
    text = "Kofi Mensah congratulated the newly elected President on Monday."
    assert titles(text) == [("President", "person:president")]


def test_an_apposed_office_is_the_person_before_the_comma():
    text = "Yesterday Ama Boateng, the former Mayor of Kumasi, said the plan had failed."
    assert titles(text) == [("Mayor", "person:ama-boateng")]


def test_an_office_after_its_body_and_a_comma_is_the_person_named_there():
    text = "The legend says that the King of Ashanti, Osei Tutu, founded the city."
    assert titles(text) == [("King", "person:osei-tutu")]


def test_an_office_after_a_preposition_is_the_office_not_the_last_holder():
    text = "Governor Ama Boateng signed the bill. Kofi Mensah will run for Governor in 2026."
    assert titles(text) == [("Governor", "person:governor")]


def test_a_clause_after_a_comma_is_no_apposition():
    text = "At the request of Ama Boateng, the Secretary suspended the rules."
    assert titles(text) == [("Secretary", "person:secretary")]


def test_an_office_after_a_or_an_is_the_office_not_the_last_holder():
    text = "Speaker Kofi Mensah spoke first. It was an unusual move by a Speaker, critics said."
    assert titles(text) == [("Speaker", "person:speaker")]


def test_a_ruler_s_title_after_a_hyphenated_modifier_is_in_apposition():
    text = "On Friday, Osei Tutu, the long-serving Sultan of Wadai, died aged 79."
    assert titles(text) == [("Sultan", "person:osei-tutu")]


def test_a_ruler_s_title_standing_alone_is_a_person():
    assert titles("The town stayed loyal to the Emperor, who visited it twice.") == [("Emperor", "person:emperor")]


def test_an_unnamed_office_is_an_actor_of_its_article_only():
    """Two articles' unnamed "President" are two actors of the corpus; a named holder keeps the holder's id."""
    from analysis.pipeline.spine import analyze_article

    def bare(doc_id: str, text: str) -> list[tuple[str, str]]:
        rows = analyze_article(doc_id, text, ["actors"], {"actors": WITHOUT_PUBLIC_FIGURES})["mentions"]
        return [(actor_id, actor) for actor_id, actor, cue in zip(rows["actor_id"], rows["actor"], rows["cue"])
                if cue == "office without a name"]

    assert bare("a1", "The President will travel to Accra on Monday, the ministry said.") == [
        ("person:president@a1", "President")]
    assert bare("b2", "Lawmakers said the President had vetoed it. The President declined to comment.") == [
        ("person:president@b2", "President"), ("person:president@b2", "President")]
    assert bare("c3", "President Ama Boateng signed the bill. Her best work as President was the budget.") == [
        ("person:ama-boateng", "Ama Boateng")]
    assert titles("Critics say the President's reading of the law is wrong.") == [("President", "person:president")]
