"""Titles of creative works are no actors (:mod:`analysis.actors.work_titles`). Made-up news sentences."""
from __future__ import annotations

import pytest

from mention_helpers import mention_types as typed


@pytest.mark.parametrize("text, title", [
    ("She starred in the thriller Harbour of Shadows in 2012.", "Harbour of Shadows"),
    ("He appeared in the films Marlow Junction and House of Glass.", "House of Glass"),
    ("The reality show Coldwater House was cancelled after one season.", "Coldwater House"),
])
def test_a_name_after_a_noun_of_works_is_a_title(text, title):
    assert not any(title in surface or surface in title for surface in typed(text))


def test_the_title_is_no_actor_elsewhere_in_the_text():
    found = typed("He appeared in the film House of Glass. Critics praised his role in House of Glass as Wade.")
    assert "House of Glass" not in found


def test_a_person_after_a_noun_of_works_stays():
    assert typed("The film Anna Lindqvist directed won a prize.").get("Anna Lindqvist") == "person"


@pytest.mark.parametrize("text, maker", [
    ("The book Penguin Random House published sold well.", "Penguin Random House"),
    ("The drama Zenith Studios produced won two awards.", "Zenith Studios"),
])
def test_a_name_a_past_verb_follows_made_the_work_and_stays(text, maker):
    assert maker in typed(text)


def test_a_name_with_a_year_in_brackets_is_a_title():
    found = typed("Her roles include Harbour Point (2005), Marlow Junction (2010) and a stage play.")
    assert "Harbour Point" not in found and "Marlow Junction" not in found


def test_a_place_an_event_dates_stays():
    assert typed("The accident at Kessler Island (1979) shaped the debate.").get("Kessler Island") == "place"


def test_a_long_run_of_capitals_after_a_plural_noun_of_works_is_read_whole_not_split_every_way():
    """Each split of "NASAFBICIA..." into title words was tried before the search failed (2^n steps: 40 capitals would
    take days). Run in a child process with a generous bound, a guard against a hang, not a speed figure."""
    import subprocess
    import sys

    code = ("from analysis.actors.work_titles import _WORKS_LISTED as p; "
            "assert p.search('the films ' + 'ABCDEFGHIJ' * 4 + ' x') is None; "
            "assert p.search('the films ' + 'NASA FBI CIA NATO OPEC ASEAN UN EU UK US EFTA IMF ' * 2 + 'x') is None")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_the_adjective_novel_makes_no_title():
    assert typed("Researchers tested a novel Harwick Institute vaccine in mice.").get("Harwick Institute") == "organization"
