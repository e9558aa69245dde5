"""Roads named by a code: "I-95", "US-75", "the M62 northbound", "off the A496".

:func:`analysis.actors.place_neighbours.numbered_place` asks :func:`road_code` for a one-word segment of
discovery (a spaced code takes its number too); a code it accepts is a place of its own, and the country's
alias inside one ("US" of "US-75", "US 169") is no mention of the country:

* an interstate's, a US or a state route's code written with a hyphen ("I-95", "US-75", "SR-51");
* "US" and a route's number apart ("US 169") only where the text says it is a road (:func:`spaced_road`): a word
  of a road's use before it ("take US 169": ``lexicon/road_words_before.txt``), a direction or a road's word after
  its number ("US 75 South", "US 59 northbound"), or another hyphenated code on its line close by ("I-244, I-44,
  US 169, US 75": a list of roads); elsewhere "US 2, Mexico 0" is a score, "US 25 percent" a share;
* a British road's code ("A64", "M1", "A1M") after "the", when a word of a road's use stands before "the"
  ("take the M1", "off the A496", "along the A19": ``lexicon/road_words_before.txt``) or a word of a road's
  direction or kind follows the code ("the M18 eastbound", "the A30 road": ``lexicon/road_words_after.txt``),
  also where "the" follows a comma or opens the sentence (", the A1M northbound", "The M62 westbound was shut").
  "the A380" alone is an airliner, "the M16" a rifle, "the M2 money supply" a sum. Once the article names one such
  road so, any British code after "the" is a road too (:func:`_article_names_roads`: "Take the M1 north. The A59
  and the M62 link York with Liverpool"): a piece on roads names the others bare.

A hyphenated code before its direction capitalised ("US-75 South", "I-95 North":
``lexicon/direction_words.txt``) is the road alone (:func:`directed_road`), not a name of two words that
nothing types, which left the country's alias "US" inside it as the United States.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from analysis.actors.name_context import NameContext
from analysis.text import lexicon

_HYPHENATED = re.compile(r"^(?:I|US|SR)-\d{1,3}[A-Z]?$")  # "I-95", "US-412", "SR-51"
_BRITISH = re.compile(r"^[AM]\d{1,4}M?$")  # "A64", "M1", "A1M", "A1237"
_ROAD_BEFORE = re.compile(r"(?:^|\W)([A-Za-z]+)[ \t]+the[ \t]+$")
_THE_BEFORE = re.compile(r"(?:^|[^\w \t])[ \t]*[Tt]he[ \t]+$")  # "the" after punctuation or opening its sentence
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)")
_DIRECTIONS = lexicon.words("direction_words")  # "north", "south": after a road's code, capitalised, its direction
_ROUTE_NUMBER = re.compile(r"^\d{1,3}$")  # "169" of "US 169"
_WORD_BEFORE = re.compile(r"(?:^|\W)([A-Za-z]+)[ \t]+$")
_NAME_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")  # "north" or "North" after a route's number
_CODE_ON_LINE = re.compile(r"\b(?:I|US|SR)-\d{1,3}[A-Z]?\b")  # another road's hyphenated code
_NEARBY = 100  # characters either side of a spaced code where another road's code makes it a road too
_BRITISH_CODE = r"[AM]\d{1,4}M?\b"
# A British code the text itself makes a road: a word of a road's use before "the" and the code ("take the M1"), or
# a direction or a road's kind after it ("the M18 eastbound"); the case of the words as in the tests of road_code.
_NAMED_ROAD = re.compile(
    rf"(?:^|\W)(?i:{lexicon.alternation('road_words_before')})[ \t]+the[ \t]+{_BRITISH_CODE}"
    rf"|(?:^|\W)[Tt]he[ \t]+{_BRITISH_CODE}[ \t]+(?:{lexicon.alternation('road_words_after')})\b")


def hyphenated_road(word: str) -> bool:
    """Whether ``word`` is a road's code with a hyphen ("US-75", "I-95"): discovery keeps such a word even where
    the dictionary matched a country's alias in it."""
    return "-" in word and _HYPHENATED.match(word) is not None  # the hyphen first: most words have none


def spaced_road(ctx: NameContext, index: int) -> bool:
    """Whether the token at ``index`` is the "US" of a US route's code written with a space ("US 169") that the text
    makes a road (see the module doc): discovery keeps such a word although the dictionary matched the country's
    alias in it."""
    tokens = ctx.tokens
    if tokens[index].text != "US" or index + 1 >= len(tokens):
        return False  # the word first: nearly every word is no "US"
    number = tokens[index + 1]
    if number.gap != " " or not _ROUTE_NUMBER.match(number.text):
        return False
    start = tokens[index].start
    before = _WORD_BEFORE.search(ctx.view, max(0, start - 20), start)
    if before is not None and before.group(1).lower() in lexicon.words("road_words_before"):
        return True  # "take US 169", "off US 75"
    following = _NAME_AFTER.match(ctx.view, number.end, number.end + 20)
    word = following.group(1).lower() if following is not None else ""
    if word in _DIRECTIONS or word in lexicon.words("road_words_after"):
        return True  # "US 169 north", "US 75 northbound"
    for other in _CODE_ON_LINE.finditer(ctx.view, max(0, start - _NEARBY), number.end + _NEARBY):
        if "\n" not in ctx.view[min(other.end(), start):max(other.start(), number.end)]:
            return True  # "I-44, US 169": a list of roads
    return False


def directed_road(ctx: NameContext, segment: Sequence[int]) -> bool:
    """Whether a two-word segment is a hyphenated road's code and its direction ("US-75 South")."""
    code, direction = (ctx.tokens[index].text for index in segment)
    return hyphenated_road(code) and direction[:1].isupper() and direction.lower() in _DIRECTIONS


def road_code(ctx: NameContext, index: int) -> tuple[list[int], str] | None:
    """The segment (token indices) and cue of a road's code at token ``index``, or None (see the module doc)."""
    token = ctx.tokens[index]
    text = token.text
    if hyphenated_road(text):
        return [index], f"road code: {text}"
    if spaced_road(ctx, index):
        return [index, index + 1], f"road code: {text} {ctx.tokens[index + 1].text}"
    if text[:1] not in ("A", "M") or not text[1:2].isdigit() or not _BRITISH.match(text):
        return None  # the first two letters: most words open no British road's code
    before = _ROAD_BEFORE.search(ctx.view, max(0, token.start - 20), token.start)
    if before is None and _THE_BEFORE.search(ctx.view, max(0, token.start - 8), token.start) is None:
        return None  # no "the" before the code: "an A380", "M16 rifles"
    if before is not None and before.group(1).lower() in lexicon.words("road_words_before"):
        return [index], f"road code: {before.group(1)} the {text}"
    following = _WORD_AFTER.match(ctx.view, token.end, token.end + 20)
    if following is not None and following.group(1) in lexicon.words("road_words_after"):
        return [index], f"road code: the {text} {following.group(1)}"
    if _article_names_roads(ctx.view):
        return [index], f"road code: the {text}, among the article's roads"
    return None


@lru_cache(maxsize=1)
def _article_names_roads(view: str) -> bool:
    """Whether the article makes some British code a road by its words ("take the M1", "the A64 eastbound"); then a
    bare "the A59" of it is a road as well, not an airliner or a rifle."""
    return _NAMED_ROAD.search(view) is not None
