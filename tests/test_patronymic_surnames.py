"""A full name ending in an Irish or Scottish surname ("O'Rourke", "McGaugh", "MacArthur") is a person's, even
when its first name is in no list (:func:`analysis.actors.name_shapes.patronymic_surname`)."""
from __future__ import annotations

import pytest

from mention_helpers import discovered, person_ids as people


@pytest.mark.parametrize("sentence, name", [
    ("Supporters cheered Tavi O'Rourke at the rally in Austin.", "Tavi O'Rourke"),
    ("The project was founded by Zeph McGaugh in 2004.", "Zeph McGaugh"),
    ("Critics praised Orla MacArthur for the new album.", "Orla MacArthur"),
])
def test_a_patronymic_surname_makes_a_person(sentence, name):
    assert [surface for surface, _ in people(sentence)] == [name]


def test_a_product_name_is_no_patronymic_surname():
    assert discovered("She bought a Vintage MacOS laptop on Monday.") == []

