"""The acronym of a law or treaty ("the Digital Millennium Copyright Act (DMCA)") names no actor, wherever the
article writes it (:mod:`analysis.actors.document_acronyms`). Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions
from analysis.text.document import Document


def _surfaces(text: str) -> set[str]:
    return set(find_mentions(Document(text, doc_id="a1"))["surface"])


def test_the_acronym_of_a_law_is_no_actor():
    surfaces = _surfaces("The company received a Digital Millennium Copyright Act (DMCA) notice on Friday. The DMCA "
                         "says many things, Smith said, and critics of the DMCA agreed.")
    assert "DMCA" not in surfaces


def test_the_acronym_of_a_body_stays():
    surfaces = _surfaces("The American Civil Liberties Union (ACLU) filed suit on Monday. The ACLU said the new law "
                         "was wrong.")
    assert "ACLU" in surfaces


def test_a_source_in_brackets_after_a_law_stays():
    surfaces = _surfaces("Lawmakers passed the Act (Reuters reported) on Monday, and NATO said it agreed.")
    assert "NATO" in surfaces
