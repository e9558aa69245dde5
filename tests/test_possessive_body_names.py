"""A body's name opened by a possessive word bodies are named with ("People's", "Women's") keeps it when more
capitalised words stand before the head word, and "Units" heads a body's name as "Unit" does; a person's
possessive still ends a name. Made-up news sentences."""
from __future__ import annotations

from mention_helpers import types_without_public_figures as types


def test_a_peoples_body_keeps_its_possessive_word():
    found = types("Fighters of the People's Defence Units (PDU) clashed with the army. The PDU denied it.")
    assert found.get("People's Defence Units") == "organization"
    assert found.get("PDU") == "organization"


def test_units_heads_a_body():
    assert types("The Popular Mobilization Units said the convoy was attacked.").get(
        "Popular Mobilization Units") == "organization"


def test_a_persons_possessive_still_ends_the_name():
    found = types("Jane Doe's Defence Units plan was rejected by the council.")
    assert not any(name.startswith("Jane Doe's") for name in found)
