"""A relative clause's cue speaks for the phrase it follows ("X, a lawyer, who said", "according to Reuters
who reported"), and "according to X, who ..." reports the clause outside the relative clause
(:mod:`analysis.quotes.source_phrases`, :mod:`analysis.quotes.indirect_speech`). Made-up news sentences."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes
from speaker_helpers import quote_speaker


def test_a_relative_clause_after_an_appositive_speaks_for_the_name():
    text = ('The plan was drafted by Maria Lopez, a lawyer at the Acme firm, who said "It took us '
            'two years to write every page of it".')
    assert quote_speaker(text, starts="It took us") == "Maria Lopez"


def test_a_relative_clause_right_after_a_name_speaks_for_it():
    text = 'The bill was written by Alex Brown who said in parliament, "It follows years of work by nurses".'
    assert quote_speaker(text, starts="It follows") == "Alex Brown"


def test_after_according_to_the_name_before_who_is_the_source():
    text = "Floods were rare in the valley according to Reuters who reported that only two floods came in a century."
    assert quote_speaker(text, starts="only two floods", column="source") == "Reuters"


def test_a_body_before_which_speaks():
    text = "The fine was imposed by the Transport Ministry, which said the airline had ignored the rules."
    assert quote_speaker(text, starts="the airline", column="source") == "Transport Ministry"


def test_who_after_a_lower_case_word_names_nobody():
    quotes = extract_quotes("Nobody knows who said the council had ignored the rules for years.")
    assert quotes["source"].isna().all()
    quotes = extract_quotes("He met the man who said the council had ignored the rules for years.")
    assert quotes["source"].isna().all()


def test_a_quotation_before_the_antecedent_is_not_the_relative_clause_speech():
    text = ('Police detained eight people for "spreading false rumours," including Tom Lee, who tried to warn '
            "people about the virus.")
    quotes = extract_quotes(text)
    assert "Tom Lee" not in quotes["speaker"].dropna().tolist()


def test_according_to_x_who_reports_the_clause_after_the_relative_clause():
    text = "According to the agency Reuters, which cited two officials, the talks had collapsed on Monday night."
    quotes = extract_quotes(text)
    assert quotes["text"].tolist() == ["the talks had collapsed on Monday night"]


def test_according_to_x_who_said_reports_the_clause_before():
    text = "The fire started at 10:15 p.m. local time, according to police, who said crews arrived soon after."
    quotes = extract_quotes(text)
    assert quotes[quotes["cue"] == "according to"]["text"].tolist() == ["The fire started at 10:15 p.m. local time"]
