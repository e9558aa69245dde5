"""An office named as an office, sought, held, taken or left ("ran for Governor", "the office of Speaker", "served as
President"), keeps its row with how "office" that no count, tone or speaker uses; "the President said" stays a person
(analysis.actors.offices_as_such). Made-up news sentences."""
from __future__ import annotations

import pytest

from analysis.actors.inner_places import counted_mentions
from analysis.actors.step import find_mentions
from analysis.pipeline.spine import analyze_article

from mention_helpers import WITHOUT_PUBLIC_FIGURES


def hows(text: str) -> list[tuple[str, str]]:
    """(surface, how) of the person mentions of ``text`` that are role phrases or offices."""
    found = find_mentions(text, dictionary=WITHOUT_PUBLIC_FIGURES)
    rows = found[found["how"].isin(["role", "office"])]
    return list(zip(rows["surface"], rows["how"]))


@pytest.mark.parametrize("text, surface", [
    ("Kwame Asante ran for Governor of Ashanti in 2018 and lost.", "Governor"),
    ("Her campaign for U.S. President ended in March.", "President"),
    ("Ama Boateng entered the race for President last spring.", "President"),
    ("Yaw Darko, the Unity Party's nominee for President, spoke in Tamale.", "President"),
    ("He sought the Green Party's nomination for Mayor of Kumasi.", "Mayor"),
    ("He ran for Congress in 2008, the Senate in 2014, and for Governor of Ashanti in 2018.", "Governor"),
    ("Efua Mensah resumed the office of Speaker of the House on Thursday.", "Speaker"),
    ("How have your past experiences prepared you for the job of President?", "President"),
    ("Kojo Owusu, who served as President of the Chess Federation, died on Monday.", "President"),
    ("Esi Lartey was elected to two terms as Governor of the region.", "Governor"),
    ("Kofi Annor succeeded her as Foreign Secretary in July.", "Foreign Secretary"),
    ("Abena Ofori was sworn in as the Governor of the region at noon.", "Governor"),
    ("Voters in the kingdom do not elect the Prime Minister directly.", "Prime Minister"),
    ("The assembly that elects the President meets in December.", "President"),
    ("Governor Kofi Mensah spoke. Which previous Governor(s) of the state do you admire?", "Governor"),  # any
])
def test_an_office_sought_held_or_named_as_such_is_an_office_row(text, surface):
    assert (surface, "office") in hows(text)


@pytest.mark.parametrize("text, surface", [
    ("The President said on Monday that the budget would pass.", "President"),
    ("Lawmakers met the Governor, who signed the bill.", "Governor"),
    ("The Speaker ruled the motion out of order.", "Speaker"),
    ("As President, I will serve all the people of this country.", "President"),  # the speaker in the office
    ("Supporters began the campaign for the President's re-election on Monday.", "President"),  # his campaign
    ("The memo reached the office of the President on Friday.", "President"),  # a body, not the office as such
    ("The chef served food as the President arrived at the hall.", "President"),  # "as" of time
    ("Kofi Mensah congratulated the newly elected President on Monday.", "President"),  # a modifier
])
def test_an_office_standing_for_its_holder_stays_a_person(text, surface):
    assert (surface, "role") in hows(text)


def test_office_rows_count_nowhere_and_take_no_tone():
    text = "Kwame Asante ran for Governor of Ashanti in 2018. The Governor later praised his rival warmly."
    rows = analyze_article("a1", text, ["actors"], {"actors": WITHOUT_PUBLIC_FIGURES})["mentions"]
    offices = [index for index, how in enumerate(rows["how"]) if how == "office"]
    assert [rows["surface"][index] for index in offices] == ["Governor"]
    assert all(rows["tone"][index] != rows["tone"][index] for index in offices)  # NaN: no tone
    counted = counted_mentions(rows)
    assert list(counted["how"]).count("office") == 0 and "Governor" in list(counted["surface"])  # the one who praised
