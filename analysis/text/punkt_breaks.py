"""Punkt's test of a candidate sentence break, with the plain cases answered before Punkt tokenises.

nltk's Punkt finds each ``.``, ``?`` or ``!`` that may end a sentence and asks
:meth:`~nltk.tokenize.punkt.PunktSentenceTokenizer.text_contains_sentbreak`
about its context (the word before, the mark, what follows): it word-tokenises
the context, annotates the tokens in two passes and reports a break when a
token other than the last is marked as one. Two shapes of context are marked
whatever the words are, by Punkt's own rules, and most candidates in news have
one of them:

* **A question or exclamation mark followed by punctuation or by a word.**
  Punkt's word tokenizer ends every token before such a mark (it is one of its
  non-word characters) and makes the mark a token of its own when punctuation or
  whitespace follows; the first pass marks that token a break (it is a sentence-end
  character) and the second pass only revisits tokens ending in a period; a token
  follows it.
* **A word of two or more letters and a period, then punctuation or a word**
  (``said. The``), the word not a known abbreviation. The word and its period are
  one token; the first pass marks it a break (period-final, not an abbreviation,
  not an ellipsis); the second pass keeps the break, since it reverts one only for
  a known collocation (this tokenizer has none), an initial (one letter) or a
  number; a token follows it.

:class:`NewsPunktTokenizer` answers these shapes with one regular expression
and hands every other context to Punkt, so every boundary is still Punkt's
(``tests/test_punkt_breaks.py`` checks the shortcut against Punkt on the
shipped corpora).
"""
from __future__ import annotations

import re
from typing import Any

from nltk.tokenize.punkt import PunktSentenceTokenizer


class NewsPunktTokenizer(PunktSentenceTokenizer):
    """Punkt's sentence tokenizer with its break test short-cut for the plain contexts (see the module)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        non_word = self._lang_vars._re_non_word_chars  # Punkt's own class of characters that end a word
        marks = "".join(re.escape(char) for char in self._lang_vars.sent_end_chars if char != ".")
        self._mark_break = re.compile(rf"[{marks}](?:{non_word}|\s+\S)")
        self._word_break = re.compile(rf"([^\W\d_]{{2,}})\.(?:{non_word}|\s+\S)")

    def text_contains_sentbreak(self, text: str) -> bool:
        """Punkt's answer: whether ``text`` holds a sentence break before its last token."""
        return self.plain_break(text) or super().text_contains_sentbreak(text)

    def plain_break(self, text: str) -> bool:
        """Whether ``text`` has one of the two shapes Punkt always breaks (False: ask Punkt)."""
        if self._params.collocations:
            return False  # a trained collocation could revert a period's break
        if self._mark_break.search(text):
            return True
        word = self._word_break.match(text)
        return word is not None and word.group(1).isalpha() and word.group(1).lower() not in self._params.abbrev_types
