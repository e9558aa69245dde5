"""Typing a discovered name as a place from the phrase that leads to it: a journey, a distance, a place's part.

:func:`analysis.actors.context_cues.place_context` asks this rule when no
locative preposition ("in", "near") stands right before a name. Three phrases
make the name after them a place (the name must still end there, as after
"in"):

* a journey or a stay: a word of going or staying (``lexicon/motion_words.txt``:
  "fled", "flights", "returned", "arrived", "based"), optionally a direction
  word (``lexicon/direction_words.txt``: "back", "south"), then "to", "from",
  "into", "towards", "via", "through" or "at": "fled to Irpin", "flew back
  from Davos", "arrived at Heathrow"; the word may open the sentence or line,
  capitalised ("Flights to Kalibo were cancelled", "Ferry from Marstal"), or with a companion between ("travelled
  with Bonosus to Gaul", "fled with her sons to Kenya"). Not "a letter to Chevalier" nor
  "reprimands from Pachomius": only words of movement and staying count;
* a distance: a number and a unit (``lexicon/distance_units.txt``), optionally
  a direction word, then "from", "of" or "to": "30 km from Kharkiv", "15 miles
  north of Tongatapu";
* an of-phrase whose noun belongs to a place (``lexicon/place_of_nouns.txt``:
  "the outskirts of", "residents of", "the mayor of", "north of", "the siege of", "the Battle of"; a peer's title
  names its territory so: "the 2nd Earl of Clare");
* a plural noun of places (``lexicon/place_list_nouns.txt``), right before the name or before "like", "such as"
  or "including": "the villages Brin and Djibonker", "towns such as Bucha", "cities like Kharkiv" (cue "place
  list:"). Not a singular noun ("the city Council"), nor a noun of other things ("companies like Apple").

An article ("to the Chathams") may stand before the name.
"""
from __future__ import annotations

import re

from analysis.text import lexicon

_WINDOW = 60
# The prepositions each pattern ends with (maybe then "the"): a pattern is tried only after one of its own.
_PATH_PREPOSITIONS = lexicon.ordered_words("path_prepositions")
_DISTANCE_PREPOSITIONS = lexicon.ordered_words("distance_prepositions")  # "away from": any spaces between its words
_PATH = re.compile(
    r"(?:(?:^|[^\w-])(?P<word>[a-z]+)\s+)?(?P<last>[a-z-]+)\s+(?:%s)"
    r"\s+(?:the\s+)?$" % "|".join(map(re.escape, _PATH_PREPOSITIONS)))
# The same, a companion between the word of going and the preposition: "travelled with Bonosus to Gaul", "fled with
# her two sons to Kenya" (one to four words after "with").
_COMPANION_PATH = re.compile(
    r"(?:^|[^\w-])(?P<last>[a-z-]+)\s+with\s+(?:[\w'’.-]+\s+){1,4}(?:%s)"
    r"\s+(?:the\s+)?$" % "|".join(map(re.escape, _PATH_PREPOSITIONS)))
# The same, the word of going opening its sentence or line: "Flights to Kalibo were cancelled", "Ferry from Marstal".
_OPENING_PATH = re.compile(
    r"(?:^|[\n.!?:]\s*)(?P<last>[A-Z][a-z-]+)\s+(?:%s)\s+(?:the\s+)?$" % "|".join(map(re.escape, _PATH_PREPOSITIONS)))
_DISTANCE = re.compile(
    r"(?<![\d.,])\d[\d.,]*\s*(?P<unit>[a-z]+)(?:\s+(?P<direction>[a-z-]+))?\s+(?:%s)\s+(?:the\s+)?$"
    % "|".join(r"\s+".join(map(re.escape, entry.split())) for entry in _DISTANCE_PREPOSITIONS))
