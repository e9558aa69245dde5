"""Typing a discovered name as a place from the place next to it, its number, or as a compass region.

:mod:`analysis.actors.discovery` asks these rules after every name has had
its own cues (:mod:`analysis.actors.name_cues`, :mod:`analysis.actors.context_cues`),
for the names still untyped:

* a place's region after a comma: "Exeter, Devon.", "born in Braunsberg, East
  Prussia, then part of Poland", "from Coffeyville, Kansas" -- an untyped name
  right after a place (a dictionary country, region or place, or a name
  already typed a place) and a comma, that ends there (punctuation or the end
  of a line follows). The name after the comma is the larger place the first
  lies in, the way news copy writes towns ("Springfield, Illinois");
  ``lexicon/not_places.txt`` words never count, nor a word the text also
  writes in lower case, and a name opening with a first name ("Devon",
  "Victoria") needs a locative word before the first place ("born in Exeter,
  Devon", not a reference list's "London, Jack.");
* a state's abbreviation after a town: "Paramus, NJ", "Bartlesville, Okla.",
  "Weehawken, N.J." -- an untyped name of one to three words followed by a
  comma and a state's or province's abbreviation (``lexicon/state_codes.txt``:
  a postal code, or a word abbreviation with its full stop) is a town, and
  the abbreviation after a place and a comma is a place (the state). A postal
  code must end there as a place's name does (punctuation, a conjunction, a
  preposition, a ZIP code: "Paramus, NJ 07652"; or a lower-case word, the pair then a modifier: "the Paramus, NJ
  retail corridor"), so "Hill, NY Times" is none. A code that is also a word
  or a degree (marked so in ``lexicon/state_codes.txt``: "OK", "PA", "BC") is a state only after a place, and makes
  the name before it a town only after a locative word ("from Bartlesville, OK") or as a dateline's subject
  ("Okmulgee, OK, voted"; not "Fine, OK.", "Jane Doe, MD"). A code after a comma that is typed a place
  takes the state's id and name (``lexicon/state_codes.txt``: "OK" is Oklahoma);
* a place coordinated with a place: "fled to Irpin and Bucha.", "in Svendborg
  or Faaborg, or ..." -- an untyped name right after a place and "and", "or"
  or "&", when a locative word stands before that place ("in", "to", "from",
  ...) or the sentence typed it ("fled to": :mod:`analysis.actors.place_phrases`),
  and punctuation, the end of a line, a verb of being or having ("are", "was") or "and" and a lower-case
  word ("to Tempe & Mesa and to Midtown") follows the name; so is an untyped name
  after a locative word and before "and", "or" or "&" and a place that ends
  there ("to Venice and Amsterdam."; not a name opening with a first name).
  Never after a person or a body ("in Moran and Pyle": cases), nor a
  ``not_places`` word ("in Psychology and Counseling");
* a route's end: "from Baracoa to Havana", "from Havana to Baracoa" -- an untyped
  name after "from" and before "to" and a place, or after "from", a place and
  "to" (then ending as a place's name does), is a place too: the other end of
  the route names one, as "Smith" in "power passed from Obama to Smith" is not
  (the other end is a person); so is a stop after a place and "via" ("flights from Sanaa via Al Mukalla.",
  "from Doha via Kigali to Goma"), not a medium ("from Kyiv via Zoom": ``not_places``);
* a place named with a number (:func:`numbered_place`, asked by discovery
  first): a lone place word after an ordinal ("10th Street", "42nd Avenue";
  never a court's "9th Circuit"), a word such as "Highway", "Route" or
  "Terminal" before a number ("Highway 51", "Terminal 2"), a road's code ("I-95", "US-75", "the M1
  northbound": :mod:`analysis.actors.road_codes`);
* a compass region: "the South", "the Midwest", "from the Northeast" -- one
  capitalised compass word (``lexicon/compass_regions.txt``) after "the",
  not followed by a capitalised word ("the South China Sea" is a longer name),
  in an article that writes the word only that way: where it also stands
  alone ("US-75 South", "North / South"), linking would make those places too
  (a word alone after a locative is a region there as well: "from Northeast or
  Southwest", "in South and Midwest markets");
  also after "the" and a country's name or demonym ("the American Midwest",
  "the US Southwest"), and a compass word after a modifier of
  ``lexicon/region_modifiers.txt`` with "the" before both ("the Upper Midwest",
  "the Deep South");
* a place named in apposition to a noun of a kind of place: "the provincial capital, Lashkar Gah, fell", "the
  red-light district, the Yoshiwara." -- an untyped name after a lower-case noun of ``lexicon/place_nouns.txt``, a
  comma and maybe "the", that ends there (punctuation or the end of a line follows), and no first name opens;
  not after a phrase opening its sentence when a comma follows the name ("In the capital, Kowalczyk, 45, said":
  the sentence's subject);
* another name of a place: "Myanmar, also known as Burma", "York was known as Eboracum by the Romans", "Mumbai
  (formerly Bombay)", "an Armenian Quarter called Jolfa" -- an untyped name after a place and a phrase of
  ``lexicon/place_alias_phrases.txt`` (after a comma, a bracket, maybe a gloss: "Isfahan (Persian: ..., also known as
  Esfahan)", a verb of being or a space; not after a place led by a preposition and a space alone: "the Mayor of
  Birmingham called Bryn Tirion" may name the noun before), that ends as a place's name does, opens with no first
  name and is a plain name; it takes the place's id, two names of one place being one actor ("other name of:");
* an airport's code after its label in brackets right after a place: "Tulsa International Airport (IATA: TUL)"
  (``lexicon/airport_code_labels.txt``) is the airport, with its id ("airport code of:");
* a place named after another (:func:`modified_place`): a modifier of ``lexicon/region_modifiers.txt`` right
  before a dictionary place or country names a place of its own ("New England", "New Guinea", "Upper
  Manhattan", "Greater London"): not the country or town the words after it name.

The place next to a name is a dictionary match or a name typed a place, also where the article types the same
name a place only elsewhere ("York was known as Eboracum" after "York is an ancient city": linking gives the
repeat its type after these rules, so they read it as a place already).

The cues start the ``cue`` column ("place before: Exeter", "coordinated with:
Irpin", "compass region: the South"); :func:`analysis.actors.context_cues.settle_places` may untype a
"place before:" name, like the other cues read from the sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from analysis.actors.context_cues import not_place_words, place_ends
from analysis.actors.mention_types import PLACE_KINDS, Candidate, Span, actor_id_for, fold_key
from analysis.actors.name_context import NameContext, ends_before
from analysis.actors.road_codes import directed_road, road_code
from analysis.text import lexicon

_PAIR_END = re.compile(r"(?:[ \t]*[,.;:)\]]|[ \t]*$|[ \t]*\n)")
# After a coordinated pair, a verb of being or having, or "and" and a lower-case word, ends the pair as punctuation
# does: "in Tempe and Mesa are ...", "east to Tempe & Mesa and to Midtown" (not a preposition: "Travel Heels in
# Taasinge or Vagabond Tours in Tranekaer" names businesses somewhere).
_CLAUSE_END = re.compile(r"[ \t]+(?:(?:and|or)[ \t]+[a-z]|(?:is|was|are|were|has|have|had)\b)")
_LOCATIVE_BEFORE = re.compile(r"\b(?:%s)[ \t]+$" % "|".join(lexicon.ordered_words("place_pair_locatives")), re.IGNORECASE)
_THE_BEFORE = re.compile(r"(?:^|\W)[Tt]he[ \t]+$")
# A compass word after a locative ("from Northeast or Southwest"), maybe coordinated with one: a region there too.
_LOCATIVE_COMPASS = re.compile(r"\b(?:%s)[ \t]+(?:[A-Z][a-z]+[ \t]+(?:and|or|&)[ \t]+)?$"
                               % "|".join(lexicon.ordered_words("short_form_locatives")), re.IGNORECASE)
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")
_COORDINATION_GAP = re.compile(r"[ \t]+(?:and|or|&)[ \t]+$")
_COMMA_GAP = re.compile(r",[ \t]+$")
_COORDINATOR_ENDINGS = ("and", "or", "&")  # what the text before a name ends with where _COORDINATION_GAP matches
_SENTENCE_PLACE_CUES = ("locative:", "motion:", "distance:", "of-phrase:", "place list:")  # analysis.actors.context_cues
_STATE = re.compile(r",[ \t]+((?:[A-Z]\.)(?:[A-Z][a-z]?\.)+|[A-Z][a-z]{1,4}\.|[A-Z][A-Za-z]{1,2}\b)")
_ZIP_AFTER = re.compile(r"[ \t]+\d{5}\b")
_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")


@dataclass(frozen=True)
class StateCode:
    """One line of ``lexicon/state_codes.txt``: how copy writes a state, the state's id and name, and whether the
    code is also a word ("OK") or a degree ("MD")."""

    code: str
    actor_id: str
    name: str
    also: str = ""  # "", "word" or "degree"


def _state_codes() -> dict[str, StateCode]:
    """Every code of ``lexicon/state_codes.txt`` ("NJ", "Okla.", "OK") -> its :class:`StateCode`."""
    codes = {}
    for line in lexicon.ordered_words("state_codes"):
        code = StateCode(*(part.strip() for part in line.split(" = ")))
        codes[code.code] = code
    return codes


STATE_CODES = _state_codes()
_STATES = frozenset(code for code, state in STATE_CODES.items() if not state.also)
AMBIGUOUS_STATES = frozenset(code for code, state in STATE_CODES.items() if state.also)  # "OK", "PA", "BC"
_DEGREE_STATES = frozenset(code for code, state in STATE_CODES.items() if state.also == "degree")  # "MD", "PA"
_STATE_NAMES = {code.rstrip("."): (state.actor_id, state.name) for code, state in STATE_CODES.items()}  # "N.J" too
_OPENING_QUOTES = ("\"", "“", "'", "‘")
PLACE_BEFORE_CUE = "place before:"
_FROM_BEFORE = re.compile(r"\bfrom[ \t]+$")
_TO_AFTER = re.compile(r"[ \t]+to[ \t]+")
_TO_GAP = re.compile(r"[ \t]+to[ \t]+$")
_VIA_GAP = re.compile(r"[ \t]+via[ \t]+$")
ROUTE_CUE = "route:"
STATE_AFTER_CUE = "state after:"
STATE_OF_CUE = "state of:"
COORDINATED_CUE = "coordinated with:"
COMPASS_CUE = "compass region:"
MODIFIED_PLACE_CUE = "modified place:"
NOUN_APPOSITION_CUE = "apposition to:"
PLACE_ALIAS_CUE = "other name of:"
AIRPORT_CODE_CUE = "airport code of:"
# A noun of a kind of place, a comma and maybe "the" right before a name: "the provincial capital, Lashkar Gah".
_PLACE_NOUN_COMMA = re.compile(rf"\b({lexicon.alternation('place_nouns')}),[ \t]+(?:the[ \t]+)?$")


def type_place_neighbours(ctx: NameContext, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` (in text order) with the untyped names the rules above make places typed "place"."""
    if all(candidate.type is not None for candidate in candidates):
        return _named_states(ctx, candidates)
    typed = list(candidates)
    span_ends = [span.end for span in ctx.spans]  # spans are in text order and never overlap
    regions = lexicon.words("compass_regions")
    compass_words = frozenset(  # compass words the article also writes without "the" before them, not as a place
        c.words for c in candidates
        if len(c.words) == 1 and c.name in regions and not _the_region(ctx, c) and not _country_region(ctx, c)
        and not _LOCATIVE_COMPASS.search(ctx.view, max(0, c.start - 32), c.start))
    placed = _placed_names(candidates)
    for index, candidate in enumerate(candidates):
        if candidate.type is not None:
            continue
        previous = _as_place_anchor(typed[index - 1], placed) if index else None
        following = _as_place_anchor(candidates[index + 1], placed) if index + 1 < len(candidates) else None
        cue = _state_after(ctx, candidate) or _state_of(ctx, candidate, previous, span_ends) \
            or _route_end(ctx, candidate, previous, following, span_ends) \
            or _compass_region(ctx, candidate, compass_words) or _after_place(ctx, candidate, previous, span_ends) \
            or _coordinated_place(ctx, candidate, previous, span_ends) \
            or _coordinated_before_place(ctx, candidate, following) or _place_noun_apposition(ctx, candidate)
        if cue:
            typed[index] = replace(candidate, type="place", cue=cue)
        else:  # another name of the place before it: "Myanmar, also known as Burma", "Tulsa Airport (IATA: TUL)"
            earlier = [_as_place_anchor(name, placed) for name in typed[max(0, index - 3):index]]
            typed[index] = _place_alias(ctx, candidate, earlier, span_ends) \
                or _airport_code(ctx, candidate, earlier, span_ends) or candidate
    # a state's code after a comma and no place ("OK" of "Fine, OK.", "MD" of "Jane Doe, MD") names nothing, even
    # where the article types the same letters a place elsewhere ("a clinic in Towson, MD")
    return _named_states(ctx, [c for c in typed if c.type is not None or not state_code_after_comma(ctx.view, c.start, c.name)])


