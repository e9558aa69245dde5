"""An office after an organisation head word and "of the" is part of the name ("the Office of the Governor"),
not a title that ends it; "the Office of Governor" (no "the") is the post, and an office before "of" stays a
title. Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _found(text: str) -> dict[str, str]:
    return {r.surface: r.actor_type for r in find_mentions(text).itertuples()}


def test_an_office_after_of_the_is_part_of_the_name():
    found = _found("A statement from the Office of the Governor said the bridge would reopen. "
                   "The Office of the Chief Prosecutor declined to comment.")
    assert found.get("Office of the Governor") == "organization"
    assert any(name.startswith("Office of the Chief") for name in found)


def test_the_post_itself_and_a_title_before_of_are_not_names():
    found = _found("She was sworn into the Office of Governor on Monday. The Governor of Ohio spoke later.")
    assert "Office of Governor" not in found
    assert not any(name.startswith("Governor of") and kind == "organization" for name, kind in found.items())


def test_a_capitalised_modifier_before_the_office_stays_in_the_name():
    found = _found("A spokesman for the Office of the High Commissioner for Human Rights said the report was ready. "
                   "The Office of the Special Envoy for Syria declined to comment.")
    assert found.get("Office of the High Commissioner for Human Rights") == "organization"
    assert "Office of the High" not in found
    assert any(name.startswith("Office of the Special Envoy") for name in found)


def test_a_modifier_without_of_the_is_no_complement():
    found = _found("High Commissioner Michelle Bachelet spoke in Geneva on Monday.")
    assert not any(kind == "organization" and "Commissioner" in name for name, kind in found.items())


def test_a_word_ranking_the_office_after_a_body_is_not_part_of_its_name():
    found = _found("A vote was held after the Senate Majority Leader, Ann Lee, said the bill would pass. "
                   "Later the Zentrova Party Vice Chairman Tom Reed resigned.")
    assert found.get("Senate") == "organization"
    assert "Senate Majority" not in found
    assert found.get("Zentrova Party") == "organization"
    assert "Zentrova Party Vice" not in found


def test_a_body_name_opening_a_sentence_keeps_its_rank_word_rather_than_vanish():
    found = _found("Senate Majority Leader Ann Lee said the bill would pass. On Monday, Senate Majority Leader "
                   "Tom Reed spoke.")
    assert any(name.startswith("Senate") and kind == "organization" for name, kind in found.items())
