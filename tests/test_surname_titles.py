"""A title written after a first name is a surname: "Stephen King", "Larry King", "Michel Mayor"
(:mod:`analysis.actors.surname_titles`)."""
from __future__ import annotations

import pytest


from mention_helpers import person_surfaces as people


@pytest.mark.parametrize("sentence, name", [
    ("Author Stephen King said the book was his best.", "Stephen King"),
    ("The prize went to Michel Mayor and a colleague.", "Michel Mayor"),
    ("Former prime minister John Major has accused the government of lying.", "John Major"),
    ("The cast includes Winston Duke, who plays the villain.", "Winston Duke"),
    ("The march honoured Martin Luther King, who was killed in 1968.", "Martin Luther King"),
])
def test_a_title_after_a_first_name_ends_the_name(sentence, name):
    assert people(sentence) == [name]


def test_the_title_no_longer_types_the_next_name():
    assert people("The film stars Winston Duke, Mark Ruffalo and others.") == ["Winston Duke", "Mark Ruffalo"]


@pytest.mark.parametrize("sentence, name", [
    ("Britain's King Charles met the delegation.", "Charles"),  # a title before a name stays a title
    ("Judge Jim Kawashima heard the case.", "Jim Kawashima"),
])
def test_a_title_before_a_name_is_still_a_title(sentence, name):
    assert people(sentence) == [name]


def test_no_person_from_a_first_name_before_a_word_that_is_no_title():
    assert people("He was raised a Roman Catholic in Dublin.") == []  # "Catholic" is no title


def test_a_name_suffix_after_the_title_word_keeps_it_a_surname():
    # review: "Jr" counted as a name after "King", so "King" was read as a title before a name
    assert people("Martin Luther King Jr. spoke in Memphis.") == ["Martin Luther King Jr"]
