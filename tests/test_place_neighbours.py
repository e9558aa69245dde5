"""Places typed by the place next to them (:mod:`analysis.actors.place_neighbours`) and by a place noun in
apposition after a locative word (:func:`analysis.actors.name_cues.noun_type`)."""
from __future__ import annotations

import pytest

from analysis.actors.step import find_mentions

from mention_helpers import mention_types as typed


def cues(text: str) -> dict[str, str]:
    """surface -> cue of the mentions found."""
    mentions = find_mentions(text)
    return dict(zip(mentions["surface"], mentions["cue"]))


@pytest.mark.parametrize("text, region, place", [
    ("Goode was born in Exeter, Devon. His father was a geologist.", "Devon", "Exeter"),
    ("The crash happened in Winchester, Hampshire, England on Monday.", "Hampshire", "Winchester"),
    ("A quake was recorded in Manay, Davao Oriental.", "Davao Oriental", "Manay"),
    ("She was a native of Ludlow, Shropshire, in the west of England.", "Shropshire", "Ludlow"),
])
def test_a_name_after_a_place_and_a_comma_is_the_region_it_lies_in(text, region, place):
    found = typed(text)
    assert found.get(region) == "place"
    assert cues(text)[region] == f"place before: {place}"


@pytest.mark.parametrize("text, name", [
    ("London, Jack. White Fang. New York: Macmillan, 1906.", "Jack"),  # a reference list: surname, first name
    ("In Tulsa, Smith said the vote was close.", "Smith"),  # a speaker, not a region
    ("The court sat in Tulsa, Linux. It was odd.", "Linux"),  # a not_places word (software)
])
def test_a_name_after_a_place_and_a_comma_needs_to_look_like_a_region(text, name):
    assert typed(text).get(name) != "place"


def test_a_first_name_after_a_place_needs_a_locative_word_before_the_place():
    # "Devon", not "Victoria": the city list names Victoria (a big city), which types it alone
    assert typed("She was born in Exeter, Devon. She moved later.").get("Devon") == "place"
    assert typed("Sources: Exeter, Devon. Other notes.").get("Devon") != "place"


@pytest.mark.parametrize("text, name", [
    ("His brother was injured in the South. The war went on.", "South"),
    ("A son of the Midwest heartland, he served on the court.", "Midwest"),
    ("Unlike major cities in the Northeast, the bus is not popular.", "Northeast"),
])
def test_a_compass_word_after_the_is_a_region(text, name):
    assert typed(text).get(name) == "place"
    assert cues(text)[name] == f"compass region: the {name}"


@pytest.mark.parametrize("text, name", [
    ("Storms battered the American Midwest this week, flooding farms.", "Midwest"),
    ("Drought has gripped the US Southwest since March.", "Southwest"),
    ("Farmers across the Upper Midwest lost their crops.", "Upper Midwest"),
    ("Voters in the Deep South backed the governor.", "Deep South"),
])
def test_a_compass_word_after_a_country_or_a_modifier_is_a_region(text, name):
    assert typed(text).get(name) == "place"


@pytest.mark.parametrize("text, name", [
    ("The American South Africa policy changed.", "South"),  # part of a longer name
    ("Southwest said fares would rise. Critics blamed the American Southwest expansion.", "Southwest"),
])
def test_a_compass_word_after_a_country_is_no_region_in_a_longer_name_or_where_it_also_stands_alone(text, name):
    assert typed(text).get(name) != "place"


@pytest.mark.parametrize("text, name", [
    ("Take US-75 South from the city. Leave the South behind.", "South"),  # the word also stands alone
    ("The South China Sea is disputed. Ships sail there.", "South"),  # part of a longer name
])
def test_a_compass_word_is_no_region_where_the_article_also_uses_it_otherwise(text, name):
    assert typed(text).get(name) != "place"


@pytest.mark.parametrize("text, name", [
    ("Storms hit the Northeast on Monday. Flights from Northeast or Southwest were cancelled.", "Northeast"),
    ("Farmers in the South lost crops. Buyers came to South and West alike.", "South"),
])
def test_a_compass_word_also_standing_alone_after_a_locative_still_leaves_the_region(text, name):
    mentions = find_mentions(text)
    rows = mentions[mentions["surface"] == name]
    assert list(rows["actor_type"]) == ["place", "place"]
    assert rows["cue"].iloc[0] == f"compass region: the {name}"


