"""A one-word name right after a media or organisation noun is that body speaking, not a person: "Greek daily
Kathimerini said" (:func:`analysis.actors.name_cues.person_cue`)."""
from __future__ import annotations

import pytest

from mention_helpers import types_without_public_figures as types


@pytest.mark.parametrize("sentence, name, kind", [
    ("Danish daily Politikrenen said the minister had resigned.", "Politikrenen", "media"),
    ("The road was closed, the news channel Vestkanal reported on Monday.", "Vestkanal", "media"),
    ("The budget airline Skyvora said all flights would resume on Friday.", "Skyvora", "organization"),
    ("Rescue charity Havbrott said its ship had picked up 40 people.", "Havbrott", "organization"),
])
def test_a_body_noun_before_a_lone_name_makes_the_body_speak(sentence, name, kind):
    assert types(sentence).get(name) == kind


@pytest.mark.parametrize("sentence, name", [
    ("Kowalczyk said the talks had failed.", "Kowalczyk"),  # no noun before: a person speaking
    ("A spokesman for the firm, Kowalczyk said, had left.", "Kowalczyk"),  # a comma: the firm is not named
    ("The lawsuit names the company founder Oskarsson, who said he would fight.", "Oskarsson"),  # no body noun
    ("The band Daniel said it had split.", "Daniel"),  # a known first name stays a person
])
def test_no_body_without_its_noun_right_before(sentence, name):
    assert types(sentence).get(name) == "person"
