"""Initials written with small letters between ("KfW", "TfL", "AfD") are an acronym's shape, as all capitals are: a
body's name when it speaks or acts, never a person's (:func:`analysis.actors.name_runs.mixed_case_acronym`). Made-up
news sentences and made-up acronyms."""
from __future__ import annotations

import pytest

from analysis.actors.name_runs import mixed_case_acronym
from mention_helpers import discovered


@pytest.mark.parametrize("word", ["KfW", "TfL", "AfD", "DoJ", "GmbH", "DfID", "VfL"])
def test_initials_with_small_letters_between(word):
    assert mixed_case_acronym(word)


@pytest.mark.parametrize("word", ["DeVos", "McCain", "LaRose", "BaFin", "PayPal", "CentOS", "KFW", "Kw", "KfWx"])
def test_names_and_words_of_other_shapes(word):
    assert not mixed_case_acronym(word)


def test_a_mixed_case_acronym_that_speaks_is_an_organisation_not_a_person():
    text = "ZfK said on Tuesday that lending rose. A spokesman for ZfK expects more growth next year."
    assert set(discovered(text)) == {("ZfK", "organization")}


def test_a_surname_with_a_capital_inside_still_speaks_as_a_person():
    assert ("DeWitt", "person") in discovered("Harlan DeWitt, the mayor, said the bridge would reopen. DeWitt said so.")
