"""Shipped frame dictionaries: a term fires in its frame's sense, not in the other senses news gives the same word."""
from __future__ import annotations

import pytest

from analysis.framing.step import find_frames


def frame_terms(text: str, dictionary: str, frame: str) -> list[str]:
    """The matched words of ``frame``'s hits in ``text``."""
    found = find_frames(text, dictionary=dictionary)
    return [text[row.start:row.end] for row in found.itertuples() if row.frame == frame]


@pytest.mark.parametrize(
    "text",
    [
        "Whether the fix fits in the grand scheme of things is unclear.",
        "He endorsed happiness as the measure of success.",
        "The tool circumvents technological protection measures on the site.",
        "McArthur faces a mandatory life sentence.",
        "The contested states head for mandatory recounts.",
        "A grant from the Bill and Melinda Gates Foundation paid for it.",
        "Households struggle with energy bills this winter.",
        "The feature was implemented in the code years ago.",
        "The railway division discussed the initiative with reporters.",
    ],
)
def test_policy_prescription_ignores_other_senses(text: str) -> None:
    assert frame_terms(text, "policy", "policy_prescription") == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The government announced a mask mandate and a curfew.", "mandate"),
        ("Vaccination was made mandatory for children.", "mandatory"),
        ("The minister unveiled a government initiative on housing.", "government initiative"),
        ("Voters approved the ballot initiative.", "ballot initiative"),
        ("Parliament passed the bill on Tuesday.", "the bill"),
        ("The new measures apply from Friday.", "measures"),
    ],
)
def test_policy_prescription_still_finds_policies(text: str, term: str) -> None:
    assert term in [word.lower() for word in frame_terms(text, "policy", "policy_prescription")]


def test_mandatory_life_sentence_keeps_its_crime_hit() -> None:
    assert frame_terms("He faces a mandatory life sentence.", "policy", "crime_punishment") == ["life sentence"]


@pytest.mark.parametrize(
    "text",
    [
        "The ibis was considered to represent the god Thoth, the god of wisdom.",
        "A naval supply ship visited the base.",
        "The government has run out of control, he said.",
        "There were not enough votes in the Senate for his confirmation.",
    ],
)
@pytest.mark.parametrize("dictionary", ["generic", "policy"])
def test_morality_and_capacity_ignore_other_senses(text: str, dictionary: str) -> None:
    frames = set(find_frames(text, dictionary=dictionary)["frame"])
    assert not frames & {"morality", "capacity_resources"}


@pytest.mark.parametrize("dictionary", ["generic", "policy"])
def test_morality_still_finds_god(dictionary: str) -> None:
    assert frame_terms("May God protect their parents.", dictionary, "morality") == ["God"]


def test_capacity_still_finds_a_supply_shortage() -> None:
    assert frame_terms("The water supply ran short after a shortage of staff.", "policy", "capacity_resources") == [
        "supply",
        "shortage",
    ]
