"""The language of an article: declared by the data, set by the user, or detected from its body.

Detection uses py3langid (BSD-3-Clause; a naive Bayes model over byte n-grams
for 97 languages, shipped inside the package as a NumPy archive: offline, no
download, no pickle). It reads the article's body (the dateline, headline,
byline and closing furniture are already taken off by the loader), at most
:data:`DETECT_CHARS` characters of it, so its cost per article is small and
bounded whatever the article's length (under 1 ms on an idle core). Its confidence is the
model's probability of the language it names, calibrated across text lengths.

Where an article's ``lang`` comes from (its ``lang_source``):

``option``
    the ``lang=`` load option, which overrides everything (the user knows the corpus);
``declared``
    the record's own ``lang``/``language`` field (CSV/JSON) or its ``metadata.csv``
    row, when it holds a language code (``es``, ``ES``, ``es-ES``, ``spa`` is taken as
    written); a value that is not a code (``Spanish``) is not a declaration and the
    language is detected instead;
``detected``
    the identifier's best language when its confidence is at least
    ``lang_min_confidence`` (default :data:`MIN_CONFIDENCE`); below it (a headline-sized
    or mixed-script text) the article's ``lang`` is ``und`` (undetermined).

``lang_confidence`` is always the identifier's probability that the body is in
the recorded ``lang`` (0 for ``und``), so a declared or chosen language the text
does not bear out shows as a low confidence.

:func:`language_counts` counts a corpus's articles by language and :func:`language_name` names a language
for a page; the coverage notes (:mod:`analysis.pipeline.languages`) and the tone notes read them.
"""
from __future__ import annotations

import io
import lzma
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any, Union

import pandas as pd

UNDETERMINED = "und"
# Characters of the body read by the identifier (its cost is linear in them): about 150 words, a lede and more.
# Every whole Wikinews, GUM and mixed test text gets the same language from 1,000 characters as from 3,000.
DETECT_CHARS = 1000
# Below this confidence a detected language is "und". On the first 12 (6) words of the 295 Wikinews articles
# 0.4 kept 282 (198) as a language with 3 (3) wrong; 0.5 kept 274 (169) with 2 (1) wrong; 0.3 kept 285 (218) with
# 5 (6) wrong. Every whole Wikinews and GUM article but one (a bare date line) scores >= 0.99.
MIN_CONFIDENCE = 0.4
_CODE = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*")


@dataclass(frozen=True)
class Language:
    """An article's language (ISO 639-1 code or ``und``), the identifier's confidence in it, and its source."""

    lang: str
    confidence: float
    source: str  # "option", "declared" or "detected"


def language_code(value: Any) -> str | None:
    """``value`` as a lower-case language code (``"es-ES"`` -> ``"es"``), or None when it is not one."""
    if not isinstance(value, str):
        return None
    match = _CODE.fullmatch(value.strip())
    return match.group(1).lower() if match else None


def article_language(
    body: str, *, declared: Any = None, option: str | None = None, min_confidence: float = MIN_CONFIDENCE
) -> Language:
    """The language of an article whose story body is ``body`` (see the module docstring for the order)."""
    scores = _label_scores(body)
    chosen = language_code(option)
    if chosen:
        return Language(chosen, round(scores.get(chosen, 0.0), _DIGITS), "option")
    code = language_code(declared)
    if code:
        return Language(code, round(scores.get(code, 0.0), _DIGITS), "declared")
    best, confidence = _best(scores)
    if confidence < min_confidence:
        return Language(UNDETERMINED, 0.0, "detected")
    return Language(best, confidence, "detected")


def language_scores(body: str) -> dict[str, float]:
    """The identifier's probability of each language for the first :data:`DETECT_CHARS` characters of ``body``,
    rounded to 4 digits, most probable first (py3langid's ``rank``).

    Empty when the text has no letters to go by.
    """
    ranked = sorted(_label_scores(body).items(), key=itemgetter(1), reverse=True)
    return {lang: round(score, _DIGITS) for lang, score in ranked}


