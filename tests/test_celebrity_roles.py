"""A celebrity's field and "star" before a name or in apposition make it a person ("pop star X", "X, a reality
star,", "his former co-star X"); "star" alone does not, for it also names a sun ("the star Tau Ceti"). The
compounds are role nouns of ``dictionaries/actors.yaml``."""
from __future__ import annotations

from mention_helpers import person_surfaces


def test_field_and_star_before_a_name_make_a_person() -> None:
    text = "Fans queued for hours to see pop star Rain Marlow perform in the capital on Friday."
    assert "Rain Marlow" in person_surfaces(text)


def test_reality_star_in_apposition_makes_a_person() -> None:
    text = "Dakota Ferrell, a reality star, said on Tuesday that she would leave the show."
    assert "Dakota Ferrell" in person_surfaces(text)


def test_co_star_before_a_surname_makes_a_person() -> None:
    text = "The actress later invited her former co-star Brandt to the premiere in Vienna."
    assert "Brandt" in person_surfaces(text)


def test_a_sun_called_a_star_is_no_person() -> None:
    text = "Astronomers found two planets orbiting the star Tau Ceti, some twelve light years away."
    assert "Tau Ceti" not in person_surfaces(text)
