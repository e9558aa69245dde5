"""Giving each quote of the quotes step its attribution (:mod:`analysis.quotes.step`).

A quote takes the nearest attribution with a source in the sentences it spans, not across a clause
break ("according to X" only when no other cue is there; a passive cue right before a partial quote);
a cue after "and"/"but" or a participle after a comma without a source takes the sentence's subject
(:func:`with_subject`), and so does a direct quote set off by ``,``/``:`` in a sentence without a cue
(:func:`subject_fallback`). A quote still without one inherits it (:func:`inherit_attributions`): from
its multi-paragraph group, a bare ``X said.`` opening the next sentence, the nearest attributed quote of its paragraph
(or the next one, a direct quote in reach: :func:`_continued_by`), the sentence before ending
with a colon, the previous paragraph's last quote, or the report right before it
(:mod:`analysis.quotes.nearby`). A dependency parse's attributions replace the rules' where it found
one (:func:`adopt_parsed`).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from itertools import accumulate
from typing import Mapping, Sequence

from analysis.quotes.attribution import Attribution, Sentence, cues_in_order, sentence_at
from analysis.quotes.context import Article
from analysis.quotes.issuers import introducing_source
from analysis.quotes.nearby import attributed_after, passive_cue, reported_before
from analysis.quotes.quote_spans import UNATTRIBUTED_MIN_WORDS, Quote, word_count
from analysis.quotes.reporter_tokens import token_index
from analysis.quotes.source_phrases import ADVERBS
from analysis.quotes.speech_cues import SpeechCues
from analysis.quotes.subjects import subject
from analysis.text.lexicon import ordered_words, words


def attach_attributions(view: str, quotes: list[Quote], sentences: Sequence[Sentence]) -> None:
    """Give each quote the nearest attribution with a source in the sentences it spans: the nearest one not
    across a clause break (:func:`_across_clauses`), else the nearest one (:func:`_distance`; ties: the first)."""
    by_span: dict[tuple[int, int], _Candidates] = {}  # the quotes of a sentence share its candidates
    for quote in quotes:
        span = (quote.first_sentence, quote.last_sentence)
        if span not in by_span:
            by_span[span] = _Candidates(view, _sourced(sentences, *span) if sentences else [],
                                        (sentences[span[0]].start, sentences[span[1]].end) if sentences else (0, 0))
        candidates = by_span[span]
        if candidates.attributions:
            quote.attribution = candidates.nearest(view, quote)
            quote.own_attribution = True
        elif quote.kind == "partial" and sentences:
            quote.attribution = passive_cue(view, sentences[quote.first_sentence], quote.outer_start)
            quote.own_attribution = quote.attribution is not None


def _sourced(sentences: Sequence[Sentence], first: int, last: int) -> list[Attribution]:
    """The attributions with a source of sentences ``first`` to ``last``; "according to" only without another
    ("X said, according to NBC")."""
    candidates = [a for index in range(first, last + 1) for a in sentences[index].attributions if a.source is not None]
    if any(a.lemma != "according to" for a in candidates):
        candidates = [a for a in candidates if a.lemma != "according to"]
    return candidates


class _Candidates:
    """The attributions of a span of sentences, read nearest first from a quote.

    The cues of the rules' attributions come left to right without overlapping, so those ending before the
    quote are a prefix and those starting after it a suffix: walking out from the quote on both sides meets
    them nearest first, and the walk stops at the first not across a clause break. It also stops on a side
    once a clause break (found once in the span) lies between the quote and every attribution left on that
    side: those are all across it. So a quote costs the attributions up to the nearest clause break, not all
    of the sentence's, and a sentence of thousands of quotes and cues stays linear while each source lies near
    its cue, as the rules find them (one source reaching across many clause breaks stops the pruning on its
    side). Cues out of order (never from the rules) fall back to reading every one.
    """

    def __init__(self, view: str, attributions: list[Attribution], span: tuple[int, int]) -> None:
        self.attributions = attributions
        self.cue_starts = [a.cue_start for a in attributions]
        self.cue_ends = [a.cue_end for a in attributions]
        self.ordered = cues_in_order(attributions)
        extents = [_extent(a) for a in attributions]
        self.end_max = list(accumulate((end for _, end in extents), max))  # the furthest end up to each one
        self.start_min = list(accumulate((start for start, _ in reversed(extents)), min))[::-1]  # from each one on
        self.floor = span[0]
        self.breaks = _clause_breaks(view, *span) if len(attributions) > 1 else []
        self.break_starts = [start for start, _ in self.breaks]
        self.break_ends = [end for _, end in self.breaks]

    def nearest(self, view: str, quote: Quote) -> Attribution:
        """What ``min`` by (across a clause break, distance) picks, the first on ties."""
        attributions = self.attributions
        if not self.ordered:
            return min(attributions, key=lambda a: (_across_clauses(view, quote, a, self.floor), _distance(quote, a)))
        size = len(attributions)
        before = bisect_right(self.cue_ends, quote.outer_start)  # [0, before): the cue ends before the quote
        after = max(bisect_left(self.cue_starts, quote.outer_end), before)  # [after, size): it starts after it
        for attribution in attributions[before:after]:  # overlapping the quote: distance 0, in text order
            if not _across_clauses(view, quote, attribution, self.floor):
                return attribution
        nearest = attributions[before] if before < after else min(
            attributions[max(before - 1, 0):min(after + 1, size)], key=lambda a: _distance(quote, a))
        left_break = bisect_right(self.break_ends, quote.outer_start) - 1  # the last break ending before the quote
        left_wall = self.breaks[left_break][0] if left_break >= 0 else None
        right_break = bisect_left(self.break_starts, quote.outer_end)  # the first break starting after it
        right_wall = self.breaks[right_break][1] if right_break < len(self.breaks) else None
        left, right = before - 1, after
        while True:
            if left >= 0 and left_wall is not None and self.end_max[left] <= left_wall:
                left = -1  # a break lies between the quote and every attribution left on this side
            if right < size and right_wall is not None and self.start_min[right] >= right_wall:
                right = size
            if left < 0 and right >= size:
                return nearest
            if right < size and (left < 0 or _distance(quote, attributions[right])[0] <=
                                 _distance(quote, attributions[left])[0]):  # after the quote first at a tie
                candidate, right = attributions[right], right + 1
            else:
                candidate, left = attributions[left], left - 1
            if not _across_clauses(view, quote, candidate, self.floor):
                return candidate


def _extent(attribution: Attribution) -> tuple[int, int]:
    """From the start to the end of an attribution's cue and source."""
    start, end = attribution.cue_start, attribution.cue_end
    if attribution.source_start is not None:
        start, end = min(start, attribution.source_start), max(end, attribution.source_end)
    return start, end


