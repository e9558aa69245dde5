"""Titles of creative works are no actors: "the films House of Wax and Match Point", "the thriller Flight of the Phoenix".

A work's title is written like a name and often ends with a head word of a body or a place ("House", "Point",
"Junction"), so discovery types it an organisation or a place. A lower-case noun of a work right before the name
(``lexicon/work_nouns.txt``: "film", "novel", "album", singular or plural) says it is a title; so is a name coordinated
with such a title or listed after the plural noun ("the films X and Y", "the films New York Minute and House of
Wax", where the first title holds a dictionary place). So is a name only a place's head word types with a year
alone in brackets after it ("Match Point (2005), Cemetery Junction (2010)"), unless "in" or "at" stands before it
("at Three Mile Island (1979)": an event's place and date). :func:`without_work_titles` leaves those names untyped
(no mention). A name typed a person stays: "the film Spielberg directed" names the director, and a person named in a
title is rarer than that. Nor is a name a past verb follows ("the book Penguin Random House published", "the series
Netflix ordered"): it made the work.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from analysis.actors.mention_types import Candidate
from analysis.actors.name_cues import located
from analysis.text import lexicon

_WORK_NOUNS = lexicon.alternation("work_nouns")
_IRREGULAR_PAST = lexicon.words("irregular_past_verbs")
_WORK_BEFORE = re.compile(rf"\b(?:{_WORK_NOUNS})s?\s+(?:The\s+|An?\s+)?[\"“‘']?\Z")
# A plural noun of works, then titles listed before the name: "the films New York Minute and ", "albums X, Y and ".
# Each title word is read whole (no capital may follow it) and each gap one way, so that a failed search of a long run
# of capitals ("the films NASA FBI CIA ...") does not try every split of it: linear, not exponential, backtracking.
_WORKS_LISTED = re.compile(
    rf"\b(?:{_WORK_NOUNS})s\s+(?:(?:[A-Z][\w'’.-]*(?![A-Z])|of|the|and|&|\(\d{{4}}\))\s*(?:,\s*)?)+"
    r"(?:,|\band|\bor)\s+(?:The\s+|An?\s+)?\Z")
# What the text right before a name must end with, past its trailing spaces, for the patterns above to match there
# (their cheap first test, as :func:`~analysis.actors.name_context.ends_before` is for others): a work noun or its
# plural, or the article after it; a list's comma or conjunction, or the article after it (read in the shorter
# window: the ending is one of its last three characters unless it holds fewer).
_ARTICLE_ENDINGS = ("The", "A", "An")
_WORK_ENDINGS = tuple(sorted({ending for entry in lexicon.ordered_words("work_nouns")
                              for ending in (entry.split()[-1], entry.split()[-1] + "s")})) + _ARTICLE_ENDINGS
_LISTED_ENDINGS = (",", "and", "or") + _ARTICLE_ENDINGS
_QUOTE_ENDINGS = ('"', "“", "‘", "'")  # a title's opening quotation mark, which :data:`_WORK_BEFORE` reads too
_YEAR_AFTER = re.compile(r"\s*\((?:1[89]|20)\d\d\)")
_PLACE_WORD_CUE = "place word: "  # the cue of a name a place's head word types ("Cemetery Junction")
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+\Z")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_WIDTH = 24  # enough for the longest noun, its plural, an article and a quotation mark
_LIST_WIDTH = 80  # a list of two or three short titles


def without_work_titles(view: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """``candidates`` (in text order) with each name that is a work's title (module doc) left untyped, and so every
    other name of the text with the same words ("in House of Wax as Wade" after "the films ... House of Wax")."""
    titles: set[tuple[str, ...]] = set()
    previous_end = -1  # the end of the last title seen
    for candidate in candidates:
        start = candidate.start
        if _makes_the_work(view, candidate.end):
            continue  # "the book Penguin Random House published": the name made the work, it is no title
        window = view[max(0, start - _WIDTH):start]
        stripped = window.rstrip()
        spaced = stripped != window
        if (window.endswith(_QUOTE_ENDINGS) or spaced and stripped.endswith(_WORK_ENDINGS)) \
                and _WORK_BEFORE.search(view, max(0, start - _WIDTH), start) is not None \
                or (previous_end >= 0 and _LIST_GAP.fullmatch(view, previous_end, start) is not None) \
                or spaced and (stripped.endswith(_LISTED_ENDINGS) or len(stripped) < 3) \
                and _WORKS_LISTED.search(view, max(0, start - _LIST_WIDTH), start) is not None \
                or _dated_work(view, candidate):
            previous_end = candidate.end
            titles.add(candidate.words)
    if not titles:
        return list(candidates)  # most texts name no work so
    return [replace(candidate, type=None, cue="") if candidate.words in titles and candidate.type not in (None, "person")
            else candidate for candidate in candidates]


def _dated_work(view: str, candidate: Candidate) -> bool:
    """Whether a year alone in brackets follows a name that only a place's head word types ("Match Point (2005)",
    "Cemetery Junction (2010)"): a work's year, as lists of films and books give it. Not a town ("Sochi (2014)"), a
    body ("the World Bank (2019)", a source cited) or a name after "in" or "at" ("the accident at Three Mile Island
    (1979)"): a place an event dates."""
    return candidate.cue.startswith(_PLACE_WORD_CUE) and _YEAR_AFTER.match(view, candidate.end) is not None \
        and not located(view, candidate.start)


def _makes_the_work(view: str, end: int) -> bool:
    """Whether a verb in the past follows the name ending at ``end`` ("the film Universal Pictures released", "the
    series Netflix ordered"): the name is the subject of a relative clause about the work, its maker, not its title."""
    following = _NEXT_WORD.match(view, end)
    if following is None:
        return False
    word = following.group(1)
    return word.endswith("ed") or word in _IRREGULAR_PAST
