"""The possessive plural of a person noun before an organisation head word is part of the body's name: "the
National Farmers' Union", "the Police Officers' Association" (:mod:`analysis.actors.possessive_names`)."""
from __future__ import annotations

import pytest

from mention_helpers import types_without_public_figures as types


@pytest.mark.parametrize("sentence, name", [
    ("The Ruritanian Farmers' Union said grain prices had fallen.", "Ruritanian Farmers' Union"),
    ("The Eastvale Nurses' Association said it would strike on Monday.", "Eastvale Nurses' Association"),
    ("He died at the Marbella Doctors' Hospital on Sunday.", "Marbella Doctors' Hospital"),
])
def test_a_plural_person_noun_continues_a_body_name(sentence, name):
    assert types(sentence).get(name) == "organization"


@pytest.mark.parametrize("sentence, name", [
    ("Marta Jones' Office said the trip was off.", "Marta Jones"),  # no person noun: the owner ends her name
    ("The Philippines' Department of Health said cases rose.", "Department of Health"),  # a place owns the body
])
def test_no_longer_name_after_an_owner(sentence, name):
    assert name in types(sentence)
