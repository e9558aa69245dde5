"""What types a discovered name: the words around it and inside it.

:mod:`analysis.actors.discovery` asks these functions, for a segment of
capitalised words (token indices into a :class:`NameContext`), what kind of
actor it names and why (the ``cue`` reported with each discovered mention):

* :func:`head_type` -- an organisation, media or place head word inside the
  name ("Ministry", "Times", "County"; "Community of ..."), and
  :func:`institution` for a lone head word capitalised inside a sentence
  ("the Senate", "Congress", "the Observer"; opening a sentence only if the
  text writes it so elsewhere too, never in lower case). An acronym in
  brackets after a name types nothing: "Compact Fluorescent Light (CFL)", "Universal Basic
  Income (UBI)" name things as often as bodies; linking still ties the acronym
  to a typed name;
* :func:`person_cue` -- an office or role before the name ("Foreign Minister
  Sergey Lavrov", "the chief negotiator of the ELN, X,"), a known first name,
  a parenthesised first name, a speech verb around it (not for a lone word,
  no first name, speaking "in a statement": "Acme said in a statement"; nor
  after it for one singular word after "the": "the Treasury said"),
  ", who", an age, or a
  person apposition (", the Russian foreign minister", ", a Senegalese
  virologist", ", a 24-year-old graduate") or a definition ("X was a French
  mathematician");
* :func:`noun_type` -- an organisation or media noun next to the name ("the
  Labour party", "drugmaker X", ", a cybersecurity firm"), a workplace
  ("economist at Berenberg") or the employer of a role that titles a person
  ("Arsenal manager Mikel Arteta", "Bundesbank President Joachim Nagel").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from analysis.actors.acronym_definitions import spelled_by
from analysis.actors.mention_types import OfficeHit, fold_key
from analysis.actors.metonymy import reads_as_verb, word_after
from analysis.actors.name_context import (
    LOWER_LETTERS, NameContext, ends_before, last_chunk_start, plain_initial_word, singular_after_the)
from analysis.actors.name_runs import Token, acronym_word, joins, name_like, parenthesised
from analysis.actors.name_shapes import given_name
from analysis.actors.surname_titles import title_after_first_name
from analysis.text import lexicon

PLACE_PREFIXES = lexicon.words("place_prefixes")  # "Mount", "Lake", "Mt": a place's name opens with one
ARTICLE_PLACE_PREFIXES = lexicon.words("article_place_prefixes")  # "the River Thames", not "River Phoenix"
_AIRLINE_PREFIXES = lexicon.words("airline_prefixes")  # "Air Canada"
_MEDIA_TAIL_WORDS = lexicon.words("media_tail_words")  # "the Baltimore Sun"
# Words besides the dictionary's head words that let :func:`head_type` type a name: without any, it types none.
_HEAD_TYPE_WORDS = _AIRLINE_PREFIXES | _MEDIA_TAIL_WORDS | PLACE_PREFIXES | ARTICLE_PLACE_PREFIXES
_WHO = re.compile(r"^,?\s+(?:who|whose)\b")
_ARTICLES = lexicon.words("articles")  # "a", "an", "the"
_SURNAME_COMMON_WORDS = lexicon.words("surname_common_words")  # "Kevin Young": a not_names word ending a name
GIVEN_NAME_CUE = "given name: "  # the cue of a name a known first name opens (:func:`person_cue`)
SPEAKER_CUE = "speaker: "  # the cue of a name a speech verb before or after it types (:func:`person_cue`)
_AGE = re.compile(r"^,\s*(?:aged\s+)?\d{1,3}\s*,")
APPOSITION = re.compile(
    rf"^,\s+(?P<det>(?:{lexicon.alternation('apposition_determiners')})\s+)?(?:former\s+|then\s+)?")
# A definition: "X is a town on ...", "X (1811 - 1832) was a French mathematician", "X is Poland's third city";
# a determiner is required ("X is home to" defines nothing).
DEFINITION = re.compile(
    rf"(?:\s*\([^()\n]{{1,160}}\))?\s+(?P<verb>is|was)\s+"
    rf"(?:(?:{lexicon.alternation('articles')})\s+|[A-Z][\w-]*['’]s\s+)(?:former\s+)?")
_APPOSITION_STOP = lexicon.words("apposition_stop_words")  # the head noun is the word before "who", "of", "in"...
# "a village near Emona" (not "X, near the town of Y")
_APPOSITION_STOP_AFTER_NOUN = lexicon.words("apposition_stop_after_noun")
_POSSESSIVE_NAME = re.compile(r"[A-Z][\w-]*(?:'s|s')")  # a name's possessive opening an apposition: "Ukraine's"
_AGE_WORD = re.compile(r"\b\d{1,3}-year-old\b")
_ONE_OF = re.compile(r"one of\s+(?:(?:the|his|her|their|its)\s+)?")  # an apposition naming one member of a plural
_APPOSITION_WORD = re.compile(r"[\w'-]+")
# The words of an apposition or definition up to a punctuation mark; the full stops of an initialism
# stay inside ("a U.S. citizen", "a U.K.-based charity").
_APPOSITION_PHRASE = re.compile(r"(?:[\w\s'-]|(?<=\b[A-Z])\.(?=[A-Z\s-]))*")
# What a collective head noun gathers: "(a group) of more than 50 islands" -> "island".
_PLACES_OF = re.compile(r"\s+of\s+(?:[\w'-]+\s+){0,4}?([a-z]+s)\b")

# Roles held in an organisation: "Arsenal manager X", "Bundesbank President X" (not "LGBT activist X",
# nor a place's "mayor" or "governor").
EMPLOYEE_ROLES = lexicon.words("employee_roles")
_NOT_AFTER_NAME_NOUNS = lexicon.words("not_after_name_nouns")  # "station": "Waterloo station" names no body
_POLLSTER_NOUNS = lexicon.words("pollster_nouns")  # "poll": "a Monmouth poll"
_PLACE_NOUN_AFTER = re.compile(rf"\s+(?:{lexicon.alternation('place_nouns_after_name')})s?\b")  # "Wardak province"
_ROLE_AT = re.compile(r"\b([a-z-]+)\s+at\s+(?:the\s+)?$")

# Lower-case words that may stand between an apposition's comma and its office without a determiner.
_OFFICE_MODIFIERS = lexicon.words("apposition_office_modifiers")
_COMPLEMENT_WORDS = lexicon.words("role_complement_words")  # "a spokesman for": the office after it is another's
_NAME_AFTER = re.compile(r" [A-Z]")  # a capitalised word right after a role: the role titles a name
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")  # a capitalised word after an office: a title before a name
_PLAIN_WORDS = re.compile(r"[\w\s'-]*")  # words between an apposition's comma and its office, no punctuation
_TITLED_NAME_AFTER = re.compile(r",?\s+[A-Z][\w'-]+")  # "Arsenal manager Mikel Arteta": the role titles a name
_CLAUSE_MARK = re.compile(r"\s*[,.;]")  # a name set off by commas ends at one (or at the sentence's end)
# A word right after a name ("Okafor told"): a speaker verb? (The word before: :meth:`NameContext.word_before`.)
_WORD_AFTER = re.compile(r"^\s+([a-z]+)\b")
_LOWER_WORD_AFTER = re.compile(r"^\s+([a-z]+)")  # a noun after a name ("the Labour party")
_NOUN_BEFORE = re.compile(r"\b([a-z]+)(,?)\s+$")  # a noun before a name, with a comma ("the charity, Homes First")
_NOUN_ENDINGS = (*LOWER_LETTERS, ",")  # how the text before a name ends where _NOUN_BEFORE can match
_LOCATED_WORDS = lexicon.ordered_words("located_prepositions")  # "in", "near"
# A definite noun phrase ending right before a bracket, its head noun (group 1) last ("Venezuela's state oil company
# (") or before "of" ("the consortium of Dutch academic libraries (").
_BODY_BEFORE_BRACKET = (
    re.compile(r"(?:\b[Tt]he|['’]s)\s+(?:[\w-]+\s+){0,4}?([a-z]+)\s*\($"),
    re.compile(r"(?:\b[Tt]he|['’]s)\s+(?:[\w-]+\s+){0,3}?([a-z]+)\s+of(?:\s+[\w-]+){1,4}\s*\($"),
)
_BRACKET_LOOK_BACK = 80  # characters before the bracket that may hold the phrase
_OF_WORDS = lexicon.words("affiliation_prepositions")  # "Sarah Jones of Pellworth": a name's affiliation
_LOCATED_BEFORE = re.compile(rf"\b(?:{lexicon.alternation('located_prepositions')})\s+$")

# A preposition right before a name, or before one lower-case word ("in nearby Wad Madani", "of the Earth").
_PREPOSITION_BEFORE = re.compile(rf"\b(?:{lexicon.alternation('phrase_prepositions')})\s+(?:[a-z]+\s+)?$")
_ITS_AFTER = re.compile(r"^[^.;:\"]{0,40}\b(?:its|their)\b")
_AFTER_SPEAKER = re.compile(rf"^(?:\s*[,.;:!?\"')]|\s+(?:{lexicon.alternation('after_speaker_words')})\b|\s*$)")
_DETERMINER_BEFORE = re.compile(rf"\b(?:{lexicon.alternation('plural_determiners')})\s+$", re.IGNORECASE)
# "in a statement", "on Tuesday in a written statement": a body's written words right after a speech verb
_BODY_STATEMENT = re.compile(
    rf"^(?:\s+\w+){{0,2}}?\s+in\s+(?:a|an|its)\s+(?:[a-z]+\s+)?(?:{lexicon.alternation('body_statement_nouns')})\b")


def after_body_noun(ctx: NameContext, segment: list[int]) -> tuple[str, str] | None:
    """A name of several words after an organisation or media noun is one name, demonyms inside and all
    ("drugmaker Bavarian Nordic", "newspaper El Universal"): (type, cue), else None."""
    first = ctx.tokens[segment[0]]
    if len(segment) < 2 or ctx.labels[segment[0]] != "free" or first.initial:
        return None
    window = ctx.view[max(0, first.start - 30):first.start]
    stripped = window.rstrip()  # as ends_before reads it: the pattern's word (and comma) ends the stripped text
    preceding = _NOUN_BEFORE.search(window, last_chunk_start(stripped)) \
        if stripped != window and stripped.endswith(_NOUN_ENDINGS) else None
    noun = preceding.group(1) if preceding else ""
    if preceding and preceding.group(2) and fold_key(first.text) in ctx.cues.given_names:
        return None  # "the committee, John Smith, said": a person named after the body
    if noun in ctx.cues.media_nouns:
        return "media", f"after {noun}"
    if noun in ctx.organization_nouns:
        return "organization", f"after {noun}"  # also "The charity, Homes First, said"
    return None


def head_type(ctx: NameContext, segment: list[int]) -> tuple[str, str] | None:
    """Organisation, media or place from the head words of a segment: (type, cue). An adjective among the
    organisation words (``lexicon/final_head_words.txt``: "International") heads a name only as its last word."""
    cues = ctx.cues
    words = [ctx.tokens[i].text for i in segment]
    last = words[-1]
    if ctx.head_words.isdisjoint(words) and _HEAD_TYPE_WORDS.isdisjoint(words) and "-" not in last:
        return None  # no head word, prefix or hyphen for the rules below to read: most names (persons)
    for i, word in enumerate(words[:-1]):
        if word in _AIRLINE_PREFIXES and ctx.labels[segment[i + 1]] == "geo":
            return "organization", f"airline: {word} {words[i + 1]}"  # "Air Canada", "an Air India spokesman"
    if last in cues.media_words or len(words) > 1 and last in _MEDIA_TAIL_WORDS \
            and fold_key(words[0]) not in cues.given_names:  # "the Baltimore Sun", not "Lena Sun"
        return "media", f"media word: {last}"
    if last in cues.organization_words:
        if len(words) > 1 and f"{words[-2]} {last}" in lexicon.words("place_head_pairs"):
            return "place", f"site: {words[-2]} {last}"  # "Mesquite Convention Center", not "Hurricane Center"
        return "organization", f"organisation word: {last}"
    if last in cues.place_words:
        if last == "Circuit" and len(words) > 1 and _circuit_court(words[-2]):
            return "organization", f"court: {words[-2]} Circuit"  # "the Ninth Circuit ruled": a court of appeals
        body = _body_of_place(ctx, segment, words)
        if body is not None:
            return "organization", f"organisation word: {body} of"  # "University of Cape Town"
        return "place", f"place word: {last}"
    for i, word in enumerate(words[:-1]):
        if words[i + 1].lower() in ("of", "for") and word in cues.organization_words:
            return "organization", f"organisation word: {word} of"
        if words[i + 1].lower() == "of" and word in cues.place_words:
            return "place", f"place word: {word} of"
    first = 1 if words[0] == "The" and len(words) > 2 else 0  # "The Lake Victoria ferry" opening a sentence
    if len(words) > first + 1 and (words[first] in PLACE_PREFIXES or words[first] in ARTICLE_PLACE_PREFIXES and (
            first or segment[0] > 0 and ctx.tokens[segment[0] - 1].text in ("the", "The"))):
        return "place", f"place word: {words[first]}"  # "Mount Kenya", "the River Thames"
    adjectives = lexicon.words("final_head_words")  # "International Master": no head before other words
    for i, word in enumerate(words):
        if word in cues.media_words and _media_head(ctx, words, i):
            return "media", f"media word: {word}"
        if word in cues.organization_words and word not in adjectives:
            return "organization", f"organisation word: {word}"
    parts = last.split("-")  # "Kenya African National Union-Reform", "Pakistan Muslim League-Nawaz"; not "Party-goers"
    if len(parts) == 2 and parts[1] in cues.media_words and parts[0].isupper() and parts[0].isalnum() \
            and ctx.labels[segment[-1]] == "free":
        return "media", f"media word: {parts[1]}"  # a station's call sign: "WSET-TV", "KTLA-TV"
    for part in parts[:-1] if len(parts) > 1 and parts[-1][:1].isupper() else ():
        if part in cues.organization_words:
            return "organization", f"organisation word: {part}"
    return None


def _body_of_place(ctx: NameContext, segment: list[int], words: Sequence[str]) -> str | None:
    """The organisation word heading a name that ends in a place word inside its of/for complement ("University
    of Cape Town", "University of Cape Coast", "Court of Appeals for the D.C. Circuit"), else None. Not a
    building named after a body and its place ("Bank of America Stadium", "Bank of China Tower": the place
    word right after a place of the dictionary, no "the" in the complement; "the D.C. Circuit" is one)."""
    for i, word in enumerate(words[:-2]):
        if word not in ctx.cues.organization_words or words[i + 1].lower() not in ("of", "for"):
            continue
        if "the" in words[i + 2:-1] or ctx.labels[segment[-1]] == "geo" or ctx.labels[segment[-2]] != "geo":
            return word
        return None
    return None


def _media_head(ctx: NameContext, words: Sequence[str], index: int) -> bool:
    """Whether the media word ``words[index]``, not the name's last word, heads it: before "of" or "and"
    ("Times of Malta", "Globe and Mail"); first and a word that opens outlets' names
    (``lexicon/media_prefix_words.txt``: "Daily Maverick", "Radio Farda"); or second after a brand the text never
    writes in lower case ("Disney Channel Original Movie"). Not "Press Briefing", "National Radio Hall of Fame"."""
    if words[index + 1].lower() in _MEDIA_CONNECTORS:
        return True
    if index == 1:
        return words[0].lower() not in ctx.lowercase
    return index == 0 and words[index] in lexicon.words("media_prefix_words")


_MEDIA_CONNECTORS = frozenset({"of", "and", "&"})


def _circuit_court(word: str) -> bool:
    """Whether ``word`` before "Circuit" makes a court of appeals ("Ninth", "Federal")."""
    return word.lower() in lexicon.words("circuit_court_ordinals")


def institution(ctx: NameContext, segment: list[int]) -> bool:
    """A lone organisation or media head word capitalised inside a sentence names one body: "the Senate",
    "Congress", "the Observer", "the Ministry said" (:mod:`analysis.actors.linking` ties it to the full name
    given before, when there is one): after a lower-case word, "The" or a conjunction opening a sentence ("But
    Congress refused"); opening a
    sentence itself only when the text also writes it so (:attr:`NameContext.named_bodies`), or after a year or
    another number ("the 2018 Senate election", "In 2019 Parliament passed ..."); a media word
    only when it is a newspaper's title word (``lexicon/lone_media_titles.txt``: "the Post", not "the Channel");
    never a trade word (``lexicon/field_head_words.txt``: "Conservation of Energy", "the Technology arm");
    not before "of"/"for" or a number (a longer name: "Office of the UN ...", "BBC Radio 4")."""
    if len(segment) != 1 or ctx.labels[segment[0]] != "free":
        return False
    token = ctx.tokens[segment[0]]
    if not token.text[:1].isupper() or token.text.isupper() or token.text in lexicon.words("final_head_words") \
            or token.text in lexicon.words("field_head_words"):
        return False  # "International" alone is an adjective ("International President"), "Energy" a field
    following = ctx.tokens[token.index + 1] if token.index + 1 < len(ctx.tokens) else None
    if token.text in ctx.cues.media_words and token.text not in lexicon.words("lone_media_titles") \
            and (following is None or following.gap not in ("", ".")):
        return False  # "across the Channel", "Radio astronomy" (not "News.com.au"): a newspaper's title word alone
    if following is not None and following.gap == " " and (following.text in ("of", "for") or following.text[:1].isdigit()):
        return False  # "Office of the UN ...", "Radio 4": a longer name the dictionary split
    previous = ctx.tokens[token.index - 1] if token.index > 0 else None
    if previous is not None and previous.text == "The" and previous.initial:
        return token.gap == " "
    if previous is not None and _opening_conjunction(previous):
        return True  # "But Congress refused": the word stands inside the sentence
    if token.initial or previous is None or previous.initial and previous.text[:1].isupper():
        return token.text in ctx.named_bodies  # "Congress passed", "Allow Parliament to": a capital near a sentence's
        # start says nothing, but the text writes the word as a name inside a sentence too
    return previous.text.islower() or previous.text.isdigit()  # "the 2018 Senate election"


def _opening_conjunction(token: Token) -> bool:
    """Whether ``token`` opens its sentence as a conjunction (``lexicon/subordinators.txt``, ``clause_openers.txt``:
    "But Congress refused", "If Parliament does not like it"), so the body word after it stands inside the
    sentence; not an adjective that may open the body's name ("National Assembly"), nor a preposition before a
    topic ("On Police reform, ...")."""
    return token.initial and token.text.lower() in _OPENING_CONJUNCTIONS


_OPENING_CONJUNCTIONS = lexicon.union("subordinators", "clause_openers")


def generic_only(ctx: NameContext, segment: list[int]) -> bool:
    """A lone head word ("Ministry", "Council") is not a name."""
    names = [ctx.tokens[i].text for i in segment if name_like(ctx.tokens[i])]
    return len(names) == 1 and names[0] in ctx.head_words


def person_cue(ctx: NameContext, segment: list[int], *, names: bool = True) -> str:
    """Why a name is a person, or "" when nothing says so (never for a name of initials: "BIPA", "LGBT", "KfW").
    With ``names=False`` a known first name alone is no reason (the name has a place word: "Linda Park")."""
    tokens = ctx.tokens
    first, last = tokens[segment[0]], tokens[segment[-1]]
    words = [tokens[i].text for i in segment if name_like(tokens[i])]
    if all(map(acronym_word, words)) or _titled_by_the(ctx, first) \
            or "&" in [tokens[i].gap for i in segment[1:]] or len(segment) == 1 and _after_ampersand(ctx, first):
        return ""  # also initials joined by an ampersand ("PG&E", "AT&T"), and a firm's second name ("Marks & Spencer")
    before = _office_before(ctx, first)
    if before is not None and not _role_in_title_case(ctx, before, segment) \
            and not _portfolio_in_title(ctx, before, last):
        return f"role: {ctx.text[before.start:before.end]}"
    if parenthesised(tokens, first.index) and not (first.text.isupper() and len(first.text) > 1):
        return "parenthesised first name"  # not an acronym: "Ultraviolet (UV) Radiation", "(TS) Warning"
    if names and len(words) >= 2 and given_name(ctx.cues.given_names, words[0]) \
            and (words[-1] not in ctx.cues.not_names or words[-1] in _SURNAME_COMMON_WORDS
                 or words[-1] in ctx.cues.titles and title_after_first_name(tokens, last.index, ctx.cues)) \
            and not (words[0].isupper() and not words[-1].isupper()) \
            and fold_key(" ".join(words)) not in ctx.cues.place_names and not opens_town(ctx, segment):
        return f"{GIVEN_NAME_CUE}{words[0]}"  # not "RAF Croughton" (an acronym), "Santa Cruz" (a town's whole name),
        # "the Santa Clara Lectures" (a name opening with a town's whole name)
    if 2 <= len(words) == len(segment) <= 3 and first.index > 0 and tokens[first.index - 1].possessive \
            and ctx.labels[first.index - 1] == "geo" and first.gap == " " \
            and not _PLACE_NOUN_AFTER.match(ctx.view[last.end:last.end + 20]):
        return f"after {tokens[first.index - 1].text}'s"  # "Ethiopia's Tiigist Assefa", not "... Maidan Wardak province"
    preceding = ctx.view[max(0, first.start - 30):first.start]
    after = ctx.view[last.end:last.end + 80]
    speech = ctx.word_before(first.start)
    if speech in ctx.verbs.before and not first.initial and not last.possessive and _AFTER_SPEAKER.match(after) \
            and not _body_statement(ctx, words, after):
        return f"{SPEAKER_CUE}{speech}"
    if last.possessive:
        return ""
    if _WHO.match(after) and (len(words) >= 2 or not _DETERMINER_BEFORE.search(preceding)):
        return "followed by who"
    speaks = _WORD_AFTER.match(after)
    if speaks and speaks.group(1) not in ctx.verbs.after:
        speaks = None
    if speaks and not _ITS_AFTER.match(after[speaks.end():]) and not _common_plural(ctx, words) \
            and not singular_after_the(tokens, first, last) \
            and not _PREPOSITION_BEFORE.search(preceding) and not _named_body(ctx, speech, words) \
            and not (speech == "and" and len(words) == 1 and _common_noun_pair(ctx, first.index)) \
            and not (speech in _ARTICLES and _title_tail(ctx, first.index)) \
            and not _body_statement(ctx, words, after[speaks.end():]):
        return f"{SPEAKER_CUE}{speaks.group(1)}"
    if _AGE.match(after):
        return "followed by an age"
    noun = _apposition_noun(ctx, first, last)
    if noun is not None and noun[0] == "person" and not _of_a_name(ctx, first):
        return f"apposition: {noun[1]}"
    return ""


def _body_statement(ctx: NameContext, words: list[str], rest: str) -> bool:
    """Whether a one-word speaker no first name of the dictionary speaks "in a statement" or "in a press release"
    (``rest``: the text after the verb and the name; ``lexicon/body_statement_nouns.txt``): "Acme said in a statement",
    a body's act as often as a person's, so the verb makes no person of it. A person so quoted is introduced by a
    full name, which linking gives the lone word."""
    return len(words) == 1 and not given_name(ctx.cues.given_names, words[0]) and _BODY_STATEMENT.match(rest) is not None


def era_place(ctx: NameContext, segment: list[int]) -> str:
    """Why a name is a land in an age ("era: Nazi"), or "": an age's or regime's adjective that the first-name lists
    also hold (``lexicon/era_adjective_names.txt``) before a country or place of the dictionary and nothing else
    ("Nazi Germany", "Roman Britain", "Norman England") names that land then, no person and not today's country."""
    first = ctx.tokens[segment[0]]
    if first.text not in _ERA_ADJECTIVES or len(segment) < 2:
        return ""
    if all(ctx.labels[i] == "geo" and ctx.tokens[i].gap == " " for i in segment[1:]):
        return f"era: {first.text}"
    return ""


_ERA_ADJECTIVES = lexicon.words("era_adjective_names")


def _named_body(ctx: NameContext, noun: str | None, words: list[str]) -> bool:
    """Whether a one-word name right after a media or organisation noun is that body's name, which speaks as a
    body ("Greek daily Kathimerini said", "news agency Yonhap reported"), unless the word is a known first name
    ("the band's singer, the firm Morgan": a person then)."""
    return len(words) == 1 and noun is not None and (
        noun in ctx.cues.media_nouns or noun in ctx.organization_nouns) \
        and fold_key(words[0]) not in ctx.cues.given_names


def _common_noun_pair(ctx: NameContext, index: int) -> bool:
    """Whether the word at ``index`` ends a body's name of two common nouns joined by "and" after a name of two
    words or more, the word before "and" one the article writes in lower case ("Rogaland Fire and Rescue said",
    "Skagit Fish and Wildlife said"): no person then, though "said" follows; not "Gordon Brown and Cameron said"
    unless the article writes "brown"."""
    tokens = ctx.tokens
    if index < 3 or not all(tokens[k].gap == " " for k in range(index - 2, index + 1)):
        return False
    noun, opening = tokens[index - 2], tokens[index - 3]
    return name_like(noun) and name_like(opening) and not noun.possessive and noun.text.lower() in ctx.lowercase


def _title_tail(ctx: NameContext, index: int) -> bool:
    """Whether the word at ``index`` follows an article that follows a capitalised word ("Rock the Vote said", "Who
    Gives a Crap said", "Make a Wish said"): it ends a title-case name with an article inside, no person."""
    tokens = ctx.tokens
    return index >= 2 and tokens[index].gap == " " and tokens[index - 1].gap == " " \
        and name_like(tokens[index - 2]) and not tokens[index - 2].possessive


def _after_ampersand(ctx: NameContext, first: Token) -> bool:
    """Whether the name starting at ``first`` follows a capitalised word and an ampersand: a lone word there
    ("Marks & Spencer said", "Procter & Gamble") is the second name of a firm's, whatever its own cue says."""
    return first.gap.strip() == "&" and first.index > 0 and ctx.tokens[first.index - 1].text[:1].isupper()


def _of_a_name(ctx: NameContext, first: Token) -> bool:
    """Whether the name starting at ``first`` follows a capitalised name and "of", "at" or "from"
    (``lexicon/affiliation_prepositions.txt``: "Sarah Jones of Pellworth, a professor", "Tom Ridley from
    Quarrendon, the club's chairman"): an apposition after it tells of the name before, not of this one."""
    i = first.index - 1
    if i >= 1 and ctx.tokens[i].text == "the":
        i -= 1
    return i >= 1 and ctx.tokens[i].text in _OF_WORDS and ctx.tokens[i - 1].text[:1].isupper() \
        and ctx.labels[i - 1] != "office" and not ctx.tokens[i - 1].initial


def _titled_by_the(ctx: NameContext, first: Token) -> bool:
    """Whether a capital "The" inside a sentence opens the name: "writers for The Onion", "told The Brooklyn
    Paper" name a title (a newspaper, a band, a show), never a person, whatever its first word or verb."""
    if first.index == 0:
        return False
    previous = ctx.tokens[first.index - 1]
    return previous.text == "The" and not previous.initial and previous.end < first.start


def _common_plural(ctx: NameContext, words: Sequence[str]) -> bool:
    """"Prosecutors said", "Officials told": a common noun that starts a sentence, not a name."""
    if len(words) != 1:
        return False
    word = words[0].lower()
    if word in ctx.lowercase:
        return True
    nouns = ctx.common_nouns
    return any(singular in nouns for singular in (word[:-1], word[:-2], word[:-3] + "y"))


def _apposition_noun(ctx: NameContext, first: Token, last: Token) -> tuple[str, str] | None:
    """:func:`_apposition_after`, worked out once per name (:attr:`NameContext.appositions`)."""
    key = (first.index, last.index)
    known = ctx.appositions
    if key not in known:
        known[key] = _apposition_after(ctx, first, last)
    return known[key]


def _apposition_after(ctx: NameContext, first: Token, last: Token) -> tuple[str, str] | None:
    """("person", phrase), ("organization", phrase) or ("place", phrase) for ", the Russian foreign minister",
    ", a cybersecurity firm", ", a town in eastern Ukraine", or a definition: "X is a town", "X was a poet".

    An office phrase in apposition (:func:`office_in_apposition`) makes a
    person; otherwise the apposition's or definition's head noun (its last
    word before "who", "of", "at"...) decides: an organisation or media noun
    ("a cybersecurity firm"), a role or agent noun ("a Senegalese virologist")
    or an age ("a 24-year-old university graduate") make a person, and so does a noun naming a person
    after a determiner (``lexicon/person_nouns.txt``: "a local man", "a cute boy"), a place
    noun (``lexicon/place_nouns.txt``: "town", "capital") a place. A
    definition counts only after a name that can be its subject (:func:`_subject`).
    """
    match = APPOSITION.match(ctx.view[last.end:last.end + 60]) if ctx.view.startswith(",", last.end) else None
    if match is not None:
        at = shown = last.end + match.end()
        article = match.group("det") is not None  # a determiner opens it ("a", "the", "his")
        for hit in ctx.offices_starting(at, at + 30):
            if office_in_apposition(ctx.view, last.end, hit) and not _reporting_clause(ctx, hit.end) \
                    and not _titles_a_name(ctx, hit.end):
                return "person", ctx.text[hit.start:hit.end]
    else:
        match = DEFINITION.match(ctx.view, last.end, last.end + 200)
        if match is None or last.possessive or not _subject(ctx, first):
            return None
        at, shown = match.end(), match.start("verb")  # the cue shows "is a town"
        article = True  # the definition's pattern requires one
    phrase = _APPOSITION_PHRASE.match(ctx.view[at:at + 60]).group(0)
    one_of = _ONE_OF.match(phrase) if match.re is APPOSITION and not article else None  # "X, one of the aides,"
    if one_of is not None:
        return _one_of_members(ctx, phrase, one_of.end(), shown, at)
    words = []
    for word in _APPOSITION_WORD.finditer(phrase):
        if word.group(0).lower() in _APPOSITION_STOP or word.start() > 40 \
                or words and word.group(0).lower() in _APPOSITION_STOP_AFTER_NOUN:
            break
        words.append(word)
    if not words:
        return None
    head = words[-1]
    noun = head.group(0).lower()
    members = _PLACES_OF.match(phrase, head.end())
    if members is not None and not _place_nouns().isdisjoint((members.group(1)[:-1], members.group(1)[:-2])):
        return "place", ctx.text[shown:at + members.end()]  # "a group of islands", "a cluster of villages"
    if noun in ctx.body_nouns:
        if members is not None and not _member_noun(ctx, members.group(1)):
            return None  # "ROS, the group of chemicals that ...", "a family of proteins": things, not members
        opened = article or _POSSESSIVE_NAME.fullmatch(words[0].group(0)) is not None  # "X, Ukraine's largest bank,"
        if not (opened and head.group(0).islower()):
            return None  # "Biden, giving him six more electoral college votes", "X, the American Independent Party"
        kind = "media" if noun in ctx.cues.media_nouns else "organization"
        return kind, ctx.text[shown:at + head.end()]
    if _AGE_WORD.search(phrase, 0, head.end()) or noun in ctx.cues.role_nouns or _agent_noun(noun) \
            or article and noun in lexicon.words("person_nouns"):  # "X, a local man," (not ", she became my friend")
        if _titles_a_name(ctx, at + head.end()):
            return None  # "As the campaign entered June, presumptive nominee Joe Biden": the role is Biden's title
        return "person", ctx.text[shown:at + head.end()]
    if noun in _place_nouns():
        return "place", ctx.text[shown:at + head.end()]
    return None


def _titles_a_name(ctx: NameContext, end: int) -> bool:
    """Whether a capitalised word follows a role or office phrase ending at ``end`` after a space: the phrase
    titles that name ("..., presumptive Democratic presidential nominee Joe Biden"), no apposition to the one
    before the comma."""
    return _NAME_AFTER.match(ctx.view, end, end + 3) is not None


def _reporting_clause(ctx: NameContext, end: int) -> bool:
    """Whether a speech verb follows an office ending at ``end`` ("We must beat Arsenal, the coach said"): the
    office is the subject of a reporting clause after the name, no apposition to it."""
    verb = _WORD_AFTER.match(ctx.view[end:end + 20])
    return verb is not None and verb.group(1) in ctx.verbs.after


_MEMBER_ENDINGS = lexicon.ordered_words("member_noun_endings")  # "farmers", "investors", "activists", "residents"
_TRADE_ENDINGS = lexicon.ordered_words("trade_noun_endings")  # "virologist", "physician", "historian"


def _member_noun(ctx: NameContext, plural: str) -> bool:
    """Whether the plural a collective head noun gathers ("a group of <plural>") may name a body's members:
    people (a role, agent or person noun) or bodies ("a group of companies"); not things ("chemicals",
    "proteins"), which make the collective no organisation."""
    people = lexicon.words("person_nouns")
    return any(singular in ctx.cues.role_nouns or singular in ctx.body_nouns or singular in people
               or singular.endswith(_MEMBER_ENDINGS) or _agent_noun(singular)
               for singular in (plural[:-1], plural[:-2], plural[:-3] + "y"))


def _subject(ctx: NameContext, first: Token) -> bool:
    """Whether a name starting at ``first`` can be the subject a definition after it ("X is a town", "X was a
    poet") is about: not the object of a preposition ("the man arrested in Paris was a lawyer") nor a
    possessor's ("Smith's son is a pilot")."""
    if first.index > 0 and ctx.tokens[first.index - 1].possessive:
        return False
    return not _PREPOSITION_BEFORE.search(ctx.view[max(0, first.start - 30):first.start])


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    return lexicon.words("place_nouns")


def _one_of_members(ctx: NameContext, phrase: str, start: int, shown: int, at: int) -> tuple[str, str] | None:
    """("person", phrase) for an apposition naming one of several people ("X, one of the organisers,", "X, one of
    President Y's aides,"): its head noun, the last word before a stop word, is the plural of a role, agent or
    person noun; else None ("one of the companies" is left to other rules)."""
    words = []
    for word in _APPOSITION_WORD.finditer(phrase, start):
        if word.group(0).lower() in _APPOSITION_STOP or word.start() > 40:
            break
        words.append(word)
    if not words or not words[-1].group(0).endswith("s") or not words[-1].group(0).islower():
        return None
    head = words[-1]
    noun = head.group(0)
    people = lexicon.words("person_nouns")
    if any(singular in ctx.cues.role_nouns or singular in people or _agent_noun(singular)
           for singular in (noun[:-1], noun[:-2], noun[:-3] + "y")) and not _titles_a_name(ctx, at + head.end()):
        return "person", ctx.text[shown:at + head.end()]
    return None


def _agent_noun(noun: str) -> bool:
    """A noun naming a person by trade: "virologist", "economist", "physician", "historian"."""
    return len(noun) > 6 and noun.endswith(_TRADE_ENDINGS)


def office_in_apposition(view: str, name_end: int, hit: OfficeHit) -> bool:
    """Whether office phrase ``hit`` stands in apposition to a name ending at ``name_end``.

    ``X, the Russian foreign minister``, ``X, Russia's foreign minister``,
    ``X, senior economist at Y``: a comma, an optional determiner, then only
    modifiers before the office. Not a verb between ("TikTok and X, accuse
    President Y"), not a title before another name ("Separately, NATO
    Secretary General Mark Rutte"), not an office its verb follows ("Boris
    Johnson, the Queen suspended ...": a list, the office the subject), and not
    another person's office in the appositive's complement or possessor ("X, a
    spokesman for the president", "X, the president's spokesman").
    """
    match = APPOSITION.match(view[name_end:name_end + 60])
    if match is None:
        return False
    at = name_end + match.end()
    if not at <= hit.start <= at + 30:
        return False
    between = view[at:hit.start]
    if not _PLAIN_WORDS.fullmatch(between):
        return False
    if not match.group("det") and not all(
            word[:1].isupper() or word.lower() in _OFFICE_MODIFIERS for word in between.split()):
        return False
    if any(word.lower() in _COMPLEMENT_WORDS for word in between.split()) or view.startswith("'s", hit.end):
        return False  # "X, a spokesman for the president", "X, the president's spokesman": someone else's office
    if _CAPITAL_AFTER.match(view[hit.end:hit.end + 2]) is not None:
        return False
    verb = word_after(view, hit.end)  # "Boris Johnson, the Queen suspended ...": the office is the subject
    return verb is None or not reads_as_verb(verb, s_forms=False)  # "envoy for Ukraine negotiations" stays


def apposition_body(ctx: NameContext, segment: list[int]) -> tuple[str, str] | None:
    """The organisation, media or place an apposition or a definition after the name says it is, with the cue
    (``("organization", "apposition: a cybersecurity firm")``, ", a town in ..."), or None; not an organisation
    after a locative word ("Committees in Gezira, a network of ...": the network is another's)."""
    first, last = ctx.tokens[segment[0]], ctx.tokens[segment[-1]]
    apposition = _apposition_noun(ctx, first, last)
    if apposition is not None and apposition[0] != "person" and (
            apposition[0] == "place" or not located(ctx.view, first.start)):
        return apposition[0], f"apposition: {apposition[1]}"
    return None


def noun_type(ctx: NameContext, segment: list[int]) -> tuple[str, str] | None:
    """Organisation or media from a lowercase noun right after ("the Labour party"; not after a common
    adjective of the ``not_names`` cue: "a Pentecostal church"; not "station" after a name in lower case: "Waterloo
    station", but "KTLA station"; not after a town's name: "Omsk hospital"; an organisation noun or a poll not
    after one word opening a sentence: "High school students", "Opinion polls"), before it
    ("newspaper Clarín"), in apposition (", a cybersecurity firm"; also a place: ", a town in ...") or an acronym
    alone in brackets after a definite phrase it heads ("the state oil company (PDVSA)",
    :func:`_bracketed_after_body`)."""
    first, last = ctx.tokens[segment[0]], ctx.tokens[segment[-1]]
    if last.possessive:
        return None
    apposition = apposition_body(ctx, segment)
    if apposition is not None:
        return apposition
    bracketed = _bracketed_after_body(ctx, first, last)
    if bracketed is not None:
        return bracketed
    following = _LOWER_WORD_AFTER.match(ctx.view[last.end:last.end + 30])
    if following and not _body_noun_after(ctx, following.group(1)):
        following = None  # most words after a name ("said", "was"): the tests below need not run
    if following and last.text in ctx.cues.not_names:
        following = None  # "a Roman Catholic church", "a Pentecostal church": an adjective before the noun, no name
    if following and _town_modifier(ctx, segment):
        following = None  # "Omsk hospital", "a Tulsa newspaper": the town says where the body is, it is no name of it
    if following and (following.group(1) not in _NOT_AFTER_NAME_NOUNS or last.text.isupper()):
        # not "Waterloo station"; a call sign in capitals is the station's own name ("KTLA station")
        noun = following.group(1)
        if noun in ctx.cues.media_nouns:
            return "media", f"followed by {noun}"
        if noun in _POLLSTER_NOUNS and not (first is last and first.initial):
            return "organization", f"followed by {noun}"  # "a Monmouth poll"; not "Opinion polls show"
        if noun in ctx.cues.organization_nouns and noun not in ("government", "administration") \
                and not plain_initial_word(first, last):  # not "Elementary school students sang"
            at = last.end + following.end()
            members = _PLACES_OF.match(ctx.view, at, at + 80)
            if members is None or _member_noun(ctx, members.group(1)):  # not "the BAK group of languages"
                return "organization", f"followed by {noun}"
    preceding = ctx.word_before(first.start)
    if preceding in ctx.cues.media_nouns:
        return "media", f"after {preceding}"
    if preceding in ctx.organization_nouns:
        return "organization", f"after {preceding}"
    workplace = _ROLE_AT.search(ctx.view[max(0, first.start - 40):first.start]) \
        if ends_before(ctx.view, first.start, 40, ("at", "the")) else None
    if workplace and (workplace.group(1) in ctx.cues.role_nouns or _agent_noun(workplace.group(1))):
        return "organization", f"workplace: {workplace.group(0).strip()}"
    employer = _employer_of(ctx, segment)
    if employer is not None:
        return "organization", f"employer: {employer}"
    return None


def _body_noun_after(ctx: NameContext, noun: str) -> bool:
    """Whether ``noun``, the lower-case word right after a name, is one :func:`noun_type` types the name by: a media
    noun, a pollster's or an organisation noun."""
    return noun in ctx.cues.media_nouns or noun in _POLLSTER_NOUNS or noun in ctx.cues.organization_nouns


def _bracketed_after_body(ctx: NameContext, first: Token, last: Token) -> tuple[str, str] | None:
    """Organisation or media for an acronym (one word, two capitals or more) alone in brackets right after a definite
    noun phrase whose head is a body noun (:attr:`NameContext.body_nouns`: "Venezuela's state oil company (PDVSA)",
    "the country's anti-monopoly agency (UOKiK)", "the consortium of Dutch academic libraries (UKB)"): the bracket
    names the body the phrase describes by its initials. Not a longer name ("the nation's first health museum
    (HealthSpace Cleveland)": a site as often as a body); not an acronym the phrase's words spell ("the internet
    service provider (ISP)"), a term's abbreviation as :mod:`analysis.actors.acronym_definitions` reads one; not
    after "a" or "an" ("a non-governmental organisation (NGO)": a kind of body)."""
    view = ctx.view
    if view[first.start - 1:first.start] != "(" or not view.startswith(")", last.end) or first is not last \
            or sum(map(str.isupper, first.text)) < 2:
        return None  # the common case: no acronym alone in brackets
    look_back = max(0, first.start - 1 - _BRACKET_LOOK_BACK)
    if not _word_end(view[look_back:first.start - 1].rstrip()):
        return None  # both patterns end with a word (and spaces) before the bracket: not "((WN))", a speaker's label
    for pattern in _BODY_BEFORE_BRACKET:
        phrase = pattern.search(view, look_back, first.start)
        singular = _body_noun(ctx, phrase.group(1)) if phrase is not None else None
        if singular is not None:
            break
    else:
        return None
    noun, name = phrase.group(1), view[first.start:last.end]
    if spelled_by(phrase.group(0).replace("(", " ").split(), name):
        return None
    return ("media" if singular in ctx.cues.media_nouns else "organization"), f"bracketed after {noun}"


def _word_end(text: str) -> bool:
    """Whether ``text`` ends with a word character or a hyphen (what ``[\\w-]`` matches: ``str.isalnum`` and ``\\w``
    agree on a character)."""
    return text[-1:].isalnum() or text.endswith(("_", "-"))


def _body_noun(ctx: NameContext, noun: str) -> str | None:
    """The body noun (:attr:`NameContext.body_nouns`) ``noun`` is, or is the plural of ("libraries"), or None."""
    nouns = ctx.body_nouns
    return next((form for form in (noun, *lexicon.singular_forms(noun)) if form in nouns), None)


def opens_town(ctx: NameContext, segment: Sequence[int]) -> bool:
    """Whether the first two or three words of ``segment`` are a town's or city's name of the ``place_names`` list
    ("New Orleans", "New Haven", "Santa Clara"): a common word opening it ("New") is no word to strip, and a first name
    opening it ("Santa") says nothing of a person ("the Santa Clara Lectures")."""
    words = [ctx.tokens[i].text for i in segment[:3]]
    return len(words) > 1 and (fold_key(" ".join(words[:2])) in ctx.cues.place_names
                               or len(words) > 2 and fold_key(" ".join(words)) in ctx.cues.place_names)


def _town_modifier(ctx: NameContext, segment: list[int]) -> bool:
    """Whether ``segment`` is the whole name of a town or city of the ``place_names`` cue list, so that a body's noun
    after it ("Omsk hospital", "a Kaluga school", "a Seattle newspaper") tells where the body is, not what the
    name is; a body named after its town has a head word of its own ("Omsk State University")."""
    words = " ".join([ctx.tokens[i].text for i in segment])
    return fold_key(words) in ctx.cues.place_names and not words.isupper()


def located(view: str, start: int) -> bool:
    """Whether a locative preposition ("in", "near") stands right before ``start``."""
    return ends_before(view, start, 12, _LOCATED_WORDS) and _LOCATED_BEFORE.search(view[max(0, start - 12):start]) is not None


def _employer_of(ctx: NameContext, segment: list[int]) -> str | None:
    """``Arsenal manager Mikel Arteta``, ``Bundesbank President Joachim Nagel``: a name right before a role
    that titles a person is the person's organisation (the role phrase, or None).

    Not a common word the text also writes in lower case, nor a word of an office phrase
    ("Transport" of "Transport Secretary").
    """
    last = ctx.tokens[segment[-1]]
    if len(segment) == 1 and (last.text.lower() in ctx.lowercase or fold_key(last.text) in ctx.cues.office_words):
        return None
    for hit in ctx.offices_starting(last.end + 1, last.end + 1):
        if hit.start == last.end + 1 and ctx.view[last.end] == " " and hit.actor_start < 0:
            role = ctx.view[hit.start:hit.end].lower().split()[-1]
            titled = ctx.view[hit.start].isupper()  # "Current Prime Minister X": a capitalised adjective
            if role in EMPLOYEE_ROLES and not (titled and ctx.tokens[segment[0]].initial) and \
                    _TITLED_NAME_AFTER.match(ctx.view[hit.end:hit.end + 40]):
                return ctx.text[hit.start:hit.end]
            return None
    return None


def _role_in_title_case(ctx: NameContext, hit: OfficeHit, segment: list[int]) -> bool:
    """Whether a role noun that is no title, written capitalised inside a sentence before one capitalised word,
    is a word of a title-cased name ("the International Student Olympiad", "any Executive Branch official"), not
    a role before a person's name ("Coach Reid", "Mayor Adams" are titles). Opening a sentence too when the text
    writes that word in lower case ("Marine Traffic's database shows ... traffic"): a common noun, no surname."""
    if len(segment) != 1 or segment[0] == 0:
        return False
    role, name = ctx.tokens[segment[0] - 1], ctx.tokens[segment[0]]
    return (role.start, role.end) == (hit.start, hit.end) and role.text[:1].isupper() \
        and not role.text.isupper() and role.text not in ctx.cues.titles \
        and (not role.initial or name.text.lower() in ctx.lowercase)


def _portfolio_in_title(ctx: NameContext, hit: OfficeHit, last: Token) -> bool:
    """Whether the words between a rank word and a capitalised office are the office's portfolio, not a name
    ("Deputy Emergency Situations Minister X", "Deputy Civil Defence Minister Y"): the office ``hit`` before them
    is a rank alone (``lexicon/apposition_office_modifiers.txt``, ``lexicon/office_rank_words.txt``), and an
    office written capitalised follows them after one space."""
    if ctx.text[hit.start:hit.end].lower() not in _RANK_WORDS or ctx.view[last.end:last.end + 1] != " ":
        return False
    return any(after.start == last.end + 1 and ctx.text[after.start:after.start + 1].isupper()
               for after in ctx.offices_ending(last.end + 2, last.end + _OFFICE_LOOK_AHEAD))


_RANK_WORDS = lexicon.union("apposition_office_modifiers", "office_rank_words")  # "deputy", "acting", "vice"
_OFFICE_LOOK_AHEAD = 40  # characters an office after the portfolio may span ("Minister", "Chief Executive")


def _office_before(ctx: NameContext, first: Token) -> OfficeHit | None:
    """An office or role phrase right before a name on its line: only spaces between, or a comma ("one activist,
    Nur Khan"), or the body it serves and a comma when the name is set off by commas ("the chief negotiator of the ELN,
    Aureliano Castaño, stressed")."""
    hits = ctx.offices_ending(first.start - 60, first.start)  # one search for both windows: most names have none
    for hit in hits:
        if first.start - hit.end > 3:
            continue
        gap = ctx.view[hit.end:first.start]
        if hit.end <= first.start and gap.strip() in ("", ",") and "\n" not in gap:
            return hit  # not across a line break: "presidential candidate" ending a line, "Interview" a heading
    for hit in hits:
        if hit.end <= first.start <= hit.end + 60 and _OFFICE_OF.fullmatch(ctx.view[hit.end:first.start]) \
                and _closes_apposition(ctx, first):
            return hit
    return None


_OFFICE_OF = re.compile(  # "the chief negotiator of the ELN, X": lexicon/role_body_prepositions.txt
    rf"\s+(?:{lexicon.alternation('role_body_prepositions')})\s+(?:the\s+)?[^,.;:()\n]{{1,40}},\s+")


def _closes_apposition(ctx: NameContext, first: Token) -> bool:
    """Whether the name starting at ``first`` ends at a comma (or the sentence's end)."""
    i = first.index
    while i + 1 < len(ctx.tokens) and name_like(ctx.tokens[i + 1]) and joins(ctx.tokens, i, i + 1):
        i += 1
    return _CLAUSE_MARK.match(ctx.view[ctx.tokens[i].end:ctx.tokens[i].end + 2]) is not None
