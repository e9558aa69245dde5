"""A title, a person's name and "of the" a body are two names ("Commissioner Dana Whitfield of the Ohio Department
of Transportation"), even when the title is also a body's head word ("Commissioner"). Made-up news sentences."""
from __future__ import annotations

from mention_helpers import types_without_public_figures as types


def test_a_titled_person_of_a_body_is_a_person_and_a_body():
    found = types("Six people were hurt, according to Commissioner Dana Whitfield of the Ohio Department of Transportation.")
    assert found.get("Dana Whitfield") == "person"
    assert found.get("Ohio Department of Transportation") == "organization"


def test_an_office_inside_a_body_name_keeps_it_whole():
    found = types("The Office of the Attorney General of Texas sued the firm.")
    assert found.get("Office of the Attorney General of Texas") == "organization"
