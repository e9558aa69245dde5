"""Linking names within one article: partial names to full names, acronyms to organisations, role phrases to people.

* A surname or partial name ("Lavrov", "Maduro") links to the full name it is
  a contiguous part of ("Sergey Lavrov", "(Nicolás) Maduro"), the nearest one
  mentioned before it, else the first after it with it as a given name or
  surname (not "Chao" -> "Rulan Chao Pian"); when several persons named
  before it share it ("Joe Biden", "his son Hunter Biden"), the first of them
  (:class:`~analysis.actors.full_names.RefIndex`), unless a later one, no
  relative, opens the paragraph's use of it ("In 1905, President Theodore
  Roosevelt ... Roosevelt's efforts": :mod:`analysis.actors.surname_takers`);
  full names link to the longest name containing them ("López Obrador" ->
  "Andrés Manuel López Obrador"); a
  name given with and without middle names ("Joshua Abraham Norton", "Joshua
  Norton") is one person, under the usual two-word form.
  Dictionary persons take part: "Lavrov" after a dictionary "Sergey Lavrov"
  gets the dictionary id.
* A word pairing names the article gives typed actors ("the Biden-Harris ticket") names each of them
  (:mod:`analysis.actors.name_pairs`).
* All occurrences of a name get one type (the most frequent cue wins), and an
  untyped name ending with a person's name is that person's full name
  ("Hatice Cengiz" when "Cengiz said" made "Cengiz" a person).
* An acronym in brackets after an organisation ("... Centre (NEOC)") names it
  wherever it recurs.
* A short form names the organisation given in full before it, discovered or
  the dictionary's: a lone institution word by its last word or the word
  before "of", "for" or "on" ("the Commission" after "European Commission",
  "the Bank" after "Bank of England", "the Council" after "Council on Foreign
  Relations"), a first word whose rest is organisation words ("Harvard" after
  "Harvard University"), initials ("SEC"); so one body has one id in the
  article, and a corpus does not count every "House" as one actor.
* A group's short plural names the island group or range the article gives in
  full ("the Chathams" with "the Chatham Islands": :mod:`analysis.actors.place_groups`).
* Offices: a title right before a person's name ("Russian Foreign Minister
  Sergey Lavrov") or an office in apposition ("Sergey Lavrov, the Russian
  foreign minister") gives the person that office (not with "former", "ex-",
  "deputy"...). A role phrase standing alone ("The head of Russian diplomacy",
  "the president") becomes a mention of the nearest holder named before it of
  the same office or one it is the parent of ("the minister" -> a foreign
  minister), with a compatible country or organisation, else of the only
  holder named after it; otherwise it is not a mention.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Callable, Mapping, NamedTuple, Protocol, Sequence, TypeVar

import pandas as pd

from analysis.actors.acronym_definitions import spelled_by
from analysis.actors.address_words import prose_vocabulary
from analysis.actors.alias_names import with_alias_names
from analysis.actors.context_cues import LIST_PLACE_CUES
from analysis.actors.coordinated_persons import type_coordinated_persons
from analysis.actors.dictionary import Entry
from analysis.actors.full_names import RefIndex, bare_words, full_names
from analysis.actors.known_people import known_person
from analysis.actors.mention_types import (
    ACRONYM, Candidate, OfficeHit, Span, actor_id_for, fold_key, fold_keys,
)
from analysis.actors.name_cues import office_in_apposition
from analysis.actors.name_runs import ORG_CONNECTORS
from analysis.actors.name_pairs import split_name_pairs
from analysis.actors.name_tails import with_name_tails
from analysis.actors.name_shapes import LISTED_AFTER_CUE
from analysis.actors.place_groups import with_place_groups
from analysis.actors.public_offices import PublicOffice
from analysis.actors.successions import succession_verb_before
from analysis.actors.surname_takers import surname_takers
from analysis.actors.team_names import link_team_nicknames
from analysis.text import lexicon
from analysis.text.document import Document


def link_mentions(
    doc: Document, candidates: list[Candidate], persons: Sequence[Span], offices: Sequence[OfficeHit],
    *, office_parents: Mapping[str, str | None], organization_heads: frozenset[str] = frozenset(),
    surnames: Mapping[str, Entry | None] | None = None, organizations: Sequence[Span] = (),
    public_offices: Mapping[str, PublicOffice] | None = None, home_country: str | None = None,
) -> tuple[list[Candidate], list[Candidate]]:
    """Resolve discovered names within one article.

    Returns ``(names, roles)``: the typed names with ids (partial names linked
    to the full names they belong to; untyped names dropped unless linked),
    and role-phrase mentions linked to the person the article gives the office.
    ``persons`` are the dictionary's person matches in the text; ``surnames`` are the dictionary's bare
    surnames (:func:`analysis.actors.known_people.known_person`: "Macron" with no other Macron in the article);
    ``organizations`` are the dictionary's organisation and outlet matches, which a short form can stand for;
    ``public_offices`` the offices the dictionary's public figures hold today
    (:mod:`analysis.actors.public_offices`: "the French president" with Macron named); ``home_country`` the
    country the article names most often (:func:`analysis.actors.national_bodies.main_country`), whose office a
    title naming no country gives ("President Roosevelt" is not "the president of Turkey").
    """
    text, view = doc.text, doc.normalized
    candidates = split_name_pairs(view, candidates, persons)  # "the Johnson-Weld ticket": two persons
    _adopt_types(candidates)
    refs = full_names(candidates, persons)
    full = RefIndex(refs, surname_takers(view, doc.paragraphs, refs, candidates))  # "Theodore Roosevelt" after FDR
    openers = _untyped_openers(candidates)
    resolved = [candidate if _other_name_opens(candidate, openers) else _resolve_name(candidate, full)
                for candidate in candidates]
    if surnames:
        resolved = [known_person(candidate, surnames) for candidate in resolved]
    resolved = with_alias_names(view, doc.vocabulary, resolved, persons)  # "X, better known as Y": one person
    # "Smith and Jones" after "Dr Karen Smith"
    resolved = type_coordinated_persons(view, resolved, persons, prose_vocabulary(doc))
    _link_acronyms(view, resolved)
    _link_short_forms(view, resolved, organization_heads, organizations, prose_vocabulary(doc))
    link_team_nicknames(resolved)
    resolved = with_name_tails(resolved, doc.sentence_starts)  # "the Air Force" after "United States Air Force"
    resolved = with_place_groups(resolved)  # "the Chathams" after "the Chatham Islands"
    names = [c for c in resolved if c.type is not None]
    if not any(map(_held, offices)):
        return names, []  # no office phrase a person can hold: no role to link
    holders = _office_holders(view, names, persons, offices)
    known = _public_holders(names, persons, public_offices or {})
    subjects = _Subjects(names, persons, doc.sentence_starts)
    roles = _role_mentions(text, view, offices, holders, names, persons, office_parents, known, subjects,
                           home_country)
    return names, roles


def _adopt_types(candidates: list[Candidate]) -> None:
    """All occurrences of a name in an article get one type: the most frequent among the typed ones
    (the first on ties), and the cue of a stronger occurrence when a city's name was their only one, and the id a
    rule gave that occurrence ("TUL" of "Tulsa International Airport (IATA: TUL)" is the airport); an untyped
    name containing a person's name is that person's."""
    votes: dict[tuple[str, ...], list[Candidate]] = {}
    for candidate in candidates:
        if candidate.type is not None:
            votes.setdefault(candidate.words, []).append(candidate)
    winners = {}
    for words, typed in votes.items():
        if len(typed) == 1:  # one typed occurrence (most names): it wins
            winners[words] = typed[0]
            continue
        # a city's name is the weakest cue: any other occurrence's cue outvotes it
        typed[:] = [c for c in typed if not c.cue.startswith(LIST_PLACE_CUES)] or typed
        counts: dict[str, int] = {}
        for candidate in typed:
            counts[candidate.type] = counts.get(candidate.type, 0) + 1  # type: ignore[index]
        best = max(counts.values())
        winners[words] = next(c for c in typed if counts[c.type] == best)  # type: ignore[index]
    people = [c for c in candidates if c.type == "person"]
    first_person: dict[tuple[str, ...], int] = {}  # a person's words -> its first position among the people
    for position, person in enumerate(people):
        first_person.setdefault(person.words, position)
    for index, candidate in enumerate(candidates):
        winner = winners.get(candidate.words)
        if winner is not None and winner is not candidate and (candidate.type != winner.type
                                                               or _weaker(candidate, winner)):
            cue = winner.cue if _weak_cue(winner) else f"same name as {winner.name!r}"  # still weak
            candidates[index] = candidate.evolve(type=winner.type, cue=cue, actor_id=winner.actor_id, actor=winner.actor)
        elif candidate.type is None and len(candidate.words) >= 2:
            positions = [first_person.get(candidate.words[-n:]) for n in range(1, len(candidate.words) + 1)]
            found = [position for position in positions if position is not None]
            part = people[min(found)] if found else None
            if part is not None:
                candidates[index] = candidate.evolve(type="person", cue=f"ends with {part.name!r}")


def _untyped_openers(candidates: Sequence[Candidate]) -> frozenset[str]:
    """First words of the article's untyped names of two words or more ("Rocky" of "Rocky Linux"), less the
    surnames of its persons ("Savage" of "Dan Savage" stays his, beside "Savage Love")."""
    openers = {c.words[0] for c in candidates if c.type is None and len(c.words) >= 2}
    if not openers:
        return frozenset()
    return frozenset(openers - {c.words[-1] for c in candidates if c.type == "person" and len(c.words) >= 2})


def _other_name_opens(candidate: Candidate, openers: frozenset[str]) -> bool:
    """Whether ``candidate`` is one untyped word that also opens an untyped name of the article: "Rocky" where
    the text names both "Rocky McGaugh" and "Rocky Linux" is not the person's first name alone (news names a
    person again by the surname)."""
    return candidate.type is None and len(candidate.words) == 1 and candidate.words[0] in openers


def _weaker(candidate: Candidate, winner: Candidate) -> bool:
    """Whether ``candidate`` is typed only as a city's name and ``winner``, of its name and type, by a stronger cue
    ("in Victoria"): it takes the winner's cue, so that no person's name can claim it ("Queen Victoria Market")."""
    return candidate.cue.startswith(LIST_PLACE_CUES) and not winner.cue.startswith(LIST_PLACE_CUES)


def _weak_cue(candidate: Candidate) -> bool:
    """Whether ``candidate`` is typed only as a city's name, or as a body or an outlet by the name before it in a
    list ("Richard Winger of Ballot Access News, and Tobin"): a person's name in the article outweighs it."""
    cue = candidate.cue
    return cue.startswith(LIST_PLACE_CUES) or (cue.startswith(LISTED_AFTER_CUE) and candidate.type != "person")


