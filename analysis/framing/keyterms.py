"""Key terms: keyword in context and keyness between two groups of articles.

:func:`kwic` lists every occurrence of a word or phrase with its left and
right context (matching is whole-word and ignores case and accents, as for
frames). :func:`keyness` compares the vocabularies of two groups of articles
with Dunning's log-likelihood (G2) and the log ratio, over single words and
multi-word terms, dropping stopwords (a list shipped in
``analysis/dictionaries/stopwords_en.txt``) and rare terms. Articles with
a ``weight`` column (``dedupe="weight"``) count their terms and words by
their weight, so a story run five times weighs as much as one run once.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np
import pandas as pd

from analysis.actors.mention_types import UNCOUNTED_HOW
from analysis.framing.step import stem_key
from analysis.stats.groups import article_weights, group_labels
from analysis.text.document import tokenize_view
from analysis.text.matching import PhraseMatcher, default_key
from analysis.paths import DICTIONARIES, resolve
from analysis.text.lexicon import language_file, resource_languages
from analysis.text.normalization import WORD_PATTERN, fold_accents, folded_view, normalize

STOPWORDS_PATH = DICTIONARIES / "stopwords_en.txt"
KWIC_COLUMNS = ["doc_id", "term", "start", "end", "left", "match", "right"]
KEYNESS_COLUMNS = [
    "term", "n_words", "freq_a", "freq_b", "per_10k_a", "per_10k_b", "g2", "p_value", "log_ratio", "key_for",
]
# Punctuation that ends a run of words: multi-word terms never cross it.
_BREAK = re.compile(r"[.,;:!?()\[\]{}\"/|\n\r]+|\s[-']+\s")
_POSSESSIVE = re.compile(r"'s$")
_HAS_LETTER = re.compile(r"[^\W\d_]")
# Dotted abbreviations (U.S., U.N.) count as one word: their dots are not sentence breaks.
_ABBREVIATION = re.compile(r"\b(?:[^\W\d_]\.){2,}")
# One pass over a text: a word (group 1), or a break between runs of words (group 1 empty). Words and breaks never
# overlap (a break holds no word character; a word's inner hyphen or apostrophe has word characters on both sides).
_WORD_OR_BREAK = re.compile(f"({WORD_PATTERN.pattern})|{_BREAK.pattern}")


# ---------------------------------------------------------------------------
# Inputs: a Corpus, an Analysis, an articles table, texts
# ---------------------------------------------------------------------------


def articles_of(source: Any) -> pd.DataFrame:
    """An articles table (doc_id, text, ...) from a Corpus, an Analysis, a DataFrame, or texts."""
    if hasattr(source, "articles"):
        return source.articles
    if isinstance(source, pd.DataFrame):
        if "text" not in source.columns:
            raise KeyError(f"expected an articles table with a 'text' column, got columns {list(source.columns)}")
        return source if "doc_id" in source.columns else source.assign(doc_id=[str(i) for i in range(len(source))])
    texts = [source] if isinstance(source, str) else list(source)
    if not all(isinstance(text, str) for text in texts):
        raise TypeError("expected a Corpus, an Analysis, an articles DataFrame, a text or an iterable of texts")
    return pd.DataFrame({"doc_id": [str(i) for i in range(len(texts))], "text": texts})


# ---------------------------------------------------------------------------
# Keyword in context
# ---------------------------------------------------------------------------


def kwic(
    corpus_or_analysis: Any, term_or_phrase: str | Sequence[str], *, window: int = 8, stem: bool = False
) -> pd.DataFrame:
    """Every occurrence of the term(s), with ``window`` words of context on each side.

    Columns: doc_id, term (as asked), start, end (offsets into the article's
    text), left, match, right (whitespace folded for reading), plus title when
    the articles have one. ``stem=True`` matches by Snowball stem
    (``negotiate`` finds ``negotiations``).
    """
    if window < 0:
        raise ValueError(f"window must be 0 or more words, got {window}")
    terms = [term_or_phrase] if isinstance(term_or_phrase, str) else list(term_or_phrase)
    matcher = PhraseMatcher(key=stem_key if stem else default_key)
    added = [term for term in terms if matcher.add(term, term)]
    if not added:
        raise ValueError(f"no word to look for in {terms!r}")
    articles = articles_of(corpus_or_analysis)
    needles = None if stem else [_term_keys(term) for term in added]
    rows = []
    for doc_id, text in zip(articles["doc_id"], articles["text"]):
        if needles is not None and not _may_contain(text, needles):
            continue
        matches = matcher.find(text)
        if not matches:
            continue
        spans = [match.span() for match in WORD_PATTERN.finditer(normalize(text))]
        starts = [span[0] for span in spans]
        ends = [span[1] for span in spans]
        for match in matches:
            left_index = bisect_left(ends, match.start + 1) - window
            right_index = bisect_right(starts, match.end - 1) + window - 1
            left_from = starts[max(left_index, 0)] if window and left_index < len(starts) else match.start
            right_to = ends[min(right_index, len(ends) - 1)] if window and right_index >= 0 else match.end
            rows.append((
                doc_id, match.payload, match.start, match.end,
                _fold_space(text[min(left_from, match.start):match.start]), match.surface,
                _fold_space(text[match.end:max(right_to, match.end)]),
            ))
    table = pd.DataFrame(rows, columns=KWIC_COLUMNS).astype({"start": "int64", "end": "int64"})
    if "title" in articles.columns:
        table = table.merge(articles[["doc_id", "title"]], on="doc_id", how="left")
    return table


def _fold_space(text: str) -> str:
    return " ".join(text.split())


def _term_keys(term: str) -> tuple[str, ...]:
    """The matching keys (:func:`~analysis.text.matching.default_key`) of a term's words."""
    return tuple(default_key(token.text) for token in tokenize_view(normalize(term)))


