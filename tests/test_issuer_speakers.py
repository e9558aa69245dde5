"""A document nobody owns speaks for whoever the text said put it out: "the statement said" after "the ministry
released a statement" is the ministry (:mod:`analysis.quotes.issuers`). Made-up news."""
from __future__ import annotations

import pytest

from speaker_helpers import quote_speaker


@pytest.mark.parametrize("text, source, speaker", [
    ("On Friday, the Northern Defence Ministry released a statement about the attack. Three soldiers were hurt. "
     "\"We will respond,\" the statement said.", "the statement", "organization:northern-defence-ministry"),
    ("According to a 2001 report from the Transport Safety Board, the plane had engine trouble. The report said two "
     "passengers were hurt.", "The report", "organization:transport-safety-board"),
    ("Mayor Jane Holloway, in a statement delivered by her aide, said the city would rebuild. The statement also "
     "said the park would reopen.", "The statement", "person:jane-holloway"),
    ("The newspaper obtained a letter sent by Senator Mark Dale to the mayor. The letter said the budget was "
     "wrong.", "The letter", "person:mark-dale"),
    ("Doctor Sean Kell issued a statement saying the governor had mild symptoms.", "a statement", "person:sean-kell"),
])
def test_a_document_speaks_for_who_put_it_out(text, source, speaker):
    assert quote_speaker(text, source=source, column="speaker_actor_id") == speaker


def test_a_document_found_names_nobody():
    text = "Police found a letter in the car of Tom Baxter. The letter said the money was gone."
    assert quote_speaker(text, source="The letter", column="speaker_actor_id") is None


def test_a_document_owned_otherwise_is_another_one():
    text = ("Greenpeace sent a letter to the mining company on Monday. Tom Baxter's letter in reply was short. "
            "The letter said the mine was legal.")
    assert quote_speaker(text, source="The letter", column="speaker_actor_id") is None


def test_where_a_document_was_put_out_may_follow_it():
    text = "Mayor Jane Holloway posted a message on Facebook on Friday announcing she had tested positive for the virus."
    assert quote_speaker(text, source="a message on Facebook", column="speaker_actor_id") == "person:jane-holloway"


def test_who_signed_a_letter_speaks_through_it():
    text = "Senator Ann Lee signed a letter saying the budget was wrong."
    assert quote_speaker(text, source="a letter", column="speaker_actor_id") == "person:ann-lee"