def _resolve_name(candidate: Candidate, full: RefIndex) -> Candidate:
    """Give a candidate its id: the person it names, or its own slug.

    A name typed only as someone's employer ("Biden spokesman X"), as a city's name ("Imus" after "Don
    Imus") or by the name before it in a list ("Richard Winger of Ballot Access News, and Tobin" after "Christina
    Tobin") is the person when it is part of a person's name in the article. An untyped letter alone ("L" of
    "L&L") names nobody, even when an initial of a full name ("C.L. Gammon") is that letter; nor does an untyped
    acronym the person's name writes in capitals ("FIDE" of the title "Women FIDE Master" read as a name).
    """
    weak = _weak_cue(candidate)
    personal = candidate.type in (None, "person") or weak or candidate.cue.startswith("employer:")
    if candidate.type is None and all(map((1).__eq__, map(len, candidate.words))):  # letters alone
        personal = False
    if personal and candidate.words:
        words = bare_words(candidate.words)
        ref = full.nearest(words, candidate.start)
        if ref is not None and not (candidate.type is None and _acronym_of_title(candidate, ref.actor)):
            own = "" if weak else candidate.cue
            cue = own if ref.start == candidate.start else (own or f"part of {ref.actor!r}")
            return candidate.evolve(type="person", actor_id=ref.actor_id, actor=ref.actor, cue=cue)
    if candidate.type is None or candidate.actor_id:  # an id given before: a state's code ("Vinita, OK"), Oklahoma's
        return candidate
    return candidate.evolve(actor_id=actor_id_for(candidate.type, candidate.name), actor=candidate.name)