def test_a_place_noun_in_apposition_types_a_place_after_a_locative_word():
    found = cues("He was born at Stridon, a village near Emona on the border.")
    assert found.get("Stridon") == "apposition: village"
    assert typed("He joined a monastery in the diocese of Sne, near the modern town of Esna.").get("Sne") == "place"


def test_an_organisation_apposition_after_a_locative_word_still_types_nothing():
    # "Committees in Gezira, a network of ...": the apposition describes the committees, not Gezira
    assert typed("Resistance Committees in Gezira, a network of volunteers, said so.").get("Gezira") != "organization"


@pytest.mark.parametrize("text, name", [
    ("After the match in Madrid, Kowalczyk, visibly tired, left the pitch.", "Kowalczyk"),
    ("Back in London, Okonkwo, meanwhile, kept working.", "Okonkwo"),
])
def test_a_name_after_a_sentence_opening_phrase_is_its_subject_not_a_region(text, name):
    assert typed(text).get(name) != "place"  # regression check (review)
    assert typed("He was born in Exeter, Devon, in 1950.").get("Devon") == "place"


@pytest.mark.parametrize("text, names", [
    ("Thousands fled to Vorzel and Hostovka.", ("Vorzel", "Hostovka")),
    ("You can rent a bike in Skelby or Tarnholm, or walk.", ("Skelby", "Tarnholm")),
    ("Shelling was reported north of Velyka and Malyn.", ("Velyka", "Malyn")),
])
def test_a_name_coordinated_with_a_place_the_sentence_placed_is_a_place(text, names):
    found = typed(text)
    assert all(found.get(name) == "place" for name in names)
    assert cues(text)[names[1]] == f"coordinated with: {names[0]}"


@pytest.mark.parametrize("text, name", [
    ("He played James Brown in Get On Up and Thurgood Marshall in Marshall.", "Thurgood Marshall"),
    ("Tours are run by Travel Heels in Skelby or Harbour Tours in Tarnholm.", "Harbour Tours"),
    ("She took a degree in Psychology and Counselling.", "Counselling"),  # not_places: no place to follow
])
def test_a_name_coordinated_with_no_place_or_followed_by_more_is_no_place(text, name):
    assert typed(text).get(name) != "place"


@pytest.mark.parametrize("text, name", [
    ("A gas leak closed 14th Street on Monday.", "14th Street"),
    ("The parade turns onto 42nd Avenue at noon.", "42nd Avenue"),
    ("A truck overturned on Highway 12 near the bridge.", "Highway 12"),
    ("Flights from Terminal 5 were cancelled.", "Terminal 5"),
    ("A crash closed I-95 for hours.", "I-95"),
])
def test_a_number_in_a_place_s_name(text, name):
    assert typed(text).get(name) == "place"


def test_an_ordinal_court_is_no_street_and_two_numbered_streets_are_two_places():
    assert typed("The case went to the 9th Circuit last year.") == {}
    assert typed("Chapter 11 and Section 5 apply.") == {}  # no place words before the numbers
    mentions = find_mentions("Walk from 10th Street to 47th Street.")
    assert len(set(mentions["actor_id"])) == 2


@pytest.mark.parametrize("text, town, state", [
    ("Okmulgee, OK, voted to close the mill.", "Okmulgee", "OK"),  # "OK" is no name: only the town is typed
    ("A man of Dunmore, Pa., was charged on Monday.", "Dunmore", "Pa"),
    ("The plant near Sayreville, NJ 08872 shut down.", "Sayreville", "NJ"),
    ("Officials of Westfield, N.J. said the road was closed.", "Westfield", "N.J"),
    ("Farmers around Emporia, KS and Ottawa, KS lost crops.", "Emporia", "KS"),
])
def test_a_town_before_a_state_s_abbreviation_and_the_abbreviation_are_places(text, town, state):
    found, cue = typed(text), cues(text)
    assert found.get(town) == "place"  # by the abbreviation, or by a locative word before it
    if state != "OK":
        assert found.get(state) == "place" and cue[state].startswith(("state of:", "listed with"))


