"""An acronym of the dictionary spelled as a word ("Efe" for EFE, "Nato") may be a person's first name before a
surname, as a place's name may (:func:`analysis.actors.name_shapes.spelled_acronyms`). Made-up sentences."""
from __future__ import annotations

from mention_helpers import mention_types


def test_a_spelled_acronym_before_a_surname_is_a_first_name():
    types = mention_types("Mira Kowalczyk and Efe Tunaligil helped to analyse the data.")
    assert types.get("Efe Tunaligil") == "person" and "Efe" not in types
    types = mention_types("Mira [Kowalczyk] and Efe [Tunaligil] helped to analyse the data.")
    assert types.get("Efe [Tunaligil]") == "person"


def test_a_spelled_acronym_before_a_body_an_actor_or_a_title_stays_the_acronym():
    types = mention_types("Uefa Champions League games resumed. Nato Brussels staff met. Nato Summit talks ended.")
    assert types.get("Uefa") == "organization" and types.get("Nato") == "organization"
    assert not any(kind == "person" for kind in types.values()), types