def _placed_names(candidates: list[Candidate]) -> frozenset[tuple[str, ...]]:
    """The words of every name the article's own cues typed a place ("York" of "York is an ancient city")."""
    return frozenset(candidate.words for candidate in candidates if candidate.type == "place")


def _as_place_anchor(candidate: Candidate, placed: frozenset[tuple[str, ...]]) -> Candidate:
    """``candidate`` as the rules above read the name next to an untyped one: typed a place when still untyped but
    written as a name the article types a place elsewhere ("York was known as Eboracum" after "York is an ancient
    city"; linking gives the repeat the place's type later), else as it is."""
    if candidate.type is None and candidate.words in placed:
        return candidate.evolve(type="place")
    return candidate


def _named_states(ctx: NameContext, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each place right after a comma that is a state's code ("Vinita, OK", "Springfield,
    Ill.") given the state's id and name (Oklahoma, Illinois): the code names the state, as its full name would."""
    named = candidates
    for index, candidate in enumerate(candidates):
        if candidate.type == "place" and ctx.view[candidate.start - 2:candidate.start] == ", ":
            state = _STATE_NAMES.get(candidate.name.rstrip("."))
            if state is not None:
                named = list(candidates) if named is candidates else named
                named[index] = replace(candidate, actor_id=state[0], actor=state[1])
    return named


def state_abbreviation(view: str, at: int, *, ambiguous: bool = False) -> str:
    """The state's abbreviation after a comma at ``at`` ("NJ", "Okla.", "N.J."; with ``ambiguous``, also a code that
    is a word too, "OK", "PA", "BC"), when it ends as a place's name does (a postal code), with its full stop (a
    word abbreviation) or, unambiguous, before a lower-case word (a modifier: "the Paramus, NJ retail corridor");
    else ""."""
    match = _STATE.match(view, at)
    if match is None:
        return ""
    written = match.group(1)
    if written not in _STATES and not (ambiguous and written in AMBIGUOUS_STATES):
        return ""
    if written.endswith(".") or place_ends(view, match.end()) or _ZIP_AFTER.match(view, match.end()):
        return written
    if written in _STATES and _LOWER_AFTER.match(view, match.end()):
        return written  # a town and its state as a modifier: "the Paramus, NJ retail corridor", "a Fresno, CA man"
    return ""


def state_follows(view: str, end: int) -> bool:
    """Whether a comma and a state's code follow ``end`` ("Paramus, NJ ..."), however the phrase goes on."""
    match = _STATE.match(view, end)
    return match is not None and match.group(1) in STATE_CODES


def state_code_after_comma(view: str, start: int, word: str) -> bool:
    """Whether ``word`` at ``start``, a common word alone ("OK", "BC" of ``not_names``), is a state's code right after
    a comma ("Vinita, OK."), so discovery keeps it as a name for :func:`_state_of` to type."""
    return word in STATE_CODES and view[start - 2:start] == ", "


def _state_after(ctx: NameContext, candidate: Candidate) -> str:
    """"state after: NJ" when a name of one to three words, neither in capitals nor a possessor, is followed by a
    comma and a state's abbreviation ("Paramus, NJ"); a code that is also a word or a degree ("OK", "MD") only
    where :func:`_ambiguous_state_lead` allows it; else ""."""
    if ctx.view[candidate.end:candidate.end + 1] != "," or not 1 <= len(candidate.indices) <= 3 \
            or ctx.tokens[candidate.indices[-1]].possessive or candidate.name.isupper():
        return ""
    state = state_abbreviation(ctx.view, candidate.end, ambiguous=True)
    if state in AMBIGUOUS_STATES and not _ambiguous_state_lead(ctx, candidate, state):
        return ""
    return f"{STATE_AFTER_CUE} {state}" if state else ""


def _ambiguous_state_lead(ctx: NameContext, candidate: Candidate, state: str) -> bool:
    """Whether a code that is also a word or a degree ("OK", "MD") may make the name before it a place: a locative
    word stands before the name ("from Bartlesville, OK"), or the name opens its sentence outside a quotation and a
    comma follows the code, as a dateline or a subject in apposition ("Okmulgee, OK, voted"; not "Fine, OK.",
    "with Jones, OK.", "\"Right, OK, ..."), unless the code is also a degree ("Smith, MD, said")."""
    if _LOCATIVE_BEFORE.search(ctx.view, max(0, candidate.start - 16), candidate.start):
        return True
    if state in _DEGREE_STATES:
        return False
    code_end = ctx.view.find(state, candidate.end) + len(state)
    return candidate.initial and ctx.view[candidate.start - 1:candidate.start] not in _OPENING_QUOTES \
        and ctx.view.startswith(",", code_end)


def _state_of(ctx: NameContext, candidate: Candidate, previous: Candidate | None, span_ends: list[int]) -> str:
    """"state of: Paramus" when the name is a state's abbreviation after a place and a comma; else ""."""
    if candidate.start < 2 or ctx.view[candidate.start - 2] != "," or len(candidate.indices) > 2:
        return ""
    place = _place_ending_before(ctx, candidate.start, previous, span_ends)
    if place is None:
        return ""
    state = state_abbreviation(ctx.view, candidate.start - 2, ambiguous=True)
    return f"{STATE_OF_CUE} {place[0]}" if state and state.rstrip(".") == candidate.name.rstrip(".") else ""


def _route_end(ctx: NameContext, candidate: Candidate, previous: Candidate | None, following: Candidate | None,
               span_ends: list[int]) -> str:
    """"route: from X to Havana" when the name starts a route that ends at a place ("from X to Havana"), or ends a
    route that starts at one ("from Havana to X", the name ending as a place's does), or is a stop on one ("from
    Sanaa via X"); else "". The name must be a plain one (:func:`_plain_name`), asked last: few names stand on a
    route."""
    view = ctx.view
    if _FROM_BEFORE.search(view, max(0, candidate.start - 6), candidate.start):
        to = _TO_AFTER.match(view, candidate.end)
        if to is not None:
            other = _place_starting_at(ctx, to.end(), following)
            if other:
                return f"{ROUTE_CUE} from {candidate.name} to {other}" if _plain_name(ctx, candidate) else ""
    via = view.endswith("via ", max(0, candidate.start - 4), candidate.start)
    if not (via or ends_before(view, candidate.start, 6, ("to",))) or not place_ends(view, candidate.end):
        return ""  # most names follow neither "to" (:data:`_TO_GAP`) nor "via": the costlier test need not run
    place = _place_ending_before(ctx, candidate.start, previous, span_ends, gap=_TO_GAP)
    if place is not None and _FROM_BEFORE.search(view, max(0, place[1] - 6), place[1]):
        return f"{ROUTE_CUE} from {place[0]} to {candidate.name}" if _plain_name(ctx, candidate) else ""
    if via:  # the check first: few names follow "via"
        place = _place_ending_before(ctx, candidate.start, previous, span_ends, gap=_VIA_GAP)
        if place is not None and _plain_name(ctx, candidate):
            return f"{ROUTE_CUE} {place[0]} via {candidate.name}"
    return ""


def _place_starting_at(ctx: NameContext, at: int, following: Candidate | None) -> str:
    """The place (a typed name or a dictionary country, region or place) starting at ``at``, or ""."""
    if following is not None and following.start == at:
        return following.name if following.type == "place" else ""
    index = bisect_left(ctx.spans, at, key=lambda span: span.start)  # spans are in text order
    if index < len(ctx.spans) and ctx.spans[index].start == at:
        span = ctx.spans[index]
        if span.kind in PLACE_KINDS and span.how in ("dictionary", "alias"):
            return ctx.text[span.start:span.end]
    return ""


def _compass_region(ctx: NameContext, candidate: Candidate, compass_words: frozenset[tuple[str, ...]]) -> str:
    """"compass region: the South" when the name is one compass word after "the", else "";
    ``compass_words`` are the compass words the article also uses otherwise ("US-75 South"), which linking
    would make places too: those are never typed."""
    if len(candidate.indices) == 2 and _modified_region(ctx, candidate):
        return f"{COMPASS_CUE} the {candidate.name}"  # "the Upper Midwest", "the Deep South"
    if len(candidate.words) != 1 or candidate.name not in lexicon.words("compass_regions") or candidate.words in compass_words:
        return ""
    if _country_region(ctx, candidate):
        return f"{COMPASS_CUE} {ctx.tokens[candidate.indices[0] - 1].text} {candidate.name}"  # "American Midwest"
    if not _the_region(ctx, candidate):
        return ""
    return f"{COMPASS_CUE} the {candidate.name}"


def modified_place(ctx: NameContext, segment: list[int]) -> str:
    """Why ``segment`` names a place of its own ("modified place: New + England"): its first word is a modifier of
    ``lexicon/region_modifiers.txt`` no dictionary match covers and the rest is one dictionary place or country,
    else "" (module docstring)."""
    if len(segment) < 2 or ctx.labels[segment[0]] != "free" \
            or ctx.tokens[segment[0]].text not in lexicon.words("region_modifiers"):
        return ""
    place = ctx.span_of[segment[1]]
    if ctx.labels[segment[1]] != "geo" or any(ctx.span_of[i] is not place for i in segment[2:]):
        return ""
    return f"{MODIFIED_PLACE_CUE} {ctx.tokens[segment[0]].text} + {place.actor}"


def _modified_region(ctx: NameContext, candidate: Candidate) -> bool:
    """Whether the name is a compass word after a word of ``lexicon/region_modifiers.txt`` ("Upper Midwest", "Deep
    South"), "the" before it and no capitalised word after it."""
    if len(candidate.indices) != 2:
        return False
    first, last = (ctx.tokens[i].text for i in candidate.indices)
    return last in lexicon.words("compass_regions") and first in lexicon.words("region_modifiers") \
        and _the_region(ctx, candidate)


def _country_region(ctx: NameContext, candidate: Candidate) -> bool:
    """Whether the compass word follows "the" and a country's name or demonym ("the American Midwest", "the US
    Southwest"): the country's region, as after "the" alone."""
    index = candidate.indices[0]
    if index < 2 or ctx.tokens[index - 2].text not in ("the", "The") or _CAPITAL_AFTER.match(ctx.view, candidate.end):
        return False
    span = ctx.span_of[index - 1]
    return span is not None and span.kind == "country" and span.how in ("demonym", "alias", "dictionary")


def _the_region(ctx: NameContext, candidate: Candidate) -> bool:
    """Whether "the" stands before the name and no capitalised word follows it."""
    return _THE_BEFORE.search(ctx.view, max(0, candidate.start - 6), candidate.start) is not None \
        and _CAPITAL_AFTER.match(ctx.view, candidate.end) is None


def _after_place(ctx: NameContext, candidate: Candidate, previous: Candidate | None, span_ends: list[int]) -> str:
    """"place before: Exeter" when the name follows a place and a comma and ends there, else "". A name
    opening with a first name ("Devon", "Victoria") needs a locative word before the place too: "born in
    Exeter, Devon", not a reference list's "London, Jack."."""
    if not ends_before(ctx.view, candidate.start, 6, (",",)) or not _PAIR_END.match(ctx.view, candidate.end):
        return ""  # the comma first (:data:`_COMMA_GAP`): most names follow none
    place = _place_ending_before(ctx, candidate.start, previous, span_ends)  # before the costlier _plain_name
    if place is None or not _plain_name(ctx, candidate):
        return ""
    name, start = place
    if _opening_phrase(ctx.view, start) and ctx.view[candidate.end:candidate.end + 1] == ",":
        return ""  # "After the match in Madrid, Kowalczyk, visibly tired, left": the sentence's subject
    if fold_key(candidate.words[0]) in ctx.cues.given_names and not _LOCATIVE_BEFORE.search(
            ctx.view, max(0, start - 16), start):
        return ""
    return f"{PLACE_BEFORE_CUE} {name}"


def _place_noun_apposition(ctx: NameContext, candidate: Candidate) -> str:
    """"apposition to: capital" when the name stands in apposition to a noun of a kind of place ("the provincial
    capital, Lashkar Gah, fell") and ends there, else "" (module docstring)."""
    if ctx.view[candidate.start - 2:candidate.start] != ", " and not ctx.view.endswith(", the ", 0, candidate.start):
        return ""  # most names: no comma right before them
    noun = _PLACE_NOUN_COMMA.search(ctx.view, max(0, candidate.start - 30), candidate.start)
    if noun is None or not _PAIR_END.match(ctx.view, candidate.end) or not _plain_name(ctx, candidate) \
            or fold_key(candidate.words[0]) in ctx.cues.given_names:
        return ""
    if _opening_phrase(ctx.view, noun.start()) and ctx.view[candidate.end:candidate.end + 1] == ",":
        return ""  # "In the capital, Kowalczyk, 45, said": the sentence's subject
    return f"{NOUN_APPOSITION_CUE} {noun.group(1)}"


# What stands between a place and another name of it: a comma, a bracket (maybe a gloss and a comma first: "Isfahan
# (Persian: ..., also known as Esfahan"), a verb of being or a space, then a phrase of lexicon/place_alias_phrases.txt.
_ALIAS_GAP = re.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]*\((?:[^()\n]{0,60}?,[ \t]*)?|[ \t]+(?:was|is|were|are|has[ \t]+been|had[ \t]+been)[ \t]+|[ \t]+)"
    rf"(?:(?:{lexicon.alternation('alias_adverbs')})[ \t]+)?(?:{lexicon.alternation('place_alias_phrases')})[ \t]+$")
