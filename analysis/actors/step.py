"""Actor mentions: which people, countries, organisations, regions, media and places a text names.

:func:`find_mentions` matches an actor dictionary (the shipped default, or a
user's file merged over it) with one token trie, so the cost per word does not
grow with the dictionary; it then discovers names the dictionary lacks and
links partial names and role phrases within the text (:mod:`analysis.actors.discovery`).

Matching rules:

* whole words, longest phrase first, no overlapping mentions; accents are
  ignored ("Nicolas" finds "Nicolás") and a possessive stays outside the
  mention ("Russia’s" -> "Russia");
* a capitalised word of a phrase needs a capitalised word in the text
  ("Turkey" is not "turkey"); short all-capital phrases ("US", "WHO", "AP")
  need the exact case (see ``docs/actors-dictionary.md``);
* a demonym ("Mexicans", "Russian") is an attribute mention of its country;
  one used as a language ("in Russian", "Spanish-language") is not a mention;
* metonymy: an entry that ``stands_for`` another (a capital, "the White
  House", "the Kremlin") is read as a *place* after a locative word ("in",
  "at", "from", "to", "near", "of", "visited"...; not "of" after a stance
  noun: "the role of Havana"), before "-based", or as a dateline at the start
  of a paragraph ("Moscow, Dec 22", not "Washington, which ..."); anywhere else
  ("Washington said", "relations between Washington and Caracas") it is a
  metonym. With ``fold_metonyms=True`` a metonym is reported as the actor it
  stands for (``how == "metonym"``, ``surface == "Washington"``, actor United
  States); with ``False`` it keeps its own id.

The pipeline step (``TABLE = "mentions"``) adds ``doc_id`` and ``sent_id`` (the
sentence containing the mention's start).
"""
from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, Sequence

import pandas as pd

from analysis.actors.dictionary import ActorDictionary, Entry, load_dictionary
from analysis.corpus.bylines import mask_metadata
from analysis.actors.discovery import find_candidates, summarize_discoveries
from analysis.actors.linking import link_mentions, local_acronyms
from analysis.text.matching import PhraseMatcher, default_key
from analysis.actors.mention_types import NON_HOLDING, Candidate, Cues, OfficeHit, Span, fold_key
from analysis.actors.name_runs import tokenize
from analysis.text.document import Document
from analysis.text.normalization import fold_accents, normalize
from analysis.text.sentences import sentence_ids

TABLE = "mentions"
DEFAULTS: dict[str, Any] = {
    "actors": None,          # path of a user actor dictionary (YAML), or None for the shipped default
    "actors_mode": "merge",  # "merge": the user's file over the default; "replace": only the user's entries
    "fold_metonyms": True,   # report "Washington said" as the United States
    "discover": True,        # discover and link names the dictionary lacks
}
MENTION_COLUMNS = ["start", "end", "surface", "actor_id", "actor", "actor_type", "how", "cue"]
COLUMNS = ["doc_id", "sent_id", *MENTION_COLUMNS]
SCHEMA = {name: "int64" if name in ("sent_id", "start", "end") else "str" for name in COLUMNS}
REQUIRES: tuple[str, ...] = ()
HOW = ("dictionary", "alias", "demonym", "metonym", "role", "discovered")

LOCATIVES = frozenset(
    "in at from to near outside inside into across around throughout via toward towards within of "
    "visit visits visited visiting leave leaves left reach reached arrive arrived arriving fly flew flights "
    "return returned returning travel travelled traveled headed back outskirts".split()
)
# "the role of Havana", "the position of Washington": after these nouns "of" does not make a place.
STANCE_NOUNS = frozenset(
    "role position positions stance support policy policies decision decisions demand demands request requests "
    "response reaction view views interest interests ally allies backing pressure approach strategy plan plans "
    "intention intentions attitude effort efforts criticism refusal insistence mediation involvement participation "
    "objection objections proposal proposals offer warning warnings threat threats accusation accusations".split()
)
# A dateline: "Moscow, Dec 22", "Nairobi, Kenya -", "WASHINGTON (AP)" (not "Washington, which ...").
_DATELINE_AFTER = re.compile(r"^(?:,\s*[A-Z0-9]|\s*\(|\s+-)")
_LANGUAGE_AFTER = re.compile(r"^(?:-language|-speaking|-speakers?|\s+(?:language|languages|translation|version|subtitles|dubbing))\b")
_LANGUAGE_BEFORE = re.compile(r"\b(?:in|into|speaks?|spoke|speaking|spoken|fluent in|translated into|from)\s+$", re.IGNORECASE)
_LANGUAGE_END = re.compile(r"^(?:\s*[.,;:)!?\"']|\s+(?:and|or)\s+[A-Z]|\s*$)")
_COORDINATION = re.compile(r"\s*(?:,|and|or|,\s*and|,\s*or)\s*")
# Words after which a lower-case role noun is a verb ("who host", "to head", "will chair").
_VERB_CONTEXT = frozenset("who which to will would can could should may might must they we i you did does do not".split())
_MASK = "Q"
_ACTOR_SLOT = "{actor}"


