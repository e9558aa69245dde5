"""A name after "the" is a body when the words before it make an acronym one: "head of the Wenlock Koinonia",
"members of the Vandal Circle", "joined the Marines"; not when it modifies a noun after it ("a member of the Imus
family") nor after a capital "The" (a title). Made-up sentences."""
from __future__ import annotations

import pytest

from mention_helpers import mention_types as types


@pytest.mark.parametrize("sentence, name", [
    ("After the abbot died, Theodric became head of the Koinonia when he was forty.", "Koinonia"),
    ("She joined the Marines in 2001 and served in Iraq.", "Marines"),
    ("Two members of the Tallis Fellowship Brethren said they were leaving.", "Tallis Fellowship Brethren"),
    ("The wrestler left in 2019 and signed with ZWX a month later.", "ZWX"),
    ("The striker signed with the Vandals in May after a trial.", "Vandals"),
])
def test_a_name_after_member_of_the_is_a_body(sentence, name):
    # regression check: these names stayed untyped (unreported) before
    assert types(sentence)[name] == "organization"


def test_a_name_modifying_a_noun_or_opened_by_a_capital_the_is_no_body():
    found = types("He became a member of the Oduya family in 1990. She was head of The Quiet Hours for a year.")
    assert found.get("Oduya") != "organization" and found.get("Quiet Hours") != "organization"
