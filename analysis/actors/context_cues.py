"""Typing a discovered name from the sentence around it when nothing inside it says what it is.

:mod:`analysis.actors.discovery` asks these rules last, for a name no head
word, title, first name or apposition typed (:mod:`analysis.actors.name_cues`):

* :func:`citation_person` -- a party to a cited case ("Wade v. Jacobs",
  "Green versus United States") or an author cited by name: "Quilis (1964)",
  "(Lewis, Simons, & Fennig, 2014)", "Klingberg et al.", "Heidenreich &
  Turano 2011;" (a year in brackets, or a year closing a bracketed or
  semicolon-separated citation, after a chain of names, a page after it or not:
  "(Lewis & Fennig, 2014, p. 12)"; never a bare "Paris 2024");
* :func:`place_context` -- a place named after a locative preposition ("in
  Tulsa", "near Bhubaneshwar", "at Abqaiq", a one-word name after "in the": "in the Allier", "in the Louvre"; not a
  compass word, which :mod:`analysis.actors.place_neighbours` reads, nor a letter compound, "in the L-band"; not
  "worked at Funimation":
  ``lexicon/not_locative_before_at.txt``) that ends there (punctuation, a conjunction,
  a preposition, a place noun, a reporting verb or a bracketed gloss follows: "police in Tulsa said", "in Kherson
  (southern Ukraine)", not a bracketed year or acronym; not "in Table 2", "in Python
  code", nor a word listed in ``lexicon/not_places.txt`` such as "Latin"),
  or after a journey, a distance or a place's part ("fled to Irpin", "30 km
  from Kharkiv", "the mayor of Esquinal": :mod:`analysis.actors.place_phrases`),
  or a name followed by a comma and a known country, region or place
  ("Buxton, England", "Cambridge, Massachusetts");
* :func:`city_name` -- a name that is a town or city of the shipped
  ``place_names`` list ("Oakland has ...", "flights to Mashhad"), the last
  resort and the weakest cue (linking lets any other cue, or a person's name
  in the article, win);
* :func:`team_context` -- a team in sports copy: a results line ("Arsenal 2
  Chelsea 1", "Real Madrid 1-1 Barcelona") or a result sentence with one
  score ("Manchester United beat Liverpool 3-0"; in a sentence only a name
  with a place in it or a club word such as "United", "FC", "Rovers", since
  "Nadal beat Federer 6-4" names players), a place's name included: the
  "Liverpool" of a result is the club;
* :func:`acronym_organization` -- an all-capital word the dictionary lacks
  ("UNHCR") that the sentence treats as a body: "the UNHCR said", "UNHCR
  officials", "a UNHCR spokesperson", "members of the ICC"; never a Roman
  numeral, a unit, a ticker in brackets, a word of a shouted (all-capital)
  line, nor one listed in ``lexicon/acronyms_not_organizations.txt`` ("GDP",
  "CEO", "DNA"); one that owns something or is the bare subject of a finite verb ("HBO's new series", "SNY has
  broadcast": :mod:`analysis.actors.acronym_agents`);
* :func:`acronym_organiser` -- such a word opening an event's name, which discovery otherwise drops: the body that
  holds or awards it ("the BAFTA Award", "a WTA Tour event", "the JWP Junior Championship").
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from analysis.actors.acronym_agents import acronym_agent
from analysis.actors.mention_types import PLACE_KINDS, Candidate, fold_key
from analysis.actors.name_context import BODY_END, NameContext, ends_before
from analysis.actors.name_cues import SPEAKER_CUE
from analysis.actors.name_runs import Token, mixed_case_acronym
from analysis.actors.person_predicates import PREDICATE_AFTER_CUES
from analysis.actors.place_phrases import phrase_place
from analysis.text import lexicon

_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-z]?"
_NAME_CHAIN = r"(?:(?:,[ \t]*(?:&[ \t]*|and[ \t]+)?|[ \t]+(?:&|and)[ \t]+)[A-Z][\w'’-]*)*"  # one way to read each
_CITATION_AFTER = re.compile(
    rf"^{_NAME_CHAIN}(?:,?\s+et\s+al\.?|\s*[’']s?\s*\({_YEAR}[),;:]|,?\s*\({_YEAR}(?:[,:;][^()\n]{{0,30}})?\)"
    rf"|(?P<bare>,?\s+{_YEAR}(?:[,:]\s*(?:pp?\.\s*)?\d+(?:[-–]\d+)?)?\s*[;)]))"
)
_ET_AL = re.compile(r"^\s+et\s+al\b")
# How the text after a name opens where :data:`_CITATION_AFTER` or :data:`_CASE_AFTER` can match (their cheap first
# test): a comma, spaces, then a capital (the next author), "&", "and", "et al.", a bracket, an apostrophe, a year's
# first digit or "v." / "versus".
_CITATION_OPENING = re.compile(r",?\s*[A-Z&(12aev’']")
_WORK_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")  # "the Gallows (1958)": a work's title and year
_TICKER_BEFORE = re.compile(r"[A-Za-z]+:\s*$|\b(?:NYSE|Nasdaq|ticker)\b")  # "(NYSE: XOM)": a stock ticker
_CASE_AFTER = re.compile(r"^\s+(?:v\.|versus)\s+(?:the\s+)?[A-Z]")  # not "vs": "CentOS vs Stream", scores
_CASE_BEFORE = re.compile(r"[A-Za-z.]\s+(?:v\.|versus)\s+$")
_OPEN_CITATION = re.compile(r"[(;][^()\n]{0,200}$")
_LOCATIVE_WORDS = lexicon.ordered_words("place_context_locatives")  # "in", "In", "near": case as written
_LOCATIVE_BEFORE = re.compile(rf"(?:^|[^\w-])(?:{lexicon.alternation('place_context_locatives')})\s+$")
# "in the" before a one-word name: a region or a building named with the article ("in the Allier", "in the Louvre").
_IN_THE_BEFORE = re.compile(r"(?:^|[^\w-])[Ii]n\s+the\s+$")
_LETTER_COMPOUND = re.compile(r"^[A-Z]-[a-z]")  # "the L-band", "the X-ray": a letter and a noun
_COMPASS_REGIONS = lexicon.words("compass_regions")  # "in the South": a region analysis.actors.place_neighbours reads
_PLACE_END = re.compile(
    rf"^(?:\s*(?:[.,;:!?)\]\"”]|$|\n)|[ \t]+\((?![\d\s]|[A-Z]+[)\s])|\s+(?:and|or)\s+[a-z]|\s+(?:{lexicon.alternation('place_end_words')})\b)")
_COMMA_AFTER = re.compile(r"^,\s+")
# A lower-case place noun right after a name ("Wardak province", "Perim island"): a place when the phrase ends there.
_PLACE_NOUN_AFTER = re.compile(rf"[ \t]+({lexicon.alternation('place_kind_nouns')})\b")
_INNER_CAPITAL = re.compile(r"^(?!Mc|Mac|O['’]|D['’])\w+?[a-z][A-Z]")  # "CentOS", "FrameNet"; not "McAllen"
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")

_QUOTES = "\"“'‘"
_PLACE_SPAN_END = re.compile(r"^(?:\s*[,.;:)!?]|\s*$|\s*\n|\s+(?:and|or)\b)")
_ROMAN = re.compile(r"^(?=[IVXLCDM]+$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_ACRONYM_WORD = re.compile(r"^[A-Z][A-Z&]{1,6}$")
_ORG_AFTER = re.compile(rf"^\s+(?:{lexicon.alternation('organization_after_words')})\b")
_ORG_BEFORE = re.compile(
    rf"\b(?:{lexicon.alternation('organization_membership_words')})\s+(?:the\s+)?$|"
    rf"\b(?:{lexicon.alternation('organization_role_nouns')})\s+(?:{lexicon.alternation('role_body_prepositions')})"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The last words :data:`_ORG_BEFORE` can match before its trailing whitespace, lower case: its cheap first test.
_ORG_BEFORE_ENDINGS = tuple(sorted({"the"} | {
    entry.split()[-1].lower() for entry in lexicon.union("organization_membership_words", "role_body_prepositions")}))
_ORG_BEFORE_TAIL = max(map(len, _ORG_BEFORE_ENDINGS))


def citation_person(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why a name is a cited author ("citation: (1964)") or a party to a cited case ("Wade v. Jacobs"),
    or "" when it is neither."""
    last, first = ctx.tokens[segment[-1]], ctx.tokens[segment[0]]
    after = ctx.view[last.end:last.end + 160]
    opening = _CITATION_OPENING.match(after) is not None
    if opening and _CASE_AFTER.match(after) or ends_before(ctx.view, first.start, 12, ("v.", "versus")) \
            and _CASE_BEFORE.search(ctx.view[max(0, first.start - 12):first.start]):
        return "case name: v."
    match = _CITATION_AFTER.match(after) if opening else None
    if match is None:
        return _paired_authors(ctx, segment, after)
    if _ET_AL.match(after):
        return "citation: et al."
    if not _cites_authors(ctx.view) or _WORK_THE_BEFORE.search(ctx.view[max(0, first.start - 5):first.start]):
        return ""  # "Match Point (2005)": a work's year, in a text that cites no authors; "the Gallows (1958)"
    if match.group("bare") is not None:
        first = ctx.tokens[segment[0]]
        if _OPEN_CITATION.search(ctx.view[max(0, first.start - 200):first.start]) is None:
            return ""  # "Paris 2024;" outside a bracketed or semicolon-separated citation
    return f"citation: {match.group(0).strip()[-12:]}"


