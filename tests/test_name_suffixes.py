"""A generational suffix ("Jr.", "Sr.") belongs to the name before it and is never a name alone
(``lexicon/name_suffixes.txt``, :mod:`analysis.actors.discovery`)."""
from __future__ import annotations

from analysis.actors.dictionary import DEFAULT_PATH, read_dictionary
from analysis.actors.step import find_mentions

WITHOUT_PUBLIC_FIGURES = read_dictionary(DEFAULT_PATH)  # as tests/test_discovery.py: no dictionary persons


def people(text: str) -> list[str]:
    """The surfaces of the person mentions found."""
    mentions = find_mentions(text, dictionary=WITHOUT_PUBLIC_FIGURES)
    return list(mentions.loc[mentions["actor_type"] == "person", "surface"])


def test_a_suffix_after_a_comma_is_no_name_of_its_own():
    text = "The club traded Mark Dellacort, Peter Osgood, and Iván Delvalle, Jr.. The trade surprised fans."
    assert people(text) == ["Mark Dellacort", "Peter Osgood", "Iván Delvalle"]


def test_a_suffix_inside_a_name_stays_in_it():
    assert people("Ken Dellacort Sr. and Ken Dellacort Jr. played together.") == ["Ken Dellacort Sr",
                                                                                  "Ken Dellacort Jr"]
