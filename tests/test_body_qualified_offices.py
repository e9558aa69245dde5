"""An office given to a person after a capitalised word naming another body ("Senate President X", "Assembly
president Y") is that body's office: a later role phrase naming a country's office ("the President of France")
is not linked to that holder, while the same body's office is. Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _roles(text: str) -> dict[str, str]:
    found = find_mentions(text)
    return {row.surface: row.actor_id for row in found.itertuples() if row.how == "role"}


def test_a_country_s_president_is_not_the_senate_president():
    roles = _roles("Senate President Thomas Ruiz opposed the bill. The President of France, Emmanuel Macron, "
                   "praised it.")
    assert roles.get("The President") == "person:emmanuel-macron"


def test_a_demonym_or_a_modifier_before_the_office_keeps_the_bare_office():
    assert _roles("Current Prime Minister Theresa May spoke on Monday. The Prime Minister said she would resign.") \
        == {"The Prime Minister": "person:theresa-may"}
    assert _roles("Russian President Vladimir Putin met officials. The president said the talks went well.") \
        == {"The president": "person:vladimir-putin"}
