"""The GUM validation scripts score what they say, on small hand-made documents in GUM's format."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from analysis.paths import ROOT

sys.path.insert(0, str(ROOT / "validation"))
import validate_gum_mentions  # noqa: E402
import validate_sentences  # noqa: E402

TEXT = "Dr. Smith met Jane Doe in Paris. They spoke at length.\n\nA heading\n\nNext one. And two."


def _document(sentences: list[list[int]]) -> dict:
    return {
        "doc": "GUM_interview_probe",
        "text": TEXT,
        "paragraphs": [{"start": 0, "end": 54, "kind": "p"}, {"start": 56, "end": 65, "kind": "head"},
                       {"start": 67, "end": 85, "kind": "p"}],
        "sentences": sentences,
        "entities": [],
    }


def test_sentence_scores_count_only_boundaries_inside_paragraphs():
    gold = [[0, 32], [33, 54], [56, 65], [67, 76], [77, 85]]
    perfect = validate_sentences.score_document(_document(gold))
    assert (perfect.gold, perfect.true_positives, perfect.exact, perfect.sentences) == (2, 2, 5, 5)
    merged = validate_sentences.score_document(_document([[0, 54], [56, 65], [67, 85]]))
    assert merged.gold == 0 and merged.predicted == 2 and merged.precision == 0.0  # the splitter's breaks are not GUM's
    assert merged.exact == 1  # only the heading is the same sentence


def test_read_gum_names_the_bad_line(tmp_path: Path):
    path = tmp_path / "gum.jsonl"
    path.write_text(json.dumps(_document([[0, 32]])) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"gum.jsonl: line 2: not JSON"):
        validate_sentences.read_gum(path)


def test_mention_scores_need_the_same_type_and_an_overlapping_head():
    document = _document([[0, 32]])
    document["entities"] = [
        {"start": 0, "end": 9, "type": "person", "head_upos": "PROPN", "head": [4, 9]},
        {"start": 14, "end": 22, "type": "person", "head_upos": "PROPN", "head": [19, 22]},
        {"start": 26, "end": 31, "type": "place", "head_upos": "PROPN", "head": [26, 31]},
    ]
    counts = validate_gum_mentions.score_document(document, None)
    found = sum(counts[("found", kind)] for kind in validate_gum_mentions.TYPES)
    right = sum(counts[("right", kind)] for kind in validate_gum_mentions.TYPES)
    predicted = sum(counts[("predicted", kind)] for kind in validate_gum_mentions.TYPES)
    assert sum(counts[("gold", kind)] for kind in validate_gum_mentions.TYPES) == 3
    assert (found, right, predicted) == (3, 3, 3)  # Smith (a head inside "Dr. Smith"), Jane Doe, Paris
    document["entities"][2]["type"] = "organization"  # a type GUM gives and the finder does not: no credit
    counts = validate_gum_mentions.score_document(document, None)
    assert counts[("found", "organization")] == 0 and counts[("right", "place")] == 0
