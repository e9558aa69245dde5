"""A title opened by a capital "The" inside a sentence is a media outlet after a verb of telling or a citation:
"told The Kestrel", "according to The Ledger Line", "a writer for The Lantern". Made-up sentences."""
from __future__ import annotations

import pytest

from mention_helpers import mention_types as types


@pytest.mark.parametrize("sentence, outlet", [
    ("The mayor told The Kestrel on Monday that the bridge would close.", "Kestrel"),
    ("The plant will shut in May, according to The Ledger Line.", "Ledger Line"),
    ("Asked about the vote, Okafor said to The Harbor Lantern that he would resign.", "Harbor Lantern"),
    ("In an interview with The Kestrel, the coach said the club was for sale.", "Kestrel"),
    ("The ministry told The Lagos Dispatch it would appeal.", "Lagos Dispatch"),
    ("Before she became a writer for The Lantern, she sold shoes.", "Lantern"),
    ("According to a report by The Ledger Line, the plant will shut in May.", "Ledger Line"),
    ("The closure was first reported in The Kestrel last week.", "Kestrel"),
])
def test_a_title_after_telling_or_citing_is_an_outlet(sentence, outlet):
    # regression check: these titles stayed untyped (unreported) without the cue
    assert types(sentence)[outlet] == "media"


def test_a_title_after_other_words_is_no_outlet():
    found = types("She starred in The Kestrel in 2004 and toured with The Harbor Lanterns that summer.")
    assert "media" not in {found.get("Kestrel"), found.get("Harbor Lanterns")}


def test_a_head_word_alone_after_a_cue_is_an_outlet():
    # "Hill" alone is a place's head word, which discovery drops; after a citation it is the title of an outlet
    assert types("Tom Okafor posted a report from The Hill about the vote.")["Hill"] == "media"
    assert types("The council, which the newspaper The Hill called reckless, met again.")["Hill"] == "media"
    assert "Hill" not in types("Tom Okafor walked up The Hill about noon.")
