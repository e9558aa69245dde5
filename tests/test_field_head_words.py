"""A trade word alone ("Energy", "Technology") names a field, not a body; after other words it still heads a firm's
name ("Massey Energy"). Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _found(text: str) -> dict[str, str]:
    return {r.surface: r.actor_type for r in find_mentions(text).itertuples()}


def test_a_trade_word_alone_is_no_institution():
    found = _found("The paper builds on his work on the Conservation of Energy. She is the Head of Technology at "
                   "the bank and leads the Media team.")
    assert "Energy" not in found and "Technology" not in found and "Media" not in found


def test_a_trade_word_still_heads_a_firms_name():
    found = _found("Shares of Zentrova Energy rose after Quillbank Technologies said it would buy them.")
    assert found.get("Zentrova Energy") == "organization"
    assert found.get("Quillbank Technologies") == "organization"


def test_a_body_word_alone_is_still_an_institution():
    assert _found("The bill now goes to the Senate on Monday.").get("Senate") == "organization"
