"""Speakers from a spaCy pipeline's dependency parse: the subject of the reporting verb governing a quote.

With ``mentions_backend="spacy"`` and a pipeline that has a parser, the
quotes step finds quotations by its own rules (quote marks, kinds, filters
are unchanged) and then asks the parse who says each direct or partial
quote: starting from the quote's words, it climbs the dependency tree out of
the quotation and up through the clause holding it until it meets a
reporting verb (or, when the quotation holds the sentence's root, takes a
reporting verb hanging from that root: ``"We won," he said`` parsed with
"said" as a ``parataxis``) of the speech-cue lexicon in force
(:mod:`analysis.quotes.speech_cues`, compared by form: "said", "told",
"insisted"...). The verb's nominal subject (``nsubj``; for a verb
coordinated with another, "X opposed the plan and said", the first verb's)
is the quote's source, from its leftmost word to its head noun plus a
prepositional complement ("a spokesman for the ministry"; an apposition or
relative clause stays outside). The source is then resolved to an actor by
:func:`analysis.quotes.speakers.resolve_speakers` exactly as a rule-found
source is: pronouns, partial names and role phrases through the
``mentions`` table.

Fallbacks, so that the backend never loses a speaker the rules find: a
quote for which the parse finds no reporting verb with a subject keeps the
rules' attribution; a pipeline without a parser (an ``entity_ruler`` alone)
keeps the rules' attributions for every quote (only names and types then
come from spaCy). Indirect speech is left to the rules.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Sequence

from analysis.backends.spacy_pipeline import has_parser, load_pipeline, parse
from analysis.quotes.attribution import Attribution
from analysis.quotes.speech_cues import SpeechCues
from analysis.text.document import Document

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECT = "nsubj"
_SUBJECT_COMPLEMENTS = frozenset({"prep", "pobj", "compound", "flat", "nmod", "poss", "case"})


@dataclass(frozen=True)
class ParsedSpeakers:
    """Attributions from a spaCy pipeline's parse (``model``) for quotations' outer spans."""

    model: str
    cues: SpeechCues

    def __call__(self, doc: Document, quoted: Sequence[tuple[int, int]]) -> list[Attribution | None]:
        """One attribution per span of ``quoted`` (outer spans into ``doc.text``), None where the parse has none."""
        parsed = parse(doc, self.model)
        found = []
        for start, end in quoted:
            offset, chunk = parsed.chunk_at(start)
            local = quote_attribution(chunk, start - offset, min(end - offset, len(chunk.text)), self.cues)
            found.append(None if local is None else _shifted(local, offset))
        return found


def speakers_from_parse(model: str | None, cues: SpeechCues) -> ParsedSpeakers | None:
    """The parse-based speaker finder for ``model``, or None (the rules' speakers) when ``model`` is None or
    the pipeline has no parser."""
    if model is None or not has_parser(load_pipeline(model)):
        return None
    return ParsedSpeakers(model, cues)


def quote_attribution(parsed: "Doc", start: int, end: int, cues: SpeechCues) -> Attribution | None:
    """The reporting verb governing the quotation ``[start, end)`` and its subject, as an attribution."""
    quote = parsed.char_span(start, end, alignment_mode="expand")
    if quote is None or len(quote) == 0:
        return None
    verb = _governing_verb(quote.start, quote.end, parsed, cues)
    if verb is None:
        return None
    subject = _subject(verb)
    if subject is None:
        return None
    first, last = _subject_extent(subject)
    if quote.start <= last.i and first.i < quote.end:
        return None  # a subject inside the quotation is the quoted clause's own
    source_start, source_end = first.idx, last.idx + len(last.text)
    form = verb.text.lower()
    return Attribution(
        verb.idx, verb.idx + len(verb.text), verb.text, cues.forms.get((form,), verb.lemma_ or form),
        source_start, source_end, parsed.text[source_start:source_end],
    )


def _shifted(attribution: Attribution, offset: int) -> Attribution:
    """An attribution found in a chunk, with offsets into the article."""
    return replace(attribution, cue_start=attribution.cue_start + offset, cue_end=attribution.cue_end + offset,
                   source_start=attribution.source_start + offset, source_end=attribution.source_end + offset)


def _governing_verb(first: int, stop: int, parsed: "Doc", cues: SpeechCues) -> "Token | None":
    """The reporting verb nearest the quotation (token range ``[first, stop)``) among those reached by
    climbing from its words out of it and up the tree."""
    forms = cues.one_word_forms
    found: dict[int, Token] = {}
    for token in parsed[first:stop]:
        head = token
        while first <= head.i < stop and head.head.i != head.i:
            head = head.head
        if first <= head.i < stop:  # the quotation holds the sentence's root: a reporting verb may hang from it
            found.update((child.i, child) for child in head.children
                         if not first <= child.i < stop and child.text.lower() in forms)
            continue
        for ancestor in (head, *head.ancestors):
            if ancestor.text.lower() in forms:
                found[ancestor.i] = ancestor
                break
    if not found:
        return None
    return min(found.values(), key=lambda verb: (first - verb.i if verb.i < first else verb.i - stop + 1, verb.i))


def _subject(verb: "Token") -> "Token | None":
    """The verb's nominal subject, or that of the verb it is coordinated with."""
    while True:
        subjects = [child for child in verb.children if child.dep_ == SUBJECT]
        if subjects:
            return subjects[0]
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head


def _subject_extent(subject: "Token") -> tuple["Token", "Token"]:
    """The subject phrase's first and last tokens: its left edge to its head noun, plus complements to its right."""
    last = subject
    for child in subject.rights:
        if child.dep_ not in _SUBJECT_COMPLEMENTS:
            break
        last = child.right_edge
    first = subject.left_edge
    while first.i < subject.i and first.is_punct:
        first = first.nbor(1)
    return first, last


__all__ = ["ParsedSpeakers", "speakers_from_parse", "quote_attribution"]
