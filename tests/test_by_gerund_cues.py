"""A speech gerund after "by" is a cue when a verb of ``by_gerund_verbs`` governs it ("She began by saying"):
its source is that verb's subject. Elsewhere a gerund after "by" stays no cue ("released by saying")."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes
from speaker_helpers import quote_speaker


def test_opened_by_asserting_gives_the_subject_as_source():
    text = ('At the hearing, Commissioner Rita Olsen opened by asserting that "no two cases of this kind are '
            'alike, and the board cannot pretend otherwise."')
    assert quote_speaker(text, starts="no two cases", marked=True) == "Rita Olsen"


def test_ended_by_noting_reports_speech_without_marks():
    text = "Mayor Tom Reyes ended by noting that the city would not pay for the repairs."
    quotes = extract_quotes(text)
    indirect = quotes[quotes["kind"] == "indirect"]
    assert indirect["text"].tolist() == ["the city would not pay for the repairs"]
    assert indirect["speaker"].tolist() == ["Tom Reyes"]


def test_a_gerund_after_by_under_another_verb_is_no_cue():
    text = "Last year the family tried to have the driver released by saying they forgave him for the crash."
    assert extract_quotes(text).empty
    text = "Karen Bloom argued Ed Fisher had lost the far left by saying he opposed those plans."
    quotes = extract_quotes(text)
    assert quotes["cue"].tolist() == ["argued"]