_ALIAS_WINDOW = 90  # characters before a name: the longest gap, a gloss in brackets included
_ALIAS_LAST_WORDS = tuple(dict.fromkeys(phrase.split()[-1] for phrase in lexicon.ordered_words("place_alias_phrases")))
_PREPOSITION_BEFORE = re.compile(r"\b(?:%s)[ \t]+(?:the[ \t]+)?$" % lexicon.alternation("locatives"))


def _place_alias(ctx: NameContext, candidate: Candidate, earlier: list[Candidate], span_ends: list[int]) -> Candidate | None:
    """The name typed a place with the id of the place before it ("other name of: York") when it is another name of
    that place ("Myanmar, also known as Burma", "York was known as Eboracum by the Romans", "Mumbai (formerly
    Bombay)", "an Armenian Quarter called Jolfa"), ends as a place's name does and opens with no first name; else
    None. ``earlier`` are the names right before it (a gloss in brackets may hold one: "Isfahan (Persian: ..., also
    known as Esfahan)"). Not after a place led by a preposition and a space alone ("a retreat for the Mayor of
    Birmingham called Bryn Tirion"): the phrase may name the noun before the preposition. Two names of one place are
    one actor."""
    if not ends_before(ctx.view, candidate.start, 12, _ALIAS_LAST_WORDS):
        return None  # most names follow no such phrase: the pattern need not run
    gap, place = _place_across(ctx, candidate.start, earlier, span_ends, _ALIAS_GAP, _ALIAS_WINDOW)
    if place is None or not place_ends(ctx.view, candidate.end) or not _plain_name(ctx, candidate) \
            or fold_key(candidate.words[0]) in ctx.cues.given_names:
        return None
    if gap.group(0)[:1] == " " and _PREPOSITION_BEFORE.search(ctx.view, max(0, place.start - 16), place.start):
        return None  # "a retreat for the Mayor of Birmingham called Bryn Tirion": the phrase may name a noun before
    return _named_as(ctx, candidate, place, PLACE_ALIAS_CUE)


