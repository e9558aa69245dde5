"""Spanish sentence tone, opt-in and unvalidated: the ``sentiment-analysis-spanish`` package's classifier.

The package (0.0.25, MIT licence, the ``spanish`` extra: ``pip install '.[spanish]'``)
ships, inside its wheel, a multinomial naive Bayes over word 1-3-grams (5,000
features) trained on about 800,000 Spanish *reviews* (restaurants, shops,
films; see its README), pickled with scikit-learn 0.23.2. Its output is
P(positive) of a text. It has never been checked on news: no Spanish news
text coded for tone by people was found to validate it on, and reviews are
not news (a report of deaths reads negative, a neutral line about a minister
reads about 0.5, a denial reads strongly negative). So it is never on by
default: a user asks for it with ``sentiment_lang_methods={"es": METHOD}``,
and every figure it gives carries :data:`METHOD` in the sentiment table's
``method`` column (notebooks label it unvalidated).

Scale: ``compound = 2 * P(positive) - 1``, so 0 is the classifier's even
odds and the range is VADER's [-1, 1]; the ``sentiment_threshold`` (0.05)
then means P(positive) >= 0.525 or <= 0.475. The classifier has no word
valences, so VADER's ``pos``/``neu``/``neg`` are NaN, the word-level counts
are 0 (the article's ``word_tone`` is NaN) and the narration and quoted
speech of a mixed sentence are scored as two texts of their own. The
English reporting-verb rule (``sentiment_neutral_cues``) does not apply.

Loading: unpickling the package's files takes about half a minute and
0.8 GB (the vectorizer carries the 4.8 million n-grams it dropped, which
scikit-learn keeps only for introspection). The first load keeps what
scoring needs, the 5,000 n-grams and the classifier's log-probabilities, in
``<cache>/models/`` (:func:`analysis.paths.cache_dir`), keyed by the
package files' SHA-256, after checking that the slim model gives the
package's own probabilities on probe sentences; a process then loads it
once (:func:`model`), in milliseconds, through a fresh scikit-learn
``CountVectorizer``.
"""
from __future__ import annotations

import bisect
import hashlib
import importlib.util
import json
import math
import os
import re
import tempfile
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, Sequence

import numpy as np

from analysis.errors import OptionError
from analysis.paths import cache_dir
from analysis.sentiment.voices import MIXED, NARRATION, QUOTE

METHOD = "sentiment_analysis_spanish"  # the sentiment table's ``method`` value for this classifier
PACKAGE = "sentiment_analysis_spanish"
EXTRA = "pip install '.[spanish]' (sentiment-analysis-spanish==0.0.25 and scikit-learn==1.9.1)"
METHODS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {"es": (METHOD,)}  # opt-in tone methods for non-English articles
_FILES = ("ngram_vectorized_compressed.pbz2", "classifier_naive_bayes_compressed.pbz2")
_PROBES = (  # the slim model must give the package's probabilities on these before it is kept
    "Estamos muy satisfechos con la cooperación",
    "La guerra dejó miles de muertos y heridos",
    "Rusia no ve a América Latina como un espacio para juegos geopolíticos",
    "",
)


def lang_methods(options: Mapping[str, Any]) -> dict[str, str]:
    """The ``sentiment_lang_methods`` option checked: language -> method, each one this module provides.

    The method's package must be installed; without it the error says how to install the extra.
    """
    value = options.get("sentiment_lang_methods") or {}
    if not isinstance(value, Mapping):
        raise OptionError(f"sentiment_lang_methods {value!r}: expected a mapping such as {{'es': {METHOD!r}}}")
    for lang, method in value.items():
        known = METHODS_BY_LANGUAGE.get(lang)
        if known is None:
            raise OptionError(f"sentiment_lang_methods: no tone method for language {lang!r}; "
                              f"methods exist for {sorted(METHODS_BY_LANGUAGE)}")
        if method not in known:
            raise OptionError(f"sentiment_lang_methods[{lang!r}] = {method!r}: expected one of {list(known)}")
    if value and not installed():
        raise OptionError(f"sentiment_lang_methods {dict(value)!r} needs the 'spanish' extra, which is not "
                          f"installed: {EXTRA}")
    return {str(lang): str(method) for lang, method in value.items()}


