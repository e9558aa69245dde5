"""'The teacher said', 'the mother said': a definite person noun names the person the article wrote with that noun
beside the name ('Tom Hart, a teacher,', 'Leeds striker Tom Lee'), never just the latest person named
(analysis.quotes.roles, analysis.quotes.speakers). Made-up news sentences."""
from __future__ import annotations

import pytest

from speaker_helpers import quote_speaker

_LATER = "Judge Ann Cole adjourned the case until March after a short hearing on Monday."


@pytest.mark.parametrize(("introduced", "source", "speaker"), [
    ("Tom Hart, a 45-year-old teacher, was arrested at his home.", "the teacher", "Tom Hart"),
    ("The victim's mother, Mary Lane, spoke to reporters outside the court.", "the mother", "Mary Lane"),
    ("Leeds striker Tom Lee scored twice on Saturday.", "the striker", "Tom Lee"),
    ("Mary Lane, a nurse at the city hospital, was the first to arrive.", "the nurse", "Mary Lane"),
])
def test_the_noun_names_the_person_written_with_it(introduced, source, speaker):
    text = f'{introduced} {_LATER} "I did nothing wrong," {source} said.'
    assert quote_speaker(text, source=source) == speaker


@pytest.mark.parametrize(("introduced", "source"), [
    ("Tom Hart was arrested at his home.", "the teacher"),  # no one is called a teacher
    ("Mary Lane, 52, spoke to reporters outside the court.", "the grieving mother"),
    ("Tom Hart, the victim's brother, spoke to reporters outside the court.", "the victim"),  # a possessor
])
def test_without_that_noun_beside_a_name_nobody_is_named(introduced, source):
    text = f'{introduced} {_LATER} "I did nothing wrong," {source} said.'
    assert quote_speaker(text, source=source, column="speaker_actor_id") is None
