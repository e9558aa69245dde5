"""An acronym in brackets before a capitalised word is no first name in brackets: "Ultraviolet (UV) Radiation",
"Matrix-Assisted Laser Desorption (MALDI) Time-of-Flight" name no person; "(Nicolás) Maduro" still does
(:func:`analysis.actors.name_cues.person_cue`)."""
from __future__ import annotations

from mention_helpers import types_without_public_figures as types


def test_a_bracketed_acronym_before_a_word_is_no_first_name():
    found = types("The lamps emit Ultraviolet (UV) Radiation and the lab bought a (MALDI) Spectrometer.")
    assert "person" not in found.values()


def test_a_bracketed_first_name_before_a_surname_is_still_a_person():
    assert types("Officials said (Tomasz) Kowalczyk had resigned.").get("(Tomasz) Kowalczyk") == "person"