_BOARD_HEADS = fold_keys(lexicon.words("board_heads"))
_FORWARD_INITIALS = 3  # the fewest letters of initials that may stand for a body spelled out only after them
_LOCATIVE_BEFORE = re.compile(r"\b(?:%s)\s+$" % "|".join(lexicon.ordered_words("short_form_locatives")), re.IGNORECASE)
def _link_short_forms(
    view: str, candidates: list[Candidate], heads: frozenset[str], dictionary_orgs: Sequence[Span] = (),
    vocabulary: frozenset[str] = frozenset(),
) -> None:
    """One word standing for an organisation named in full before it (discovered, or the dictionary's:
    ``dictionary_orgs``): its first word when the rest of the name is organisation words ("Solara" after
    "Solara Systems", "Harvard" after "Harvard University"; not "Christchurch" after "Christchurch District
    Court", nor an abstract noun, an era or a movement ("Prohibition" after "Prohibition Party"),
    nor "CentOS" after "CentOS Board" (``lexicon/board_heads.txt``), nor an untyped word after "in", nor a lone institution noun: "the House" is not the "House Judiciary
    Committee", nor a common word capitalised only as a sentence's first word, one ``vocabulary`` (the text's
    words as written) also holds in lower case: "Chess is a game" after "Chess Club"), or its head word
    capitalised alone, the last word or the word before "of" ("the Ministry" after "Health Ministry", "the
    Commission" after "European Commission", "the Bank" after "Bank of England"); initials ("S.E.C.", "SEC"
    after "Securities and Exchange Commission"; of three letters or more, before it too when the article spells
    them out for one body only: "The NTSB opened an inquiry. The National Transportation Safety Board said"). A
    place word alone ("the Airport") stands for the place named in full before it with that last word ("Isfahan
    International Airport")."""
    orgs = _named_organizations(candidates, dictionary_orgs, view)
    places = [c for c in candidates if c.type == "place" and len(c.words) >= 2 and c.actor_id]
    if not orgs and not places:
        return  # nothing named in full: no short form to link
    folded_heads = fold_keys(heads)
    by_first = _OrgIndex(orgs, lambda o: o.words[0] if all(word in folded_heads for word in o.words[1:])
                         and o.words[-1] not in _BOARD_HEADS else None)  # not "CentOS" after "CentOS Board"
    speakers = _spoken_names(candidates)
    by_opener = _OrgIndex(orgs, lambda o: o.words[0] if speakers and o.words[-1] in folded_heads else None)
    by_head = _OrgIndex(orgs, lambda o: o.words[-1])
    by_head_of = _OrgIndex(orgs, lambda o: _head_before_of(o.name))
    by_initials = _OrgIndex(orgs, lambda o: _initials(o.name))
    by_place_head = _OrgIndex(places, lambda p: p.words[-1])  # "the Airport" after "Isfahan International Airport"
    for index, candidate in enumerate(candidates):
        institution = candidate.cue.startswith("institution:")
        if institution and candidate.words and candidate.type == "place":
            place = by_place_head.last_before(candidate.words[-1], candidate.start)
            if place is not None:
                owner = places[place]
                candidates[index] = candidate.evolve(actor_id=owner.actor_id, actor=owner.actor,
                                                      cue=f"short for {owner.name!r}")
            continue
        own_organization = len(candidate.words) == 1 and not institution and _own_organization(candidate)
        spoken = candidate.words in speakers  # "Ford said" after "Ford Motor Company": the company
        if candidate.actor_id and not (institution or own_organization or spoken):
            continue
        found = []  # the last owner before the candidate under each rule, by position among the organisations
        if len(candidate.words) == 1:
            first = by_first.last_before(candidate.words[0], candidate.start)  # looked up before the costlier tests
            if first is not None and (own_organization or (candidate.type is None
                                                           and not _located(view, candidate, orgs[first])
                                                           and not _sentence_initial_word(candidate, vocabulary)
                                                           and not _abstract_noun(candidate.words[0]))):
                found.append(first)
        if institution and candidate.words:
            found.append(by_head.last_before(candidate.words[-1], candidate.start))
            found.append(by_head_of.last_before(candidate.words[-1], candidate.start))
        letters = _letters(candidate)
        if letters is not None:
            before = by_initials.last_before(letters, candidate.start)
            if before is None and not candidate.actor_id and len(letters) >= _FORWARD_INITIALS:
                before = by_initials.only(letters)  # "The NTSB opened ... The National Transportation Safety Board"
            found.append(before)
        if spoken:
            found.append(by_opener.last_before(candidate.words[0], candidate.start))
        positions = [position for position in found if position is not None]
        if positions:
            owner = orgs[max(positions)]
            candidates[index] = candidate.evolve(type=owner.type, actor_id=owner.actor_id, actor=owner.actor,
                                                  cue=f"short for {owner.name!r}")


