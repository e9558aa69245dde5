"""A name right after a verb of publishing and "in" is the journal or outlet the work came out in, as is a name
after the noun "journal"; a town after "published in" stays a place. Made-up news sentences."""
from __future__ import annotations

import pytest

from mention_helpers import mention_types, types_without_public_figures as types


@pytest.mark.parametrize("sentence, outlet", [
    ("The findings were published on Wednesday in Coral Letters, the team said.", "Coral Letters"),
    ("Researchers published their results last month in Ocean Dynamics Letters.", "Ocean Dynamics Letters"),
    ("A study published in the journal Coral Letters found that reefs recover slowly.", "Coral Letters"),
    ("Reefs recover slowly. Published in Coral Letters, the study tracked 40 reefs.", "Coral Letters"),
])
def test_a_name_a_work_was_published_in_is_an_outlet(sentence, outlet):
    assert types(sentence)[outlet] == "media"


def test_a_town_a_book_was_published_in_stays_a_place():
    # the shipped dictionary's town names type the town before the publishing cue is asked
    assert mention_types("The memoir was published in Leipzig in 1923.").get("Leipzig") == "place"


def test_a_name_after_in_without_publishing_is_no_outlet():
    assert types("The team met in Coral Letters before the vote.").get("Coral Letters") != "media"
