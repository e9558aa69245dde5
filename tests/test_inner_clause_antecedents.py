"""A name inside a clause about something else is no antecedent of a later "he": the subject of a relative clause
("the ban, which Biden opposed"), of a subordinate clause inside the sentence ("while Trump flew over") or an agent
there ("since he was pardoned by Trump"). The sentence's own subject, an agent of its main clause and a name after
"retired" before a title stay antecedents. Made-up news sentences."""
from __future__ import annotations

from speaker_helpers import quote_speaker


def test_the_subject_of_a_relative_clause_is_no_antecedent():
    text = ("Mayor Tom Hale said he closed the bridge in January, which Councillor Dan Reyes opposed. "
            'He said the repairs were "long overdue".')
    assert quote_speaker(text, starts="long overdue") == "Tom Hale"


def test_the_subject_of_a_clause_inside_the_sentence_and_an_agent_there_are_no_antecedents():
    text = ("Retired general Tom Hale was on stage while Mayor Dan Reyes drove past. This was the first time Hale "
            'spoke since he was pardoned by Reyes. He said "That was quite a sight, I did not expect it at all."')
    assert quote_speaker(text, starts="That was quite") == "Tom Hale"


def test_the_agent_of_the_main_clause_stays_an_antecedent():
    text = 'The plan was criticised by Senator Dan Reyes. He said it was "a disgrace to the city".'
    assert quote_speaker(text, starts="a disgrace") == "Dan Reyes"


def test_a_subject_after_a_comma_and_a_clause_opening_the_sentence_stays_an_antecedent():
    text = ("When the vote was counted, Mayor Tom Hale thanked the volunteers. "
            'He said the turnout was "the best in twenty years".')
    assert quote_speaker(text, starts="the best in") == "Tom Hale"