def _located(view: str, candidate: Candidate, owner: _Organization) -> bool:
    """Whether a locative word stands right before ``candidate`` ("in Harvard"): a place's name, not a body's; but
    "at" or "from" before the town a school (``owner``) is named after names the school, as the school's own name
    ("at Suffolk" after "Suffolk University"; ``lexicon/school_heads.txt``)."""
    before = _LOCATIVE_BEFORE.search(view[max(0, candidate.start - 12):candidate.start])
    if before is None:
        return False
    return not (owner.words[-1] in _SCHOOL_HEADS and before.group(0).split()[0].lower() in _SCHOOL_PREPOSITIONS)


_SCHOOL_HEADS = fold_keys(lexicon.words("school_heads"))
_SCHOOL_PREPOSITIONS = lexicon.words("school_prepositions")  # "at", "from"


_ABSTRACT_ENDINGS = tuple(lexicon.ordered_words("abstract_noun_endings"))
_ABSTRACT_LENGTH = 7  # shorter words with these endings are names as often ("Sion", "Marion")


def _abstract_noun(word: str) -> bool:
    """Whether a (folded) word is an English abstract noun ("prohibition", "secession"): capitalised alone it is an
    era or a movement, not short for the body it opens the name of ("Prohibition" after "Prohibition Party")."""
    return len(word) >= _ABSTRACT_LENGTH and word.endswith(_ABSTRACT_ENDINGS)


def _sentence_initial_word(candidate: Candidate, vocabulary: frozenset[str]) -> bool:
    """Whether ``candidate`` is a sentence's capitalised first word, no other capital in it, that the text also
    writes in lower case ("Chess is a game" where the text speaks of "chess"): a common word, whatever name opens
    with it ("GitHub" is a name even beside a "github.com" address)."""
    name = candidate.name
    return candidate.initial and name[1:].islower() and name.lower() in vocabulary


_SPEECH_CUES = ("speaker:", "same name as")


def _spoken_names(candidates: Sequence[Candidate]) -> frozenset[tuple[str, ...]]:
    """One-word names the article makes persons only by speaking ("Ford said", "Ford told reporters") and under
    their own id (no person's full name holds them): a company named in full before them by its first word and
    a head word ("Ford Motor Company", "Toyota Motor Corporation") speaks through them as news writes it. A
    name any occurrence of which has another person cue ("Dr Ford", "Ford, 52,") stays a person."""
    spoken: dict[tuple[str, ...], bool] = {}
    for candidate in candidates:
        if candidate.type == "person" and len(candidate.words) == 1:
            own = candidate.actor_id == actor_id_for("person", candidate.name)
            spoken[candidate.words] = spoken.get(candidate.words, True) and own \
                and candidate.cue.startswith(_SPEECH_CUES)
    return frozenset(words for words, only_speech in spoken.items() if only_speech)


class _Organization(NamedTuple):
    """An organisation named in full in the article: where, its name, folded words, type and actor."""

    start: int
    end: int
    name: str
    words: tuple[str, ...]
    type: str
    actor_id: str
    actor: str


def _named_organizations(
    names: Sequence[Candidate], dictionary_orgs: Sequence[Span] = (), view: str = ""
) -> list[_Organization]:
    """Organisations and media named with two or more words and given an id, discovered (``names``) or matched
    in the dictionary (``dictionary_orgs``, named as ``view`` writes them), in text order. A seat of power that
    stands for its occupant ("the White House") is named after its building, not its body: "the House" is never
    it."""
    found = [_Organization(c.start, c.end, c.name, c.words, c.type, c.actor_id, c.actor)
             for c in names if c.type in ORGANIZATION_TYPES and len(c.words) >= 2 and c.actor_id]
    for span in dictionary_orgs:
        if span.stands_for is not None:
            continue
        written = view[span.start:span.end]
        words = _organization_words(written)
        if len(words) >= 2:
            found.append(_Organization(span.start, span.end, written, words, span.kind, span.actor_id, span.actor))
    return sorted(found, key=lambda org: (org.start, org.end)) if dictionary_orgs else found


_NAME_WORD = re.compile(r"[\w'-]+")
ORGANIZATION_TYPES = ("organization", "media")


@lru_cache(maxsize=1 << 14)
def _organization_words(written: str) -> tuple[str, ...]:
    """The folded words of an organisation's name as written, less its connectors ("of", "and"): remembered, as
    the dictionary's bodies recur from article to article."""
    return tuple(fold_key(word) for word in _NAME_WORD.findall(written) if word.lower() not in ORG_CONNECTORS)


def _own_organization(candidate: Candidate) -> bool:
    """Whether a discovered name is typed an organisation or outlet under its own name ("Harvard" typed by "taught
    at"), not linked to anyone else."""
    return candidate.type in ORGANIZATION_TYPES and candidate.how == "discovered" \
        and candidate.actor_id == actor_id_for(candidate.type, candidate.name)


_HEAD_PREPOSITIONS = ORG_CONNECTORS & lexicon.words("phrase_prepositions")  # of, for, on: not "and", "&", "the"


@lru_cache(maxsize=1 << 14)
def _head_before_of(name: str) -> str | None:
    """The folded word before the first preposition that joins a name's words ("bank" of "Bank of England",
    "commission" of "Commission on Presidential Debates", "centers" of "Centers for Disease Control"), else None."""
    words = name.split()
    at = next((i for i, word in enumerate(words) if word in _HEAD_PREPOSITIONS), 0)
    return fold_key(words[at - 1]) if at >= 1 else None


