"""A capitalised word after an article after a capitalised word ends a title-case name ("Rock the Vote said",
"Who Gives a Crap said"): no person speaking (:func:`analysis.actors.name_cues.person_cue`)."""
from __future__ import annotations

import pytest

from mention_helpers import types_without_public_figures as types


@pytest.mark.parametrize("sentence, name", [
    ("The campaign Vote the Planet said turnout had doubled.", "Planet"),
    ("Brewery Bite the Hops said sales rose by a third.", "Hops"),
    ("The toilet paper maker Wipe a Tear said it would donate half its profits.", "Tear"),
])
def test_the_tail_of_a_title_is_no_speaker(sentence, name):
    assert types(sentence).get(name) != "person"


@pytest.mark.parametrize("sentence, name", [
    ("On Monday Kowalczyk said the vote was rigged.", "Kowalczyk"),  # no article before the name
    ("Kowalczyk said the vote was rigged.", "Kowalczyk"),
])
def test_a_name_without_an_article_before_still_speaks(sentence, name):
    assert types(sentence).get(name) == "person"
