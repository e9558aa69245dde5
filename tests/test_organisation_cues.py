"""Organisation cues found on gum_dev's misses: head words, possessive institutions, "The X" titles, teams.
Each example is written afresh, not copied from the set."""
from __future__ import annotations

import pytest

from analysis.actors.step import find_mentions

from mention_helpers import mention_types as types


@pytest.mark.parametrize("name", [
    "Marine Corps", "Nordic Robotics Lab", "Halden Philharmonic", "Metro Transit", "Universidad de Valparaíso",
    "Universidade do Minho", "Université Laval", "Universität Kassel", "Vrije Universiteit", "Conservatoire de Lyon",
    "Berklee Conservatory",
])
def test_organisation_head_words_type_a_body(name):
    # regression check: these head words were missing, so the names stayed untyped and were not reported
    assert types(f"Officials at the {name} confirmed the plan on Monday.")[name] == "organization"


def test_a_bulletin_is_an_outlet():
    assert types("The quake was felt across the island, according to Harbour Bulletin.")["Harbour Bulletin"] == "media"


@pytest.mark.parametrize("word", ["Court", "Parliament", "Senate", "Navy"])
def test_a_possessive_institution_word_is_an_organisation(word):
    # regression check: "the Court's ruling" was skipped because the word carried a possessive
    assert types(f"Critics attacked the {word}'s decision on Friday.")[word] == "organization"


def test_a_possessive_institution_word_opening_a_sentence_says_nothing_alone():
    assert "Parliament" not in types("Parliament's vote was delayed until May.")


def test_a_name_opened_by_a_capital_the_inside_a_sentence_is_no_person():
    # regression check: "The Onion writes" made a speaker and "The Brooklyn Paper" a first name
    mentions = types("Staff writers for The Onion meet weekly; as The Onion writes, jokes are tested. "
                     "Stan remarked to The Brooklyn Paper that the bar would stay.")
    assert mentions.get("Onion") != "person" and mentions.get("Brooklyn Paper") != "person"
    assert types("The Onion Growers Union met Anna Berg.")["Anna Berg"] == "person"


def test_a_town_and_a_plural_nickname_after_the_name_a_team_and_its_nickname_links_to_it():
    text = ("The pitcher was traded to the Pittsburgh Pirates in 2012 and faced the Houston Astros in his debut. "
            "He left the Pirates a year later.")
    rows = find_mentions(text)
    found = {r.surface: (r.actor_type, r.actor_id) for r in rows.itertuples()}
    assert found["Pittsburgh Pirates"][0] == found["Houston Astros"][0] == "organization"
    assert found["Pirates"] == found["Pittsburgh Pirates"]


@pytest.mark.parametrize("text, name", [
    ("She met Dallas Roberts in the hall.", "Dallas Roberts"),  # no "the": a person's name
    ("Members of the Iraq Veterans marched on Sunday.", "Iraq Veterans"),  # a country, not a town
    ("Reporters read the Geneva papers, and the Geneva Papers were published.", "Geneva Papers"),  # lower case too
])
def test_no_team_without_the_article_a_town_and_a_proper_plural(text, name):
    assert types("In baseball news. " + text).get(name) != "organization"  # sports copy: only the name's form decides


def test_a_town_and_a_plural_are_a_team_only_in_sports_copy():
    storm = "The storm reached the Florida Keys on Monday, and the Florida Keys lost power."
    assert types(storm).get("Florida Keys") != "organization"
    assert types("The coach said the Florida Marlins would sign him.")["Florida Marlins"] == "organization"


def test_a_tournament_named_after_its_town_is_no_team():
    # regression check (review): "the Madrid Masters" is an event
    assert types("Nadal won the Madrid Masters on Sunday, his coach said of the league.").get("Madrid Masters") \
        != "organization"


@pytest.mark.parametrize("text, word", [
    ("The swimmer set off from Dover at dawn to cross the Channel in one day.", "Channel"),
    ("She works in Radio astronomy at the observatory.", "Radio"),
])
def test_a_lone_media_word_that_titles_no_paper_is_no_outlet(text, word):
    # regression check: "across the Channel" (the English Channel) was a media outlet named "Channel"
    assert word not in types(text)


def test_a_lone_newspaper_title_word_still_names_the_paper():
    assert types("The mayor told the Herald on Tuesday that the plan would go ahead.")["Herald"] == "media"


@pytest.mark.parametrize("text, name", [
    ("Radio Farda reported the arrests on Sunday.", "Radio Farda"),
    ("The figures were first published by Daily Maverick last week.", "Daily Maverick"),
    ("The story ran in the Times of Malta on Friday.", "Times of Malta"),
])
def test_a_media_word_before_the_last_word_heads_an_outlet_first_or_before_of(text, name):
    assert types(text)[name] == "media"


@pytest.mark.parametrize("text", [
    "Reporters asked about the plan at the White House Press Briefing on Monday.",
    "Post Pandemic Recovery will see many empty shops in the city centre.",
    "The national broadcaster's founder was inducted into the National Radio Hall of Fame in 2004.",
])
def test_a_media_word_inside_another_name_makes_no_outlet(text):
    # regression check: "Press", "Post" and "Radio" made a briefing, a slogan and a hall of fame outlets
    assert "media" not in types(text).values()


@pytest.mark.parametrize("text, name", [
    ("A Marlow poll released on Tuesday put the governor ahead by six points.", "Marlow"),
    ("The latest Kestrel Analytics survey found most voters undecided.", "Kestrel Analytics"),
])
def test_a_name_before_poll_or_survey_is_the_pollster(text, name):
    assert types(text)[name] == "organization"


def test_a_capitalised_word_opening_a_sentence_before_poll_is_no_pollster():
    assert "Opinion" not in types("Opinion polls showed the race tightening in October.")


@pytest.mark.parametrize("text, name", [
    ("Air France said the flight from Lagos was delayed by four hours.", "Air France"),
    ("The jet, operated by Air Canada, landed safely in Halifax.", "Air Canada"),
    ("Passengers on an Air Mauritius flight were stuck on Sunday.", "Air Mauritius"),
])
def test_air_before_a_country_is_an_airline(text, name):
    # regression check: "Air France said" made a person and "Air Canada" left the country alone
    assert types(text)[name] == "organization"


@pytest.mark.parametrize("text", [
    "Air Vice-Marshal Tom Baker retired in May.",
    "He crossed the strait on the Flyboard Air in July.",
])
def test_air_before_no_place_makes_no_airline(text):
    assert "organization" not in types(text).values()


def test_a_police_and_crime_commissioner_is_an_office_not_two_bodies():
    # regression check: "Police" and "Crime" were two organisations before the holder's name
    found = types("The county's Police and Crime Commissioner Jane Holt urged calm on Sunday.")
    assert found == {"Jane Holt": "person"}
