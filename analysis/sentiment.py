"""Sentence sentiment with VADER, narration and quoted speech apart, and the ``sentiment`` step.

Every score is computed on :func:`analysis.text.normalize`'s view of the text,
so "weren’t good" is negated exactly like "weren't good" and a word in curly
quotes (“good”) is still a word; the stored text is never changed.

The step (see :mod:`analysis.steps`) adds one row per sentence to the
``sentiment`` table: VADER's ``compound, pos, neu, neg``; the sentence's
``voice`` (``narration``, ``quote`` or ``mixed``) with the compound of its
narration and of its quoted words scored apart; and the counts behind a
GDELT-like word-level tone (words, positive and negative lexicon words).
:func:`article_tone` aggregates these rows into the article columns.
"""
from __future__ import annotations

import math
from typing import Any, Mapping, Sequence

import pandas as pd

from analysis.steps import ArticleDoc
from analysis.text import QUOTE_MARKS, WORD_PATTERN, count_words, normalize, quote_spans
from analysis.vader import METHODS, analyzer, polar_words

TABLE = "sentiment"
DEFAULTS: dict[str, Any] = {
    "sentiment_method": "vader",  # "vader" (reference vaderSentiment) or "nltk" (nltk's port)
    "sentiment_threshold": 0.05,  # |compound| at or above which a sentence counts as positive/negative
}
SCORE_COLUMNS = ["compound", "pos", "neu", "neg"]
COLUMNS = [
    "doc_id", "sent_id", *SCORE_COLUMNS,
    "voice", "narration_compound", "quote_compound", "narration_words", "quote_words",
    "n_words", "pos_words", "neg_words",
]
ARTICLE_COLUMNS = [
    "tone", "tone_positive_share", "tone_negative_share",
    "tone_narration", "tone_quotes", "n_quoted_sentences",
    "word_tone", "word_polarity", "positive_words_pct", "negative_words_pct",
]
KEY_COLUMNS = ("doc_id", "sent_id")
NARRATION, QUOTE, MIXED = "narration", "quote", "mixed"
_PIECE_EDGES = " \t\r\n\u00a0" + QUOTE_MARKS  # trimmed from the ends of a narration or quote piece


# ---------------------------------------------------------------- scoring

def score_text(text: str, *, method: str = "vader") -> dict[str, float]:
    """VADER scores (compound, pos, neu, neg) of one text, on its normalised view."""
    return dict(analyzer(method).polarity_scores(normalize(text)))


def score_sentences(
    sentences: pd.DataFrame | pd.Series | Sequence[str], *, method: str = "vader"
) -> pd.DataFrame:
    """``compound, pos, neu, neg`` per sentence, in input order.

    ``sentences`` is a sentences table (its ``text`` column is scored and its
    ``doc_id``/``sent_id`` columns are carried over), a Series or a list of
    strings. The result keeps the input's index.
    """
    texts, index, keys = _texts_of(sentences)
    scorer = analyzer(method).polarity_scores
    records = [scorer(normalize(text)) for text in texts]
    scores = pd.DataFrame.from_records(records, columns=SCORE_COLUMNS, index=index) if records else (
        pd.DataFrame({name: pd.Series(dtype="float64") for name in SCORE_COLUMNS}, index=index)
    )
    return pd.concat([keys, scores], axis=1) if keys is not None else scores


def _texts_of(sentences: pd.DataFrame | pd.Series | Sequence[str]) -> tuple[list[str], pd.Index, pd.DataFrame | None]:
    """The texts to score, the index to keep and the key columns to carry over."""
    keys = None
    if isinstance(sentences, pd.DataFrame):
        if "text" not in sentences.columns:
            raise ValueError(f"sentences table has no 'text' column; it has {list(sentences.columns)}")
        present = [name for name in KEY_COLUMNS if name in sentences.columns]
        keys = sentences[present] if present else None
        values, index = sentences["text"].tolist(), sentences.index
    elif isinstance(sentences, pd.Series):
        values, index = sentences.tolist(), sentences.index
    else:
        values = list(sentences)
        index = pd.RangeIndex(len(values))
    for position, value in enumerate(values):
        if not isinstance(value, str):
            raise TypeError(f"sentence {position}: expected text (str), got {type(value).__name__} {value!r}")
    return values, index, keys


