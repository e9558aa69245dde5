"""'The 45-year-old said': the person whose age the article wrote beside the name (analysis.quotes.ages), not the
latest person named. Made-up news sentences."""
from __future__ import annotations

import pytest

from speaker_helpers import quote_speaker


@pytest.mark.parametrize("introduced", [
    "Tom Hart, 45, was arrested at his home.",
    "Tom Hart (45) was arrested at his home.",
    "Tom Hart, aged 45, was arrested at his home.",
    "Tom Hart, a 45-year-old teacher, was arrested at his home.",
    "Police named the man as 45-year-old Tom Hart.",
])
def test_the_age_names_the_person_written_with_it_not_the_latest_person(introduced):
    text = f'{introduced} Judge Ann Cole heard the case on Monday. "I did nothing wrong," the 45-year-old said.'
    assert quote_speaker(text, source="the 45-year-old") == "Tom Hart"


def test_of_two_ages_the_one_asked_for():
    text = 'Tom Hart, 45, and Ann Cole, 43, were arrested. "I did nothing wrong," the 43-year-old said.'
    assert quote_speaker(text, source="the 43-year-old") == "Ann Cole"


def test_an_age_written_for_nobody_named_is_nobody_named():
    text = 'Ann Cole, 43, was arrested. "I did nothing wrong," the 45-year-old said.'
    assert quote_speaker(text, source="the 45-year-old", column="speaker_actor_id") is None


def test_without_any_age_written_it_still_refers_back():
    text = 'Police arrested Tom Hart on Monday. "I did nothing wrong," the 45-year-old said.'
    assert quote_speaker(text, source="the 45-year-old") == "Tom Hart"
