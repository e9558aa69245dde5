"""A group's short plural stands for its full name in the article: "the Chathams" after "the Chatham Islands"
(:mod:`analysis.actors.place_groups`)."""
from __future__ import annotations

from analysis.actors.mention_types import Candidate
from analysis.actors.place_groups import with_place_groups
from analysis.actors.step import find_mentions

from mention_helpers import WITHOUT_PUBLIC_FIGURES


def ids(text: str) -> dict[str, str]:
    """Surface -> actor id of the place mentions found."""
    found = find_mentions(text, dictionary=WITHOUT_PUBLIC_FIGURES)
    found = found[found["actor_type"] == "place"]
    return dict(zip(found["surface"], found["actor_id"]))


def test_the_short_plural_of_an_island_group_is_the_group():
    text = ("Ferries sail daily to the Varnell Islands in summer. "
            "Life in the Varnells is slow, residents say.")
    found = ids(text)
    assert found["Varnells"] == found["Varnell Islands"] == "place:varnell-islands"


def test_a_plural_given_without_the_full_name_keeps_its_own_id():
    text = "Life in the Varnells is slow, residents say."
    assert ids(text).get("Varnells", "place:varnells") == "place:varnells"


def test_the_group_words_ending_with_s_are_their_own_plural():
    full = Candidate(0, 16, "Marquesas Islands", ("Marquesas", "Islands"), "place", "test", False,
                     actor_id="place:marquesas-islands", actor="Marquesas Islands")
    short = Candidate(40, 49, "Marquesas", ("Marquesas",), "place", "test", False,
                      actor_id="place:marquesas", actor="Marquesas")
    assert [c.actor_id for c in with_place_groups([full, short])] == ["place:marquesas-islands"] * 2