_OF = re.compile(r"(?:^|[^\w-])(?P<noun>[A-Za-z-]+)\s+of\s+(?:the\s+)?$")
_PATH_WORDS = frozenset(_PATH_PREPOSITIONS)
_DISTANCE_WORDS = frozenset(entry.split()[-1] for entry in _DISTANCE_PREPOSITIONS)
_LAST_WORDS = _PATH_WORDS | _DISTANCE_WORDS
_MOTION_WORDS = lexicon.words("motion_words")
_DISTANCE_UNITS = lexicon.words("distance_units")
_PLACE_OF_NOUNS = lexicon.words("place_of_nouns")
_DIRECTIONS = lexicon.words("direction_words")
_LIST_NOUNS = lexicon.words("place_list_nouns")
_EXAMPLE_WORDS = frozenset(("like", "as", "including"))  # "cities like", "towns such as", "islands including"
_LIST = re.compile(r"(?:^|[^\w-])(?P<noun>[a-z]+)\s+(?:like\s+|such\s+as\s+|including\s+)?$")
PLACE_LIST_CUE = "place list:"


def phrase_place(view: str, start: int) -> str:
    """Why the name starting at ``start`` of ``view`` is a place ("motion: fled to", "distance: 30 km from",
    "of-phrase: outskirts of"), or "" when no such phrase leads to it."""
    last_words = view[max(0, start - 16):start].split()[-2:]  # every phrase ends with its preposition, maybe then "the"
    preposition = (last_words[-1] if last_words[-1] != "the" else last_words[0]) if last_words else ""
    if preposition not in _LAST_WORDS:
        if preposition in _LIST_NOUNS or preposition in _EXAMPLE_WORDS:
            return _place_list(view, start)
        return ""  # most names follow no such preposition: the patterns below need not be tried
    before = view[max(0, start - _WINDOW):start]
    path = _PATH.search(before) if preposition in _PATH_WORDS else None
    if path is not None and (path.group("last") in _MOTION_WORDS
                             or path.group("last") in _DIRECTIONS and path.group("word") in _MOTION_WORDS):
        phrase = path.group(0) if path.group("last") in _DIRECTIONS else path.group(0)[path.start("last") - path.start():]
        return f"motion: {_phrase(phrase)}"
    companion = _COMPANION_PATH.search(before) if preposition in _PATH_WORDS and " with " in before else None
    if companion is not None and companion.group("last") in _MOTION_WORDS:
        return f"motion: {_phrase(companion.group(0)[companion.start('last') - companion.start():])}"
    opening = _OPENING_PATH.search(before) if preposition in _PATH_WORDS else None
    if opening is not None and opening.group("last").lower() in _MOTION_WORDS:
        return f"motion: {_phrase(opening.group(0)[opening.start('last') - opening.start():])}"
    distance = _DISTANCE.search(before) if preposition in _DISTANCE_WORDS else None
    if distance is not None and distance.group("unit") in _DISTANCE_UNITS and _direction(distance.group("direction")):
        return f"distance: {_phrase(distance.group(0))}"
    of = _OF.search(before) if preposition == "of" else None
    if of is not None and of.group("noun").lower() in _PLACE_OF_NOUNS:  # "the mayor of", "the Battle of"
        return f"of-phrase: {_phrase(of.group(0))}"
    return ""


def _place_list(view: str, start: int) -> str:
    """"place list: villages" when a plural noun of places stands right before the name, maybe then "like", "such
    as" or "including" ("the villages Brin", "cities like Kharkiv"); else ""."""
    found = _LIST.search(view, max(0, start - 40), start)
    return f"{PLACE_LIST_CUE} {_phrase(found.group(0))}" if found is not None and found.group("noun") in _LIST_NOUNS else ""


def _direction(word: str | None) -> bool:
    """No word between, or a direction word ("back", "south")."""
    return word is None or word in _DIRECTIONS


def _phrase(matched: str) -> str:
    return " ".join(matched.split()).lstrip("([,;:\"'")