# An airport's code in brackets after its label: "(IATA: TUL)", "(ICAO code KPHX)".
_AIRPORT_CODE = re.compile(r"[A-Z0-9]{3,4}")
_AIRPORT_WINDOW = 20  # characters before a code: " (ICAO code " and spaces
_AIRPORT_LABEL_GAP = re.compile(
    rf"[ \t]*\((?:{lexicon.alternation('airport_code_labels')})(?:[ \t]+code)?[ \t]*:?[ \t]*$")


def _airport_code(ctx: NameContext, candidate: Candidate, earlier: list[Candidate], span_ends: list[int]) -> Candidate | None:
    """The code typed a place with the id of the airport before it ("Tulsa International Airport (IATA: TUL)": "airport
    code of: Tulsa International Airport"), a code after its label (``lexicon/airport_code_labels.txt``) in brackets
    right after a place; else None. ``earlier`` are the names right before the code (the label may be one). Linking
    gives the code's other uses its type ("the TUL shuttle")."""
    if not _AIRPORT_CODE.fullmatch(candidate.name) or not ctx.view.startswith(")", candidate.end):
        return None
    _gap, place = _place_across(ctx, candidate.start, earlier, span_ends, _AIRPORT_LABEL_GAP, _AIRPORT_WINDOW)
    return _named_as(ctx, candidate, place, AIRPORT_CODE_CUE) if place is not None else None