class _OrgIndex:
    """Positions of organisations (in their list's order) by a key, for the last one ending before an offset.
    Built on the first lookup: an article looks up few of its indexes' keys, and many indexes not at all."""

    def __init__(self, orgs: Sequence[Candidate], key: Callable[[Candidate], str | None]) -> None:
        self.orgs = orgs
        self.key = key

    @cached_property
    def _built(self) -> tuple[list[int], dict[str, list[int]], dict[str, list[int]]]:
        """The organisations' ends, their positions by key, and by key the ends of those that end in order."""
        ends = [org.end for org in self.orgs]
        positions: dict[str, list[int]] = {}
        for position, org in enumerate(self.orgs):
            value = self.key(org)
            if value is not None:
                positions.setdefault(value, []).append(position)
        sorted_ends = {
            value: [ends[p] for p in found] for value, found in positions.items()
            if all(ends[a] <= ends[b] for a, b in zip(found, found[1:]))
        }
        return ends, positions, sorted_ends

    def last_before(self, value: str, at: int) -> int | None:
        """The last position with key ``value`` whose organisation ends at or before ``at``, else None."""
        all_ends, positions, sorted_ends = self._built
        found = positions.get(value)
        if not found:
            return None
        ends = sorted_ends.get(value)
        if ends is not None:
            count = bisect_right(ends, at)
            return found[count - 1] if count else None
        return next((p for p in reversed(found) if all_ends[p] <= at), None)  # overlapping names: scan

    def only(self, value: str) -> int | None:
        """The first position with key ``value`` when every organisation under it is one actor, else None."""
        found = self._built[1].get(value)
        if not found or len({self.orgs[p].actor_id for p in found}) > 1:
            return None
        return found[0]


def local_acronyms(text: str, spans: Sequence[Span], names: Sequence[Candidate]) -> dict[int, Candidate]:
    """Dictionary acronyms that the article spells out otherwise: "RSF" after "Rapid Support Forces" is not
    the dictionary's "RSF" (Reporters Without Borders). Maps the index of such a span to the organisation."""
    orgs = _named_organizations(names)
    if not orgs:
        return {}  # the article spells out no organisation
    by_initials = _OrgIndex(orgs, lambda o: _initials(o.name))
    by_start = {org.start: org for org in orgs}  # "the RSF (Rapid Support Forces)": spelled out after it
    owners: dict[int, Candidate] = {}
    for index, span in enumerate(spans):
        if span.kind not in ORGANIZATION_TYPES:
            continue
        surface = text[span.start:span.end].replace(".", "")
        if not (2 <= len(surface) <= 6 and surface.isalpha() and surface.isupper()):
            continue
        before = by_initials.last_before(surface, span.start)
        owner = orgs[before] if before is not None else _spelled_out(text, surface, span.end, by_start)
        if owner is not None and _initials(span.actor) != surface:
            owners[index] = owner
    return owners


def _acronym_of_title(candidate: Candidate, person: str) -> bool:
    """Whether a name is one word of three to six capitals that the person's name writes in capitals too ("FIDE"
    of "Women FIDE Master", a title read as a name): an acronym, not the person ("SAKA" of a shouted line still
    names "Jill Saka")."""
    letters = _letters(candidate)
    return letters is not None and len(letters) >= 3 and candidate.name in person.split()


def _letters(candidate: Candidate) -> str | None:
    """"SEC" for the names "SEC" and "S.E.C." (2-6 capitals), else None."""
    return _name_letters(candidate.name)


@lru_cache(maxsize=1 << 14)
def _name_letters(name: str) -> str | None:
    """:func:`_letters` of a name (a name recurs within and across articles)."""
    letters = name.replace(".", "").replace(" ", "")
    return letters if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() else None


@lru_cache(maxsize=1 << 14)
def _initials(name: str) -> str:
    """Initials of a name's capitalised words: "Securities and Exchange Commission" -> "SEC"."""
    return "".join(word[0] for word in _NAME_WORD.findall(name) if word[:1].isupper())


def _link_acronyms(view: str, candidates: list[Candidate]) -> None:
    """``National Emergency Operation Centre (NEOC)``: the acronym names the organisation before it (not the place
    after its "of": :func:`_spells_place_of`); so does a short form of capitalised words in the brackets
    ("First Moscow State Medical University (First MSMU)", "Supreme Court of Justice (Oberster Gerichtshof)"):
    each name found inside them. An acronym spelled out in brackets after it ("the RPF (Railway Police Force)")
    names the organisation in the brackets, there and wherever it recurs (:func:`_spelled_out`)."""
    organizations = [candidate for candidate in candidates if candidate.type in ORGANIZATION_TYPES]
    if not organizations:
        return  # no organisation for an acronym to name
    acronyms: dict[str, tuple[Candidate, str]] = {}  # a short form -> the organisation it names, and how
    ordered = sorted(candidates, key=lambda candidate: candidate.start)
    starts = [candidate.start for candidate in ordered]
    for candidate in organizations:
        match = ACRONYM.match(view[candidate.end:candidate.end + 14])
        if match and not _spells_place_of(match.group(1), candidate.name) \
                and not _spells_longer_phrase(view, match.group(1), candidate):
            acronyms[match.group(1)] = candidate, "acronym of"
        elif match is None:
            for inside in _short_form_names(view, candidate, ordered, starts):
                if _initials(inside.name) != candidate.name:  # "WWE (World Wrestling ...)": spelled out
                    acronyms[inside.name] = candidate, "short form of"
    by_start = {c.start: c for c in organizations}
    for candidate in candidates:
        letters = _letters(candidate)
        owner = _spelled_out(view, letters, candidate.end, by_start) if letters else None
        if owner is not None:
            acronyms[letters] = owner, "acronym of"
    if not acronyms:
        return
    for index, candidate in enumerate(candidates):
        owner, how = acronyms.get(candidate.name, (None, ""))
        if owner is not None and candidate.type in (None, owner.type) and owner is not candidate:
            candidates[index] = candidate.evolve(
                type=owner.type, actor_id=owner.actor_id, actor=owner.actor, cue=f"{how} {owner.name!r}"
            )


