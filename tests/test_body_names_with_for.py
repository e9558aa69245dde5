""""for" inside a body's name whose head word only ends it (:mod:`analysis.actors.name_runs`): "Cinema for Peace
Foundation" is one body, not a word and the "Peace Foundation". Made-up news sentences."""
from __future__ import annotations

import pytest

from mention_helpers import mention_types as typed


@pytest.mark.parametrize("text, body", [
    ("The flight was paid for by Lanterns for Hope Foundation, a charity based in Leeds.", "Lanterns for Hope Foundation"),
    ("Marlow for Clean Rivers Network said the spill was the worst in years.", "Marlow for Clean Rivers Network"),
])
def test_for_joins_a_name_to_the_head_word_that_ends_it(text, body):
    assert typed(text).get(body) == "organization"


@pytest.mark.parametrize("text, body", [
    ("The prize went to Anna for Brackley University, the jury said.", "Brackley University"),
    ("Reporters asked Ostrava for NATO Council figures.", "NATO Council"),
])
def test_for_after_a_first_name_or_before_an_acronym_opens_another_name(text, body):
    found = typed(text)
    assert not any(" for " in surface for surface in found)
