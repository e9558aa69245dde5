"""News-aware tone: a word VADER's lexicon lacks that is derived from a word it rates carries that word's tone.

VADER's lexicon has no morphology: it rates "reckless" (-1.7) but not "recklessly", "unjust" but not "unjustly",
"funny" and "convincing" but not "unfunny" and "unconvincing", "safe" but not "unsafe". Editorials, reviews and
news write the derived words ("he had been held unjustly in prison", "the subways are increasingly unsafe"), and
the human coders of the VADER ground truth rate the sentence by them. Two regular derivations of a rated word that
is no verb in the lexicon (none of its -ed or -ing forms is rated: "like", "liked" give no "likely", "unlike") and
no word the news-aware word lists take as toneless:

- the adverb in -ly (-ily after a consonant and "y", -ly for -le, -ally for -ic) carries the word's valence
  ("recklessly", "nobly", "readily"), unless it is one of VADER's boosters or negators ("hardly"), or comes from a
  word rated 1 or weaker ("exclusive", "significant", "comprehensive": its adverb says how, not how good, "a lane
  exclusively for buses", "rose significantly"), or stands before a rated word or another adverb in -ly, which it
  grades as a booster does ("fairly sure", "achingly beautiful", "fairly frequently":
  :func:`analysis.sentiment.inflections.with_rated_forms`);
- "un-" before a good word denies it: the word's valence turned as VADER turns it after "not" ("unsafe",
  "unpopular", "unremarkable"); "un-" before a harm ("unharmed", "unbroken") is no praise, as a negated harm is
  none (:mod:`analysis.sentiment.absence`), and is left unrated.

The valences go through VADER's own word rules (negation, boosters, capitals, "but"), as those of
:mod:`analysis.sentiment.inflections` do. The lexicon word counts are unchanged (they have no rules). Measured on
the human ratings of Hutto & Gilbert (2014) by ``validation/validate_sentiment.py``.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Sequence

from vaderSentiment.vaderSentiment import BOOSTER_DICT, N_SCALAR, NEGATE

from analysis.sentiment.inflections import rated_as_verb, toneless_words, with_rated_forms
from analysis.sentiment.occurrences import case_forms, present_occurrences
from analysis.sentiment.vader import TokenScores, analyzer

_DENYING_PREFIX = "un"
_PREFIXES = ("un", "in", "im", "dis", "non")  # a word already denied by a prefix takes no second one
_MANNER_AT_MOST = 1.0  # the adverb of a word rated this or weaker says how, not how good ("exclusively for buses")


def adverb(word: str) -> str:
    """The adverb in -ly of the adjective ``word``: "noble" -> "nobly", "ironic" -> "ironically", "lazy" -> "lazily"."""
    if word.endswith("le"):
        return word[:-1] + "y"
    if word.endswith("ic"):
        return word + "ally"
    if word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ily"
    if word.endswith("ll"):
        return word + "y"
    return word + "ly"


@lru_cache(maxsize=None)
def derivations() -> dict[str, float]:
    """The -ly adverbs and "un-" denials VADER's lexicon lacks of the words it rates (none of a verb or of a word
    taken as toneless in news), with their valences."""
    rated = analyzer("vader").lexicon
    toneless = toneless_words()
    found: dict[str, float] = {}
    for word, value in rated.items():
        if len(word) < 4 or not word.isalpha() or word in toneless or rated_as_verb(word, rated):
            continue
        form = adverb(word)
        if abs(value) > _MANNER_AT_MOST and form not in rated and form not in BOOSTER_DICT and form not in NEGATE:
            found.setdefault(form, value)
        form = _DENYING_PREFIX + word
        if value > 0 and not word.startswith(_PREFIXES) and form not in rated:
            found.setdefault(form, value * N_SCALAR)
    return found


@lru_cache(maxsize=None)
def _forms() -> frozenset[str]:
    return case_forms(derivations())


@lru_cache(maxsize=None)
def _lexicon_with_derivations() -> dict[str, float]:
    """VADER's lexicon (the same file for both methods) with :func:`derivations`."""
    return {**analyzer("vader").lexicon, **derivations()}


def derivation_spans(
    view: str, sentences: Sequence[tuple[int, int]], vocabulary: frozenset[str]
) -> dict[int, list[tuple[int, int]]]:
    """The character spans in ``view`` of the unrated words derived from rated ones, by sentence index (sentences
    without any left out). ``sentences`` are the sentences' spans in ``view``, in order; ``vocabulary`` the article's
    distinct tokens as written (:attr:`analysis.text.document.Document.vocabulary`)."""
    return present_occurrences(view, sentences, vocabulary, _forms())


def with_derivations(
    engine: Any, scored: TokenScores, sentence: str, start: int, spans: Sequence[tuple[int, int]]
) -> TokenScores:
    """``scored`` (the :meth:`Analyzer.score_tokens` of ``sentence``, which starts at ``start`` in the article's view)
    with each unrated derived word (at ``spans``, offsets in the view) given its valence through VADER's rules.
    Unchanged when no valence moves, or when VADER rewrote the text (emoji)."""
    return with_rated_forms(_lexicon_with_derivations(), derivations(), engine, scored, sentence, start, spans)