@lru_cache(maxsize=1)
def installed() -> bool:
    """Are the classifier's package and scikit-learn importable (without importing them)?"""
    return all(importlib.util.find_spec(name) is not None for name in (PACKAGE, "sklearn"))


@dataclass(frozen=True)
class SpanishModel:
    """What scoring needs from the package's classifier: the vectorizer and the log-probabilities."""

    vectorizer: Any  # a scikit-learn CountVectorizer with the package's fixed vocabulary
    feature_log_prob: np.ndarray  # (classes, features)
    class_log_prior: np.ndarray  # (classes,)
    params: Mapping[str, Any]  # the vectorizer's n-gram range, lower-casing and token pattern

    def positive(self, texts: Sequence[str]) -> np.ndarray:
        """P(positive) of each text, as the package's ``MultinomialNB.predict_proba(...)[:, 1]``."""
        if not len(texts):
            return np.zeros(0, dtype="float64")
        joint = self.vectorizer.transform(list(texts)) @ self.feature_log_prob.T + self.class_log_prior
        joint = np.asarray(joint, dtype="float64")
        joint -= joint.max(axis=1, keepdims=True)
        probability = np.exp(joint)
        return probability[:, 1] / probability.sum(axis=1)

    def compound(self, texts: Sequence[str]) -> np.ndarray:
        """``2 * P(positive) - 1`` of each text: the classifier on VADER's [-1, 1] scale."""
        return 2.0 * self.positive(texts) - 1.0


@lru_cache(maxsize=1)
def model() -> SpanishModel:
    """The classifier, loaded once per process (workers and Dask workers each load it once)."""
    if not installed():
        raise OptionError(f"Spanish tone needs the 'spanish' extra, which is not installed: {EXTRA}")
    package_dir = Path(importlib.util.find_spec(PACKAGE).origin).parent / "saved_model"
    digest = _files_digest(package_dir)
    slim = cache_dir() / "models" / f"{PACKAGE}-{digest[:16]}.npz"
    if slim.is_file():
        try:
            return _read_slim(slim)
        except (OSError, ValueError, KeyError):  # a damaged copy: rebuilt from the package below
            slim.unlink(missing_ok=True)
    built = _from_package(package_dir)
    _write_slim(built, slim)
    return built


def _files_digest(package_dir: Path) -> str:
    digest = hashlib.sha256()
    for name in _FILES:
        digest.update((package_dir / name).read_bytes())
    return digest.hexdigest()


def _vectorizer(vocabulary: Sequence[str], params: Mapping[str, Any]) -> Any:
    from sklearn.feature_extraction.text import CountVectorizer

    return CountVectorizer(vocabulary=list(vocabulary), ngram_range=tuple(params["ngram_range"]),
                           lowercase=bool(params["lowercase"]), token_pattern=str(params["token_pattern"]),
                           analyzer="word", dtype=np.int64)


def _from_package(package_dir: Path) -> SpanishModel:
    """Unpickle the package's vectorizer and classifier (slow) and keep what scoring needs, checked on probes."""
    from sklearn.exceptions import InconsistentVersionWarning
    from sentiment_analysis_spanish.sentiment_analysis import decompress_pickle

    with warnings.catch_warnings():
        # The files were pickled with scikit-learn 0.23.2. Only this warning is silenced: the probabilities are
        # checked below against the unpickled estimators, and the slim model never unpickles anything again.
        warnings.filterwarnings("ignore", category=InconsistentVersionWarning)
        full_vectorizer = decompress_pickle(str(package_dir / _FILES[0]))
        classifier = decompress_pickle(str(package_dir / _FILES[1]))
    terms = sorted(full_vectorizer.vocabulary_, key=full_vectorizer.vocabulary_.get)
    params = {"ngram_range": list(full_vectorizer.ngram_range), "lowercase": full_vectorizer.lowercase,
              "token_pattern": full_vectorizer.token_pattern}
    built = SpanishModel(_vectorizer(terms, params), np.asarray(classifier.feature_log_prob_, dtype="float64"),
                         np.asarray(classifier.class_log_prior_, dtype="float64"), params)
    expected = classifier.predict_proba(full_vectorizer.transform(list(_PROBES)))[:, 1]
    if list(classifier.classes_) != [0, 1] or not np.allclose(built.positive(_PROBES), expected, rtol=0, atol=1e-12):
        raise RuntimeError(f"{PACKAGE}: the kept vocabulary and log-probabilities do not reproduce the package's "
                           f"probabilities ({expected.tolist()}); is the package the pinned 0.0.25?")
    return built


