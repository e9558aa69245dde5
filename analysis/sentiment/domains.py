"""News-aware tone: a noun naming a field of public policy carries no tone.

VADER's raters scored the good a word names: "safety" +1.8, "security"
+1.4, "justice" +2.4. News uses these words to name a field of policy, its
agencies, budgets and debates: "public safety", "safety standards",
"national security", "security forces", "the criminal justice system",
"obstruction of justice", "an associate justice". There the word is the topic of the sentence, not a judgement of
it ("School bus safety is not taking a back seat" is no praise), as its
unrated siblings "health", "welfare", "education" and "aid" already are.
So a word of ``lexicon/policy_domain_words.txt`` scores 0; the sentence's
tone lies in its other words. Not in the list: "care", whose verb ("they
care about strangers", "didn't care at all") is as common in news as the
field ("health care"), and "relief", whose feeling ("relief for the
families") is as common as the field ("tax relief"); goods news reports as outcomes ("peace", "freedom");
harms named as topics ("crime", "war"), which readers rate as such. Left alone: the rarer uses of these words as a
judgement ("a sense of relief", "justice was done"), which no word list tells
apart at this depth.
Measured on the human ratings of Hutto & Gilbert (2014) by
``validation/validate_sentiment.py``.
"""
from __future__ import annotations

from typing import Sequence

from analysis.sentiment.occurrences import case_forms, present_occurrences
from analysis.text import lexicon

_WORD_FORMS = case_forms(lexicon.words("policy_domain_words"))


def domain_word_spans(
    view: str, sentences: Sequence[tuple[int, int]], vocabulary: frozenset[str]
) -> dict[int, list[tuple[int, int]]]:
    """The character spans in ``view`` of the words of ``lexicon/policy_domain_words.txt``, by sentence index
    (sentences without any left out). ``sentences`` are the sentences' spans in ``view``, in order; ``vocabulary`` the
    article's distinct tokens as written (:attr:`analysis.text.document.Document.vocabulary`)."""
    return present_occurrences(view, sentences, vocabulary, _WORD_FORMS)
