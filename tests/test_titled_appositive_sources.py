"""A capitalised role opening an appositive ("X, Director of the Museum, said") describes the name before it, as
"X, the director of the museum, said" does; an ampersand inside the appositive ("a vice president at AT&T") does
not cut it. Made-up news sentences."""
from __future__ import annotations

from speaker_helpers import quote_speaker


def test_a_capitalised_role_with_its_body_gives_the_name_before_it():
    text = 'Anna Berg, Director of the City Museum, said "We were never consulted about any of this."'
    assert quote_speaker(text, starts="We were never") == "Anna Berg"


def test_a_long_capitalised_chair_gives_the_name_before_it():
    text = ('Professor Tom Hale, Chair In Public Policy at the Faculty of Law of Leeds University, said "The new '
            'rules will not survive a challenge in court."')
    assert quote_speaker(text, starts="The new rules") == "Tom Hale"


def test_the_partial_quote_goes_to_the_name_not_to_the_words_after_the_cue():
    text = 'Anna Berg, President of the union, said the vote "was far closer than anyone expected".'
    assert quote_speaker(text, starts="was far closer") == "Anna Berg"


def test_an_ampersand_inside_the_appositive_keeps_it_whole():
    text = 'Sumit Rao, a vice president at AT&T, said "We very much understand the inconvenience this causes."'
    assert quote_speaker(text, starts="We very much") == "Sumit Rao"


def test_an_all_capitalised_segment_is_still_the_name_itself():
    text = 'The head of the agency, Director Anna Berg, said "The vote was close and we all know it."'
    assert quote_speaker(text, starts="The vote was") == "Anna Berg"
    assert quote_speaker(text, starts="The vote was", column="source") == "Director Anna Berg"
