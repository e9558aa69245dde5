"""A head word before a hyphen heads a name only when a capitalised word follows ("Pakistan Muslim League-Nawaz");
"Party-goers", "Union-backed" are common words. Made-up sentences."""
from __future__ import annotations

from mention_helpers import mention_types as types


def test_a_head_word_before_a_capitalised_part_types_a_body():
    assert types("The Kanda National Union-Reform won two seats on Monday.")["Kanda National Union-Reform"] \
        == "organization"


def test_a_head_word_before_a_lower_case_part_types_nothing():
    # regression check: "Party-goers" opening a sentence was an organisation
    found = types("Party-goers still at the scene said the music stopped at midnight.")
    assert "Party-goers" not in found
