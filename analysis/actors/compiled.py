"""The actor dictionary in force, compiled once, and matched against a document.

:func:`compile_dictionary` builds (once per dictionary object) a token trie of
every name, alias, demonym and role phrase, a trie of office phrases with
their ``{actor}`` slots, and the cue word sets (:class:`Cues`) every rule of
the wing reads: titles, organisation and media words, first names by gender.
:func:`dictionary_spans` and :func:`office_hits` match them against a
:class:`~analysis.text.document.Document` (its tokens, read once).
"""
from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Mapping, Sequence

from analysis.actors.dictionary import ActorDictionary, Entry, load_dictionary
from analysis.actors.platforms import platform_spans
from analysis.actors.public_offices import PublicOffice, public_offices
from analysis.actors.shared_names import shared_name_index
from analysis.actors.mention_types import NON_HOLDING, Cues, OfficeHit, Span, fold_key, variant_key
from analysis.actors.place_shapes import inside_particle_place
from analysis.actors.namesakes import Namesake, namesake_index
from analysis.actors.national_bodies import NationalBodies, national_body_index
from analysis.text.document import Document, TokenColumns, gap_key
from analysis.text.matching import Match, PhraseMatcher, default_key
from analysis.text.normalization import fold_accents
from analysis.text import lexicon

# "Spanish-language", "the Russian version" / "in Russian", "speaks French": a language, not a people.
_LANGUAGE_AFTER_WORDS = lexicon.ordered_words("language_words_after")  # "-language" joined, "version" after a space
_LANGUAGE_AFTER = re.compile(r"^(?:%s|\s+(?:%s))\b" % (
    "|".join(re.escape(word) for word in _LANGUAGE_AFTER_WORDS if word.startswith("-")),
    "|".join(re.escape(word) for word in _LANGUAGE_AFTER_WORDS if not word.startswith("-"))))
_LANGUAGE_BEFORE = re.compile(
    r"\b(?:%s)\s+$" % "|".join(map(re.escape, lexicon.ordered_words("language_words_before"))), re.IGNORECASE)
_LANGUAGE_END = re.compile(r"^(?:\s*[.,;:)!?\"']|\s+(?:and|or)\s+[A-Z]|\s*$)")
COORDINATION = re.compile(r"\s*(?:,|and|or|,\s*and|,\s*or)\s*")
# Words after which a lower-case role noun is a verb ("who host", "to head", "will chair"), when it is one too.
_VERB_CONTEXT = lexicon.words("verb_context_words")
_VERB_ROLES = lexicon.words("verb_role_words")  # "host", "head", "chair"; not "singer": "lost to singer X"
_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")
_NAME_AFTER = re.compile(r"(?:'s)?\s([A-Z][\w'-]*)")
_MASK = "Q"
_ACTOR_SLOT = "{actor}"


# ---------------------------------------------------------------- compiling


@lru_cache(maxsize=1 << 16)
def _name_key(token: str) -> str:
    """Fold case, accents and transliteration endings ("Sergei"/"Sergey") but remember a leading capital:
    ``Turkey`` does not match ``turkey``."""
    folded = variant_key(fold_accents(token).casefold())
    return folded + "^" if token[:1].isupper() else folded


@lru_cache(maxsize=1 << 16)
def _office_key(token: str) -> str:
    """Office phrases ignore case; a masked actor mention (``QQQQ``) matches the ``{actor}`` slot."""
    if len(token) >= 2 and token.strip(_MASK) == "":
        return _ACTOR_SLOT
    return default_key(token)


@dataclass(frozen=True)
class CompiledDictionary:
    """The matchers and lookups built once per dictionary object."""

    dictionary: ActorDictionary
    names: PhraseMatcher
    offices: PhraseMatcher
    cues: Cues
    parents: Mapping[str, str | None]
    surnames: Mapping[str, Entry | None]  # a bare surname's key -> the one person it names (None: several)
    namesakes: Mapping[str, Namesake]  # an entry's id -> the namesake its name may mean ("Georgia (U.S. state)")
    national_bodies: NationalBodies  # "the Senate", "Congress": the bodies of the dictionary's countries
    public_offices: Mapping[str, PublicOffice]  # a public figure's id -> the office and country they hold today
    shared_names: Mapping[str, frozenset[str]]  # a name several entries give -> their ids ("amazon")


_COMPILED: "weakref.WeakKeyDictionary[ActorDictionary, CompiledDictionary]" = weakref.WeakKeyDictionary()


