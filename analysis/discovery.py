"""Discovering actors the dictionary does not name, typing them by cues, and linking names within an article.

Discovery reads the capitalised sequences of a text ("Sergey Lavrov",
"National Emergency Operation Centre") that no dictionary phrase covers and
types them by cues from the dictionary's ``cues`` and ``offices``:

* a person: an office or role right before the name ("Foreign Minister Sergey
  Lavrov", "former national security adviser John Bolton"), a title inside it
  ("Mr Lavrov", "General Motors" is not one: an organisation word wins), a
  known first name starting a name of two or more words ("Evo Morales"), a
  parenthesised first name ("(Nicolás) Maduro"), or what follows the name
  (", who", an age ", 45,", an apposition ", the Russian foreign minister");
* an organisation or media outlet: an organisation or media head word
  ("Ministry", "Council", "Party", "Times"), also across connectors ("Community
  of ...", "Ministry of Health"), or an acronym in brackets after the name;
* a place: a place head word ("County", "River") or a leading "Mount", "Lake".

Sentence-initial common words, months and weekdays never start a name; a name
with no cue stays untyped and is not reported as a mention. Names of events
("World Cup", "Paris Agreement") are not actors.

Linking partial names and role phrases within an article is
:mod:`analysis.linking`. Discovered actor ids are stable slugs of the name
(``person:sergey-lavrov``); :func:`summarize_discoveries` lists discovered
actors with counts and evidence for an analyst to copy into a dictionary.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

import pandas as pd

from analysis.bylines import MASK
from analysis.text import WORD_PATTERN, fold_accents, normalize

NAME_PARTICLES = frozenset(
    "de da das do dos del della di du van von der den ter bin ibn al el la le y ben zu af".split()
)
SURNAME_PARTICLES = frozenset("de da di du del della dos das van von der den ter".split())
ORG_CONNECTORS = frozenset({"of", "for", "on", "and", "&", "the"})
MONTHS = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thurs Fri Sat Sun".split())
AMBIGUOUS_MONTHS = frozenset({"May", "March", "June", "April", "August"})
DATE_WORDS = frozenset(
    "in on since until till by last next this early late mid of from through before after during "
    "between and or".split()
)
ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Mx Dr St Gen Lt Col Sen Rep Gov Jr Sr Prof Capt Sgt Maj Adm Cmdr Brig Rev Fr Hon No vs "
    "etc Inc Corp Co Ltd Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)
PLACE_PREFIXES = frozenset({"Mount", "Lake", "Cape", "Fort", "Port", "Isle", "Isla", "Monte", "Sierra", "Lago"})
EVENT_PREFIXES = frozenset({"Hurricane", "Storm", "Typhoon", "Cyclone", "Operation", "Tropical"})
TRAILING_NOISE = frozenset({"I", "Image", "Photo", "Video", "File", "Credit", "Credits", "Caption", "Source"})
NON_HOLDING = frozenset({"former", "ex", "then", "late", "deputy", "vice", "assistant", "under", "junior", "shadow", "future", "would-be", "next"})
ACRONYM = re.compile(r"^\s*\(([A-Z][A-Za-z0-9&.-]{1,9})\)")
_WHO = re.compile(r"^,?\s+(?:who|whose)\b")
_AGE = re.compile(r"^,\s*(?:aged\s+)?\d{1,3}\s*,")
APPOSITION = re.compile(r"^,\s+(?P<det>(?:the|a|an|his|her|its|their)\s+)?(?:former\s+|then\s+)?")
_APPOSITION_STOP = frozenset("who whom whose which that of at for in with from on by to and or since based".split())
_AGE_WORD = re.compile(r"\b\d{1,3}-year-old\b")
# Roles held in an organisation: "Arsenal manager X", "Bundesbank President X" (not "LGBT activist X",
# nor a place's "mayor" or "governor").
EMPLOYEE_ROLES = frozenset(
    "manager coach chairman chairwoman chair chief head director spokesman spokeswoman spokesperson executive ceo "
    "president secretary official economist analyst strategist striker midfielder defender goalkeeper forward "
    "winger player captain boss owner founder co-founder trainer commander".split()
)
_ROLE_AT = re.compile(r"\b([a-z-]+)\s+at\s+(?:the\s+)?$")
# Lower-case words that may stand between an apposition's comma and its office without a determiner.
_OFFICE_MODIFIERS = frozenset(
    "former then current acting interim senior chief deputy assistant associate lead top longtime veteran "
    "outgoing incoming newly elected appointed executive managing general".split()
)
_SPEECH_BEFORE = re.compile(r"\b(said|says|added|explained|noted|stated|wrote|commented|remarked|replied|continued|"
                            r"insisted|warned|asked|recalled|tweeted)\s+$")
_SPEECH_AFTER = re.compile(r"^\s+(said|says|told|added|explained|insisted|stressed|recalled|remarked|replied|"
                           r"answered|admitted|joked|wrote|testified|recounted|suggested)\b")
# A preposition right before a name, or before one lower-case word ("in nearby Wad Madani", "of the Earth").
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|of|for|at|from|with|by|in|on|about|against)\s+(?:[a-z]+\s+)?$")
_ITS_AFTER = re.compile(r"^[^.;:\"]{0,40}\b(?:its|their)\b")
_AFTER_SPEAKER = re.compile(r"^(?:\s*[,.;:!?\"')]|\s+(?:of|from|at|in|on|who|whose)\b|\s*$)")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|of|many|some|all|most|few|several|these|those|other|more|two|three)\s+$",
                                re.IGNORECASE)
_LIST_LEAD = re.compile(r"\b([a-z]+s)\s*(?:,\s*)?(?:(?:including|such as|like|among them|namely)\s+)?$")
_LIST_GAP = re.compile(r"^\s*(?:,|,?\s+and|,?\s+or|,?\s+as well as)\s+$")
_HYPHEN_ADJECTIVE = re.compile(
    r"^\w+-(?:loving|born|based|led|backed|owned|run|made|style|like|era|bound|native|winning|nominated|funded|linked)$"
)
_HYPHEN_PARTICLE = re.compile(r"^(?:al|el|bin|ibn|abu|de|da|di|du|van|von|le|la)-[A-Z]")


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the text: offsets, text, what precedes it and whether it starts a sentence."""

    index: int
    start: int
    end: int
    text: str
    gap: str
    initial: bool
    possessive: bool


