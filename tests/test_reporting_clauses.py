"""An office after a name's comma and before a speech verb is the subject of a reporting clause, not an
apposition: "We must beat Norbury, the coach said" says nothing of Norbury
(:func:`analysis.actors.name_cues._apposition_noun`)."""
from __future__ import annotations

from mention_helpers import types_without_public_figures as types


def test_an_office_before_a_speech_verb_types_no_name_before_it():
    found = types("We have to beat Norbury Athletic on Saturday, and we will beat Fellgate, the coach said.")
    assert found.get("Fellgate") != "person"
    found = types("The plant near Quarrendon will close, the minister told reporters.")
    assert found.get("Quarrendon") != "person"


def test_an_office_set_off_by_commas_is_still_an_apposition():
    found = types("The squad trained on Friday. Tremlett, the coach, said the team was ready.")
    assert found.get("Tremlett") == "person"
