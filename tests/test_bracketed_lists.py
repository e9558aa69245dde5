"""A name listed after a bracket that follows a listed name ("directors such as A (a film), B (a film) and C")
shares the list's type; the names inside the brackets do not (:mod:`analysis.actors.discovery`)."""
from __future__ import annotations

from mention_helpers import types_without_public_figures as typed


def test_names_listed_between_brackets_share_the_list_type():
    found = typed("The festival honoured directors such as Zorvan Marsk (The Quiet Shore), Tavik Rondel "
                  "(Night Ferries, Cold Harbour) and Oskel Vandry (Salt Roads).")
    assert found.get("Tavik Rondel") == found.get("Oskel Vandry") == "person"
    assert "Night Ferries" not in found and "Salt Roads" not in found


def test_a_name_after_an_unclosed_bracket_is_not_listed():
    found = typed("The festival honoured directors such as Zorvan Marsk (whose film Night Ferries won).")
    assert "Night Ferries" not in found
