"""Places typed by the phrase leading to them (:mod:`analysis.actors.place_phrases`): a journey, a distance,
a place's part ("the outskirts of")."""
from __future__ import annotations

import pytest

from analysis.actors.place_phrases import phrase_place

from mention_helpers import mention_types as typed


@pytest.mark.parametrize("text, name", [
    ("Thousands of families fled to Vorzel on Sunday as the shelling grew heavier.", "Vorzel"),
    ("The minister flew back from Tabriz, officials said.", "Tabriz"),
    ("The convoy moved south to Kelmsby before dawn.", "Kelmsby"),
    ("The ferry arrived at Porthkerry on Tuesday.", "Porthkerry"),
    ("The blast was felt 30 km from Dunmarra, residents said.", "Dunmarra"),
    ("The wreck lies about 15 miles north of Tarvin.", "Tarvin"),
    ("Police sealed off the outskirts of Brovary on Friday.", "Brovary"),
    ("Pablo Ortiz, the mayor of Esquinal, announced the closures.", "Esquinal"),
    ("Heavy fighting was reported north of Velyka.", "Velyka"),
    ("Historians still argue about the siege of Torvik.", "Torvik"),
    ("The Battle of Halmstead was fought in 1402.", "Halmstead"),
    ("Flights to Kelmsby were cancelled after the storm.", "Kelmsby"),  # the word of going opens the sentence
    ("In 1850 he travelled with Varnek to Halmstead and settled there.", "Halmstead"),  # a companion between
    ("She fled with her two young sons to Dunmarra, a relative said.", "Dunmarra"),
    ("Timetable\n\nFerry from Porthkerry, 40 minutes, twice a day.", "Porthkerry"),
    ("The hermit withdrew to the desert of Kalvora for two years.", "Kalvora"),  # a landscape's noun before "of"
    ("Rebels have hidden in the forests of Ituvale since May.", "Ituvale"),
    ("The injured climber was airlifted from Vorzel to a trauma unit.", "Vorzel"),  # words of sending too
    ("The flight was diverted to Kelmsby after a bird strike.", "Kelmsby"),
    ("The suspect was extradited to Torvik on Monday.", "Torvik"),
    ("He befriended Hugh Lowther, 3rd Earl of Dunmarra, at school.", "Dunmarra"),  # a peer's title: its territory
    ("The wing was opened by the Duchess of Kelmsby.", "Kelmsby"),
    ("The caravan travelled through Kalvora into the hills.", "Kalvora"),  # a preposition of path after it ends it
    ("The mayor of Esquinal via the state broadcaster urged calm.", "Esquinal"),
])
def test_a_journey_a_distance_or_a_place_s_part_leads_to_a_place(text, name):
    assert typed(text).get(name) == "place"


@pytest.mark.parametrize("text, name", [
    ("She wrote a letter to Chevalier about the dispute.", "Chevalier"),  # "to" after no word of movement
    ("Letters to Chevalier piled up on his desk.", "Chevalier"),  # opening the sentence, no word of movement either
    ("The monk received reprimands from Pachomius, the abbot.", "Pachomius"),
    ("The president of Halvorsen resigned on Monday.", "Halvorsen"),  # "president of" may lead to a body
    ("The award went to Halvorsen in the end.", "Halvorsen"),  # "went to" then "in": no place's end
    ("The valley of Halvorsen's farm flooded.", "Halvorsen"),  # a possessor: the farm's owner, no place
    ("A count of Halvorsen votes began.", "Halvorsen"),  # "count of" is no peer's title
])
def test_other_phrases_make_no_place(text, name):
    assert typed(text).get(name) != "place"


def test_the_cue_names_the_phrase():
    view = "Rescuers travelled 200 km north of Ostrava"
    assert phrase_place(view, len(view) - len("Ostrava")) == "distance: 200 km north of"
    view = "Residents returned to the Oskil"
    assert phrase_place(view, len(view) - len("Oskil")) == "motion: returned to the"
    assert phrase_place("a letter sent to Ostrava", len("a letter sent to ")) == ""


def test_coordinated_places_may_end_their_sentence_before_a_capitalised_word():
    # "Kelmsby. He": the name pattern of the coordinated place runs on into the next sentence's first word
    found = typed("Thousands of families fled to Vorzel and Kelmsby. He said the roads were full.")
    assert found.get("Vorzel") == "place" and found.get("Kelmsby") == "place"


def test_a_place_run_into_a_person_s_name_is_no_place():
    found = typed("Mayor of Koszalin Piotr Jedlinski has declared a day of mourning.")
    assert "Koszalin Piotr Jedlinski" not in found  # the town the office serves, then the person's name
    assert found.get("Koszalin") == "place" and found.get("Piotr Jedlinski") == "person"


@pytest.mark.parametrize("text, name", [
    ("Floods cut off the villages Harvik and Torsby, officials said.", "Harvik"),
    ("Floods cut off the villages Harvik and Torsby, officials said.", "Torsby"),  # coordinated with the first
    ("Troops withdrew from towns such as Velmora and Ostrin.", "Velmora"),
    ("Shelling continued in cities like Drovny, the governor said.", "Drovny"),
    ("Ferries serve several islands including Skarvøy.", "Skarvøy"),
])
def test_a_plural_noun_of_places_leads_to_the_places_after_it(text, name):
    assert typed(text).get(name) == "place"


@pytest.mark.parametrize("text, name", [
    ("Tech companies like Halvorsen reported higher profits.", "Halvorsen"),  # no noun of places
    ("The city Council of Harvik met on Monday.", "Council"),  # a singular noun: a modifier
    ("In the districts Halvorsen won last year, turnout fell.", "Halvorsen"),  # a relative clause: no place's end
])
def test_a_plural_noun_of_other_things_makes_no_place(text, name):
    assert typed(text).get(name) != "place"


def test_the_place_list_cue_names_the_noun():
    view = "Troops withdrew from towns such as Velmora"
    assert phrase_place(view, len(view) - len("Velmora")) == "place list: towns such as"
    view = "Tech companies like Velmora"
    assert phrase_place(view, len(view) - len("Velmora")) == ""
