"""A party's adjective is a mention of the party ("the Democratic nomination"), never a body's name before a
country's bare body ("the Republican Senate Majority Leader"); a surname typed only by its neighbour in a list
is the person named in full before (:mod:`analysis.actors.linking`). Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions
from analysis.text.document import Document


def _rows(text: str) -> dict[str, set[str]]:
    mentions = find_mentions(Document(text, doc_id="a1"))
    rows: dict[str, set[str]] = {}
    for surface, actor_id in zip(mentions["surface"], mentions["actor_id"]):
        rows.setdefault(surface, set()).add(actor_id)
    return rows


def test_a_democratic_adjective_is_the_party():
    rows = _rows("Jane Porter is a leading candidate for the Democratic nomination in Ohio. Democratic committee "
                 "chairman Tom Reyes of Texas said the vote would be held on Monday.")
    assert rows["Democratic"] == {"organization:democratic-party"}


def test_a_longer_party_name_keeps_its_own_id():
    rows = _rows("The Social Democratic Party won the vote in Sweden on Sunday.")
    assert "Democratic" not in rows


def test_a_party_word_before_a_bare_body_is_no_body_name():
    rows = _rows("Tom Reyes, the Republican Senate Majority Leader, said on Monday in Ohio that the Senate would "
                 "vote after the Texas primary.")
    assert rows["Republican"] == {"organization:republican-party"}
    assert rows["Senate"] == {"organization:us-senate"}
    assert not any(surface.startswith("Republican Senate") for surface in rows)


def test_a_party_word_opening_a_longer_name_stays():
    rows = _rows("The Republican Study Committee met in Washington on Tuesday to discuss the budget.")
    assert "Republican Study Committee" in rows


def test_a_surname_typed_by_its_list_neighbour_is_the_person():
    rows = _rows("Foundation director Christina Tobin moderated the debate in Denver on Monday. Questions came "
                 "from Richard Winger of Ballot Access News, and Tobin.")
    assert rows["Tobin"] == {"person:christina-tobin"}


def test_a_list_neighbour_with_no_person_of_that_name_keeps_its_type():
    rows = _rows("Questions came from Richard Winger of Ballot Access News, and Tobin. The panel met in Denver.")
    assert rows["Tobin"] == {"media:tobin"}
