"""News-aware tone: the word right after "less" is denied, as VADER denies the word after "least".

VADER turns the valence of a rated word right after "least" as after "not"
("the least helpful answer"), but reads "less" only as a booster that trims
the word after it a little, so "viewers report feeling less relaxed, less
happy", "the stars were less than spectacular", "the economy may be less
than exuberant" score as praise. A comparison downwards denies the quality
it names, as "least" does; and "no less magical", "nothing less than
spectacular" affirm it (VADER's own negation of "no" and "nothing" is turned
back). So the rated word right after a word of
``lexicon/lessening_degree_words.txt``, or right after its "than" ("less
than perfect"), is turned as VADER turns the word after "least" (valence
times -0.74), once, on top of VADER's own rules (the booster's trim stays).
Left alone: "more or less" (an approximation: "more or less the way"), the
degree word ending a clause ("cost less, and ..."), and a rated word further
on ("less of a good thing": VADER's "least" reaches no further either).
The lexicon word counts are unchanged (they have no rules).
Measured on the human ratings of Hutto & Gilbert (2014) by
``validation/validate_sentiment.py``.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Any, Sequence

from analysis.sentiment.countering import token_words
from analysis.sentiment.occurrences import CLAUSE_BREAK, case_forms, present_occurrences
from analysis.sentiment.vader import TokenScores, scored_tokens, with_turned
from analysis.text import lexicon

_DEGREE_WORDS = lexicon.words("lessening_degree_words")
_FORMS = case_forms(_DEGREE_WORDS)
_THAN = "than"  # "less than perfect": the word compared comes after it
_APPROXIMATION = "or"  # "more or less": no comparison downwards


def lessening_spans(
    view: str, sentences: Sequence[tuple[int, int]], vocabulary: frozenset[str]
) -> dict[int, list[tuple[int, int]]]:
    """The character spans in ``view`` of the lessening degree words, by sentence index (sentences without any left
    out). ``sentences`` are the sentences' spans in ``view``, in order; ``vocabulary`` the article's distinct tokens
    as written (:attr:`analysis.text.document.Document.vocabulary`)."""
    return present_occurrences(view, sentences, vocabulary, _FORMS)


def with_lessened(
    engine: Any, scored: TokenScores, sentence: str, start: int, spans: Sequence[tuple[int, int]]
) -> TokenScores:
    """``scored`` (the :meth:`Analyzer.score_tokens` of ``sentence``, which starts at ``start`` in the article's view)
    with the valence of the rated word each lessening degree word (at ``spans``, offsets in the view) compares turned
    as after "least" (see the module doc). Unchanged when no valence moves, or when VADER rewrote the text (emoji)."""
    found = scored_tokens(engine, scored, sentence, start) if spans else None
    if found is None:
        return scored
    text, tokens, token_starts, _ = found
    lowers = token_words(text, tokens)
    valences = scored.valences
    turned = set()
    for lo, _ in spans:
        at = bisect_right(token_starts, lo) - 1  # the token holding the degree word, if the token is the word
        compared = _compared_word(text, tokens, lowers, at, len(valences))
        if compared is not None and valences[compared]:
            turned.add(compared)
    return with_turned(engine, scored, turned)


def _compared_word(
    text: str, tokens: Sequence[tuple[int, int]], lowers: Sequence[str], at: int, n_valences: int
) -> int | None:
    """The token the degree word at token ``at`` compares: the next one, or the one after its "than"; None when the
    token is no degree word, ends a clause, follows "more or", or nothing follows it in its clause."""
    if at < 0 or lowers[at] not in _DEGREE_WORDS or (at and lowers[at - 1] == _APPROXIMATION):
        return None
    compared = at + 1
    if text[tokens[at][1] - 1] in CLAUSE_BREAK:
        return None
    if compared < n_valences and lowers[compared] == _THAN:
        if text[tokens[compared][1] - 1] in CLAUSE_BREAK:
            return None
        compared += 1
    return compared if compared < n_valences else None
