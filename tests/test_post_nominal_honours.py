"""Honours and fellowships written after a name ("FRS", "RA", "KCMG") are no part of it
(``lexicon/post_nominal_letters.txt``, trimmed by :mod:`analysis.actors.discovery`)."""
from __future__ import annotations

import pytest

from analysis.actors.step import find_mentions

from mention_helpers import WITHOUT_PUBLIC_FIGURES


def people(text: str) -> list[tuple[str, str]]:
    """(surface, actor id) of the person mentions found."""
    mentions = find_mentions(text, dictionary=WITHOUT_PUBLIC_FIGURES)
    rows = mentions[mentions["actor_type"] == "person"]
    return list(zip(rows["surface"], rows["actor_id"]))


@pytest.mark.parametrize("text, name", [
    ("Professor Ama Owusu FRS will give the lecture.", "Ama Owusu"),
    ("The painter Kofi Mensah RA opened the show on Friday.", "Kofi Mensah"),
    ("The envoy Jane Hollis KCMG retired in May.", "Jane Hollis"),
    ("Dame Ama Owusu DBE RA designed the station.", "Ama Owusu"),
])
def test_honours_after_a_name_are_trimmed(text, name):
    assert [surface for surface, _ in people(text)] == [name]


def test_the_name_with_honours_is_the_same_actor_as_the_name_alone():
    found = people("The architect Ama Owusu DBE RA died on Thursday. Ama Owusu was 65.")
    assert {actor for _, actor in found} == {"person:ama-owusu"}
