"""A place sharing its name with a country: "Georgia" beside other US states is the state, not the country
(analysis/actors/namesakes.py). Made-up news sentences."""
from __future__ import annotations

import textwrap

from analysis.actors.dictionary import load_dictionary
from analysis.actors.step import find_mentions


def readings(text: str, name: str = "Georgia", **options) -> list[tuple[str, str, str]]:
    """(surface, actor id, type) of the mentions whose surface starts with ``name``."""
    mentions = find_mentions(text, **options)
    rows = mentions[mentions["surface"].str.startswith(name)]
    return list(zip(rows["surface"], rows["actor_id"], rows["actor_type"]))


def test_beside_another_us_state_georgia_is_the_state():
    text = "The bill was backed by Ann Lee of Ohio and Tom Reyes of Georgia, both Republicans."
    assert readings(text) == [("Georgia", "place:georgia-us-state", "place")]
    mentions = find_mentions(text)
    assert mentions.loc[mentions["surface"] == "Georgia", "actor"].tolist() == ["Georgia (U.S. state)"]


def test_without_a_us_state_or_with_a_sign_of_the_country_georgia_stays_the_country():
    assert readings("Georgia and Azerbaijan signed a pipeline deal on Monday.") == [
        ("Georgia", "country:georgia", "country")]
    text = "A Georgian court in Tbilisi fined the firm, which also trades in Texas. Georgia said it would appeal."
    assert readings(text) == [("Georgian", "country:georgia", "country"), ("Georgia", "country:georgia", "country")]


def test_a_user_dictionary_can_list_a_namesake_of_its_own(tmp_path):
    path = tmp_path / "user.yaml"
    path.write_text(textwrap.dedent("""\
        schema_version: 1
        dictionary_version: test
        entries:
        - {id: country:freedonia, name: "Freedonia", type: country}
        - {id: place:sylvania, name: "Sylvania", type: place, country: country:marsovia}
        - {id: place:freedonia-province, name: "Freedonia (Marsovian province)", type: place, country: country:marsovia}
        - {id: country:marsovia, name: "Marsovia", type: country}
        """), encoding="utf-8")
    dictionary = load_dictionary(path, mode="replace")
    assert readings("Floods hit Sylvania and Freedonia overnight.", "Freedonia", dictionary=dictionary) == [
        ("Freedonia", "place:freedonia-province", "place")]
    assert readings("Freedonia recalled its envoy.", "Freedonia", dictionary=dictionary) == [
        ("Freedonia", "country:freedonia", "country")]


def test_washington_listed_with_other_us_states_is_the_state():
    text = "Wildfires forced evacuations in Oregon, Washington and Idaho over the weekend."
    assert readings(text, "Washington") == [("Washington", "place:washington-state", "place")]
    text = "Caucuses follow next week in Nevada, Utah, and Washington."
    assert readings(text, "Washington") == [("Washington", "place:washington-state", "place")]
    text = "Washington, Oregon and California said they would join the lawsuit."
    assert readings(text, "Washington") == [("Washington", "place:washington-state", "place")]


def test_washington_outside_a_list_of_states_stays_the_capital():
    text = "The governor of Texas flew to Washington on Monday to meet lawmakers from Ohio."
    assert readings(text, "Washington") == [("Washington", "place:washington", "place")]
    text = "Rallies were held in New York, Washington and Los Angeles."  # towns, not states
    assert readings(text, "Washington") == [("Washington", "place:washington", "place")]
    text = "Talks between Texas and Washington over the border wall stalled."  # two names: no list
    assert readings(text, "Washington") == [("Washington", "place:washington", "place")]


def test_georgia_listed_with_states_is_the_state_even_beside_a_sign_of_the_country():
    text = ("A Georgian wine maker opened a plant in Tbilisi. Its buyers are in Florida, Georgia and Alabama, "
            "the company said.")
    assert readings(text)[-1] == ("Georgia", "place:georgia-us-state", "place")


def test_new_york_listed_with_other_us_states_is_the_state_and_the_city_otherwise():
    text = "Attorneys general from Maine, New York, New Jersey and Connecticut filed the suit."
    assert readings(text, "New York") == [("New York", "place:new-york-state", "place")]
    text = "She left Ohio for New York in 2015 and opened a bakery in Brooklyn."  # a state named, no list: the city
    assert readings(text, "New York") == [("New York", "place:new-york", "place")]
    text = "Flights from Chicago, New York and Boston were cancelled."  # towns, not states
    assert readings(text, "New York") == [("New York", "place:new-york", "place")]
