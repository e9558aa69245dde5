"""An apposition after a person's affiliation tells of the person, not of the affiliation: "Sarah Okoro of
Pellworth, a professor of biology" types no person "Pellworth" (:func:`analysis.actors.name_cues.person_cue`)."""
from __future__ import annotations

from mention_helpers import types_without_public_figures as types


def test_an_apposition_after_a_persons_affiliation_types_no_person():
    found = types("The study was led by Sarah Okoro of Pellworth, a professor of biology. Tom Ridley of "
                  "Quarrendon, the club's chairman, said it was sad.")
    assert found.get("Pellworth") != "person" and found.get("Quarrendon") != "person"
    assert found.get("Sarah Okoro") == "person"


def test_an_apposition_after_a_lone_name_still_types_it():
    assert types("The prize went to Ridlowe, a teacher from the north.").get("Ridlowe") == "person"
