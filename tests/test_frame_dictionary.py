"""Frame dictionaries: the shipped ones are complete and documented; malformed ones fail naming file and entry."""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis.framing.dictionary import (
    DictionaryError,
    FrameDictionary,
    load_frame_dictionary,
    parse_csv,
    parse_yaml,
)
from analysis.paths import ROOT

GENERIC_IDS = ["conflict", "human_interest", "economic_consequences", "morality", "responsibility"]
POLICY_IDS = [
    "economic", "capacity_resources", "morality", "fairness_equality", "legality", "policy_prescription",
    "crime_punishment", "security_defense", "health_safety", "quality_of_life", "cultural_identity",
    "public_opinion", "political", "external_regulation", "other",
]
EXAMPLE = ROOT / "docs" / "examples" / "geopolitical_frames.yaml"

MINIMAL = """
version: "1"
frames:
  - id: security
    label: Security
    description: Threats and defence.
    terms: [military, troops]
"""


@pytest.mark.parametrize(("name", "ids"), [("generic", GENERIC_IDS), ("policy", POLICY_IDS)])
def test_shipped_dictionaries_have_the_codebook_frames_in_order(name: str, ids: list[str]) -> None:
    dictionary = load_frame_dictionary(name)
    assert dictionary.frame_ids == ids
    assert dictionary.version and dictionary.reference


@pytest.mark.parametrize("name", ["generic", "policy"])
def test_every_shipped_frame_is_described_and_validated(name: str) -> None:
    for frame in load_frame_dictionary(name).frames:
        assert len(frame.description.split()) >= 12, frame.id
        assert frame.terms or frame.stems
        assert frame.validation is not None, f"{frame.id} has no validation entry"
        assert frame.validation["n"] >= 20
        below = frame.validation["precision"] < 0.7
        assert below == ("below" in frame.validation.get("note", "")), f"{frame.id}: a short frame must say so"


def test_example_user_dictionary_loads_with_its_six_narratives() -> None:
    dictionary = load_frame_dictionary(EXAMPLE)
    assert dictionary.frame_ids == [
        "multipolar_world_order", "monroe_doctrine", "sovereignty", "hegemony", "neoliberalism", "cooperation",
    ]


def test_minimal_yaml_parses_to_frames() -> None:
    dictionary = parse_yaml(MINIMAL, source="mini.yaml")
    assert isinstance(dictionary, FrameDictionary)
    assert dictionary.name == "mini"
    frame = dictionary.frame("security")
    assert frame.terms == ("military", "troops") and frame.stems == () and frame.exclusions == ()


def test_loaded_object_passes_through_unchanged() -> None:
    dictionary = parse_yaml(MINIMAL, source="mini.yaml")
    assert load_frame_dictionary(dictionary) is dictionary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("frames: []\nversion: '1'", "'frames' must be a non-empty list"),
        (MINIMAL.replace('version: "1"\n', ""), "missing 'version'"),
        (MINIMAL + "colour: red\n", "top level: unknown key(s) ['colour']"),
        (MINIMAL.replace("id: security", "id: Security threat"), "frames[1]: id 'Security threat'"),
        (MINIMAL.replace("terms:", "term:"), "frame 'security' (frames[1]): unknown key(s) ['term']"),
        (MINIMAL.replace("[military, troops]", "[military, 7]"), "frame 'security' (frames[1]): terms[2]"),
        (MINIMAL.replace("[military, troops]", "[military, Military]"), "terms 'Military' repeats terms 'military'"),
        (MINIMAL.replace("    terms: [military, troops]\n", ""), "frame 'security': has no terms or stems"),
        (MINIMAL.replace("    label: Security\n", ""), "frame 'security' (frames[1]): missing 'label'"),
        (MINIMAL + "    validation: {precision: 1.5, n: 20}\n", "validation.precision"),
        (MINIMAL + MINIMAL.split("frames:\n")[1], "frame 'security' is defined twice"),
        (MINIMAL.replace("version", "schema: 2\nversion"), "schema 2 is not supported"),
    ],
)
def test_malformed_yaml_names_file_and_entry(text: str, expected: str) -> None:
    with pytest.raises(DictionaryError) as error:
        parse_yaml(text, source="bad.yaml")
    assert str(error.value).startswith("bad.yaml:")
    assert expected in str(error.value)


def test_invalid_yaml_syntax_reports_the_line() -> None:
    with pytest.raises(DictionaryError, match=r"bad.yaml: line \d+, column \d+: not valid YAML"):
        parse_yaml("version: '1'\nframes:\n  - id: [unclosed\n", source="bad.yaml")


def test_csv_with_header_and_kinds() -> None:
    text = "frame,term,kind\nsecurity,military,\nsecurity,attack,stem\neconomy,economic,\neconomy,Economic Forum,exclusion\n"
    dictionary = parse_csv(text, source="mine.csv")
    assert dictionary.frame_ids == ["security", "economy"]
    assert dictionary.frame("security").stems == ("attack",)
    assert dictionary.frame("economy").exclusions == ("Economic Forum",)
    assert dictionary.frame("economy").label == "Economy"


def test_csv_without_header_is_two_columns() -> None:
    dictionary = parse_csv("security,military\nsecurity,armed forces\n", source="mine.csv")
    assert dictionary.frame("security").terms == ("military", "armed forces")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("frame,term\nsecurity\n", "mine.csv: line 2: expected 2 or 3 columns"),
        ("frame,term\nSecurity Threat,military\n", "mine.csv: line 2: frame 'Security Threat'"),
        ("security,military,maybe\n", "mine.csv: line 1: kind 'maybe'"),
        ("security,...\n", "mine.csv: line 1: term '...'"),
        ("frame,term\n", "mine.csv: no rows"),
    ],
)
def test_malformed_csv_names_file_and_line(text: str, expected: str) -> None:
    with pytest.raises(DictionaryError) as error:
        parse_csv(text, source="mine.csv")
    assert expected in str(error.value)


def test_files_load_by_suffix(tmp_path: Path) -> None:
    yaml_path = tmp_path / "frames.yml"
    yaml_path.write_text(MINIMAL, encoding="utf-8")
    csv_path = tmp_path / "frames.csv"
    csv_path.write_text("security,military\n", encoding="utf-8")
    assert load_frame_dictionary(yaml_path).path == str(yaml_path)
    assert load_frame_dictionary(str(csv_path)).frame_ids == ["security"]


def test_missing_file_and_unknown_format_are_explained(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="no such frame dictionary"):
        load_frame_dictionary(tmp_path / "nothing.yaml")
    text_path = tmp_path / "frames.txt"
    text_path.write_text("security,military\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"frames.txt: unsupported dictionary format '.txt'"):
        load_frame_dictionary(text_path)
