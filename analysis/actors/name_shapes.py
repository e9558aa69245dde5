"""What the shape of a name says of it: initials written with full stops make a person's name, and so
does a first name joined of two known first names.

Names of people are written with initials far more than names of anything
else: leading initials ("O.J. Simpson", "J. K. Rowling", "W. W. Rouse Ball")
or a middle initial between a known first name and a name ("Lauralee B.
Riedell"; not "Terminal B. Passengers", where a sentence ends). An initial here is one capital letter followed by a full stop and
free of any dictionary match or office ("U.S." in "U.S. Steel" is a country,
not an initial, and neither is the "S." that follows it in "U.S.S. Grayback"). The name word after the initials must be a real name: written
with a capital and lower-case letters, never in lower case elsewhere in the
text, no ``not_names`` word, no head word nor role or organisation noun ("A.
Introduction", a section heading, is no person), and not "I" as the middle
letter ("World War I. The"), and leading initials do not follow a number (an address: "319 S. Denver").
One or two leading initials written without full stops before one name word make a person too ("R
Saravanan", "N S Andres", as South Indian names and by-lines are written), but not "A" or "I", nor one compass
letter ("along S Buckeye"), nor before a name the text gives an event's prefix ("Cyclone Phailin ... T C Phailin").

A first name that is also a country's or a place's name ("Chad", "Jordan", "Georgia") is the
dictionary's, so the list of first names leaves it out and the place wins; but a known first name right
after it, then one more name word, makes the three a person's full name with a middle name: "Chad Michael
Murray", "Jordan Lee Hart" (:func:`place_first_name`; not after a preposition or a verb of travel, where the
place ends a phrase before a name: "in Kenya John Mwangi said", "Special Representative for Iran Brian Hook").
Such a place with one name word after it ("Paris Hilton", "Kenya Barris") and no person cue of its own stays one
untyped name (:func:`place_then_surname`), so that a list of persons ("Elisha Cuthbert and Paris Hilton") or the
surname alone elsewhere ("Hilton said") makes the two a person, and the place's word no longer stands apart from
the surname; untyped, the name is dropped and the place stays ("Cyprus Mail"). A place written with its article
("the Netherlands") ends its own phrase, so a known first name after it opens the person's name alone ("Leiden
University, the Netherlands Pieter Visser": :func:`articled_place_length`). An acronym of the dictionary spelled
as a word ("Efe" for EFE) before one name word is read like such a place ("Efe Soyman": :func:`spelled_acronyms`).
The town an office serves, named after "of", ends there too when a full name opening with a known first name
follows ("Governor of Belgorod Vyacheslav Gladkov", "Director of National Intelligence John Ratcliffe":
:func:`office_domain_before_name`).

An editor completes a name in a quotation or a transcript with first names in square brackets ("[George W.]
Bush", "[Russell] Church"): a known first name opening the bracket makes the name a person's, whatever its last
word (:func:`bracketed_first_name`; "Church" is no church there).

A double first name is written with a hyphen ("Pierre-Simon Laplace",
"Mary-Kate Olsen"); the list of first names holds the frequent pairs
("Jean-Claude") but not every one, so :func:`given_name` also takes a pair of
two known first names. One known part is not enough: "Mercedes-Benz",
"Harley-Davidson" name firms.

Two people who share a surname are named once with it: "born to Gerald and
Sherri Padalecki", "Mary-Kate and Ashley Olsen". A lone first name right
before "and" and a person's full name that starts with a first name is the
first of the two (:func:`type_shared_surnames`); a town's name is not taken
for a first name there ("between Austin and Jane Doe").

A name shaped like a person's full name (two or three capitalised words, none
a common word of the text, a listed non-name or a town: :func:`~analysis.actors.surname_echoes.plain_full_name`)
right before "and" and a person's full name is a person's too: "co-stars
Jensen Ackles and Misha Collins", "Acker Bilk and Terry Lightfoot"
(:func:`type_names_before_persons`; discovery already types a name after a person that way); so is a place and
a name word there ("Paris Hilton and Kim Kardashian").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from operator import attrgetter
from typing import Sequence

from analysis.actors.mention_types import PLACE_KINDS, Candidate, fold_key
from analysis.actors.name_context import NameContext
from analysis.actors.surname_echoes import plain_full_name
from analysis.text import lexicon

INITIALS_CUE = "initials:"
PATRONYMIC_CUE = "surname:"
SHARED_SURNAME_CUE = "first name before:"
LISTED_BEFORE_CUE = "listed: before"
LISTED_AFTER_CUE = "listed: after"  # typed by the name before it in a list: a weak cue, as a city's name
_AND = re.compile(r"\s+(?:and|&)\s+")
_NOT_INITIALS = lexicon.words("non_initial_letters")  # "A Saudi official", "I Know": no bare initial
_COMPASS_LETTERS = lexicon.words("compass_letters")  # "along S Buckeye": alone, a street's compass abbreviation
_EVENT_PREFIX = lexicon.alternation("event_prefixes")  # "Cyclone Phailin" makes "T C Phailin" a storm's name
# Words before a place that make it end a phrase ("in Kenya", "envoy for Iran", "the Netherlands"), no first name.
_PLACE_LEADS = lexicon.words("locatives") | lexicon.words("phrase_prepositions") | lexicon.words("determiners")
# Words before a place that make it end a phrase before a surname ("in Kenya Odinga said"); not "by", "with"
# ("created by Kenya Barris"), since a person's own sign must still type the two words (place_then_surname).
_LOCATIVE_LEADS = lexicon.words("locatives") | lexicon.words("determiners")


def given_name(given_names: frozenset[str], word: str) -> bool:
    """Whether ``word`` is a known first name, or two joined by a hyphen ("Pierre-Simon"); ``given_names``
    are folded (:func:`~analysis.actors.mention_types.fold_key`)."""
    key = fold_key(word)
    if key in given_names:
        return True
    parts = word.split("-")
    return len(parts) == 2 and all(part[:1].isupper() and fold_key(part) in given_names for part in parts)


def bracketed_first_name(ctx: NameContext, segment: Sequence[int]) -> bool:
    """Whether ``segment`` opens with a known first name in an editor's square bracket that closes inside it
    ("[Russell] Church", "[George H. W.] Bush")."""
    tokens = ctx.tokens
    if len(segment) < 2 or not tokens[segment[0]].gap.endswith("[") \
            or not given_name(ctx.cues.given_names, tokens[segment[0]].text):
        return False
    return any(tokens[i].gap.strip() in ("]", ".]") for i in segment[1:])


def initialled_name(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why a segment of capitalised words is a person's name written with initials ("initials: O.J."),
    or "" when it is not one."""
    if len(segment) < 2:
        return ""
    flags = [_initial(ctx, i) for i in segment]
    if not any(flags):
        return _bare_initials(ctx, segment)
    rest = [i for i, flag in zip(segment, flags) if not flag]
    if not rest or not all(_name_word(ctx, i) for i in rest):
        return ""
    leading = flags[0] and not flags[-1] and all(flags[:flags.index(False)]) and not any(flags[flags.index(False):])
    middle = not flags[0] and not flags[-1] and ctx.tokens[segment[flags.index(True)]].text != "I" \
        and given_name(ctx.cues.given_names, ctx.tokens[segment[0]].text)  # not "Terminal B. Passengers"
    if not (leading or middle) or leading and _after_number(ctx, segment[0]):
        return ""
    letters = ".".join(ctx.tokens[i].text for i, flag in zip(segment, flags) if flag)
    return f"{INITIALS_CUE} {letters}."


