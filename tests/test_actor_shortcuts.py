"""The actors wing's shortcuts give what the long way gives.

Office phrases are matched over the document's own tokens with each actor slot merged into one token
(analysis/actors/compiled.py ``_slot_tokens``) instead of re-tokenising a masked copy; team names are found
by bisecting the article's result names (analysis/actors/context_cues.py); a lone listed common word
("The", "According") skips the typing rules (analysis/actors/discovery.py); ``Candidate.evolve`` is
``dataclasses.replace``.
"""
from __future__ import annotations

from dataclasses import replace

import pytest

from analysis.actors import compiled
from analysis.actors.mention_types import Candidate
from analysis.actors.step import find_mentions
from analysis.text.document import Document

TEXTS = [
    "The U.S. Army and the U.S.A. met Russia China and U.S.-Russia talks. He posted on X. X, formerly Twitter, said.",
    "U.S. president Joe Biden met the UK prime minister.\nRussia's president, E.U. foreign ministers and Russia.",
    "President of the United States U.S.  Secretary of State of the U.S. ,and the Chinese foreign minister.",
    "Chinese and Russian officials; the U.S.\u2019s envoy to the UN; U.S.A.I.D. head; Ukraine-Russia ties.",
]


def _slots(doc: Document) -> list:
    spans = compiled.dictionary_spans(doc, compiled.compile_dictionary(compiled.get_dictionary(None)))
    return [span for span in spans if span.kind not in ("person", "blocked")]


@pytest.mark.parametrize("text", TEXTS)
def test_slot_tokens_are_the_tokens_of_the_slot_view(text: str) -> None:
    doc = Document(text)
    slots = _slots(doc)
    assert slots
    merged = compiled._slot_tokens(doc, slots)
    if merged is None:  # a slot off token boundaries ("U.S." + "A"): the slot view is tokenised afresh
        assert "U.S.A" in text
        return
    slot_doc = compiled._slot_document(doc, slots)
    assert merged[0] == slot_doc.token_columns and merged[0].tokens() == slot_doc.tokens
    assert merged[1] == slot_doc.token_keys(compiled._office_key)


def test_office_hits_match_the_slot_document_path() -> None:
    comp = compiled.compile_dictionary(compiled.get_dictionary(None))
    for text in TEXTS:
        doc = Document(text)
        slots = _slots(doc)
        fast = [(m.start, m.end, m.payload) for m in compiled._office_matches(doc, slots, comp.offices)]
        slow = [(m.start, m.end, m.payload) for m in comp.offices.iter_matches(compiled._slot_document(doc, slots))]
        assert fast == slow


def test_teams_are_found_among_many_results() -> None:
    lines = [f"Rovers {i % 5} Albion {i % 3}" for i in range(40)] + ["Manchester United 2 Liverpool 1"]
    mentions = find_mentions("Results on Saturday:\n\n" + "\n".join(lines) + "\n")
    teams = mentions[mentions["cue"].str.startswith("sports results line")]
    assert {"Manchester United", "Liverpool", "Rovers", "Albion"} <= set(teams["surface"])
    assert (teams["actor_type"] == "organization").all()


def test_a_lone_common_word_is_no_name_but_a_head_word_still_is() -> None:
    mentions = find_mentions("According to the report, the Senate voted. The Ministry said so.")
    assert "According" not in set(mentions["surface"])
    assert "Senate" in set(mentions["surface"])


def test_evolve_is_dataclasses_replace() -> None:
    candidate = Candidate(0, 9, "Jane Roe", ("jane", "roe"), None, "", False)
    assert candidate.evolve(type="person", actor="Jane Roe") == replace(candidate, type="person", actor="Jane Roe")
    assert candidate.type is None
    with pytest.raises(TypeError, match="no field"):
        candidate.evolve(colour="red")
