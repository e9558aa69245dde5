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