def place_first_name(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why three or four capitalised words are a person's name whose first name is a place's ("given name:
    Chad Michael"), or "": the first word a country or place of the dictionary standing alone, the second a known
    first name, the rest name words (:func:`_name_word`), and no article, preposition or verb of travel before it
    (the place then ends a phrase: "envoy for Iran Brian Hook")."""
    if not 3 <= len(segment) <= 4:
        return ""
    first, second = segment[0], segment[1]
    place, token = ctx.span_of[first], ctx.tokens[first]
    if ctx.labels[first] != "geo" or ctx.labels[second] != "free" or place is None \
            or (place.start, place.end) != (token.start, token.end):
        return ""  # not "the Netherlands Lotte Wilms" (a line run on): the place's name is one word
    words = [ctx.tokens[i].text for i in segment]
    if words[0].isupper() or not given_name(ctx.cues.given_names, words[1]) or words[1] in ctx.cues.not_names \
            or not all(_name_word(ctx, i) for i in segment[2:]):
        return ""
    if ctx.word_before(token.start) in _PLACE_LEADS:
        return ""  # "in Kenya John Mwangi said", "Special Representative for Iran Brian Hook": a place, then a name
    return f"given name: {words[0]} {words[1]}"


def articled_place_length(ctx: NameContext, segment: Sequence[int]) -> int:
    """How many words of ``segment`` a country or place takes whose dictionary name opens with its article ("the
    Netherlands", "the United States") when a known first name follows it, or 0. Written with its article the place
    ends its own phrase and opens no person's name ("Leiden University, the Netherlands Pieter Visser wrote")."""
    place = ctx.span_of[segment[0]]
    if ctx.labels[segment[0]] != "geo" or place is None or place.start >= ctx.tokens[segment[0]].start:
        return 0
    size = 1
    while size < len(segment) and ctx.span_of[segment[size]] is place:
        size += 1
    if size == len(segment) or ctx.labels[segment[size]] != "free" \
            or not given_name(ctx.cues.given_names, ctx.tokens[segment[size]].text):
        return 0
    return size


def office_domain_before_name(ctx: NameContext, segment: Sequence[int]) -> int:
    """How many words (one to three) open ``segment`` naming the place, body or field an office before it serves,
    before a person's name that opens with a known first name ("Governor of Belgorod Vyacheslav Gladkov said",
    "Mayor of Koszalin Piotr Jedlinski", "Director of National Intelligence John Ratcliffe"), or 0: an office and
    "of" stand right before it, its words are free and no known first name (the person's name would open there) and
    the words from the first name on are name words (:func:`_name_word`; not "director of Youth Forum Zimbabwe")."""
    if len(segment) < 3:
        return 0
    first = segment[0]
    if first < 2 or ctx.tokens[first - 1].text != "of" or ctx.tokens[first].gap != " ":
        return 0
    size = 0
    while size < min(3, len(segment) - 2) and ctx.labels[segment[size]] == "free" \
            and fold_key(ctx.tokens[segment[size]].text) not in ctx.cues.given_names:
        size += 1
    if not size or not given_name(ctx.cues.given_names, ctx.tokens[segment[size]].text) \
            or not all(_name_word(ctx, i) for i in segment[size:]):
        return 0
    of = ctx.tokens[first - 1]
    served = any(hit.end == ctx.tokens[first - 2].end for hit in ctx.offices_ending(of.start - 2, of.start))
    return size if served else 0


def spelled_acronyms(ctx: NameContext) -> list[int]:
    """The words that match an acronym of the dictionary spelled as a word ("Efe" for EFE, "Nato") and stand before
    one name word (:func:`_name_word`) that ends a name, the two maybe a person's first name and surname ("Efe
    Soyman", "Efe [Soyman]"): discovery may read the word as a first name, as it reads a place's ("Paris Hilton").
    Not before two name words ("Uefa Champions League": a body's name), an actor ("Nato Brussels"), an office or a
    head word ("Nato Secretary", "Nato Summit")."""
    found = []
    for span in ctx.spans:
        if not span.actor.isupper() or span.kind in PLACE_KINDS or span.how not in _NAME_MATCHES:
            continue  # the common case: no acronym's entry
        index = bisect_left(ctx.tokens, span.start, key=_START)
        if index + 1 >= len(ctx.tokens) or ctx.tokens[index].start != span.start or ctx.tokens[index].end != span.end:
            continue
        word, surname = ctx.tokens[index], ctx.tokens[index + 1]
        after = ctx.tokens[index + 2] if index + 2 < len(ctx.tokens) else None
        if word.text[1:].islower() and surname.gap in _NAME_GAPS and _name_word(ctx, index + 1) \
                and not (after is not None and after.gap == " " and after.text[:1].isupper()):
            found.append(index)
    return found


_NAME_MATCHES = frozenset({"dictionary", "alias"})
_NAME_GAPS = frozenset({" ", " ["})  # "Efe [Soyman]": an editor's bracket completing a name
_START = attrgetter("start")


def place_then_surname(ctx: NameContext, segment: Sequence[int]) -> bool:
    """Whether ``segment`` is a one-word place or country of the dictionary and one name word after it
    (:func:`_name_word`), which may be a person's first name and surname ("Paris Hilton"): not after a
    locative preposition, an article or a verb of travel, where the place ends a phrase ("in Kenya Odinga
    said"); after "by" or "with" it may ("created by Kenya Barris")."""
    if len(segment) != 2 or not _one_word_place(ctx, segment[0]) or not _name_word(ctx, segment[1]):
        return False
    return ctx.word_before(ctx.tokens[segment[0]].start) not in _LOCATIVE_LEADS


def _one_word_place(ctx: NameContext, index: int) -> bool:
    """Whether the word at ``index`` is the whole of a country's or place's dictionary match, written as a name
    ("Jordan"; not "USA", nor "Netherlands" of "the Netherlands")."""
    place, token = ctx.span_of[index], ctx.tokens[index]
    return ctx.labels[index] == "geo" and place is not None and (place.start, place.end) == (token.start, token.end) \
        and not token.text.isupper()


def patronymic_surname(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why two or three capitalised words are a person's full name with an Irish or Scottish surname ("surname:
    O'Rourke"), or "": the last word is a patronymic prefix joined to a capitalised stem ("O'Rourke",
    "McGaugh", "MacArthur"; ``lexicon/patronymic_prefixes.txt``; not "MacOS"), the words before it name words
    (:func:`_name_word`: no head word, no common word of the text)."""
    if not 2 <= len(segment) <= 3:
        return ""
    last = ctx.tokens[segment[-1]]
    if last.possessive or ctx.labels[segment[-1]] != "free" or not _PATRONYMIC.match(last.text) \
            or not all(_name_word(ctx, i) for i in segment[:-1]):
        return ""
    return f"{PATRONYMIC_CUE} {last.text}"


_PATRONYMIC = re.compile(rf"(?:{lexicon.alternation('patronymic_prefixes')})[A-Z][a-z]{{2,}}$")


def _initial(ctx: NameContext, index: int) -> bool:
    """One free capital letter written with a full stop after it ("O" of "O.J.", "H" of "H. Alvarado")."""
    token = ctx.tokens[index]
    if len(token.text) != 1 or not token.text.isupper() or ctx.labels[index] != "free" or token.possessive:
        return False
    if token.gap == "." and index > 0 and ctx.labels[index - 1] != "free":
        return False  # the last letter of a longer abbreviation: "S" of "U.S.S. Grayback"
    following = ctx.tokens[index + 1] if index + 1 < len(ctx.tokens) else None
    return following is not None and following.gap.startswith(".")


def _name_word(ctx: NameContext, index: int) -> bool:
    """A word that can be a person's name beside initials: capitalised with lower-case letters, free of
    dictionary matches, never written in lower case in the text, no common or head word."""
    word = ctx.tokens[index].text
    if len(word) < 2 or not word[:1].isupper() or word.isupper() or ctx.labels[index] != "free":
        return False
    lower = word.lower()
    cues = ctx.cues
    return lower not in ctx.lowercase and word not in cues.not_names and word not in ctx.head_words \
        and lower not in ctx.common_nouns and word not in cues.titles


def _bare_initials(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why a segment is a person's name opening with one or two initials written without full stops before one
    name word ("initials: R." of "R Saravanan", "N.S." of "N S Andres"), or "": as South Indian names and
    by-lines are written; not the article or the pronoun ("A Saudi", "I Know"), nor a lone compass letter ("S
    Buckeye"), nor a letter after a number, nor before a name the text gives an event's prefix ("Cyclone Phailin ...
    T C Phailin")."""
    letters, name = segment[:-1], segment[-1]
    if len(letters) > 2 or not all(_bare_letter(ctx, i) for i in letters) or _after_number(ctx, letters[0]) \
            or not _name_word(ctx, name) or len(ctx.tokens[name].text) < 3 \
            or len(letters) == 1 and ctx.tokens[letters[0]].text in _COMPASS_LETTERS:
        return ""
    if re.search(rf"\b(?:{_EVENT_PREFIX})\s+{re.escape(ctx.tokens[name].text)}\b", ctx.view):
        return ""
    return f"{INITIALS_CUE} {'.'.join(ctx.tokens[i].text for i in letters)}."


def _bare_letter(ctx: NameContext, index: int) -> bool:
    """One free capital letter, no article or pronoun, followed by a space: "R" of "R Saravanan"."""
    token = ctx.tokens[index]
    following = ctx.tokens[index + 1] if index + 1 < len(ctx.tokens) else None
    return len(token.text) == 1 and token.text.isupper() and token.text not in _NOT_INITIALS \
        and ctx.labels[index] == "free" and not token.possessive and following is not None and following.gap == " "


def _after_number(ctx: NameContext, index: int) -> bool:
    """Whether the word before ``index`` is a number, with only spaces between ("319 S. Denver")."""
    if index == 0:
        return False
    token = ctx.tokens[index]
    return token.gap.strip() == "" and ctx.tokens[index - 1].text.isdigit()


def type_shared_surnames(ctx: NameContext, candidates: Sequence[Candidate]) -> list[Candidate]:
    """``candidates`` (in text order) with each untyped lone first name right before "and" and a person's full
    name typed as a person ("Gerald" in "Gerald and Sherri Padalecki")."""
    typed = list(candidates)
    given, places = ctx.cues.given_names, ctx.cues.place_names
    for k, (lone, full) in enumerate(zip(candidates, candidates[1:])):
        if lone.type is not None or len(lone.indices) != 1 or full.type != "person" or len(full.words) < 2:
            continue
        word, first = ctx.tokens[lone.indices[0]].text, ctx.tokens[full.indices[0]].text
        if not _AND.fullmatch(ctx.view, lone.end, full.start) or ctx.tokens[lone.indices[0]].possessive:
            continue
        if given_name(given, word) and fold_key(word) not in places and given_name(given, first):
            typed[k] = replace(lone, type="person", cue=f"{SHARED_SURNAME_CUE} and {full.name}")
    return typed


def type_names_before_persons(ctx: NameContext, candidates: Sequence[Candidate]) -> list[Candidate]:
    """``candidates`` (in text order) with each untyped plain full name right before "and" and a person's full
    name typed as a person ("Jensen Ackles" in "Jensen Ackles and Misha Collins"), last to first, so that a
    list of such names takes the type from its end; a place and a name word (:func:`place_then_surname`) count
    as a full name there ("Paris Hilton and Kim Kardashian")."""
    typed = list(candidates)
    for k in range(len(typed) - 2, -1, -1):
        name, person = typed[k], typed[k + 1]
        if name.type is None and person.type == "person" and len(person.words) >= 2 \
                and _AND.fullmatch(ctx.view, name.end, person.start) \
                and (plain_full_name(ctx, name) or place_then_surname(ctx, name.indices)):  # also "Paris Hilton and"
            typed[k] = replace(name, type="person", cue=f"{LISTED_BEFORE_CUE} {person.name}")
    return typed
