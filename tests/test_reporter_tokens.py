"""The reporter's tokens (analysis.quotes.reporter_tokens) and Punkt's cached tokens (analysis.text.punkt_token).

Both exist for speed, so each is checked against the plain way of getting the same answer.
"""
from __future__ import annotations

import random
import re

from nltk.tokenize.punkt import PunktSentenceTokenizer

from analysis.paths import SEEDS
from analysis.quotes.reporter_tokens import ViewTokens, plain_tokens, tokenize_reporter_text
from analysis.text.normalization import normalize
from analysis.text.sentences import news_sentence_tokenizer

TEXT = normalize(
    'U.S. officials met Dr. Smith in Washington. "We agree," he said.The end... of it\'s l\'Humanit\u00e9 '
    "'quoted' word. J. R. R. Tolkien wrote 3.5 books (e.g. two) at 6 a.m.; Mrs. Jones left. _x_ \u201cyes\u201d."
)


def test_a_range_slices_the_view_tokens_like_tokenising_it_alone() -> None:
    tokens = ViewTokens(TEXT)
    rng = random.Random(0)
    ranges = [(0, len(TEXT)), (0, 0), (5, 5)] + [tuple(sorted(rng.sample(range(len(TEXT) + 1), 2))) for _ in range(500)]
    for start, end in ranges:  # many edges cut a word ("offi|cials"), where the range is tokenised alone
        assert tokens.between(start, end) == plain_tokens(TEXT, start, end), (start, end, TEXT[start:end])


def test_the_view_tokens_are_the_plain_tokens_of_real_news(wikinews_texts: list[str]) -> None:
    for text in [TEXT, "", " . ", "End.", "U.S.", *wikinews_texts]:  # built column by column, split at final periods
        view = normalize(text)
        tokens = ViewTokens(view)
        assert tokens.tokens == plain_tokens(view, 0, len(view)) == tokens.between(0, len(view))
        assert len(tokens.first) == len(tokens.ends) + 1 and tokens.first[-1] == len(tokens.tokens)
        matches = len(tokens.first) - 1  # each match's first token starts where the match starts
        assert [tokens.tokens[index].start for index in tokens.first[:-1]] == tokens.starts[:matches]


def test_words_keep_the_period_of_abbreviations_and_initials_only() -> None:
    texts = [(token.text, token.kind) for token in plain_tokens(TEXT, 0, len(TEXT))]
    assert ("U.S.", "word") in texts and ("Dr.", "word") in texts and ("J.", "word") in texts
    assert ("Washington", "word") in texts and (".", "punct") in texts and ("Washington.", "word") not in texts
    smith = next(token for token in plain_tokens(TEXT, 0, len(TEXT)) if token.text == "Smith")
    assert (smith.lower, smith.capitalized) == ("smith", True)


def test_quoted_passages_become_one_token_and_ranges_reuse_the_view() -> None:
    quoted = [(m.start(), m.end()) for m in re.finditer(r'"[^"]*"', TEXT)]
    sentence = (TEXT.index('"We'), TEXT.index("The end"))
    tokens = tokenize_reporter_text(TEXT, *sentence, quoted)
    assert [(token.kind, token.text) for token in tokens][:3] == [("quote", '"We agree,"'), ("word", "he"), ("word", "said")]
    assert tokenize_reporter_text(TEXT, 0, len(TEXT), quoted)[0].text == "U.S."


def test_cached_punkt_tokens_split_like_nltks_own() -> None:
    ours = news_sentence_tokenizer()
    reference = PunktSentenceTokenizer(ours._params, lang_vars=ours._lang_vars)  # nltk's PunktToken
    texts = [TEXT, *(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))]
    texts += ["Mr. A. B. Smith arrived at 5 p.m. He left... Then? No. 5 was it! ...and I. Q. test 1. Next."]
    for text in texts:
        for paragraph in normalize(text).split("\n\n"):
            assert list(ours.span_tokenize(paragraph)) == list(reference.span_tokenize(paragraph))
