"""A dictionary acronym the article defines as a common phrase ("radio frequency interference (RFI)") is not the
dictionary's organisation there; one defined as the organisation's name, or not defined, still is. Made-up news."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _ids(text: str) -> dict[str, str]:
    return {r.surface: r.actor_id for r in find_mentions(text).itertuples()}


def test_an_acronym_defined_as_a_common_phrase_is_no_organisation():
    found = _ids("The satellite readings suffer from radio frequency interference (RFI) near the coast. "
                 "Engineers said RFI was worse in winter.")
    assert "RFI" not in found


def test_an_acronym_defined_as_the_organisations_name_or_not_defined_stays():
    found = _ids("The Reserve Bank of India (RBI) raised rates on Tuesday. RBI officials said inflation was high.")
    assert found.get("RBI") == found.get("Reserve Bank of India")
    found = _ids("RFI reported that the talks had failed.")
    assert found.get("RFI", "").startswith("media:")