@pytest.mark.parametrize("text, town, code", [
    ("The truck came south from Wexbury, OK, on Tuesday.", "Wexbury", "OK"),  # a common word as a state's code
    ("A clinic in Towson, MD, closed after the storm.", "Towson", "MD"),
    ("Flights to Pittsburgh, PA were cancelled on Monday.", "Pittsburgh", "PA"),
    ("Fans in Vancouver, BC, cheered the team on Sunday.", "Vancouver", "BC"),
    ("Morvale, OK, voted to close the mill.", "Morvale", "OK"),  # a dateline or a subject in apposition
])
def test_a_code_that_is_also_a_word_is_a_state_after_a_place(text, town, code):
    found, cue = typed(text), cues(text)
    assert found.get(town) == "place"
    assert found.get(code) == "place" and cue[code] == f"state of: {town}"


@pytest.mark.parametrize("text, name, code", [
    ("Fine, OK. The council will vote again next week.", "Fine", "OK"),  # an interjection, no town
    ('"Right, OK, we will go," the mayor said on Monday.', "Right", "OK"),  # inside a quotation
    ("Harlow, MD, said the patient was recovering.", "Harlow", "MD"),  # a degree after a surname
    ("The board sided with Harlow, PA, on the issue.", "Harlow", "PA"),  # no locative word before the name
])
def test_a_code_that_is_also_a_word_needs_a_place_or_a_locative_word(text, name, code):
    found = typed(text)
    assert found.get(name) != "place" and found.get(code) != "place"


def test_a_degree_after_a_name_stays_no_place_where_the_same_letters_name_a_state():
    found = find_mentions("A clinic in Towson, MD, closed. Its head, Jane Harlow, MD, said staff were safe.")
    states = found[found["surface"] == "MD"]
    assert list(states["start"]) == [20]  # only the state after "Towson"


@pytest.mark.parametrize("text, name", [
    ("Jane Doe, MD, said the clinic was full.", "Doe"),  # a physician's degree, no state
    ("Reporters for Hill, NY Times and others asked.", "Hill"),  # a postal code that does not end the name
    ("Edwards, Mass was celebrated at noon.", "Edwards"),  # a word abbreviation needs its full stop
])
def test_letters_after_a_name_and_a_comma_that_are_no_state_type_nothing(text, name):
    assert typed(text).get(name) != "place"


@pytest.mark.parametrize("text, name", [
    ("Zanvoria is a popular tourist destination for divers.", "Zanvoria"),
    ("Korvath, a mountain enclave near the border, was cut off by snow.", "Korvath"),
    ("Lumbara is an atoll in the western Pacific.", "Lumbara"),
])
def test_a_destination_or_enclave_in_a_definition_or_apposition_is_a_place(text, name):
    assert typed(text).get(name) == "place"


def test_a_noun_after_destination_still_heads_the_apposition():
    assert typed("Brandlo, a destination wedding planner, said the venue was full.").get("Brandlo") != "place"


@pytest.mark.parametrize("text, name", [
    ("The bus was carrying workers from Tarvena to Havana when it overturned.", "Tarvena"),
    ("Aid went from Kyiv to Velmora on Monday, officials said.", "Velmora"),
])
def test_an_end_of_a_route_whose_other_end_is_a_place_is_a_place(text, name):
    assert typed(text).get(name) == "place" and cues(text)[name].startswith("route:")


@pytest.mark.parametrize("text, name", [
    ("Power passed from Obama to Kowalczyk in 2017.", "Kowalczyk"),  # the other end is a person
    ("Control shifted from Tarvena to Morlasso last year.", "Tarvena"),  # neither end is a known place
])
def test_a_route_with_no_place_at_its_other_end_types_nothing(text, name):
    assert typed(text).get(name) != "place"



@pytest.mark.parametrize("text, name", [
    ("The network ran from Sidon and Tyrrak to Varelli and Amsterdam.", "Varelli"),
    ("Buses leave from Tormund or Phoenix, every hour.", "Tormund"),
])
def test_a_name_before_a_place_coordinated_after_a_locative_word_is_a_place(text, name):
    assert typed(text).get(name) == "place"