@dataclass(frozen=True)
class Span:
    """A dictionary match: offsets, the entry matched and how (``dictionary``, ``alias``, ``demonym``...).

    ``kind`` is the entry type, or ``"blocked"`` for a phrase that is never a mention.
    """

    start: int
    end: int
    actor_id: str
    actor: str
    kind: str
    how: str
    stands_for: str | None = None


@dataclass(frozen=True)
class OfficeHit:
    """An office or role phrase: ``office`` is an office id, or ``None`` for a plain role noun ("striker")."""

    start: int
    end: int
    office: str | None
    actor_id: str | None
    holding: bool
    actor_start: int = -1
    actor_end: int = -1


@dataclass
class Candidate:
    """A discovered name: span, display name, type (None while untyped) and the cue that typed it."""

    start: int
    end: int
    name: str
    words: tuple[str, ...]
    type: str | None
    cue: str
    initial: bool
    absorbed: tuple[Span, ...] = ()
    indices: tuple[int, ...] = ()  # the candidate's tokens
    actor_id: str = ""
    actor: str = ""
    how: str = "discovered"


@dataclass(frozen=True)
class Cues:
    """The cue word lists of a dictionary, as sets."""

    titles: frozenset[str]
    role_nouns: frozenset[str]
    organization_words: frozenset[str]
    media_words: frozenset[str]
    place_words: frozenset[str]
    event_words: frozenset[str]
    organization_nouns: frozenset[str]
    media_nouns: frozenset[str]
    given_names: frozenset[str]
    not_names: frozenset[str]
    office_words: frozenset[str] = frozenset()
    female_names: frozenset[str] = frozenset()
    male_names: frozenset[str] = frozenset()

    @classmethod
    def from_lists(cls, lists: Mapping[str, Iterable[str]], *, office_phrases: Iterable[str] = ()) -> "Cues":
        """Build from a dictionary's ``cues`` mapping (and its office phrases, whose words are no
        organisation names: "Transport" of "transport secretary"); given names are compared accent- and
        case-folded."""
        get = lambda name: frozenset(lists.get(name, ()))  # noqa: E731
        return cls(
            titles=get("titles"),
            role_nouns=get("role_nouns"),
            organization_words=get("organization_words"),
            media_words=get("media_words"),
            place_words=get("place_words"),
            event_words=get("event_words"),
            organization_nouns=frozenset(word.lower() for word in get("organization_nouns")),
            media_nouns=frozenset(word.lower() for word in get("media_nouns")),
            given_names=frozenset(fold_key(word) for word in get("given_names") | get("female_names") | get("male_names")),
            not_names=get("not_names"),
            office_words=frozenset(fold_key(word) for phrase in office_phrases for word in re.findall(r"[\w-]+", phrase)),
            female_names=frozenset(fold_key(word) for word in get("female_names")),
            male_names=frozenset(fold_key(word) for word in get("male_names")),
        )


@lru_cache(maxsize=1 << 16)
def fold_key(text: str) -> str:
    """Case- and accent-folded comparison key."""
    return fold_accents(normalize(text)).casefold()


def slug(text: str) -> str:
    """``Nicolás Maduro`` -> ``nicolas-maduro``: the stable part of a discovered actor id."""
    return re.sub(r"[^a-z0-9]+", "-", fold_key(text)).strip("-") or "unnamed"


def actor_id_for(kind: str, name: str) -> str:
    """The id of a discovered actor: ``person:sergey-lavrov``."""
    return f"{kind}:{slug(name)}"


# ---------------------------------------------------------------- tokens


def tokenize(text: str) -> list[Token]:
    """Word tokens with the text before each, possessive ``'s`` split off and sentence starts marked."""
    view = normalize(text)
    tokens: list[Token] = []
    previous_end = 0
    previous: str | None = None
    for match in WORD_PATTERN.finditer(view):
        start, end, word = match.start(), match.end(), match.group()
        possessive = False
        if len(word) > 2 and word.endswith("'s"):
            end, word, possessive = end - 2, word[:-2], True
        elif word.endswith("s") and view[end:end + 1] == "'" and not view[end + 1:end + 2].isalpha():
            possessive = True
        gap = view[previous_end:start]
        tokens.append(Token(len(tokens), start, end, word, gap, _starts_sentence(gap, previous), possessive))
        previous_end, previous = match.end(), word
    return tokens


def _starts_sentence(gap: str, previous: str | None) -> bool:
    """Whether a word after ``gap`` starts a sentence, a line, a quotation or a clause after a colon."""
    if previous is None or "\n" in gap or "!" in gap or "?" in gap or ":" in gap or MASK in gap:
        return True  # MASK: after a blanked dateline
    stripped = gap.strip()
    if stripped.endswith(('"', "'")) and not gap.endswith(" "):
        return True
    if stripped.endswith("))"):
        return True  # after an interview speaker label "((WN))"
    if stripped == "-" or stripped.endswith(";"):
        return stripped == "-"
    if "." in gap:
        return not (previous in ABBREVIATIONS or (len(previous) == 1 and previous.isupper()))
    return False


def _is_month(tokens: Sequence[Token], i: int) -> bool:
    word = tokens[i].text
    if word in WEEKDAYS:
        return True
    if word not in MONTHS:
        return False
    if word not in AMBIGUOUS_MONTHS:
        return True
    before = tokens[i - 1].text.lower() if i > 0 else ""
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return before in DATE_WORDS or before.isdigit() or after[:1].isdigit()