class _NamedSpan(Protocol):
    """A name where the text writes it: a discovered candidate or an organisation named in full."""

    @property
    def end(self) -> int: ...

    @property
    def name(self) -> str: ...


_Named = TypeVar("_Named", bound=_NamedSpan)
_OPENING_BRACKET = re.compile(r"[ \t]*\(\s*")  # "RPF (", before the name that spells it out
_CLOSING_BRACKET = re.compile(r"\s*\)")


def _spelled_out(view: str, acronym: str, end: int, by_start: Mapping[int, _Named]) -> _Named | None:
    """The organisation of ``by_start`` (by start offset) named alone in the brackets right after ``acronym`` (which
    ends at ``end``) with initials that spell it ("Railway Police Force" of "the RPF (Railway Police Force)"), else
    None: news writes a body's short form first and spells it out after it as often as the other way round."""
    opening = _OPENING_BRACKET.match(view, end)
    owner = by_start.get(opening.end()) if opening else None
    if owner is None or _initials(owner.name) != acronym or not _CLOSING_BRACKET.match(view, owner.end):
        return None
    return owner


_SHORT_FORM = re.compile(r"\s*\(\s*[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,3}\s*\)")


def _short_form_names(
    view: str, owner: Candidate, candidates: Sequence[Candidate], starts: Sequence[int]
) -> list[Candidate]:
    """The names found inside brackets of capitalised words only right after ``owner`` (its short form), or [];
    ``candidates`` are in text order, ``starts`` their start offsets."""
    match = _SHORT_FORM.match(view, owner.end, owner.end + 60)
    if match is None:
        return []
    at = bisect_left(starts, match.start())
    inside = []
    while at < len(candidates) and candidates[at].start < match.end():
        if candidates[at].end <= match.end():
            inside.append(candidates[at])
        at += 1
    return inside


def _spells_place_of(acronym: str, name: str) -> bool:
    """Whether ``acronym`` spells only the words after the name's "of", not the whole name: "NSW" after
    "Parliament of New South Wales" names the state, "USC" after "University of Southern California" the body."""
    _head, of, tail = name.partition(" of ")
    return bool(of) and _initials(tail) == acronym != _initials(name)


_SPELLED_LOOK_BACK = 80  # characters before a bracketed acronym that may hold the phrase it spells


def _spells_longer_phrase(view: str, acronym: str, name: Candidate) -> bool:
    """Whether ``acronym`` has more letters than the name before it has capitalised words and spells the longer
    phrase that ends with it: "(IEDCR)" after "Institute of Epidemiology, Disease Control and Research", of which a
    comma split off "Research", names the whole institute, not "Research". An acronym in another language ("RSF"
    after "Reporters Without Borders") spells no phrase there and stays the name's."""
    if len(acronym) <= len(_initials(name.name)):
        return False  # the common case: as many letters as the name has words
    return bool(spelled_by(_NAME_WORD.findall(view[max(0, name.end - _SPELLED_LOOK_BACK):name.end]), acronym))


@dataclass(frozen=True)
class _Holding:
    office: str
    actor_id: str | None
    person_id: str
    person: str
    at: int


def _held(hit: OfficeHit) -> bool:
    """Whether ``hit`` names an office a person holds ("the foreign minister"; not "former minister", "striker")."""
    return hit.office is not None and hit.holding


def _office_holders(
    view: str, names: Sequence[Candidate], persons: Sequence[Span], offices: Sequence[OfficeHit]
) -> list[_Holding]:
    """Who holds which office in this article: a title right before a name or an office in apposition."""
    people = [(c.start, c.end, c.actor_id, c.actor) for c in names if c.type == "person"]
    people += [(p.start, p.end, p.actor_id, p.actor) for p in persons]
    by_start = sorted(range(len(people)), key=lambda i: people[i][0])
    by_end = sorted(range(len(people)), key=lambda i: people[i][1])
    starts = [people[i][0] for i in by_start]
    ends = [people[i][1] for i in by_end]
    holdings = []
    for hit in offices:
        if not _held(hit):
            continue
        # a title ends at most 2 characters before the name; an apposition starts at most 90 after it ends
        near = by_start[bisect_left(starts, hit.end):bisect_right(starts, hit.end + 2)]
        near += by_end[bisect_left(ends, hit.start - 90):bisect_right(ends, hit.start)]
        for index in sorted(set(near)):
            start, end, person_id, person = people[index]
            title = 0 <= start - hit.end <= 2 and view[hit.end:start].strip() == ""
            apposition = office_in_apposition(view, end, hit)
            if title or apposition:
                holdings.append(_Holding(_held_office(view, hit), hit.actor_id, person_id, person, hit.start))
                break
    return holdings


def _public_holders(
    names: Sequence[Candidate], persons: Sequence[Span], public_offices: Mapping[str, PublicOffice],
) -> list[_Holding]:
    """The dictionary's public figures the article names, each holding the office and country the dictionary
    gives them (:mod:`analysis.actors.public_offices`), at each of their mentions, in text order."""
    people = [(c.start, c.actor_id, c.actor) for c in names if c.type == "person" and c.actor_id in public_offices]
    people += [(p.start, p.actor_id, p.actor) for p in persons if p.actor_id in public_offices]
    holdings = []
    for start, person_id, person in sorted(people, key=lambda person: person[0]):
        office, country = public_offices[person_id]  # type: ignore[index]
        holdings.append(_Holding(office, country, person_id, person, start))  # type: ignore[arg-type]
    return holdings


