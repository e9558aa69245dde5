"""A person named with a nickname in quotation marks is the person news calls by the nickname: 'Jeremy "Spike"
Cohen' is "Spike Cohen" in every article (:func:`analysis.actors.full_names.called_name`)."""
from __future__ import annotations

import pytest

from analysis.actors.full_names import called_name
from analysis.actors.step import find_mentions

from mention_helpers import WITHOUT_PUBLIC_FIGURES


def ids(text: str) -> list[tuple[str, str, str]]:
    """(surface, actor id, actor) of the person mentions found."""
    found = find_mentions(text, dictionary=WITHOUT_PUBLIC_FIGURES)
    found = found[found["actor_type"] == "person"]
    return list(zip(found["surface"], found["actor_id"], found["actor"]))


def test_a_quoted_nickname_names_the_person_in_every_form():
    text = ('Tolu "Tee" Adebayo, a podcast host, is running for mayor. Adebayo said he was ready. '
            "Tee Adebayo later spoke in Ibadan.")
    assert {(actor_id, actor) for _, actor_id, actor in ids(text)} == {("person:tee-adebayo", "Tee Adebayo")}


def test_the_same_person_named_without_the_full_form_has_the_same_id():
    assert ids("Tee Adebayo, a podcast host, spoke in Ibadan.")[0][1:] == ("person:tee-adebayo", "Tee Adebayo")


@pytest.mark.parametrize("name, called", [
    ('Jeremy "Spike" Cohen', "Spike Cohen"),
    ("Edward Lodewijk “Eddie” Van Halen", "Eddie Van Halen"),
    ('Dwayne "The Rock" Johnson', "Dwayne Johnson"),  # a nickname of two words is no given name
    ("Kofi Mensah", "Kofi Mensah"),
    ('"Kofi" Mensah', "Kofi Mensah"),
    ('Ama "Nana"', 'Ama "Nana"'),  # nothing after the nickname: left as it is
])
def test_called_name(name, called):
    assert called_name(name) == called


def test_a_quoted_title_after_a_name_is_no_nickname():
    """A person's name before a title in quotation marks keeps its own id ("Mensah" is no nickname of anyone)."""
    found = ids('Kofi Mensah said "Golden Days" was his best song.')
    assert found[0][1:] == ("person:kofi-mensah", "Kofi Mensah")
