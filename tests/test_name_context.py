"""The first test of the patterns that read the words right before a name (analysis/actors/name_context.py):
``ends_before`` must never say no where such a pattern matches, so the rules type names as without it."""
from __future__ import annotations

import re

import pytest

from analysis.actors.name_context import LOWER_LETTERS, ends_before, last_chunk_start
from analysis.actors.step import find_mentions

# The windows and patterns the typing rules read before a name, with the endings their first test asks for.
_PATTERNS = [
    (30, re.compile(r"\b([a-z]+)\s+$"), LOWER_LETTERS),
    (40, re.compile(r"\b([a-z-]+)\s+at\s+(?:the\s+)?$"), ("at", "the")),
    (12, re.compile(r"\b(?:in|at|from|near|across|throughout)\s+$"), ("in", "at", "from", "near", "across", "throughout")),
    (10, re.compile(r"(?:^|[^\w-])(?:in|In|near|Near|outside|around)\s+$"), ("in", "In", "near", "Near", "outside", "around")),
    (12, re.compile(r"[A-Za-z.]\s+(?:v\.|versus)\s+$"), ("v.", "versus")),
]
_TEXTS = [
    "an economist at the Berenberg", "economist at  Berenberg", "He was in\u00a0Paris", "check-in Paris",
    "Wade v. Jacobs", "Green versus United", "said Okafor", "Russia's Putin", "X" + " " * 35 + "Name",
    "within" + " " * 9 + "Paris", "(Name", "the minister, Name", "Mr. Name", "in\nName", "", "at\tName",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_the_first_test_never_rules_out_a_match(text):
    for start in range(len(text) + 1):
        for width, pattern, endings in _PATTERNS:
            if pattern.search(text[max(0, start - width):start]):
                assert ends_before(text, start, width, endings), (text, start, pattern.pattern)


def test_the_first_test_rules_out_text_that_cannot_match():
    assert not ends_before("said, Okafor", 6, 30, LOWER_LETTERS)  # a comma before the name
    assert not ends_before("the Okafor", 4, 30, ("at",))
    assert not ends_before("in", 2, 10, ("in",))  # no space before the name


def test_rules_reading_the_word_before_still_type_names():
    mentions = find_mentions("Economist Jane Roe, an analyst at Berenberg, said the talks failed. "
                             "The newspaper Clarin reported it, said Okafor.")
    kinds = dict(zip(mentions["surface"], mentions["actor_type"]))
    assert kinds.get("Berenberg") == "organization" and kinds.get("Clarin") == "media", kinds
    assert kinds.get("Okafor") == "person", kinds


@pytest.mark.parametrize("text", _TEXTS + ["the charity, Homes First", "x1abc  Name", "a-b c\tName", "   Name"])
def test_a_search_from_the_last_chunk_finds_what_the_whole_window_finds(text):
    word, noun = re.compile(r"\b([a-z]+)\s+$"), re.compile(r"\b([a-z]+)(,?)\s+$")
    for start in range(len(text) + 1):
        window = text[max(0, start - 30):start]
        for pattern in (word, noun):
            whole, last = pattern.search(window), pattern.search(window, last_chunk_start(window.rstrip()))
            assert (whole and (whole.span(), whole.groups())) == (last and (last.span(), last.groups())), (text, start)


def test_noun_sets_are_those_of_each_dictionary():
    """The organisation, body and common noun sets are kept per dictionary's cues: a second dictionary with other
    nouns gets its own sets, not the first one's."""
    from analysis.actors.mention_types import Cues
    from analysis.actors.name_context import NameContext

    def context(cues: Cues) -> NameContext:
        return NameContext("", "", [], cues, [], [], [], [], frozenset(), None)

    shipped = Cues.from_lists({"organization_nouns": ["firm", "government"], "role_nouns": ["coach"]})
    user = Cues.from_lists({"organization_nouns": ["guild"], "media_nouns": ["gazette"], "role_nouns": ["bard"]})
    for cues, noun, role in ((shipped, "firm", "coach"), (user, "guild", "bard"), (shipped, "firm", "coach")):
        ctx = context(cues)
        assert ctx.organization_nouns == cues.organization_nouns - {"government", "administration"}
        assert noun in ctx.body_nouns and "government" not in ctx.body_nouns
        assert ctx.common_nouns == cues.role_nouns | cues.organization_nouns and role in ctx.common_nouns
    assert "gazette" in context(user).body_nouns and "gazette" not in context(shipped).body_nouns