# ---------------------------------------------------------------- compiled dictionary


@lru_cache(maxsize=1 << 16)
def _name_key(token: str) -> str:
    """Fold case and accents but remember a leading capital: ``Turkey`` does not match ``turkey``."""
    folded = fold_accents(token).casefold()
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


_COMPILED: "weakref.WeakKeyDictionary[ActorDictionary, CompiledDictionary]" = weakref.WeakKeyDictionary()


def compile_dictionary(dictionary: ActorDictionary) -> CompiledDictionary:
    """Build (once per dictionary object) the name trie, the office trie and the cue sets."""
    cached = _COMPILED.get(dictionary)
    if cached is None:
        cached = CompiledDictionary(
            dictionary, _name_matcher(dictionary), _office_matcher(dictionary),
            Cues.from_lists(dictionary.cues, office_phrases=[p for o in dictionary.offices.values() for p in o.phrases]),
            {office.id: office.parent for office in dictionary.offices.values()},
        )
        _COMPILED[dictionary] = cached
    return cached


def _name_matcher(dictionary: ActorDictionary) -> PhraseMatcher:
    """One trie of every name, alias, demonym and role phrase; later sources win ties (users over default).
    Blocked phrases ending in a lower-case noun also block its plural ("US dollars")."""
    matcher = PhraseMatcher(key=_name_key)
    by_source = sorted(dictionary.phrases(), key=lambda item: -_source_rank(dictionary, item[1]))
    for alias, entry, how in by_source:
        for variant in _variants(alias.text):
            matcher.add(variant, (entry.id, how), case_sensitive=alias.case_sensitive)
    for phrase in dictionary.cue("blocked"):
        plural = [phrase + "s"] if re.search(r" [a-z]+[^s]$", phrase) else []  # "U.S. dollar" -> "U.S. dollars"
        for variant in _variants(phrase) + plural:
            matcher.add(variant, ("", "blocked"))
    return matcher


def _source_rank(dictionary: ActorDictionary, entry: Entry) -> int:
    return dictionary.sources.index(entry.source) if entry.source in dictionary.sources else 0


def _variants(phrase: str) -> list[str]:
    """A phrase, plus its sentence-initial form when it starts lowercase ("the Kremlin" -> "The Kremlin")."""
    if phrase[:1].islower():
        return [phrase, phrase[0].upper() + phrase[1:]]
    return [phrase]


def _office_matcher(dictionary: ActorDictionary) -> PhraseMatcher:
    """One case-insensitive trie of office phrases (with their ``{actor}`` forms) and role nouns."""
    matcher = PhraseMatcher(key=_office_key)
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


def get_dictionary(dictionary: ActorDictionary | str | Path | None = None, *, mode: str = "merge") -> ActorDictionary:
    """A dictionary object from ``None`` (the default), a path, or a dictionary (returned as is)."""
    if isinstance(dictionary, ActorDictionary):
        return dictionary
    return load_dictionary(dictionary, mode=mode)


# ---------------------------------------------------------------- finding mentions