@pytest.mark.parametrize("text, name", [
    ("She sent letters to Maria and Spain's king.", "Maria"),  # a first name, and no place's end after Spain
    ("Reporter John Okonedo wrote it. He sent copies to Okonedo and Germany.", "Okonedo"),  # the person's surname
])
def test_a_person_coordinated_with_a_place_stays_no_place(text, name):
    assert typed(text).get(name) != "place"


@pytest.mark.parametrize("text, code, actor_id", [
    ("The truck came south from Wexbury, OK, on Tuesday.", "OK", "place:oklahoma"),
    ("A man of Dunmore, Pa., was charged on Monday.", "Pa", "place:pennsylvania"),
    ("Flights to Albany, N.Y. were cut after the storm.", "N.Y", "place:new-york-state"),
    ("He was raised in Marietta, GA, and moved north.", "GA", "place:georgia-us-state"),
])
def test_a_state_s_code_after_a_town_has_the_state_s_id(text, code, actor_id):
    found = find_mentions(text)
    row = found[found["surface"] == code].iloc[0]
    assert row["actor_id"] == actor_id and row["actor_type"] == "place"


def test_a_state_s_code_counts_with_the_state_s_full_name():
    found = find_mentions("Storms hit Oklahoma on Monday. A barn burned near Wexbury, OK, officials said.")
    assert set(found[found["surface"].isin(["Oklahoma", "OK"])]["actor_id"]) == {"place:oklahoma"}


def test_every_state_code_names_a_dictionary_state():
    from analysis.actors.dictionary import load_dictionary
    from analysis.actors.place_neighbours import STATE_CODES
    entries = load_dictionary().entries
    names = {code: (state.actor_id, state.name) for code, state in STATE_CODES.items()}
    assert {state.also for state in STATE_CODES.values()} == {"", "word", "degree"}  # no misspelt mark
    for actor_id, name in names.values():
        assert actor_id not in entries or entries[actor_id].name == name
    assert sum(actor_id not in entries for actor_id, _ in names.values()) <= 1  # Victoria (Australia): no entry yet


@pytest.mark.parametrize("text, town, code", [
    ("Shops along the Ridgemont, NJ retail corridor closed early.", "Ridgemont", "NJ"),  # a town and state as modifier
    ("A Fresno, CA man was arrested on Monday.", "Fresno", "CA"),
    # sports copy: a town ending in "s" after "the" is no team's nickname when its state follows
    ("The coach said the league would expand near the Hollis, NY mall.", "Hollis", "NY"),
])
def test_a_town_and_its_state_before_a_lower_case_word_are_places(text, town, code):
    found = typed(text)
    assert found.get(town) == "place" and found.get(code) == "place"


def test_an_ambiguous_code_before_a_lower_case_word_is_no_state():
    found = typed("The board sided with Jones, OK let us move on.")
    assert found.get("Jones") != "place" and found.get("OK") != "place"


def test_a_nickname_with_no_state_after_it_is_still_a_team():
    assert typed("The coach said the league would expand. The Mets won the game.").get("Mets") == "organization"


@pytest.mark.parametrize("text, town", [
    ("He grew up in Grand Forks, North Dakota, and studied law.", "Grand Forks"),  # an event word opens the town
    ("The plant near Grand Haven, Michigan, closed on Monday.", "Grand Haven"),
])
def test_a_town_opening_with_an_event_word_before_a_state_is_a_place(text, town):
    assert typed(text).get(town) == "place"


def test_an_event_before_a_country_stays_no_place():
    found = typed("She won the Kelso Marathon, Scotland, and the Grand Prix, Monaco.")
    assert found.get("Kelso Marathon") != "place" and found.get("Grand Prix") != "place"


@pytest.mark.parametrize("text, name", [
    ("There are two flights a week from Sanaa via Harbukla. The trip takes three hours.", "Harbukla"),
    ("The aid convoy travelled from Kigali via Ruvenzo to the border.", "Ruvenzo"),
])
def test_a_stop_after_a_place_and_via_is_a_place(text, name):
    assert typed(text).get(name) == "place"


