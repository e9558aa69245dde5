"""A full name used again by its last word alone, with "he"/"she" referring back, is a person's
(:mod:`analysis.actors.surname_echoes`)."""
from __future__ import annotations

from analysis.actors.dictionary import DEFAULT_PATH, read_dictionary
from analysis.actors.step import find_mentions

WITHOUT_PUBLIC_FIGURES = read_dictionary(DEFAULT_PATH)  # as tests/test_discovery.py: no dictionary persons

FULL = "In 1831 Évariste Galois was expelled from the school. Poisson reviewed the paper of Galois. "


def people(text: str) -> list[tuple[str, str]]:
    """(surface, actor) of the person mentions found."""
    mentions = find_mentions(text, dictionary=WITHOUT_PUBLIC_FIGURES)
    rows = mentions[mentions["actor_type"] == "person"]
    return list(zip(rows["surface"], rows["actor"]))


def test_a_surname_echo_confirmed_by_a_pronoun_makes_one_person():
    text = FULL + "Galois returned to mathematics after his expulsion."
    assert people(text) == [("Évariste Galois", "Évariste Galois"), ("Galois", "Évariste Galois"),
                            ("Galois", "Évariste Galois")]


def test_without_a_pronoun_after_the_name_nothing_is_typed():
    assert people(FULL + "Galois returned to mathematics after the expulsion.") == []
    assert people(FULL + "After the expulsion, his friends wrote to Galois.") == []  # the name opens no sentence


def test_a_word_the_text_writes_in_lower_case_is_no_surname():
    text = ("In 2010 Burning Man was released. Critics praised Man for its pace; the man in it is a poet. "
            "Man returned to the stage after his death.")
    assert people(text) == []


def test_a_word_capitalised_only_where_it_opens_a_sentence_is_no_surname():
    text = ("Zelgor Announced spoke. Announced in the evening, the plan asked his countrymen to stay home. "
            "Announced by the cabinet, it held.")
    assert ("Zelgor Announced", "Zelgor Announced") not in people(text)


def test_a_pronoun_after_another_person_is_that_persons():
    # regression check (review): "his" is Duncan Ferguson's, so "Rovers" is no surname of "Forest Green Rovers"
    text = ("Forest Green Rovers won 2-0 on Saturday. Rovers boss Duncan Ferguson said his side deserved it. "
            "It was a good day for Rovers fans.")
    assert all(surface != "Forest Green Rovers" for surface, _ in people(text))
