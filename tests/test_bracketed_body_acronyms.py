"""An acronym alone in brackets after a definite phrase headed by a body noun names that body ("the state oil
company (ENAP)"), unless the phrase spells it or is indefinite (:func:`analysis.actors.name_cues.noun_type`).
Made-up news sentences."""
from __future__ import annotations

from mention_helpers import types_without_public_figures as types


def test_a_bracketed_acronym_after_a_body_noun_is_that_body():
    found = types("Chile's state oil company (ENAP) cut output. The main opposition party (MDCT) boycotted the "
                  "vote, and the consortium of regional libraries (UKLB) backed it. The state broadcaster (RTZ) "
                  "aired it.")
    assert found["ENAP"] == "organization"
    assert found["MDCT"] == "organization"
    assert found["UKLB"] == "organization"
    assert found["RTZ"] == "media"


def test_a_spelled_or_indefinite_body_acronym_is_no_name():
    found = types("Customers of the internet service provider (ISP) complained. They set up a "
                  "non-governmental organisation (NGOX) to help.")
    assert "ISP" not in found and "NGOX" not in found
