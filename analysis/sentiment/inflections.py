"""News-aware tone: a form of a rated verb that VADER's lexicon lacks carries the verb's tone.

VADER's lexicon has no stemming and rates some forms of a verb but not others: "save" (2.2) and "saved" (1.8) but
not "saving" or "saves", "destroy" and "destroyed" but not "destroys", "delay" and "delayed" but not "delays" or
"delaying". News writes every form ("immunization is saving two million lives a year", "the strike delays
flights"), and the human coders of the VADER ground truth rate the sentence by the verb whatever its form. So a
word VADER does not rate that is a regular form (-s, -es, -ed, -d, -ing, -ies, -ied, the -e dropped before -ing) of a
rated word the lexicon also holds as a verb (one of its -ed or -ing forms is rated: "save", "saved") gets that
word's valence, through VADER's own word rules (negation, boosters, capitals, "but"). Forms are derived from the
lexicon when first needed, not listed; none of a word the news-aware word lists already take as toneless
(:data:`analysis.sentiment.neutral_words.WORD_LISTS`: "increase" gives no "increases", "approve" no "approves"). The lexicon word counts are unchanged (they have no rules).
Measured on the human ratings of Hutto & Gilbert (2014) by ``validation/validate_sentiment.py``.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import Any, Mapping, Sequence

from analysis.sentiment.excess import but_factor
from analysis.sentiment.neutral_words import WORD_LISTS
from analysis.sentiment.occurrences import case_forms, present_occurrences
from analysis.sentiment.vader import TokenScores, analyzer, rated_valence, scored_tokens, vader_word
from analysis.text import lexicon


def regular_forms(word: str) -> set[str]:
    """The regular inflected forms of ``word`` as a verb or noun: -s/-es, -ed/-d, -ing (the -e dropped), -ies/-ied."""
    forms = {word + "s", word + "ed", word + "ing"}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    if word.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(word + "es")
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    return forms


def rated_as_verb(word: str, rated: Mapping[str, float]) -> bool:
    """Whether VADER's lexicon ``rated`` holds ``word`` as a verb: one of its -ed or -ing forms is rated."""
    return any(form in rated and form.endswith(("ed", "ing")) for form in regular_forms(word))


@lru_cache(maxsize=None)
def toneless_words() -> frozenset[str]:
    """The words the news-aware word lists take as toneless (:data:`analysis.sentiment.neutral_words.WORD_LISTS`)."""
    return frozenset().union(*(lexicon.words(name) for name in WORD_LISTS.values()))


@lru_cache(maxsize=None)
def inflections() -> dict[str, float]:
    """The forms VADER's lexicon lacks of the words it rates as verbs, with the rated word's valence; none of a word
    of the news-aware word lists (or one of whose forms is on them)."""
    rated = analyzer("vader").lexicon
    toneless = toneless_words()
    found: dict[str, float] = {}
    for word, value in rated.items():
        if len(word) < 3 or not word.isalpha() or word in toneless:
            continue
        forms = regular_forms(word)
        if not rated_as_verb(word, rated) or not toneless.isdisjoint(forms):
            continue  # not rated as a verb, or taken as toneless in news
        for form in forms:
            if form not in rated and form not in found:
                found[form] = value
    return found


@lru_cache(maxsize=None)
def _forms() -> frozenset[str]:
    return case_forms(inflections())


@lru_cache(maxsize=None)
def _lexicon_with_inflections() -> dict[str, float]:
    """VADER's lexicon (the same file for both methods) with :func:`inflections`."""
    return {**analyzer("vader").lexicon, **inflections()}


def inflection_spans(
    view: str, sentences: Sequence[tuple[int, int]], vocabulary: frozenset[str]
) -> dict[int, list[tuple[int, int]]]:
    """The character spans in ``view`` of the unrated forms of rated verbs, by sentence index (sentences without any
    left out). ``sentences`` are the sentences' spans in ``view``, in order; ``vocabulary`` the article's distinct
    tokens as written (:attr:`analysis.text.document.Document.vocabulary`)."""
    return present_occurrences(view, sentences, vocabulary, _forms())


def with_inflections(
    engine: Any, scored: TokenScores, sentence: str, start: int, spans: Sequence[tuple[int, int]]
) -> TokenScores:
    """``scored`` (the :meth:`Analyzer.score_tokens` of ``sentence``, which starts at ``start`` in the article's view)
    with each unrated form of a rated verb (at ``spans``, offsets in the view) given the valence VADER's rules would
    give it were it rated as its verb. Unchanged when no valence moves, or when VADER rewrote the text (emoji)."""
    return with_rated_forms(_lexicon_with_inflections(), inflections(), engine, scored, sentence, start, spans)


def with_rated_forms(
    lexicon: Mapping[str, float], own: Mapping[str, float],
    engine: Any, scored: TokenScores, sentence: str, start: int, spans: Sequence[tuple[int, int]],
) -> TokenScores:
    """``scored`` (the :meth:`Analyzer.score_tokens` of ``sentence``, which starts at ``start`` in the article's view)
    with each word of ``own`` (at ``spans``, offsets in the view) given the valence VADER's rules give it with
    ``lexicon`` (VADER's with ``own``), but an adverb in -ly that grades the word after it as VADER's boosters do
    (:func:`_grades_next`), which is left unrated. Unchanged when no valence moves, or when VADER rewrote the text
    (emoji)."""
    found = scored_tokens(engine, scored, sentence, start) if spans else None
    if found is None:
        return scored
    text, tokens, token_starts, offset = found
    valences = list(scored.valences)
    if len(valences) != len(tokens):
        return scored
    words = [vader_word(text[lo:hi]) for lo, hi in tokens]
    lowers = None
    changed = False
    for lo, hi in spans:
        at = bisect_right(token_starts, lo) - 1  # the token holding the form, if the token is the form
        if at < 0 or valences[at] or words[at].lower() not in own:
            continue
        if _grades_next(words, valences, at):
            continue  # a degree adverb: "fairly sure", "fairly frequently"
        lowers = lowers or [word.lower() for word in words]
        valences[at] = rated_valence(lexicon, words, at) * but_factor(lowers, at)
        changed = changed or bool(valences[at])
    if not changed:
        return scored
    return TokenScores(engine.scores_of(valences, text), text, valences, scored.counts)


def _grades_next(words: Sequence[str], valences: Sequence[float], at: int) -> bool:
    """Whether ``words[at]`` is an adverb in -ly that grades the next word as VADER's boosters do: a rated word
    ("fairly sure", "achingly beautiful") or another adverb in -ly ("fairly frequently", "fairly quickly"): it says
    how much, not how good."""
    if not words[at].lower().endswith("ly") or at + 1 >= len(words):
        return False
    return bool(valences[at + 1]) or words[at + 1].lower().endswith("ly")
