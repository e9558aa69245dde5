"""A body named in its own language by a head word the English list has ("Ministero" for "Ministry", "Observatoire"
for "Observatory") is an organisation, and a town inside its name is no metonym. Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(r.surface, r.actor_type, r.how) for r in find_mentions(text).itertuples()]


def test_a_foreign_head_word_makes_an_organisation():
    found = _found("A researcher at the Observatoire de Lyon said the data were new. "
                   "The Policía Nacional arrested two men on Monday.")
    assert ("Observatoire de Lyon", "organization", "discovered") in found
    assert ("Policía Nacional", "organization", "discovered") in found


def test_a_capital_inside_such_a_name_is_not_its_country():
    found = _found("Boccaletti, who works at the Observatoire de Paris, discussed the findings.")
    assert ("Observatoire de Paris", "organization", "discovered") in found
    assert not any(how == "metonym" for _surface, _kind, how in found)


def test_the_town_alone_is_still_a_place():
    found = _found("The minister flew to Paris on Monday.")
    assert not any(kind == "organization" for _surface, kind, _how in found)
