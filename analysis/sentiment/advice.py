"""News-aware tone: a good word after a modal of advice recommends, it does not praise.

Editorials and quoted officials advise with set phrases built on good words:
"the agencies would do well to clarify the rules", "a candidate had better
mean it", "the council would be wiser to wait", "they might be better off
selling". VADER rates "well" (+1.1), "better" (+1.9), "best", "wise" (+2.1)
and "wiser" out of context, so advice, which says that what is done now falls
short, reads as praise; the human coders of the VADER ground truth rated such
sentences neutral or negative. So a word of ``lexicon/advice_good_words.txt``
right after a modal of ``lexicon/advice_modals.txt`` ("would", "should",
"could", "might", "had", or a token ending in "'d": "you'd better"), or after
such a modal and "do" or "be" ("would do well", "would be wise"), scores 0.
Left alone: the same words after "will", "can", "must" ("will be better", "can
do better") and anywhere else ("did well", "the best school"), and a modal
negated before the word ("would not be wise": a "not" between them breaks
the phrase, and VADER's negation turns the word).
Measured on the human ratings of Hutto & Gilbert (2014) by
``validation/validate_sentiment.py``.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Any, Sequence

from analysis.sentiment.occurrences import case_forms, present_occurrences
from analysis.sentiment.vader import TokenScores, scored_tokens, without_rated_tone
from analysis.text import lexicon

_WORDS = lexicon.words("advice_good_words")
_WORD_FORMS = case_forms(_WORDS)
_MODALS = lexicon.words("advice_modals")
_BETWEEN = lexicon.words("advice_linking_verbs")  # "would do well", "would be wise"
_PUNCTUATION = "\"'()[]{}.,;:!?*-\u2018\u2019\u201c\u201d"


def advice_spans(
    view: str, sentences: Sequence[tuple[int, int]], vocabulary: frozenset[str]
) -> dict[int, list[tuple[int, int]]]:
    """The character spans in ``view`` of the good words of advice, by sentence index (sentences without any left
    out). ``sentences`` are the sentences' spans in ``view``, in order; ``vocabulary`` the article's distinct tokens as
    written (:attr:`analysis.text.document.Document.vocabulary`)."""
    return present_occurrences(view, sentences, vocabulary, _WORD_FORMS)


def without_advised_good(
    engine: Any, scored: TokenScores, sentence: str, start: int, spans: Sequence[tuple[int, int]]
) -> TokenScores:
    """``scored`` (the :meth:`Analyzer.score_tokens` of ``sentence``, which starts at ``start`` in the article's view)
    with the good words at ``spans`` (offsets in the view) that follow a modal of advice given valence 0 (see the
    module doc). Unchanged when none does, or when VADER rewrote the text (emoji)."""
    found = scored_tokens(engine, scored, sentence, start) if spans else None
    if found is None:
        return scored
    text, tokens, token_starts, _ = found
    advised = []
    for lo, hi in spans:
        at = bisect_right(token_starts, lo) - 1  # the token holding the word, if the token is the word
        if at >= 1 and _lower(text, tokens[at]) in _WORDS and _after_modal(text, tokens, at):
            advised.append((lo, hi))
    return without_rated_tone(engine, scored, sentence, start, advised) if advised else scored


def _after_modal(text: str, tokens: Sequence[tuple[int, int]], at: int) -> bool:
    """Whether the token before ``at`` is a modal of advice, or "do"/"be" after one; no clause break between."""
    before = at - 1
    if _lower(text, tokens[before]) in _BETWEEN and before >= 1:
        before -= 1
    if text[tokens[before][1] - 1] in _PUNCTUATION:
        return False  # "..., well," or "had." : the phrase is broken
    word = text[tokens[before][0]:tokens[before][1]].lower()
    return word in _MODALS or (word.endswith("'d") and len(word) > 2)


def _lower(text: str, token: tuple[int, int]) -> str:
    """A token of ``text`` in lower case, without its punctuation."""
    return text[token[0]:token[1]].strip(_PUNCTUATION).lower()