def compile_dictionary(dictionary: ActorDictionary) -> CompiledDictionary:
    """Build (once per dictionary object) the name trie, the office trie and the cue sets."""
    cached = _COMPILED.get(dictionary)
    if cached is None:
        cached = CompiledDictionary(
            dictionary, _name_matcher(dictionary), _office_matcher(dictionary),
            Cues.from_lists(dictionary.cues, office_phrases=[p for o in dictionary.offices.values() for p in o.phrases]),
            {office.id: office.parent for office in dictionary.offices.values()},
            _surname_index(dictionary),
            namesake_index(dictionary),
            national_body_index(dictionary),
            public_offices(dictionary),
            shared_name_index(dictionary),
        )
        _COMPILED[dictionary] = cached
    return cached


def get_dictionary(dictionary: ActorDictionary | str | Path | None = None, *, mode: str = "merge") -> ActorDictionary:
    """A dictionary object from ``None`` (the default), a path, or a dictionary (returned as is)."""
    if isinstance(dictionary, ActorDictionary):
        return dictionary
    return load_dictionary(dictionary, mode=mode)


def dictionary_cues(dictionary: ActorDictionary | str | Path | None = None) -> Cues:
    """The cue word sets of a dictionary (``None``: the shipped one), as the rules read them."""
    return compile_dictionary(get_dictionary(dictionary)).cues


def _name_matcher(dictionary: ActorDictionary) -> PhraseMatcher:
    """One trie of every name, alias, demonym and role phrase; later sources win ties (users over default).
    Blocked phrases ending in a lower-case noun also block its plural ("US dollars")."""
    matcher = PhraseMatcher(key=_name_key, hyphen_as_space=True)
    by_source = sorted(dictionary.phrases(), key=lambda item: -_source_rank(dictionary, item[1]))
    for alias, entry, how in by_source:
        for variant in _variants(alias.text):
            matcher.add(variant, (entry.id, how), case_sensitive=alias.case_sensitive)
    for phrase in dictionary.cue("blocked"):
        plural = [phrase + "s"] if re.search(r" [a-z]+[^s]$", phrase) else []  # "U.S. dollar" -> "U.S. dollars"
        for variant in _variants(phrase) + plural:
            matcher.add(variant, ("", "blocked"))
    return matcher


def surname_key(word: str) -> str:
    """How a bare surname is compared: case, accents and transliteration endings folded."""
    return variant_key(fold_key(word))


def _surname_index(dictionary: ActorDictionary) -> dict[str, Entry | None]:
    """Each bare surname of the dictionary's persons -> its person, or None when several persons of the
    latest file that lists it share it ("Clinton": Bill and Hillary); a user's file wins over the default."""
    claims: dict[str, tuple[int, list[Entry]]] = {}
    for entry in dictionary.entries.values():
        rank = _source_rank(dictionary, entry)
        for alias in entry.surnames:
            key = surname_key(alias.text)
            best, owners = claims.get(key, (-1, []))
            if rank > best:
                claims[key] = (rank, [entry])
            elif rank == best and entry not in owners:
                owners.append(entry)
    return {key: owners[0] if len(owners) == 1 else None for key, (_rank, owners) in claims.items()}


def _source_rank(dictionary: ActorDictionary, entry: Entry) -> int:
    return dictionary.sources.index(entry.source) if entry.source in dictionary.sources else 0


def _variants(phrase: str) -> list[str]:
    """A phrase, plus its sentence-initial form when it starts lowercase ("the Kremlin" -> "The Kremlin")."""
    if phrase[:1].islower():
        return [phrase, phrase[0].upper() + phrase[1:]]
    return [phrase]


def _office_matcher(dictionary: ActorDictionary) -> PhraseMatcher:
    """One case-insensitive trie of office phrases (with their ``{actor}`` forms) and role nouns."""
    matcher = PhraseMatcher(key=_office_key, hyphen_as_space=True)
    slot = _MASK * 2
    for office in dictionary.offices.values():
        for phrase in office.phrases:
            if _ACTOR_SLOT in phrase:
                forms = [phrase]
            else:
                forms = [phrase, f"{_ACTOR_SLOT} {phrase}", f"{_ACTOR_SLOT}'s {phrase}", f"{phrase} of {_ACTOR_SLOT}",
                         f"{phrase} of the {_ACTOR_SLOT}", f"{phrase} for {_ACTOR_SLOT}", f"{phrase} to {_ACTOR_SLOT}"]
            for form in forms:
                matcher.add(form.replace(_ACTOR_SLOT, slot), office.id)
    offices = {fold_key(p) for office in dictionary.offices.values() for p in office.phrases}
    for noun in sorted(dictionary.cue("role_nouns")):
        if fold_key(noun) not in offices:
            matcher.add(noun, None)
    return matcher


# ---------------------------------------------------------------- matching a document