def _place_across(
    ctx: NameContext, start: int, earlier: list[Candidate], span_ends: list[int], gap: re.Pattern, window: int,
) -> tuple[re.Match | None, Candidate | Span | None]:
    """The ``gap`` found in the ``window`` characters before ``start`` and the place (:func:`_place_before`) ending
    right before it, or None for either; ``earlier`` are the names before ``start``, the last of which may stand
    inside the gap ("Isfahan (Persian: ...", "(IATA: TUL)")."""
    between = gap.search(ctx.view, max(0, start - window), start)
    if between is None:
        return None, None
    previous = next((c for c in reversed(earlier) if c.end <= between.start()), None)
    return between, _place_before(ctx, start, previous, span_ends, gap=gap, window=window)


def _named_as(ctx: NameContext, candidate: Candidate, place: Candidate | Span, cue: str) -> Candidate:
    """``candidate`` typed a place with the id and name of ``place`` (a typed name or a dictionary match), the cue
    naming it."""
    if isinstance(place, Candidate):
        name, actor_id, actor = place.name, place.actor_id or actor_id_for("place", place.name), place.actor or place.name
    else:
        name, actor_id, actor = ctx.text[place.start:place.end], place.actor_id, place.actor
    return replace(candidate, type="place", cue=f"{cue} {name}", actor_id=actor_id, actor=actor)


