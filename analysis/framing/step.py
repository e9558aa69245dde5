"""Frames in news text: dictionary hits with their evidence, article scores and corpus breakdowns.

:func:`find_frames` finds a frame dictionary's phrases in one text. Matching
goes through :class:`analysis.text.matching.PhraseMatcher` tries, so its cost does
not grow with the number of terms: one trie keyed on case- and accent-folded
words holds the ``terms`` and ``exclusions``, one keyed on Snowball stems
holds the ``stems``. Both scan the text; their matches are merged left to
right, the longest match winning at each position (the exact one on a tie),
and never overlap. An exclusion is a longer phrase that wins over the terms
inside it and yields no hit for its frame (hits of other frames inside it are
kept). The same phrase listed under two frames gives one hit per frame.

As a step of :func:`analysis.analyze` (``steps=("framing",)``,
option ``frames``) it produces the ``frame_hits`` table (doc_id, sent_id,
start, end, frame, term) and per-article scores: hits per 1,000 words,
presence and share of sentences per frame, and the dominant frame (ties
joined with ``|``). The remaining functions summarise an ``Analysis``:
per-article frame scores (:func:`article_frames`, which the prevalence and
breakdowns of :mod:`analysis.framing.summary` aggregate), co-occurrence and a
seeded sample of evidence sentences.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence

import numpy as np
import pandas as pd
from nltk.stem.snowball import SnowballStemmer

from analysis.framing.dictionary import (
    SHIPPED,
    DictionaryError,
    FrameDictionary,
    dictionary_path,
    load_frame_dictionary,
    phrase_key,
)
from analysis.batch_scope import once_per_batch
from analysis.text.document import TOKEN_PATTERN
from analysis.text.matching import Match, PhraseMatcher, default_key
from analysis.text.document import Document
from analysis.text.normalization import count_words, normalize

TABLE = "frame_hits"
DEFAULTS: dict[str, Any] = {"frames": "generic"}
COLUMNS = ["doc_id", "sent_id", "start", "end", "frame", "term"]
SCHEMA = {"doc_id": "str", "sent_id": "int64", "start": "int64", "end": "int64", "frame": "str", "term": "str"}
REQUIRES: tuple[str, ...] = ()
LANGUAGES: tuple[str, ...] = ("en", "es")  # frames_<name>.yaml / frames_<name>_es.yaml (a user's file: as given)
HIT_COLUMNS = ["frame", "term", "start", "end"]
TIE_SEPARATOR = "|"
_STEMMER = SnowballStemmer("english")
_STEMMER_LANGUAGES = {"en": "english", "es": "spanish"}  # a dictionary's `language` -> nltk's Snowball name


@lru_cache(maxsize=200_000)
def exact_key(token: str) -> str:
    """The matching key of a word in ``terms`` and ``exclusions``: case and accents folded (cached)."""
    return default_key(token)


@lru_cache(maxsize=200_000)
def stem_key(token: str) -> str:
    """The matching key of a word in ``stems``: its Snowball stem after case and accent folding."""
    return _STEMMER.stem(exact_key(token))


@dataclass(frozen=True)
class _Hit:
    """A frame hit a dictionary phrase produces: tokens ``first..last`` of the phrase (``None``: all of it)."""

    frame: str
    term: str
    tokens: tuple[int, int] | None = None


class FrameFinder:
    """A compiled frame dictionary: finds its frames in text (see the module docstring for the rules)."""

    def __init__(self, dictionary: FrameDictionary) -> None:
        self.dictionary = dictionary
        self._order = {frame_id: index for index, frame_id in enumerate(dictionary.frame_ids)}
        self._exact = PhraseMatcher(key=default_key)  # exact_key's values; a document's keys shared with offices'
        self._stem = PhraseMatcher(key=stem_key_for(str(dictionary.meta.get("language", "en"))))
        for frame in dictionary.frames:
            for term in frame.terms:
                _add(self._exact, term, _Hit(frame.id, term))
            for term in frame.stems:
                _add(self._stem, term, _Hit(frame.id, term))
        self._add_exclusions()

    def _add_exclusions(self) -> None:
        """Exclusions join the exact trie carrying the hits of the other frames found inside them."""
        cancelled: dict[str, tuple[str, set[str]]] = {}
        for frame in self.dictionary.frames:
            for phrase in frame.exclusions:
                text, frames = cancelled.setdefault(phrase_key(phrase), (phrase, set()))
                frames.add(frame.id)
        alone: dict[str, FrameFinder] = {}
        inner_hits = {key: self._inner_hits(text, frames, alone) for key, (text, frames) in cancelled.items()}
        for key, (text, _) in cancelled.items():
            payload = _payload_of(self._exact, text)
            if payload is None:
                self._exact.add(text, list(inner_hits[key]))
            else:
                payload[:] = inner_hits[key]

    def _inner_hits(self, phrase: str, frames: set[str], alone: dict[str, FrameFinder]) -> list[_Hit]:
        """Hits inside an exclusion phrase, minus those of the frames it cancels (checked to exist)."""
        spans = [span.span() for span in TOKEN_PATTERN.finditer(normalize(phrase))]
        found = list(self.spans(phrase))
        for frame_id in sorted(frames):
            if frame_id not in alone:
                alone[frame_id] = self._frame_alone(frame_id)
            if not any(True for _ in alone[frame_id].spans(phrase)):
                raise DictionaryError(
                    f"{self.dictionary.path}: frame {frame_id!r}: exclusion {phrase!r} contains none of the frame's "
                    "terms or stems, so it cancels nothing; an exclusion must contain a term, e.g. "
                    "'Economic Community of West African States' for the term 'economic'"
                )
        inner = []
        for frame_id, term, start, end in found:
            if frame_id in frames:
                continue
            first = next(index for index, span in enumerate(spans) if span[0] == start)
            last = next(index for index, span in enumerate(spans) if span[1] == end)
            inner.append(_Hit(frame_id, term, None if (first, last) == (0, len(spans) - 1) else (first, last)))
        return inner

    def _frame_alone(self, frame_id: str) -> FrameFinder:
        """A finder for one frame's terms and stems only (to check its exclusions)."""
        frame = replace(self.dictionary.frame(frame_id), exclusions=())
        return FrameFinder(replace(self.dictionary, frames=(frame,)))

    def spans(self, text: str | Document) -> Iterator[tuple[str, str, int, int]]:
        """``(frame, term, start, end)`` for every hit in ``text`` (a string or a Document), by position then dictionary order."""
        hits = []
        exact = self._exact.find(text)
        stemmed = self._stem.find(text) if len(self._stem) else []
        for match in _merge_longest(exact, stemmed) if stemmed else exact:  # one trie's matches never overlap
            hits.extend(_expand(match))
        hits.sort(key=lambda hit: (hit[2], hit[3], self._order[hit[0]]))
        return iter(hits)


