"""A role word ending a line types no name on the next line ("presidential candidate" above the heading
"Interview"); on one line it still does ("party chairman Orvo Lindqvist")
(:func:`analysis.actors.name_cues.person_cue`)."""
from __future__ import annotations

from mention_helpers import types_without_public_figures as types


def test_a_role_ending_a_line_types_no_heading_below_it():
    text = ("Wikinews talks with Orvo Lindqvist, independent presidential candidate\n\n"
            "Background\n\nWhat qualifications do you have for the job?")
    assert types(text).get("Background") != "person"


def test_a_role_right_before_a_name_on_its_line_types_it():
    assert types("The party chairman Orvo Lindqvist resigned on Monday.").get("Orvo Lindqvist") == "person"
