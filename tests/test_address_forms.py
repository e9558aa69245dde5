"""A person addressed by an office or an honorific with no name is a person's mention: "Mr. President",
"Madam Speaker", "Your Honor", "my Lords" (:mod:`analysis.actors.address_forms`)."""
from __future__ import annotations

from mention_helpers import mention_types, person_surfaces as people


def test_a_title_of_address_and_an_office_is_a_person():
    text = ('"Mr. Vice President, I am speaking," the senator said. "Madam Speaker, I rise to oppose the bill," '
            "Okafor told the chamber.")
    found = people(text)
    assert "Mr. Vice President" in found and "Madam Speaker" in found


def test_a_possessive_and_an_honorific_is_a_person():
    text = "The lawyer said: \"Your Honor, my client was at home.\" Later she added, \"No, my Lords, I follow.\""
    found = people(text)
    assert "Your Honor" in found and "my Lords" in found


def test_a_title_before_a_name_or_a_body_named_after_a_sovereign_is_no_address():
    text = ("Mr. President Tshabalala arrived on Monday. Her Majesty's Inspectorate of Prisons published a report. "
            "His Majesty King Oyelaran II opened the market.")
    types = mention_types(text)
    assert "Mr. President" not in types and "Mr. President Tshabalala" not in types
    assert "Her Majesty" not in types and "His Majesty" not in types


def test_our_lord_is_no_party_addressed():
    text = 'The archbishop said: "These crimes offend Our Lord and harm the faithful." He praised his Lord.'
    assert "Our Lord" not in people(text) and "his Lord" not in people(text)
