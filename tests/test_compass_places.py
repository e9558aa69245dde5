"""A compass word before a city or region makes a place of its own ("East Jerusalem"); a country keeps its row."""
from __future__ import annotations

import pytest

from analysis.actors.step import find_mentions


def rows(text: str) -> list[tuple[str, str, str]]:
    return [(r.surface, r.actor_id, r.actor_type) for r in find_mentions(text).itertuples()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Settlers moved into East Jerusalem on Monday.", ("East Jerusalem", "place:east-jerusalem", "place")),
        ("Police in South London arrested two men.", ("South London", "place:south-london", "place")),
        ("Wildfires spread across Northern California.", ("Northern California", "place:northern-california", "place")),
    ],
)
def test_a_compass_word_before_a_city_or_region_makes_its_own_place(text, expected):
    assert expected in rows(text)


def test_a_country_after_a_compass_word_stays_the_country():
    assert ("Syria", "country:syria", "country") in rows("Shelling hit Northern Syria overnight.")


def test_a_lower_case_direction_is_no_part_of_the_name():
    assert ("Jerusalem", "place:jerusalem", "place") in rows("Clashes broke out in east Jerusalem.")


def test_a_compass_word_ending_the_sentence_before_is_no_part_of_the_name():
    assert not any(surface.startswith("East") for surface, _, _ in rows("The convoy headed East. Jerusalem was quiet."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rents rose fastest in West Oakland last year.", ("West Oakland", "place:west-oakland", "place")),
        ("Residents of Upper Manhattan lost power.", ("Upper Manhattan", "place:upper-manhattan", "place")),
        # opening a sentence, in an article that also names the town alone
        ("North Tulsa voted early. Tulsa counted late.", ("North Tulsa", "place:north-tulsa", "place")),
    ],
)
def test_a_compass_word_before_a_town_of_the_place_names_list_makes_its_own_place(text, expected):
    assert expected in rows(text)


def test_a_compass_word_ending_a_phrase_before_a_town_stays_outside():
    found = rows("The storm moved West. Oakland was spared.")
    assert ("Oakland", "place:oakland", "place") in found


@pytest.mark.parametrize("text", [
    "The West African nation held elections on Sunday.",
    "He organised the army according to the West European system.",
])
def test_a_compass_region_before_a_demonym_is_part_of_the_adjective(text):
    found = rows(text)
    assert not any(actor_id == "region:the-west" for _, actor_id, _ in found)
    assert any(kind == "region" and surface in ("African", "European") for surface, _, kind in found)  # the demonym


@pytest.mark.parametrize("text", [
    "Russia criticised the West. European leaders met on Monday.",
    "Sanctions by the West hurt Russia.",
])
def test_the_west_alone_stays_the_region(text):
    assert ("the West", "region:the-west", "region") in rows(text)
