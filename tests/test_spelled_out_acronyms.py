"""An acronym written first and spelled out in brackets after it ("the RPF (Railway Police Force)") names the
organisation in the brackets, there and wherever it recurs; a dictionary acronym of the same letters is not meant.
Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _ids(text: str, surface: str) -> list[str]:
    return [r.actor_id for r in find_mentions(text).itertuples() if r.surface == surface and r.how != "inner"]


def test_an_acronym_before_its_spelled_out_name_is_that_organisation():
    text = "On Monday, guards of the KRP (Kestrel Rail Patrol) checked tickets. The KRP said no one was hurt."
    assert _ids(text, "KRP") == ["organization:kestrel-rail-patrol"] * 2


def test_a_dictionary_acronym_spelled_out_after_it_is_the_organisation_in_the_brackets():
    text = "Clashes between the army and the RSF (Rapid Support Forces) went on. The RSF said it held the bridge."
    assert _ids(text, "RSF") == ["organization:rapid-support-forces"] * 2


def test_the_spelled_out_name_keeps_its_own_id():
    text = "Tomas Vale wrestled for GWA (Granite Wrestling Alliance) for years. He left GWA in May."
    assert _ids(text, "Granite Wrestling Alliance") == ["organization:granite-wrestling-alliance"]
    assert _ids(text, "GWA") == ["organization:granite-wrestling-alliance"] * 2


def test_brackets_that_do_not_spell_the_acronym_link_nothing():
    text = "On Monday, guards of the KRP (Kestrel Harbour Police) checked tickets."
    assert _ids(text, "KRP") == []
