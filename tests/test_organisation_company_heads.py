"""Company head words of transport, sports-media and gaming firms ("Coastal Bus Lines", "Harbor Sports",
"Red Pine Gaming"): the name ends in the word, as "Airlines" ends an airline's. Made-up sentences."""
from __future__ import annotations

import pytest


from mention_helpers import mention_types as types


@pytest.mark.parametrize("name", ["Coastal Bus Lines", "Harbor Sports", "Red Pine Gaming"])
def test_a_company_head_word_types_a_body(name):
    # regression check: these names stayed untyped (and unreported) without the head word
    assert types(f"Shares of {name} fell sharply after the report on Monday.")[name] == "organization"


def test_the_head_word_alone_names_nothing():
    found = types("Sports fans queued for hours. Lines formed outside the stadium, and Gaming was the theme.")
    assert not {"Sports", "Lines", "Gaming"} & set(found)
