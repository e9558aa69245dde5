"""What a page says about tone in languages other than English: which method scored which articles, and its validity.

English sentences are scored by VADER (validated: see ``accuracy_note``); Spanish
ones only when the run asks for it (``sentiment_lang_methods={"es":
"sentiment_analysis_spanish"}``), by a classifier trained on reviews and never
checked on news (:mod:`analysis.sentiment.spanish`). These notes say so where
the figures appear: notebook 01 (:func:`tone_notes`), notebook 03
(:func:`actor_tone_notes`) and the report index (:func:`tone_line`). They read
only the articles' languages and the run's options, by the rule the sentiment
step runs by, so they work on a loaded corpus, an analysis and stored tables.
On a corpus in English only they say nothing.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from analysis.corpus.language import Languages, language_counts, language_name
from analysis.sentiment import spanish

ENGLISH = "en"
METHOD_NAMES = {"vader": "VADER", "nltk": "VADER (nltk's port)"}  # the English methods as pages name them
SPANISH_UNVALIDATED = (
    "Spanish tone ({n} articles) is UNVALIDATED: an off-the-shelf classifier trained on Spanish product, restaurant "
    "and film reviews, never checked against news coded by people. On our seed story it reads −0.78 where VADER reads "
    "the English original +0.38. Compare it only with Spanish tone from the same method, never with English (VADER) "
    "figures."
)
SPANISH_OFF = (
    "Spanish articles have no tone: Spanish tone is off by default. "
    "`sentiment_lang_methods={{'es': '{method}'}}` switches on an unvalidated classifier (README, Languages)."
)
ACTOR_TONE_ENGLISH_ONLY = ("Tone toward actors is measured in English articles only; Spanish mentions carry no tone, "
                           "even when Spanish sentence tone is on.")


def tone_methods(articles: Languages, options: Mapping[str, Any] | None = None) -> dict[str, dict[str, int]]:
    """Per language (most articles first): ``{method: articles}``, or ``{}`` when no method scores it.

    English articles are scored by ``sentiment_method`` (default ``"vader"``);
    another language by the method ``sentiment_lang_methods`` names for it (checked
    as the step checks it), else not at all. ``articles``: an articles table
    (its ``lang``) or its counts by language.
    """
    options = dict(options or {})
    by_language = spanish.lang_methods(options)
    english = str(options.get("sentiment_method") or "vader")
    methods: dict[str, dict[str, int]] = {}
    for lang, n in language_counts(articles).items():
        method = english if lang == ENGLISH else by_language.get(lang)
        methods[lang] = {method: n} if method else {}
    return methods


def tone_notes(articles: Languages, options: Mapping[str, Any] | None = None) -> list[str]:
    """The lines notebook 01 prints about Spanish tone: unvalidated when it is on, absent when it is off; none
    on a corpus without Spanish articles."""
    spanish_methods = tone_methods(articles, options).get("es")
    if spanish_methods is None:
        return []
    if spanish.METHOD in spanish_methods:
        return [SPANISH_UNVALIDATED.format(n=spanish_methods[spanish.METHOD])]
    return [SPANISH_OFF.format(method=spanish.METHOD)]


def actor_tone_notes(articles: Languages) -> list[str]:
    """The line notebook 03 prints when the corpus has Spanish articles (actor tone is English only); else none."""
    return [ACTOR_TONE_ENGLISH_ONLY] if "es" in language_counts(articles) else []


def tone_line(articles: Languages, options: Mapping[str, Any] | None = None) -> str:
    """The report index's tone row: each method with the articles it scored and the articles left unscored;
    empty on a corpus in English only (the languages row already says it)."""
    methods = tone_methods(articles, options)
    if set(methods) <= {ENGLISH}:
        return ""
    parts = [f"{_method_name(method)} for {n} {language_name(lang)} article{'s' if n != 1 else ''}"
             for lang, scored in methods.items() for method, n in scored.items()]
    unscored = {lang: n for lang, n in language_counts(articles).items() if not methods[lang]}
    parts += [f"{n} {_language(lang)} article{'s' if n != 1 else ''} not scored"
              f"{' (opt-in, unvalidated)' if lang in spanish.METHODS_BY_LANGUAGE else ' (no tone method)'}"
              for lang, n in unscored.items()]
    return "Tone: " + "; ".join(parts)


def _method_name(method: str) -> str:
    if method == spanish.METHOD:
        return f"{method} (unvalidated, trained on reviews)"
    return METHOD_NAMES.get(method, method)


def _language(lang: str) -> str:
    name = language_name(lang)
    return "undetermined-language" if name.startswith("an ") else name
