"""A cue after "and"/"but" without a source of its own, or a quote set off by a comma, takes the subject of its own
clause: a semicolon joins clauses with subjects of their own, so the sentence's first subject before it is not the
speaker. Made-up news sentences."""
from __future__ import annotations

from speaker_helpers import quote_speaker


def test_a_cue_after_and_takes_the_subject_after_the_semicolon():
    text = ('Mayor Anna Kowalski criticised the budget; Governor Tom Reyes opposed it too and said the cuts would '
            '"hurt every school in the state".')
    assert quote_speaker(text, starts="hurt every", column="source") == "Tom Reyes"


def test_a_pronoun_opening_the_clause_after_the_semicolon_is_the_source():
    text = ('"We will rebuild," said Mayor Anna Kowalski; she described the flood as a "national disaster" and urged '
            'residents to "stay away from the river".')
    assert quote_speaker(text, starts="stay away", column="source") == "she"
    assert quote_speaker(text, starts="stay away") == "Anna Kowalski"


def test_without_a_semicolon_the_sentence_subject_stays_the_source():
    text = 'Mayor Anna Kowalski criticised the budget, met Governor Tom Reyes and said the cuts would "hurt schools".'
    assert quote_speaker(text, starts="hurt schools", column="source") == "Anna Kowalski"