def _may_contain(text: str, needles: list[tuple[str, ...]]) -> bool:
    """False only when no term can match in ``text``: some key of every term is no substring of the text's folded view.

    A word's key (accents, then case folded, both a character at a time) is a
    substring of the whole text folded the same way, so this never drops an
    article that has a match; it spares the tokenising of those that cannot.
    """
    view = folded_view(text).casefold()
    return any(all(key in view for key in keys) for keys in needles)


# ---------------------------------------------------------------------------
# Stopwords and term counts
# ---------------------------------------------------------------------------


def load_stopwords(path: str | Path | None = None, *, lang: str = "en") -> frozenset[str]:
    """Stopwords from a file of one word per line (``#`` comments); default the shipped list of ``lang``
    (``stopwords_en.txt``, ``stopwords_es.txt``: :func:`analysis.text.lexicon.language_file`)."""
    if path is not None:
        return _read_stopwords(str(resolve(path)))
    shipped = language_file("stopwords", lang)
    if shipped is None:
        raise ValueError(f"no stopword list for language {lang!r}; known: {list(resource_languages('stopwords'))}")
    return _read_stopwords(str(shipped))


@lru_cache(maxsize=8)
def _read_stopwords(path: str) -> frozenset[str]:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return frozenset(_word_key(line.strip()) for line in lines if line.strip() and not line.lstrip().startswith("#"))


def _word_key(token: str) -> str:
    """A token as counted: accents folded, possessive 's dropped, lower case except acronyms (US, NATO)."""
    word = _POSSESSIVE.sub("", fold_accents(token))
    return word if word.isupper() and 2 <= len(word) <= 5 else word.casefold()


@lru_cache(maxsize=200_000)
def _counted_word(token: str) -> tuple[str, bool]:
    """A token's :func:`_word_key` and whether it may be part of a term (two characters or more, a letter among
    them); cached, as news vocabularies repeat."""
    key = _word_key(token)
    return key, len(key) > 1 and bool(_HAS_LETTER.search(key))