def _clause_breaks(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clause breaks (:data:`_CLAUSE_BREAK`) of ``view`` starting in ``[start, end)``: any of them lying
    between a quote and an attribution is found there by :func:`_across_clauses` too."""
    found = []
    for match in _CLAUSE_BREAK.finditer(view, start):
        if match.start() >= end:
            break
        found.append(match.span())
    return found


def _distance(quote: Quote, attribution: Attribution) -> tuple[int, int]:
    if attribution.cue_end <= quote.outer_start:
        return quote.outer_start - attribution.cue_end, 1
    if attribution.cue_start >= quote.outer_end:
        return attribution.cue_start - quote.outer_end, 0
    return 0, 0


_CLAUSE_BREAK = re.compile(r";|,\s*(?:%s)\b" % "|".join(ordered_words("clause_break_words")))


def _across_clauses(view: str, quote: Quote, attribution: Attribution, floor: int = 0) -> bool:
    """Whether a clause break (";", ", while", ", but"...) separates the quote from the attribution's cue
    or source: "X said the plans risked "...", while Y warned ..." gives the quote to X. So does the closing
    dash of an aside holding the attribution (:func:`_in_dash_aside`; ``floor``: where its sentences start)."""
    start = min(attribution.cue_start, attribution.source_start if attribution.source_start is not None else
                attribution.cue_start)
    end = max(attribution.cue_end, attribution.source_end if attribution.source_end is not None else attribution.cue_end)
    if end <= quote.outer_start:
        between = view[end:quote.outer_start]
        if _SPACED_DASH in between and _in_dash_aside(view, between, floor, start):
            return True
    elif start >= quote.outer_end:
        between = view[quote.outer_end:start]
    else:
        return False
    return _CLAUSE_BREAK.search(between) is not None


_SPACED_DASH = " - "  # a dash set off by spaces (the view writes an em or en dash as "-"), not a hyphen


def _in_dash_aside(view: str, between: str, floor: int, start: int) -> bool:
    """Whether an attribution before a quote lies inside a dash aside that closes before the quote: a spaced dash
    opens before it in its sentences (from ``floor``) and an odd number of them stand ``between`` it and the
    quote ("X commented - which the BBC noted as unusual - "..."": the BBC's cue is no attribution of the quote;
    "X said - as reported by Y - "..."": two dashes between, X's stays)."""
    return between.count(_SPACED_DASH) % 2 == 1 and view.find(_SPACED_DASH, floor, start) >= 0


_SENTENCE_ENDS = (".", "?", "!")


def inherit_attributions(article: Article, quotes: list[Quote]) -> None:
    """Unattributed quotes borrow from their group, a bare attribution opening the next sentence
    (:func:`~analysis.quotes.nearby.attributed_after`), their paragraph (the nearest attributed quote before, else
    the next with a cue of its own), the sentence before ending with a colon, the paragraph before (its last
    quote's attribution), or the reported speech of the sentence before (:mod:`analysis.quotes.nearby`). A partial
    quote without a cue of its own borrows only from its paragraph (``She announced the inquiry. She directed six
    committees to "..."``): woven into the reporter's sentence, it continues no quote in the next sentence or
    paragraph and none continues it. A quote still unattributed is kept when it has ``UNATTRIBUTED_MIN_WORDS``
    words and, in single marks, is a whole sentence (not a gloss: ``Kusiilay, 'the language of the people of
    Essil', is the name ...``)."""
    view, sentences = article.view, article.sentences
    by_group: dict[int, Attribution] = {}
    for quote in quotes:
        if quote.attribution is not None and quote.group not in by_group:
            by_group[quote.group] = quote.attribution
    for quote in quotes:
        if quote.attribution is None and quote.group in by_group:
            quote.attribution = by_group[quote.group]
    next_own: list[Quote | None] = [None] * len(quotes)  # the next quote with a cue of its own
    following = None
    for position in range(len(quotes) - 1, -1, -1):
        next_own[position] = following
        if quotes[position].own_attribution:
            following = quotes[position]
    paragraph_starts: dict[int, int] = {}
    for sentence in sentences:
        paragraph_starts.setdefault(sentence.paragraph, sentence.start)
    last_of_paragraph: dict[int, Quote] = {}
    paragraph, latest = None, None  # the latest attribution among this paragraph's quotes so far
    for position, quote in enumerate(quotes):
        if quote.paragraph != paragraph:
            paragraph, latest = quote.paragraph, None
        if quote.attribution is None and quote.kind != "direct":
            quote.attribution = latest  # woven into the reporter's sentence: only the paragraph's speaker
        elif quote.attribution is None:
            later = next_own[position]
            quote.attribution = (
                attributed_after(view, sentences, quote.last_sentence, quote.outer_end)
                or latest
                or (later.attribution if _continued_by(quote, later, sentences) else None)
                or _from_colon(view, quote, sentences)
                or _from_previous_paragraph(quote, sentences, paragraph_starts, last_of_paragraph)
            )
            if quote.attribution is None:
                quote.attribution = reported_before(article, first_sentence=quote.first_sentence, paragraph=paragraph,
                                                    quote_start=quote.outer_start, quoted_paragraphs=last_of_paragraph)
                quote.reported_before = quote.attribution is not None
        if quote.attribution is not None:
            latest = quote.attribution
        if quote.attribution is not None or quote.kind == "direct":
            last_of_paragraph[quote.paragraph] = quote
    quotes[:] = [
        q for q in quotes
        if q.attribution is not None or _kept_unattributed(view, q)
    ]


def _kept_unattributed(view: str, quote: Quote) -> bool:
    """Whether a quote no attribution reaches still counts: ``UNATTRIBUTED_MIN_WORDS`` words, and in single
    marks (which glosses, terms and titles share) a whole sentence: a capital first, ``.?!`` last."""
    if word_count(view, quote.start, quote.end) < UNATTRIBUTED_MIN_WORDS:
        return False
    content = view[quote.start:quote.end].rstrip('" ')
    return not quote.single or (content[:1].isupper() and content.endswith(_SENTENCE_ENDS))


def _continued_by(quote: Quote, later: Quote | None, sentences: Sequence[Sentence]) -> bool:
    """Whether an unattributed quote is spoken by ``later``, the next quote with a cue of its own: a direct quote
    of its paragraph in the same or the next sentence (``"We won." "It was hard," she added.``), while the quote's
    own sentences hold no cue without a source (a source gone unfound names the quote's speaker there: ``X, of
    PG&E, said "..."``). Not a quote several sentences on, nor a partial one, which the text may give to another
    person it has moved on to (``... "offensive". ... Trump called it a "terrible event"``)."""
    if later is None or later.paragraph != quote.paragraph or later.kind != "direct" \
            or later.first_sentence > quote.last_sentence + 1:
        return False
    return not any(attribution.source is None for index in range(quote.first_sentence, quote.last_sentence + 1)
                   for attribution in sentences[index].attributions)


def _from_colon(view: str, quote: Quote, sentences: Sequence[Sentence]) -> Attribution | None:
    """``Lavrov said:`` ending the sentence or paragraph before an unattributed quote."""
    index = quote.first_sentence - 1
    if index < 0 or not sentences:
        return None
    previous = sentences[index]
    if not view[previous.start:previous.end].rstrip().endswith(":"):
        return None
    with_source = [a for a in previous.attributions if a.source is not None]
    return with_source[-1] if with_source else None


def _from_previous_paragraph(
    quote: Quote, sentences: Sequence[Sentence], paragraph_starts: Mapping[int, int],
    last_of_paragraph: Mapping[int, Quote],
) -> Attribution | None:
    """A paragraph opening with a quote continues the speaker of the previous paragraph's last quote."""
    if not sentences or quote.first_sentence >= len(sentences):
        return None
    if quote.outer_start != paragraph_starts[quote.paragraph]:
        return None
    previous = last_of_paragraph.get(quote.paragraph - 1)
    return previous.attribution if previous is not None else None


def adopt_parsed(
    quotes: Sequence[Quote], sentences: Sequence[Sentence], found: Sequence[Attribution | None]
) -> list[Attribution]:
    """Give each quote the attribution the parse found for it (others keep the rules'); the rules'
    attributions replaced are returned (they are used, not indirect speech)."""
    starts = [sentence.start for sentence in sentences]
    replaced = []
    for quote, parsed in zip(quotes, found):
        if parsed is None or not sentences:
            continue
        if quote.attribution is not None and quote.attribution != parsed:
            replaced.append(quote.attribution)
        quote.attribution = parsed
        sentences[sentence_at(starts, parsed.cue_start)].attributions.append(parsed)
    return replaced


# ---------------------------------------------------------------------------
# Subjects: "X opposed the plan and said ...", "X defended it, "...""
# ---------------------------------------------------------------------------

_COORDINATORS = words("subject_coordinators")


def with_subject(article: Article, sentence: Sentence, attribution: Attribution) -> Attribution:
    """A cue after "and"/"but", or a participle after a comma ("..., saying", "..., writing that"),
    without a source of its own takes the sentence's subject."""
    if attribution.source is not None or attribution.lemma == "according to":
        return attribution
    tokens = sentence.tokens
    index = token_index(tokens, attribution.cue_start)
    previous = index - 1
    while previous >= 0 and tokens[previous].kind == "word" and tokens[previous].lower in ADVERBS:
        previous -= 1
    participle = tokens[index].lower.endswith("ing") and previous >= 0 and tokens[previous].text == ","
    if previous < 0 or (tokens[previous].lower not in _COORDINATORS and not participle):
        return attribution
    found = subject(article, sentence, before=attribution.cue_start)
    if found is None:
        return attribution
    return replace(attribution, source_start=found[0], source_end=found[1], source=article.text[found[0]:found[1]])


def subject_fallback(article: Article, quotes: Sequence[Quote], cues: SpeechCues) -> None:
    """A direct quote set off by ``,`` or ``:`` in a sentence without a cue is the subject's: ``X defended it, "..."``;
    after a colon that closes the introduction of a document (``The palace issued the following statement: "..."``)
    it is the source of whoever put it out, mentioned or not (:func:`~analysis.quotes.issuers.introducing_source`)."""
    sentences, view, text = article.sentences, article.view, article.text
    for quote in quotes:
        if quote.attribution is not None or quote.kind != "direct" or not sentences:
            continue
        sentence = sentences[quote.first_sentence]
        before = view[sentence.start:quote.outer_start].rstrip()
        if not before or not before.endswith((",", ":")):
            continue
        found_subject = subject(article, sentence, before=quote.outer_start, after_opening=True) \
            or (introducing_source(article, sentence, quote.outer_start, cues) if before.endswith(":") else None)
        if found_subject is None:
            continue
        s_start, s_end = found_subject
        found = Attribution(quote.outer_start, quote.outer_start, "", "", s_start, s_end, text[s_start:s_end])
        sentence.attributions.append(found)
        quote.attribution = found
        quote.own_attribution = True