def dictionary_spans(doc: Document, compiled: CompiledDictionary) -> list[Span]:
    """Dictionary matches in ``doc`` as spans in text order; demonyms used as language names, currency
    prefixes ("US$") and blocked phrases become ``blocked`` spans; a place's part inside a hyphenated place name
    ("Provence" of "Aix-en-Provence") is none."""
    entries = compiled.dictionary.entries
    view = doc.normalized
    spans = []
    language_end = -1
    for match in compiled.names.iter_matches(doc):
        entry_id, how = match.payload
        if how == "blocked":
            spans.append(_span(match.start, match.end, "", "", "blocked", "blocked"))
            continue
        language = how == "demonym" and (
            _language_use(view, match.start, match.end)
            or (language_end >= 0 and COORDINATION.fullmatch(view, language_end, match.start) is not None)
        )
        if language or view.startswith("$", match.end):
            spans.append(_span(match.start, match.end, "", "", "blocked", "blocked"))  # a language; a currency "US$"
            language_end = match.end if language else -1
            continue
        if inside_particle_place(view, match.start, match.end):
            continue  # "Provence" of "Aix-en-Provence": a part of a place's name that discovery reads whole
        entry = entries[entry_id]
        end = match.end + 1 if match.phrase.endswith(".") and view.startswith(".", match.end) else match.end
        if how in ("dictionary", "alias"):  # the entry's name as written, or another form of it ("Sergei")
            how = "dictionary" if fold_key(view[match.start:end]) == fold_key(entry.name) else "alias"
        spans.append(_span(match.start, end, entry.id, entry.name, entry.type, how, entry.stands_for))
    platform = platform_spans(view, entries)  # the bare "X" of the platform, in platform contexts only
    return sorted(spans + platform, key=lambda span: span.start) if platform else spans


def _span(
    start: int, end: int, actor_id: str, actor: str, kind: str, how: str, stands_for: str | None = None
) -> Span:
    """``Span(...)`` without the frozen dataclass's ``__init__`` (which sets each field through
    ``object.__setattr__``): the same object at less than half the cost, for the thousands of matches of a corpus."""
    span = _new_object(Span)
    span.__dict__.update(start=start, end=end, actor_id=actor_id, actor=actor, kind=kind, how=how,
                         stands_for=stands_for)
    return span


def _office_hit(
    start: int, end: int, office: str | None, actor_id: str | None, holding: bool, actor_start: int, actor_end: int
) -> OfficeHit:
    """``OfficeHit(...)`` made as :func:`_span` makes a span."""
    hit = _new_object(OfficeHit)
    hit.__dict__.update(start=start, end=end, office=office, actor_id=actor_id, holding=holding,
                        actor_start=actor_start, actor_end=actor_end)
    return hit


_new_object = object.__new__


def _language_use(view: str, start: int, end: int) -> bool:
    """"in Russian", "Spanish-language", "speaks French": a language, not a people."""
    if _LANGUAGE_AFTER.match(view[end:end + 14]):
        return True
    return bool(_LANGUAGE_BEFORE.search(view[max(0, start - 20):start]) and _LANGUAGE_END.match(view[end:end + 6]))


def office_hits(doc: Document, spans: Sequence[Span], compiled: CompiledDictionary) -> list[OfficeHit]:
    """Office and role phrases, found in a view where actor mentions are masked to fill ``{actor}`` slots."""
    view = doc.normalized
    slots = [span for span in spans if span.kind not in ("person", "blocked")]
    slot_starts = [span.start for span in slots]
    heads = compiled.cues.organization_heads
    hits = []
    for match in _office_matches(doc, slots, compiled.offices):
        first = bisect_left(slot_starts, match.start)
        inside = slots[first] if first < len(slots) and slots[first].end <= match.end else None
        actor = (inside.stands_for or inside.actor_id) if inside is not None else None
        before = _WORD_BEFORE.search(view, max(0, match.start - 20), match.start)
        word = before.group(1).lower() if before else ""
        if word in _VERB_CONTEXT and view[match.start:match.start + 1].islower() \
                and view[match.start:match.end].split()[0].lower() in _VERB_ROLES:
            continue  # "who host Tottenham", "to head the ministry": a verb, not a role
        following = _NAME_AFTER.match(view[match.end:match.end + 30])
        if following and following.group(1) in heads and view[match.start:match.start + 1].isupper():
            continue  # "Premier League", "the King's Fund": the start of an organisation's name
        holding = word not in NON_HOLDING and not word.startswith("ex-")
        actor_span = (inside.start, inside.end) if inside is not None else (-1, -1)
        hits.append(_office_hit(match.start, match.end, match.payload, actor, holding, *actor_span))
    return hits


