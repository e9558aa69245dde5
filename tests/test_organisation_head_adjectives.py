"""An adjective among the organisation words ("International") heads a body's name only as its last word.
Made-up news sentences."""
from __future__ import annotations

from mention_helpers import mention_types as types


def test_an_adjective_head_word_types_a_name_only_at_its_end():
    found = types("The survey by Delmora International showed gains. Volunteers of the International Brotherhood of "
                  "Lamplighters marched on Sunday.")
    assert found["Delmora International"] == "organization"
    assert found["International Brotherhood of Lamplighters"] == "organization"


def test_an_adjective_head_word_before_other_words_types_nothing():
    # regression check: "International Women's Day", "International Master" and a lone "International" were bodies
    found = types("The rally marked International Women's Day. She holds the International Date Line record, "
                  "and was elected International President of the club in July.")
    assert not any(kind == "organization" and "International" in surface for surface, kind in found.items())