def _name_like(token: Token) -> bool:
    return token.text[:1].isupper() or bool(_HYPHEN_PARTICLE.match(token.text))


def _parenthesised(tokens: Sequence[Token], i: int) -> bool:
    """``(Nicolás) Maduro``: a bracketed word right before a name word."""
    return (
        tokens[i].gap.endswith("(")
        and i + 1 < len(tokens)
        and tokens[i + 1].gap.strip() == ")"
        and tokens[i + 1].gap.endswith(" ")
        and _name_like(tokens[i + 1])
    )


def _joins(tokens: Sequence[Token], i: int, j: int, possessors: frozenset[int] = frozenset()) -> bool:
    """Whether word ``j`` continues a name that ends with word ``i`` (``j == i + 1``); a possessive
    ends a name unless ``i`` is one of ``possessors`` ("the Ombudsman's Office")."""
    left, right = tokens[i], tokens[j]
    if left.possessive and i not in possessors:
        return False
    gap = right.gap
    if gap.strip() == "" and "\n" not in gap:
        return True
    if gap == "." and len(left.text) == 1 == len(right.text) and left.text.isupper() and right.text.isupper():
        return True  # "S.E.C.", "U.N.": initials written with periods
    if gap.strip() == "." and gap.endswith(" ") and (
        (len(left.text) == 1 and left.text.isupper()) or left.text in ABBREVIATIONS
    ):
        return True
    return gap.strip() == ")" and gap.endswith(" ") and _parenthesised(tokens, i)


# ---------------------------------------------------------------- runs of capitalised words


def capitalised_runs(tokens: Sequence[Token], cues: Cues, *, possessors: frozenset[int] = frozenset()) -> list[list[int]]:
    """Maximal sequences of name-like words (with name particles and organisation connectors inside);
    ``possessors`` are possessive words that may continue a name (:func:`_joins`)."""
    runs: list[list[int]] = []
    n = len(tokens)
    name_word = [_name_like(t) and not _is_month(tokens, t.index) for t in tokens]
    i = 0
    while i < n:
        if not name_word[i] and not _leading_particle(tokens, i, name_word):
            i += 1
            continue
        run, j = [i], i
        while j + 1 < n:
            if name_word[j + 1] and _joins(tokens, j, j + 1, possessors):
                j += 1
                run.append(j)
                continue
            k, connectors = j + 1, []
            while k < n and len(connectors) < 2 and tokens[k].text.lower() in NAME_PARTICLES | ORG_CONNECTORS \
                    and not tokens[k].text[:1].isupper() and _joins(tokens, k - 1, k):
                connectors.append(k)
                k += 1
            if connectors and k < n and name_word[k] and _joins(tokens, k - 1, k) \
                    and _connector_allowed(tokens, run, connectors, k, cues):
                run.extend(connectors + [k])
                j = k
                continue
            break
        runs.append(run)
        i = j + 1
    return runs


def _leading_particle(tokens: Sequence[Token], i: int, name_word: Sequence[bool]) -> bool:
    """"de Graaf", "van der Berg": a surname particle opening a name."""
    j = i
    while j < len(tokens) and tokens[j].text in SURNAME_PARTICLES and j - i < 2:
        j += 1
    return j > i and j < len(tokens) and name_word[j] and all(_joins(tokens, k, k + 1) for k in range(i, j))


def _connector_allowed(tokens: Sequence[Token], run: list[int], connectors: list[int], nxt: int, cues: Cues) -> bool:
    words = [tokens[c].text.lower() for c in connectors]
    if all(word in NAME_PARTICLES - ORG_CONNECTORS for word in words):
        return True
    heads = cues.organization_words | cues.media_words | cues.place_words
    has_head = any(tokens[r].text in heads for r in run)
    if words[0] in ("of", "for", "on") and has_head:
        return words[1:] in ([], ["the"])
    if words == ["and"] or words == ["&"]:
        after = tokens[nxt + 1] if nxt + 1 < len(tokens) and _joins(tokens, nxt, nxt + 1) else None
        if has_head and tokens[nxt].text in heads and after is not None and (after.text in ("of", "for") or _name_like(after)):
            return False  # "Ministry of Health and Ministry of ..." are two names (not "Securities and Exchange Commission")
        used_of = any(tokens[r].text.lower() in ("of", "for") for r in run)
        if used_of:  # "Community of Latin American and Caribbean States", not "... of Montana and Native American Rights Fund"
            return _name_words_ahead(tokens, nxt) <= 2
        return _head_ahead(tokens, nxt, heads)
    return False


def _name_words_ahead(tokens: Sequence[Token], start: int) -> int:
    """How many joined capitalised words follow from ``start``."""
    i = start
    while i < len(tokens) and _name_like(tokens[i]) and not tokens[i].possessive \
            and (i + 1 >= len(tokens) or _joins(tokens, i, i + 1)):
        i += 1
    return i - start + (1 if i < len(tokens) and _name_like(tokens[i]) else 0)


def _head_ahead(tokens: Sequence[Token], start: int, heads: frozenset[str]) -> bool:
    """Whether the capitalised words from ``start`` on reach an organisation or place head word."""
    i = start
    while i < len(tokens) and _name_like(tokens[i]):
        if tokens[i].text in heads:
            return True
        if tokens[i].possessive or (i + 1 < len(tokens) and not _joins(tokens, i, i + 1)):
            break
        i += 1
    return False


# ---------------------------------------------------------------- candidates


@dataclass(frozen=True)
class _Context:
    text: str
    view: str
    tokens: Sequence[Token]
    cues: Cues
    spans: Sequence[Span]
    offices: Sequence[OfficeHit]
    labels: Sequence[str]
    span_of: Sequence[Span | None]
    lowercase: frozenset[str]


