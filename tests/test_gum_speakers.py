"""Quote speakers scored against GUM coreference chains (validation/gum_speakers.py) on hand-made documents."""
from __future__ import annotations

import sys

import pandas as pd
import pytest

from analysis.paths import ROOT

sys.path.insert(0, str(ROOT / "validation"))
import gum  # noqa: E402
import gum_speakers  # noqa: E402

TEXT = 'Jane Doe met Tom Lee. "We will win," she said. "No," he said. "Maybe," a fan said.'
ENTITIES = [
    {"start": 0, "end": 8, "type": "person", "head": [5, 8], "head_upos": "PROPN", "eid": "1"},
    {"start": 13, "end": 20, "type": "person", "head": [17, 20], "head_upos": "PROPN", "eid": "2"},
    {"start": 37, "end": 40, "type": "person", "head": [37, 40], "head_upos": "PRON", "eid": "1"},
    {"start": 53, "end": 55, "type": "person", "head": [53, 55], "head_upos": "PRON", "eid": "2"},
]
MENTIONS = pd.DataFrame({"start": [0, 13], "end": [8, 20], "actor_type": ["person", "person"],
                         "actor_id": ["person:jane-doe", "person:tom-lee"], "how": ["discovered", "discovered"]})


def _document(speakers: list[str | None]) -> gum.GumDocument:
    record = {"doc": "GUM_interview_probe", "text": TEXT, "paragraphs": [], "sentences": [], "entities": ENTITIES,
              "quotes": []}
    quotes = pd.DataFrame({"start": [23, 48, 63], "end": [35, 51, 69], "kind": ["direct"] * 3,
                           "source_start": pd.array([37, 53, 71], dtype="Int64"),
                           "source_end": pd.array([40, 55, 76], dtype="Int64"),
                           "speaker_actor_id": speakers})
    return gum.documents_from([record], mentions=[MENTIONS], quotes=[quotes])[0]


def test_a_speaker_is_right_when_its_actor_is_named_in_the_sources_chain():
    checks = gum_speakers.speaker_checks(_document(["person:jane-doe", "person:tom-lee", None]))
    assert [c.verdict for c in checks] == ["right", "right", "not_judged"]  # "a fan" is no GUM mention
    assert [c.source_form for c in checks[:2]] == ["pronoun", "pronoun"]


def test_a_speaker_in_another_chain_is_wrong_and_a_missing_one_unresolved():
    checks = gum_speakers.speaker_checks(_document(["person:tom-lee", None, None]))
    assert [c.verdict for c in checks] == ["wrong", "unresolved", "not_judged"]
    figures = gum_speakers.speaker_figures([_document(["person:tom-lee", None, None])])
    assert figures["overall"] == {"accuracy": 0.0, "coverage": 0.5, "named_coverage": 0.5, "right": 0, "wrong": 1,
                                  "unresolved": 1, "unnamed": 0, "not_judged": 1}
    assert figures["by_genre"]["interview"]["wrong"] == 1 and figures["by_source_form"]["pronoun"]["unresolved"] == 1


def test_the_outermost_mention_inside_the_source_is_its_entity():
    inner = {"start": 5, "end": 8, "head": [5, 8], "eid": "9"}
    outer = {"start": 0, "end": 8, "head": [5, 8], "eid": "1"}
    assert gum_speakers.source_entity([inner, outer], 0, 8)["eid"] == "1"
    assert gum_speakers.source_entity([inner, outer], 9, 12) is None


def test_a_quotes_table_without_speaker_columns_is_an_error_naming_the_document():
    record = {"doc": "GUM_bio_probe", "text": TEXT, "paragraphs": [], "sentences": [], "entities": [], "quotes": []}
    document = gum.documents_from([record])[0]
    with pytest.raises(ValueError, match="GUM_bio_probe.*source_start"):
        gum_speakers.speaker_checks(document)


def test_an_unresolved_source_whose_chain_names_nobody_is_counted_apart():
    # "a fan" made a GUM mention of a chain with no name: leaving it unresolved is all a resolver can do
    fan = {"start": 71, "end": 76, "type": "person", "head": [73, 76], "head_upos": "NOUN", "eid": "3"}
    record = {"doc": "GUM_interview_probe", "text": TEXT, "paragraphs": [], "sentences": [],
              "entities": [*ENTITIES, fan], "quotes": []}
    document = _document(["person:jane-doe", None, None])
    document = gum.documents_from([record], mentions=[MENTIONS], quotes=[document.quotes])[0]
    overall = gum_speakers.speaker_figures([document])["overall"]
    assert (overall["unresolved"], overall["unnamed"]) == (2, 1)
    assert (overall["coverage"], overall["named_coverage"]) == (round(1 / 3, 4), 0.5)


def test_the_listing_shows_each_unresolved_or_wrong_speaker_with_its_chain_and_context():
    lines = list(gum_speakers.speaker_error_lines([_document(["person:tom-lee", None, None])]))
    assert len(lines) == 2
    wrong, unresolved = (line.split("\t") for line in lines)
    assert wrong[:6] == ["WRONG", "pronoun", "interview", "GUM_interview_probe", "direct", "she"]
    assert wrong[6] == "chain: Jane Doe" and "[[she]]" in wrong[8]
    assert unresolved[0] == "UNRESOLVED" and unresolved[6] == "chain: Tom Lee" and unresolved[7] == "given: -"
