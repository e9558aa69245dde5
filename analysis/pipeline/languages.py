"""Which articles each step measures, by language, and what a report says about it.

A step module may declare ``LANGUAGES``: the ISO 639-1 codes of the languages
it has resources for (lexicons, dictionaries, cue lists); without it the step
measures articles in any language. The spine runs a step for an article only
when the article's ``lang`` is among them and every step it requires ran for
that article too (quotes read the actors' mentions). Other articles get no
rows in the step's table, no value in its article-level metrics (NaN for
numbers, empty for text; counts stay 0 and flags False so the columns keep
one dtype) and the step's name in their ``not_measured`` column.

:func:`measure_coverage` and :func:`coverage_note` tell a notebook or the
report index, per measure, how many articles it covered and which languages it
left out; they read only the articles' ``lang`` and the steps' ``LANGUAGES``,
so they work on a loaded corpus, an analysis and stored tables alike.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any

import pandas as pd

from analysis.corpus.language import UNDETERMINED, Languages, language_counts, language_name
from analysis.pipeline.steps import STEPS, plan_steps, step_module, step_names
from analysis.text.sentences import sentence_languages

NOT_MEASURED = "not_measured"  # articles column: the steps not run for the article, comma-separated, else empty
SEPARATOR = ", "


def step_languages(step: ModuleType, options: Mapping[str, Any] | None = None) -> tuple[str, ...] | None:
    """The languages ``step`` declares (its ``LANGUAGES``), or None when it measures any language.

    A step whose languages depend on the run's options (tone in Spanish only when the user asks for it) also
    defines ``languages_for(options)``; with ``options`` given, that decides (it may raise on a bad option)."""
    hook = getattr(step, "languages_for", None)
    if hook is not None and options is not None:
        return tuple(hook(options))
    languages = getattr(step, "LANGUAGES", None)
    return None if languages is None else tuple(languages)


def skipped_steps(
    lang: str | None, steps: Sequence[ModuleType], options: Mapping[str, Any] | None = None
) -> list[ModuleType]:
    """The steps (in plan order) not run for an article in ``lang``: their languages lack it, or a step they
    require is skipped. With no ``lang`` (a loose text, not an article of a corpus) every step runs.
    ``options``: the run's (see :func:`step_languages`); None reads each step's ``LANGUAGES``."""
    if lang is None:
        return []
    skipped: list[ModuleType] = []
    skipped_tables: set[str] = set()
    for step in steps:
        languages = step_languages(step, options)
        if (languages is not None and lang not in languages) or skipped_tables & set(getattr(step, "REQUIRES", ())):
            skipped.append(step)
            skipped_tables.add(step.TABLE)
    return skipped


def document_language(lang: str | None) -> str:
    """The language a Document is built in: the article's when the text wing has sentence rules for it,
    else English, whose rules then split the sentences (every article has a sentences table)."""
    return lang if lang in sentence_languages() else "en"


def not_measured(
    langs: pd.Series, steps: Sequence[ModuleType], names: Mapping[ModuleType, str],
    options: Mapping[str, Any] | None = None,
) -> pd.Series:
    """Per article (``langs``: the articles' ``lang``), the names of the steps not run for it, or empty."""
    by_lang = {lang: SEPARATOR.join(names[step] for step in skipped_steps(lang, steps, options))
               for lang in langs.dropna().unique()}
    return pd.Series(pd.array([by_lang.get(lang, "") for lang in langs], dtype="str"), index=langs.index)


def mask_unmeasured(metrics: pd.DataFrame, doc_ids: pd.Index) -> pd.DataFrame:
    """``metrics`` (indexed by doc_id) with no value for the articles ``doc_ids``: NaN numbers, missing text.

    Articles the metrics lack get a row too, and integer and boolean columns
    hold 0 and False for them, so every column keeps its dtype whatever the
    corpus (a chunk of Spanish articles stores the same schema as an English one).
    """
    if not len(doc_ids):
        return metrics
    missing = pd.Index(doc_ids).difference(metrics.index)
    if len(missing):
        filler = pd.DataFrame({column: pd.Series(_no_value(metrics[column].dtype, len(missing)), index=missing,
                                                 dtype=metrics[column].dtype) for column in metrics.columns},
                              index=missing)
        metrics = pd.concat([metrics, filler]).rename_axis(metrics.index.name)
    rows = metrics.index.isin(doc_ids)
    masked = metrics.copy()
    for column in masked.columns:
        dtype = masked[column].dtype
        if pd.api.types.is_float_dtype(dtype) or pd.api.types.is_string_dtype(dtype) or dtype == object:
            masked.loc[rows, column] = None
    return masked


def _no_value(dtype: object, n: int) -> list:
    if pd.api.types.is_bool_dtype(dtype):
        return [False] * n
    if pd.api.types.is_integer_dtype(dtype):
        return [0] * n
    return [None] * n


def measure_coverage(
    articles: Languages, measures: Sequence[str] = tuple(STEPS), *, options: Mapping[str, Any] | None = None
) -> pd.DataFrame:
    """Per measure: articles covered, articles left out, and the languages left out with their counts.

    ``articles`` is an articles table (its ``lang`` column: a loaded corpus, an
    analysis or stored tables) or its counts by language; ``measures`` are
    steps by name (default: every shipped step), judged by the rule the spine
    runs them by (:func:`skipped_steps`; ``options``: the run's, e.g.
    Spanish tone switched on). Columns: ``measure``,
    ``n_articles``, ``n_covered``, ``n_left_out``, ``left_out``
    (``"es: 3, und: 1"``, most first; empty when none).
    """
    counts = language_counts(articles)
    n_articles = sum(counts.values())
    steps = plan_steps(measures)
    names = dict(zip(steps, step_names(steps)))
    skipped = {lang: {names[step] for step in skipped_steps(lang, steps, options)} for lang in counts}
    rows = []
    for measure in step_names([step_module(measure) for measure in measures]):
        left = {lang: n for lang, n in counts.items() if measure in skipped[lang]}
        n_left = sum(left.values())
        rows.append({"measure": measure, "n_articles": n_articles, "n_covered": n_articles - n_left,
                     "n_left_out": n_left, "left_out": SEPARATOR.join(f"{lang}: {n}" for lang, n in left.items())})
    frame = pd.DataFrame(rows, columns=["measure", "n_articles", "n_covered", "n_left_out", "left_out"])
    return frame.astype({"measure": "str", "n_articles": "int64", "n_covered": "int64", "n_left_out": "int64",
                         "left_out": "str"})


def coverage_note(
    articles: Languages, measures: Sequence[str] = tuple(STEPS), *, options: Mapping[str, Any] | None = None
) -> str:
    """One or a few sentences for a page: the corpus's languages and what each measure left out.

    ``articles`` and ``options`` as for :func:`measure_coverage`. On a corpus in one language
    that every measure covers, one line ("All 295 articles in English; every
    measure covered all of them.").
    """
    counts = language_counts(articles)
    n = sum(counts.values())
    if n == 0:
        return "No articles."
    if n == 1:
        corpus = f"The one article is in {language_name(next(iter(counts)))}"
    elif len(counts) == 1:
        corpus = f"All {n} articles in {language_name(next(iter(counts)))}"
    else:
        corpus = f"{n} articles: " + SEPARATOR.join(f"{count} in {language_name(lang)}" for lang, count in counts.items())
    coverage = measure_coverage(counts, measures, options=options)
    short = coverage[coverage["n_left_out"] > 0]
    if short.empty:
        return f"{corpus}; every measure covered {'it' if n == 1 else 'all of them'}."
    groups = short.groupby(["n_covered", "left_out"], sort=False)["measure"].agg(list)
    parts = [f"{_join(names)} covered {covered} of {n} (left out: {_languages(left_out)})"
             for (covered, left_out), names in groups.items()]
    full = [measure for measure in coverage["measure"] if measure not in set(short["measure"])]
    tail = f"; {_join(full)} covered all" if full else ""
    return (f"{corpus}. Measured only in languages the library has resources for: "
            f"{'; '.join(parts)}{tail}. Left-out articles have no value for those measures (column `not_measured`).")


def _join(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _languages(left_out: str) -> str:
    """``"es: 3, und: 1"`` as ``"3 Spanish, 1 undetermined"``."""
    counted = (item.split(": ") for item in left_out.split(SEPARATOR))
    return SEPARATOR.join(f"{count} {'undetermined' if lang == UNDETERMINED else language_name(lang)}"
                          for lang, count in counted)


def unmeasured_sets(values: Sequence[str]) -> list[set[str]]:
    """The ``not_measured`` column as one set of step names per article."""
    return [set(value.split(SEPARATOR)) if isinstance(value, str) and value else set() for value in values]