def _held_office(view: str, hit: OfficeHit) -> str:
    """The office a phrase names: a phrase naming no country or body of its own after a capitalised word that is
    neither a determiner nor an office's modifier ("Senate President Thomas Rivera Schatz", "Assembly president
    Richard Ferrand", "the Senate President") holds that body's office ("senate president"), not the bare one, so
    neither "the President of France" nor "the U.S. President" is linked to its holder; else the office itself."""
    if hit.actor_id is not None:
        return hit.office  # type: ignore[return-value]
    body = body_word_before(view, hit.start)
    return hit.office if body is None else f"{body} {hit.office}"  # type: ignore[return-value]


_BODY_WORD_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][a-z]+) \Z")
_NOT_BODY_WORDS = lexicon.union("title_determiners", "office_modifiers", "role_generic_modifiers")


def body_word_before(view: str, start: int) -> str | None:
    """The capitalised word, in lower case, right before an office starting at ``start`` that names the body the
    office serves ("Senate" of "Senate President", "Assembly" of "Assembly president"), else None: not a determiner
    nor an office's modifier ("The President", "Vice President"), nor a stopword opening a sentence ("So
    Secretary Cardona")."""
    before = _BODY_WORD_BEFORE.search(view, max(0, start - 30), start)
    if before is None or before.group(1).lower() in _NOT_BODY_WORDS or before.group(1).lower() in lexicon.stopwords():
        return None
    return before.group(1).lower()


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)  # "the " before a role phrase
_BODY_AFTER = re.compile(r"^\s+(?:of|for|at|to)\s+[A-Z]")  # " of Puerto Rico": a title of a named body


def _role_mentions(
    text: str, view: str, offices: Sequence[OfficeHit], holders: Sequence[_Holding],
    names: Sequence[Candidate], persons: Sequence[Span], parents: Mapping[str, str | None],
    public_holders: Sequence[_Holding] = (), subjects: _Subjects | None = None, home_country: str | None = None,
) -> list[Candidate]:
    """Role phrases standing alone ("The head of Russian diplomacy") linked to the office holder: the person the
    sentence says holds it ("Mubarak was the President of Egypt": ``subjects``), else one the article gives the
    office (given it with no country: of ``home_country``), else, for a phrase naming its country ("the French
    president"), a public figure of the dictionary holding it (``public_holders``)."""
    person_starts = {c.start for c in names if c.type == "person"} | {p.start for p in persons}
    index = _HolderIndex(holders, parents, home_country)
    public = _HolderIndex(public_holders, parents)
    roles = []
    for hit in offices:
        if not _held(hit) or _titles_a_name(view, hit, person_starts):
            continue
        article = _THE_BEFORE.search(view[max(0, hit.start - 6):hit.start])
        if article is None and hit.actor_id is None:
            continue
        if _BODY_AFTER.match(view[hit.end:hit.end + 20]):
            continue
        office = _held_office(view, hit)
        holder = subjects.of(view, hit.start) if subjects is not None else None
        holder = holder or index.pick(hit, office)
        if holder is None and hit.actor_id is not None:  # "the French president": a public figure holding it
            holder = public.pick(hit, office)
        if holder is None:
            continue
        start, end = _role_span(view, hit)
        if article and start == hit.start:
            start -= len(article.group(0))
        roles.append(Candidate(
            start, end, holder.person, (), "person", f"role held by {holder.person!r}", False,
            actor_id=holder.person_id, actor=holder.person, how="role",
        ))
    return roles


# "was the ", "served as ", "became ": a role phrase after it is what the sentence's subject is or was
_PREDICATE_BEFORE = re.compile(r"\b(?:%s)\s+(?:the\s+)?\Z" % lexicon.alternation("predicative_words"), re.IGNORECASE)
_SUBJECT_TO_PREDICATE = re.compile(r"(?:\s*,\s*who)?(?:\s+[a-z]+){0,4}\s*")  # " ", ", who served ", " later"


class _Subjects:
    """The persons of an article by where their mentions end, for the holder a sentence gives a role phrase."""

    def __init__(self, names: Sequence[Candidate], persons: Sequence[Span], sentence_starts: Sequence[int]) -> None:
        self.people = sorted([(c.end, c.start, c.actor_id, c.actor) for c in names if c.type == "person" and c.actor_id]
                             + [(p.end, p.start, p.actor_id, p.actor) for p in persons])
        self.ends = [end for end, _, _, _ in self.people]
        self.sentence_starts = sentence_starts

    def of(self, view: str, start: int) -> _Holding | None:
        """The person named last before a role phrase at ``start`` in its sentence when a word of
        ``lexicon/predicative_words.txt`` (and perhaps "the") stands right before the phrase and only lower-case
        words, perhaps after ", who", between the name and it ("Mubarak was the President of Egypt", "Chirac, who
        served as President of France"; not "Asked about Smith, it was the President who"), else None. A person
        named right after a verb of succession is the predecessor: the one named before the verb holds the role
        ("Johnson succeeded Theresa May as the Prime Minister": :mod:`analysis.actors.successions`)."""
        predicate = _PREDICATE_BEFORE.search(view, max(0, start - 20), start)
        if predicate is None:
            return None
        at = bisect_right(self.sentence_starts, start) - 1
        sentence = self.sentence_starts[at] if at >= 0 else 0
        count, until = bisect_right(self.ends, predicate.start()), predicate.start()
        verb = succession_verb_before(view, self.people[count - 1][1]) if count else None
        if verb is not None:  # "succeeded Theresa May as": the subject before the verb
            count, until = bisect_right(self.ends, verb), verb
        if not count or self.ends[count - 1] <= sentence \
                or not _SUBJECT_TO_PREDICATE.fullmatch(view, self.ends[count - 1], until):
            return None
        _, _, person_id, person = self.people[count - 1]
        return _Holding("", None, person_id, person, start)


_POSSESSIVE_GAP = re.compile(r"(?:'s)?\s+")  # "'s " after the actor opening a role phrase
_CONNECTOR_BEFORE = re.compile(r"\s+(?:of|for|to)(?:\s+the)?\s+$")  # " of the " before the actor ending it


