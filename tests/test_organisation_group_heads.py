"""Head words of bodies that gather members ("the Harbour Science Collaboration", "the Veterans Legion"), of a
church's communion, of comics publishers, and the leading head words of banks, parties and institutes named in
Spanish, Portuguese, French or German ("Banco del Sur", "Institut Valmont"). Made-up sentences."""
from __future__ import annotations

import pytest

from mention_helpers import mention_types as types


@pytest.mark.parametrize("name", [
    "Harbour Science Collaboration", "Northern Veterans Legion", "Eastern Lutheran Communion", "Redwood Comics",
    "Banco del Sur", "Centro de Estudios Andinos", "Institut Valmont", "Partido Verde Andino",
])
def test_the_head_word_types_a_body(name):
    # regression check: these names stayed untyped (unreported), or became persons after "said", without the word
    assert types(f"The {name} said on Tuesday that it would appeal the ruling.")[name] == "organization"


def test_the_head_word_alone_names_nothing():
    found = types("Comics sold well this year. Communion was held at noon. Comics and games were on sale.")
    assert not {"Comics", "Communion"} & set(found)