_SENTENCE_OPENING = re.compile(r"(?:^|[.!?\n][\"')\]”’]*\s+)(\w+)(?:\s+\S+){0,5}\s+$")


def _opening_phrase(view: str, place_start: int) -> bool:
    """Whether the place ends a phrase that opens its sentence with a preposition or a subordinating word
    ("After the match in Madrid, ...", "Back in London, ..."): the name after its comma is then more likely
    the sentence's subject than a region of the place."""
    match = _SENTENCE_OPENING.search(view, max(0, place_start - 80), place_start)
    return match is not None and match.group(1).lower() in _opening_words()


@lru_cache(maxsize=1)
def _opening_words() -> frozenset[str]:
    """Words that open an adverbial phrase before a sentence's subject: prepositions, place words, subordinators."""
    return (lexicon.words("locatives") | lexicon.words("subordinators") | lexicon.words("phrase_prepositions")
            | lexicon.words("opening_phrase_prepositions"))


def _coordinated_place(ctx: NameContext, candidate: Candidate, previous: Candidate | None, span_ends: list[int]) -> str:
    """"coordinated with: Irpin" when the name follows a place and "and" / "or" / "&", a locative word stands
    before that place or the sentence made it one, and the name ends as a place does (punctuation, or a clause's
    verb or next conjunct: :data:`_CLAUSE_END`); else ""."""
    if not ends_before(ctx.view, candidate.start, 6, _COORDINATOR_ENDINGS):
        return ""  # the coordinator first (:data:`_COORDINATION_GAP`): most names follow none
    if not _PAIR_END.match(ctx.view, candidate.end) and not _CLAUSE_END.match(ctx.view, candidate.end):
        return ""  # "Travel Heels in Taasinge or Vagabond Tours in Tranekaer": a business somewhere
    place = _place_ending_before(ctx, candidate.start, previous, span_ends, gap=_COORDINATION_GAP)
    if place is None or not _plain_name(ctx, candidate):
        return ""
    name, start = place
    typed_by_sentence = previous is not None and previous.start == start and previous.cue.startswith(_SENTENCE_PLACE_CUES)
    if not typed_by_sentence and not _LOCATIVE_BEFORE.search(ctx.view, max(0, start - 16), start):
        return ""
    return f"{COORDINATED_CUE} {name}"


