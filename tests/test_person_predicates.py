"""A name is a person's by what the sentence says of it: born, arrested, died, a wife, a funeral, colleagues,
"received his ..." (:mod:`analysis.actors.person_predicates`)."""
from __future__ import annotations

import pytest

from analysis.actors.step import find_mentions

from mention_helpers import WITHOUT_PUBLIC_FIGURES, person_surfaces as people


def cues(text: str) -> list[str]:
    """The cues of the person mentions found."""
    mentions = find_mentions(text, dictionary=WITHOUT_PUBLIC_FIGURES)
    return list(mentions.loc[mentions["actor_type"] == "person", "cue"])


@pytest.mark.parametrize("sentence, cue", [
    ("Varkonyi was born in Szeged in 1950.", "predicate: was born"),
    ("Varkonyi had been arrested twice before.", "predicate: had been arrested"),
    ("Varkonyi died on Monday at the age of 90.", "predicate: died"),
    ("Varkonyi's late wife ran the farm.", "possessive: wife"),
    ("Tessaris' younger brother was told first.", "possessive: brother"),
    ("Varkonyi's 14-year-old son was not at home.", "possessive: son"),
    ("Varkonyi's funeral was held on Friday.", "possessive: funeral"),
    ("Varkonyi's sons run the farm now.", "possessive: sons"),
    ("Varkonyi's burial took place in his home town.", "possessive: burial"),
    ("The widow of Varkonyi spoke at the hearing.", "widow of"),
    ("Crowds marched after the killing of Varkonyi in the city.", "killing of"),
    ("Hundreds attended the funeral of Varkonyi on Friday.", "funeral of"),
    ("She guest starred as Jessica in the third season.", "acting: starred as"),
    ("Varkonyi and colleagues describe ants that heal themselves.", "with colleagues"),
    ("A study by Varkonyi and his co-authors found no effect.", "with co-authors"),
    ("Varkonyi received his degree in 1970.", "subject: received his"),
    ("With reporters, Varkonyi discusses her background.", "subject: discusses her"),
    ("After the vote Varkonyi took her seat in the chamber.", "subject: took her"),
    ("The deal was that Varkonyi accepted the terms: he agreed to leave.", "subject: accepted ... : he"),
    ("Varkonyi resigned last week because she wanted more time.", "subject: resigned ... because she"),
    ("Varkonyi and I wrote the letter together.", "with I"),
    ("Tessaris and me have worked on the study.", "with me"),
    ("Hello, my name is Varkonyi.", "my name is"),
    ("Varkonyi and his wife moved to the coast.", "with his wife"),
    ("Varkonyi and her late husband founded the charity.", "with her husband"),
    ("Police arrested Varkonyi on Monday.", "object: arrested"),
    ("The council appointed Varkonyi to the board in May.", "object: appointed"),
    ("Varkonyi was elected mayor in 2019.", "office: was elected"),
    ("Varkonyi was sworn in as governor on Friday.", "office: was sworn in as"),
])
def test_a_person_only_predicate_types_the_name(sentence, cue):
    assert cues(sentence) == [cue]


def test_one_predicate_types_every_mention_of_the_name():
    text = "Varkonyi was born in Szeged. Critics praised Varkonyi for the film. Varkonyi lived in Paris."
    assert people(text) == ["Varkonyi", "Varkonyi", "Varkonyi"]


@pytest.mark.parametrize("text", [
    "Varkonyi received the award in 1970.",  # no "his" / "her": nothing says a person
    "Three people from Varkonyi were killed.",  # after a preposition: not the subject
    "Protesters were arrested on Monday. The protesters left.",  # a common plural opening a sentence
    "Police arrested his son. The police left.",
    "This is the death of Zorvex. Zorvex's death was announced.",  # a project dies too
    "The film is about a son of the Midwest.",  # "the": no relative of a person
    "Varkonyi's sister company opened.",  # a firm has a sister company
    "Varkonyi fired the manager because he lied.",  # "he" may be the manager
    "Varkonyi announced its results, and he was pleased.",  # "its": a thing
    "Varkonyi hired Zorvex after he left.",  # "he" may be the name between
    "Varkonyi posted losses, he noted, and sales fell.",  # the speaker's clause
    "Varkonyi enterprises grew fast, and he was pleased.",  # a present in -s may be a plural noun
    "I beat Varkonyis and I was happy.",  # a new clause
    "We moved to Varkonyi, and I worked there.",
    "He moved to Varkonyi and his wife followed.",  # after a preposition: not the one whose wife it is
    "Varkonyi and his team won the award.",  # a team is no relative
    "The valley is the birthplace of Varkonyi, the old kingdom.",  # a people or a kingdom has a birthplace too
    "Boseman portrayed Varkonyi Panther in two films.",  # a hero with no first name may be the film's title
    "Reports blamed Varkonyi's killing of civilians on the militia.",  # the killer, who may be a group
    "The storm injured Varkonyi residents on Monday.",  # the name qualifies the noun after it
    "Gunmen killed Varkonyis at the temple.",  # a lone word in -s names a people
    "Varkonyi was appointed administrator of the fund.",  # a firm is appointed to a role too
])
def test_no_person_without_a_person_only_predicate(text):
    assert "Varkonyi" not in people(text) and "Zorvex" not in people(text)
    assert people(text) == []


@pytest.mark.parametrize("sentence, expected", [
    ("The co-pilot was 24-year-old Ishvani Dorle and the guard a man.", ["after 24-year-old"]),
    ("Police named the driver as 41-year-old Tekle Mebrat.", ["after 41-year-old"]),
    ("Fourteen-year-old Varkonyi, on the top deck, said it was awful.", ["after Fourteen-year-old"]),
    ("Police arrested a 36-year-old Varkonyi man on Monday.", []),  # the name qualifies the noun after it
    ("Art of the late Middle Ages filled the hall.", []),  # "the late" is no lead: a period
])
def test_an_age_right_before_a_name_makes_a_person_unless_a_noun_follows(sentence, expected):
    assert cues(sentence) == expected


@pytest.mark.parametrize("text, expected", [
    ("The deceased fisherman was identified as Varkonyi Tessaro by the coast guard.", ["Varkonyi Tessaro"]),
    ("A girl, identified only as Ksenya, was pulled from the rubble.", ["Ksenya"]),
    ("Police detained the driver, later identified as Varkonyi.", ["Varkonyi"]),
    ("The gunman has been formally identified as Okonkwo Dallaire.", ["Okonkwo Dallaire"]),
    ("The drone, identified as Skyhawk Lite, crashed on Monday.", []),
    ("The suspects were identified as Narikuravas from a nearby village.", []),
])
def test_a_person_noun_identified_as_a_name_makes_a_person(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police named the man as Sudesh Ammor on Sunday.", ["Sudesh Ammor"]),
    ("Detectives have identified him as Okonkwo Dallaire.", ["Okonkwo Dallaire"]),
    ("Officers named the 20-year-old woman as Varkonyi Tessaro.", ["Varkonyi Tessaro"]),
    ("The board named the company as Velotrex Holdings.", []),
    ("The club named him as Man of the Match.", []),
])
def test_a_person_named_as_a_name_makes_a_person(text, expected):
    assert people(text) == expected
