"""Punkt's patterns without nltk's per-call time limit (analysis.text.sentences): the same boundaries as with it.

The sentence splitter compiles nltk's own Punkt patterns with the ``regex`` engine nltk uses, without the
wall-clock guard ``nltk.redos`` arms on every call; each check compares it with nltk's guarded patterns.
"""
from __future__ import annotations

import pickle

import pandas as pd
from nltk.tokenize.punkt import PunktLanguageVars, PunktSentenceTokenizer

from analysis.paths import SEEDS, SHARED_CORPUS
from analysis.text.normalization import normalize
from analysis.text.sentences import news_sentence_tokenizer, sentence_rules

EDGES = normalize(
    'U.S. officials met Dr. Smith in Washington. "We agree," he said.The end... of it\'s (Sent1.) Sent2. '
    "J. R. R. Tolkien wrote 3.5 books (e.g. two) at 6 a.m.; Mrs. Jones left. \u201cyes.\u201d No! Really?! "
    "Very bad acting!!! I promise. A list: 1. first -- 2. second.) ''Quoted.'' Next\u0964 \u0906\u0917\u0947. "
    "\u00bfQu\u00e9? \u00a1S\u00ed! Sr. P\u00e9rez lleg\u00f3. EE.UU. dijo."
)


class _GuardedNewsVars(PunktLanguageVars):
    """nltk's language variables as they come (every pattern under nltk.redos's timeout), the splitter's end marks."""

    sent_end_chars = (".", "?", "!", "\u0964")


def _paragraphs() -> list[str]:
    texts = [EDGES, *(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))]
    if SHARED_CORPUS.is_dir():  # every Wikinews article, read from its CSV files
        texts += [str(text) for path in sorted(SHARED_CORPUS.glob("*.csv")) for text in pd.read_csv(path)["text"].dropna()]
    return [paragraph for text in texts for paragraph in normalize(text).split("\n\n")]


def test_every_language_splits_like_nltks_guarded_patterns() -> None:
    paragraphs = _paragraphs()
    for lang in ("en", "es", "xx"):  # English, a language with word lists, punctuation only
        ours = sentence_rules(lang).tokenizer
        reference = PunktSentenceTokenizer(ours._params, lang_vars=_GuardedNewsVars())
        for paragraph in paragraphs:
            assert list(ours.span_tokenize(paragraph)) == list(reference.span_tokenize(paragraph)), (lang, paragraph)


def test_the_patterns_are_nltks_own() -> None:
    ours, guarded = news_sentence_tokenizer()._lang_vars, _GuardedNewsVars()
    assert ours.period_context_re().pattern == guarded.period_context_re().pattern
    assert ours._word_tokenizer_re().pattern == guarded._word_tokenizer_re().pattern
    assert ours.re_boundary_realignment.pattern == guarded.re_boundary_realignment.pattern
    assert type(ours.period_context_re()) is not type(guarded.period_context_re())  # not nltk's TimedPattern


def test_a_pickled_tokenizer_builds_its_patterns_again() -> None:
    ours = news_sentence_tokenizer()
    copy = pickle.loads(pickle.dumps(ours))
    assert list(copy.span_tokenize(EDGES)) == list(ours.span_tokenize(EDGES))