def find_candidates(
    text: str, tokens: Sequence[Token], spans: Sequence[Span], offices: Sequence[OfficeHit], cues: Cues
) -> list[Candidate]:
    """Discovered names in ``text`` (typed or not), given the dictionary spans and office hits found there."""
    labels, span_of = _label_tokens(tokens, spans, offices)
    lowercase = frozenset(t.text for t in tokens if t.text[:1].islower())
    context = _Context(text, normalize(text), tokens, cues, spans, offices, labels, span_of, lowercase)
    candidates: list[Candidate] = []
    heads = cues.organization_words | cues.media_words
    possessors = frozenset(  # "the Ombudsman's Office", "the King's Fund": a possessive inside an organisation's name
        t.index for t in tokens[1:-1]
        if t.possessive and labels[t.index] == "free" and t.text[:1].isupper() and tokens[t.index + 1].text in heads
        and tokens[t.index - 1].text in ("the", "The")  # not "Hillary Clinton's Senate"
    )
    for run in capitalised_runs(tokens, cues, possessors=possessors):
        candidates.extend(_run_candidates(context, run))
    return _type_lists(context, _drop_initial_words(context, candidates))


def _drop_initial_words(ctx: _Context, candidates: list[Candidate]) -> list[Candidate]:
    """"Afterwards Trump visited": a sentence-initial word before a name the text also uses without it
    is not part of the name (unless it is a first name)."""
    elsewhere = {c.words for c in candidates if not c.initial}
    kept = []
    for candidate in candidates:
        rest = candidate.words[1:]
        if candidate.initial and rest and candidate.words[0] not in ctx.cues.given_names and any(
            words[-len(rest):] == rest for words in elsewhere
        ) and not any(contains(words, candidate.words) for words in elsewhere) and candidate.type != "organization":
            candidate = _candidate(ctx, list(candidate.indices[1:]), candidate.type, candidate.cue)
            candidate.initial = True
        kept.append(candidate)
    return kept


def _type_lists(ctx: _Context, candidates: list[Candidate]) -> list[Candidate]:
    """Names listed after a plural role or organisation noun ("actors Dan Fogler, Ron Perlman and Jaleel
    White", "German firms including Deutsche Bahn, Daimler and Siemens") share its type; so does a name
    coordinated with a typed one by "and" / "or" ("Andrew Johnson and Bill Clinton")."""
    typed: list[Candidate] = []
    chain: str | None = None
    for candidate in candidates:
        previous = typed[-1] if typed else None
        gap = ctx.view[previous.end:candidate.start] if previous is not None else ""
        lead = None if candidate.initial else _LIST_LEAD.search(ctx.view[max(0, candidate.start - 40):candidate.start])
        lead_kind = _plural_noun_type(ctx.cues, lead.group(1)) if lead else None
        if lead_kind is not None:
            chain = lead_kind
        elif previous is None or not _LIST_GAP.match(gap):
            chain = None
        kind = chain
        if kind is None and previous is not None and previous.type in ("person", "organization", "media") \
                and _LIST_GAP.match(gap) and re.search(r"\b(?:and|or)\b", gap):
            kind = previous.type
        if candidate.type is None and kind is not None:
            how = lead.group(0).strip() if lead_kind else f"after {previous.name}"
            candidate = replace(candidate, type=kind, cue=f"listed: {how}")
        typed.append(candidate)
    return typed


