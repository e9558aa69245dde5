"""Names listed after a plural noun share its type, also past dictionary names listed before them and after a
capitalised noun opening a sentence ("Companies such as ..."). Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _types(text: str) -> dict[str, str]:
    return {r.surface: r.actor_type for r in find_mentions(text).itertuples()}


def test_a_listed_name_after_a_dictionary_name_takes_the_lead_nouns_type():
    found = _types("The fund gave money to charities such as Oxfam and Brightwater Commons last year.")
    assert found.get("Brightwater Commons") == "organization"


def test_a_capitalised_lead_noun_opening_a_sentence_types_the_list():
    found = _types("The report was published on Monday. Companies such as Zentrova and Quillbank were named in it.")
    assert found.get("Zentrova") == "organization"
    assert found.get("Quillbank") == "organization"


def test_two_coordinated_names_without_a_lead_noun_stay_apart():
    found = _types("He praised Oxfam and Brightwater Commons on Monday.")
    assert "Brightwater Commons" not in found


def test_a_capitalised_noun_inside_a_sentence_is_no_lead():
    found = _types("He met the Jones Brothers such as Zentrova on Monday.")
    assert found.get("Zentrova") != "organization"


def test_a_noun_and_a_comma_lead_a_name_only_when_the_list_goes_on():
    found = _types("The board named three firms, Zentrova, Quillbank and Marlowe Holt, on Monday.")
    assert found.get("Zentrova") == "organization" and found.get("Quillbank") == "organization"
    found = _types("Voters backed two parties, Zentrova's coalition and another, in May.")
    assert found.get("Zentrova") == "organization"


def test_a_name_opening_the_main_clause_after_a_fronted_phrase_is_not_listed():
    found = _types("For each of these parties, Quillbank won a seat in May.")
    assert found.get("Quillbank") != "organization"


def test_stores_and_services_lead_a_list_of_organisations():
    found = _types("Shoppers turned to discount stores like Zentrova and Quillbank in the spring.")
    assert found.get("Zentrova") == "organization" and found.get("Quillbank") == "organization"
    found = _types("Users of services such as Marlowbeam left the region, the survey found.")
    assert found.get("Marlowbeam") == "organization"
