"""A gendered pronoun ("she", "he") reaches a person whose gender the article never shows only within
``_UNNAMED_REACH`` paragraphs (:func:`analysis.quotes.speakers._antecedent`): paragraphs later it is more often
someone the text does not name ("There was a woman in the front row ... she said"), so nobody; a person of
known gender is still found that far back."""
from __future__ import annotations

from speaker_helpers import quote_speaker

_MIDDLE = ("The festival opened on Friday with readings in the old market hall.\n\n"
           "Tickets sold out within an hour, organisers said.\n\n"
           "The hall seats four hundred people.\n\n")


def test_she_paragraphs_after_a_name_of_unknown_gender_is_nobody():
    text = ("Poet Zorvanu Keddle read first at the festival.\n\n" + _MIDDLE +
            "There was a visitor in the front row who had travelled from the coast. "
            'She said, "This reading made my whole year worthwhile."')
    assert quote_speaker(text, starts="This reading", marked=True) is None


def test_she_near_a_name_of_unknown_gender_and_far_after_a_known_woman_still_resolve():
    near = ('Poet Zorvanu Keddle read first at the festival. She said, "This hall is where I began to write."')
    assert quote_speaker(near, starts="This hall", marked=True) == "Zorvanu Keddle"
    far = ("Poet Zorvanu Keddle read first at the festival. Ms. Keddle thanked the organisers.\n\n" + _MIDDLE +
           'Later she said, "This hall is where I began to write."')
    assert quote_speaker(far, starts="This hall", marked=True) == "Zorvanu Keddle"


def test_she_prefers_a_known_woman_close_before_to_a_later_name_of_unknown_gender():
    text = ("Ms. Ingrid Salo founded the gallery in 1990. Salo was married to banker Tom Hart, but also had romances "
            'with, amongst others, Zorvanu Keddle, Frank Sinatra, and Marlon Brando. She said, "The gallery was my whole '
            'life."')
    assert quote_speaker(text, starts="The gallery", marked=True) == "Ingrid Salo"
