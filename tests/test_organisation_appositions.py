"""An organisation noun in apposition types a name only as a description: after an article or a possessive name, in lower case.
Made-up news sentences."""
from __future__ import annotations

from mention_helpers import mention_types as types


def test_a_described_organisation_is_typed_by_its_apposition():
    assert types("The data was found by Kestrival, a cybersecurity firm, on Monday.")["Kestrival"] == "organization"
    assert types("Marvex, the state competition agency, approved the deal.")["Marvex"] == "organization"


def test_a_clause_after_the_comma_is_no_apposition():
    # regression check: "giving him ... electoral college votes" made the candidate an organisation
    found = types("The network called Ohio for Delacroix, giving him an additional six electoral college votes. "
                  "Delacroix thanked his supporters.")
    assert found.get("Delacroix") != "organization"


def test_a_capitalised_name_after_the_comma_is_no_description():
    # regression check: "X, the American Independent Party, nominated ..." typed the person X an organisation
    found = types("Members who now question Okonkwo, the Harbour Reform Party, nominated a rival ticket. "
                  "Okonkwo did not reply.")
    assert found.get("Okonkwo") != "organization"


def test_a_possessive_name_opens_an_apposition_like_an_article():
    # review: "X, Ukraine's largest bank," had lost its organisation with the article condition
    assert types("Vantrex, Ukraine's largest bank, said profits rose.")["Vantrex"] == "organization"


def test_a_body_in_apposition_outweighs_a_first_name_opening_the_name():
    found = types("The deal was signed by Martin Engineers, a firm based in Leeds. Florence Harvest, a non-profit "
                  "group, distributes food.")
    assert found["Martin Engineers"] == "organization"
    assert found["Florence Harvest"] == "organization"


def test_a_person_described_by_a_role_keeps_the_first_names_type():
    found = types("Grace Kelly, a film star, married in 1956. The plan was backed by Tom Lee, the company said.")
    assert found["Grace Kelly"] == "person"
    assert found["Tom Lee"] == "person"
