"""Punkt's break test short-cut (analysis.text.punkt_breaks): wherever it answers, Punkt answers the same."""
from __future__ import annotations

import random

import pandas as pd
import pytest
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from analysis.paths import SEEDS, SHARED_CORPUS
from analysis.text.normalization import normalize
from analysis.text.punkt_breaks import NewsPunktTokenizer
from analysis.text.sentences import sentence_rules


def _punkts_answer(tokenizer: NewsPunktTokenizer, context: str) -> bool:
    return PunktSentenceTokenizer.text_contains_sentbreak(tokenizer, context)


def _contexts(tokenizer: NewsPunktTokenizer) -> list[str]:
    """Every context Punkt tests on the seeds and the shared Wikinews articles (when present)."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    if SHARED_CORPUS.is_dir():
        texts += [str(text) for path in sorted(SHARED_CORPUS.glob("*.csv")) for text in pd.read_csv(path)["text"].dropna()]
    return [context for text in texts for paragraph in normalize(text).split("\n\n")
            for _match, context in tokenizer._match_potential_end_contexts(paragraph)]


@pytest.mark.parametrize("lang", ["en", "es", "xx"])
def test_the_short_cut_agrees_with_punkt_on_every_corpus_context(lang: str) -> None:
    tokenizer = sentence_rules(lang).tokenizer
    contexts = _contexts(tokenizer)
    answered = [context for context in contexts if tokenizer.plain_break(context)]
    assert len(answered) > len(contexts) / 2  # the short-cut is the common case
    assert all(_punkts_answer(tokenizer, context) for context in answered)


def test_the_short_cut_agrees_with_punkt_on_random_strings() -> None:
    tokenizer = sentence_rules("en").tokenizer
    rng = random.Random(8)
    alphabet = "aZ\u00e9x. ?!\n\"')(-,;:1\u0964\u00b2"
    strings = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10))) for _ in range(20_000)]
    answered = [text for text in strings if tokenizer.plain_break(text)]
    assert len(answered) > 1_000
    assert [text for text in answered if not _punkts_answer(tokenizer, text)] == []


@pytest.mark.parametrize("context", [
    "said.  The", "it. and", 'there."', "Why? He", "No! (he", "\u0906\u0917\u0947\u0964 \u0924\u094b",
])
def test_plain_contexts_are_answered_without_punkt(context: str) -> None:
    tokenizer = sentence_rules("en").tokenizer
    assert tokenizer.plain_break(context)
    assert _punkts_answer(tokenizer, context)


@pytest.mark.parametrize("context", ["Dr. Smith", "J. Smith", "3. Next", "etc. The", "U.S. The", "wait... Then", "said."])
def test_abbreviations_initials_numbers_and_endings_are_left_to_punkt(context: str) -> None:
    assert not sentence_rules("en").tokenizer.plain_break(context)


def test_a_tokenizer_with_collocations_always_asks_punkt() -> None:
    params = PunktParameters()
    params.collocations = {("said", "the")}
    tokenizer = NewsPunktTokenizer(params)
    assert not tokenizer.plain_break("said. The")
    assert tokenizer.text_contains_sentbreak("said. The") == _punkts_answer(tokenizer, "said. The")
