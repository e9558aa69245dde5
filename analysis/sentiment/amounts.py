"""News-aware tone: a word saying an amount went up or down carries no tone.

VADER's raters rated "increase" (+1.3), "growth" (+1.6), "expand" (+1.3) as
good news and "lower" (-1.2), "drop" (-1.1) as bad, out of context. News
reports figures with them: "an increase in rents", "increased spending on
prisons", "a growing deficit", "economic growth slowed", "a drop in sales",
"lowered interest rates", "a lower court ruled". Whether the change is good
lies in what changes (rents, deficits, crime, wages), which the sentence's
other words carry, not in its direction; the unrated siblings "rise",
"higher", "decline", "fell", "decrease" already score 0. So a word of
``lexicon/amount_change_words.txt`` scores 0. Left to VADER: a change that
is itself a benefit or a harm ("gain", "boost", "loss"), and "cut" and
"falling", read as often in other senses ("falling asleep").
Measured on the human ratings of Hutto & Gilbert (2014) by
``validation/validate_sentiment.py``.
"""
from __future__ import annotations

from typing import Sequence

from analysis.sentiment.occurrences import case_forms, present_occurrences
from analysis.text import lexicon

_WORD_FORMS = case_forms(lexicon.words("amount_change_words"))


def amount_word_spans(
    view: str, sentences: Sequence[tuple[int, int]], vocabulary: frozenset[str]
) -> dict[int, list[tuple[int, int]]]:
    """The character spans in ``view`` of the words of ``lexicon/amount_change_words.txt``, by sentence index
    (sentences without any left out). ``sentences`` are the sentences' spans in ``view``, in order; ``vocabulary`` the
    article's distinct tokens as written (:attr:`analysis.text.document.Document.vocabulary`)."""
    return present_occurrences(view, sentences, vocabulary, _WORD_FORMS)
