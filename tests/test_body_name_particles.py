"""A lower-case particle before a body's name ("del Senado") is no part of it, as it would be of a person's name
("de Graaf"). Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions
from analysis.text.document import Document


def _surfaces(text: str, lang: str = "en") -> dict[str, str]:
    return {r.surface: r.actor_type for r in find_mentions(Document(text, lang=lang)).itertuples()}


def test_a_particle_before_a_body_is_dropped():
    found = _surfaces("El gobernador no reconoce la facultad del Consejo de Puerto Rico para actuar.", "es")
    assert found.get("Consejo de Puerto Rico") == "organization"
    assert not any(surface.startswith("del ") for surface in found)


def test_a_particle_opening_a_persons_name_stays():
    found = _surfaces("The striker Luuk de Jong said on Monday that the club would appeal.")
    assert "Luuk de Jong" in found
