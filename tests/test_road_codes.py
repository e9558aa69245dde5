"""Roads named by a code (:mod:`analysis.actors.road_codes`): a hyphenated route's code is a road, not the
country whose alias it holds; a British road's code is a road where its use or direction says so."""
from __future__ import annotations

import pytest

from analysis.actors.step import find_mentions


def rows(text: str) -> list[tuple[str, str]]:
    """(surface, actor_type) of the mentions of ``text``."""
    mentions = find_mentions(text)
    return list(zip(mentions["surface"], mentions["actor_type"]))


@pytest.mark.parametrize("text, road", [
    ("Traffic on US-75 backed up for five miles after the crash.", "US-75"),
    ("A crash closed I-95 for hours.", "I-95"),
    ("Drivers should take the M6 after the bridge closed.", "M6"),
    ("The lorry overturned on the A303 westbound near Amesbury.", "A303"),
    ("Police closed the M62 motorway in both directions.", "M62"),
])
def test_a_road_code_is_a_place(text, road):
    assert (road, "place") in rows(text)


def test_a_hyphenated_route_is_no_mention_of_the_country():
    assert ("US", "country") not in rows("Traffic on US-75 backed up for five miles after the crash.")


@pytest.mark.parametrize("text, road", [
    ("Drivers should take US 169 to reach Owasso from the south.", "US 169"),  # a word of a road's use before it
    ("Traffic on US 75 South was slow after the storm.", "US 75"),  # a direction after its number
    ("The crash closed US 59 northbound near the river.", "US 59"),  # a road's word after its number
    ("Freeways ring the city: I-244, I-44, US 169 (the Mingo Valley Expressway), US 75 and SR-51.", "US 75"),
])
def test_a_us_route_written_with_a_space_is_a_road_where_the_text_says_so(text, road):
    found = rows(text)
    assert (road, "place") in found and ("US", "country") not in found


@pytest.mark.parametrize("text, road", [
    ("Traffic on US-75 South backed up for five miles.", "US-75"),
    ("A crash closed I-95 North near the state line.", "I-95"),
])
def test_a_route_before_its_direction_is_the_road_alone(text, road):
    # regression check: the code and its direction made a name of two words that nothing typed, and the country's
    # alias inside it ("US") stood as a mention of the United States
    found = rows(text)
    assert (road, "place") in found and ("US", "country") not in found


def test_a_country_alias_before_a_compass_word_is_still_the_country():
    assert ("US", "country") in rows("Farmers in the US South lost crops to the drought.")


@pytest.mark.parametrize("text, code", [
    ("The airline will fly the A380 to Dubai from March.", "A380"),
    ("Officers found the M16 in the boot of the car.", "M16"),
    ("Economists watch the M2 money supply closely.", "M2"),
])
def test_a_code_without_a_road_cue_is_no_road(text, code):
    assert (code, "place") not in rows(text)


@pytest.mark.parametrize("text", [
    "The US 2, Mexico 0 result surprised the fans in Houston.",
    "The US-China talks resumed on Monday.",
    "The US 25 percent tariff hit exporters hard.",
])
def test_the_country_beside_a_number_stays_the_country(text):
    assert ("US", "country") in rows(text)


@pytest.mark.parametrize("text, road", [
    ("Take the M1 to junction 32, the A1M northbound to junction 44, then the A64.", "A1M"),  # "the" after a comma
    ("The M62 westbound was closed after a lorry overturned.", "M62"),  # "The" opening the sentence
])
def test_a_road_code_after_a_comma_or_opening_its_sentence_is_a_place(text, road):
    assert (road, "place") in rows(text)


@pytest.mark.parametrize("text, code", [
    ("The A380 landed in Dubai after a three-hour delay.", "A380"),  # opening the sentence, no road cue
    ("In the raid, the M16 rifles were seized.", "M16"),  # after a comma, no road cue
])
def test_a_code_opening_its_sentence_without_a_road_cue_is_no_road(text, code):
    assert (code, "place") not in rows(text)


def test_a_bare_code_is_a_road_where_the_article_names_roads_so():
    found = rows("Take the M6 north to Preston. From the east, the A58 and the M65 link the town with Leeds.")
    assert ("A58", "place") in found and ("M65", "place") in found


def test_a_bare_code_is_no_road_where_the_article_names_no_road():
    found = rows("The A380 and the A350 were both on show at the air fair.")
    assert ("A380", "place") not in found and ("A350", "place") not in found