_COORDINATION_AFTER = re.compile(r"[ \t]+(?:and|or|&)[ \t]+")
_COORDINATORS = (" and ", " or ", " & ")


def _coordinated_before_place(ctx: NameContext, candidate: Candidate, following: Candidate | None) -> str:
    """"coordinated with: Amsterdam" when a locative word stands before the name ("to Venice and Amsterdam.",
    "in Tempe or Phoenix,") and "and" / "or" / "&" and a place follow it, that place ending the phrase; else "".
    Not a name opening with a first name ("to Maria and Spain"); :func:`~analysis.actors.context_cues.settle_places`
    untypes a surname of a person of the article ("to Smith and Germany" after "John Smith")."""
    if not ctx.view.startswith(_COORDINATORS, candidate.end):
        return ""  # most names are followed by no coordinator: the patterns need not run
    coordinator = _COORDINATION_AFTER.match(ctx.view, candidate.end, candidate.end + 6)
    if coordinator is None or not _LOCATIVE_BEFORE.search(ctx.view, max(0, candidate.start - 16), candidate.start):
        return ""
    place = _place_starting_at(ctx, coordinator.end(), following)
    if not place or not _PAIR_END.match(ctx.view, coordinator.end() + len(place)) or not _plain_name(ctx, candidate) \
            or fold_key(candidate.words[0]) in ctx.cues.given_names:
        return ""  # "to Maria and Spain": a person, listed with a place
    return f"{COORDINATED_CUE} {place}"


