"""An infinitive cue after a past verb and its object ("Lee took to Twitter to say", "held a press conference to
announce"): the verb's subject speaks, for a purpose of their own act; after a verb of object control ("asked
its members to confirm") its object does (analysis.quotes.source_phrases). A "that" after "told" is its complementiser
only before the reported clause opens ("told them I was not that good": an adverb). Made-up news text."""
from __future__ import annotations

from analysis.quotes.attribution import find_attributions, tokenize_reporter_text
from speaker_helpers import quote_speaker

_OPENING = "Mayor Anna Lee met the council on Monday. "


def test_took_to_a_platform_to_say_gives_the_subject():
    text = _OPENING + "Lee took to Twitter to say that the roads would reopen in May."
    assert quote_speaker(text, starts="the roads", column="source") == "Lee"
    assert quote_speaker(text, starts="the roads") == "Anna Lee"


def test_held_a_press_conference_to_announce_gives_the_subject():
    text = _OPENING + "Lee held a press conference to announce that the roads would reopen in May."
    assert quote_speaker(text, starts="the roads", column="source") == "Lee"


def test_an_adverb_before_the_verb_is_skipped():
    text = _OPENING + "The minister later took the opportunity to say that the bridge was safe."
    assert quote_speaker(text, starts="the bridge", column="source") == "The minister"


def test_a_verb_of_object_control_gives_its_object():
    text = _OPENING + "The union asked its members to confirm that the strike would go ahead."
    assert quote_speaker(text, starts="the strike", column="source") == "its members"


def test_a_verb_right_before_to_keeps_its_subject():
    text = _OPENING + "Lee wanted to say that the roads would reopen in May."
    assert quote_speaker(text, starts="the roads", column="source") == "Lee"


def test_an_adverb_that_inside_the_reported_clause_after_told():
    text = _OPENING + "Lee told them I was not that good at reading the budget."
    assert quote_speaker(text, starts="I was not that good", column="source") == "Lee"


def _sources(text: str) -> dict[str, str | None]:
    """Each cue of ``text`` (one sentence, no quotation) with its source phrase."""
    tokens = tokenize_reporter_text(text, 0, len(text), [])
    return {found.cue: found.source for found in find_attributions(tokens, text)}


def test_a_possessed_noun_before_to_is_no_purpose_of_the_subject():
    # "his refusal to testify": Lee's refusal, not the Democrats' purpose
    sources = _sources("Democrats expressed anger with Lee over his refusal to testify at the hearing.")
    assert sources["testify"] != "Democrats"


def test_a_gerund_before_to_is_a_verb_of_its_own():
    # "failing to mention": the Democrats fail; "criticized" and its subject do not take the infinitive
    sources = _sources("Lee defended the plan and criticized Democrats for failing to mention the cost.")
    assert sources["mention"] is not None and "Democrats" in sources["mention"]
