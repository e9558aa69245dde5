"""``a Reuters reporter said``, ``an FBI agent said``: a body named right before a noun for people speaks only
through a spokesperson; anyone else of its staff or side is a person of their own, unnamed (``_heads_source`` in
:mod:`analysis.quotes.speakers`). Trade and agent nouns count by their ending, as no list holds them all. Made-up
news sentences."""
from __future__ import annotations

import pytest

from speaker_helpers import quote_speaker

_BEFORE = "Ann Cole opened the new office in Leeds on Monday."


@pytest.mark.parametrize("source", [
    "A Reuters reporter", "A Labour politician", "A Google engineer", "The Apple boss", "An FBI agent",
    "A CNN correspondent", "A Boeing insider",
])
def test_a_person_of_the_body_is_not_the_body(source):
    text = f"{_BEFORE} {source} said the plan had been delayed."
    assert quote_speaker(text, source=source, column="speaker_actor_id") is None


@pytest.mark.parametrize(("source", "actor_id"), [
    ("A Microsoft spokesperson", "organization:microsoft"),
    ("A Microsoft statement", "organization:microsoft"),
])
def test_a_spokesperson_or_a_document_of_the_body_is_the_body(source, actor_id):
    text = f"{_BEFORE} {source} said the plan had been delayed."
    assert quote_speaker(text, source=source, column="speaker_actor_id") == actor_id
