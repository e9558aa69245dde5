"""News-aware tone: a word rated for a sense news seldom uses carries no tone.

VADER's raters scored words out of context, so a word with a common neutral
sense in news carries the tone of another sense: "party" is rated +1.7 as a
celebration, but news writes of "party leaders", "the ruling party",
"both parties"; "hand" is rated +2.2 as help or applause, but news writes
"on the other hand", "in military hands", "out of hand", "hand over";
"interests" is rated as attention, but news writes "special interests",
"business interests"; "special" is rated as praise, but news writes "special
election", "special envoy", "special forces", "special effects". There the word praises nothing. So a word of
``lexicon/news_sense_words.txt`` scores 0 (the list gives each word's news
sense; a word whose tone is its topic, "war", "crisis", is not one: readers
rate those as harms). The capitalised words of a name ("Labour Party") are
already left to :mod:`analysis.sentiment.names`; this rule takes every form
("party", "Party", "PARTY"), so it also covers a name's first word and one-word uses.
Left alone: the rarer rated sense in news ("a birthday party", "gave a
marvelous party"), which no word list tells apart at this depth.
Measured on the human ratings of Hutto & Gilbert (2014) by
``validation/validate_sentiment.py``.
"""
from __future__ import annotations

from typing import Sequence

from analysis.sentiment.occurrences import case_forms, present_occurrences
from analysis.text import lexicon

_WORD_FORMS = case_forms(lexicon.words("news_sense_words"))


def sense_word_spans(
    view: str, sentences: Sequence[tuple[int, int]], vocabulary: frozenset[str]
) -> dict[int, list[tuple[int, int]]]:
    """The character spans in ``view`` of the words of ``lexicon/news_sense_words.txt``, by sentence index (sentences
    without any left out). ``sentences`` are the sentences' spans in ``view``, in order; ``vocabulary`` the article's
    distinct tokens as written (:attr:`analysis.text.document.Document.vocabulary`)."""
    return present_occurrences(view, sentences, vocabulary, _WORD_FORMS)
