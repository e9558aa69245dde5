"""A lower-case body description that is, capitalised, the name of one body of the article names that body, even
when the name comes after it ("according to the emergencies ministry" ... "the Emergencies Ministry said"):
:func:`analysis.quotes.speakers._body_named_so`."""
from __future__ import annotations

import pytest

from speaker_helpers import quote_speaker

NAMED_AFTER = ("Rescuers pulled ten people from the rubble on Monday, according to the emergencies ministry. "
               "Russia's Emergencies Ministry later sent more teams to the city.")


def test_a_description_written_small_names_the_body_named_so_after_it():
    assert quote_speaker(NAMED_AFTER, source="the emergencies ministry", column="speaker_actor_id") \
        == "organization:emergencies-ministry"


@pytest.mark.parametrize("text, source", [
    # no body of that name: the words stay the speaker's
    ("Rescuers pulled ten people from the rubble, according to the emergencies ministry. Russia's Interior "
     "Ministry later sent more teams.", "the emergencies ministry"),
    # one word after "the" names no body by its words
    ("Rescuers pulled ten people from the rubble, according to the ministry. The Ministry of Veloria later sent "
     "more teams.", "the ministry"),
])
def test_no_body_without_exactly_its_name(text, source):
    assert quote_speaker(text, source=source, column="speaker_actor_id") is None
