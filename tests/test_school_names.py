"""A school named by its short name after a verb of study ("graduated from Stanford", "taught at Harvard").
Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions

from mention_helpers import mention_types as types


def test_a_name_after_a_verb_of_study_is_a_school():
    found = types("Okafor graduated from Wexmoor in 1998 and later taught at Halbrook for a decade. "
                  "Her brother studied at the Veltrane in Lyon.")
    assert found["Wexmoor"] == found["Halbrook"] == found["Veltrane"] == "organization"


def test_other_verbs_before_at_type_no_school():
    found = types("Okafor arrived at Wexmoor on Monday and stayed at Halbrook with friends.")
    assert found.get("Wexmoor") != "organization" and found.get("Halbrook") != "organization"


def test_a_noun_of_study_before_from_makes_no_school():
    # review: "a study from X" typed X by the noun "study"
    assert "school" not in " ".join(find_mentions("A study from Quenby found gaps in the data.")["cue"])
