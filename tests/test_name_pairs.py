"""Names joined by a hyphen or a dash ("the Okafor-Lindqvist ticket") name each actor the article names elsewhere;
a double-barrelled surname stays whole. Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions

from mention_helpers import person_ids


def test_each_name_of_a_hyphenated_pair_is_its_person():
    text = ("The party nominated Grace Okafor for president and Tomas Lindqvist for vice president. "
            "The Okafor-Lindqvist ticket is on the ballot in 12 states.")
    found = person_ids(text)
    assert ("Okafor", "person:grace-okafor") in found and ("Lindqvist", "person:tomas-lindqvist") in found


def test_a_pair_joined_by_an_en_dash_splits_too():
    text = "Grace Okafor and Tomas Lindqvist said they would run. Okafor–Lindqvist raised $2 million."
    assert [surface for surface, _ in person_ids(text)][-2:] == ["Okafor", "Lindqvist"]


def test_a_double_barrelled_surname_stays_whole():
    text = "Anna Lindqvist-Okafor sued the newspaper. Lindqvist-Okafor won the case."
    assert person_ids(text)[-1] == ("Lindqvist-Okafor", "person:anna-lindqvist-okafor")


def test_a_pair_with_a_part_the_article_never_names_is_left_alone():
    text = "Grace Okafor said the Okafor-Brennan plan would pass."
    assert "Brennan" not in [surface for surface, _ in person_ids(text)]


def test_a_name_joined_to_a_dictionary_actor_is_found_beside_it():
    text = "The TKF said it would fight. Warplanes struck PKK-TKF positions near the border on Monday."
    found = [(r.surface, r.actor_type) for r in find_mentions(text).itertuples()]
    assert found.count(("TKF", "organization")) == 2 and ("PKK", "organization") in found


def test_a_dictionary_persons_surname_joined_to_a_country_is_that_person():
    text = "Donald Trump spoke on Friday. Critics asked about the Trump-Ukraine call again."
    found = [(r.surface, r.actor_id) for r in find_mentions(text).itertuples()]
    assert found.count(("Trump", "person:donald-trump")) == 1


def test_a_part_the_article_types_nowhere_names_no_one():
    text = "The Sino-Russian pact was signed in Moscow."
    assert "Sino" not in set(find_mentions(text)["surface"])