def _role_span(view: str, hit: OfficeHit) -> tuple[int, int]:
    """The role phrase without an actor at its start or end, which stays a mention of its own:
    "Russia's [foreign minister]", "[the governor] of Puerto Rico"; an inner actor is covered
    ("the head of Russian diplomacy")."""
    start, end = hit.start, hit.end
    if hit.actor_start == hit.start:
        rest = _POSSESSIVE_GAP.match(view[hit.actor_end:hit.end])
        start = hit.actor_end + (rest.end() if rest else 0)
    elif hit.actor_end == hit.end and hit.actor_start > hit.start:
        connector = _CONNECTOR_BEFORE.search(view[hit.start:hit.actor_start])
        if connector:
            end = hit.start + connector.start()
    return start, end


_TITLE_GAP = re.compile(r"^\s{1,2}")


def _titles_a_name(view: str, hit: OfficeHit, person_starts: set[int]) -> bool:
    gap = _TITLE_GAP.match(view[hit.end:hit.end + 3])
    return gap is not None and hit.end + gap.end() in person_starts


_COUNTRY_PREFIX = "country:"


class _HolderIndex:
    """Office holders by (office or its parent, the office's actor id), in order, for :meth:`pick`; a holder given
    the office with no country or body ("President Roosevelt") holds it of ``home`` (the article's country), when
    known."""

    def __init__(self, holders: Sequence[_Holding], parents: Mapping[str, str | None], home: str | None = None) -> None:
        self.home = home
        self.by_office: dict[str, list[tuple[int, _Holding]]] = {}
        self.by_actor: dict[tuple[str, str | None], list[tuple[int, _Holding]]] = {}
        for position, holding in enumerate(holders):
            for office in dict.fromkeys((holding.office, parents.get(holding.office))):
                if office is not None:
                    self.by_office.setdefault(office, []).append((position, holding))
                    self.by_actor.setdefault((office, holding.actor_id), []).append((position, holding))
        lists = list(self.by_office.values()) + list(self.by_actor.values())
        self.ats = {id(found): [h.at for _p, h in found] for found in lists}
        self.ordered = {id(found) for found in lists if all(a <= b for a, b in zip(self.ats[id(found)],
                                                                                     self.ats[id(found)][1:]))}
        self.person = {id(found): (found[0][1].person_id,) if len({h.person_id for _p, h in found}) == 1 else ()
                       for found in lists}  # (the one person,) or () when several

    def pick(self, hit: OfficeHit, office: str) -> _Holding | None:
        """The holder of a compatible ``office`` (the phrase's :func:`_held_office`: the same one or a child of it,
        and a compatible country or organisation): the nearest before the phrase or at it (the person it is
        apposed to), else the only one after it. A phrase naming another country than the article's ("the
        president of Turkey" in a US story) is no holder's given the office with none ("President Roosevelt")."""
        if hit.actor_id is None:
            lists = [self.by_office.get(office, [])]
        else:
            foreign = self.home is not None and hit.actor_id.startswith(_COUNTRY_PREFIX) and hit.actor_id != self.home
            lists = [[] if foreign else self.by_actor.get((office, None), []),
                     self.by_actor.get((office, hit.actor_id), [])]
        lists = [found for found in lists if found]
        # a holding recorded at the phrase itself ("Khamenei, the Supreme Leader of Iran,") is its holder
        before = [entry for entry in (self._last_before(found, hit.start + 1) for found in lists) if entry is not None]
        if before:
            return max(before, key=lambda entry: entry[0])[1]
        persons = {self.person[id(found)] for found in lists}
        if len(persons) != 1 or () in persons:
            return None
        return max((found[-1] for found in lists), key=lambda entry: entry[0])[1]

    def _last_before(self, found: list[tuple[int, _Holding]], at: int) -> tuple[int, _Holding] | None:
        if id(found) in self.ordered:
            count = bisect_left(self.ats[id(found)], at)
            return found[count - 1] if count else None
        return next((entry for entry in reversed(found) if entry[1].at < at), None)


# ---------------------------------------------------------------- across articles


def unify_people(mentions: pd.DataFrame, *, dominance: float = 3.0) -> pd.DataFrame:
    """Across a corpus: a person an article names only by surname ("Trump", ``person:trump``) takes the id
    and name of the full name ending with it elsewhere ("Donald Trump"), when that full name is the only
    candidate or has at least ``dominance`` times the mentions of the next ("Biden": Joe rather than
    Hunter). Per-article linking cannot see other articles; this is for corpus summaries. Returns a copy.
    """
    if mentions.empty or "actor_type" not in mentions.columns:
        return mentions.copy()
    people = mentions[mentions["actor_type"] == "person"]
    counts = people.groupby("actor_id").size()
    names = people.drop_duplicates("actor_id").set_index("actor_id")["actor"]
    words = {actor_id: tuple(fold_key(w) for w in re.findall(r"\w+(?:[-']\w+)*", name)) for actor_id, name in names.items()}
    mapping = {}
    for actor_id, parts in words.items():
        if len(parts) != 1:
            continue  # only a lone surname is partial; a two-word name is a name
        containing = sorted(
            (other for other, whole in words.items() if len(whole) > 1 and whole[-1] == parts[0]),
            key=lambda other: (-counts[other], other),
        )
        if containing and (len(containing) == 1 or counts[containing[0]] >= dominance * counts[containing[1]]):
            mapping[actor_id] = containing[0]
    unified = mentions.copy()
    target = unified["actor_id"].map(mapping)
    moved = target.notna() & (unified["actor_type"] == "person")
    unified.loc[moved, "actor_id"] = target[moved]
    unified.loc[moved, "actor"] = target[moved].map(names)
    return unified