def text_terms(text: str, *, max_words: int = 2, stopwords: frozenset[str] = frozenset()) -> tuple[list[str], int]:
    """Terms of a text (its words, then its two-word terms... up to ``max_words``, in text order) and its word count.

    A term never starts or ends with a stopword or holds a one-character
    token or a token without a letter, and multi-word terms never cross
    punctuation. Dotted abbreviations count as one word, and short all-capital
    words keep their case, so ``U.S.`` and ``US`` are the term ``US``, not the
    pronoun ``us``.
    """
    view = _ABBREVIATION.sub(lambda match: match.group().replace(".", ""), normalize(text))
    items = _WORD_OR_BREAK.findall(view)  # the words, and "" for each break between runs of words
    counted = [_counted_word(item) for item in items]  # a break: ("", False), part of no term
    tokens = [key for key, _ in counted]
    usable = [fit for _, fit in counted]
    edge = [fit and key not in stopwords for key, fit in counted]  # may start or end a term
    terms: list[str] = []
    for size in range(1, max_words + 1):
        terms.extend(_terms_of_size(tokens, usable, edge, size))
    return terms, len(items) - items.count("")


def _terms_of_size(tokens: list[str], usable: list[bool], edge: list[bool], size: int) -> list[str]:
    """The ``size``-word terms, in text order: first and last word an ``edge``, every word ``usable``."""
    if size == 1:
        return [token for token, fit in zip(tokens, edge) if fit]
    if size == 2:
        return [f"{first} {last}" for first, last, fit_first, fit_last in zip(tokens, tokens[1:], edge, edge[1:])
                if fit_first and fit_last]
    return [" ".join(tokens[first:first + size]) for first in range(len(tokens) - size + 1)
            if edge[first] and edge[first + size - 1] and all(usable[first + 1:first + size - 1])]


def term_counts(
    texts: Iterable[str], *, max_words: int = 2, stopwords: frozenset[str] = frozenset(),
    weights: Iterable[float] | None = None,
) -> tuple[Counter, float]:
    """Term frequencies over texts and their total word count (each text's counted ``weights`` times, default 1)."""
    counts: Counter = Counter()
    total = 0
    texts = list(texts)
    for text, weight in zip(texts, [1] * len(texts) if weights is None else weights):
        terms, n_words = text_terms(text, max_words=max_words, stopwords=stopwords)
        if weight == 1:
            counts.update(terms)
        else:
            for term, count in Counter(terms).items():
                counts[term] += count * weight
        total += n_words * weight
    return counts, total


def _weighted_term_counts(group: Any, *, max_words: int, stopwords: frozenset[str]) -> tuple[Counter, float]:
    """Term counts of a group of articles, by their weights (1 when they carry none)."""
    articles = articles_of(group)
    return term_counts(articles["text"], max_words=max_words, stopwords=stopwords,
                       weights=article_weights(articles).to_numpy().tolist())


# ---------------------------------------------------------------------------
# Keyness
# ---------------------------------------------------------------------------


def log_likelihood(freq_a: np.ndarray, freq_b: np.ndarray, total_a: int, total_b: int) -> np.ndarray:
    """Dunning's G2 for each term's frequencies in two corpora of ``total_a`` and ``total_b`` words."""
    freq_a = np.asarray(freq_a, dtype="float64")
    freq_b = np.asarray(freq_b, dtype="float64")
    both = freq_a + freq_b
    expected_a = total_a * both / (total_a + total_b)
    expected_b = total_b * both / (total_a + total_b)
    with np.errstate(divide="ignore", invalid="ignore"):
        part_a = np.where(freq_a > 0, freq_a * np.log(freq_a / expected_a), 0.0)
        part_b = np.where(freq_b > 0, freq_b * np.log(freq_b / expected_b), 0.0)
    return 2 * (part_a + part_b)


