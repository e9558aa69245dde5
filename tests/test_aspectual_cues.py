"""An aspectual verb between a source and its gerund cue ("kept saying", "started telling") is part of the verb
chain (``lexicon/cue_verb_chain_words.txt``): the subject before it speaks, and the verb is no part of the source."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes


def test_kept_saying_gives_the_subject_as_source():
    text = "A neighbour said the driver, Tom Reyes, kept saying that the brakes had failed before the crash."
    quotes = extract_quotes(text)
    row = quotes[quotes["text"].str.startswith("the brakes")].iloc[0]
    assert (row["kind"], row["cue"], row["source"], row["speaker"]) == ("indirect", "saying", "Tom Reyes", "Tom Reyes")


def test_kept_telling_and_started_saying_leave_the_verb_out_of_the_source():
    text = ('The guard kept telling visitors that the museum would close early. '
            '"We are not going anywhere," Mayor Ann Hollis kept saying. '
            'Residents started saying that the water tasted of metal.')
    quotes = extract_quotes(text)
    assert quotes["source"].tolist() == ["The guard", "Mayor Ann Hollis", "Residents"]
    assert quotes["speaker"].tolist()[1] == "Ann Hollis"


def test_a_non_speech_gerund_after_kept_is_no_cue():
    text = "Rescuers kept searching the rubble through the night. Prices kept rising, the central bank said."
    quotes = extract_quotes(text)
    assert quotes["cue"].tolist() == ["said"] and quotes["source"].tolist() == ["the central bank"]