def _write_slim(built: SpanishModel, path: Path) -> None:
    """Write the slim model atomically (a concurrent reader sees the old file or the whole new one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            np.savez(handle, terms=np.array(built.vectorizer.get_feature_names_out(), dtype=str),
                     feature_log_prob=built.feature_log_prob, class_log_prior=built.class_log_prior,
                     params=np.array(json.dumps(dict(built.params))))
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)


def _read_slim(path: Path) -> SpanishModel:
    with np.load(path, allow_pickle=False) as stored:
        params = json.loads(str(stored["params"]))
        return SpanishModel(_vectorizer(stored["terms"].tolist(), params), stored["feature_log_prob"].astype("float64"),
                            stored["class_log_prior"].astype("float64"), params)


def document_rows(doc: Any, quotes: Sequence[tuple[int, int]]) -> dict[str, list]:
    """The ``sentiment`` columns of a Spanish Document's sentences (every column but doc_id and method).

    ``quotes`` are the article's quoted-speech spans, disjoint and sorted. A
    sentence's ``compound`` is the classifier on the whole sentence; a mixed
    sentence's narration and quoted speech are scored as two texts (the parts
    outside and inside the quotes, joined by spaces), with their sizes in
    word tokens; a one-voice sentence's voice takes the sentence's compound.
    No word valences: ``pos``/``neu``/``neg`` are NaN and the word counts 0.
    """
    view, ends = doc.normalized, [hi for _, hi in quotes]
    parts = [_voice_parts(view, start, end, quotes, ends) for start, end in doc.sentences]
    texts = [view[start:end] for start, end in doc.sentences]
    mixed = [index for index, (narration, quoted) in enumerate(parts) if narration and quoted]
    scored = model().compound(texts + [parts[i][0] for i in mixed] + [parts[i][1] for i in mixed]).tolist()
    compound, narration_mixed, quote_mixed = scored[:len(texts)], scored[len(texts):len(texts) + len(mixed)], \
        scored[len(texts) + len(mixed):]
    by_mixed = {index: position for position, index in enumerate(mixed)}
    columns: dict[str, list] = {name: [] for name in _COLUMNS}
    for index, (narration, quoted) in enumerate(parts):
        narration_tokens, quote_tokens = _words(narration), _words(quoted)
        if index in by_mixed:
            voice, narration_value, quote_value = MIXED, narration_mixed[by_mixed[index]], quote_mixed[by_mixed[index]]
        elif quoted:
            voice, narration_value, quote_value = QUOTE, math.nan, compound[index]
        else:
            voice, narration_value, quote_value = NARRATION, compound[index], math.nan
        for name, value in zip(_COLUMNS, (compound[index], math.nan, math.nan, math.nan, voice, narration_value,
                                          quote_value, narration_tokens, quote_tokens, 0, 0, 0,
                                          compound[index], narration_value)):  # no cue rule in Spanish: unchanged
            columns[name].append(value)
    columns["sent_id"] = list(range(len(texts)))
    return columns


_COLUMNS = ("compound", "pos", "neu", "neg", "voice", "narration_compound", "quote_compound",
            "narration_tokens", "quote_tokens", "n_words", "pos_words", "neg_words",
            "compound_before_cue_rule", "narration_compound_before_cue_rule")
_WORD = re.compile(r"\w+")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _voice_parts(
    view: str, start: int, end: int, quotes: Sequence[tuple[int, int]], ends: Sequence[int]
) -> tuple[str, str]:
    """The narration and the quoted speech of ``view[start:end]``: the text outside and inside ``quotes`` (whose
    ends are ``ends``), each part's pieces joined by a space; a part with no word is empty."""
    narration, quoted, position = [], [], start
    first = bisect.bisect_right(ends, start)
    for lo, hi in quotes[first:]:
        if lo >= end:
            break
        narration.append(view[position:max(lo, start)])
        quoted.append(view[max(lo, start):min(hi, end)])
        position = min(hi, end)
    narration.append(view[position:end])
    narration_text, quoted_text = " ".join(narration).strip(), " ".join(quoted).strip()
    return (narration_text if _WORD.search(narration_text) else "", quoted_text if _WORD.search(quoted_text) else "")
