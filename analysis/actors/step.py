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
sentence containing the mention's start), and the tone toward the actor at each
mention: ``tone`` (VADER's compound of the clause or phrase that concerns the
mention; NaN where none applies, e.g. the actor's own words) and its evidence
span ``tone_start``/``tone_end`` (:mod:`analysis.actors.mention_tone`).
"""
from __future__ import annotations

from bisect import bisect_right
from pathlib import Path
from typing import Any, Mapping, Sequence

import pandas as pd

from analysis.actors.acronym_definitions import without_defined_acronyms
from analysis.actors.branch_names import with_branch_names, with_country_outlets
from analysis.actors.compiled import (
    CompiledDictionary, compile_dictionary, dictionary_cues, dictionary_spans, get_dictionary, office_hits,
)
from analysis.actors.dictionary import ActorDictionary, Entry
from analysis.actors.languages import canonical_person_id, dictionary_for_language
from analysis.sentiment import step as sentiment_step
from analysis.actors.discovery import find_candidates
from analysis.actors.summary import summarize_discoveries
from analysis.actors.linking import ORGANIZATION_TYPES, link_mentions, local_acronyms
from analysis.actors.masking import masked, masked_text
from analysis.actors.mention_types import CREDIT, OFFICE, UNCOUNTED_HOW, Candidate, Span
from analysis.actors.mention_tone import TONE_COLUMNS, TONE_SCHEMA, mention_records, mention_tones
from analysis.actors.metonymy import metonym_readings
from analysis.actors.namesakes import with_namesakes
from analysis.actors.national_bodies import most_named_country, with_national_bodies
from analysis.actors.shared_names import with_one_reading
from analysis.actors.place_surnames import given_name_surnames, place_surnames
from analysis.actors.titled_places import titled_places
from analysis.actors.party_names import with_longer_party_names, with_party_nouns
from analysis.actors.compass_places import with_compass_words, without_compass_adjectives
from analysis.actors.address_forms import scoped_address_rows
from analysis.actors.bare_titles import bare_titles
from analysis.actors.inner_persons import inner_person_rows
from analysis.actors.inner_places import INNER, counted_mentions, inner_place_rows, with_inner_places
from analysis.actors.counted_units import without_counted_units
from analysis.actors.vessel_names import vessel_names, without_vessel_names
from analysis.actors.demonym_names import without_demonyms_in_names
from analysis.actors.country_prefixes import with_country_prefixes
from analysis.actors.credits import with_credits
from analysis.actors.offices_as_such import with_offices_as_such
from analysis.actors.publisher import tag_publisher_columns
from analysis.actors.speaker_verbs import speaker_verbs
from analysis.backends.spacy_mentions import CandidateFinder, candidate_finder
from analysis.quotes.speech_cues import load_speech_cues
from analysis.sentiment.vader import METHODS
from analysis.text.document import Document, as_document
from analysis.text.sentences import sentence_ids

TABLE = "mentions"
DEFAULTS: dict[str, Any] = {
    "actors": None,          # path of a user actor dictionary (YAML), or None for the shipped default
    "actors_mode": "merge",  # "merge": the user's file over the default; "replace": only the user's entries
    "fold_metonyms": True,   # report "Washington said" as the United States
    "discover": True,        # discover and link names the dictionary lacks
    "mentions_backend": "rule",  # "rule", or "spacy": names and types from a spaCy pipeline's NER (analysis.backends)
    "spacy_model": "en_core_web_sm",  # with mentions_backend="spacy": an installed pipeline's name or a folder
    "quotes_speech_cues": None,  # a user's speech-cue file (shared with the quotes step): its verbs type speakers
    "sentiment_method": "vader",  # shared with the sentiment step: the VADER that scores the tone toward each mention
    # shared with the sentiment step: its news-aware word rules score the tone toward each mention too
    **{rule.option: rule.default for rule in sentiment_step.WORD_RULES},
}
MENTION_COLUMNS = ["start", "end", "surface", "actor_id", "actor", "actor_type", "how", "cue"]
COLUMNS = ["doc_id", "sent_id", *MENTION_COLUMNS, *TONE_COLUMNS]
SCHEMA = {name: TONE_SCHEMA.get(name, "int64" if name in ("sent_id", "start", "end") else "str") for name in COLUMNS}
REQUIRES: tuple[str, ...] = ()
LANGUAGES: tuple[str, ...] = ("en", "es")  # aliases, demonyms, offices and name cues: actors.yaml + actors_es.yaml
HOW = ("dictionary", "alias", "demonym", "metonym", "role", "discovered", "publisher", INNER, CREDIT, OFFICE)
MentionRow = tuple  # (start, end, surface, actor_id, actor, actor_type, how, cue): MENTION_COLUMNS order


# ---------------------------------------------------------------- finding mentions


def find_mentions(
    text: "str | Document",
    *,
    dictionary: ActorDictionary | str | Path | None = None,
    fold_metonyms: bool = True,
    discover: bool = True,
    speech_cues: str | Path | None = None,
) -> pd.DataFrame:
    """Actor mentions in ``text`` (a string or a Document): one row each, in text order.

    Columns: start, end (offsets into ``text``), surface, actor_id, actor,
    actor_type (person, country, organization, region, media, place), how
    (dictionary, alias, demonym, metonym, role, discovered, inner) and cue (what
    typed a discovered name or linked a partial one; "" for dictionary matches).
    Rows never overlap, except a place named inside an organisation's or an
    outlet's name ("California" in "University of California"), which has a
    row of its own after the name around it, with ``how == "inner"``; counts,
    rankings, tone and speakers leave such rows out (:mod:`analysis.actors.inner_places`).
    Persons are linked within the text: "Lavrov" after "Sergey Lavrov" has
    the full name's id. A dateline's agency and credit lines ("Reporting by
    ...") name no actor of the story and are skipped (:mod:`analysis.corpus.bylines`).
    ``speech_cues`` is a user's speech-cue file: its reporting verbs make speakers persons too.
    """
    compiled = compile_dictionary(get_dictionary(dictionary))
    rows = mention_rows(as_document(text), compiled, fold_metonyms=fold_metonyms, discover=discover,
                        speech_cues=speech_cues)
    if not rows:
        return empty_mentions(MENTION_COLUMNS)
    return pd.DataFrame({
        column: pd.array(list(values), dtype="int64" if column in ("start", "end") else "str")
        for column, values in zip(MENTION_COLUMNS, zip(*rows))
    })


def mention_rows(
    doc: Document, compiled: CompiledDictionary, *, fold_metonyms: bool = True, discover: bool = True,
    speech_cues: str | Path | None = None, finder: CandidateFinder = find_candidates,
) -> list[MentionRow]:
    """The mentions of one document as tuples in :data:`MENTION_COLUMNS` order, in text order; ``finder``
    finds the names the dictionary lacks (rule-based discovery, or a spaCy pipeline's entities)."""
    masked_doc = masked(doc)
    spans = dictionary_spans(masked_doc, compiled)
    offices = office_hits(masked_doc, spans, compiled)
    verbs = speaker_verbs(speech_cues, lang=doc.lang)
    candidates = finder(masked_doc, spans, offices, compiled.cues, verbs=verbs) if discover else []
    candidates = titled_places(masked_doc.normalized, spans, candidates) if discover else candidates  # "Miss Venezuela"
    candidates = without_counted_units(masked_doc.normalized, candidates)  # "250 MXN,": a currency, no place
    vessels = vessel_names(masked_doc.normalized)  # read once for the names and the dictionary's matches
    candidates = without_vessel_names(masked_doc.normalized, candidates, vessels)  # "MV Alan Kurdi": a ship, no person
    absorbed = {span for candidate in candidates if candidate.type is not None for span in candidate.absorbed}
    spans = [span for span in spans if span.kind != "blocked" and (not absorbed or span not in absorbed)]
    spans = without_demonyms_in_names(masked_doc, spans)  # "African American", "the Tarahumara Indians": no country
    spans = without_compass_adjectives(masked_doc.normalized, spans)  # "the West African nation": not the West
    spans = without_defined_acronyms(masked_doc.normalized, spans, compiled.cues.titles)  # "... interference (RFI)"
    spans = without_counted_units(masked_doc.normalized, spans)  # "with 11 RBI.": a statistic, no bank
    spans = without_vessel_names(masked_doc.normalized, spans, vessels)  # "the USS Ronald Reagan": a ship
    text, entries = doc.text, compiled.dictionary.entries
    spans = with_one_reading(masked_doc.normalized, spans, compiled.shared_names, entries)  # "Amazon": which one
    persons = [span for span in spans if span.kind == "person"]
    home = most_named_country(((span.actor_id, span.how) for span in spans), entries)
    names, roles = link_mentions(masked_doc, candidates, persons, offices, office_parents=compiled.parents,
                                 organization_heads=compiled.cues.organization_heads,
                                 surnames=compiled.surnames,
                                 organizations=[span for span in spans if span.kind in ORGANIZATION_TYPES],
                                 public_offices=compiled.public_offices, home_country=home)
    spans, names = given_name_surnames(doc.normalized, spans, names, compiled.cues.given_names)  # "Michael Bloomberg"
    spans, surnames = place_surnames(doc.normalized, spans, names)  # "Sudesh Amman ... Amman said": the person
    owners = local_acronyms(masked_doc.text, spans, names)  # by the index of the spans kept
    place_ends = sorted(candidate.end for candidate in names if candidate.type == "place")
    readings = metonym_readings(doc.normalized, spans, verbs.after if doc.lang == "en" else None, place_ends)
    rows = [
        _span_row(text, span, entries, metonym, owners.get(index), fold_metonyms=fold_metonyms)
        for index, (span, metonym) in enumerate(zip(spans, readings))
    ]
    rows += [_candidate_row(text, candidate, entries) for candidate in names + roles + surnames]
    if doc.lang == "en":  # the compass words are English ("East Jerusalem"; Spanish writes "Jerusalén Este")
        rows = with_compass_words(text, rows)
        rows += bare_titles(doc, rows, compiled.cues)  # "the Secretary", "As President, I ...": English titles
        rows = scoped_address_rows(rows, compiled.cues.titles, doc.doc_id, doc.vocabulary)  # "Your Honor": its judge
    rows = with_longer_party_names(text, rows)  # "the Christian Democratic Party"
    rows = with_country_outlets(text, rows, entries)  # "ABC of Australia": the Australian ABC
    rows = _without_overlaps(with_party_nouns(text, with_branch_names(text, rows)))  # "CNN Philippines": a branch
    inner = inner_place_rows(masked_doc, text, rows, compiled) + inner_person_rows(masked_doc, text, rows, compiled)
    rows = with_namesakes(with_inner_places(rows, inner), compiled.namesakes, text)  # "Georgia" of US copy: the state
    rows = with_country_prefixes(rows, entries)  # "U.S. Navy", "United States Navy": one body
    rows = with_national_bodies(rows, compiled.national_bodies, entries, text, doc.doc_id)  # "the Senate": whose
    rows = with_credits(rows, text)  # "Image: Jane Doe.": the photographer is no actor
    return with_offices_as_such(doc, rows) if doc.lang == "en" else rows  # "ran for Governor": the office


def _span_row(
    text: str, span: Span, entries: Mapping[str, Entry], metonym: bool, owner: Candidate | None, *, fold_metonyms: bool
) -> MentionRow:
    """A dictionary match as a row; a metonym folded into the actor it stands for, a local acronym into its owner."""
    actor_id, actor, kind = span.actor_id, span.actor, span.kind
    how, cue = ("metonym" if metonym else span.how), ""
    if owner is not None:
        actor_id, actor, how, cue = owner.actor_id, owner.actor, "alias", f"acronym of {owner.name!r}"
    if metonym and fold_metonyms and span.stands_for is not None:
        target = entries[span.stands_for]
        actor_id, actor, kind = target.id, target.name, target.type
    return (span.start, span.end, text[span.start:span.end], actor_id, actor, kind, how, cue)


def _candidate_row(text: str, candidate: Candidate, entries: Mapping[str, Entry]) -> MentionRow:
    how = candidate.how
    if how == "discovered" and candidate.actor_id in entries:
        how = "alias"  # a partial name of a dictionary person ("Lavrov" after "Sergey Lavrov")
    return (candidate.start, candidate.end, text[candidate.start:candidate.end], candidate.actor_id, candidate.actor,
            candidate.type, how, candidate.cue)


def _without_overlaps(rows: list[MentionRow]) -> list[MentionRow]:
    """Keep the longest of overlapping mentions (role phrases cover the demonym inside them), in text order."""
    starts: list[int] = []
    ends: list[int] = []
    kept: list[MentionRow] = []
    for row in sorted(rows, key=lambda r: (r[0] - r[1], r[0])):
        start, end = row[0], row[1]
        at = bisect_right(starts, start)
        if (at > 0 and ends[at - 1] > start) or (at < len(starts) and starts[at] < end):
            continue
        starts.insert(at, start)
        ends.insert(at, end)
        kept.insert(at, row)
    return kept


def empty_mentions(columns: Sequence[str] = tuple(COLUMNS)) -> pd.DataFrame:
    """An empty mentions table with the right columns and dtypes."""
    dtypes = {"start": "int64", "end": "int64", "sent_id": "int64", **TONE_SCHEMA}
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
    """The mentions of one article, columnar, with sent_id (the sentence holding each mention's start).

    Mentions of the article's publisher (its own outlet, from ``doc.meta`` source and url, or a wire
    agency) keep their row with ``how == "publisher"`` (:mod:`analysis.actors.publisher`).
    """
    dictionary = get_dictionary(options.get("actors", DEFAULTS["actors"]), mode=options.get("actors_mode", "merge"))
    dictionary = dictionary_for_language(dictionary, doc.lang)  # the same ids, named as the article's language names them
    rows = mention_rows(
        doc, compile_dictionary(dictionary),
        fold_metonyms=bool(options.get("fold_metonyms", DEFAULTS["fold_metonyms"])),
        discover=bool(options.get("discover", DEFAULTS["discover"])),
        speech_cues=options.get("quotes_speech_cues", DEFAULTS["quotes_speech_cues"]),
        finder=candidate_finder(options),
    )
    columns = {name: list(values) for name, values in zip(MENTION_COLUMNS, zip(*rows))} if rows else \
        {name: [] for name in MENTION_COLUMNS}
    if doc.lang != "en":  # "Serguéi Lavrov" is person:sergey-lavrov, as in English copy
        columns["actor_id"] = [canonical_person_id(actor_id, doc.lang) for actor_id in columns["actor_id"]]
    columns = tag_publisher_columns(columns, doc.meta)  # the outlet is not an actor: how == "publisher"
    return {"sent_id": doc.sentence_ids(columns["start"]), **columns, **_tone_columns(doc, columns, options)}


def _tone_columns(doc: Document, columns: Mapping[str, list], options: Mapping[str, Any]) -> dict[str, list]:
    """``tone``, ``tone_start`` and ``tone_end`` of every row. The tone is read among the counted mentions
    only: a place named inside a longer name (``how == "inner"``) or a name in a picture credit takes no part and
    gets none."""
    size = len(columns["start"])
    tones: dict[str, list] = {"tone": [float("nan")] * size, "tone_start": [None] * size, "tone_end": [None] * size}
    if doc.lang not in sentiment_step.LANGUAGES:  # no sentiment lexicon for the article's language: no tone
        return tones
    counted = [index for index, how in enumerate(columns["how"]) if how not in UNCOUNTED_HOW]
    records = mention_records(columns)
    if len(counted) < size:
        records = [records[index] for index in counted]
    found = mention_tones(doc, records, cues=load_speech_cues(
        options.get("quotes_speech_cues", DEFAULTS["quotes_speech_cues"])), method=_sentiment_method(options),
        rules=sentiment_step.word_rules(options))
    if len(counted) == size:
        return found
    for name, values in found.items():
        for index, value in zip(counted, values):
            tones[name][index] = value
    return tones


def _sentiment_method(options: Mapping[str, Any]) -> str:
    """The ``sentiment_method`` option, checked (the tone toward each mention is scored with it)."""
    method = options.get("sentiment_method", DEFAULTS["sentiment_method"])
    if method not in METHODS:
        raise ValueError(f"sentiment_method {method!r}: expected one of {list(METHODS)}")
    return method


def article_metrics(
    tables: Mapping[str, pd.DataFrame], articles: pd.DataFrame, options: Mapping[str, Any]
) -> pd.DataFrame:
    """Per article: n_mentions, n_actors (distinct actor ids) and top_actor (most mentioned; first on ties),
    over the counted mentions (not the places named inside a longer name, ``how == "inner"``)."""
    mentions = tables.get(TABLE, empty_mentions())
    index = pd.Index(articles["doc_id"], name="doc_id")
    if mentions.empty:
        return pd.DataFrame({"n_mentions": 0, "n_actors": 0, "top_actor": ""}, index=index)
    mentions = counted_mentions(mentions)
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
    "dictionary_cues", "sentence_ids", "empty_mentions", "mention_rows", "masked_text",
]