def word_counts(text: str) -> tuple[int, int, int]:
    """Words, positive lexicon words and negative lexicon words in ``text`` (no context rules)."""
    positive, negative = polar_words()
    words = WORD_PATTERN.findall(normalize(text).lower())
    return len(words), sum(word in positive for word in words), sum(word in negative for word in words)


# ---------------------------------------------------------------- narration and quoted speech

def voice_parts(text: str, start: int, end: int, quote_spans: Sequence[tuple[int, int]]) -> tuple[str, str]:
    """The narration and the quoted speech of the sentence ``text[start:end]``.

    ``quote_spans`` are character spans of quoted speech in ``text`` (they may
    cross sentence boundaries). Each part is its pieces joined by a space, so
    a quotation interrupted by "he said" is scored as one utterance; a part
    with no word in it (a lone quotation mark or comma) is returned empty.
    """
    quoted: list[str] = []
    narration: list[str] = []
    cursor = start
    for quote_start, quote_end in sorted(quote_spans):
        lo, hi = max(quote_start, start), min(quote_end, end)
        if lo >= hi:
            continue
        if lo > cursor:
            narration.append(text[cursor:lo])
        quoted.append(text[lo:hi])
        cursor = max(cursor, hi)
    if cursor < end:
        narration.append(text[cursor:end])
    return _joined_words(narration), _joined_words(quoted)


def _joined_words(pieces: list[str]) -> str:
    kept = [piece.strip(_PIECE_EDGES) for piece in pieces if WORD_PATTERN.search(piece)]
    return " ".join(kept)


# ---------------------------------------------------------------- the step

def sentence_rows(
    doc_id: str,
    text: str,
    sentences: pd.DataFrame,
    *,
    quotes: Sequence[tuple[int, int]] = (),
    method: str = "vader",
) -> pd.DataFrame:
    """The ``sentiment`` rows of one article's sentences (columns :data:`COLUMNS`), in sentence order.

    ``quotes`` are the character spans of quoted speech in ``text``
    (:func:`analysis.text.quote_spans`).
    """
    scorer = analyzer(method).polarity_scores
    spans = sorted(quotes)
    columns: dict[str, list[Any]] = {name: [] for name in COLUMNS}
    for sent_id, start, end, sentence in zip(
        sentences["sent_id"], sentences["start"], sentences["end"], sentences["text"]
    ):
        scores = scorer(normalize(sentence))
        narration, quoted = voice_parts(text, int(start), int(end), spans) if spans else ("", "")
        n_words, pos_words, neg_words = word_counts(sentence)
        voice, narration_compound, quote_compound = _voice_scores(scores["compound"], narration, quoted, scorer)
        narration_words, quote_words = _voice_words(voice, n_words, narration, quoted)
        for name, value in (
            ("doc_id", doc_id), ("sent_id", sent_id),
            ("compound", scores["compound"]), ("pos", scores["pos"]), ("neu", scores["neu"]), ("neg", scores["neg"]),
            ("voice", voice), ("narration_compound", narration_compound), ("quote_compound", quote_compound),
            ("narration_words", narration_words), ("quote_words", quote_words),
            ("n_words", n_words), ("pos_words", pos_words), ("neg_words", neg_words),
        ):
            columns[name].append(value)
    return _typed(pd.DataFrame(columns, columns=COLUMNS))


def _voice_scores(compound: float, narration: str, quoted: str, scorer: Any) -> tuple[str, float, float]:
    """(voice, narration compound, quote compound): a one-voice sentence reuses its own score."""
    if not quoted:
        return NARRATION, compound, math.nan
    if not narration:
        return QUOTE, math.nan, compound
    return MIXED, scorer(normalize(narration))["compound"], scorer(normalize(quoted))["compound"]