@pytest.mark.parametrize("text, name", [
    ("The minister spoke from Kyiv via Zoom on Tuesday.", "Zoom"),  # a medium, not a stop
    ("The bill passed via Halvorsen's amendment last week.", "Halvorsen"),  # no place before "via"
])
def test_a_medium_or_a_name_after_no_place_and_via_is_no_place(text, name):
    assert typed(text).get(name) != "place"


@pytest.mark.parametrize("text, place", [
    ("Fighting reached the provincial capital, Varnek Gah, on Monday.", "Varnek Gah"),
    ("Troops entered the port city, Berdansk.", "Berdansk"),
    ("She grew up in the old harbour district, the Varnesse.", "Varnesse"),
])
def test_a_name_in_apposition_to_a_place_noun_is_a_place(text, place):
    assert typed(text).get(place) == "place"
    assert cues(text)[place].startswith("apposition to:")


def test_a_name_after_a_place_noun_that_goes_on_as_a_subject_is_no_place():
    assert typed("Back in the city, Varnek said he was afraid.").get("Varnek") != "place"


@pytest.mark.parametrize("text, alias, place", [
    ("Zelvany (Tartic: zlv, also known as Selvanya) is a port on the coast.", "Selvanya", "Zelvany"),
    ("Mumbai (formerly Varnaby) is the largest city of India.", "Varnaby", "Mumbai"),
    ("Settlers reached Tulsa in 1830. Tulsa was known as Tallasi by the Creek, who had a town there.", "Tallasi",
     "Tulsa"),
    ("The town has a Jewish Quarter called Sadrabad (once a village) and a market.", "Sadrabad", "Jewish Quarter"),
])
def test_another_name_of_a_place_is_a_place_with_its_id(text, alias, place):
    mentions = find_mentions(text)
    rows = dict(zip(mentions["surface"], zip(mentions["actor_type"], mentions["actor_id"], mentions["cue"])))
    assert rows[alias][0] == "place"
    assert rows[alias][2] == f"other name of: {place}"
    assert rows[alias][1] == rows[place][1]


@pytest.mark.parametrize("text, name", [
    ("It was a country retreat for the Mayor of Birmingham called Bryn Tirion before it became a hotel.", "Bryn Tirion"),
    ("Paris, also known as Maria, said nothing.", "Maria"),  # a first name: a person's nickname
])
def test_a_name_after_no_place_or_after_a_preposition_and_called_is_no_other_name(text, name):
    assert typed(text).get(name) != "place"


def test_an_airport_code_after_its_label_is_the_airport_and_so_are_its_other_uses():
    mentions = find_mentions("Varnek Regional Airport (IATA: VRK) lies north of town. Take the VRK shuttle bus.")
    codes = mentions[mentions["surface"] == "VRK"]
    airport = mentions[mentions["surface"] == "Varnek Regional Airport"]
    assert list(codes["actor_type"]) == ["place", "place"]
    assert set(codes["actor_id"]) == set(airport["actor_id"])
    assert codes["cue"].iloc[0] == "airport code of: Varnek Regional Airport"


def test_a_code_after_no_place_is_no_airport():
    assert typed("The agency (IATA: VRK) issued new rules.").get("VRK") != "place"


@pytest.mark.parametrize("text, name, cue", [
    ("Varnek is a small town on the coast. Varnek was known as Tallasi by the Creek.", "Tallasi",
     "other name of: Varnek"),
    ("A fire broke out near Varnek. Engines from Varnek, Ostmark, Lunde, and Brask were sent.", "Ostmark",
     "place before: Varnek"),
])
def test_a_name_the_article_types_a_place_elsewhere_is_a_place_to_the_name_next_to_it(text, name, cue):
    assert typed(text).get(name) == "place"
    assert cues(text)[name] == cue


@pytest.mark.parametrize("text, name", [
    ("Varnek was known as Tallasi by the Creek.", "Tallasi"),  # no occurrence of Varnek is typed a place
    ("Anna Varnek is a singer. Anna Varnek, Ostmark, sang.", "Ostmark"),  # the name is a person's
])
def test_a_name_next_to_a_name_no_cue_types_a_place_is_no_place(text, name):
    assert typed(text).get(name) != "place"
