"""Names and types from a spaCy pipeline's named entities, in place of rule-based discovery.

With ``mentions_backend="spacy"`` the actors step matches the actor
dictionary and its offices exactly as the rule backend does, but the names
the dictionary lacks come from the pipeline's entities instead of
:func:`analysis.actors.discovery.find_candidates`. They are handed to the same
linking (:func:`analysis.actors.linking.link_mentions`): partial names to full
names, acronyms to organisations, role phrases to office holders, dictionary
persons to their canonical ids. So the ``mentions`` table keeps its columns,
dtypes and ids; rows found this way have ``how == "discovered"`` (or
``"alias"`` / ``"role"`` once linked) and ``cue == "spacy PERSON"`` etc.

Entity labels (spaCy's OntoNotes scheme) map to actor types by :data:`LABEL_TYPES`:

==========  ============================================================
PERSON      person
ORG         organization; media when its last word is one of the
            dictionary's media words ("Times", "News", ...)
GPE         place (countries are the dictionary's, typed ``country``;
            a GPE the dictionary lacks is a city, state or province)
LOC, FAC    place (regions the dictionary names stay ``region``)
NORP        not a mention by itself: nationalities, religious and political
            groups are mentions only where the dictionary names them
            (demonyms of countries, parties)
others      not actors (DATE, MONEY, EVENT, LAW, WORK_OF_ART, PRODUCT...)
==========  ============================================================

The dictionary wins where both speak: an entity that a dictionary match
covers, crosses, or that holds a dictionary person, organisation or outlet
is dropped (the dictionary's row stands, with its canonical id); an entity may
hold a dictionary place, country, region or demonym ("Bank of England",
"Russian Foreign Ministry", "Paris Hilton"), which it absorbs. A title or
office at the entity's start ("Foreign Minister Sergey Lavrov") is cut off
so the office links the person, as in the rule backend; so are a title
of the dictionary's cues ("Mr", "President"), a leading "the" and a trailing possessive.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Sequence

from analysis.actors.discovery import find_candidates
from analysis.actors.mention_types import Candidate, Cues, OfficeHit, Span, fold_key
from analysis.actors.name_runs import Token, name_like, tokenize
from analysis.actors.speaker_verbs import SpeakerVerbs
from analysis.backends.spacy_pipeline import load_pipeline, parse, spacy_model
from analysis.text.document import Document

LABEL_TYPES: dict[str, str] = {  # spaCy's OntoNotes labels -> actor types (module docstring); others are no actors
    "PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place",
}
ABSORBABLE_KINDS = frozenset({"country", "place", "region"})  # dictionary spans an entity may contain
ABSORBABLE_HOW = frozenset({"demonym", "blocked"})
CandidateFinder = Callable[..., list[Candidate]]  # (doc, spans, offices, cues, *, verbs) -> candidates
_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"(?<=\w)(?:['\u2019][sS]|[sS]['\u2019])$")  # "Russia's", "the Times'"


@dataclass(frozen=True)
class SpacyCandidates:
    """A candidate finder with :func:`~analysis.actors.discovery.find_candidates`' signature, reading a
    spaCy pipeline's entities (``model``: an installed package name or a pipeline folder)."""

    model: str

    def __call__(
        self, doc: Document, spans: Sequence[Span], offices: Sequence[OfficeHit], cues: Cues,
        *, verbs: SpeakerVerbs | None = None,
    ) -> list[Candidate]:
        load_pipeline(self.model)  # fails early with install advice
        return entity_candidates(doc, parse(doc, self.model).entities(), spans, offices, cues)


def candidate_finder(options: Mapping[str, Any]) -> CandidateFinder:
    """What finds the names the dictionary lacks under ``options``: rule-based discovery
    (``mentions_backend="rule"``) or the entities of the spaCy pipeline ``spacy_model`` (loaded now, so a
    missing spaCy or pipeline fails before any article with a message saying how to install it)."""
    model = spacy_model(options)
    if model is None:
        return find_candidates
    load_pipeline(model)
    return SpacyCandidates(model)


def entity_candidates(
    doc: Document, entities: Sequence[tuple[int, int, str]], spans: Sequence[Span], offices: Sequence[OfficeHit],
    cues: Cues,
) -> list[Candidate]:
    """Typed candidates for the entities ``(start, end, label)`` of ``doc`` that the dictionary does not already
    name, in text order."""
    tokens = tokenize(doc)
    starts = [token.start for token in tokens]
    dictionary = _Spans(spans)
    found = []
    for entity_start, entity_end, label in entities:
        kind = LABEL_TYPES.get(label)
        if kind is None:
            continue
        start, end = _trimmed(doc.text, entity_start, entity_end, offices)
        if start >= end:
            continue
        inside = dictionary.overlapping(start, end)
        if any(not _absorbable(span, start, end) for span in inside):
            continue
        words = _name_tokens(tokens, starts, start, end)
        while len(words) > 1 and words[0].text.rstrip(".") in cues.titles:
            words = words[1:]  # "Mr Quint", "President Vell": the title is no part of the name
        if not words:
            continue
        start = max(start, words[0].start)
        name = " ".join(doc.text[start:end].split())
        if kind == "organization" and words[-1].text in cues.media_words:
            kind = "media"
        found.append(Candidate(
            start, end, name, tuple(fold_key(token.text) for token in words), kind, f"spacy {label}",
            words[0].initial, tuple(inside), tuple(token.index for token in words),
        ))
    return found


def _trimmed(text: str, start: int, end: int, offices: Sequence[OfficeHit]) -> tuple[int, int]:
    """The entity without a leading office or title, a leading "the", a trailing possessive or punctuation."""
    for hit in offices:
        if hit.start <= start < hit.end < end:
            start = hit.end
    while start < end and not text[start].isalnum():
        start += 1
    article = _LEADING_ARTICLE.match(text, start, end)
    if article:
        start = article.end()
    possessive = _POSSESSIVE.search(text, start, end)
    if possessive:
        end = possessive.start() + 1 if possessive.group(0)[:1] in "sS" else possessive.start()
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".)"):
        end -= 1
    return start, end


def _absorbable(span: Span, start: int, end: int) -> bool:
    """Whether a dictionary span overlapping the entity ``[start, end)`` lets it stand: the span lies inside
    it and is a place, country, region or demonym (not a person, organisation or outlet of the dictionary)."""
    inside = start <= span.start and span.end <= end and (span.start, span.end) != (start, end)
    return inside and (span.kind in ABSORBABLE_KINDS or span.how in ABSORBABLE_HOW)


def _name_tokens(tokens: Sequence[Token], starts: Sequence[int], start: int, end: int) -> list[Token]:
    """The entity's name words: the article's word tokens inside it that look like names (capitalised)."""
    first = bisect_left(starts, start)
    inside = []
    for token in tokens[first:]:
        if token.start >= end:
            break
        if token.end <= end and name_like(token):
            inside.append(token)
    return inside


class _Spans:
    """Dictionary spans sorted by start, for the ones overlapping a character range."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self.spans = sorted(spans, key=lambda span: (span.start, span.end))
        self.starts = [span.start for span in self.spans]
        self.longest = max((span.end - span.start for span in self.spans), default=0)

    def overlapping(self, start: int, end: int) -> list[Span]:
        first = bisect_left(self.starts, start - self.longest)
        last = bisect_right(self.starts, end - 1)
        return [span for span in self.spans[first:last] if span.end > start and span.start < end]


__all__ = ["LABEL_TYPES", "CandidateFinder", "SpacyCandidates", "candidate_finder", "entity_candidates"]