def _place_ending_before(
    ctx: NameContext, start: int, previous: Candidate | None, span_ends: list[int], *, gap: re.Pattern = _COMMA_GAP,
    window: int = 6,
) -> tuple[str, int] | None:
    """The place (typed name or dictionary match) ending right before ``start`` and ``gap`` (a comma, found in the
    ``window`` characters before ``start``), as (name, start), or None; ``span_ends`` are the end offsets of the
    dictionary matches."""
    place = _place_before(ctx, start, previous, span_ends, gap=gap, window=window)
    if place is None:
        return None
    return (place.name, place.start) if isinstance(place, Candidate) else (ctx.text[place.start:place.end], place.start)


def _place_before(
    ctx: NameContext, start: int, previous: Candidate | None, span_ends: list[int], *, gap: re.Pattern, window: int,
) -> Candidate | Span | None:
    """The typed name or dictionary match of :func:`_place_ending_before` itself, or None."""
    between = gap.search(ctx.view, max(0, start - window), start)
    if between is None:
        return None
    end = between.start()
    if previous is not None and previous.end == end:
        return previous if previous.type == "place" else None
    at = bisect_right(span_ends, end) - 1
    if at >= 0 and ctx.spans[at].end == end:
        span = ctx.spans[at]
        if span.kind in PLACE_KINDS and span.how in ("dictionary", "alias"):
            return span
    return None


def _plain_name(ctx: NameContext, candidate: Candidate) -> bool:
    """A name of one to three words that may be a place: not a word in capitals, not a ``not_places`` word,
    not a lone word the text also writes in lower case, not a possessor ("Smith's")."""
    words = [ctx.tokens[i].text for i in candidate.indices]
    if not 1 <= len(words) <= 3 or ctx.tokens[candidate.indices[-1]].possessive:
        return False
    if any(map(str.isupper, words)) or not not_place_words().isdisjoint(map(fold_key, words)):
        return False
    return not (len(words) == 1 and words[0].lower() in ctx.lowercase)


NUMBER = re.compile(r"^(?:\d+(?:st|nd|rd|th)|\d{1,4}[A-Z]?)$")  # "10th", "51", "4A": a digit opens no name
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
_NUMBERED_PLACE_WORDS = lexicon.words("numbered_place_words")  # "highway", "route", "terminal"


def numbered_place(ctx: NameContext, segment: list[int]) -> tuple[list[int], str, str] | None:
    """A place named with a number, as (segment, "place", cue), or None: a lone place word after an ordinal
    ("10th Street", "42nd Avenue"; discovery drops a place word alone, and a digit opens no name), a lone
    word of ``lexicon/numbered_place_words.txt`` before a number ("Highway 51", "Route 66", "Terminal 2"), or a
    road's code ("I-95", "US-75", "the M1 northbound": :mod:`analysis.actors.road_codes`), also before its
    direction ("US-75 South": the code alone). Not a court's "9th Circuit"."""
    if len(segment) == 2 and directed_road(ctx, segment):  # "US-75 South", "I-95 North": the road, its direction
        return segment[:1], "place", f"road code: {ctx.tokens[segment[0]].text}"
    if len(segment) == 2 and ctx.tokens[segment[0]].text == "The":  # "The M62 westbound was shut": the road alone
        road = road_code(ctx, segment[1])
        return (road[0], "place", road[1]) if road is not None else None
    if len(segment) != 1:
        return None
    index = segment[0]
    word = ctx.tokens[index]
    road = road_code(ctx, index)
    if road is not None:
        return road[0], "place", road[1]
    if word.text.lower() in _NUMBERED_PLACE_WORDS:  # the word first: most words are none of these
        after = ctx.tokens[index + 1] if index + 1 < len(ctx.tokens) else None
        if after is not None and after.gap == " " and NUMBER.match(after.text) and not _ORDINAL.match(after.text):
            return [index, after.index], "place", f"numbered: {word.text}"
    if word.text in ctx.cues.place_words \
            and word.text != "Circuit":  # "the 9th Circuit": a court of appeals (analysis.actors.name_cues.head_type)
        before = ctx.tokens[index - 1] if index else None
        if before is not None and word.gap == " " and _ORDINAL.match(before.text):
            return [before.index, index], "place", f"place word: {word.text}"
    return None
