"""A person name read from a source's own words where the mentions table has none
(:func:`analysis.quotes.source_names.unlisted_name`) is never part of a name written after "the" or after a
preposition: those name a body or a thing, not who speaks. The mentions are left out by hand, as the actors step
sometimes leaves them. Made-up news."""
from __future__ import annotations

import pandas as pd

from analysis.quotes.context import MENTION_COLUMNS
from speaker_helpers import quote_speaker

_NO_MENTIONS = pd.DataFrame(columns=MENTION_COLUMNS)


def test_a_name_after_the_is_no_person():
    text = ("Nine states will vote on Tuesday, according to the National Conference of State Legislatures.")
    assert quote_speaker(text, mentions=_NO_MENTIONS) == "the National Conference of State Legislatures"


def test_a_name_after_a_preposition_names_nobody_in_its_later_words():
    text = ("Shootings rose by a tenth last year, according to data from the Gun Violence Archive.")
    assert quote_speaker(text, mentions=_NO_MENTIONS) == "data from the Gun Violence Archive"


def test_the_later_words_of_a_client_s_name_are_no_speaker():
    text = ("The deal was fair, according to a lawyer for John Paul Smith.")
    assert quote_speaker(text, mentions=_NO_MENTIONS) == "a lawyer for John Paul Smith"


def test_a_name_after_a_title_is_still_read():
    text = ("Member of Parliament (MP) Yvette Cooper of the Labour Party added, \"The plan is a deeply dangerous "
            "way to govern.\"")
    assert quote_speaker(text, mentions=_NO_MENTIONS) == "Yvette Cooper"


def test_a_name_after_a_body_is_still_read():
    text = ("The plant will close in May, Rivet Labs chief executive Tom Hart said on Monday.")
    assert quote_speaker(text, mentions=_NO_MENTIONS) == "Tom Hart"