def find_mentions(
    text: str,
    *,
    dictionary: ActorDictionary | str | Path | None = None,
    fold_metonyms: bool = True,
    discover: bool = True,
) -> pd.DataFrame:
    """Actor mentions in ``text``: one row each, in text order, never overlapping.

    Columns: start, end (offsets into ``text``), surface, actor_id, actor,
    actor_type (person, country, organization, region, media, place), how
    (dictionary, alias, demonym, metonym, role, discovered) and cue (what
    typed a discovered name or linked a partial one; "" for dictionary matches).
    Persons are linked within the text: "Lavrov" after "Sergey Lavrov" has
    the full name's id. A dateline's agency and credit lines ("Reporting by
    ...") name no actor of the story and are skipped (:mod:`analysis.corpus.bylines`).
    """
    compiled = compile_dictionary(get_dictionary(dictionary))
    original, text = text, mask_metadata(text)
    spans = _dictionary_spans(text, compiled)
    offices = _office_hits(text, spans, compiled)
    tokens = tokenize(text)
    candidates = find_candidates(text, tokens, spans, offices, compiled.cues) if discover else []
    absorbed = {span for candidate in candidates if candidate.type is not None for span in candidate.absorbed}
    spans = [span for span in spans if span not in absorbed and span.kind != "blocked"]
    persons = [span for span in spans if span.kind == "person"]
    names, roles = link_mentions(text, candidates, persons, offices, office_parents=compiled.parents,
                                 organization_heads=compiled.cues.organization_words | compiled.cues.media_words)
    owners = local_acronyms(text, spans, names)
    rows = [_span_row(original, span, compiled.dictionary, reading) for span, reading in
            zip(spans, _readings(original, spans))]
    for index, owner in owners.items():
        rows[index].update(actor_id=owner.actor_id, actor=owner.actor, how="alias", cue=f"acronym of {owner.name!r}")
    rows += [_candidate_row(original, candidate, compiled.dictionary) for candidate in names + roles]
    return _frame(_without_overlaps(rows), fold_metonyms=fold_metonyms)


def _dictionary_spans(text: str, compiled: CompiledDictionary) -> list[Span]:
    """Dictionary matches as spans, demonyms used as language names left out."""
    entries = compiled.dictionary.entries
    view = normalize(text)
    spans = []
    language_end = -1
    for match in compiled.names.iter_matches(text):
        entry_id, how = match.payload
        if how == "blocked":
            spans.append(Span(match.start, match.end, "", "", "blocked", "blocked"))
            continue
        language = how == "demonym" and (
            _language_use(view, match.start, match.end)
            or (language_end >= 0 and _COORDINATION.fullmatch(view[language_end:match.start]) is not None)
        )
        if language or view.startswith("$", match.end):
            spans.append(Span(match.start, match.end, "", "", "blocked", "blocked"))  # a language; a currency "US$"
            language_end = match.end if language else -1
            continue
        entry = entries[entry_id]
        end = match.end + 1 if match.phrase.endswith(".") and view.startswith(".", match.end) else match.end
        spans.append(Span(match.start, end, entry.id, entry.name, entry.type, how, entry.stands_for))
    return spans


def _language_use(view: str, start: int, end: int) -> bool:
    """"in Russian", "Spanish-language", "speaks French": a language, not a people."""
    if _LANGUAGE_AFTER.match(view[end:end + 14]):
        return True
    return bool(_LANGUAGE_BEFORE.search(view[max(0, start - 20):start]) and _LANGUAGE_END.match(view[end:end + 6]))


def _office_hits(text: str, spans: Sequence[Span], compiled: CompiledDictionary) -> list[OfficeHit]:
    """Office and role phrases, found in a view where actor mentions are masked to fill ``{actor}`` slots."""
    chars = list(normalize(text))
    slots = [span for span in spans if span.kind not in ("person", "blocked")]
    for span in slots:
        chars[span.start:span.end] = _MASK * (span.end - span.start)
    masked = "".join(chars)
    view = normalize(text)
    heads = compiled.cues.organization_words | compiled.cues.media_words
    hits = []
    for match in compiled.offices.iter_matches(masked):
        inside = [span for span in slots if match.start <= span.start and span.end <= match.end]
        actor = (inside[0].stands_for or inside[0].actor_id) if inside else None
        before = re.search(r"([\w-]+)\s+$", view[max(0, match.start - 20):match.start])
        word = before.group(1).lower() if before else ""
        if word in _VERB_CONTEXT and view[match.start:match.start + 1].islower():
            continue  # "who host Tottenham", "to head the ministry": a verb, not a role
        following = re.match(r"(?:'s)?\s([A-Z][\w'-]*)", view[match.end:match.end + 30])
        if following and following.group(1) in heads and view[match.start:match.start + 1].isupper():
            continue  # "Premier League", "the King's Fund": the start of an organisation's name
        holding = word not in NON_HOLDING and not word.startswith("ex-")
        actor_span = (inside[0].start, inside[0].end) if inside else (-1, -1)
        hits.append(OfficeHit(match.start, match.end, match.payload, actor, holding, *actor_span))
    return hits


