"""A quote closing its sentence takes the bare attribution opening the next one (``"..." Pelosi said.``): the
sentence ended inside the closing mark and cut the quote from its attribution
(:func:`analysis.quotes.nearby.attributed_after`). A next sentence reporting a clause of its own is no
attribution of the quote."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes
from speaker_helpers import quote_speaker


def test_a_bare_attribution_after_the_closing_mark_names_the_speaker():
    text = ('The council met on Monday. "We will rebuild the bridge before winter." Mayor Adaeze Okafor said. '
            'Work starts in May.')
    assert quote_speaker(text, starts="We will rebuild", marked=True) == "Adaeze Okafor"


def test_adjuncts_after_the_cue_and_an_inverted_attribution_still_name_the_speaker():
    text = 'Roads were closed. "Stay at home tonight." Police chief Tomas Brenner said on Friday.'
    assert quote_speaker(text, starts="Stay at home", marked=True) == "Tomas Brenner"
    text = 'Roads were closed. "Stay at home tonight." Said police chief Tomas Brenner.'
    assert quote_speaker(text, starts="Stay at home", marked=True) == "Tomas Brenner"


def test_a_short_quote_is_kept_once_the_attribution_after_it_is_found():
    text = 'Fans waited for hours. "It was worth it." Singer Lina Dorsey said. The tour ends in June.'
    rows = extract_quotes(text)
    assert rows[rows["kind"] != "indirect"]["text"].tolist() == ["It was worth it."]


def test_a_next_sentence_reporting_its_own_clause_is_no_attribution_of_the_quote():
    text = ('Minister Lena Varga said the budget was balanced. "We kept every promise." '
            'Opposition leader Karl Ruud said the figures were false.')
    assert quote_speaker(text, starts="We kept every promise", marked=True) == "Lena Varga"


def test_a_quote_in_the_middle_of_its_sentence_or_a_new_paragraph_takes_nothing_from_after():
    text = 'Residents, "tired of waiting for the repairs to begin," marched on Monday. Mayor Ivo Sauer said.'
    assert quote_speaker(text, starts="tired of waiting", marked=True) != "Ivo Sauer"
    text = 'The bill passed.\n\n"We will rebuild the bridge before winter."\n\nMinister Ivo Sauer said.'
    assert quote_speaker(text, starts="We will rebuild", marked=True) != "Ivo Sauer"
