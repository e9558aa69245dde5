"""A nickname in quotes inside a name belongs to it: 'Joaquín "El Chapo" Guzmán', 'Matiu "Matt" Ratana'
(:func:`analysis.actors.name_runs.joins`)."""
from __future__ import annotations

import pytest


from mention_helpers import person_ids as people


def test_a_quoted_nickname_stays_inside_the_name_and_the_surname_links_to_it():
    """The mention keeps the nickname; the id is the name news uses, here the given name and surname (a nickname of
    two words; :func:`analysis.actors.full_names.called_name`)."""
    text = 'Drug lord Joaquín "El Chapo" Varquez was extradited. Later Varquez escaped again.'
    assert people(text) == [('Joaquín "El Chapo" Varquez', "person:joaquin-varquez"),
                            ("Varquez", "person:joaquin-varquez")]


def test_curly_quotes_too():
    assert [surface for surface, _ in people("Sergeant Matiu “Matt” Ratavana was shot on Friday.")] == \
        ["Matiu “Matt” Ratavana"]


@pytest.mark.parametrize("text", [
    'Senator Varquez gave his "Yes We Can" speech on Monday.',  # a quoted phrase before a common word
    'The film "Star Wars" Episode IV premiered.',  # a title after a common word
])
def test_no_nickname_without_a_name_on_both_sides(text):
    assert all('"' not in surface for surface, _ in people(text))


def test_a_quoted_nickname_inside_a_name_is_no_quotation():
    from analysis.quotes.step import extract_quotes

    quotes = extract_quotes('Wrestler Dwayne "The Rock" Johnson said he would run. "I am ready," Johnson said.')
    assert "The Rock" not in list(quotes["text"])
    assert list(quotes["text"]) == ["he would run", "I am ready,"]