def _readings(text: str, spans: Sequence[Span]) -> list[str]:
    """For each span: ``metonym`` when it stands for another actor in this use, else ``plain``."""
    view = normalize(text)
    readings = []
    previous_place_end = -100
    for span in spans:
        if span.stands_for is None:
            readings.append("plain")
            continue
        place = _place_use(view, span, previous_place_end)
        readings.append("plain" if place else "metonym")
        if place:
            previous_place_end = span.end
    return readings


def _place_use(view: str, span: Span, previous_place_end: int) -> bool:
    """A locative word before, "-based" after, a dateline, or coordinated with a place just before."""
    before = view[max(0, span.start - 40):span.start]
    words = re.findall(r"[\w'-]+", before)
    previous = words[-1].lower() if words else ""
    if previous == "the" and len(words) > 1:
        previous = words[-2].lower()
    if previous in LOCATIVES and not (previous == "of" and len(words) > 1 and words[-2].lower() in STANCE_NOUNS):
        return True
    if view.startswith("-based", span.end):
        return True
    if span.kind == "place" and previous in ("a", "an", "the") and re.match(r" [a-z]", view[span.end:span.end + 2]):
        return True  # "a London housing charity", "the Moscow metro": a city as a modifier
    line_start = view.rfind("\n", 0, span.start) + 1
    if view[line_start:span.start].strip() == "" and _DATELINE_AFTER.match(view[span.end:span.end + 4]):
        return True
    gap = re.sub(r"\bthe\s+$", "", view[previous_place_end:span.start])
    return span.start - previous_place_end < 25 and _COORDINATION.fullmatch(gap) is not None


def _span_row(text: str, span: Span, dictionary: ActorDictionary, reading: str) -> dict[str, Any]:
    how = "metonym" if reading == "metonym" else span.how
    row = {
        "start": span.start, "end": span.end, "surface": text[span.start:span.end],
        "actor_id": span.actor_id, "actor": span.actor, "actor_type": span.kind, "how": how, "cue": "",
    }
    if reading == "metonym" and span.stands_for is not None:
        target = dictionary.entries[span.stands_for]
        row["_folded"] = (target.id, target.name, target.type)
    return row


def _candidate_row(text: str, candidate: Candidate, dictionary: ActorDictionary) -> dict[str, Any]:
    how = candidate.how
    if how == "discovered" and candidate.actor_id in dictionary.entries:
        how = "alias"  # a partial name of a dictionary person ("Lavrov" after "Sergey Lavrov")
    return {
        "start": candidate.start, "end": candidate.end, "surface": text[candidate.start:candidate.end],
        "actor_id": candidate.actor_id, "actor": candidate.actor, "actor_type": candidate.type, "how": how,
        "cue": candidate.cue,
    }


