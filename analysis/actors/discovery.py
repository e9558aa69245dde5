"""Discovering actors the dictionary does not name: names found, typed by cues, listed for analysts.

Discovery reads the capitalised sequences of a text ("Sergey Lavrov",
"National Emergency Operation Centre") that no dictionary phrase covers
(:mod:`analysis.actors.name_runs`), splits them where a dictionary actor or an office
stands inside, strips leading articles, sentence-initial common words, titles
and descriptors, and types what remains by cues from the dictionary's
``cues`` and ``offices`` (:mod:`analysis.actors.name_cues`):

* a person: an office or role right before the name, a title inside it ("Mr
  Lavrov"; "General Motors" is not one: an organisation word wins), a known
  first name, a parenthesised first name, or what follows the name (", who",
  an age, an apposition, a definition: "X was a French mathematician"), or a predicate only a
  person has ("X was born", "X's wife", "X received his ...": :mod:`analysis.actors.person_predicates`);
* an organisation or media outlet: a head word ("Ministry", "Times"), also
  across connectors ("Ministry of Health"), an organisation noun next to it
  (not an acronym in brackets: "Universal Basic Income (UBI)" is no body);
* a place: a place head word ("County", "River"), a leading "Mount", "Lake",
  or a place noun in apposition or definition (", a town in ...", "X is a city"); last, a town or
  city's name (the ``place_names`` cue list: "Oakland", "San Juan") or a planet's ("Mars"); still untyped, a name after a
  place and a comma ("Exeter, Devon") or a compass region ("the South";
  :mod:`analysis.actors.place_neighbours`).

Names listed after a plural role or organisation noun, or coordinated with a
typed name, share its type, as do the untyped names of a coordinated list
whose typed members (dictionary matches included) have one type ("Google,
Bing and Yahoo"). A name with no cue stays untyped and is not
reported as a mention. Names of events ("World Cup", "Paris Agreement") are
not actors, unless a first name opens one in a person's context ("advocate Doris Day died"): the event word is
a surname then, which stands alone later ("Day said").

Linking partial names and role phrases within an article is
:mod:`analysis.actors.linking`. Discovered actor ids are stable slugs of the name
(``person:sergey-lavrov``); :func:`analysis.actors.summary.summarize_discoveries` lists discovered
actors with counts and evidence for an analyst to copy into a dictionary.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from operator import itemgetter
from typing import Collection, Sequence

from analysis.actors.affiliated_speakers import affiliated_speaker
from analysis.actors.address_forms import address_forms, with_address_forms
from analysis.actors.address_words import address_spans, lowercase_words
from analysis.actors.document_acronyms import without_non_actor_acronyms
from analysis.actors.context_cues import (
    acronym_organiser, acronym_organization, body_before, celestial_body, citation_person, city_name, compass_town,
    kind_of_body, place_context,
    settle_places, sports_results, team_context, type_coordinated,
)
from analysis.actors.mention_types import Candidate, Cues, OfficeHit, Span, fold_key, word_runs
from analysis.actors.name_context import NameContext
from analysis.actors.national_bodies import BODY_NAMES
from analysis.actors.epithets import epithet_after_name
from analysis.actors.firm_names import ampersand_firm, persons_pair
from analysis.actors.language_names import untype_language_names
from analysis.actors.list_leads import list_lead
from analysis.actors.name_cues import (
    GIVEN_NAME_CUE, PLACE_PREFIXES, after_body_noun, apposition_body, era_place, generic_only, head_type,
    institution, noun_type, opens_town, person_cue,
)
from analysis.actors.outlet_cues import published_in, speaking_title, told_outlet
from analysis.actors.name_shapes import (
    LISTED_AFTER_CUE, articled_place_length, bracketed_first_name, given_name, initialled_name,
    office_domain_before_name, patronymic_surname, place_first_name, place_then_surname, spelled_acronyms,
    type_names_before_persons, type_shared_surnames,
)
from analysis.actors.name_runs import SURNAME_PARTICLES, Token, capitalised_runs, name_like, parenthesised, tokenize
from analysis.actors.name_pairs import PAIR_CUE, dictionary_partners
from analysis.actors.organization_predicates import predicate_organization
from analysis.actors.person_predicates import past_verb, predicate_person
from analysis.actors.trade_nouns import trade_noun, trade_noun_person
from analysis.actors.office_complements import office_complement, without_office_rank
from analysis.actors.office_places import office_place_words, without_office_head
from analysis.actors.place_shapes import particle_place
from analysis.actors.possessive_names import name_possessors
from analysis.actors.place_neighbours import (
    NUMBER, modified_place, numbered_place, state_code_after_comma, type_place_neighbours,
)
from analysis.actors.school_names import campus_name, school_context
from analysis.actors.speaker_verbs import SpeakerVerbs, speaker_verbs
from analysis.actors.surname_echoes import type_surname_echoes
from analysis.actors.surname_heads import lone_surname_heads
from analysis.actors.regnal_numbers import regnal_one
from analysis.actors.repeated_openings import person_opening, repeated_openings
from analysis.actors.road_codes import hyphenated_road, spaced_road
from analysis.actors.surname_titles import surname_titles, title_after_first_name
from analysis.actors.team_names import club_opener_name, demonym_team, team_name, team_side
from analysis.actors.work_titles import without_work_titles
from analysis.text import lexicon
from analysis.text.document import Document

EVENT_PREFIXES = lexicon.words("event_prefixes")  # "Hurricane", "Operation": an event's name opens with one
COURTESY_TITLES = lexicon.words("courtesy_titles")  # "Mr Park", "Dr Hill": a person, though the head word is a place's
TRAILING_NOISE = lexicon.union("caption_words", "post_nominal_letters")  # "Jane Hill Photo", "Daniel Osei KC"
_BRACKETS = str.maketrans("", "", "()[]")  # "(Nicolás) Maduro", "[George W.] Bush": the name without them
_BRACKET = re.compile(r"[()\[\]]")
_COORDINATOR = re.compile(r"\b(?:and|or)\b")
_BRACKETED = re.compile(r"^\s*\([^()\n]{1,120}\)")  # a bracket right after a listed name: "(La notte)", "(D-Ohio)"
_LIST_GAP = re.compile(r"^\s*(?:,|,?\s+and|,?\s+or|,?\s+as well as)\s+$")
# Labels of words (:func:`_label_tokens`) where a name is split: an actor or office inside ends a name, and so on.
_ACTOR_LABELS = frozenset({"office", "hard"})
_ARTICLES = lexicon.words("articles")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|The|a|an)\s+$")
_LOCATED_THE = re.compile(rf"\b(?:{lexicon.alternation('located_prepositions')})\s+the\s+$")  # "in the City"
_LOCATED_THE_WIDTH = 20
_RULER_TITLES = lexicon.words("regnal_titles")  # "Queen", "King": a ruler's title before one name
_ROLE_CUE = "role:"  # the cue :func:`~analysis.actors.name_cues.person_cue` gives a name after an office
_ADJECTIVE_LABELS = frozenset({"adjective"})
_GEO_LABELS = frozenset({"geo"})
NAME_SUFFIXES = lexicon.words("name_suffixes")
# Plural nouns that make the names they lead organisations, though the singular names no body alone ("stores such
# as Borders"): read beside the dictionary's organisation nouns.
_LIST_ORGANIZATION_NOUNS = lexicon.words("list_organization_nouns")
_HYPHEN_ADJECTIVE = re.compile(rf"^\w+-(?:{lexicon.alternation('hyphen_adjective_tails')})$")  # "London-based"
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "NGOs", "GPs", "MPs"
_AGENT_ENDINGS = lexicon.ordered_words("agent_noun_endings")  # "Podcaster", "Activists"
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")  # "said" of "Day said"
_AUXILIARY_VERBS = lexicon.union("be_forms", "have_forms")  # "Day was", "Day had"
_START = itemgetter(1)  # Token.start, read as a tuple item
_RELATIVE_PRONOUNS = lexicon.words("relative_pronouns")  # "Who" of "The Little Lady Who Sang at Dawn"


def find_candidates(
    doc: Document, spans: Sequence[Span], offices: Sequence[OfficeHit], cues: Cues, *, verbs: SpeakerVerbs | None = None
) -> list[Candidate]:
    """Discovered names in ``doc`` (typed or not), given the dictionary spans and office hits found there;
    ``verbs`` are the reporting verbs that make a name a speaker (default: the shipped speech cues')."""
    tokens = tokenize(doc)
    surnames = surname_titles(tokens, offices, cues)  # "Stephen King": a title after a first name is a surname
    if surnames:
        offices = [hit for hit in offices if hit not in surnames]
    labels, span_of = _label_tokens(tokens, spans, offices)
    lowercase = lowercase_words(doc.normalized, tokens, address_spans(doc))  # not "daniel" of "daniel.smith@uni.ac.uk"
    context = NameContext(doc.text, doc.normalized, tokens, cues, spans, offices, labels, span_of, lowercase,
                          verbs or speaker_verbs(), sports_results(doc.normalized, doc.vocabulary))
    for index in spelled_acronyms(context):
        labels[index] = "geo"  # "Efe Soyman": a first name the acronym "EFE" shares, as a place's may ("Paris Hilton")
    candidates: list[Candidate] = []
    heads = cues.organization_heads
    possessors = name_possessors(tokens, labels, heads, cues.place_words)  # "the Ombudsman's Office", "Hawke's Bay"
    for run in capitalised_runs(tokens, cues, possessors=possessors):
        candidates.extend(_run_candidates(context, run))
    candidates = type_shared_surnames(context, type_surname_echoes(context, _drop_initial_words(context, candidates)))
    candidates = type_names_before_persons(context, _type_lists(context, candidates))
    candidates = settle_places(type_place_neighbours(context, type_coordinated(context, candidates)))
    candidates = untype_language_names(context, candidates)  # "migrant Eegimaa communities ... the Eegimaa language"
    candidates = without_work_titles(context.view, candidates)  # "the films House of Wax and Match Point"
    candidates = [c for c in candidates if not _names_no_one(context, c)]  # "Unlike Senators", "Chief Financial Officer"
    candidates = without_non_actor_acronyms(context, candidates, doc.vocabulary)  # "Copyright Act (DMCA)"
    # persons addressed by an office or honorific: "Mr. President", "Your Honor"
    candidates = with_address_forms(candidates, address_forms(context, doc.vocabulary))
    lone = [_candidate(context, [i], None, "") for i in lone_surname_heads(context, candidates)]
    return sorted(candidates + lone, key=lambda c: c.start) if lone else candidates  # "Hill" after "Christopher Hill"


def _drop_initial_words(ctx: NameContext, candidates: list[Candidate]) -> list[Candidate]:
    """"Afterwards Trump visited": a sentence-initial word before a name the text also uses without it
    is not part of the name (unless it is a first name, the rest is a head word alone: "Tahrir Square" after
    "Tiananmen Square", or the text opens two sentences with the same words: "Aner Shalev" twice is a name the
    first-name list lacks, :func:`repeated_openings`)."""
    elsewhere = {c.words for c in candidates if not c.initial}
    endings: set[tuple[str, ...]] | None = None  # the sets below, worked out for the first name that asks them:
    parts: set[tuple[str, ...]] = set()  # many texts open no sentence with a word before a name
    repeated: frozenset[tuple[str, ...]] = frozenset()
    kept = []
    for candidate in candidates:
        rest = candidate.words[1:]
        if candidate.initial and rest and candidate.words[0] not in ctx.cues.given_names:
            if endings is None:
                endings = {words[start:] for words in elsewhere for start in range(len(words))}
                parts = {run for words in elsewhere for run in word_runs(words)}
                repeated = repeated_openings(ctx, candidates)
            if rest in endings \
                    and candidate.words not in parts and candidate.type != "organization" \
                    and not (len(rest) == 1 and ctx.tokens[candidate.indices[-1]].text in ctx.head_words) \
                    and candidate.words not in repeated and not compass_town(ctx, candidate.indices) \
                    and not person_opening(ctx, candidate):
                candidate = _candidate(ctx, list(candidate.indices[1:]), candidate.type, candidate.cue)
                candidate.initial = True
        kept.append(candidate)
    return kept


def _type_lists(ctx: NameContext, candidates: list[Candidate]) -> list[Candidate]:
    """Names listed after a plural role or organisation noun ("actors Dan Fogler, Ron Perlman and Jaleel
    White", "German firms including Deutsche Bahn, Daimler and Siemens") share its type; so does a name
    coordinated with a typed one by "and" / "or" ("Andrew Johnson and Bill Clinton")."""
    typed: list[Candidate] = []
    chain: str | None = None
    previous: Candidate | None = None  # the last name outside a bracket after a name
    for candidate in candidates:
        gap = ctx.view[previous.end:candidate.start] if previous is not None else ""
        if gap.lstrip().startswith("(") and ")" not in gap:  # "Orson Welles (The Trial, ...), Wim Wenders"
            typed.append(candidate)
            continue
        gap = _BRACKETED.sub("", gap, count=1) if gap.startswith((" (", "(")) else gap
        lead = None if candidate.initial else list_lead(ctx, candidate.start, candidate.end)
        lead_kind = _plural_noun_type(ctx.cues, lead.group(1).lower()) if lead else None
        listed = previous is not None and _LIST_GAP.match(gap) is not None  # only a comma or a conjunction between
        if lead_kind is not None:
            chain = lead_kind
        elif not listed:
            chain = None
        kind = chain
        if kind is None and listed and previous.type in ("person", "organization", "media") \
                and _COORDINATOR.search(gap):
            kind = previous.type
        if candidate.type is None and kind is not None:
            cue = f"listed: {lead.group(0).strip()}" if lead_kind else f"{LISTED_AFTER_CUE} {previous.name}"
            candidate = replace(candidate, type=kind, cue=cue)
        typed.append(candidate)
        previous = candidate
    return typed


def _plural_noun_type(cues: Cues, noun: str) -> str | None:
    """The type a plural noun gives the names listed after it ("officials" -> person, "firms" -> organization,
    "stores" -> organization: ``lexicon/list_organization_nouns.txt``)."""
    for singular in lexicon.singular_forms(noun):
        if singular in cues.role_nouns:
            return "person"
        if singular in cues.media_nouns:
            return "media"
        if singular in cues.organization_nouns or singular in _LIST_ORGANIZATION_NOUNS:
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
    starts = list(map(_START, tokens))
    for span in spans:
        covered = _covered(tokens, starts, span.start, span.end)
        if covered:
            label = _span_label(span)
            for index in covered:
                span_of[index] = span
                labels[index] = label
    for hit in offices:
        for index in _covered(tokens, starts, hit.start, hit.end):
            if not hit.actor_start <= starts[index] < hit.actor_end:  # the {actor} slot keeps its own label
                labels[index] = "office"
    return labels, span_of


def _span_label(span: Span) -> str:
    if span.kind in ("country", "place") and span.how in ("dictionary", "alias"):
        return "geo"
    if span.how in ("demonym", "blocked") or span.kind == "region":
        return "adjective"  # "Native American Rights Fund", "Russian Foreign Ministry"
    return "hard"


def _covered(tokens: Sequence[Token], starts: Sequence[int], start: int, end: int) -> range:
    """The indices of the tokens overlapping ``[start, end)``; ``starts`` are the tokens' start offsets. Tokens never
    overlap, so they are one range: from the last token starting at or before ``start`` (if it reaches past
    ``start``; else the one after it) to the last one starting before ``end``."""
    first = bisect_right(starts, start) - 1
    if first < 0 or tokens[first].end <= start:
        first += 1
    return range(first, bisect_left(starts, end))


def _run_candidates(ctx: NameContext, run: list[int]) -> list[Candidate]:
    """The names in a run of capitalised words (:func:`~analysis.actors.name_runs.capitalised_runs`)."""
    if len(run) == 1:  # most runs
        token = ctx.tokens[run[0]]
        if not ctx.sports_results and not _free_name_word(ctx, run[0]) \
                and not hyphenated_road(token.text) \
                and not spaced_road(ctx, run[0]):  # "US-75", "take US 169": a road, though "US" is the country's alias
            if ctx.labels[run[0]] == "free" and state_code_after_comma(ctx.view, token.start, token.text):
                return [_candidate(ctx, run, None, "")]  # "Vinita, OK": a state's code, if a place stands before it
            if ctx.span_of[run[0]] is not None and "-" in token.text:
                return _partner_candidates(ctx, token)  # "PKK-YPG fighters": "YPG" beside the dictionary's "PKK"
            return []  # most runs: one word of a dictionary match or an office, or a common word ("The", "He")
        if epithet_after_name(ctx.tokens, run[0]):
            return []  # "Great" of "Peter the Great": part of the name before it
    elif _shouted_line(ctx, run):
        # an all-capital line ("TRUMP SAYS BIDEN WILL LOSE"): one word per name, for linking to decide
        return [c for i in run if ctx.labels[i] == "free" and ctx.tokens[i].text.lower() not in ctx.lowercase
                for c in _name_candidates(ctx, [i])]  # not "OF", "THE": words the text writes in lower case
    found: list[Candidate] = []
    kept: Collection[int] = ()
    if _any_office(ctx, run):  # "Office of the Mayor"; "King Fahd Road", "the Imam Mosque": a place's name
        kept = (office_complement(ctx, run) if len(run) > 3 else frozenset()) | office_place_words(ctx, run)
    for segment in _split(ctx, run, _ACTOR_LABELS, kept):
        found.extend(_segment_candidates(ctx, segment))
    return found


def _partner_candidates(ctx: NameContext, token: Token) -> list[Candidate]:
    """Untyped one-word names for the parts of a hyphenated word beside a dictionary match inside it
    (:func:`~analysis.actors.name_pairs.dictionary_partners`)."""
    spans = []  # the dictionary matches overlapping the word: they are in text order and do not overlap
    index = bisect_left(ctx.spans, token.end, key=lambda span: span.start) - 1
    while index >= 0 and ctx.spans[index].end > token.start:
        spans.append(ctx.spans[index])
        index -= 1
    cue = f"{PAIR_CUE} {token.text}"
    return [_candidate(ctx, [token.index], None, cue).evolve(
                start=start, end=end, name=part, words=(fold_key(part),), initial=token.initial and start == token.start)
            for start, end, part in dictionary_partners(ctx.view, token.start, token.end, spans)]


def _free_name_word(ctx: NameContext, index: int) -> bool:
    """Whether the word at ``index`` may be a name alone: free (no dictionary match or office covers it) and no
    common word (:func:`_common_word`); a word that is not yields no name unless a sports result makes it a team."""
    return ctx.labels[index] == "free" and not _common_word(ctx, ctx.tokens[index][3])


def _shouted_line(ctx: NameContext, run: list[int]) -> bool:
    """All-capital words making a headline or a shouted line: three or more, or two long ones ("TRUMP WINS");
    not an outlet's or a body's initials ("BFM TV", "UN"); ``run`` has two words or more (one is never a line)."""
    words = [ctx.tokens[i].text for i in run]
    if not all(word.isupper() and len(word) > 1 or not word[:1].isalpha() for word in words):
        return False
    return len(words) >= 3 or (len(words) == 2 and all(len(word) >= 4 for word in words))


def _any_office(ctx: NameContext, run: list[int]) -> bool:
    """Whether a word of ``run`` is part of an office ("Mayor")."""
    return "office" in map(ctx.labels.__getitem__, run)


def _split(ctx: NameContext, indices: list[int], boundaries: frozenset[str],
           kept: Collection[int] = ()) -> list[list[int]]:
    """The parts of ``indices`` between (and without) the words labelled one of ``boundaries`` (but the words of
    ``kept``: an office inside a name, "Office of the Mayor"); no empty part; ``[indices]`` itself, the same list, when
    no boundary is inside."""
    if boundaries.isdisjoint(map(ctx.labels.__getitem__, indices)):
        return [indices] if indices else []  # no boundary inside: the common case
    parts: list[list[int]] = [[]]
    for i in indices:
        if ctx.labels[i] in boundaries and i not in kept:
            if ctx.labels[i] == "office" and parts[-1]:
                parts[-1] = without_office_rank(ctx, parts[-1])  # "Senate [Majority Leader]"
            parts.append([])
        else:
            parts[-1].append(i)
    return [part for part in parts if part]


def _any_free(ctx: NameContext, segment: list[int]) -> bool:
    """Whether a word of ``segment`` is free: neither part of a dictionary match nor of an office."""
    return "free" in map(ctx.labels.__getitem__, segment)


def _trim_connectors(ctx: NameContext, segment: list[int]) -> list[int]:
    """Drop connectors at both ends; a surname particle may open a name ("de Graaf")."""
    while segment and not name_like(ctx.tokens[segment[0]]) and not (
        ctx.tokens[segment[0]].text in SURNAME_PARTICLES and len(segment) > 1
    ):
        segment = segment[1:]
    while segment and not name_like(ctx.tokens[segment[-1]]):
        segment = segment[:-1]
    return segment


def _segment_candidates(ctx: NameContext, segment: list[int]) -> list[Candidate]:
    segment = _trim_connectors(ctx, without_office_head(ctx, segment))  # "Manhattan District Attorney X"
    team = (team_context(ctx, segment) or club_opener_name(ctx, segment)) if segment else ""
    if team:  # "Manchester United 2 Liverpool 1": teams, the places in their names included
        return [_candidate(ctx, segment, "organization", team)]
    numbered = numbered_place(ctx, segment)
    if numbered is not None:  # "10th Street", "Highway 51", "Terminal 2", "I-95": a number in a place's name
        return [_candidate(ctx, *numbered)]
    if not _any_free(ctx, segment):
        return []
    if len(segment) == 1 and _common_word(ctx, ctx.tokens[segment[0]].text):
        return []  # "The", "He", "According" alone: the typing rules below would all give nothing
    words = [ctx.tokens[i].text for i in segment]
    if (words[-1] in ctx.cues.event_words and not _event_word_surname(ctx, segment)) or words[0] in EVENT_PREFIXES:
        organiser = acronym_organiser(ctx, segment)
        if organiser:
            return [_candidate(ctx, segment[:1], "organization", organiser)]  # "the BAFTA Award"
        if _possible_surname(ctx, segment):
            return [_candidate(ctx, segment, None, "")]  # "Day said" after "Doris Day": for linking to decide
        return []
    several = len(segment) > 1  # most names are one word, which the rules of two words or more need not read
    title = _title_after_organisation(ctx, segment) if several else None
    if title is not None:
        return _segment_candidates(ctx, segment[:title]) + _segment_candidates(ctx, segment[title:])
    if several and _party_before_body(ctx, segment):  # "the Republican Senate Majority Leader": the country's Senate
        return [_candidate(ctx, segment[1:], "organization", f"institution: {words[1]}")]
    head = head_type(ctx, segment)
    if head is not None and head[0] == "place" and len(segment) >= 2 and words[0] in COURTESY_TITLES:
        return _name_candidates(ctx, segment)  # "Mr Park said": the title makes a person, the place word is a surname
    if head is not None and bracketed_first_name(ctx, segment):
        return _name_candidates(ctx, segment)  # "[Russell] Church": an editor's first name, the head word a surname
    if head is not None and head[0] == "place" and len(segment) <= 3 and _personal_place_name(ctx, segment, words):
        cue = person_cue(ctx, segment, names=False)  # "Linda Park, who fled ...": a person, not a park
        if cue and (fold_key(words[0]) in ctx.cues.given_names or cue.startswith(_ROLE_CUE)):
            return [_candidate(ctx, segment, "person", cue)]  # also "Judge Tamsin Bridge": an office before
        predicate = predicate_person(ctx, segment) if fold_key(words[0]) in ctx.cues.given_names else ""
        if predicate:  # "Jane Hall was arrested", "the widow of Tom Hill": a person's predicate, not a hall's
            return [_candidate(ctx, segment, "person", predicate)]
    if head is not None:
        org = _strip_leading(ctx, segment, organisation=True)
        if org and _any_free(ctx, org) and not generic_only(ctx, org):
            return [_candidate(ctx, org, head[0], head[1])]
        if org and institution(ctx, org):
            if head[0] != "place" or _lone_place_word(ctx, org[0]):
                return [_candidate(ctx, org, head[0], f"institution: {ctx.tokens[org[0]].text}")]
            if _lone_body_word(ctx, org[0]):  # "the County did afford some process": its government
                return [_candidate(ctx, org, "organization", f"institution: {ctx.tokens[org[0]].text}")]
        outlet = told_outlet(ctx, org) if org else ""  # "a report from The Hill": a title, though a head word alone
        return [_candidate(ctx, org, "media", outlet)] if outlet else []
    named_after = after_body_noun(ctx, segment) if several else None
    if named_after is not None:
        return [_candidate(ctx, segment, *named_after)]
    name, team = demonym_team(ctx, segment) if several else (segment, "")
    if team:  # "the Cleveland Indians": a plural demonym ends a team's name, no split there
        return [_candidate(ctx, list(name), "organization", team)]
    found: list[Candidate] = []
    for part in _split(ctx, segment, _ADJECTIVE_LABELS):  # most often the segment itself, trimmed already
        found.extend(_name_candidates(ctx, part if part is segment else _trim_connectors(ctx, part)))
    return found


def _body_despite_first_name(ctx: NameContext, segment: list[int], cue: str) -> tuple[str, str] | None:
    """The organisation, media or place an apposition or a definition says a name is when a known first name opening
    it is all that makes it a person's (``cue``: "given name: Martin"): "Martin Engineers, a firm based in Leeds",
    "Florence Harvest is a charity"; else None. A role in apposition keeps the person ("Grace Kelly, a film star")."""
    if not cue.startswith(GIVEN_NAME_CUE) or ctx.tokens[segment[-1]].possessive:
        return None
    return apposition_body(ctx, segment)


def _event_word_surname(ctx: NameContext, segment: list[int]) -> bool:
    """Whether a name ending with an event word ("Day", "Law", "Storm") is a person's whose surname the word is:
    a known first name opens it and the context says person ("animal rights advocate Doris Day died", "Jude Law
    said"): a role before it, a speech verb, "who", an age or a person's predicate after it. A first name alone is
    no reason ("Victoria Day", "the Marshall Plan")."""
    if len(segment) < 2 or not given_name(ctx.cues.given_names, ctx.tokens[segment[0]].text):
        return False
    return bool(person_cue(ctx, segment, names=False) or predicate_person(ctx, segment))


def _possible_surname(ctx: NameContext, segment: list[int]) -> bool:
    """Whether a name ending with an event word may still be a person's, for linking to decide: a name opening
    with a known first name ("Doris Day was ...") or a lone word, no first name ("Bill's List"), that no
    capitalised word joins before ("Day" of "Martin Luther King Day") and that acts as a person's surname does
    (:func:`_acting_word`: "Day said", "Day's son"; not "a song called "Day after Day""). It stays untyped, so it
    is reported only when linked to a person of the text (:func:`_event_word_surname` types the name a person's
    context introduces)."""
    first = ctx.tokens[segment[0]]
    if len(segment) > 1:
        return given_name(ctx.cues.given_names, first.text)
    joined = first.index > 0 and first.gap.strip() == "" and name_like(ctx.tokens[first.index - 1])
    return not joined and not given_name(ctx.cues.given_names, first.text) and _acting_word(ctx, first)


def _acting_word(ctx: NameContext, token: Token) -> bool:
    """Whether a lone word acts as a name does: a possessive ("Day's son"), a verb's subject (a speech verb, a form
    of "be" or "have" or a past form after it: "Day said", "Day was", "Day made") or its object (a speech or past
    verb before it: "said Day", "described Day")."""
    if token.possessive:
        return True
    after = _WORD_AFTER.match(ctx.view, token.end)
    before = ctx.word_before(token.start)
    return any(word is not None and (word in ctx.verbs.after or word in _AUXILIARY_VERBS or past_verb(word))
               for word in (after.group(1) if after else None, before))


def _town_before_hyphen(ctx: NameContext, index: int) -> list[Candidate]:
    """The place named before the hyphen of a lone hyphenated adjective ("Seattle" of "a Seattle-based company"),
    when it is a town or city of the ``place_names`` cue list; else nothing. The adjective names no actor itself:
    the noun after it ("company", "charity") would type the whole word an organisation's."""
    token = ctx.tokens[index]
    town, tail = token.text.rsplit("-", 1)
    if fold_key(town) not in ctx.cues.place_names:
        return []
    whole = _candidate(ctx, [index], "place", f"town before -{tail}")
    return [whole.evolve(end=token.start + len(town), name=town, words=(fold_key(town),))]


def _lone_body_word(ctx: NameContext, index: int) -> bool:
    """Whether a place word capitalised alone inside a sentence names the body that governs or judges there ("the
    County did afford some process", "the Circuit ruled": ``lexicon/lone_place_word_bodies.txt``), an organisation;
    not the place after a locative preposition ("bankers in the City"), nor the last word of a numbered name ("the
    9th Circuit"), nor a word opening the office after it ("County Executive Smith")."""
    token = ctx.tokens[index]
    if token.text not in lexicon.words("lone_place_word_bodies") \
            or index > 0 and ctx.tokens[index - 1].text[:1].isdigit() \
            or _LOCATED_THE.search(ctx.view, max(0, token.start - _LOCATED_THE_WIDTH), token.start):
        return False
    return not (index + 1 < len(ctx.tokens) and ctx.labels[index + 1] == "office" and ctx.tokens[index + 1].gap == " ")


def _lone_place_word(ctx: NameContext, index: int) -> bool:
    """Whether a place word capitalised alone inside a sentence names a place ("the Airport", "the Square"): not
    a word that names a body so (``lexicon/lone_place_word_bodies.txt``: "the County", "the Circuit"), one that
    is also a surname (``lexicon/surname_place_words.txt``: "a Hill administration"), one opening the office
    after it ("District Attorney Vance's office"), nor the end of a title after "of the" ("the Law of the Sea")."""
    word = ctx.tokens[index].text
    if word in lexicon.words("lone_place_word_bodies") or word in lexicon.words("surname_place_words"):
        return False
    if index + 1 < len(ctx.tokens) and ctx.labels[index + 1] == "office" and ctx.tokens[index + 1].gap == " ":
        return False
    return not (index > 2 and ctx.tokens[index - 2].text == "of" and ctx.tokens[index - 3].text[:1].isupper())


def _personal_place_name(ctx: NameContext, segment: list[int], words: list[str]) -> bool:
    """Whether a name with a place head word may still be a person's: it opens with a first name ("Linda
    Park"), or it has a word before the head and an office ends right before it that no article opens
    ("Judge Tamsin Bridge"; not "the Emperor Norton Bridge", "Queen Creek"); cheap tests before the person cues.
    Never one word and the head after a ruler's title: a ruler bears one name, so the head word names a place after
    the ruler ("King Fahd Park", "Queen Alia Bridge"; ``lexicon/regnal_titles.txt``)."""
    if len(segment) == 2 and segment[0] > 0 and ctx.tokens[segment[0] - 1].text in _RULER_TITLES:
        return False
    if fold_key(words[0]) in ctx.cues.given_names:
        return True
    start = ctx.tokens[segment[0]].start
    offices = ctx.offices_ending(start - 3, start) if len(segment) >= 2 else []
    return any(not _ARTICLE_BEFORE.search(ctx.view[max(0, hit.start - 5):hit.start]) for hit in offices)


def _common_word(ctx: NameContext, word: str) -> bool:
    """A word listed in ``not_names`` and no head word, or a generational suffix ("Jr" of "Sammy Davis, Jr."):
    alone it is no name (:func:`_name_candidates` would strip it or drop it), whatever its context, so the rules
    need not read the sentence."""
    return word in ctx.cues.not_names and word not in ctx.head_words or word in NAME_SUFFIXES


def _title_after_organisation(ctx: NameContext, segment: list[int]) -> int | None:
    """Where a title follows an organisation and precedes a name ("Supreme Court Justice Elena Kagan"; not after
    "the": "Office of the Chief Prosecutor"), or a person's full name follows an organisation's name of two words
    or more that ends with its head word ("at Washington State University Simon Ličen about": the affiliation
    before the name, no comma between; not "(the) Museum Ludwig", "Bank Julius Baer": a head word opening a name, nor
    "Port Authority George Washington Bus Station": a head word after the first name)."""
    if len(segment) < 3:
        return None  # a head word, the title, a name: three words at least (most segments are shorter)
    heads, titles = ctx.cues.organization_heads, ctx.cues.titles
    seen_head = False
    for n, i in enumerate(segment):
        word = ctx.tokens[i].text
        if seen_head and n + 1 < len(segment) and ctx.tokens[i - 1].text != "the" \
                and name_like(ctx.tokens[segment[n + 1]]) \
                and ctx.tokens[segment[n + 1]].text not in titles and ctx.tokens[segment[n + 1]].text not in heads \
                and (word in titles or n >= 2 and ctx.tokens[i - 1].text in heads
                     and ctx.tokens[segment[n - 2]].text.lower() not in _ARTICLES
                     and given_name(ctx.cues.given_names, word) and not _any_head(ctx, segment[n + 1:])):
            return n
        seen_head = seen_head or word in heads
    return None


def _any_head(ctx: NameContext, segment: list[int]) -> bool:
    """Whether a word of ``segment`` is a head word of an organisation's or a place's name ("Bus Station")."""
    return any(ctx.tokens[i].text in ctx.head_words for i in segment)


def _party_before_body(ctx: NameContext, segment: list[int]) -> bool:
    """Whether ``segment`` is a party's demonym before a country's bare body ("Republican Senate", "Democratic
    Congress"): the party's members in that body, never the body's name (``lexicon/national_body_names.txt``)."""
    if len(segment) < 2 or ctx.labels[segment[0]] != "adjective":
        return False
    span = ctx.span_of[segment[0]]
    return span is not None and span.kind == "organization" \
        and " ".join(ctx.tokens[i].text for i in segment[1:]) in BODY_NAMES


def _strip_leading(ctx: NameContext, segment: list[int], *, organisation: bool) -> list[int]:
    """Drop a leading article ("The"), a lower-case particle before a body's name ("del Senado"), and a
    sentence-initial common word: one listed in ``not_names``,
    one the text also uses in lowercase ("Afterwards", "Will"), or an -ly/-ing word. A first name
    followed by a name stays unless the text uses it in lowercase; so does the first word of a place's name
    ("New" of "New York" in "the New York Mets", of "New England": :func:`modified_place`)."""
    while segment:
        token = ctx.tokens[segment[0]]
        if organisation and len(segment) > 1 and not name_like(token):
            segment = segment[1:]  # "del Senado de Puerto Rico": a particle opens a person's name, never a body's
            continue
        if len(segment) > 1 and _HYPHEN_ADJECTIVE.match(token.text):
            segment = _trim_connectors(ctx, segment[1:])  # "Virginia-based Symplicity Corporation"
            continue
        if not _common_opening(ctx, segment, organisation=organisation):
            break  # most names: asked first, so that the tests of a name opening with the word rarely run
        if token.text in ctx.cues.titles and not organisation:
            break  # "Mr Kowalczyk": the title is a cue, see _strip_titles
        if organisation and token.text in PLACE_PREFIXES:
            break  # "Fort Lee", "Lake Victoria": the place word heads the name, even if the text writes "the fort"
        if organisation and _opens_place_name(ctx, segment):
            break  # "Main Street was closed", "High Street": the common word names the street, even if written "main"
        if ctx.labels[segment[0]] == "geo" and len(segment) > 1 and ctx.span_of[segment[1]] is ctx.span_of[segment[0]]:
            break  # "New" of "New York" (in "the New York Mets") is part of a place's name, never a common word
        if token.initial and compass_town(ctx, segment):
            break  # "West Oakland was ...": the compass word is part of the name
        if token.text != "The" and token.text in ctx.cues.not_names and opens_town(ctx, segment):
            break  # "New Orleans", "New Haven", "General Santos": the town's name opens with the word
        if modified_place(ctx, segment):
            break  # "New England", "Upper Egypt": the modifier opens another place's name
        if organisation and _opens_lone_head(ctx, segment):
            break  # "High Court judges agreed", "National Assembly members met": the word opens the body's name
        segment = _trim_connectors(ctx, segment[1:])
    while len(segment) > 1 and (
        (not organisation and ctx.tokens[segment[-1]].text in TRAILING_NOISE and not regnal_one(ctx, segment))
        or _HYPHEN_ADJECTIVE.match(ctx.tokens[segment[-1]].text)
    ):
        segment = _trim_connectors(ctx, segment[:-1])  # "Elizabeth Warren Image" (a caption), "Academy Award-winning"
    return segment


def _opens_lone_head(ctx: NameContext, segment: list[int]) -> bool:
    """Whether ``segment`` is a sentence's common opening word (as :func:`_common_opening` reads it) and one
    organisation head word, the opening word no article, function word (``stopwords_en.txt``) or -ly/-ing word: an
    adjective the text also writes in lower case ("High Court", "National Assembly", "Central Bank") that names the
    body with the head word, which alone names none; unless the text names a body by the head word alone ("Allow
    Parliament's view ..." where "the Parliament" stands elsewhere: :attr:`NameContext.named_bodies`). A place's head
    word is :func:`_opens_place_name`'s ("Today Hill said": "Hill" is a surname too)."""
    token = ctx.tokens[segment[0]]
    word = token.text.lower()
    head = ctx.tokens[segment[1]].text
    return len(segment) == 2 and head in ctx.cues.organization_heads and token.text != "The" \
        and word not in lexicon.stopwords() and not word.endswith(("ly", "ing")) \
        and head not in ctx.named_bodies  # last: the named bodies are read from the whole article


def _opens_place_name(ctx: NameContext, segment: list[int]) -> bool:
    """Whether the sentence-initial word of a two-word name opens a place's name before its head word ("Main
    Street", "Shah Mosque", "Central Park"): the pair names the place even where the text also writes the first
    word in lower case. Not "The", nor before a head word that is also a surname or a body ("Today Park said":
    ``lexicon/surname_place_words.txt``, ``lexicon/lone_place_word_bodies.txt``)."""
    if len(segment) != 2 or ctx.tokens[segment[0]].text == "The":
        return False
    head = ctx.tokens[segment[1]].text
    return head in ctx.cues.place_words and head not in lexicon.words("surname_place_words") \
        and head not in lexicon.words("lone_place_word_bodies")


def _common_opening(ctx: NameContext, segment: list[int], *, organisation: bool) -> bool:
    """Whether the first word of ``segment`` is a common word :func:`_strip_leading` drops unless the name opens
    with it: "The", a ``not_names`` word (of a person's name), or a sentence-initial word the text also writes in
    lowercase or in -ly/-ing; not a first name followed by a free word, unless the text writes it in lowercase."""
    token = ctx.tokens[segment[0]]
    if token.text == "The" or (token.text in ctx.cues.not_names and not organisation):
        common = token.initial or token.text == "The" or fold_key(token.text) not in ctx.cues.given_names
    elif token.initial and len(segment) > 1 and ctx.tokens[segment[1]].gap != "&":  # not "AT" of "AT&T"
        common = token.text.lower() in ctx.lowercase or (
            token.text.endswith(("ly", "ing")) and fold_key(token.text) not in ctx.cues.given_names
        )
    else:
        return False
    if common and not organisation and len(segment) > 1 and fold_key(token.text) in ctx.cues.given_names \
            and ctx.labels[segment[1]] == "free" and token.text.lower() not in ctx.lowercase:
        return False
    return common


def _strip_descriptors(ctx: NameContext, segment: list[int]) -> tuple[list[int], str | None]:
    """Drop words that describe a name rather than belong to it: a hyphenated adjective ("Trump-loving
    Kanye West"), a role word ("Senators Kamala Harris", "Podcaster Spike Cohen", "Policeman Ed Cole" at a sentence
    start) and the plural of a title before a first name ("Generals David Petraeus and Stanley McChrystal")."""
    role = None
    while len(segment) > 2:
        token = ctx.tokens[segment[0]]
        word = token.text.lower()
        if _HYPHEN_ADJECTIVE.match(token.text):
            segment = segment[1:]
            continue
        singulars = (word, word[:-1], word[:-2])
        agentive = (word.endswith(_AGENT_ENDINGS) or trade_noun(word)) and token.initial  # "Fisherman X Y"
        if fold_key(token.text) not in ctx.cues.given_names and (
            any(s in ctx.cues.role_nouns for s in singulars) or agentive or _plural_title(ctx, segment)
        ):
            role, segment = token.text, segment[1:]
            continue
        break
    return segment, role


def _title_plural(word: str, titles: frozenset[str]) -> bool:
    """Whether ``word`` is the plural of a title: "Generals", "Senators", "Justices"."""
    return word.endswith("s") and word[:-1] in titles


def _names_no_one(ctx: NameContext, candidate: Candidate) -> bool:
    """Whether a one-word person (or untyped name) names no one: the plural of a title without "the" before it
    ("Unlike Senators, who serve ...", "and Senators Kamala Harris and ..."; a team, "the Cardinals", or a place
    typed so, "in Queens, New York", stays), the middle word of an office (:func:`_inside_an_office`) or an
    acronym's plural, a kind ("NGOs", "GPs")."""
    if candidate.type not in (None, "person") or len(candidate.indices) != 1:
        return False
    index = candidate.indices[0]
    plural_title = _title_plural(ctx.tokens[index].text, ctx.cues.titles) \
        and (index == 0 or ctx.tokens[index - 1].text.lower() != "the")
    return plural_title or _inside_an_office(ctx, index) or _PLURAL_ACRONYM.fullmatch(candidate.name) is not None


def _inside_an_office(ctx: NameContext, index: int) -> bool:
    """Whether token ``index`` stands between a title and a title or capitalised role noun in one phrase: the middle
    word of an office, "Chief Financial Officer", "a Senior Staff Attorney"."""
    tokens, titles = ctx.tokens, ctx.cues.titles
    if not (0 < index < len(tokens) - 1 and tokens[index].gap == " " and tokens[index + 1].gap == " "):
        return False
    after = tokens[index + 1].text
    return tokens[index - 1].text in titles and (after in titles or after[:1].isupper() and after.lower() in ctx.cues.role_nouns)


def _plural_title(ctx: NameContext, segment: list[int]) -> bool:
    """The segment opens with the plural of a title before a first name: "Generals David Petraeus (and ...)",
    "Justices Samuel Alito (and ...)", a title shared by coordinated names."""
    return _title_plural(ctx.tokens[segment[0]].text, ctx.cues.titles) \
        and fold_key(ctx.tokens[segment[1]].text) in ctx.cues.given_names


def _strip_titles(ctx: NameContext, segment: list[int]) -> tuple[list[int], str | None]:
    """Drop leading titles ("Mr", "General"), also after up to two other words ("Grand Ayatollah")."""
    titles = [n for n, i in enumerate(segment[:3]) if ctx.tokens[i].text in ctx.cues.titles and ctx.labels[i] == "free"
              and not title_after_first_name(ctx.tokens, i, ctx.cues)]  # "Larry King": a surname
    if not titles:
        return segment, None
    last = titles[-1]
    while last + 1 < len(segment) and ctx.tokens[segment[last + 1]].text in ctx.cues.titles:
        last += 1
    return _trim_connectors(ctx, segment[last + 1:]), ctx.tokens[segment[last]].text


def _name_candidates(ctx: NameContext, segment: list[int]) -> list[Candidate]:
    """Person or untyped names from a segment without organisation or place head words."""
    domain = office_domain_before_name(ctx, segment)  # before the common words go: "of National Intelligence"
    if domain:  # "Governor of Belgorod Vyacheslav Gladkov": what the office serves, then a name
        return _name_candidates(ctx, segment[:domain]) + _name_candidates(ctx, segment[domain:])
    segment = _strip_leading(ctx, segment, organisation=False)
    segment, described = _strip_descriptors(ctx, segment)
    segment, title = _strip_titles(ctx, segment)
    if title:  # "Senior Advisors Jared Kushner": a role word after the title
        segment, _ = _strip_descriptors(ctx, segment)
    title = title or described
    if not segment or not _any_free(ctx, segment):
        return []
    if len(segment) == 1 and ctx.tokens[segment[0]].text in ctx.cues.not_names:
        return []
    place = articled_place_length(ctx, segment) if len(segment) > 1 else 0  # a place and a name: two words at least
    if place:  # "the Netherlands Pieter Visser": the place (the dictionary's match), then a person's name
        return _name_candidates(ctx, segment[place:])
    if len(segment) == 1 and _HYPHEN_ADJECTIVE.match(ctx.tokens[segment[0]].text):
        return _town_before_hyphen(ctx, segment[0])  # "a Seattle-based company": an adjective, no company's name
    team = "" if title else team_name(ctx, segment) or campus_name(ctx, segment)
    if team:  # "the Pittsburgh Pirates": a town and a plural nickname; "UC Davis": a university's campus
        return [_candidate(ctx, segment, "organization", team)]
    several = len(segment) > 1  # the rules asked only of several words below type no lone word (most names)
    if several:
        firm = ampersand_firm(ctx, segment)
        if firm:  # "Procter & Gamble said": names joined by "&" make a firm, whatever person cue follows
            return [_candidate(ctx, segment, "organization", firm)]
        pair = persons_pair(ctx, segment)
        if pair is not None:  # "Carrano & Biewener" after "Carrano and Biewener": two persons
            return _name_candidates(ctx, segment[:pair]) + _name_candidates(ctx, segment[pair:])
        speaking = None if title else speaking_title(ctx, segment)
        if speaking is not None:  # "the Toronto Star said": a title, not a person
            return [_candidate(ctx, segment, *speaking)]
        era = era_place(ctx, segment)
        if era and not person_cue(ctx, segment, names=False):  # "Nazi Germany", "Roman Britain"; not "Roman Jordan"
            return [_candidate(ctx, segment, "place", era)]
    common = (several and _common_phrase(ctx, segment)) or _opens_with_relative(ctx, segment)
    cue = "" if common else f"title: {title}" if title else (
        person_cue(ctx, segment) or citation_person(ctx, segment) or predicate_person(ctx, segment)
        or (_several_words_person(ctx, segment) if several else ""))
    body = _body_despite_first_name(ctx, segment, cue)
    if body is not None:  # "Lincoln Farmers, a charity": what the apposition says outweighs a first name
        return [_candidate(ctx, segment, *body)]
    if cue:
        return [_candidate(ctx, segment, "person", cue)]
    outlet = told_outlet(ctx, segment)  # "told The Brooklyn Paper": a title that is an outlet, places in it and all
    if outlet:
        return [_candidate(ctx, segment, "media", outlet)]
    if "geo" in map(ctx.labels.__getitem__, segment):
        typed = noun_type(ctx, segment)
        if typed is not None:  # "Athletics Kenya, the national federation", "Real Madrid coach X"
            return [_candidate(ctx, segment, *typed)]
        modified = modified_place(ctx, segment)
        if modified:  # "the New England region": another place than England
            return [_candidate(ctx, segment, "place", modified)]
        if place_then_surname(ctx, segment):  # "and Paris Hilton": a list or "Hilton said" may make it a person
            return [_candidate(ctx, segment, None, "")]
        pieces = _split(ctx, segment, _GEO_LABELS)
        return [c for piece in pieces for c in _name_candidates(ctx, _trim_connectors(ctx, piece))]
    typed = noun_type(ctx, segment)
    if typed:
        return [_candidate(ctx, segment, *typed)]
    context = acronym_organization(ctx, segment) or school_context(ctx, segment) or body_before(ctx, segment) \
        or team_side(ctx, segment) or predicate_organization(ctx, segment)
    if context:
        return [_candidate(ctx, segment, "organization", context)]
    if kind_of_body(ctx, segment):
        return []  # "a hot Jupiter": a kind of planet, no mention of one
    context = place_context(ctx, segment) or particle_place(ctx, segment) or city_name(ctx, segment) \
        or celestial_body(ctx, segment)
    if context:
        return [_candidate(ctx, segment, "place", context)]
    outlet = published_in(ctx, segment)  # "a study published in Science Advances": the journal
    return [_candidate(ctx, segment, "media" if outlet else None, outlet)]


def _several_words_person(ctx: NameContext, segment: list[int]) -> str:
    """Why a name of two words or more is a person's by its shape or the words after it, or "": an affiliation and
    a speech verb ("Sarah Jones of Acme said"), a trade noun before it, initials ("J. R. Smith"), a place before a
    first name, a patronymic surname ("Sean O'Rourke"). None of these types a lone word, so
    :func:`_name_candidates` asks them only of a name of several words."""
    return affiliated_speaker(ctx, segment) or trade_noun_person(ctx, segment) or initialled_name(ctx, segment) \
        or place_first_name(ctx, segment) or patronymic_surname(ctx, segment)


def _common_phrase(ctx: NameContext, segment: list[int]) -> bool:
    """Whether ``segment`` is two words or more, each one the text also writes in lower case and none a known first
    name: common nouns capitalised as a title ("the General Public License ... a license that keeps code public"),
    never a person's name, whatever title or role word stands before it."""
    return len(segment) >= 2 and all(
        ctx.tokens[i].text.lower() in ctx.lowercase and fold_key(ctx.tokens[i].text) not in ctx.cues.given_names
        for i in segment)


def _opens_with_relative(ctx: NameContext, segment: list[int]) -> bool:
    """Whether ``segment`` opens with a relative pronoun (``lexicon/relative_pronouns.txt``): the capitalised words of
    a work's title ("The Little Lady Who Sang at Dawn"), never a person's name, whatever title stands before it."""
    return ctx.tokens[segment[0]].text.lower() in _RELATIVE_PRONOUNS


def _candidate(ctx: NameContext, segment: list[int], kind: str | None, cue: str) -> Candidate:
    tokens, span_of = ctx.tokens, ctx.span_of
    members = [tokens[i] for i in segment]
    first, last = members[0], members[-1]
    start = first.start - 1 if parenthesised(tokens, first.index) else first.start
    end = last.end
    raw = ctx.text[start:end]
    if _BRACKET.search(raw):  # rare: a table lookup per character costs more than the test
        if "[" in raw and ctx.text[end:end + 1] == "]":
            end += 1  # "Jerry [O'Connell]": the editor's bracket closes inside the mention
        raw = raw.translate(_BRACKETS)
    name = " ".join(raw.split())  # whitespace runs as one space, as \s+ reads them
    spans = [span_of[i] for i in segment if span_of[i] is not None]
    absorbed = tuple(dict.fromkeys(spans)) if spans else ()
    words = tuple([fold_key(token.text) for token in members if name_like(token) or NUMBER.match(token.text)])
    return Candidate(start, end, name, words, kind, cue, first.initial, absorbed, tuple(segment))  # type: ignore[arg-type]
