"""Initials joined by an ampersand ("PG&E", "AT&T") are one name: the acronym cues type it, and it links to the
name it abbreviates; a lower-case context ("a Q&A session") gives no mention. Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {r.surface: (r.actor_type, r.actor_id) for r in find_mentions(text).itertuples()}


def test_ampersand_initials_are_one_organisation():
    found = _found("Regulators fined the utility on Monday, and KT&G officials said the fine was unfair.")
    assert found.get("KT&G", ("", ""))[0] == "organization"


def test_ampersand_initials_link_to_the_name_spelt_out():
    found = _found("The Northern Gas and Electric Company (NG&E) cut power to 9,000 homes. NG&E said the cut was needed.")
    ids = {actor_id for name, (_, actor_id) in found.items() if name.startswith("NG")}
    assert ids == {found["Northern Gas and Electric Company"][1]}


def test_no_mention_for_ampersand_initials_in_common_use():
    found = _found("She answered questions at her Q&A session, and R&D spending rose.")
    assert "Q&A" not in found and "R&D" not in found
