"""News-aware tone: the rated words of a set phrase carry no tone.

VADER's raters scored words out of context, and VADER keeps a word's rating
in set phrases where it has lost that sense: "well" (+1.1) in "as well as",
"great" (+3.1) in "a great deal of" (not "a great deal", a bargain), "heart" (+3.2) in "at the heart of the
dispute", "favor" (+1.7) in "voted in favor of the bill", "interest" (+2.0)
in "interest rates", "grand" (+2.0) in "a grand jury indicted him", "crude"
(-2.7) in "crude oil", "gross" (-2.1) in "gross domestic product", "positive" (+2.6) and "negative" (-2.7) in
"tested positive for the virus", "a negative test" (a test's result: whether it found what it looked for). News
writes these connectives, prepositions and fixed names of things every day,
and they praise or blame nothing: the sentence's tone lies in its other
words. So every rated word of a phrase of ``lexicon/set_phrases.txt`` scores
0 there (VADER's own idiom check does the same for "kind of"). The phrase is
matched as written, in lower case or with its first letter or all letters in
capitals ("In favor of", "GRAND JURY"), as whole words; the same words
elsewhere ("did well", "a great speech", "a grand ballroom") keep their
rating. Measured on the human ratings of Hutto & Gilbert (2014) by
``validation/validate_sentiment.py``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Mapping, Sequence

from analysis.sentiment.occurrences import case_forms, occurrences
from analysis.text import lexicon


def _by_first_word(phrases: frozenset[str]) -> Mapping[str, frozenset[str]]:
    """Each form of each phrase (:func:`case_forms`), by its first word as a token writes it."""
    grouped: dict[str, set[str]] = {}
    for form in case_forms(phrases):
        grouped.setdefault(form.split(" ", 1)[0], set()).add(form)
    return {first: frozenset(forms) for first, forms in grouped.items()}


def _inner_words(form: str) -> frozenset[str]:
    """The words of a phrase ``form`` between two of its spaces that are runs of word characters: wherever the
    phrase stands in a view, each of them is one of the view's tokens (a run of word characters between spaces), so an
    article whose vocabulary lacks one holds no such phrase."""
    return frozenset(word for word in form.split(" ")[1:-1] if _WORD_RUN.fullmatch(word))


_WORD_RUN = re.compile(r"\w+")
_PHRASES = _by_first_word(lexicon.words("set_phrases"))
_INNER_WORDS = {form: _inner_words(form) for forms in _PHRASES.values() for form in forms}


def set_phrase_spans(
    view: str, sentences: Sequence[tuple[int, int]], vocabulary: frozenset[str]
) -> dict[int, list[tuple[int, int]]]:
    """The character spans in ``view`` of the set phrases, by sentence index (sentences without any left out): only
    the phrases whose first word the article's ``vocabulary`` holds (its distinct tokens as written) are looked for.
    ``sentences`` are the sentences' spans in ``view``, in order."""
    present = _present_phrases(vocabulary)
    return occurrences(view, sentences, present) if present else {}


@lru_cache(maxsize=8)
def _present_phrases(vocabulary: frozenset[str]) -> list[str]:
    """The forms of the set phrases whose first word and inner words (:func:`_inner_words`) ``vocabulary`` holds,
    remembered for the latest few articles (the sentiment step and the tone toward each mention ask for the same)."""
    return [form for first in _PHRASES.keys() & vocabulary for form in _PHRASES[first]
            if vocabulary.issuperset(_INNER_WORDS[form])]