def _payload_of(matcher: PhraseMatcher, phrase: str) -> list[_Hit] | None:
    """The payload list of ``phrase`` when the matcher already holds exactly that phrase."""
    stripped = phrase.strip()
    for match in matcher.find(stripped):
        if match.start == 0 and match.end == len(stripped):
            return match.payload
    return None


def _add(matcher: PhraseMatcher, phrase: str, hit: _Hit) -> None:
    """Add ``phrase``; a phrase already present (in another frame) gains one more hit."""
    payload = _payload_of(matcher, phrase)
    if payload is None:
        matcher.add(phrase, [hit])
    elif hit not in payload:
        payload.append(hit)


def _merge_longest(exact: list[Match], stemmed: list[Match]) -> Iterator[Match]:
    """Non-overlapping matches of both tries: leftmost first, then longest, then the exact trie's."""
    ranked = sorted(
        [(match.start, -match.end, 0, index) for index, match in enumerate(exact)]
        + [(match.start, -match.end, 1, index) for index, match in enumerate(stemmed)]
    )
    last_end = -1
    for start, negative_end, source, index in ranked:
        if start >= last_end:
            last_end = -negative_end
            yield (exact if source == 0 else stemmed)[index]


def _expand(match: Match) -> list[tuple[str, str, int, int]]:
    """The hits a match stands for, with character offsets into the text."""
    hits = []
    spans: list[tuple[int, int]] | None = None
    for hit in match.payload:
        if hit.tokens is None:
            hits.append((hit.frame, hit.term, match.start, match.end))
            continue
        if spans is None:
            spans = [span.span() for span in TOKEN_PATTERN.finditer(normalize(match.surface))]
        first, last = hit.tokens
        hits.append((hit.frame, hit.term, match.start + spans[first][0], match.start + spans[last][1]))
    return hits


