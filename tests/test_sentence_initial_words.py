"""A common word capitalised only because it opens a sentence names no one: it is no short form of a body named
with it ("Chess is a game" after "the Chess Club", where the text also writes "chess":
:mod:`analysis.actors.linking`), and a lower-case organisation noun after it does not make it a body ("Elementary
school students sang": :func:`analysis.actors.name_cues.noun_type`). Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions
from analysis.text.document import Document
from mention_helpers import surfaces


def test_a_sentence_initial_common_word_is_no_short_form():
    text = ("Lena Ortiz joined the Chess Club at her university last year, she said. Members said chess helped "
            "them through the lockdown. Chess is a game for everyone, Ortiz said.")
    assert surfaces(text).count("Chess") == 0
    assert "Chess Club" in surfaces(text)


def test_a_short_form_with_an_inner_capital_still_stands_for_its_body():
    text = ("Developers left the GitHub Trust team on Monday, according to github.com posts. "
            "GitHub said it would restore access.")
    found = find_mentions(Document(text, doc_id="a1"))
    assert set(found[found["surface"] == "GitHub"]["actor_id"]) == {"organization:github-trust"}


def test_an_organisation_noun_after_a_sentence_initial_word_makes_no_body():
    text = "The choir opened the ceremony on Monday. Elementary school students sang two songs, organisers said."
    assert "Elementary" not in surfaces(text)


def test_an_organisation_noun_still_types_a_name_inside_a_sentence():
    text = "Parents said on Monday that the Brookfield school students would return in May."
    assert "Brookfield" in surfaces(text)