def log_ratio(freq_a: np.ndarray, freq_b: np.ndarray, total_a: int, total_b: int) -> np.ndarray:
    """Hardie's log ratio: log2 of the ratio of relative frequencies, a zero count taken as 0.5."""
    freq_a = np.where(np.asarray(freq_a) > 0, freq_a, 0.5)
    freq_b = np.where(np.asarray(freq_b) > 0, freq_b, 0.5)
    return np.log2((freq_a / total_a) / (freq_b / total_b))


def chi2_p_value(g2: np.ndarray) -> np.ndarray:
    """p-value of G2 under a chi-squared distribution with one degree of freedom."""
    return np.array([math.erfc(math.sqrt(max(value, 0.0) / 2)) for value in np.asarray(g2, dtype="float64")])


def keyness(
    group_a: Any,
    group_b: Any,
    *,
    min_freq: int = 5,
    max_words: int = 2,
    stopwords: Iterable[str] | str | Path | None = "default",
    labels: tuple[str, str] = ("a", "b"),
    top: int | None = None,
    lang: str = "en",
) -> pd.DataFrame:
    """Terms that set group A apart from group B (and B from A), strongest first.

    Groups are anything :func:`articles_of` takes (a Corpus, an Analysis, an
    articles table, texts). Terms are words and multi-word terms up to
    ``max_words`` words, without the stopwords (``"default"``: the shipped
    list of ``lang``; a path; a collection of words; ``None`` keeps every word), seen at
    least ``min_freq`` times in both groups together. Columns: term,
    n_words, freq_a, freq_b, per_10k_a, per_10k_b (per 10,000 words),
    g2 (Dunning's log-likelihood), p_value, log_ratio (log2, positive when
    relatively more frequent in A) and key_for (the label of that group).
    """
    if min_freq < 1:
        raise ValueError(f"min_freq must be at least 1, got {min_freq}")
    words = stopword_set(stopwords, lang=lang)
    counts_a, total_a = _weighted_term_counts(group_a, max_words=max_words, stopwords=words)
    counts_b, total_b = _weighted_term_counts(group_b, max_words=max_words, stopwords=words)
    terms = sorted(term for term in set(counts_a) | set(counts_b) if counts_a[term] + counts_b[term] >= min_freq)
    frequencies = pd.DataFrame({"term": terms, "freq_a": [counts_a[term] for term in terms],
                                "freq_b": [counts_b[term] for term in terms]})
    whole = all(isinstance(count, int) for count in (*counts_a.values(), *counts_b.values()))
    return keyness_table(frequencies, total_a, total_b, whole_counts=whole, labels=labels, top=top)


def keyness_table(
    frequencies: pd.DataFrame, total_a: float, total_b: float, *, whole_counts: bool,
    labels: tuple[str, str] = ("a", "b"), top: int | None = None,
) -> pd.DataFrame:
    """The :func:`keyness` table of counted terms: ``frequencies`` (term, freq_a, freq_b; the terms kept, sorted)
    and each group's word total. ``whole_counts``: every count an unweighted whole number (int64 columns)."""
    if total_a == 0 or total_b == 0:
        raise ValueError(f"keyness needs words in both groups; got {total_a} and {total_b} words")
    terms = frequencies["term"].tolist()
    count_type = "int64" if whole_counts else "float64"
    freq_a = frequencies["freq_a"].to_numpy(dtype=count_type)
    freq_b = frequencies["freq_b"].to_numpy(dtype=count_type)
    g2 = log_likelihood(freq_a, freq_b, total_a, total_b)
    ratio = log_ratio(freq_a, freq_b, total_a, total_b)
    table = pd.DataFrame({
        "term": pd.Series(terms, dtype="str"),
        "n_words": [term.count(" ") + 1 for term in terms],
        "freq_a": freq_a,
        "freq_b": freq_b,
        "per_10k_a": freq_a * 10_000 / total_a,
        "per_10k_b": freq_b * 10_000 / total_b,
        "g2": g2,
        "p_value": chi2_p_value(g2),
        "log_ratio": ratio,
        "key_for": pd.Series(np.where(ratio >= 0, labels[0], labels[1]), dtype="str"),
    }, columns=KEYNESS_COLUMNS)
    # G2 to 9 decimals: weighted counts summed in another order (chunk by chunk) rank the same, ties by term
    table = table.assign(_rank=np.round(g2, 9)).sort_values(["_rank", "term"], ascending=[False, True], kind="stable")
    table = table.drop(columns="_rank").reset_index(drop=True)
    return table.head(top) if top is not None else table


