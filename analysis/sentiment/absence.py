"""News-aware tone: a negated harm is no praise.

VADER turns a rated word after a negation (valence times -0.74), so a negated
harm scores as praise: "pleaded not guilty to seven counts of homicide",
"expressed no regret for his sister's death", "not necessarily illegal",
"the vote, which is not binding", "did not anticipate catastrophe". News
reports the absence of a harm to say what did not happen, not to praise:
the sentence's tone lies in its other words. So a negative rated word that
VADER's rules turned positive (after "not", "no", "never", "without", a
word with "n't", and "hardly" or "scarcely" with
:mod:`analysis.sentiment.negators`) scores 0. A negated positive word keeps
VADER's negation ("not good" stays negative), and so does a harm whose denial
is a set phrase of praise or reassurance, a litotes ("not bad", "no
problem", "no worries": ``lexicon/litotes_words.txt``). A form of a rated verb that VADER lacks but
:mod:`analysis.sentiment.inflections` rates ("need not fear fires, delays") is a harm as its verb is. The lexicon
word counts are unchanged (they have no rules).
Measured on the human ratings of Hutto & Gilbert (2014) by
``validation/validate_sentiment.py``.
"""
from __future__ import annotations

import string
from typing import Any, Mapping

from analysis.sentiment.inflections import inflections
from analysis.sentiment.vader import TokenScores
from analysis.text import lexicon as word_lists

_PUNCTUATION = string.punctuation  # what VADER strips from a word's ends
_LITOTES = word_lists.words("litotes_words")


def without_negated_harm(engine: Any, scored: TokenScores) -> TokenScores:
    """``scored`` (an :meth:`Analyzer.score_tokens` result, other rules applied) with each negative rated word
    that VADER's negation turned positive (a form :mod:`analysis.sentiment.inflections` rates included), but a litotes
    ("not bad"), given valence 0. Unchanged when there is none, or when VADER rewrote the
    text (emoji: then the caller passes it unchanged too, see :func:`may_hold_negated_harm`)."""
    valences = scored.valences
    lexicon: Mapping[str, float] = engine.lexicon
    forms = inflections()
    tokens = engine.token_spans(scored.text)
    if len(tokens) != len(valences):
        return scored
    turned = []
    for index, value in enumerate(valences):
        if value > 0:
            lo, hi = tokens[index]
            word = scored.text[lo:hi]
            stripped = word.strip(_PUNCTUATION)
            lower = (stripped if len(stripped) > 2 else word).lower()
            if lexicon.get(lower, forms.get(lower, 0.0)) < 0 and lower not in _LITOTES:
                turned.append(index)
    if not turned:
        return scored
    changed = list(valences)
    for index in turned:
        changed[index] = 0.0
    return TokenScores(engine.scores_of(changed, scored.text), scored.text, changed, scored.counts)


def may_hold_negated_harm(scored: TokenScores) -> bool:
    """A cheap test: the text holds a negative lexicon word and a positive valence (else no word was turned)."""
    counts = scored.counts
    return scored.scores["pos"] > 0 and (counts is None or counts[2] > 0)