# Two or more surnames joined by "and" or "&" ("Carrano & Biewener", "Polio and Gass"): the names after the first
# one, then a numbered reference ("[7]") or a bare year ("1997") that closes the citation.
_PAIR_AFTER = re.compile(r"^(?:[ \t]+(?:&|and)[ \t]+([A-Z][a-z][\w'’-]*))*")
_PAIR_BEFORE = re.compile(r"\b([A-Z][a-z][\w'’-]*)[ \t]+(?:&|and)[ \t]+$")
_NUMBERED_REFERENCE = re.compile(r"^[ \t]*\[\d{1,3}(?:[,–-][ \t]*\d{1,3})*\]")
_BARE_YEAR = re.compile(rf"^[ \t]+{_YEAR}\b(?![-–/.,]?\d)")


def _paired_authors(ctx: NameContext, segment: Sequence[int], after: str) -> str:
    """Why a one-word name is one of two or more authors cited together without a bracketed year ("citation: [7]"),
    or "": the surnames joined by "and" or "&" ("Carrano & Biewener [7]", "Polio and Gass 1997"), then a numbered
    reference or, in a text that cites authors (:func:`_cites_authors`), a bare year. Every surname is written
    capitalised only in the text: not "Sense and Sensibility [5]", "HIV and AIDS [25]"."""
    name = ctx.tokens[segment[0]]
    if len(segment) != 1 or name.possessive or not name.text[1:].islower():
        return ""
    pair = _PAIR_AFTER.match(after)
    before = _PAIR_BEFORE.search(ctx.view, max(0, name.start - 40), name.start) \
        if pair.end() == 0 and ends_before(ctx.view, name.start, 40, ("&", "and")) else None
    partners = [partner.lower() for partner in re.findall(r"[A-Z][\w'’-]*", pair.group(0))] if pair.end() else (
        [before.group(1).lower()] if before is not None else [])
    if not partners or name.text.lower() in ctx.lowercase or not ctx.lowercase.isdisjoint(partners):
        return ""
    rest = after[pair.end():]
    if _NUMBERED_REFERENCE.match(rest):
        return "citation: numbered reference"
    if _BARE_YEAR.match(rest) and _cites_authors(ctx.view):
        return f"citation: {rest.split()[0]}"
    return ""


