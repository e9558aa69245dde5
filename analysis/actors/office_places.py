"""A title that opens a place's name ("King Street", "the Imam Mosque"), a place word that opens an office ("District Judge").

Discovery splits a run of capitalised words at an office ("Foreign Minister
Sergey Lavrov": the office types the name after it), so a street, an airport
or a mosque named after a king, a queen, a prince or an imam lost its first
word, and what was left was typed a person by the office before it ("Fahd
Road" after "King") or dropped ("Street" alone). :func:`office_place_words`
gives the office words of such a run, which discovery then keeps inside the
name, and the place word at its end types it (``place words`` of the
dictionary's cues: "Street", "Road", "Airport", "Mosque", "Base").

The office opens the run (or follows "The") and only name words follow it up
to the place word, which ends the run. A place word that is also a common
surname (``lexicon/surname_place_words.txt``: "Hill", "Park", "Hall", "Bridge")
needs "the" before the office ("the King Fahd Bridge"), since "President Park",
"Senator Mark Hill" and "Judge Tamsin Bridge" are persons; so does a name whose
only word between office and place word is a known first name, when that place
word is a surname after a first name (``lexicon/given_name_place_surnames.txt``:
"Mayor John Street"; "King Fahd Road" stays the road).

The other way round, a place word may open the office after it: "District" of
"Manhattan District Attorney Cyrus Vance" and "U.S. District Judge Amy Berman
Jackson" (``lexicon/office_place_heads.txt``). :func:`without_office_head`
leaves it out of the name before the office, so "Manhattan" is the place and
"U.S." stays the country's alias, not a place "U.S. District".
"""
from __future__ import annotations

from typing import Sequence

from analysis.actors.mention_types import fold_key
from analysis.actors.name_context import NameContext
from analysis.actors.name_runs import name_like
from analysis.text import lexicon

_OFFICE = "office"
_NAME_LABELS = frozenset({"free", "geo"})
_ARTICLES = ("the", "The")


def office_place_words(ctx: NameContext, run: Sequence[int]) -> frozenset[int]:
    """The office words opening ``run`` when the run is a place's name ending with a place word (see the module
    doc); empty otherwise."""
    tokens, labels = ctx.tokens, ctx.labels
    place_word = tokens[run[-1]].text
    if place_word not in ctx.cues.place_words or place_word == "Circuit" or len(run) < 2:
        return frozenset()  # the place word first: most runs end with none
    position = 1 if tokens[run[0]].text == "The" and len(run) > 2 else 0
    end = position
    while end < len(run) - 1 and labels[run[end]] == _OFFICE:
        end += 1
    if end == position:
        return _office_before_place_word(ctx, run[position:])
    if any(labels[i] not in _NAME_LABELS or not name_like(tokens[i]) for i in run[end:]):
        return frozenset()
    if not _article_before(ctx, run[position]) and _person_shaped(ctx, run[end:]):
        return frozenset()
    return frozenset(run[position:end])


def _office_before_place_word(ctx: NameContext, run: Sequence[int]) -> frozenset[int]:
    """The office words right before the place word ending ``run`` when only name words precede them: "Executive"
    of "Henderson Executive Airport" names the airport's kind, no office before a person; empty when the place word
    is also a surname ("South Korea President Park" is a person)."""
    tokens, labels = ctx.tokens, ctx.labels
    start = len(run) - 1
    while start > 0 and labels[run[start - 1]] == _OFFICE:
        start -= 1
    if start == 0 or start == len(run) - 1 or tokens[run[-1]].text in _SURNAME_PLACE_WORDS:
        return frozenset()
    if any(labels[i] not in _NAME_LABELS or not name_like(tokens[i]) for i in run[:start]):
        return frozenset()
    return frozenset(run[start:-1])


def _article_before(ctx: NameContext, index: int) -> bool:
    """Whether "the" stands right before the word at ``index`` ("the King Fahd Bridge")."""
    return index > 0 and ctx.tokens[index - 1].text in _ARTICLES and ctx.tokens[index].gap == " "


def _person_shaped(ctx: NameContext, words: Sequence[int]) -> bool:
    """Whether the words after the office could be a person's name: a surname that is also a place word
    ("President Park", "Senator Mark Hill"), or a first name and a place word that is a surname after one ("Mayor
    John Street"; not "King Fahd Road": ``lexicon/given_name_place_surnames.txt``)."""
    tokens = ctx.tokens
    if tokens[words[-1]].text in _SURNAME_PLACE_WORDS:
        return True
    return len(words) == 2 and tokens[words[-1]].text in _GIVEN_NAME_SURNAMES \
        and fold_key(tokens[words[0]].text) in ctx.cues.given_names


def without_office_head(ctx: NameContext, segment: list[int]) -> list[int]:
    """``segment`` without its last word when that place word and the office word right after it make an office
    (``lexicon/office_place_heads.txt``): "U.S. District" of "U.S. District Judge Amy Berman Jackson", "Manhattan
    District" of "Manhattan District Attorney Cyrus Vance" name the office's court or district, not a place
    called so; what is left ("Manhattan") is typed as it would be alone."""
    if len(segment) < 2:
        return segment
    last = segment[-1]
    if ctx.tokens[last].text not in _OFFICE_PLACE_WORDS:
        return segment  # the word first: most names end with none
    following = last + 1
    if following < len(ctx.tokens) and ctx.labels[following] == _OFFICE and ctx.tokens[following].gap == " " \
            and f"{ctx.tokens[last].text} {ctx.tokens[following].text}" in lexicon.words("office_place_heads"):
        return segment[:-1]
    return segment


_SURNAME_PLACE_WORDS = lexicon.words("surname_place_words")
_GIVEN_NAME_SURNAMES = _SURNAME_PLACE_WORDS | lexicon.words("given_name_place_surnames")
_OFFICE_PLACE_WORDS = frozenset(phrase.split()[0] for phrase in lexicon.words("office_place_heads"))
