"""Block quotations: a paragraph quoted without marks after a paragraph that ends by introducing it.

Statements, letters and decrees are often set off as a paragraph of their own instead of being put in
quotation marks (the marks get lost, too, when a page's block quote becomes plain text)::

    In a letter to the council, the mayor wrote:

    The city cannot carry the cost of the stadium alone and will not try to.

A paragraph is such a quotation when the paragraph before it ends with a colon right after an attribution
of speech (a cue with or without a source: ``the mayor wrote:``, ``the statement read:``; not a naming verb,
not a cue reporting nothing, ``As I said:``, and not "according to", after which a colon gives figures or a
summary: ``According to the census:``), and it has no quotation in marks and no attribution of its own
(reporter's prose goes on saying who said what; the quoted voice's own "we ask" is none), at least
``UNATTRIBUTED_MIN_WORDS`` words (a heading is shorter), and is written as sentences (the items of a list
after a colon are not: ``the city has added:`` / ``the science center,``). Only that one paragraph is
taken: where a longer statement ends, nothing marks. The quotes step (:mod:`analysis.quotes.step`) reads
these as direct quotations of the colon's attribution.
"""
from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter
from typing import Sequence

from analysis.quotes.attribution import Attribution, Sentence
from analysis.quotes.quote_spans import UNATTRIBUTED_MIN_WORDS, Quote, word_count
from analysis.quotes.speech_cues import SpeechCues
from analysis.quotes.unreported import reports_nothing
from analysis.text.lexicon import words
from analysis.text.normalization import strip_span

# Sources that are the quoted voice itself ("we ask", "I declare"), no reporter telling who speaks.
FIRST_PERSON_SPEAKERS = words("first_person_speakers")


def block_quotations(
    view: str, paragraphs: Sequence[tuple[int, int]], sentences: Sequence[Sentence], quotes: Sequence[Quote],
    cues: SpeechCues,
) -> list[tuple[int, int, Attribution]]:
    """``(start, end, attribution)`` of each paragraph quoted as a block (module docstring); ``sentences`` carry
    their attributions, ``quotes`` are the article's quotations in marks (in text order)."""
    quoted_paragraphs = {quote.paragraph for quote in quotes}  # quotations in marks of their own: none taken whole
    last_sentence: dict[int, Sentence] = {}
    attributed: set[int] = set()
    for sentence in sentences:
        last_sentence[sentence.paragraph] = sentence
        if any(_reporting(attribution) for attribution in sentence.attributions):
            attributed.add(sentence.paragraph)
    found = []
    for index in range(1, len(paragraphs)):
        if index in quoted_paragraphs or index in attributed or index - 1 not in last_sentence:
            continue
        introduction = _introduction(view, last_sentence[index - 1], paragraphs[index - 1][1], cues)
        if introduction is None:
            continue
        start, end = strip_span(view, *paragraphs[index])
        if _sentences(view, start, end) and word_count(view, start, end) >= UNATTRIBUTED_MIN_WORDS:
            found.append((start, end, introduction))
    return found


def _sentences(view: str, start: int, end: int) -> bool:
    """Whether ``view[start:end]`` is written as sentences: it opens with a capital (or an ellipsis or a bracket
    marking words left out or put in) and closes with ``.?!``; the items of a list after a colon ("the city has
    added:" / "the Rock and Roll Hall of Fame,") do neither."""
    text = view[start:end]
    opening = text.lstrip(_OMISSION)
    return bool(opening) and (opening[0].isupper() or len(opening) < len(text)) and text.endswith(_SENTENCE_END)


_OMISSION = ".\u2026[ "
_SENTENCE_END = (".", "?", "!")


def _reporting(attribution: Attribution) -> bool:
    """Whether an attribution names someone else speaking, as the reporter's prose does ("the mayor said"); "we
    ask", "I declare" are the quoted voice's own words."""
    return attribution.source is not None and attribution.source.lower() not in FIRST_PERSON_SPEAKERS


def _introduction(view: str, sentence: Sentence, paragraph_end: int, cues: SpeechCues) -> Attribution | None:
    """The attribution that ``sentence``, the last of its paragraph, ends with before a colon, when that closes
    the paragraph and only a few words (a source, a short phrase, no clause) stand between the cue and the colon."""
    if not sentence.attributions or not view[sentence.start:paragraph_end].rstrip().endswith(":"):
        return None
    attribution = sentence.attributions[-1]
    if attribution.lemma in cues.naming or attribution.lemma == "according to" \
            or reports_nothing(sentence.tokens, attribution):
        return None
    after_cue = len(sentence.tokens) - bisect_left(sentence.tokens, attribution.cue_end, key=_START)
    return attribution if after_cue <= _MAX_TOKENS_AFTER_CUE else None


# Tokens from the cue's end to the colon: its source after it and a short phrase ("said in a statement:",
# "wrote to the council on Monday:", "proclaiming himself "Emperor":"); a longer run is a clause of its own
# ("said the plan would include the following:").
_MAX_TOKENS_AFTER_CUE = 8
_START = attrgetter("start")