def _office_matches(doc: Document, slots: Sequence[Span], offices: PhraseMatcher) -> Iterator[Match]:
    """Office phrases in ``doc`` with each slot span read as one ``{actor}`` token: the document's own tokens
    and keys with the slots' tokens merged (:func:`_slot_tokens`), or, when a slot does not fall on token
    boundaries, the tokens of the slot view made afresh (:func:`_slot_document`)."""
    merged = _slot_tokens(doc, slots)
    if merged is None:
        return offices.iter_matches(_slot_document(doc, slots))
    columns, keys = merged
    return offices.iter_column_matches(columns, keys, _slot_view(doc.normalized, slots))


def _slot_tokens(doc: Document, slots: Sequence[Span]) -> tuple[TokenColumns, list[str]] | None:
    """The token columns and office keys of :func:`_slot_view` derived from ``doc``'s: each slot's tokens
    become one token of ``Q`` marks, the gap after it is read again. None when a slot does not start at a
    token's start and end at or after its last token's end with no token starting at its end (then the slot
    view tokenises differently, e.g. "U.S." + "A"), or when slots overlap.

    The tokens between two slots are copied a run at a time; a gap is read again from the view only where a
    slot ends after its last token or follows another slot (elsewhere the document's own gap is the same)."""
    columns, view = doc.token_columns, doc.normalized
    keys = office_keys(doc)
    if not slots:
        return columns, keys
    starts, ends, texts, gaps = columns
    size = len(starts)
    out_starts: list[int] = []
    out_ends: list[int] = []
    out_texts: list[str] = []
    out_gaps: list[str] = []
    out_keys: list[str] = []
    position, previous_end, stretched = 0, -1, False  # stretched: the last slot ends after its last token
    for slot in slots:
        start, end = slot.start, slot.end
        first = bisect_left(starts, start)
        if first >= size or starts[first] != start or start < previous_end:
            return None
        stop = bisect_left(starts, end, first)  # tokens starting before the slot's end
        if ends[stop - 1] > end or (stop < size and starts[stop] == end):
            return None
        if position < first:  # the tokens since the last slot, as they are
            _copy_run(out_starts, out_ends, out_texts, out_gaps, out_keys, columns, keys, position, first)
            if stretched:
                out_gaps[-(first - position)] = _gap_between(view, previous_end, starts[position])
            gap = gaps[first]
        else:  # right after another slot (or the first token)
            gap = gaps[first] if first == 0 else _gap_between(view, previous_end, start)
        text = _MASK * (end - start)
        out_starts.append(start)
        out_ends.append(end)
        out_texts.append(text)
        out_gaps.append(gap)
        out_keys.append(_office_key(text))
        position, previous_end, stretched = stop, end, ends[stop - 1] != end
    if position < size:
        _copy_run(out_starts, out_ends, out_texts, out_gaps, out_keys, columns, keys, position, size)
        if stretched:
            out_gaps[-(size - position)] = _gap_between(view, previous_end, starts[position])
    return TokenColumns(out_starts, out_ends, out_texts, out_gaps), out_keys


def _copy_run(
    out_starts: list[int], out_ends: list[int], out_texts: list[str], out_gaps: list[str], out_keys: list[str],
    columns: TokenColumns, keys: list[str], first: int, stop: int,
) -> None:
    """Append the tokens ``first..stop-1`` of ``columns`` (and their keys) to the output columns."""
    out_starts += columns.starts[first:stop]
    out_ends += columns.ends[first:stop]
    out_texts += columns.texts[first:stop]
    out_gaps += columns.gaps[first:stop]
    out_keys += keys[first:stop]


def office_keys(doc: Document) -> list[str]:
    """Each token's :func:`_office_key`: the case- and accent-folded keys (:func:`default_key`, shared with the
    frame terms' matcher) unless the text holds a run of ``Q`` marks, which :func:`_office_key` reads as a slot."""
    if _MASK * 2 in doc.normalized:
        return doc.token_keys(_office_key)
    return doc.token_keys(default_key)


def _gap_between(view: str, previous_end: int | None, start: int) -> str:
    """The gap of a token starting at ``start`` after a token ending at ``previous_end`` (None: the first token,
    gap ""), folded as :func:`~analysis.text.document.tokenize_view` folds it."""
    if previous_end is None:
        return ""
    gap = view[previous_end:start]
    return " " if gap == " " else gap_key(gap)


def _slot_document(doc: Document, slots: Sequence[Span]) -> Document:
    """``doc`` with each slot span overwritten by ``Q`` marks (same length), so a slot is one ``QQ..`` token
    (matched by the ``{actor}`` slot of office phrases)."""
    return Document(_slot_view(doc.normalized, slots))


def _slot_view(view: str, slots: Sequence[Span]) -> str:
    """``view`` with each slot span overwritten by ``Q`` marks (same length)."""
    pieces, position = [], 0
    for span in slots:
        pieces.append(view[position:span.start])
        pieces.append(_MASK * (span.end - span.start))
        position = span.end
    pieces.append(view[position:])
    return "".join(pieces)