# ---------------------------------------------------------------------------
# Loading with a cache, and the public finder
# ---------------------------------------------------------------------------


_OBJECT_FINDERS: dict[int, tuple[FrameDictionary, FrameFinder]] = {}


@lru_cache(maxsize=None)
def stem_key_for(lang: str) -> Callable[[str], str]:
    """:func:`stem_key` for a dictionary in ``lang``: the Snowball stemmer of that language (English: ``stem_key``)."""
    if lang == "en":
        return stem_key
    if lang not in _STEMMER_LANGUAGES:
        raise DictionaryError(f"no stemmer for frame dictionaries in {lang!r}; known: {sorted(_STEMMER_LANGUAGES)}")
    stemmer = SnowballStemmer(_STEMMER_LANGUAGES[lang])
    return lru_cache(maxsize=200_000)(lambda token: stemmer.stem(exact_key(token)))


def frame_finder(dictionary: str | Path | FrameDictionary = "generic", *, lang: str = "en") -> FrameFinder:
    """The compiled finder for a dictionary name or path (cached until the file changes; within a batch of
    articles the file is looked up once: :func:`analysis.batch_scope.once_per_batch`) or object.

    A shipped name gives that dictionary in ``lang`` (``frames_generic_es.yaml`` for Spanish)."""
    if isinstance(dictionary, FrameDictionary):
        cached = _OBJECT_FINDERS.get(id(dictionary))
        if cached is None or cached[0] is not dictionary:
            if len(_OBJECT_FINDERS) >= 16:
                _OBJECT_FINDERS.clear()
            cached = _OBJECT_FINDERS[id(dictionary)] = (dictionary, FrameFinder(dictionary))
        return cached[1]
    return once_per_batch(("frame_finder", dictionary, lang), lambda: _file_finder(dictionary, lang))


def _file_finder(dictionary: str | Path, lang: str) -> FrameFinder:
    """The finder of a dictionary name or path as the file is now (its modification time and size read)."""
    path = dictionary_path(dictionary, lang=lang)
    stat = path.stat()
    return _cached_finder(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=16)
def _cached_finder(path: str, mtime_ns: int, size: int) -> FrameFinder:
    return FrameFinder(load_frame_dictionary(Path(path)))


def frames_option(spec: str | Path) -> str:
    """The value to pass as ``analyze(frames=...)``: a shipped name as is, a file as its resolved path.

    The analysis cache hashes the content of a dictionary file only when it
    can find the file, so a relative path is resolved first (from the current
    folder or the project root); editing the file then invalidates the cache.
    """
    return spec if isinstance(spec, str) and spec in SHIPPED else str(dictionary_path(spec))


def frame_dictionary(spec: str | Path | FrameDictionary) -> FrameDictionary:
    """The loaded dictionary behind a name, path or object (shares the finder cache)."""
    return frame_finder(spec).dictionary


def find_frames(text: str, *, dictionary: str | Path | FrameDictionary = "generic") -> pd.DataFrame:
    """Frame hits in ``text``: columns frame, term (the dictionary entry), start, end (offsets into ``text``)."""
    rows = list(frame_finder(dictionary).spans(text))
    return _hits_frame(rows, HIT_COLUMNS)


def _hits_frame(rows: Sequence[Sequence[Any]], columns: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=columns)
    for column in ("start", "end", "sent_id"):
        if column in frame.columns:
            frame[column] = frame[column].astype("int64")
    for column in ("frame", "term", "doc_id"):
        if column in frame.columns:
            frame[column] = frame[column].astype("str")
    return frame


# ---------------------------------------------------------------------------
# The pipeline step
# ---------------------------------------------------------------------------


def run_article(doc: Document, options: Mapping[str, Any]) -> dict[str, list]:
    """The ``frame_hits`` rows of one article, each with the id of the sentence it lies in."""
    hits = list(frame_finder(options.get("frames", DEFAULTS["frames"]), lang=doc.lang).spans(doc))
    starts = [start for _, _, start, _ in hits]
    return {
        "sent_id": doc.sentence_ids(starts), "start": starts, "end": [end for _, _, _, end in hits],
        "frame": [frame for frame, _, _, _ in hits], "term": [term for _, term, _, _ in hits],
    }


