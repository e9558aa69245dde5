"""Words that may stand before a body's name in a source and keep the body the speaker (:func:`analysis.quotes.
speakers._heads_source`): a compound adjective ending like a participle ("state-owned news agency X") and a year
("a 2021 X poll"), as well as determiners and plain modifiers. Made-up news."""
from __future__ import annotations

import pytest

from speaker_helpers import quote_speaker


@pytest.mark.parametrize("text, source, actor_id", [
    ("Protests spread to six cities on Sunday. On Monday, state-owned news agency Vorta said the protests were over.",
     "state-owned news agency Vorta", "organization:vorta"),
    ("The court will rule in May. According to a 2021 Halvern University poll, most voters oppose the plan.",
     "a 2021 Halvern University poll", "organization:halvern-university"),
])
def test_a_compound_adjective_or_a_year_before_a_body_keeps_it_the_speaker(text, source, actor_id):
    assert quote_speaker(text, source=source, column="speaker_actor_id") == actor_id
