"""News-aware tone: the good words of a question assert nothing.

"Who says state lotteries are harmless fun?", "Is the short-term gain
really worth it?", "Will the new plan improve anything?": a question asks
about the good it names, or doubts it, and does not report it; in opinion
and quoted argument it is often a rhetorical doubt. VADER reads "fun",
"worth", "improve" as praise. The human coders of the VADER ground truth
rated questions in the editorials more negative than VADER's scores; so in
a sentence ending in a question mark (before any closing quotation mark)
the positive valences score 0. A harm a question names keeps its tone
("Why did the police fail to act?" is a complaint). Left alone: a
question inside a longer sentence that does not end with it.
Measured on the human ratings of Hutto & Gilbert (2014) by
``validation/validate_sentiment.py``.
"""
from __future__ import annotations

from typing import Any, Sequence

from analysis.sentiment.vader import TokenScores, scored_tokens, without_rated_tone

_CLOSERS = "\"')]\u201d\u2019 \t\n"  # what may follow a sentence's question mark
_SENTENCE_ENDS = ".!?"


def question_spans(
    view: str, sentences: Sequence[tuple[int, int]]
) -> dict[int, list[tuple[int, int]]]:
    """The spans of the sentences (by index) that end in a question mark, before any closing quotation mark or bracket.
    ``sentences`` are the sentences' spans in ``view``, in order."""
    if "?" not in view:
        return {}  # most articles ask nothing: no sentence is sliced
    return {index: [(start, end)] for index, (start, end) in enumerate(sentences)
            if view[start:end].rstrip(_CLOSERS).endswith("?")}


def without_asked_good(
    engine: Any, scored: TokenScores, sentence: str, start: int, spans: Sequence[tuple[int, int]]
) -> TokenScores:
    """``scored`` (the :meth:`Analyzer.score_tokens` of ``sentence``, which starts at ``start`` in the article's view)
    with its positive valences set to 0 (``spans``: the question's span; see the module doc). Unchanged when it has
    none, or when VADER rewrote the text (emoji)."""
    found = scored_tokens(engine, scored, sentence, start) if spans else None
    if found is None:
        return scored
    text, tokens, _, offset = found
    good: list[tuple[int, int]] = []
    for index, ((lo, hi), valence) in enumerate(zip(tokens, scored.valences)):
        if index + 1 < len(tokens) and text[lo:hi].rstrip(_CLOSERS)[-1:] in _SENTENCE_ENDS:
            good = []  # "Great! How old?": only the question itself, the last sentence of a text not split
            continue
        if valence > 0 and any(map(str.isalpha, text[lo:hi])):  # a word, not an emoticon (":)")
            good.append((lo + offset, hi + offset))
    return without_rated_tone(engine, scored, sentence, start, good) if good else scored