def article_metrics(
    tables: Mapping[str, pd.DataFrame], articles: pd.DataFrame, options: Mapping[str, Any]
) -> pd.DataFrame:
    """Per-article columns: ``frame_<id>_per_1k``, ``_present``, ``_sentence_share``, ``n_frame_hits``, ``dominant_frame``."""
    dictionary = frame_dictionary(options.get("frames", DEFAULTS["frames"]))
    scores = frame_scores(tables[TABLE], articles, tables["sentences"], frames=dictionary.frame_ids)
    wide = scores.pivot(index="doc_id", columns="frame", values=["per_1k_words", "present", "sentence_share"])
    columns = {}
    for frame_id in dictionary.frame_ids:
        columns[f"frame_{frame_id}_per_1k"] = wide[("per_1k_words", frame_id)]
        columns[f"frame_{frame_id}_present"] = wide[("present", frame_id)].astype("bool")
        columns[f"frame_{frame_id}_sentence_share"] = wide[("sentence_share", frame_id)]
    metrics = pd.DataFrame(columns, index=wide.index)
    metrics["n_frame_hits"] = scores.groupby("doc_id")["hits"].sum().astype("int64")
    metrics["dominant_frame"] = dominant_frames(scores, frames=dictionary.frame_ids)
    return metrics.reindex(articles["doc_id"].unique())


# ---------------------------------------------------------------------------
# Article scores
# ---------------------------------------------------------------------------


def frame_scores(
    hits: pd.DataFrame, articles: pd.DataFrame, sentences: pd.DataFrame, *, frames: Sequence[str]
) -> pd.DataFrame:
    """One row per article and frame: hits, per_1k_words, present, sentences, sentence_share.

    Words come from ``articles.n_words`` (counted from ``text`` when absent);
    sentences from the ``sentences`` table.
    """
    doc_ids = articles["doc_id"].astype("str").unique()
    n_words = _word_counts(articles).reindex(doc_ids).fillna(0).astype("int64")
    n_sentences = sentences.groupby("doc_id").size().reindex(doc_ids).fillna(0).astype("int64")
    grid = pd.MultiIndex.from_product([doc_ids, list(frames)], names=["doc_id", "frame"])
    counted = hits[hits["frame"].isin(frames)] if not hits.empty else hits
    hit_counts = _count_by(counted, grid, lambda group: group.size())
    sentence_counts = _count_by(counted, grid, lambda group: group["sent_id"].nunique())
    scores = pd.DataFrame({"hits": hit_counts, "sentences": sentence_counts}, index=grid).reset_index()
    words = scores["doc_id"].map(n_words)
    sentence_totals = scores["doc_id"].map(n_sentences)
    scores["n_words"] = words.astype("int64")
    scores["per_1k_words"] = np.where(words > 0, scores["hits"] * 1000 / words.clip(lower=1), 0.0)
    scores["present"] = scores["hits"] > 0
    scores["sentence_share"] = np.where(sentence_totals > 0, scores["sentences"] / sentence_totals.clip(lower=1), 0.0)
    return scores


def _count_by(hits: pd.DataFrame, grid: pd.MultiIndex, count: Any) -> pd.Series:
    if hits.empty:
        return pd.Series(0, index=grid, dtype="int64")
    counted = count(hits.groupby(["doc_id", "frame"]))
    return counted.reindex(grid).fillna(0).astype("int64")


def _word_counts(articles: pd.DataFrame) -> pd.Series:
    if "n_words" in articles.columns:
        counts = articles["n_words"]
    else:
        counts = articles["text"].map(count_words)
    return pd.Series(counts.to_numpy(), index=articles["doc_id"].astype("str")).groupby(level=0).first()


def dominant_frames(scores: pd.DataFrame, *, frames: Sequence[str]) -> pd.Series:
    """Per article the frame with the most hits; ties joined with ``|`` in dictionary order; NA without hits."""
    if scores.empty:
        return pd.Series(dtype="str")
    top = scores.groupby("doc_id", sort=False)["hits"].transform("max")
    winners = scores.loc[(scores["hits"] == top) & (top > 0), ["doc_id", "frame"]]
    rank = winners["frame"].map({frame_id: index for index, frame_id in enumerate(frames)})
    in_order = winners.iloc[rank.to_numpy().argsort(kind="stable")]  # each article's winners in dictionary order
    joined = in_order.groupby("doc_id", sort=False)["frame"].agg(TIE_SEPARATOR.join).rename(None)
    result = joined.reindex(pd.Index(scores["doc_id"].unique(), name="doc_id"))  # articles without hits: NA
    return result.astype("str").where(result.notna(), pd.NA)