def _voice_words(voice: str, n_words: int, narration: str, quoted: str) -> tuple[int, int]:
    """Words of narration and of quoted speech in the sentence (the weights of the voice tones)."""
    if voice == NARRATION:
        return n_words, 0
    if voice == QUOTE:
        return 0, n_words
    return count_words(narration), count_words(quoted)


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Stable dtypes, also for an article without sentences."""
    return frame.astype({
        "doc_id": "str", "sent_id": "int64", "compound": "float64", "pos": "float64", "neu": "float64",
        "neg": "float64", "voice": "str", "narration_compound": "float64", "quote_compound": "float64",
        "narration_words": "int64", "quote_words": "int64", "n_words": "int64", "pos_words": "int64", "neg_words": "int64",
    })


def run_article(doc: ArticleDoc, options: Mapping[str, Any]) -> pd.DataFrame:
    """The step: score every sentence of one article (see :func:`sentence_rows`)."""
    method = options.get("sentiment_method", DEFAULTS["sentiment_method"])
    if method not in METHODS:
        raise ValueError(f"sentiment_method {method!r}: expected one of {list(METHODS)}")
    return sentence_rows(doc.doc_id, doc.text, doc.sentences, quotes=quote_spans(doc.text), method=method)


# ---------------------------------------------------------------- article columns

def article_tone(sentiment: pd.DataFrame, *, threshold: float = 0.05) -> pd.DataFrame:
    """Article columns from the ``sentiment`` table, indexed by ``doc_id``.

    - ``tone``: mean sentence compound;
    - ``tone_positive_share`` / ``tone_negative_share``: share of sentences
      with compound at or above ``threshold`` / at or below ``-threshold``;
    - ``tone_narration`` / ``tone_quotes``: the tone of the story's own voice
      and of the people it quotes: mean compound of the narration parts and of
      the quoted parts of its sentences, weighted by their words (so a bare
      "he said" weighs little); NaN when the article has no such part;
    - ``n_quoted_sentences``: sentences carrying quoted speech;
    - ``word_tone`` (GDELT-like): positive minus negative lexicon words per
      100 words; ``word_polarity``: their sum; ``positive_words_pct`` and
      ``negative_words_pct``: each per 100 words.
    """
    if not 0 < threshold < 1:
        raise ValueError(f"sentiment threshold {threshold!r}: expected a number between 0 and 1 (VADER's is 0.05)")
    if sentiment.empty:
        return pd.DataFrame({name: pd.Series(dtype="float64") for name in ARTICLE_COLUMNS}).rename_axis("doc_id")
    work = sentiment.assign(
        _positive=(sentiment["compound"] >= threshold).astype("float64"),
        _negative=(sentiment["compound"] <= -threshold).astype("float64"),
        _narration=sentiment["narration_compound"].fillna(0.0) * sentiment["narration_words"],
        _quote=sentiment["quote_compound"].fillna(0.0) * sentiment["quote_words"],
        _quoted=(sentiment["quote_words"] > 0).astype("int64"),
    )
    grouped = work.groupby("doc_id", sort=False).agg(
        tone=("compound", "mean"),
        tone_positive_share=("_positive", "mean"),
        tone_negative_share=("_negative", "mean"),
        narration_sum=("_narration", "sum"),
        narration_words=("narration_words", "sum"),
        quote_sum=("_quote", "sum"),
        quote_words=("quote_words", "sum"),
        n_quoted_sentences=("_quoted", "sum"),
        n_words=("n_words", "sum"),
        pos_words=("pos_words", "sum"),
        neg_words=("neg_words", "sum"),
    )
    grouped["tone_narration"] = grouped["narration_sum"] / _positive_or_nan(grouped["narration_words"])
    grouped["tone_quotes"] = grouped["quote_sum"] / _positive_or_nan(grouped["quote_words"])
    per_100 = 100.0 / _positive_or_nan(grouped["n_words"])
    grouped["positive_words_pct"] = grouped["pos_words"] * per_100
    grouped["negative_words_pct"] = grouped["neg_words"] * per_100
    grouped["word_tone"] = grouped["positive_words_pct"] - grouped["negative_words_pct"]
    grouped["word_polarity"] = grouped["positive_words_pct"] + grouped["negative_words_pct"]
    return grouped[ARTICLE_COLUMNS]


def _positive_or_nan(counts: pd.Series) -> pd.Series:
    return counts.where(counts > 0).astype("float64")


def article_metrics(
    tables: Mapping[str, pd.DataFrame], articles: pd.DataFrame, options: Mapping[str, Any]
) -> pd.DataFrame:
    """The step's article columns (see :func:`article_tone`)."""
    threshold = float(options.get("sentiment_threshold", DEFAULTS["sentiment_threshold"]))
    return article_tone(tables[TABLE], threshold=threshold)
