"""An "Olympiad" (a chess, mathematics or student competition) is an event, like the Olympics: no person after a role
noun ("the student Olympiad") and no place after "in" ("to compete in Olympiads"); a name before it stays an actor."""
from __future__ import annotations

from mention_helpers import mention_types


def test_an_olympiad_is_no_actor():
    types = mention_types("This was the second consecutive student Olympiad in surgery. She hopes to compete in "
                          "Olympiads abroad, and Tomas Berenik won the Olympiad.")
    assert "Olympiad" not in types
    assert "Olympiads" not in types
    assert types["Tomas Berenik"] == "person"
