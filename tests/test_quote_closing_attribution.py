"""A quotation of several sentences closing on ``?`` or ``!`` keeps the attribution right after it in its last
sentence (:func:`analysis.text.sentences._quote_opens_a_sentence`), as a one-sentence quotation did
(``"Why?" Smith asked``): the splitter no longer cuts ``... Now!" Okafor said`` from the quote."""
from __future__ import annotations

from analysis.text.sentences import split_sentences
from speaker_helpers import quote_speaker


def test_the_attribution_after_a_quote_of_several_sentences_stays_in_its_last_sentence():
    text = 'The mayor spoke on Monday. "The river is rising. Leave now!" Adaeze Okafor told residents.'
    assert [text[s:e] for s, e in split_sentences(text)][-1] == 'Leave now!" Adaeze Okafor told residents.'
    assert quote_speaker(text, starts="The river is rising", marked=True) == "Adaeze Okafor"


def test_a_quote_opening_inside_its_sentence_still_ends_there():
    text = 'Critics called the plan "a farce. A total joke!" Mayor Okafor said the vote would stand.'
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences[-1] == "Mayor Okafor said the vote would stand."
