"""A speech-cue form after a determiner inside a source read after its cue is a noun, not a new cue: "according to
a tweet by Jane Roe" names Jane Roe; after a name a cue form still ends the source ("said Jane Roe adding that
..."). Made-up news sentences."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes
from speaker_helpers import quote_speaker


def test_according_to_a_tweet_by_a_person_names_the_person():
    text = ('Marta Ruiz, the city\'s mayor, visited the site. "The bridge will reopen within a week," '
            'according to a tweet by Marta Ruiz.')
    assert quote_speaker(text, starts="The bridge") == "Marta Ruiz"
    text = "The bridge will reopen within a week, according to a tweet by Mayor Marta Ruiz."
    quotes = extract_quotes(text)
    assert quotes["source"].tolist() == ["a tweet by Mayor Marta Ruiz"]


def test_a_cue_form_after_a_name_still_ends_the_source():
    text = '"The bridge will reopen within a week," said Marta Ruiz adding that repairs had gone well.'
    quotes = extract_quotes(text)
    row = quotes[quotes["text"].str.startswith("The bridge")].iloc[0]
    assert row["source"] == "Marta Ruiz"