_AUTHOR_YEAR = re.compile(
    rf"\((?:see |e\.g\.,? |cf\.? )?[A-Z][\w'’-]+(?:(?:,|,? &|,? and) [A-Z][\w'’-]+)*,? {_YEAR}[);,]|\bet al\.")


@lru_cache(maxsize=8)
def _cites_authors(view: str) -> bool:
    """Whether a text cites authors the academic way: two or more "(Lewis, Simons, & Fennig, 2014)" or
    "et al." citations."""
    found = 0
    for _match in _AUTHOR_YEAR.finditer(view):
        found += 1
        if found >= 2:
            return True
    return False


def place_context(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why a name is a place ("in Tulsa", "Buxton, England", "Wardak province was"), or "" when the sentence does
    not say so."""
    first, last = ctx.tokens[segment[0]], ctx.tokens[segment[-1]]
    words = [ctx.tokens[i].text for i in segment]
    if all(map(str.isupper, words)) or not not_place_words().isdisjoint(map(fold_key, words)) \
            or any(map(_INNER_CAPITAL.search, words)):  # the tests mapped over the words: no generator to resume
        return ""  # "in Latin", "in CentOS", "In FrameNet": a language, a product
    if len(words) >= 2 and fold_key(words[0]) in ctx.cues.given_names or \
            len(words) == 1 and (words[0].lower() in ctx.lowercase or len(words[0]) <= 2):
        return ""  # "in Stream" when the text also writes "stream": a common word; "around Rs 500"
    following = _place_after(ctx, last)
    if not (ctx.cues.event_words.isdisjoint(words) and ctx.head_words.isdisjoint(words)
            and not any(map(str.isupper, words))) \
            and any(word in ctx.cues.event_words and not (following and n < len(words) - 1)
                    or word in ctx.head_words and not _saint(words, n) or word.isupper()
                    for n, word in enumerate(words)):  # the set tests first: most names have none of these words
        return ""  # "in World War Two", "in Town Hall", "in AB Aurigae"; not "in St. Louis", "Grand Forks, North Dakota"
    if following:
        return f"place after: {following}"
    noun = None if last.possessive else _PLACE_NOUN_AFTER.match(ctx.view, last.end, last.end + 30)
    if noun is not None and place_ends(ctx.view, noun.end()):
        return f"place noun after: {noun.group(1)}"  # not "the Sanders town hall", "Xinhua state media"
    shared = None if last.possessive else _shared_place_noun(ctx.view, first.start, last.end)
    if shared:
        return f"place noun after: {shared}"  # "Zamfara and Katsina states", "the Sagaing and Magway regions"
    before = _LOCATIVE_BEFORE.search(ctx.view[max(0, first.start - 10):first.start]) \
        if ends_before(ctx.view, first.start, 10, _LOCATIVE_WORDS) else None
    if before is None and first is last and ends_before(ctx.view, first.start, 8, ("the",)) \
            and not _LETTER_COMPOUND.match(first.text) and first.text not in _COMPASS_REGIONS:
        before = _IN_THE_BEFORE.search(ctx.view, max(0, first.start - 8), first.start)  # "in the Allier"
    if before is None:
        if last.possessive or len(words) >= 3 and any(fold_key(word) in ctx.cues.given_names for word in words[1:-1]):
            return ""  # "Mayor of Koszalin Piotr Jedlinski": a place, then a person's name
        phrase = phrase_place(ctx.view, first.start)
        return phrase if phrase and place_ends(ctx.view, last.end) else ""  # "fled to Irpin", "north of Kyiv"
    if last.possessive or before.group(0)[:1] in _QUOTES:
        return ""  # "in Byron's later memoirs": a person's; "("In Obscurity")": a title
    previous = _verb_before(ctx.view[max(0, first.start - 40):first.start - len(before.group(0))])
    if previous is not None and (previous.group(1).lower() in lexicon.words("not_locative_before") or (
            before.group(0).strip().lower().endswith("at") and previous.group(1).lower() in lexicon.words("not_locative_before_at"))):
        return ""  # "appeared in Cry Wolf", "a degree in Linguistics", "worked at Funimation"
    if place_ends(ctx.view, last.end):
        return f"locative: {before.group(0).strip()}"
    return ""


def _plural(noun: str) -> str:
    """The plural of a place noun: "states", "cities", "valleys"."""
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"


_PLURAL_PLACE_NOUNS = "|".join(_plural(noun) for noun in lexicon.ordered_words("place_kind_nouns"))
_PLURAL_NOUN_AFTER = re.compile(rf"[ \t]+({_PLURAL_PLACE_NOUNS})\b")
# A second name coordinated with the first, then the plural noun both share: " and Katsina states".
_COORDINATED_PLURAL = re.compile(
    rf"[ \t]+(?:and|or|&)[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){{0,2}}[ \t]+({_PLURAL_PLACE_NOUNS})\b")
_COORDINATORS = (" and ", " or ", " & ")
_NAME_AND_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]+(?:and|or|&)[ \t]+$")


def _shared_place_noun(view: str, start: int, end: int) -> str:
    """The plural place noun two coordinated names share ("Zamfara and Katsina states", "the Sagaing and Magway
    regions"), when the name from ``start`` to ``end`` is one of them and the phrase ends as a place's name does;
    else ""."""
    if view.startswith(_COORDINATORS, end):  # the first name: "Zamfara" of the example
        following = _COORDINATED_PLURAL.match(view, end, end + 80)
    elif view.endswith(_COORDINATORS, max(0, start - 5), start):  # the second: "Katsina", after a name and "and"
        following = _PLURAL_NOUN_AFTER.match(view, end, end + 30)
        if following is not None and _NAME_AND_BEFORE.search(view, max(0, start - 40), start) is None:
            following = None
    else:
        return ""  # most names stand in no coordination: the patterns need not run
    return following.group(1) if following is not None and place_ends(view, following.end()) else ""


def _verb_before(text: str) -> re.Match | None:
    """The last word of ``text`` before a locative, past a time adjunct of up to three words ("published Wednesday",
    "published on Monday", "published earlier this month": ``lexicon/locative_time_adjuncts.txt`` and the weekdays),
    or None."""
    previous = _WORD_BEFORE.search(text)
    for _ in range(3):
        if previous is None or previous.group(1).lower() not in _time_adjuncts():
            break
        previous = _WORD_BEFORE.search(text, 0, previous.start())
    return previous


@lru_cache(maxsize=1)
def _time_adjuncts() -> frozenset[str]:
    return frozenset(lexicon.words("locative_time_adjuncts") | {day.lower() for day in lexicon.words("weekdays")})


def _saint(words: Sequence[str], index: int) -> bool:
    """Whether ``words[index]`` is a saint's abbreviation opening a longer name ("St. Louis", "St Albans"), not the
    street word of "Bridge St" (``lexicon/saint_abbreviations.txt``)."""
    return index == 0 and len(words) > 1 and words[0].rstrip(".").casefold() in lexicon.words("saint_abbreviations")


_COORDINATED_NAME = re.compile(r"[ \t]+(?:and|or|&)[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}")


_PUNCTUATION_END = re.compile(r"[ \t]*(?:[.,;:!?)\]\"”]|$|\n)")
# A full stop after a word of two or more lower-case letters: the coordinated name ended its sentence ("and Bucha. He
# said", "and Pannonia. [3]"), where the name pattern ran on into the next word; not "St. Louis", "Mt. Kenya".
_SENTENCE_END = re.compile(r"[a-z]{2}\.(?:\s|$)")


def place_ends(view: str, end: int) -> bool:
    """Whether a place's name may end at ``end``: punctuation, a conjunction, a preposition or a place noun follows
    (:data:`_PLACE_END`), or one more name coordinated with it and then punctuation ("in Irpin and Bucha, ...";
    "fled to Irpin and Bucha. He said": the sentence ends there; not "James Brown in Get On Up and Thurgood
    Marshall in Marshall")."""
    if _PLACE_END.match(view[end:end + 30]):
        return True
    coordinated = _COORDINATED_NAME.match(view, end)
    return coordinated is not None and (
        _PUNCTUATION_END.match(view, coordinated.end()) is not None
        or _SENTENCE_END.search(view, coordinated.start(), coordinated.end() + 1) is not None)


CITY_CUE = "city name:"
_CELESTIAL_WORDS = max(len(name.split()) for name in lexicon.words("celestial_bodies"))  # words of the longest
CELESTIAL_CUE = "celestial body:"
_INDEFINITE_BEFORE = re.compile(r"\b[Aa]n?\s+(?:[a-z][\w-]*\s+)?$")  # "a ", "a hot ": see kind_of_body
_LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-z]")  # "Mars mission": a noun the name may modify
LIST_PLACE_CUES = (CITY_CUE, CELESTIAL_CUE)  # the weakest cues, a name's place on a list: any other cue outvotes them
_COMPASS_PREFIXES = lexicon.words("compass_prefixes")  # "West", "Upper": a compass word opening a town's part


def city_name(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why a name no other cue typed is a place: it is the name of a town or city ("city name: Tulsa"), or a compass
    word (``lexicon/compass_prefixes.txt``) and one ("West Oakland", "Upper Manhattan"), or ""
    when it is not one, or is also a common word of the text ("Deal" when the text writes "deal"), a word in
    capitals, a word listed in ``lexicon/not_places.txt``, the end of a longer name ("New Orleans") or, in sports
    copy (``lexicon/sports_words.txt``), a name after "for" or "against" ("debuted for Boston": the team). The
    weakest cue: linking lets any other cue of the same name outvote it, and makes it a person when it is part
    of a person's name in the article ("Imus" after "Don Imus")."""
    if not ctx.cues.place_names:
        return ""
    words = [ctx.tokens[i].text for i in segment]
    key = fold_key(" ".join(words))
    if key not in ctx.cues.place_names and compass_town(ctx, segment):
        key = fold_key(" ".join(words[1:]))  # "West Oakland", "Upper Manhattan": a part of the town
    if key not in ctx.cues.place_names or any(map(str.isupper, words)) \
            or not not_place_words().isdisjoint(map(fold_key, words)) \
            or len(words) == 1 and words[0].lower() in ctx.lowercase or _cut_from_name(ctx, segment[0]) \
            or _team_side(ctx, segment[0]):
        return ""
    return f"{CITY_CUE} {' '.join(words)}"


def celestial_body(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why a name no other cue typed is a place: it names a planet or the solar system (``lexicon/celestial_bodies.txt``:
    "life on Mars", "returned to Earth"; "celestial body: Mars"), or "" when it does not, or the text also writes it
    in lower case ("down to earth"). As weak as a town's name: a person's name in the article claims it ("Bruno
    Mars")."""
    if len(segment) > _CELESTIAL_WORDS:
        return ""  # longer than any name of the list ("Solar System"): the words need not be joined
    name = " ".join([ctx.tokens[i].text for i in segment])
    if name not in lexicon.words("celestial_bodies") or name.split()[0].lower() in ctx.lowercase:
        return ""
    return f"{CELESTIAL_CUE} {name}"


def kind_of_body(ctx: NameContext, segment: Sequence[int]) -> bool:
    """Whether a planet's name (``lexicon/celestial_bodies.txt``) heads a noun phrase opened by "a" or "an" and at
    most one lower-case word ("it could be a hot Jupiter.", "a second Earth?"): a kind of planet named after the
    body, not the body, which is one of a kind; no mention, so that the planet named elsewhere in the article does
    not lend it its type. Not when a lower-case word follows the name, which then may modify a noun ("a manned Mars
    mission")."""
    if len(segment) > _CELESTIAL_WORDS or " ".join([ctx.tokens[i].text for i in segment]) \
            not in lexicon.words("celestial_bodies"):
        return False
    first, last = ctx.tokens[segment[0]], ctx.tokens[segment[-1]]
    return _INDEFINITE_BEFORE.search(ctx.view, max(0, first.start - 30), first.start) is not None \
        and _LOWER_WORD_AFTER.match(ctx.view, last.end) is None


def compass_town(ctx: NameContext, segment: Sequence[int]) -> bool:
    """Whether a name is a compass word (``lexicon/compass_prefixes.txt``) and a town or city of the ``place_names``
    list: "West Oakland", "Upper Manhattan" (a part of the town; discovery keeps the compass word opening a
    sentence too)."""
    if ctx.tokens[segment[0]].text not in _COMPASS_PREFIXES or len(segment) < 2:
        return False  # the word first: most names open with none
    return fold_key(" ".join(ctx.tokens[i].text for i in segment[1:])) in ctx.cues.place_names


def _team_side(ctx: NameContext, index: int) -> bool:
    """Whether the word at ``index`` follows "for" or "against" in sports copy ("24 games for Indianapolis", "scored
    against Dallas"): a team there, not the town."""
    return index > 0 and ctx.tokens[index - 1].text in ("for", "against") \
        and not ctx.lowercase.isdisjoint(lexicon.words("sports_words"))


def _cut_from_name(ctx: NameContext, index: int) -> bool:
    """Whether the word at ``index`` follows a capitalised word discovery cut off ("New" of "New Orleans"):
    the name is longer than the city's (not after "The" nor a possessive: "Trump's Tulsa rally")."""
    if index == 0:
        return False
    previous, token = ctx.tokens[index - 1], ctx.tokens[index]
    return token.gap in (" ", "\u00a0") and previous.text[:1].isupper() and not previous.possessive \
        and previous.text != "The"


def _place_after(ctx: NameContext, last: Token) -> str:
    """The country, region or place right after ``last`` and a comma ("Sochi, Russia"), or ""."""
    comma = _COMMA_AFTER.match(ctx.view[last.end:last.end + 4]) if ctx.view.startswith(",", last.end) else None
    if comma is None or last.possessive:
        return ""
    at = last.end + comma.end()
    index = bisect_left(ctx.spans, at, key=lambda span: span.start)  # spans are in text order
    if index < len(ctx.spans) and ctx.spans[index].start == at:
        span = ctx.spans[index]
        if span.kind in PLACE_KINDS and span.how in ("dictionary", "alias") \
                and _PLACE_SPAN_END.match(ctx.view[span.end:span.end + 6]):  # not "..., Chad Michael Murray"
            return ctx.text[span.start:span.end]
    return ""


def acronym_organization(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why an all-capital word the dictionary lacks names an organisation ("the UNHCR said", "AT&T said"), or ""."""
    if len(segment) != 1 and any(ctx.tokens[i].gap != "&" for i in segment[1:]):
        return ""  # one word, or initials joined by ampersands ("AT&T", "PG&E")
    first, token = ctx.tokens[segment[0]], ctx.tokens[segment[-1]]
    word = ctx.text[first.start:token.end]
    if not unknown_acronym(word):
        return ""
    if _shouted(ctx.tokens, first.index, token.index) or ctx.view[first.start - 1:first.start] == "(" \
            and ctx.view[token.end:token.end + 1] == ")" \
            and _TICKER_BEFORE.search(ctx.view[max(0, first.start - 30):first.start]):
        return ""
    after = _ORG_AFTER.match(ctx.view[token.end:token.end + 30])
    if after is not None and (token.possessive is False):
        return f"acronym: {word} {after.group(0).strip()}"
    before = _org_before(ctx.view, first.start)
    if before is not None:
        return f"acronym: {before.group(0).strip()} {word}"
    return acronym_agent(ctx.view, first, token, word)  # "HBO's new series", "SNY has broadcast"


def _org_before(view: str, start: int) -> re.Match | None:
    """:data:`_ORG_BEFORE` searched in the 40 characters before ``start``, where they can match: they end with one of
    its last words (:data:`_ORG_BEFORE_ENDINGS`, any case) and whitespace. The words are compared lower-cased where
    the text there is ASCII (as the pattern's ``re.IGNORECASE`` compares them); any other text is searched."""
    window = view[max(0, start - 40):start]
    stripped = window.rstrip()
    if stripped == window:
        return None
    tail = stripped[-_ORG_BEFORE_TAIL:]
    if tail.isascii() and not tail.lower().endswith(_ORG_BEFORE_ENDINGS):
        return None
    return _ORG_BEFORE.search(window)


_LONGEST_EVENT_NAME = 4  # words: "MTV Video Music Awards", the acronym and at most three after it, the event word last


def acronym_organiser(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why the first word of an event's name is the body behind the event: an all-capital word the dictionary lacks,
    the name ending with a word of ``lexicon/organised_event_words.txt`` ("acronym: BAFTA Award"), or "". Not a
    word of a shouted line, a Roman numeral or a listed acronym ("the AIDS Conference"), nor before a law's or a
    plan's name, which the acronym often spells ("the HEROES Act")."""
    first = ctx.tokens[segment[0]]
    if not 1 < len(segment) <= _LONGEST_EVENT_NAME or ctx.labels[segment[0]] != "free" or first.possessive \
            or ctx.tokens[segment[-1]].text not in lexicon.words("organised_event_words") \
            or not unknown_acronym(first.text) or _shouted(ctx.tokens, first.index):
        return ""
    return f"acronym: {first.text} {ctx.tokens[segment[-1]].text}"


def unknown_acronym(word: str) -> bool:
    """Whether ``word`` is written as a body's acronym ("UNHCR", "AT&T", "KfW"): all capitals or capitals with a few
    small letters between (:func:`~analysis.actors.name_runs.mixed_case_acronym`), and neither a Roman numeral
    ("XIV") nor an acronym of ``lexicon/acronyms_not_organizations.txt`` ("GDP", "AIDS")."""
    return (_ACRONYM_WORD.match(word) is not None or mixed_case_acronym(word)) and not _ROMAN.match(word) \
        and word.casefold() not in _not_organizations()


_THE_BEFORE = re.compile(r"\bthe\s+$")  # lower case: "joined The Rolling Stones" names a title


def body_before(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why a name after "the" is an organisation by what comes before it, the words that make an acronym one
    (:data:`_ORG_BEFORE`): "members of the Koinonia", "head of the Koinonia", "joined the Marines", or "".
    The name must end its noun phrase (:data:`~analysis.actors.name_context.BODY_END`; not "a member of the Imus
    family")."""
    first = ctx.tokens[segment[0]]
    if first.initial or not ends_before(ctx.view, first.start, 6, ("the",)) \
            or all(ctx.tokens[i].text.isupper() for i in segment):
        return ""  # initials ("the S.E.C."): linking ties them to the name spelt out, :func:`acronym_organization` types
    before = _ORG_BEFORE.search(ctx.view[max(0, first.start - 40):first.start])
    if before is None or not _THE_BEFORE.search(before.group(0)) \
            or not BODY_END.match(ctx.view, ctx.tokens[segment[-1]].end):
        return ""  # "a member of the Imus family", "spokeswoman for the Trump administration": a modifier
    return f"body: {before.group(0).strip()}"


def _shouted(tokens: Sequence[Token], index: int, last: int | None = None) -> bool:
    """Whether a neighbouring word of the same line is written in capitals too (a headline, a shouted line);
    the neighbours of the words ``index`` to ``last`` when given ("AT&T")."""
    last = index if last is None else last
    for near, other in ((index, index - 1), (last, last + 1)):
        if 0 <= other < len(tokens) and "\n" not in (tokens[max(near, other)].gap):
            text = tokens[other].text
            if len(text) > 1 and text.isupper() and text.isalpha():
                return True
    return False


@lru_cache(maxsize=1)
def not_place_words() -> frozenset[str]:
    """The words ``lexicon/not_places.txt`` lists (folded): capitalised words that name no town where they stand."""
    return frozenset(fold_key(word) for word in lexicon.words("not_places"))


@lru_cache(maxsize=1)
def _not_organizations() -> frozenset[str]:
    return frozenset(word.casefold() for word in lexicon.words("acronyms_not_organizations"))


_RESULT_LINE = re.compile(
    r"^[ \t]*(?P<a>[A-Z][^\d\n]{1,40}?)[ \t]+(?:\d{1,3}[ \t]*[,–-]?[ \t]*(?P<b>[A-Z][^\d\n]{1,40}?)[ \t]+\d{1,3}"
    r"|\d{1,3}[ \t]*[-–][ \t]*\d{1,3}[ \t]+(?P<c>[A-Z][^\d\n]{1,40}?))[ \t]*(?:\([^)\n]*\))?[ \t]*$", re.MULTILINE)
# The first name's words are written word first ("X(?:\s+Y){0,3}"): a pattern opening with [A-Z] lets the regex engine
# skip to capital letters instead of trying every position (the same matches as "(?:X\s+){0,3}Y").
_RESULT_VERB = re.compile(
    r"(?P<a>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})\s+(?:" + lexicon.alternation("result_verbs") + r")\s+"
    r"(?P<b>(?:[A-Z][\w.'’&-]*\s+){0,3}[A-Z][\w.'’&-]*)[^.!?\n\d]{0,40}?\b\d{1,3}\s*[-–]\s*\d{1,3}\b"
    r"(?!\s*,?\s*\d{1,2}\s*[-–]\s*\d)")


def team_context(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why a name (its words possibly all dictionary places) is a team in sports copy, or ""."""
    results = ctx.sports_results  # sports_results(ctx.view), worked out once per article
    if not results:
        return ""  # no result in the article: the common case, decided without reading the name
    first, last = ctx.tokens[segment[0]], ctx.tokens[segment[-1]]
    if len(segment) >= 2 and fold_key(first.text) in ctx.cues.given_names:
        return ""
    for kind, (starts, names) in results:
        at = bisect_right(starts, first.start) - 1  # the one result name that can hold the segment
        if at >= 0 and last.end <= names[at][2]:
            if kind == "result" and not _club_like(ctx, segment):
                return ""
            return f"sports {kind}: {names[at][0]}"
    return ""


def _club_like(ctx: NameContext, segment: Sequence[int]) -> bool:
    """A place inside the name ("Manchester United", "Liverpool") or a club word ("Rovers", "FC")."""
    return any(ctx.labels[i] == "geo" or ctx.tokens[i].text in _club_words() for i in segment)


_DIGIT = re.compile(r"\d")
# What a result sentence cannot lack (tested before reading it, to skip most articles at little cost): a score
# and a result verb (no leading \b: a pattern opening with a letter set lets the engine skip to those letters).
_SCORE = re.compile(r"\d\s*[-–]\s*\d")
_RESULT_VERB_FIRST_WORDS = tuple(dict.fromkeys(verb.split()[0] for verb in lexicon.ordered_words("result_verbs")))
_RESULT_VERB_WORD = re.compile(  # the first words of the result verbs, in file order: "beat", ..., "drew", "lost", "fell"
    r"(?:%s)\s" % "|".join(_RESULT_VERB_FIRST_WORDS))
_RESULT_PATTERNS = (("results line", _RESULT_LINE), ("result", _RESULT_VERB))


def sports_results(
    view: str, vocabulary: frozenset[str] | None = None
) -> tuple[tuple[str, tuple[list[int], tuple[tuple[str, int, int], ...]]], ...]:
    """The sports results of an article, as :func:`team_context` reads them (:attr:`NameContext.sports_results`);
    ``vocabulary``, the article's word tokens (:attr:`~analysis.text.document.Document.vocabulary` of the document
    whose view ``view`` is), if given, tells at once whether a result verb is written in it."""
    return _result_index(view, vocabulary)


def _result_index(
    view: str, vocabulary: frozenset[str] | None = None
) -> tuple[tuple[str, tuple[list[int], tuple[tuple[str, int, int], ...]]], ...]:
    """For each kind of result (results line, result sentence): :func:`_result_names` with their start
    offsets, for bisecting (the names of one pattern never overlap: its matches do not, nor do the groups of
    a match; and they come in text order); empty when the view has no result. Computed once per article, kept on
    :attr:`NameContext.sports_results`."""
    results = []
    for kind, pattern in _RESULT_PATTERNS:
        names = _result_names(view, pattern, vocabulary)
        results.append((kind, ([start for _name, start, _end in names], names)))
    return tuple(results) if any(names for _kind, (_starts, names) in results) else ()


def _result_names(
    view: str, pattern: re.Pattern, vocabulary: frozenset[str] | None = None
) -> tuple[tuple[str, int, int], ...]:
    """The names on each side of every result in ``view``: (name, start, end)."""
    found = []
    if not _DIGIT.search(view) or (pattern is _RESULT_VERB and not _result_verb_written(view, vocabulary)):
        return ()  # no score, or no result verb for the result-sentence pattern to read
    for match in pattern.finditer(view):
        for group in ("a", "b", "c"):
            if group in pattern.groupindex and match.group(group):
                found.append((match.group(group).strip(), match.start(group), match.end(group)))
    return tuple(found)


def _result_verb_written(view: str, vocabulary: frozenset[str] | None) -> bool:
    """Whether ``view`` holds what a result sentence (:data:`_RESULT_VERB`) cannot lack: a result verb's first word
    and a score. The pattern reads the verb between spaces, a whole run of word characters, so a word token of the
    article (``vocabulary``) when it is written; a set look-up then spares most articles both scans of the text."""
    if vocabulary is not None and vocabulary.isdisjoint(_RESULT_VERB_FIRST_WORDS):
        return False
    return _SCORE.search(view) is not None and _RESULT_VERB_WORD.search(view) is not None


@lru_cache(maxsize=1)
def _club_words() -> frozenset[str]:
    return frozenset(lexicon.words("club_words"))


_PLACE_CUES = ("locative:", "place after:", "place before:", "coordinated with:",  # analysis.actors.place_neighbours
               "motion:", "distance:", "of-phrase:", "place list:")  # analysis.actors.place_phrases


_PREPOSITION_CUES = ("locative:", "motion:", "of-phrase:", "place list:", "coordinated with:")


def settle_places(candidates: list) -> list:
    """A name typed a place only by the sentence around one of its occurrences, while most of its
    occurrences give no cue, is left untyped: "in Fedora" once among 18 "Fedora"s is software, not a
    place (linking would otherwise give every occurrence the place type). The bar is low, since a
    travel guide names a town many times and puts "in" before few of them: fewer than one occurrence
    in eight of a name met eight times or more, and no place word elsewhere. Nor does a preposition make a
    place of a person's surname: "shouted at Lam" after "Carrie Lam"."""
    by_name: dict[tuple, list] = {}
    for candidate in candidates:
        by_name.setdefault(candidate.words, []).append(candidate)
    surnames = {c.words[-1:] for c in candidates if c.type == "person" and len(c.words) >= 2}
    settled = []
    for candidate in candidates:
        if candidate.type == "place" and candidate.cue.startswith(_PLACE_CUES):
            group = by_name[candidate.words]
            placed = sum(1 for c in group if c.type == "place")
            if len(group) >= 8 and placed * 8 < len(group) \
                    or candidate.words in surnames and candidate.cue.startswith(_PREPOSITION_CUES):
                candidate = replace(candidate, type=None, cue="")
        settled.append(candidate)
    return settled


# The type a dictionary match lends the untyped names listed with it ("Google, Bing and Yahoo").
_LISTED_TYPE = {"person": "person", "organization": "organization", "media": "media",
                "country": "place", "region": "place", "place": "place"}
# "." of "Jr.", "Inc." before the comma; "the" may open the next name ("Reuters, CNN and the Washington Post")
_LIST_SEPARATOR = re.compile(r"\.?(?:\s*,\s*|\s*,?\s+(?:and|or|&)\s+)(?:the\s+)?$")
_LIST_AFTER = re.compile(r"\s*,|\s+(?:and|or|&)\s")
_LIST_BEFORE = re.compile(r"(?:,|\s(?:and|or|&))\s+(?:the\s+)?$")
_LONGEST_SEPARATOR = 12  # ", and the  " with a stray space: longer gaps are never a list separator
_LIST_COORDINATOR = re.compile(r"(?:^|\s)(?:and|or|&)\s")
_ADDRESS_KINDS = ("country", "region")  # a town's address after a comma ("Buxton, England"), no list member
_BARE_COMMA = re.compile(r"\s*,\s*")
_POSSESSIVE_MARKS = ("'", "’")  # "and the United States' National Science Foundation": a possessor, no list member
_COORDINATED_BEFORE = re.compile(r"\s(?:and|or|&)\s+(?:the\s+)?$")  # "Microsoft, Zoom and |Slack said"
_VERB_AFTER = re.compile(r"\s+([a-z]+)\b")  # "said" of "Slack said"
_BODY_TYPES = frozenset({"organization", "media"})


def type_coordinated(ctx: NameContext, candidates: list) -> list:
    """Untyped names in a coordinated list ("Apache Junction, Fountain Hills, Queen Creek and Sun City";
    "Google, Bing, and Yahoo") take the type of the list's typed members, discovered names and dictionary
    matches alike, when they all have one type. A list is three or more names separated by commas and closed
    by "and", "or" or "&" (so neither "Preston, Victoria" nor "Iran and Assad" is one: two coordinated names
    often differ in type), "the" allowed before a name ("Reuters, Zorvex and the Washington Post"); a list of mixed
    types types nothing, a dictionary match in the possessive modifies the name after it, no list member ("X, Y,
    and the United States' National Science Foundation"), and a country or region after a town and a bare comma
    is the town's address, one member with it ("Buxton, England and the Magic Circle" lists two names). The verb after
    a list is the whole list's: its last name, typed a person by that verb alone, takes the list's type when the other
    typed members are bodies ("Microsoft, Zoom and Slack said": no person, :func:`_bodies_before_list_verb`)."""
    view = ctx.view
    closing = {index for index, candidate in enumerate(candidates) if _typed_by_verb_after_list(ctx, candidate)}
    if not closing and not any(
            candidate.type is None and (_LIST_AFTER.match(view, candidate.end)
                                        or _LIST_BEFORE.search(view, max(0, candidate.start - 10), candidate.start))
            for candidate in candidates):
        return candidates  # no untyped name next to a comma or a conjunction: the common case
    items = [(c.start, c.end, c.type, index, c.type) for index, c in enumerate(candidates)]
    starts = [c.start for c in candidates]  # candidates come in text order and never overlap
    for span in ctx.spans:
        at = bisect_right(starts, span.start)  # the candidates before and after the span may overlap it
        if span.how in ("dictionary", "alias") and span.kind in _LISTED_TYPE \
                and not view.startswith(_POSSESSIVE_MARKS, span.end) \
                and not (at > 0 and candidates[at - 1].end > span.start) \
                and not (at < len(candidates) and candidates[at].start < span.end):
            items.append((span.start, span.end, _LISTED_TYPE[span.kind], None, span.kind))
    items.sort()
    typed = list(candidates)
    group = items[:1]
    for item in items[1:] + [None]:
        if item is not None and item[0] - group[-1][1] <= _LONGEST_SEPARATOR \
                and _LIST_SEPARATOR.match(ctx.view, group[-1][1], item[0]):
            if _address(view, group[-1], item):  # "Buxton, England and the Magic Circle": two members, not three
                group[-1] = (*group[-1][:1], item[1], *group[-1][2:])
            else:
                group.append(item)
            continue
        if len(group) >= 3 and group[-1][3] in closing and _bodies_before_list_verb(ctx, group):
            index = group[-1][3]  # the verb types no person: the name is untyped, as the list may type it
            typed[index] = replace(typed[index], type=None, cue="")
            group[-1] = (*group[-1][:2], None, *group[-1][3:])
        if len(group) >= 3:
            _type_group(ctx, group, typed)
        group = [item]
    return typed


def _typed_by_verb_after_list(ctx: NameContext, candidate: Candidate) -> bool:
    """Whether ``candidate`` is a person by the verb right after it alone (a speech verb: "Slack said"; a person's
    predicate: "Slack was born", :data:`~analysis.actors.person_predicates.PREDICATE_AFTER_CUES`) and closes a
    coordinated list ("Microsoft, Zoom and Slack said"), whose verb that is; not the surname of a person the text
    names with a first name ("Okafor" after "Jane Okafor")."""
    if candidate.type != "person":
        return False
    cue = candidate.cue
    if cue.startswith(SPEAKER_CUE):
        verb = _VERB_AFTER.match(ctx.view, candidate.end)
        if verb is None or cue[len(SPEAKER_CUE):] != verb.group(1):
            return False  # "said Slack": the verb before speaks of the name alone
    elif not cue.startswith(PREDICATE_AFTER_CUES):
        return False
    return _COORDINATED_BEFORE.search(ctx.view, max(0, candidate.start - 10), candidate.start) is not None \
        and ctx.view[candidate.start:candidate.end].rsplit(None, 1)[-1] not in ctx.words_after_given_names


def _bodies_before_list_verb(ctx: NameContext, group: list) -> bool:
    """Whether the verb after a coordinated list of names, said of the whole list, follows a list whose typed
    members before its last name are all bodies ("Microsoft, Zoom and Slack said"): it then types no member as a
    person, and the last name, typed by that verb alone, shares the list's type instead (:func:`_type_group`). Not
    two names ("Microsoft and Slack"), no list (:func:`type_coordinated`): "a spokesman for Acme and Smith said".
    Items are (start, end, listed type, candidate index, kind)."""
    if not _LIST_COORDINATOR.search(ctx.view[group[-2][1]:group[-1][0]]):
        return False
    kinds = {kind for _start, _end, kind, _index, _kind in group[:-1] if kind is not None}
    return bool(kinds) and kinds <= _BODY_TYPES


def _has_digit(name: str) -> bool:
    """Whether ``name`` holds a digit: a number or a code, never a person's name."""
    return any(character.isdigit() for character in name)


def _address(view: str, town: tuple, item: tuple) -> bool:
    """Whether a list item is the country or region of the town item before it, after a bare comma ("Buxton,
    England"): the two are one member of a list. Items are (start, end, listed type, candidate index, kind)."""
    return town[4] == "place" and item[3] is None and item[4] in _ADDRESS_KINDS \
        and _BARE_COMMA.fullmatch(view, town[1], item[0]) is not None


def _type_group(ctx: NameContext, group: list, typed: list) -> None:
    """Type the untyped names of one run of names separated by list separators (see :func:`type_coordinated`); a
    name with a digit is no person's, whatever persons it is listed with (a case number opening the list of its
    parties: "KX-21-904, Maria Lopez, Daniel Ashford and Sarah Kim")."""
    if len(group) < 3 or not any(_LIST_COORDINATOR.search(ctx.view[a[1]:b[0]]) for a, b in zip(group, group[1:])):
        return
    kinds = {kind for _start, _end, kind, _index, _kind in group if kind is not None}
    if len(kinds) != 1:
        return
    kind = kinds.pop()
    first = next(start for start, _end, item_kind, _index, _kind in group if item_kind is not None)
    for _start, _end, item_kind, index, _kind in group:
        if item_kind is None and index is not None and not (kind == "person" and _has_digit(typed[index].name)):
            typed[index] = replace(typed[index], type=kind, cue=f"listed with {ctx.text[first:group[-1][1]][:40]}")
