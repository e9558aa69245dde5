"""Head words that make a discovered name a place (the ``place_words`` cue of the actor dictionary): halls,
lodges, grounds, trails, junctions, plains, areas, swamps, marshes, lagoons and empires, beside streets and parks
(:func:`analysis.actors.name_cues.head_type`)."""
from __future__ import annotations

import pytest

from mention_helpers import discovered


@pytest.mark.parametrize("text, name", [
    ("Hundreds of protesters gathered outside Kelworth City Hall on Tuesday.", "Kelworth City Hall"),
    ("The fire at Brackley Lodge was put out by noon, the fire service said.", "Brackley Lodge"),
    ("Hikers on the Dunmore Trail were told to turn back.", "Dunmore Trail"),
    ("The train left Varna Junction at 11:30, an hour late.", "Varna Junction"),
    ("Drought has hit farmers across the Great Tarrow Plains this year.", "Great Tarrow Plains"),
    ("Rents in the Halvey Bay Area rose by a fifth.", "Halvey Bay Area"),
    ("Rangers found the boat in Okaru Swamp on Sunday.", "Okaru Swamp"),
    ("The region was ruled by the Dravian Empire for two centuries.", "Dravian Empire"),
    # landmarks, ice shelves, island and upland groups, even after a first name ("Madison Square Garden")
    ("Wreaths were laid at the Kelworth Memorial on Sunday.", "Kelworth Memorial"),
    ("Crowds filled Madison Tarrow Garden for the title fight.", "Madison Tarrow Garden"),
    ("The bank moved its headquarters to Varna Wharf last year.", "Varna Wharf"),
    ("Traffic was halted in the Dunmore Tunnel after the crash.", "Dunmore Tunnel"),
    ("A crack in the Brackley Ice Shelf has widened, scientists said.", "Brackley Ice Shelf"),
    ("Storms battered the Okaru Isles overnight.", "Okaru Isles"),
    ("Snow closed roads across the Tarrow Highlands.", "Tarrow Highlands"),
    ("Bells rang at Dunmore Minster after the service.", "Dunmore Minster"),
    # sites and buildings by their use, even after a first name
    ("Students at the Marion Campus staged a walkout on Monday.", "Marion Campus"),
    ("Flights resumed from the Harold Terminal after the storm.", "Harold Terminal"),
    ("Thousands filled Kelworth Speedway for the final race.", "Kelworth Speedway"),
    ("The inmates were moved to Dunmore Penitentiary overnight.", "Dunmore Penitentiary"),
    # drives and corners
    ("Fans lined Varna Drive for the premiere.", "Varna Drive"),
    ("Protesters marched from Kelworth Park Corner to the town hall.", "Kelworth Park Corner"),
])
def test_a_place_head_word_makes_a_place(text, name):
    assert (name, "place") in discovered(text)


def test_memorial_heads_no_hospital_nor_holiday():
    found = discovered("Veterans marched on Memorial Day in Kelworth. Doctors at Dunmore Memorial Hospital "
                       "treated the injured.")
    assert not any(name.startswith("Memorial") or kind == "place" and "Hospital" in name for name, kind in found)
    assert ("Dunmore Memorial Hospital", "organization") in found


def test_a_place_head_word_after_a_speaker_is_still_a_person():
    found = discovered("Writer Stuart Hallam Hall said the plan was sound. Hall later left the city.")
    assert ("Stuart Hallam Hall", "place") not in found
    assert all(kind == "person" for _, kind in found)


def test_a_sentence_initial_common_word_opens_a_place_before_its_head_word():
    found = discovered("The main road was shut for the parade. Main Street stayed open to buses.")
    assert ("Main Street", "place") in found


def test_a_sentence_initial_common_word_before_a_surname_head_word_opens_no_place():
    found = discovered("Police spoke to him today. Today Hill said the plan was sound.")
    assert ("Today Hill", "place") not in found
