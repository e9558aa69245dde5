"""News-aware tone: "too" before a word says it is more than is right.

"Costs would be too high", "too many bridges need repairs", "all too eager to
settle", "$74,000 seems too generous": the degree word of excess says what
follows is a fault. VADER has no rating for "too" (nor for "overly"), so
these score neutral ("too little", "too far", "too high") or on the tone
of the word alone ("too generous"); the human coders of the VADER ground
truth rated them negative. So a word of ``lexicon/excess_degree_words.txt``
gets the valence :data:`EXCESS_VALENCE`, the rating VADER's lexicon gives
"overreact" (-1.0), the rated word closest to "do too much"; "but" moves it
as VADER moves every valence (halved before the first "but", raised by half
after it). The word after it keeps its own valence: in chat and reviews
"too kind", "too funny" is praise (turning it cost the tweets of the ground
truth more than it gained on the editorials).

"Too" meaning "also" is left alone: one ending a clause ("Here, too, the
city ...", "... and fried bananas, too."), or followed by a verb form that
starts a predicate ("she too was arrested": ``lexicon/be_forms.txt``,
``have_forms.txt``, ``do_forms.txt``, ``modal_verbs.txt``) or by a
conjunction (``list_conjunctions.txt``: "Rome too and Milan"), or by no word
or an opening bracket ("in the school too [like ...]"); and one right after a
subject pronoun ("he too suggested": ``lexicon/subject_pronouns.txt``).
A capitalised "Too" inside a sentence is part of a title ("The Man Who Knew
Too Much") and is left alone too. Nor does the rule fire under a negation
in the four tokens before the word, within its clause ("not too late",
"didn't have to do too many": VADER's negations, any word with "n't").
The lexicon word counts are unchanged (they have no rules).
Measured on the human ratings of Hutto & Gilbert (2014) by
``validation/validate_sentiment.py``.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Any, Sequence


from analysis.sentiment.occurrences import CLAUSE_BREAK, case_forms, present_occurrences
from analysis.sentiment.vader import TokenScores, negation, scored_tokens
from analysis.text import lexicon

EXCESS_VALENCE = -1.0  # VADER's rating of "overreact"
EXCESS_WORDS = lexicon.words("excess_degree_words")  # the degree words of excess
_WORD_FORMS = case_forms(EXCESS_WORDS)
_ALSO_BEFORE = (lexicon.words("be_forms") | lexicon.words("have_forms") | lexicon.words("do_forms")
                | lexicon.words("modal_verbs") | lexicon.words("list_conjunctions"))
_SUBJECTS = lexicon.words("subject_pronouns")
_NEGATION_REACH = 4  # tokens before the degree word that can negate it ("not too", "didn't have to do too many")
_CLAUSE_END = ",;:.!?)\"'\u201d\u2019-"  # what ends a "too" that means "also" ("too,", "too.", "too'')
_PUNCTUATION = "\"'()[]{}.,;:!?*-\u2018\u2019\u201c\u201d"


def excess_spans(
    view: str, sentences: Sequence[tuple[int, int]], vocabulary: frozenset[str]
) -> dict[int, list[tuple[int, int]]]:
    """The character spans in ``view`` of the excess degree words, by sentence index (sentences without any left out).
    ``sentences`` are the sentences' spans in ``view``, in order; ``vocabulary`` the article's distinct tokens as
    written (:attr:`analysis.text.document.Document.vocabulary`)."""
    return present_occurrences(view, sentences, vocabulary, _WORD_FORMS)


def with_excess(engine: Any, scored: TokenScores, sentence: str, start: int, spans: Sequence[tuple[int, int]]) -> TokenScores:
    """``scored`` (the :meth:`Analyzer.score_tokens` of ``sentence``, which starts at ``start`` in the article's view)
    with each excess degree word (at ``spans``, offsets in the view) that reads as excess given the valence
    :data:`EXCESS_VALENCE` (see the module doc). Unchanged when none reads as excess, or when VADER rewrote the text
    (emoji)."""
    found = scored_tokens(engine, scored, sentence, start) if spans else None
    if found is None:
        return scored
    text, tokens, token_starts, _ = found
    valences = list(scored.valences)
    if len(valences) != len(tokens):
        return scored
    lowers = [text[lo:hi].strip(_PUNCTUATION).lower() for lo, hi in tokens]
    changed = False
    for lo, hi in spans:
        at = bisect_right(token_starts, lo) - 1  # the token holding the word, if the token is the word
        if at < 0 or lowers[at] not in EXCESS_WORDS or not _reads_as_excess(text, tokens, lowers, at):
            continue
        valences[at] = EXCESS_VALENCE * but_factor(lowers, at)
        changed = True
    if not changed:
        return scored
    return TokenScores(engine.scores_of(valences, text), text, valences, scored.counts)


def _reads_as_excess(text: str, tokens: Sequence[tuple[int, int]], lowers: Sequence[str], at: int) -> bool:
    """Whether the degree word at token ``at`` says "more than is right": a word follows it in its clause, that word
    starts no predicate and is no conjunction ("too was", "too and": "also"), no subject pronoun stands right before it
    ("he too"), it is lower case unless it opens the sentence (not "Knew Too Much"), and no negation stands in the four
    tokens before it, within its clause."""
    if at + 1 >= len(tokens) or text[tokens[at][1] - 1] in _CLAUSE_END or not text[tokens[at + 1][0]].isalpha():
        return False
    if at and not text[tokens[at][0]].islower():
        return False
    if lowers[at + 1] in _ALSO_BEFORE or (at and lowers[at - 1] in _SUBJECTS):
        return False
    for before in range(at - 1, max(-1, at - 1 - _NEGATION_REACH), -1):
        if text[tokens[before][1] - 1] in CLAUSE_BREAK:
            break  # "I don't travel far, it is too much hassle": the negation is in another clause
        if negation(lowers[before]):
            return False
    return True


def but_factor(lowers: Sequence[str], at: int) -> float:
    """What VADER's "but" rule does to a valence at token ``at``: 0.5 before the first "but", 1.5 after it."""
    if "but" not in lowers:
        return 1.0
    return 0.5 if at < lowers.index("but") else 1.5
