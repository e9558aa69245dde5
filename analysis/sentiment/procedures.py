"""News-aware tone: a word naming a formal act of an institution carries no tone.

VADER's raters rated "agreement" (+2.2), "approval" (+2.1), "approved"
(+1.8), "grant" (+1.5) and "granted" as goodwill, out of context. News reports
the steps of government, courts and business with them: "signed a trade
agreement", "the agreement expires in May", "needs the approval of the
council", "the plan was approved by regulators", "a $2 million federal
grant", "was granted bail", "the treaty was ratified". There the word names
a procedure or the document it issues, and whether it is good lies in what
it decides ("approved the closure of the hospital"), which the sentence's
other words carry; the unrated siblings "treaty", "deal", "contract",
"permit", "approve", "passed" already score 0. So a word of
``lexicon/procedure_words.txt`` scores 0, unless VADER read it as negated
("could not reach an agreement", "was not approved": a failed step is news of
a failure, and keeps VADER's turned tone). Left to VADER: words of a stance
or a feeling ("agree", "support", "endorse"), which say what someone thinks.
Measured on the human ratings of Hutto & Gilbert (2014) by
``validation/validate_sentiment.py``.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Any, Sequence

from analysis.sentiment.occurrences import case_forms, present_occurrences
from analysis.sentiment.vader import TokenScores, without_rated_tone
from analysis.text import lexicon

_WORD_FORMS = case_forms(lexicon.words("procedure_words"))


def procedure_word_spans(
    view: str, sentences: Sequence[tuple[int, int]], vocabulary: frozenset[str]
) -> dict[int, list[tuple[int, int]]]:
    """The character spans in ``view`` of the words of ``lexicon/procedure_words.txt``, by sentence index (sentences
    without any left out). ``sentences`` are the sentences' spans in ``view``, in order; ``vocabulary`` the article's
    distinct tokens as written (:attr:`analysis.text.document.Document.vocabulary`)."""
    return present_occurrences(view, sentences, vocabulary, _WORD_FORMS)


def without_procedure_tone(
    engine: Any, scored: TokenScores, sentence: str, start: int, spans: Sequence[tuple[int, int]]
) -> TokenScores:
    """``scored`` (the :meth:`Analyzer.score_tokens` of ``sentence``, which starts at ``start`` in the article's view)
    with the words at ``spans`` (offsets in the view) given valence 0 where they still carry VADER's positive rating; a
    word VADER read as negated ("could not reach an agreement", "was not approved") keeps its turned tone: a failed
    step is news of a failure. Unchanged when VADER rewrote the text (emoji)."""
    if not spans or scored.text != sentence.strip():
        return scored
    offset = start + len(sentence) - len(sentence.lstrip())
    token_starts = [lo + offset for lo, _ in engine.token_spans(scored.text)]
    kept = []
    for lo, hi in spans:
        at = bisect_right(token_starts, lo) - 1
        if 0 <= at < len(scored.valences) and scored.valences[at] > 0:
            kept.append((lo, hi))
    return without_rated_tone(engine, scored, sentence, start, kept) if kept else scored