def stopword_set(stopwords: Iterable[str] | str | Path | None, *, lang: str = "en") -> frozenset[str]:
    """The stopwords :func:`keyness` leaves out: ``"default"`` the shipped list of ``lang``, a path, words, or None."""
    if stopwords is None:
        return frozenset()
    if isinstance(stopwords, str) and stopwords == "default":
        return load_stopwords(lang=lang)
    if isinstance(stopwords, (str, Path)):
        return load_stopwords(stopwords)
    return frozenset(_word_key(word) for word in stopwords)


ACTOR_PREFIX = "actor:"


def actor_groups(analysis: Any, actor: str) -> dict[str, pd.DataFrame]:
    """Articles that mention ``actor`` (an actor_id such as ``country:russia``, or its name) and those that do not.

    Needs an Analysis with a ``mentions`` table (run the ``analysis.actors.step``
    step). Groups without articles are left out, so one group means there is
    nothing to compare.
    """
    mentions = getattr(analysis, "tables", {}).get("mentions")
    if mentions is None:
        raise ValueError(f"comparing by actor {actor!r} needs the mentions table: run analyze with the analysis.actors.step step")
    articles = articles_of(analysis)
    if "how" in mentions.columns:  # a place named inside a longer name is not the place's mention
        mentions = mentions[~mentions["how"].isin(UNCOUNTED_HOW).to_numpy()]
    named = mentions[(mentions["actor_id"] == actor) | (mentions["actor"].str.casefold() == actor.casefold())]
    label = named["actor"].iloc[0] if len(named) else actor
    with_actor = articles["doc_id"].isin(set(named["doc_id"]))
    groups = {f"mentions {label}": articles[with_actor], f"does not mention {label}": articles[~with_actor]}
    return {name: group for name, group in groups.items() if len(group)}


def comparison_groups(source: Any, by: str, *, freq: str = "Y") -> dict[str, pd.DataFrame]:
    """Split articles into two groups to compare by an articles column or ``"period"``.

    Two values give two groups. With more, a column compares its largest
    group with all the others (``"others"``) and ``"period"`` compares the
    periods before the median date with those from it on. One value (or
    none) gives a single group: keyness then has nothing to compare.
    Undated articles stay out of a period comparison. ``"actor:<actor_id or
    name>"`` compares the articles that mention an actor with the others
    (see :func:`actor_groups`).
    """
    if by.startswith(ACTOR_PREFIX):
        return actor_groups(source, by[len(ACTOR_PREFIX):])
    articles = articles_of(source)
    labels = group_labels(articles, by, freq=freq).reindex(articles["doc_id"].astype("str")).to_numpy()
    if by == "period":
        dated = labels != "undated"
        articles, labels = articles[dated], labels[dated]
    values = sorted(set(labels))
    if len(values) <= 2:
        return {value: articles[labels == value] for value in values}
    if by == "period":
        middle = sorted(labels)[len(labels) // 2]
        early = labels < middle
        if not early.any():
            early = labels <= middle
        return {
            f"{min(labels[early])}..{max(labels[early])}": articles[early],
            f"{min(labels[~early])}..{max(labels[~early])}": articles[~early],
        }
    largest = pd.Series(labels).value_counts().sort_index().idxmax()
    return {largest: articles[labels == largest], "others": articles[labels != largest]}
