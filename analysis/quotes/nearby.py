"""Attributions a quotation takes from the words around it when no cue of its own names a speaker.

* :func:`passive_cue` -- ``has been described as "..."``: a passive reporting
  verb right before a partial quote attributes it to a speaker the text does
  not name;
* :func:`reported_before` -- ``Smith said the plan failed.`` then ``"It was a
  disaster."``: a quote opening its sentence right after a report of someone's
  words is that speaker's;
* :func:`attributed_after` -- ``"It was a disaster." Smith said.``: a quote
  closing its sentence is the speaker of the bare attribution that opens the
  next one (the sentence ended inside the closing mark, cutting the quote from
  its attribution).

All are fallbacks of :mod:`analysis.quotes.step`, tried after the quote's own
sentence, its multi-paragraph group and its paragraph.
"""
from __future__ import annotations

import re
from typing import Collection, Sequence

from analysis.quotes.attribution import Attribution, Sentence
from analysis.quotes.context import Article
from analysis.quotes.indirect_speech import only_adjuncts_after
from analysis.quotes.reporter_tokens import token_index
from analysis.text.lexicon import words

_BE_FORMS = words("be_forms")
# Between a passive cue and the quote: "described as", "said that", "quoted:".
_PASSIVE_CUE_GAP = re.compile(r"\s+(?:as|that)\s*|\s*:?\s*")


def passive_cue(view: str, sentence: Sentence, quote_start: int) -> Attribution | None:
    """The sourceless cue of ``sentence`` right before the quote at ``quote_start`` (its opening mark) after a
    form of "be" (``was described as``, ``has been called``), else None."""
    for attribution in sentence.attributions:
        if attribution.source is not None or not attribution.cue or attribution.cue_end > quote_start:
            continue
        if not _PASSIVE_CUE_GAP.fullmatch(view, attribution.cue_end, quote_start):
            continue
        before = view[max(sentence.start, attribution.cue_start - 12):attribution.cue_start].split()
        if before and before[-1].lower() in _BE_FORMS:
            return attribution
    return None


def reported_before(
    article: Article, *, first_sentence: int, paragraph: int, quote_start: int, quoted_paragraphs: Collection[int],
) -> Attribution | None:
    """The report of someone's words in the sentence right before a quote that opens its sentence.

    The quote (opening mark at ``quote_start``, in sentence ``first_sentence`` of ``paragraph``) follows
    that sentence in its paragraph, or opens the next paragraph when the report's paragraph has no
    quotations (``quoted_paragraphs``: else its last quote's speaker continues). Not when another person
    is named after the source in the report ("Smith said Jones had failed"), nor when any other sentence
    stands between the report and the quote (the text moved on), nor for "according to X" (whose source
    ends where its clause begins, which a quote without a clause cannot tell).
    """
    sentences, view = article.sentences, article.view
    index = first_sentence - 1
    if index < 0 or view[sentences[first_sentence].start:quote_start].strip():
        return None
    last = sentences[index]
    if last.paragraph != paragraph and (last.paragraph != paragraph - 1 or last.paragraph in quoted_paragraphs):
        return None
    reports = [a for a in last.attributions if a.source is not None and a.cue and a.lemma != "according to"]
    if not reports:
        return None
    report = max(reports, key=lambda a: a.source_start)
    speakers = {m.actor_id for m in article.mentions.overlapping(report.source_start, report.source_end)}
    after = max(report.source_end, report.cue_end)
    others = [m for m in article.mentions.starting_in(after, last.end)
              if m.actor_type == "person" and (m.actor_id is None or m.actor_id not in speakers)]
    return None if others else report


def attributed_after(view: str, sentences: Sequence[Sentence], last_sentence: int, quote_end: int) -> Attribution | None:
    """The attribution of a bare ``X said.`` opening the sentence after a quote that closes its own.

    The quote (closing mark ending at ``quote_end``, in sentence ``last_sentence``) ends that sentence; the
    next sentence, in the same paragraph, holds no quotation and opens with a cue and its source, which only
    adjuncts follow (``Pelosi said.``, ``Smith said on Monday.``, ``said Smith in a statement.``): its words
    report nothing of their own, so they report the quote. Not ``Smith said the plan failed.``, which reports
    its own clause (the quote may be someone else's).
    """
    following = last_sentence + 1
    if following >= len(sentences) or view[quote_end:sentences[last_sentence].end].strip(" .") \
            or sentences[following].paragraph != sentences[last_sentence].paragraph:
        return None
    sentence = sentences[following]
    if not sentence.attributions or any(token.kind == "quote" for token in sentence.tokens):
        return None
    first = sentence.attributions[0]
    if first.source is None or first.borrowed or first.lemma == "according to" \
            or min(first.cue_start, first.source_start) != sentence.tokens[0].start:
        return None
    last = token_index(sentence.tokens, max(first.cue_end, first.source_end) - 1)
    return first if only_adjuncts_after(sentence.tokens, last + 1) else None