def contains(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether ``part`` is a contiguous run of ``whole``'s words."""
    n = len(part)
    return n > 0 and any(whole[i:i + n] == part for i in range(len(whole) - n + 1))


def _plural_noun_type(cues: Cues, noun: str) -> str | None:
    """The type a plural noun gives the names listed after it ("officials" -> person, "firms" -> organization)."""
    for singular in (noun[:-1], noun[:-2], noun[:-3] + "y"):
        if singular in cues.role_nouns:
            return "person"
        if singular in cues.media_nouns:
            return "media"
        if singular in cues.organization_nouns:
            return "organization"
    return None


def _label_tokens(
    tokens: Sequence[Token], spans: Sequence[Span], offices: Sequence[OfficeHit]
) -> tuple[list[str], list[Span | None]]:
    """Each word: ``office``, ``hard`` (a dictionary actor that ends a name), ``geo`` (a country or
    place a longer name may contain), ``adjective`` (a demonym or region an organisation name may
    contain) or ``free``."""
    labels = ["free"] * len(tokens)
    span_of: list[Span | None] = [None] * len(tokens)
    starts = [token.start for token in tokens]
    for span in spans:
        for token in _covered(tokens, starts, span.start, span.end):
            span_of[token.index] = span
            labels[token.index] = _span_label(span)
    for hit in offices:
        for token in _covered(tokens, starts, hit.start, hit.end):
            if not hit.actor_start <= token.start < hit.actor_end:  # the {actor} slot keeps its own label
                labels[token.index] = "office"
    return labels, span_of


def _span_label(span: Span) -> str:
    if span.kind in ("country", "place") and span.how in ("dictionary", "alias"):
        return "geo"
    if span.how in ("demonym", "blocked") or span.kind == "region":
        return "adjective"  # "Native American Rights Fund", "Russian Foreign Ministry"
    return "hard"


def _covered(tokens: Sequence[Token], starts: Sequence[int], start: int, end: int) -> list[Token]:
    """Tokens overlapping ``[start, end)``; ``starts`` are the tokens' start offsets."""
    i = max(bisect_left(starts, start) - 1, 0)
    covered = []
    while i < len(tokens) and tokens[i].start < end:
        if tokens[i].end > start:
            covered.append(tokens[i])
        i += 1
    return covered


def _run_candidates(ctx: _Context, run: list[int]) -> list[Candidate]:
    found: list[Candidate] = []
    for segment in _split(run, lambda i: ctx.labels[i] in ("office", "hard")):
        found.extend(_segment_candidates(ctx, segment))
    return found


def _split(indices: list[int], is_boundary) -> list[list[int]]:
    parts: list[list[int]] = [[]]
    for i in indices:
        if is_boundary(i):
            parts.append([])
        else:
            parts[-1].append(i)
    return [part for part in parts if part]


def _trim_connectors(ctx: _Context, segment: list[int]) -> list[int]:
    """Drop connectors at both ends; a surname particle may open a name ("de Graaf")."""
    while segment and not _name_like(ctx.tokens[segment[0]]) and not (
        ctx.tokens[segment[0]].text in SURNAME_PARTICLES and len(segment) > 1
    ):
        segment = segment[1:]
    while segment and not _name_like(ctx.tokens[segment[-1]]):
        segment = segment[:-1]
    return segment


def _segment_candidates(ctx: _Context, segment: list[int]) -> list[Candidate]:
    segment = _trim_connectors(ctx, segment)
    if not any(ctx.labels[i] == "free" for i in segment):
        return []
    words = [ctx.tokens[i].text for i in segment]
    if words[-1] in ctx.cues.event_words or words[0] in EVENT_PREFIXES:
        return []
    title = _title_after_organisation(ctx, segment)
    if title is not None:
        return _segment_candidates(ctx, segment[:title]) + _segment_candidates(ctx, segment[title:])
    head = _head_type(ctx, segment)
    if head is not None:
        org = _strip_leading(ctx, segment, organisation=True)
        if org and any(ctx.labels[i] == "free" for i in org) and not _generic_only(ctx, org):
            return [_candidate(ctx, org, head[0], head[1])]
        if org and head[0] != "place" and _institution(ctx, org):
            return [_candidate(ctx, org, head[0], f"institution: {ctx.tokens[org[0]].text}")]
        return []
    named_after = _after_body_noun(ctx, segment)
    if named_after is not None:
        return [_candidate(ctx, segment, *named_after)]
    found: list[Candidate] = []
    for part in _split(segment, lambda i: ctx.labels[i] == "adjective"):
        found.extend(_name_candidates(ctx, _trim_connectors(ctx, part)))
    return found


def _after_body_noun(ctx: _Context, segment: list[int]) -> tuple[str, str] | None:
    """A name of several words after an organisation or media noun is one name, demonyms inside and all
    ("drugmaker Bavarian Nordic", "newspaper El Universal"): (type, cue), else None."""
    first = ctx.tokens[segment[0]]
    if len(segment) < 2 or ctx.labels[segment[0]] != "free" or first.initial:
        return None
    preceding = re.search(r"\b([a-z]+)\s+$", ctx.view[max(0, first.start - 30):first.start])
    noun = preceding.group(1) if preceding else ""
    if noun in ctx.cues.media_nouns:
        return "media", f"after {noun}"
    if noun in ctx.cues.organization_nouns - {"government", "administration"}:
        return "organization", f"after {noun}"
    return None


def _title_after_organisation(ctx: _Context, segment: list[int]) -> int | None:
    """Where a title follows an organisation and precedes a name ("Supreme Court Justice Elena Kagan")."""
    heads = ctx.cues.organization_words | ctx.cues.media_words
    seen_head = False
    for n, i in enumerate(segment):
        word = ctx.tokens[i].text
        if seen_head and word in ctx.cues.titles and n + 1 < len(segment) \
                and _name_like(ctx.tokens[segment[n + 1]]) \
                and ctx.tokens[segment[n + 1]].text not in ctx.cues.titles | heads:
            return n
        seen_head = seen_head or word in heads
    return None


def _head_type(ctx: _Context, segment: list[int]) -> tuple[str, str] | None:
    """Organisation, media or place from the head words of a segment: (type, cue)."""
    cues = ctx.cues
    words = [ctx.tokens[i].text for i in segment]
    last = words[-1]
    if last in cues.media_words:
        return "media", f"media word: {last}"
    if last in cues.organization_words:
        return "organization", f"organisation word: {last}"
    if last in cues.place_words:
        return "place", f"place word: {last}"
    for i, word in enumerate(words[:-1]):
        if words[i + 1].lower() in ("of", "for") and word in cues.organization_words:
            return "organization", f"organisation word: {word} of"
        if words[i + 1].lower() == "of" and word in cues.place_words:
            return "place", f"place word: {word} of"
    if words[0] in PLACE_PREFIXES and len(words) > 1:
        return "place", f"place word: {words[0]}"
    for word in words:
        if word in cues.media_words:
            return "media", f"media word: {word}"
        if word in cues.organization_words:
            return "organization", f"organisation word: {word}"
    acronym = ACRONYM.match(ctx.view[ctx.tokens[segment[-1]].end:ctx.tokens[segment[-1]].end + 14])
    if acronym and len(words) >= 2 and _initials_match(words, acronym.group(1)):
        return "organization", f"acronym: {acronym.group(1)}"
    return None


def _initials_match(words: Sequence[str], acronym: str) -> bool:
    """``National Oceanic and Atmospheric Administration`` and ``NOAA``: the acronym's letters start its words."""
    initials = "".join(word[0] for word in words if word[:1].isupper())
    letters = "".join(ch for ch in acronym if ch.isupper())
    return len(letters) >= 2 and letters[0] == initials[:1] and set(letters) <= set(initials)


def _institution(ctx: _Context, segment: list[int]) -> bool:
    """A lone organisation or media head word capitalised inside a sentence names one body: "the Senate",
    "Congress", "the Observer", "the Ministry said" (:mod:`analysis.linking` ties it to the full name
    given before, when there is one): after a lower-case word, or "The" opening a sentence; not before
    "of"/"for" or a number (a longer name: "Office of the UN ...", "BBC Radio 4")."""
    if len(segment) != 1 or ctx.labels[segment[0]] != "free":
        return False
    token = ctx.tokens[segment[0]]
    if token.possessive or not token.text[:1].isupper() or token.text.isupper():
        return False
    following = ctx.tokens[token.index + 1] if token.index + 1 < len(ctx.tokens) else None
    if following is not None and following.gap == " " and (following.text in ("of", "for") or following.text[:1].isdigit()):
        return False  # "Office of the UN ...", "Radio 4": a longer name the dictionary split
    previous = ctx.tokens[token.index - 1] if token.index > 0 else None
    if previous is None:
        return False
    if previous.text == "The" and previous.initial:
        return token.gap == " "
    return not token.initial and previous.text.islower()


def _generic_only(ctx: _Context, segment: list[int]) -> bool:
    """A lone head word ("Ministry", "Council") is not a name."""
    names = [ctx.tokens[i].text for i in segment if _name_like(ctx.tokens[i])]
    heads = ctx.cues.organization_words | ctx.cues.media_words | ctx.cues.place_words
    return len(names) == 1 and names[0] in heads


def _strip_leading(ctx: _Context, segment: list[int], *, organisation: bool) -> list[int]:
    """Drop a leading article ("The") and a sentence-initial common word: one listed in ``not_names``,
    one the text also uses in lowercase ("Afterwards", "Will"), or an -ly/-ing word. A first name
    followed by a name stays unless the text uses it in lowercase."""
    while segment:
        token = ctx.tokens[segment[0]]
        if _HYPHEN_ADJECTIVE.match(token.text) and len(segment) > 1:
            segment = _trim_connectors(ctx, segment[1:])  # "Virginia-based Symplicity Corporation"
            continue
        if token.text in ctx.cues.titles and not organisation:
            break  # "Mr Kowalczyk": the title is a cue, see _strip_titles
        if token.text == "The" or (token.text in ctx.cues.not_names and not organisation):
            common = token.initial or token.text == "The" or fold_key(token.text) not in ctx.cues.given_names
        elif token.initial and len(segment) > 1:
            common = token.text.lower() in ctx.lowercase or (
                token.text.endswith(("ly", "ing")) and fold_key(token.text) not in ctx.cues.given_names
            )
        else:
            common = False
        if common and not organisation and len(segment) > 1 and fold_key(token.text) in ctx.cues.given_names \
                and ctx.labels[segment[1]] == "free" and token.text.lower() not in ctx.lowercase:
            common = False
        if not common:
            break
        segment = _trim_connectors(ctx, segment[1:])
    while len(segment) > 1 and (
        (not organisation and ctx.tokens[segment[-1]].text in TRAILING_NOISE)
        or _HYPHEN_ADJECTIVE.match(ctx.tokens[segment[-1]].text)
    ):
        segment = _trim_connectors(ctx, segment[:-1])  # "Elizabeth Warren Image" (a caption), "Academy Award-winning"
    return segment


def _strip_descriptors(ctx: _Context, segment: list[int]) -> tuple[list[int], str | None]:
    """Drop words that describe a name rather than belong to it: a hyphenated adjective ("Trump-loving
    Kanye West") and, at a sentence start, a role word ("Senators Kamala Harris", "Podcaster Spike Cohen")."""
    role = None
    while len(segment) > 2:
        token = ctx.tokens[segment[0]]
        word = token.text.lower()
        if _HYPHEN_ADJECTIVE.match(token.text):
            segment = segment[1:]
            continue
        singulars = (word, word[:-1], word[:-2])
        agentive = word.endswith(("er", "ers", "or", "ors", "ist", "ists")) and token.initial
        if fold_key(token.text) not in ctx.cues.given_names and (
            any(s in ctx.cues.role_nouns for s in singulars) or agentive
        ):
            role, segment = token.text, segment[1:]
            continue
        break
    return segment, role


def _strip_titles(ctx: _Context, segment: list[int]) -> tuple[list[int], str | None]:
    """Drop leading titles ("Mr", "General"), also after up to two other words ("Grand Ayatollah")."""
    titles = [n for n, i in enumerate(segment[:3]) if ctx.tokens[i].text in ctx.cues.titles and ctx.labels[i] == "free"]
    if not titles:
        return segment, None
    last = titles[-1]
    while last + 1 < len(segment) and ctx.tokens[segment[last + 1]].text in ctx.cues.titles:
        last += 1
    return _trim_connectors(ctx, segment[last + 1:]), ctx.tokens[segment[last]].text


def _name_candidates(ctx: _Context, segment: list[int]) -> list[Candidate]:
    """Person or untyped names from a segment without organisation or place head words."""
    segment = _strip_leading(ctx, segment, organisation=False)
    segment, described = _strip_descriptors(ctx, segment)
    segment, title = _strip_titles(ctx, segment)
    title = title or described
    if not segment or not any(ctx.labels[i] == "free" for i in segment):
        return []
    if len(segment) == 1 and ctx.tokens[segment[0]].text in ctx.cues.not_names:
        return []
    cue = f"title: {title}" if title else _person_cue(ctx, segment)
    if cue:
        return [_candidate(ctx, segment, "person", cue)]
    if any(ctx.labels[i] == "geo" for i in segment):
        pieces = _split(segment, lambda i: ctx.labels[i] == "geo")
        return [c for piece in pieces for c in _name_candidates(ctx, _trim_connectors(ctx, piece))]
    typed = _noun_type(ctx, segment)
    if typed:
        return [_candidate(ctx, segment, *typed)]
    return [_candidate(ctx, segment, None, "")]


def _person_cue(ctx: _Context, segment: list[int]) -> str:
    """Why a name is a person, or "" when nothing says so (never for an all-capital name: "BIPA", "LGBT")."""
    tokens = ctx.tokens
    first, last = tokens[segment[0]], tokens[segment[-1]]
    words = [tokens[i].text for i in segment if _name_like(tokens[i])]
    if all(word.isupper() and len(word) > 1 for word in words):
        return ""
    before = _office_before(ctx, first)
    if before is not None:
        return f"role: {ctx.text[before.start:before.end]}"
    if _parenthesised(tokens, first.index):
        return "parenthesised first name"
    if len(words) >= 2 and fold_key(words[0]) in ctx.cues.given_names and words[-1] not in ctx.cues.not_names:
        return f"given name: {words[0]}"
    preceding = ctx.view[max(0, first.start - 30):first.start]
    after = ctx.view[last.end:last.end + 80]
    speech = _SPEECH_BEFORE.search(preceding)
    if speech and not first.initial and not last.possessive and _AFTER_SPEAKER.match(after):
        return f"speaker: {speech.group(1)}"
    if last.possessive:
        return ""
    if _WHO.match(after) and (len(words) >= 2 or not _DETERMINER_BEFORE.search(preceding)):
        return "followed by who"
    speaks = _SPEECH_AFTER.match(after)
    if speaks and not _ITS_AFTER.match(after[speaks.end():]) and not _common_plural(ctx, words) \
            and not _PREPOSITION_BEFORE.search(preceding):
        return f"speaker: {speaks.group(1)}"
    if _AGE.match(after):
        return "followed by an age"
    noun = _apposition_noun(ctx, last)
    if noun is not None and noun[0] == "person":
        return f"apposition: {noun[1]}"
    return ""


def _common_plural(ctx: _Context, words: Sequence[str]) -> bool:
    """"Prosecutors said", "Officials told": a common noun that starts a sentence, not a name."""
    if len(words) != 1:
        return False
    word = words[0].lower()
    if word in ctx.lowercase:
        return True
    nouns = ctx.cues.role_nouns | ctx.cues.organization_nouns
    return any(singular in nouns for singular in (word[:-1], word[:-2], word[:-3] + "y"))


def _apposition_noun(ctx: _Context, last: Token) -> tuple[str, str] | None:
    """("person", phrase) or ("organization", phrase) for ", the Russian foreign minister" / ", a cybersecurity firm".

    An office phrase in apposition (:func:`office_in_apposition`) makes a
    person; otherwise the apposition's head noun (its last word before "who",
    "of", "at"...) decides: an organisation or media noun ("a cybersecurity
    firm"), a role or agent noun ("a Senegalese virologist") or an age ("a
    24-year-old university graduate") make a person.
    """
    match = APPOSITION.match(ctx.view[last.end:last.end + 60])
    if not match:
        return None
    at = last.end + match.end()
    for hit in ctx.offices:
        if office_in_apposition(ctx.view, last.end, hit):
            return "person", ctx.text[hit.start:hit.end]
    phrase = re.match(r"[\w\s'-]{0,60}", ctx.view[at:at + 60]).group(0)
    words = []
    for word in re.finditer(r"[\w'-]+", phrase):
        if word.group(0).lower() in _APPOSITION_STOP or word.start() > 40:
            break
        words.append(word)
    if not words:
        return None
    head = words[-1]
    noun = head.group(0).lower()
    nouns = (ctx.cues.organization_nouns | ctx.cues.media_nouns) - {"government", "administration"}
    if noun in nouns:
        kind = "media" if noun in ctx.cues.media_nouns else "organization"
        return kind, ctx.text[at:at + head.end()]
    if _AGE_WORD.search(phrase, 0, head.end()) or noun in ctx.cues.role_nouns or _agent_noun(noun):
        return "person", ctx.text[at:at + head.end()]
    return None


def _agent_noun(noun: str) -> bool:
    """A noun naming a person by trade: "virologist", "economist", "physician", "historian"."""
    return len(noun) > 6 and noun.endswith(("ologist", "ist", "ician", "orian", "arian"))


def office_in_apposition(view: str, name_end: int, hit: OfficeHit) -> bool:
    """Whether office phrase ``hit`` stands in apposition to a name ending at ``name_end``.

    ``X, the Russian foreign minister``, ``X, Russia's foreign minister``,
    ``X, senior economist at Y``: a comma, an optional determiner, then only
    modifiers before the office. Not a verb between ("TikTok and X, accuse
    President Y"), and not a title before another name ("Separately, NATO
    Secretary General Mark Rutte").
    """
    match = APPOSITION.match(view[name_end:name_end + 60])
    if match is None:
        return False
    at = name_end + match.end()
    if not at <= hit.start <= at + 30:
        return False
    between = view[at:hit.start]
    if not re.fullmatch(r"[\w\s'-]*", between):
        return False
    if not match.group("det") and not all(
            word[:1].isupper() or word.lower() in _OFFICE_MODIFIERS for word in between.split()):
        return False
    return re.match(r"\s+[A-Z]", view[hit.end:hit.end + 2]) is None


def _noun_type(ctx: _Context, segment: list[int]) -> tuple[str, str] | None:
    """Organisation or media from a lowercase noun right after ("the Labour party"), before it
    ("newspaper Clarín"), in apposition (", a cybersecurity firm") or an acronym in brackets."""
    last = ctx.tokens[segment[-1]]
    if last.possessive:
        return None
    apposition = _apposition_noun(ctx, last)
    located = re.search(r"\b(?:in|at|from|near|across|throughout)\s+$", ctx.view[max(0, ctx.tokens[segment[0]].start - 12):ctx.tokens[segment[0]].start])
    if apposition is not None and apposition[0] != "person" and not located:
        return apposition[0], f"apposition: {apposition[1]}"  # not "Committees in Gezira, a network of ..."
    following = re.match(r"^\s+([a-z]+)", ctx.view[last.end:last.end + 30])
    if following:
        noun = following.group(1)
        if noun in ctx.cues.media_nouns:
            return "media", f"followed by {noun}"
        if noun in ctx.cues.organization_nouns and noun not in ("government", "administration"):
            return "organization", f"followed by {noun}"
    first = ctx.tokens[segment[0]]
    preceding = re.search(r"\b([a-z]+)\s+$", ctx.view[max(0, first.start - 30):first.start])
    if preceding and preceding.group(1) in ctx.cues.media_nouns:
        return "media", f"after {preceding.group(1)}"
    if preceding and preceding.group(1) in ctx.cues.organization_nouns - {"government", "administration"}:
        return "organization", f"after {preceding.group(1)}"
    workplace = _ROLE_AT.search(ctx.view[max(0, first.start - 40):first.start])
    if workplace and (workplace.group(1) in ctx.cues.role_nouns or _agent_noun(workplace.group(1))):
        return "organization", f"workplace: {workplace.group(0).strip()}"
    employer = _employer_of(ctx, segment)
    if employer is not None:
        return "organization", f"employer: {employer}"
    return None


def _employer_of(ctx: _Context, segment: list[int]) -> str | None:
    """``Arsenal manager Mikel Arteta``, ``Bundesbank President Joachim Nagel``: a name right before a role
    that titles a person is the person's organisation (the role phrase, or None).

    Not a common word the text also writes in lower case, nor a word of an office phrase
    ("Transport" of "Transport Secretary").
    """
    last = ctx.tokens[segment[-1]]
    if len(segment) == 1 and (last.text.lower() in ctx.lowercase or fold_key(last.text) in ctx.cues.office_words):
        return None
    for hit in ctx.offices:
        if hit.start == last.end + 1 and ctx.view[last.end] == " " and hit.actor_start < 0:
            role = ctx.view[hit.start:hit.end].lower().split()[-1]
            titled = ctx.view[hit.start].isupper()  # "Current Prime Minister X": a capitalised adjective
            if role in EMPLOYEE_ROLES and not (titled and ctx.tokens[segment[0]].initial) and \
                    re.match(r",?\s+[A-Z][\w'-]+", ctx.view[hit.end:hit.end + 40]):
                return ctx.text[hit.start:hit.end]
            return None
    return None


def _office_before(ctx: _Context, first: Token) -> OfficeHit | None:
    """An office or role phrase right before a name: only spaces between, or a comma ("one activist, Nur Khan"),
    or the body it serves and a comma when the name is set off by commas ("the chief negotiator of the ELN,
    Aureliano Castaño, stressed")."""
    for hit in ctx.offices:
        if hit.end <= first.start and first.start - hit.end <= 3 and ctx.view[hit.end:first.start].strip() in ("", ","):
            return hit
    for hit in ctx.offices:
        if hit.end <= first.start <= hit.end + 60 and _OFFICE_OF.fullmatch(ctx.view[hit.end:first.start]) \
                and _closes_apposition(ctx, first):
            return hit
    return None


_OFFICE_OF = re.compile(r"\s+(?:of|for|at)\s+(?:the\s+)?[^,.;:()\n]{1,40},\s+")


def _closes_apposition(ctx: _Context, first: Token) -> bool:
    """Whether the name starting at ``first`` ends at a comma (or the sentence's end)."""
    i = first.index
    while i + 1 < len(ctx.tokens) and _name_like(ctx.tokens[i + 1]) and _joins(ctx.tokens, i, i + 1):
        i += 1
    return re.match(r"\s*[,.;]", ctx.view[ctx.tokens[i].end:ctx.tokens[i].end + 2]) is not None


def _candidate(ctx: _Context, segment: list[int], kind: str | None, cue: str) -> Candidate:
    tokens = ctx.tokens
    first, last = tokens[segment[0]], tokens[segment[-1]]
    start = first.start - 1 if _parenthesised(tokens, first.index) else first.start
    raw = ctx.text[start:last.end]
    name = re.sub(r"\s+", " ", raw.replace("(", "").replace(")", "")).strip()
    absorbed = tuple(dict.fromkeys(ctx.span_of[i] for i in segment if ctx.span_of[i] is not None))
    words = tuple(fold_key(tokens[i].text) for i in segment if _name_like(tokens[i]))
    return Candidate(start, last.end, name, words, kind, cue, first.initial, absorbed, tuple(segment))  # type: ignore[arg-type]


# ---------------------------------------------------------------- discovery table


def summarize_discoveries(mentions: pd.DataFrame, sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """Discovered actors with counts and evidence, ready to copy into a dictionary.

    Columns: actor_id, name, type, cue (the first cue that typed it), count
    (mentions), articles, doc_id and evidence (the sentence of the first
    mention when ``sentences`` is given, else its surface). Sorted by count.
    """
    columns = ["actor_id", "name", "type", "cue", "count", "articles", "doc_id", "evidence"]
    found = mentions[mentions["how"] == "discovered"] if not mentions.empty else mentions
    if found.empty:
        return pd.DataFrame({column: pd.Series(dtype="int64" if column in ("count", "articles") else "str")
                             for column in columns})
    if "doc_id" not in found.columns:
        found = found.assign(doc_id="")
    first = found.drop_duplicates("actor_id")
    evidence = first["surface"]
    if sentences is not None and "sent_id" in found.columns and not sentences.empty:
        lookup = sentences.set_index(["doc_id", "sent_id"])["text"]
        evidence = pd.Series(
            [lookup.get((doc, sent), surface) for doc, sent, surface in
             zip(first["doc_id"], first["sent_id"], first["surface"])],
            index=first.index,
        )
    cue = found[found["cue"] != ""].drop_duplicates("actor_id").set_index("actor_id")["cue"]
    table = pd.DataFrame({
        "actor_id": first["actor_id"].to_numpy(),
        "name": first["actor"].to_numpy(),
        "type": first["actor_type"].to_numpy(),
        "cue": [cue.get(actor_id, "") for actor_id in first["actor_id"]],
        "count": found.groupby("actor_id").size().reindex(first["actor_id"]).to_numpy(),
        "articles": found.groupby("actor_id")["doc_id"].nunique().reindex(first["actor_id"]).to_numpy(),
        "doc_id": first["doc_id"].to_numpy(),
        "evidence": evidence.to_numpy(),
    })
    return table.sort_values(["count", "name"], ascending=[False, True], kind="stable").reset_index(drop=True)