def _without_overlaps(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Keep the longest of overlapping mentions (role phrases cover the demonym inside them)."""
    kept: list[dict[str, Any]] = []
    for row in sorted(rows, key=lambda r: (-(r["end"] - r["start"]), r["start"])):
        if all(row["end"] <= other["start"] or other["end"] <= row["start"] for other in kept):
            kept.append(row)
    return sorted(kept, key=lambda r: r["start"])


def _frame(rows: list[dict[str, Any]], *, fold_metonyms: bool) -> pd.DataFrame:
    for row in rows:
        folded = row.pop("_folded", None)
        if folded is not None and fold_metonyms:
            row["actor_id"], row["actor"], row["actor_type"] = folded
    if not rows:
        return empty_mentions(MENTION_COLUMNS)
    columns = {column: [row[column] for row in rows] for column in MENTION_COLUMNS}
    return pd.DataFrame({
        column: pd.array(values, dtype="int64" if column in ("start", "end") else "str")
        for column, values in columns.items()
    })


def empty_mentions(columns: Sequence[str] = tuple(COLUMNS)) -> pd.DataFrame:
    """An empty mentions table with the right columns and dtypes."""
    dtypes = {"start": "int64", "end": "int64", "sent_id": "int64"}
    return pd.DataFrame({column: pd.Series(dtype=dtypes.get(column, "str")) for column in columns})


# ---------------------------------------------------------------- person resolution helpers


def person_at(mentions: pd.DataFrame, start: int, end: int) -> pd.Series | None:
    """The person mention overlapping ``[start, end)`` the most (first on ties), or None."""
    if mentions.empty:
        return None
    people = mentions[(mentions["actor_type"] == "person") & (mentions["start"] < end) & (mentions["end"] > start)]
    if people.empty:
        return None
    overlap = people["end"].clip(upper=end) - people["start"].clip(lower=start)
    return people.loc[overlap.idxmax()]


def last_person_before(mentions: pd.DataFrame, offset: int) -> pd.Series | None:
    """The most recent person mention ending at or before ``offset`` (for "he" / "she"), or None."""
    if mentions.empty:
        return None
    people = mentions[(mentions["actor_type"] == "person") & (mentions["end"] <= offset)]
    return None if people.empty else people.loc[people["end"].idxmax()]


def people_in(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per resolved person: actor_id, actor, first_start, n_mentions (in order of first mention)."""
    people = mentions[mentions["actor_type"] == "person"] if not mentions.empty else mentions
    if people.empty:
        return pd.DataFrame({"actor_id": pd.Series(dtype="str"), "actor": pd.Series(dtype="str"),
                             "first_start": pd.Series(dtype="int64"), "n_mentions": pd.Series(dtype="int64")})
    grouped = people.groupby("actor_id", sort=False)
    table = pd.DataFrame({
        "actor": grouped["actor"].first(), "first_start": grouped["start"].min(), "n_mentions": grouped.size(),
    }).reset_index()
    return table.sort_values("first_start", kind="stable").reset_index(drop=True)


# ---------------------------------------------------------------- pipeline step


def run_article(doc: Document, options: Mapping[str, Any]) -> dict[str, list]:
    """The mentions of one article, with doc_id and sent_id (the sentence holding each mention's start)."""
    dictionary = get_dictionary(options.get("actors", DEFAULTS["actors"]), mode=options.get("actors_mode", "merge"))
    mentions = find_mentions(
        doc.text,
        dictionary=dictionary,
        fold_metonyms=bool(options.get("fold_metonyms", DEFAULTS["fold_metonyms"])),
        discover=bool(options.get("discover", DEFAULTS["discover"])),
    )
    rows = {name: mentions[name].tolist() for name in MENTION_COLUMNS}
    return {"sent_id": doc.sentence_ids(rows["start"]), **rows}


def article_metrics(
    tables: Mapping[str, pd.DataFrame], articles: pd.DataFrame, options: Mapping[str, Any]
) -> pd.DataFrame:
    """Per article: n_mentions, n_actors (distinct actor ids) and top_actor (most mentioned; first on ties)."""
    mentions = tables.get(TABLE, empty_mentions())
    index = pd.Index(articles["doc_id"], name="doc_id")
    if mentions.empty:
        return pd.DataFrame({"n_mentions": 0, "n_actors": 0, "top_actor": ""}, index=index)
    grouped = mentions.groupby("doc_id", sort=False)
    top = mentions.groupby(["doc_id", "actor"], sort=False).agg(n=("start", "size"), first=("start", "min"))
    top = top.reset_index().sort_values(["doc_id", "n", "first"], ascending=[True, False, True], kind="stable")
    metrics = pd.DataFrame({
        "n_mentions": grouped.size(),
        "n_actors": grouped["actor_id"].nunique(),
        "top_actor": top.drop_duplicates("doc_id").set_index("doc_id")["actor"],
    }).reindex(index)
    return metrics.fillna({"n_mentions": 0, "n_actors": 0, "top_actor": ""}).astype(
        {"n_mentions": "int64", "n_actors": "int64", "top_actor": "str"}
    )


__all__ = [
    "TABLE", "DEFAULTS", "COLUMNS", "MENTION_COLUMNS", "find_mentions", "run_article", "article_metrics",
    "person_at", "last_person_before", "people_in", "summarize_discoveries", "compile_dictionary", "get_dictionary",
    "sentence_ids", "empty_mentions",
]
