"""A generational suffix ("Jr.", "Sr.") belongs to the name before it and is never a name alone
(``lexicon/name_suffixes.txt``, :mod:`analysis.actors.discovery`)."""
from __future__ import annotations

from mention_helpers import person_surfaces as people


def test_a_suffix_after_a_comma_is_no_name_of_its_own():
    text = "The club traded Mark Dellacort, Peter Osgood, and Iván Delvalle, Jr.. The trade surprised fans."
    assert people(text) == ["Mark Dellacort", "Peter Osgood", "Iván Delvalle"]


def test_a_suffix_inside_a_name_stays_in_it():
    assert people("Ken Dellacort Sr. and Ken Dellacort Jr. played together.") == ["Ken Dellacort Sr",
                                                                                  "Ken Dellacort Jr"]
