"""Metonymy: when a capital or a seat of power ("Washington", "the Kremlin") names a place, and when its government.

An entry that ``stands_for`` another is read as a *place* after a locative
word ("in", "at", "from", "to", "near", "off", "of", "visited"...; not "of" after a
stance noun: "the role of Havana"), after "for" led by a word of going ("bound for
Jakarta", "headed for Moscow"; not "calls for Washington to") or a lower-case word of its part ("central
London", "northern Paris": ``lexicon/compass_prefixes.txt``), before "-based", as a modifier ("a London
housing charity", "several London concerts"), as a dateline at the start of a line ("Moscow, Dec 22", not
"Washington, which ..."), as a label opening a line ("Basse-Terre: green hills"), at the
end of a line (a heading or a caption: "Old Athens"), before a comma and the country or region it lies in
("Brussels, Belgium": an address; so a name matched with its address, "Washington, D.C."), after a place and
a colon when its clause ends with it ("it was in India: New Delhi."), alone in brackets
right after a place ("Washington (D.C.)", "Kreuzberg (Berlin)"), or coordinated with a place just before; anywhere
else ("Washington said") it is a metonym. A capital city (an entry of type
place; seats of power such as "the White House" stay their institution) is
also a place in apposition to a place noun ("the capital, Sanaa", "capital
city Tehran"), as the first word of a longer name ("the Paris Climate
Accord", "the London Marathon") and as a modifier of a lower-case noun
("Washington lobbyist", "the Tbilisi city court"), unless a stance prefix
makes it the government ("pro-Beijing camp"): a metonym acts, so the word
after it must read as a verb for it to stand for its country ("Washington
currently refrains", "Athens expelled", "Beijing knows", "Washington will").
Before a noun of ``lexicon/government_nouns.txt`` a capital is its country's
government ("the Seoul government", "a Tehran regime spokesman"), unless the text names the city's own head
("Seoul city Mayor Park", "the mayor of Seoul": ``lexicon/city_head_nouns.txt``): the story is then about the
city, whose own government it is; before "is" or
"was" and a place noun it is the city described ("Athens is the capital of
Greece", "Kyiv was a small trading town"), and so before a word of
``lexicon/place_predicates.txt``, right after it or after its "is"/"was", that says
what the city is or undergoes, not what a government does ("Athens hosted the
2004 Games", "Athens was thriving", "Rome experienced a decline"), and after
words of ``lexicon/comparison_prepositions.txt`` when the clause ends right after
it ("cities other than Havana.", "centres such as Rome."): a term ranked,
excluded or given as an example has no verb of its own to act with.
Before a noun of ``lexicon/place_nouns.txt`` any entry is the place of that kind ("Seattle's Capitol Hill
neighborhood", "Washington state"). Nor is an entry a metonym inside another name: given in quotation marks ("a
home known as the "Blue House""), after a capitalised word and "for" ("the Minister for London"), or as part of a
longer name the article abbreviates ("Transport for London (TfL)", "CHAZ (Capitol Hill Autonomous Zone)"); a
longer name without its abbreviation keeps the seat of power ("the White House Press Secretary").
The word lists are ``lexicon/locatives.txt``, ``lexicon/stance_nouns.txt``,
``lexicon/place_nouns.txt`` and the auxiliaries (``modal_verbs``,
``be_forms``, ``have_forms``, ``do_forms``).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Sequence

from analysis.actors.compiled import COORDINATION
from analysis.actors.mention_types import PLACE_KINDS, Span
from analysis.text import lexicon

LOCATIVES = lexicon.words("locatives")
# Words of going after which "for" leads to a destination ("bound for Jakarta", "headed for Moscow").
MOTION_WORDS = lexicon.words("motion_words")
# Words before a capital used as a modifier that make it the city: articles, quantifiers and numbers ("a London
# housing charity", "several London and New York concerts"); not possessives ("their Beijing counterparts" may be
# the government's), "that", which also opens a clause ("noted that Washington currently refrains"), or "of"
# (a locative, but not after a stance noun: "the role of Havana and Oslo").
MODIFIER_DETERMINERS = lexicon.words("articles") | (lexicon.words("plural_determiners") - {"of"})
STANCE_NOUNS = lexicon.words("stance_nouns")
PLACE_NOUNS = lexicon.words("place_nouns")
# Nouns after a capital that make it its country's government: "the Seoul government", "a Tehran regime spokesman".
GOVERNMENT_NOUNS = lexicon.words("government_nouns")
# Words after a capital (or its "is"/"was") that describe the city: "Athens hosted the Games", "Athens was thriving".
PLACE_PREDICATES = lexicon.words("place_predicates")
# Words before a capital ending its clause that make it a term ranked, excluded or an example ("other than Havana.").
COMPARISON_PREPOSITIONS = lexicon.words("comparison_prepositions")
# What ends a compared capital's clause right after it (not "and": "after Moscow and Kyiv agreed").
_PHRASE_END = re.compile(r"[.;:!?)]|$")
_BE = frozenset({"is", "was"})
# The head of a city's own government ("mayor"), as a regex alternation: "the Seoul mayor", "the mayor of Seoul".
_CITY_HEADS = "|".join(map(re.escape, lexicon.ordered_words("city_head_nouns")))
# Nouns in -s that are no verb after a capital: "the Council's Washington headquarters", "the Cairo campus".
SINGULAR_S_NOUNS = lexicon.words("singular_s_nouns")
_SINGULAR_S_ENDINGS = ("ss", "us", "is")
# A definition of the city: "is the capital of", "was just a small provincial village", "is a city of contrasts".
_PLACE_PREDICATE = re.compile(
    r" (?:is|was)(?: (?:still|now|once|also|just|only))? (?:a|an|the)(?: [a-z][\w-]*){0,3}? (?:%s)\b"
    % "|".join(map(re.escape, lexicon.ordered_words("place_nouns"))))
# Lower-case words that make a capital the part of the city they name ("central London", "northern Paris",
# "greater London"): the compass prefixes, written in lower case (a capitalised "West" is the West).
PART_WORDS = frozenset(word.lower() for word in lexicon.words("compass_prefixes"))
AUXILIARIES = lexicon.words("modal_verbs") | lexicon.words("be_forms") | lexicon.words("have_forms") \
    | lexicon.words("do_forms")
# Words that say nothing of the name before them ("Washington and Caracas", "calls on Washington to ..."):
# after one, the name keeps the reading of the rules before.
FUNCTION_WORDS = lexicon.words("sentence_connectives") | lexicon.words("subordinators") \
    | lexicon.words("clause_openers") | lexicon.words("determiners") | lexicon.words("phrase_prepositions")
# A dateline or a label: "Moscow, Dec 22", "Nairobi, Kenya -", "WASHINGTON (AP)", "Basse-Terre: green hills" (not
# "Washington, which ...").
_DATELINE_AFTER = re.compile(r"^(?:,\s*[A-Z0-9]|\s*\(|\s+-|:)")
# The end of a line or of the text right after a name: a heading or a caption ("Old Athens").
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_WORD = re.compile(r"[\w'-]+")
_THE_AT_END = re.compile(r"\bthe\s+$")
# An opening bracket right after a place: what it encloses glosses the place ("Washington (D.C.)").
_GLOSS_GAP = re.compile(r"\s*\(\s*")
_LOWER_WORD_AFTER = re.compile(r" [a-z]")
# Quotation marks enclosing a name given as a name ("known as the \"Blue House\"").
_QUOTES = frozenset('"“”')
# A capitalised word inside a sentence and "for" right before a name: a longer name ("the Minister for London").
_NAME_BEFORE_FOR = re.compile(r"[\w,] [A-Z][\w'-]* for $")
# Capitalised words, and the connectors between them, continuing a name before or after it: "Transport for
# London", "Capitol Hill Autonomous Zone".
_CONNECTORS = "|".join(map(re.escape, lexicon.ordered_words("organization_connectors")))
_NAME_WORDS_BEFORE = re.compile(rf"(?:[A-Z][\w'-]* (?:(?:{_CONNECTORS}) )?)+$")
_NAME_WORDS_AFTER = re.compile(rf"(?: (?:(?:{_CONNECTORS}) )?[A-Z][\w'-]*)+")
# An abbreviation in brackets right after a name: "Transport for London (TfL)".
_BRACKETED = re.compile(r" \(([A-Za-z]{2,8})\)")
# What follows a capital's name on its line: -ly adverbs skipped, then a lower-case word or a capitalised one.
_STANCE_PREFIXES = ("pro-", "Pro-", "anti-", "Anti-")
# A year right after it names an event held there ("the London 2012 Games", "Paris 2024 organisers"), as a capital does.
_NEXT_WORD = re.compile(r" (?:[a-z]+ly )*(?:(?P<lower>[a-z][a-z'-]*)|(?P<capital>[A-Z]|[12]\d{3}\b))")


def metonym_readings(view: str, spans: Sequence[Span], verbs: frozenset[str] | None = frozenset(),
                     place_ends: Sequence[int] = ()) -> list[bool]:
    """For each span of the normalised ``view``: does it stand for another actor in this use (a metonym)?
    ``verbs``: finite reporting-verb forms (the speech cues' "said", "told"...), read as a capital's verb;
    None for a language other than English, whose capitals keep only the rules of locatives, "-based",
    datelines and lists (the place nouns and the verb test are English). ``place_ends``: the sorted ends of
    the places discovery found, which a capital may be listed with or written after as its address
    ("Lewisham, London", "Ziguinchor and Dakar") as with a place of the dictionary."""
    readings = []
    previous_place_end = -100
    for index, span in enumerate(spans):
        if span.stands_for is not None and place_ends:
            before = bisect_right(place_ends, span.start)
            if before:
                previous_place_end = max(previous_place_end, place_ends[before - 1])
        if span.stands_for is None:
            readings.append(False)
            if span.kind in ("place", "region"):
                previous_place_end = span.end  # "Texas, Utah, Virginia, Washington": a list of places
            continue
        place = _place_use(view, span, previous_place_end, verbs) \
            or _addressed(view, span, spans[index + 1:index + 2]) or _glossed(view, span, spans[index - 1:index])
        readings.append(not (place or _in_other_name(view, span)))
        if place:
            previous_place_end = span.end
    return readings


def _in_other_name(view: str, span: Span) -> bool:
    """Whether the span is part of another name than its actor's, so that it stands for nothing: a name
    given in quotation marks ("a home known as the \"Blue House\""), a word of a longer name after "for"
    ("the Minister for London") or a word of a longer name that the article abbreviates ("Transport for London
    (TfL)", "CHAZ (Capitol Hill Autonomous Zone)")."""
    if view[span.start - 1:span.start] in _QUOTES and view[span.end:span.end + 1] in _QUOTES:
        return True
    if _NAME_BEFORE_FOR.search(view, max(0, span.start - 40), span.start):
        return True
    before = _NAME_WORDS_BEFORE.search(view, max(0, span.start - 60), span.start)
    after = _NAME_WORDS_AFTER.match(view, span.end)
    start, end = before.start() if before else span.start, after.end() if after else span.end
    if (start, end) == (span.start, span.end):
        return False  # the name is the span's own
    words = view[start:end].split()
    spellings = {"".join(word[0] for word in words).casefold(),
                 "".join(word[0] for word in words if word[0].isupper()).casefold()}
    bracket = _BRACKETED.match(view, end)
    nearby = _WORD.findall(view, max(0, start - 60), start) + ([bracket.group(1)] if bracket else [])
    return any(word.casefold() in spellings for word in nearby if len(word) >= 2 and word[1:].lower() != word[1:])


def _addressed(view: str, span: Span, following: Sequence[Span]) -> bool:
    """Whether a comma and a country, region or place follow the span ("Brussels, Belgium") or close its own name
    ("Washington, D.C."): a place's address."""
    if ", " in view[span.start:span.end]:
        return True  # "Washington, D.C.": the dictionary's name holds the address
    return bool(following) and following[0].kind in PLACE_KINDS and following[0].stands_for is None \
        and view.startswith(", ", span.end) and following[0].start == span.end + 2


def _glossed(view: str, span: Span, preceding: Sequence[Span]) -> bool:
    """Whether a country, region or place and a colon come right before the span and its clause ends right after
    it ("It was in India: New Delhi."): the span says where in that place, with no verb to act with."""
    return bool(preceding) and preceding[0].kind in PLACE_KINDS and preceding[0].stands_for is None \
        and view[preceding[0].end:span.start] == ": " and _PHRASE_END.match(view, span.end) is not None


def _place_use(view: str, span: Span, previous_place_end: int, verbs: frozenset[str] | None) -> bool:
    """A locative word before, "-based" after, a dateline, coordinated with a place just before; in English, a
    capital city after a place noun or before a word that is not its verb (see the module doc)."""
    words = _WORD.findall(view, max(0, span.start - 40), span.start)
    position = len(words) - 1  # of the word before the name, past a "the"
    if position > 0 and words[position].lower() == "the":
        position -= 1
    previous = words[position].lower() if words else ""
    before_previous = words[position - 1].lower() if position > 0 else ""
    if previous in LOCATIVES and not (previous == "of" and before_previous in STANCE_NOUNS):
        return True
    if previous == "for" and before_previous in MOTION_WORDS:
        return True  # "bound for Jakarta", "headed for Moscow": a destination
    if words and words[-1] in PART_WORDS and view.endswith(f"{words[-1]} ", 0, span.start):
        return True  # "central London", "northern Paris": a part of the city
    if view.startswith("-based", span.end):
        return True
    if word_after(view, span.end) in PLACE_NOUNS:
        return True  # "Seattle's Capitol Hill neighborhood", "Washington state": the place of that kind
    if span.kind == "place" and _LOWER_WORD_AFTER.match(view, span.end, span.end + 2):
        after = word_after(view, span.end)
        if after in GOVERNMENT_NOUNS:  # "the Seoul government", "the Kabul regime": the country's government,
            return _city_headed(view, view[span.start:span.end])  # unless the text names Seoul's mayor
        if previous in MODIFIER_DETERMINERS:
            return True  # "a London housing charity", "the Moscow metro", "several London concerts": a modifier
        if after in _BE and _PLACE_PREDICATE.match(view, span.end, span.end + 80):
            return True  # "Athens is the capital of Greece", "Kyiv was a small trading town": the city described
        if _describes_city(view, span.end, after):
            return True  # "Athens hosted the 2004 Games", "Athens was thriving": what the city is or undergoes
    compared = previous in COMPARISON_PREPOSITIONS or f"{before_previous} {previous}" in COMPARISON_PREPOSITIONS
    if verbs is not None and span.kind == "place" and compared and _PHRASE_END.match(view, span.end):
        return True  # "cities other than Havana.", "centres such as Rome.": a place compared, no actor
    if verbs is not None and view.endswith(_STANCE_PREFIXES, max(0, span.start - 5), span.start):
        return False  # "pro-Beijing", "anti-Washington": a stance toward the government
    if verbs is not None and span.kind == "place" and (previous in PLACE_NOUNS or _names_no_agent(view, span.end, verbs)):
        return True  # "the capital, Sanaa"; "the Paris Climate Accord", "a Washington lobbyist"
    line_start = view.rfind("\n", 0, span.start) + 1
    if view[line_start:span.start].strip() == "" and _DATELINE_AFTER.match(view[span.end:span.end + 4]):
        return True
    if _LINE_END.match(view, span.end):
        return True  # "Old Athens" as a heading, "Protests in central Moscow" as a caption: no verb, no actor
    if span.start - previous_place_end >= 25:
        return False
    gap = _THE_AT_END.sub("", view[previous_place_end:span.start])
    if _GLOSS_GAP.fullmatch(gap) and view.startswith(")", span.end):
        return True  # "Washington (D.C.)", "Kreuzberg (Berlin)": a place glossed in brackets
    return COORDINATION.fullmatch(gap) is not None


def _city_headed(view: str, name: str) -> bool:
    """Whether the text names the head of the city ``name`` as a city ("the Seoul mayor", "Seoul city Mayor",
    "Seoul's mayor", "the mayor of Seoul"; ``lexicon/city_head_nouns.txt``): its government is then the city's."""
    city = re.escape(name)
    return re.search(rf"\b{city}(?:['’]s)?(?: city| metropolitan)? (?:{_CITY_HEADS})\b"
                     rf"|\b(?:{_CITY_HEADS}) of (?:the city of )?{city}\b", view, re.IGNORECASE) is not None


def _describes_city(view: str, end: int, after: str | None) -> bool:
    """Whether ``after``, the word after a capital's name ending at ``end``, or the word after its "is"/"was", is
    one of ``lexicon/place_predicates.txt`` ("Athens hosted", "Athens was thriving"): the city, not its government."""
    if after in PLACE_PREDICATES:
        return True
    if after not in _BE:
        return False
    match = _NEXT_WORD.match(view, end, end + 60)
    return match is not None and word_after(view, match.end()) in PLACE_PREDICATES


def _names_no_agent(view: str, end: int, verbs: frozenset[str]) -> bool:
    """Whether the words after a capital's name (ending at ``end``) make it a place rather than an actor: a
    capitalised word or a year (the city starts a longer name: "the Paris 2024 Games") or a lower-case word
    that cannot be its verb (it modifies a noun). Auxiliaries, reporting verbs (``verbs``) and words ending in -ed or -s (not -ss) read
    as verbs; -ly adverbs before them are skipped; a function word ("and", "to") says nothing."""
    match = _NEXT_WORD.match(view, end, end + 60)
    if match is None:
        return False
    if match.group("capital"):
        return True
    word = match.group("lower")
    return word not in FUNCTION_WORDS and not reads_as_verb(word, verbs)


def reads_as_verb(word: str, verbs: frozenset[str] = frozenset(), *, s_forms: bool = True) -> bool:
    """Whether a lower-case word right after a name reads as that name's verb: an auxiliary (negated or not), a
    reporting verb (``verbs``) or a word ending in -ed or, with ``s_forms``, in -s (a plural noun ends so too; not
    a singular noun in -ss, -us, -is or of ``lexicon/singular_s_nouns.txt``: "the Washington headquarters", "a
    Cairo campus"). Function words are not verbs."""
    word = word[:-3] if word.endswith("n't") else word
    if word in FUNCTION_WORDS:
        return False
    if word in AUXILIARIES or word in verbs:
        return True
    return word.endswith("ed") or s_forms and word.endswith("s") and not word.endswith(_SINGULAR_S_ENDINGS) \
        and word not in SINGULAR_S_NOUNS


def word_after(view: str, end: int) -> str | None:
    """The lower-case word right after ``end`` (past -ly adverbs), or None when a capitalised word, a year or
    anything else comes first."""
    match = _NEXT_WORD.match(view, end, end + 60)
    return match.group("lower") if match is not None else None
