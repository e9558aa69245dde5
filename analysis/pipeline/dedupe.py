"""Counting wire copy once: the ``dedupe`` option every notebook and summary takes.

``"none"``
    every article counts once (near-duplicates included);
``"story"``
    each story counts once: only its canonical member (earliest dated, then
    longest, then smallest doc_id; :mod:`analysis.corpus.near_duplicates`)
    is kept, in the articles and in every table of an analysis;
``"weight"``
    every article is kept with a ``weight`` of 1/(its story's size), so a
    story of five copies weighs as much as a story printed once. The
    summaries honour the weight through
    :func:`analysis.stats.groups.article_weights`: counts become sums of
    weights, shares and means weighted means.

In every mode the articles table gains the story columns (``story_id``,
``similarity_to_story``, ``story_size``, ``canonical``).
"""
from __future__ import annotations

import dataclasses
from typing import Any

import pandas as pd

from analysis.corpus.near_duplicates import DEFAULT_THRESHOLD, Stories, find_stories, with_stories
from analysis.errors import OptionError
from analysis.stats.groups import WEIGHT

DEDUPE_MODES = ("none", "story", "weight")
COUNT_COLUMNS = ["dedupe", "articles", "counted_as", "folded"]


def check_mode(mode: str) -> str:
    """``mode`` when it is one of :data:`DEDUPE_MODES`, else an OptionError naming them."""
    if mode not in DEDUPE_MODES:
        raise OptionError(f"dedupe={mode!r}: expected one of {', '.join(repr(m) for m in DEDUPE_MODES)}")
    return mode


def story_articles(articles: pd.DataFrame, *, threshold: float = DEFAULT_THRESHOLD,
                   stories: Stories | None = None) -> pd.DataFrame:
    """The articles with their story columns (stories found here unless given)."""
    if stories is None:
        stories = find_stories(articles, threshold=threshold)
    return with_stories(articles, stories)


def dedupe_articles(articles: pd.DataFrame, mode: str, *, threshold: float = DEFAULT_THRESHOLD,
                    stories: Stories | None = None) -> pd.DataFrame:
    """The articles as ``mode`` counts them (module docstring), with their story columns, in their order."""
    check_mode(mode)
    table = story_articles(articles.drop(columns=[WEIGHT], errors="ignore"), threshold=threshold, stories=stories)
    if mode == "story":
        return table[table["canonical"]].reset_index(drop=True)
    if mode == "weight":
        return table.assign(**{WEIGHT: 1.0 / table["story_size"].to_numpy(dtype="float64")})
    return table


def deduplicated(analysis: Any, mode: str, *, threshold: float = DEFAULT_THRESHOLD, stories: Stories | None = None) -> Any:
    """An Analysis (or a Corpus) whose articles, and every table keyed by doc_id, follow ``mode``."""
    articles = dedupe_articles(analysis.articles, mode, threshold=threshold, stories=stories)
    changes: dict[str, Any] = {"articles": articles}
    if mode == "story" and hasattr(analysis, "tables"):
        kept = set(articles["doc_id"])
        changes["tables"] = {
            name: table[table["doc_id"].isin(kept)].reset_index(drop=True) if "doc_id" in table.columns else table
            for name, table in analysis.tables.items()
        }
    return dataclasses.replace(analysis, **changes)


def _totals(articles: pd.DataFrame) -> tuple[int, int]:
    """(articles before deduplication, stories) of an articles table with story columns, in any mode."""
    stories = articles.drop_duplicates("story_id")
    return int(stories["story_size"].sum()), len(stories)


def dedupe_counts(articles: pd.DataFrame) -> pd.DataFrame:
    """How many articles each mode keeps (``articles``), what they count as (``counted_as``: stories for
    ``weight``) and how many near-duplicates are folded; ``articles`` carries the story columns."""
    n_articles, n_stories = _totals(articles)
    rows = [
        ("none", n_articles, n_articles, 0),
        ("story", n_stories, n_stories, n_articles - n_stories),
        ("weight", n_articles, n_stories, n_articles - n_stories),
    ]
    return pd.DataFrame(rows, columns=COUNT_COLUMNS).astype(
        {"dedupe": "str", "articles": "int64", "counted_as": "int64", "folded": "int64"})


def dedupe_note(articles: pd.DataFrame, mode: str) -> str:
    """One line saying which mode a run used and how many articles it folded (``articles``: with story columns)."""
    check_mode(mode)
    n_articles, n_stories = _totals(articles)
    folded = n_articles - n_stories
    if mode == "none":
        shared = int((articles.drop_duplicates("story_id")["story_size"] > 1).sum())
        return (f"dedupe 'none': all {n_articles} articles counted; {folded} near-duplicate(s) in {shared} "
                f"stories of two or more articles would fold with 'story' or 'weight'.")
    if mode == "story":
        return f"dedupe 'story': {n_stories} stories counted once each; {folded} near-duplicate article(s) folded."
    return (f"dedupe 'weight': {n_articles} articles weighted 1/story size, counting as {n_stories} stories; "
            f"{folded} near-duplicate article(s) folded.")


def story_facts(articles: pd.DataFrame, *, threshold: float = DEFAULT_THRESHOLD,
                stories: Stories | None = None) -> dict[str, int]:
    """``n_stories`` and ``n_near_duplicates`` (articles a ``story`` or ``weight`` run folds) of a corpus's articles
    (their stories found here, from the texts, unless given)."""
    n_articles, n_stories = _totals(story_articles(articles, threshold=threshold, stories=stories))
    return {"n_stories": n_stories, "n_near_duplicates": n_articles - n_stories}


def report_line(mode: str, facts: dict[str, Any]) -> str:
    """The report index's line on deduplication: the mode the notebooks ran with and how many articles it folded."""
    check_mode(mode)
    n_articles, folded = facts.get("n_articles", 0), facts.get("n_near_duplicates", 0)
    stories = f"{n_articles - folded} stories among {n_articles} articles"
    if mode == "none":
        return f"none: every article counted ({stories}; 'story' or 'weight' would fold {folded})"
    how = "canonical member of each story kept" if mode == "story" else "members weighted 1/story size"
    return f"{mode}: {folded} near-duplicate article(s) folded ({how}; {stories})"
