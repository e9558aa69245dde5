"""A body the dictionary lacks has one id however its name writes the country it opens with ("U.S. Navy", "US Navy",
"United States Navy": ``organization:us-navy``): analysis/actors/country_prefixes.py. Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _ids(text: str) -> dict[str, str]:
    """Surface -> actor id of the counted mentions."""
    mentions = find_mentions(text)
    mentions = mentions[mentions["how"] != "inner"]
    return dict(zip(mentions["surface"], mentions["actor_id"]))


def test_a_country_written_as_initials_or_in_full_opens_one_body():
    ids = _ids("The UK Border Force stopped the boat on Monday. The United Kingdom Border Force said eight "
               "people were aboard.")
    assert ids["UK Border Force"] == ids["United Kingdom Border Force"] == "organization:uk-border-force"


def test_the_short_form_of_the_body_follows_its_id():
    ids = _ids("Divers from the United States Coast Patrol searched the bay. The Patrol said the search would "
               "resume.")
    assert ids["United States Coast Patrol"] == ids["Patrol"] == "organization:us-coast-patrol"


def test_a_country_written_otherwise_and_a_dictionary_body_keep_their_ids():
    ids = _ids("The Korea Herald reported the deal. USA Today said the talks had stalled. The America Forward "
               "Foundation disagreed, as did China Resources Holdings.")
    assert ids["Korea Herald"] == "media:korea-herald"
    assert ids["USA Today"] == "media:usa-today"
    assert ids["America Forward Foundation"] == "organization:america-forward-foundation"
    assert ids["China Resources Holdings"] == "organization:china-resources-holdings"  # "PRC" spells another name
