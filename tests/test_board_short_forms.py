"""A one-word short form stands for an organisation named in full by its first word ("Harvard" after "Harvard
University"), never for a board or committee of that name ("CentOS" after "CentOS Board"): the first word names
what the board serves (:mod:`analysis.actors.linking`, ``lexicon/board_heads.txt``). Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions
from analysis.text.document import Document


def _ids(text: str, surface: str) -> set[str]:
    mentions = find_mentions(Document(text, doc_id="a1"))
    return set(mentions[mentions["surface"] == surface]["actor_id"])


def test_a_first_word_is_not_the_board_it_names():
    text = ("Red Hat took the decision to the Solara Board on Monday, officials in Texas said. Users of Solara "
            "were angry, and many said they would leave Solara.")
    assert "organization:solara-board" not in _ids(text, "Solara")


def test_a_first_word_still_stands_for_a_company():
    text = ("Solara Systems reported losses in Texas on Monday. Solara said it would cut jobs.")
    assert _ids(text, "Solara") == {"organization:solara-systems"}
