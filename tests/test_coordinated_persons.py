"""A lone untyped word coordinated with a person is a person (analysis/actors/coordinated_persons.py)."""
from __future__ import annotations

from mention_helpers import types_without_public_figures as kinds


def test_a_word_after_and_a_person_linked_to_a_full_name_is_a_person():
    found = kinds("A study by Harrow and Quenby was published on Monday. Dr Alice Harrow said prices rose.")
    assert found.get("Quenby") == "person"


def test_a_word_before_and_a_titled_person_is_a_person():
    found = kinds("The talks went on. On Monday, Brackley and Cllr Ruddock met the residents.")
    assert found.get("Brackley") == "person"


def test_a_firm_whose_second_word_a_speech_verb_typed_stays_untyped():
    found = kinds("Prices fell again. Yesterday Marks and Spencer said profits fell.")
    assert "Marks" not in found


def test_a_word_written_in_lower_case_or_modifying_a_plural_noun_is_no_person():
    found = kinds("We hereby Order and Direct General Tom Hale to act. He gave an order. "
                  "Hale and Nightfall co-stars attended the premiere.")
    assert "Order" not in found
    assert "Nightfall" not in found


def test_a_companion_cue_after_the_pair_types_no_word_before_it_whichever_companion():
    """ "and colleagues" / "and co-authors" after a pair describes the pair: like a speech verb, it types no partner."""
    for companions in ("colleagues", "co-authors"):
        found = kinds(f"Prices fell again. A study by Marks and Spencer and {companions} found no effect.")
        assert "Marks" not in found, companions