def _best(scores: dict[str, float]) -> tuple[str, float]:
    """The language ``max`` picks over the rounded scores (ties: the greater code) and its rounded score,
    rounding only the scores near the top: one more than 2e-4 below it rounds lower (4 digits)."""
    if not scores:
        return UNDETERMINED, 0.0
    floor = max(scores.values()) - _NEAR_TOP
    score, lang = max((round(score, _DIGITS), lang) for lang, score in scores.items() if score >= floor)
    return lang, score


_DIGITS = 4  # a probability is recorded to 4 decimal places
_NEAR_TOP = 2e-4  # twice the width of a 4-digit rounding step: every score rounding to the top one is closer


def _label_scores(body: str) -> dict[str, float]:
    """The identifier's unrounded probability of each language for the start of ``body`` (empty without a
    letter): the scores py3langid's ``rank`` sorts, one per label (a script alias merged into its language),
    read from its ``_decide`` (py3langid 0.4.0, pinned) without sorting or rounding all 97 of them."""
    sample = body[:DETECT_CHARS]
    if not any(character.isalpha() for character in sample):
        return {}
    labels, columns = _label_columns()
    return dict(zip(labels, _identifier()._decide(sample)[columns].tolist()))


@lru_cache(maxsize=1)
def _label_columns() -> tuple[list[str], Any]:
    """Each distinct label of the identifier and the column that holds its score (its first: py3langid folds an
    alias column into the first and zeroes it, and ``rank`` keeps the first)."""
    import numpy as np

    first: dict[str, int] = {}
    for column, label in enumerate(_identifier().nb_classes):
        first.setdefault(label, column)
    return list(first), np.array(list(first.values()), dtype=np.intp)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's identifier with normalised probabilities, loaded once per process (about 0.5 s, 100 MB).

    The model is decompressed in memory: py3langid's own loader streams it
    through a temporary file, which a full disk (or a file-size limit) would
    turn into a failure of every article's load. Its feature table is widened
    from float16 to float32 once (57 MB instead of 28 MB) rather than at every
    article's product: the same float32 product (the same probabilities, to the
    bit), about a fifth less time in the identifier (0.45 -> 0.35 ms an article).
    Its features are counted by :mod:`analysis.corpus.language_walk` (the same counts and scores, to the bit;
    about half the time in the identifier when loading).
    """
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import _to_array  # the arrays py3langid 0.4.0 (pinned) builds its identifier from

    from analysis.corpus.language_walk import FastIdentifier

    with lzma.open(MODEL_DIR / MODEL_FILE) as packed, np.load(io.BytesIO(packed.read()), allow_pickle=False) as model:
        return FastIdentifier(
            np.asarray(model["ptc"], dtype=np.float32), np.asarray(model["pc"]), model["classes"].tolist(),
            _to_array(model["nextmove"]),
            model["out_feat"].tolist(), norm_probs=True, tk_row=_to_array(model["nextmove_row"]),
        )


Languages = Union[pd.DataFrame, Mapping[str, int]]


def language_counts(articles: Languages) -> dict[str, int]:
    """Articles per language, most first (then by code): from an articles table's ``lang`` or a mapping
    of counts such as ``Corpus.summary()["languages"]``. A missing language counts as ``und``."""
    if isinstance(articles, pd.DataFrame):
        counts = articles["lang"].fillna(UNDETERMINED).value_counts().to_dict()
    else:
        counts = dict(articles)
    return {str(lang): int(n) for lang, n in sorted(counts.items(), key=lambda item: (-item[1], str(item[0]))) if n}


def language_name(code: str) -> str:
    """A language's English name for notes (``"es"`` -> ``"Spanish"``); the code itself when unlisted."""
    return _NAMES.get(code, code)


_NAMES = {
    "en": "English", "es": "Spanish", "pt": "Portuguese", "fr": "French", "de": "German", "it": "Italian",
    "ca": "Catalan", "nl": "Dutch", "ru": "Russian", "zh": "Chinese", "ar": "Arabic", "ja": "Japanese",
    UNDETERMINED: "an undetermined language",
}
