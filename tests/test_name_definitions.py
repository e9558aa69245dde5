"""General typing and linking rules for discovered names: definitions ("X is a town"), place nouns in apposition,
coordinated lists, acronyms in brackets (no type of their own) and names given with and without middle names.
Every sentence is written for these tests."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def found(text: str) -> dict[str, tuple[str, str, str]]:
    """surface -> (actor_id, actor_type, cue) for the mentions of ``text`` (the last one per surface)."""
    return {r.surface: (r.actor_id, r.actor_type, r.cue) for r in find_mentions(text).itertuples()}


def types(text: str) -> dict[str, str]:
    return {surface: kind for surface, (_, kind, _) in found(text).items()}


# ---------------------------------------------------------------- definitions and appositions


def test_a_definition_after_a_name_types_it():
    mentions = found("Drumkeel is a small town on the western coast. Tarvesh was a Soviet filmmaker and writer.")
    assert mentions["Drumkeel"][1] == "place"
    assert mentions["Drumkeel"][2].startswith("apposition: is a small town")
    assert mentions["Tarvesh"][1] == "person"


def test_a_definition_may_follow_a_bracket_and_a_possessive_determiner():
    assert types("Oskarvik (pronounced OS-kar-veek) is Norway's fifth city.")["Oskarvik"] == "place"
    assert types("Brannagh (1811 - 1869) was an Irish chemist.")["Brannagh"] == "person"


def test_a_definition_is_about_the_subject_not_a_name_after_a_preposition_or_possessive():
    mentions = found("The man arrested in Bristow was a lawyer. Okafor's son is a pilot.")
    assert mentions["Bristow"][1] != "person"
    assert "pilot" not in mentions["Okafor"][2]  # the son is the pilot; a son makes Okafor a person
    assert mentions["Okafor"][2] == "possessive: son"  # (analysis.actors.person_predicates), not the definition
    assert "Kelmar" not in types("Kelmar is home to a dozen firms.")  # no determiner: no definition


def test_one_of_a_plural_role_in_apposition_makes_a_person():
    assert found("They met Ozkar Varnov, one of the three Green senators, on Monday.")["Ozkar Varnov"][1:] == \
        ("person", "apposition: one of the three Green senators")
    assert types("They met Ozkar Varnov, one of his sons, in Kyiv.")["Ozkar Varnov"] == "person"
    assert "Ozkar Varnov" not in types("They visited Ozkar Varnov, one of the oldest mines, in May.")  # no role


def test_a_place_noun_in_apposition_makes_a_place():
    assert types("Shelling hit Dorvansk, a city in the east, on Monday.")["Dorvansk"] == "place"


def test_a_collective_noun_gathering_places_makes_a_place_and_gathering_firms_an_organisation():
    assert types("Kopanu is a group of more than forty islands.")["Kopanu"] == "place"
    assert types("Brightwell, a group of companies, said it would appeal.")["Brightwell"] == "organization"


# ---------------------------------------------------------------- coordinated lists


def test_untyped_names_in_a_list_take_the_type_of_its_typed_members():
    mentions = found("Searches on Google, Qwarry and Findly rose sharply.")
    assert mentions["Qwarry"][1] == mentions["Findly"][1] == "organization"
    assert mentions["Findly"][2].startswith("listed with Google")


def test_an_abbreviation_point_before_a_comma_keeps_the_list_going():
    mentions = types("Guests included Zuleika Ombrathe, Quenby Harrowgate, Paul Rudd Jr., Mark Lane and Anna Holt.")
    assert mentions["Zuleika Ombrathe"] == mentions["Quenby Harrowgate"] == "person"
    assert "Velmora" not in types("Sales at Velmora Jr. grew.")  # no list: a point alone separates nothing


def test_a_towns_country_after_a_comma_is_no_list_member_of_its_own():
    mentions = types("He has played in Lyon, France and the Velvet Quorum hosted him twice.")
    assert "Velvet Quorum" not in mentions  # two names coordinated, a town with its country and another
    assert types("Crews flew to Lyon, France, Dorvansk and Kelmora last week.")["Kelmora"] == "place"  # still a list


def test_the_before_a_listed_name_keeps_the_list_going():
    mentions = found("The story was carried by Reuters, Qwarry, Findly and the Washington Post.")
    assert mentions["Qwarry"][1] == mentions["Findly"][1] == "media"


def test_a_place_in_the_possessive_is_no_member_of_a_list():
    mentions = types("Support came from Qwarry, Findly, and the United States' National Science Foundation.")
    assert mentions.get("Qwarry") != "place" and mentions.get("Findly") != "place"


def test_two_coordinated_names_or_a_mixed_list_type_nothing():
    assert "Okonjo" not in types("Talks between Iran and Okonjo stalled.")
    assert "Zentrix" not in types("Offices in Google, Paris and Zentrix closed.")  # an organisation and a place
    assert "Kelso" not in types("Narwen, Kelso opened a shop.")  # a comma alone makes no list


# ---------------------------------------------------------------- acronyms in brackets


def test_an_acronym_in_brackets_does_not_make_a_name_an_organisation():
    mentions = types("Sales of Compact Fluorescent Light (CFL) bulbs fell as Universal Basic Income (UBI) trials began.")
    assert not {"Compact Fluorescent Light", "CFL", "Universal Basic Income", "UBI"} & set(mentions)


def test_an_organisation_word_inside_a_hyphenated_last_word_still_makes_an_organisation():
    assert types("The Kivu Farmers Union-Renewal (KFU-R) won three seats.")["Kivu Farmers Union-Renewal"] == "organization"


# ---------------------------------------------------------------- middle names


def test_a_name_with_and_without_middle_names_is_one_person_under_the_two_word_form():
    rows = find_mentions("Tobias Aldric Wenham founded the firm. Tobias Wenham later sold it. Wenham died in 1990.")
    assert set(rows["actor_id"]) == {"person:tobias-wenham"}


def test_a_generational_suffix_does_not_hide_the_surname_of_a_name_with_middle_names():
    rows = find_mentions("Congressman Tobias Wenham died. Tobias Aldric Wenham Jr was born in 1929. Wenham served.")
    assert set(rows[rows["actor_type"] == "person"]["actor_id"]) == {"person:tobias-wenham"}


def test_two_different_middle_names_keep_two_people_apart():
    rows = find_mentions("Tobias Aldric Wenham and Tobias Bede Wenham met. Tobias Wenham left.")
    ids = dict(zip(rows["surface"], rows["actor_id"]))
    assert ids["Tobias Aldric Wenham"] != ids["Tobias Bede Wenham"]
    assert ids["Tobias Wenham"] == "person:tobias-wenham"
