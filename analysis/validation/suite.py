"""The suite's own codes for the units of a coding sheet, in the coders' terms.

A unit is a span of an article: a sentence (``sent_id``) or the whole article.
The suite's codes for it are read from the analysis tables by character
offsets, so sentence- and article-level units use one rule: a mention, frame
hit or quotation belongs to a unit when it overlaps the unit's span.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from analysis.actors.inner_places import counted_mentions
from analysis.pipeline.spine import Analysis


def tone_class(compound: float, *, threshold: float) -> float:
    """-1, 0 or 1 for a VADER compound (or article tone) at ``threshold``; NaN stays NaN."""
    if np.isnan(compound):
        return float("nan")
    return float(np.sign(compound)) if abs(compound) >= threshold else 0.0


def unit_spans(units: pd.DataFrame, result: Analysis) -> pd.DataFrame:
    """``units`` (unit, doc_id, sent_id) with the ``start``/``end`` of each unit in its article's text."""
    sentences = result.sentences.set_index(["doc_id", "sent_id"])[["start", "end"]]
    lengths = result.articles.set_index("doc_id")["text"].str.len()
    starts, ends = [], []
    for unit, doc_id, sent_id in zip(units["unit"], units["doc_id"], units["sent_id"]):
        if unit == "article":
            starts.append(0)
            ends.append(int(lengths[doc_id]))
        else:
            start, end = sentences.loc[(doc_id, int(sent_id))]
            starts.append(int(start))
            ends.append(int(end))
    return units.assign(start=starts, end=ends)


def suite_codes(units: pd.DataFrame, result: Analysis) -> pd.DataFrame:
    """One row per unit: the suite's ``tone`` class, ``compound``, ``frames``, ``actors``, ``speaker``
    (tuples of names, sorted) and ``aliases`` (every surface and name of the unit's actors, casefolded,
    mapped to the actor's name, over the unit's article), keyed like ``units``. A place named inside a longer
    name (``how == "inner"``) is no actor a coder codes ("Caribbean" in the Community of Latin American and
    Caribbean States)."""
    spans = unit_spans(units[["unit", "doc_id", "sent_id"]].drop_duplicates(), result)
    threshold = float(result.options.get("sentiment_threshold", 0.05))
    sentence_tone = result.tables["sentiment"].set_index(["doc_id", "sent_id"])["compound"] if "sentiment" in result.tables else None
    article_tone = result.articles.set_index("doc_id")["tone"] if "tone" in result.articles else None
    mentions = _by_doc(counted_mentions(result.tables["mentions"]) if "mentions" in result.tables else None)
    hits = _by_doc(result.tables.get("frame_hits"))
    quotes = _by_doc(result.tables.get("quotes"))
    rows = []
    for unit in spans.itertuples(index=False):
        span = (unit.doc_id, unit.start, unit.end)
        if unit.unit == "article":
            compound = float(article_tone[unit.doc_id]) if article_tone is not None else float("nan")
        else:
            compound = float(sentence_tone.get((unit.doc_id, unit.sent_id), np.nan)) if sentence_tone is not None else float("nan")
        in_unit = _overlapping(mentions, *span)
        speakers = _overlapping(quotes, *span)
        rows.append({
            "unit": unit.unit, "doc_id": unit.doc_id, "sent_id": unit.sent_id,
            "compound": compound, "tone": tone_class(compound, threshold=threshold),
            "frames": _names(_overlapping(hits, *span), "frame"),
            "actors": _names(in_unit, "actor"),
            "speaker": _names(speakers.assign(name=_speaker_names(speakers)), "name"),
            "actor_types": dict(zip(in_unit.get("actor", []), in_unit.get("actor_type", []))),
            "aliases": _aliases(mentions.get(unit.doc_id, pd.DataFrame()), quotes.get(unit.doc_id, pd.DataFrame())),
        })
    return pd.DataFrame(rows)


def _by_doc(table: pd.DataFrame | None) -> Mapping[str, pd.DataFrame]:
    if table is None or table.empty:
        return {}
    return {str(doc_id): part for doc_id, part in table.groupby("doc_id", sort=False)}


def _overlapping(tables: Mapping[str, pd.DataFrame], doc_id: str, start: int, end: int) -> pd.DataFrame:
    table = tables.get(doc_id)
    if table is None:
        return pd.DataFrame()
    return table[(table["start"] < end) & (table["end"] > start)]


def _names(table: pd.DataFrame, column: str) -> tuple[str, ...]:
    if table.empty:
        return ()
    return tuple(sorted({str(name) for name in table[column] if isinstance(name, str) and name}))


def _speaker_names(quotes: pd.DataFrame) -> list[str]:
    """The resolved speaker of each quotation, else the source phrase as written."""
    if quotes.empty:
        return []
    return [speaker if isinstance(speaker, str) and speaker else (source if isinstance(source, str) else "")
            for speaker, source in zip(quotes["speaker"], quotes["source"])]


def _aliases(mentions: pd.DataFrame, quotes: pd.DataFrame) -> dict[str, str]:
    """Casefolded surface or name -> the suite's name, so a coder's "Lavrov" meets the suite's "Sergey Lavrov".

    Built from the whole article's mentions and quotations: the surname a coder
    writes for a speaker need not be written in the quoted sentence itself."""
    aliases: dict[str, str] = {}
    if not mentions.empty:
        for surface, actor in zip(mentions["surface"], mentions["actor"]):
            aliases.setdefault(str(actor).casefold(), str(actor))
            aliases.setdefault(str(surface).strip("() ").casefold(), str(actor))
    if not quotes.empty:
        for name in _speaker_names(quotes):
            aliases.setdefault(name.casefold(), name)
    return aliases


def canonical(names: Iterable[str], aliases: Mapping[str, str]) -> tuple[str, ...]:
    """A coder's names in the suite's terms where the unit's aliases know them, else casefolded; sorted."""
    return tuple(sorted({aliases.get(name.strip().casefold(), name.strip().casefold()) for name in names}))