# ---------------------------------------------------------------------------
# Corpus summaries of an Analysis
# ---------------------------------------------------------------------------


def analysis_dictionary(analysis: Any) -> FrameDictionary:
    """The frame dictionary an Analysis was run with."""
    return frame_dictionary(analysis.options.get("frames", DEFAULTS["frames"]))


def article_frames(analysis: Any) -> pd.DataFrame:
    """Frame scores per article and frame (see :func:`frame_scores`), with the article's source and date."""
    dictionary = analysis_dictionary(analysis)
    scores = frame_scores(analysis.frame_hits, analysis.articles, analysis.sentences, frames=dictionary.frame_ids)
    meta = [column for column in ("source", "date", "title") if column in analysis.articles.columns]
    return scores.merge(analysis.articles[["doc_id", *meta]], on="doc_id", how="left")


def frame_cooccurrence(analysis: Any, *, level: str = "sentence") -> pd.DataFrame:
    """Square table: how many sentences (or articles) hold both frames; the diagonal counts each frame."""
    if level not in ("sentence", "article"):
        raise ValueError(f"level {level!r}: expected 'sentence' or 'article'")
    frames = analysis_dictionary(analysis).frame_ids
    hits = analysis.frame_hits
    unit = ["doc_id", "sent_id"] if level == "sentence" else ["doc_id"]
    if hits.empty:
        return pd.DataFrame(0, index=pd.Index(frames, name="frame"), columns=frames, dtype="int64")
    present = pd.crosstab([hits[column] for column in unit], hits["frame"]).clip(upper=1)
    present = present.reindex(columns=frames, fill_value=0)
    counts = present.T.dot(present)
    return counts.rename_axis(index="frame", columns=None).astype("int64")


def evidence_sample(
    analysis: Any, *, n: int = 5, seed: int = 0, frames: Sequence[str] | None = None
) -> pd.DataFrame:
    """A seeded random sample of up to ``n`` hits per frame, with the sentence they stand in.

    Columns: frame, term, doc_id, sent_id, start, end, match (the text's
    words), sentence (the match marked ``[[...]]``), plus title and url when
    known. Each frame is sampled from its own hits, so editing one frame's
    terms does not change another frame's sample.
    """
    hits = analysis.frame_hits
    wanted = list(frames) if frames is not None else analysis_dictionary(analysis).frame_ids
    samples = []
    for frame_id in wanted:
        frame_hits = hits[hits["frame"] == frame_id]
        if len(frame_hits) > n:
            frame_hits = frame_hits.sample(n=n, random_state=seed).sort_index()
        samples.append(frame_hits)
    sample = pd.concat(samples, ignore_index=True) if samples else hits.iloc[0:0]
    return _with_sentences(sample, analysis)


def _with_sentences(hits: pd.DataFrame, analysis: Any) -> pd.DataFrame:
    texts = analysis.articles.set_index("doc_id")["text"]
    sentences = analysis.sentences.set_index(["doc_id", "sent_id"])[["start", "end"]]
    rows = []
    for hit in hits.itertuples(index=False):
        text = texts[hit.doc_id]
        if (hit.doc_id, hit.sent_id) in sentences.index:
            s_start, s_end = sentences.loc[(hit.doc_id, hit.sent_id)]
        else:
            s_start, s_end = hit.start, hit.end
        rows.append((text[hit.start:hit.end], marked_sentence(text, sentence=(s_start, s_end), hit=(hit.start, hit.end))))
    result = hits.reset_index(drop=True).copy()
    result["match"] = pd.Series([row[0] for row in rows], dtype="str")
    result["sentence"] = pd.Series([row[1] for row in rows], dtype="str")
    meta = [column for column in ("title", "url") if column in analysis.articles.columns]
    if meta:
        result = result.merge(analysis.articles[["doc_id", *meta]], on="doc_id", how="left")
    return result


def marked_sentence(text: str, *, sentence: tuple[int, int], hit: tuple[int, int]) -> str:
    """The sentence span of ``text`` with the hit span marked ``[[...]]`` and whitespace folded."""
    (s_start, s_end), (start, end) = sentence, hit
    return " ".join((text[s_start:start] + "[[" + text[start:end] + "]]" + text[end:s_end]).split())

