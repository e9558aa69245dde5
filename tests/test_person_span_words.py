"""Words around a person's name that are no part of it: a title or role word before the name ("Assemblyman",
"Senior Advisors"), the field an office serves after "of" ("Director of National Intelligence"); and capitalised
runs that name no person at all: a programme, a scholarship or a meeting (the dictionary's ``event_words``), common
nouns written as a title ("General Public License"), a ship's name (:mod:`analysis.actors.vessel_names`)."""
from __future__ import annotations

import pytest

from mention_helpers import person_ids, person_surfaces


@pytest.mark.parametrize("sentence, person", [
    ("The launch was delayed, NASA Administrator Jane Rudd said.", "Jane Rudd"),
    ("Newly elected Assemblyman Carlos Duran said he was pleased.", "Carlos Duran"),
    ("The tests came back negative for Senior Advisors Mark Olsen and Ruth Pike.", "Mark Olsen"),
    ("Bishop Emeritus Paolo Ferri of the diocese died on Sunday.", "Paolo Ferri"),
    ("The court found that Mme Laurent did not lie.", "Laurent"),
    ("The mass was led by Monseñor Pablo Ortega.", "Pablo Ortega"),
    ("Director of National Intelligence Carl Brandt said the reports were false.", "Carl Brandt"),
    ("Governor of Belgorod Vyacheslav Gladkov said the town was calm.", "Vyacheslav Gladkov"),
])
def test_a_title_or_an_office_s_field_stays_out_of_the_name(sentence, person):
    assert person_surfaces(sentence)[0] == person


@pytest.mark.parametrize("sentence", [
    "She joined the Nurse Leadership Program last year.",
    "She went to Paris on a Farmer Education Scholarship in 1990.",
    "The project uses the GNU General Public License, a license that keeps the code public.",
])
def test_a_programme_or_a_title_of_common_nouns_is_no_person(sentence):
    assert person_surfaces(sentence) == []


def test_a_ship_named_after_a_person_is_no_person():
    sentence = "The ferry MV Rosa Delgado sank; Rosa Delgado, its namesake, was a nurse. Sailors on HMS Queen Mary" \
               " and the USS Abraham Lincoln helped."
    assert person_ids(sentence) == [("Rosa Delgado", "person:rosa-delgado")]
