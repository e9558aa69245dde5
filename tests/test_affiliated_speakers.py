"""A name followed by its affiliation and a speech verb is a person's: "Tamsin Orrell of the Vale assembly said"
(:mod:`analysis.actors.affiliated_speakers`). Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from analysis.actors.step import find_mentions


def typed(text: str) -> dict[str, tuple[str, str]]:
    """surface -> (actor type, cue) of the mentions found."""
    return {r.surface: (r.actor_type, r.cue) for r in find_mentions(text).itertuples()}


@pytest.mark.parametrize("text, name, verb", [
    ("Okwudili Baranse of the Ndoki district assembly said the road was closed.", "Okwudili Baranse", "said"),
    ("Ravshan Tolqinov, from the Zarafshan water board, told reporters the dam held.", "Ravshan Tolqinov", "told"),
    ("Tarvild Vartdal at Nordfjord Hospital said two were hurt.", "Tarvild Vartdal", "said"),
    ("Silver went to Tavita Leiataua from New Zealand, who ran 47.8 seconds.", "Tavita Leiataua", "who"),
])
def test_a_name_its_affiliation_and_a_speech_verb_make_a_person(text, name, verb):
    assert typed(text)[name] == ("person", f"affiliation then: {verb}")


@pytest.mark.parametrize("text, name", [
    ("Okwudili Baranse of the district that said no was closed.", "Okwudili Baranse"),  # a clause, no affiliation
    ("Okwudili Baranse, of the Ndoki district said the road was closed.", "Okwudili Baranse"),  # an unclosed aside
    ("Okwudili Baranse of the Ndoki assembly announced the result.", "Okwudili Baranse"),  # a body's verb too
])
def test_no_person_without_an_affiliation_closed_before_a_speaker_verb(text, name):
    assert typed(text).get(name, (None, ""))[1].startswith("affiliation") is False


@pytest.mark.parametrize("text, name, verb", [
    ("Okwudili Baranse, of the Ndoki district assembly, described seeing the flood.", "Okwudili Baranse", "described"),
    ("Ravshan Tolqinov, from the Zarafshan water board, inspected the dam.", "Ravshan Tolqinov", "inspected"),
])
def test_a_past_verb_after_a_closed_affiliation_makes_a_person(text, name, verb):
    assert typed(text)[name] == ("person", f"affiliation then: {verb}")
