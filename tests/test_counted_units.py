"""An all-capital word counted like a unit names no actor: "with 11 RBI.", "about 250 MXN," (a statistic, a
currency), while "27 EU members" and "two UN peacekeepers" still name their bodies
(:mod:`analysis.actors.counted_units`). Made-up sentences."""
from __future__ import annotations

from analysis.actors.counted_units import counted_unit
from mention_helpers import surfaces


def test_a_statistic_after_a_count_is_no_body():
    text = "Garcia batted .310 with 11 RBI. The Reserve Bank of India (RBI) cut its rate on Monday."
    assert surfaces(text).count("RBI") == 1  # the bank's own acronym, not the statistic


def test_a_currency_after_a_count_is_no_place():
    text = "A taxi to the airport costs about 250 MXN, the guide says."
    assert "MXN" not in surfaces(text)


def test_a_body_before_what_it_owns_is_still_named():
    text = "Some 27 EU members and two UN peacekeepers met in Geneva on Monday."
    assert {"EU", "UN"} <= set(surfaces(text))


def test_a_year_dates_the_word_after_it():
    view = "He won the 2020 NBA."
    assert not counted_unit(view, view.index("NBA"), view.index("NBA") + 3)
