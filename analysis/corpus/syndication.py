"""Syndication facts: which stories are agency copy, which outlets carried each story, and how much of an outlet is wire.

A story is **agency copy** when its canonical member (see
:mod:`analysis.corpus.near_duplicates`) names a wire agency as its source
(the list ``analysis/dictionaries/lexicon/wire_agencies.txt``) or carries a
wire dateline: a ``.txt`` story whose dateline gave the place and the agency,
as in ``Moscow, Dec 22 (EFE) .-``.
"""
from __future__ import annotations

from typing import Any

import pandas as pd

from analysis.text import lexicon

UNKNOWN = "(unknown)"
OUTLET_COLUMNS = [
    "source", "articles", "stories", "syndicated", "share_syndicated", "agency_copy", "share_agency_copy",
]
STORY_OUTLET_COLUMNS = ["story_id", "source", "articles", "first_date", "last_date"]


def _present(value: Any) -> bool:
    """A scalar field that holds something: not None, NaN, NA or blank."""
    return value is not None and not pd.isna(value) and str(value).strip() != ""


def is_wire(*, source: Any, place: Any = None, record: Any = None) -> bool:
    """True for an article from a wire agency: a listed agency source, or a place-and-agency dateline of a text file."""
    if not _present(source):
        return False
    if str(source).strip().casefold() in lexicon.words("wire_agencies"):
        return True
    return _present(place) and not _present(record)


def _outlets(articles: pd.DataFrame) -> pd.Series:
    source = articles["source"].astype("str").where(articles["source"].notna(), UNKNOWN)
    return source.where(source.str.strip() != "", UNKNOWN)


def story_outlets(articles: pd.DataFrame) -> pd.DataFrame:
    """Per story and outlet (articles with story columns, :func:`~analysis.corpus.near_duplicates.with_stories`):
    how many of its articles the outlet ran and when (first and last date). Stories in the order of their first
    date, then story_id; within a story, outlets in the order they first ran it, then by name."""
    frame = pd.DataFrame({
        "story_id": articles["story_id"].to_numpy(), "source": _outlets(articles).to_numpy(),
        "date": pd.to_datetime(articles["date"]).to_numpy(),
    })
    table = frame.groupby(["story_id", "source"], sort=True).agg(
        articles=("date", "size"), first_date=("date", "min"), last_date=("date", "max")).reset_index()
    table["articles"] = table["articles"].astype("int64")
    table["_story_first"] = table.groupby("story_id")["first_date"].transform("min")
    order = ["_story_first", "story_id", "first_date", "source"]
    return table.sort_values(order, kind="stable", na_position="last")[STORY_OUTLET_COLUMNS].reset_index(drop=True)


def syndication_by_outlet(articles: pd.DataFrame, stories: pd.DataFrame) -> pd.DataFrame:
    """Per outlet: articles, distinct stories, articles in stories other outlets ran too (``syndicated``), and
    articles that belong to agency-copy stories (``agency_copy``), each with its share of the outlet's articles.

    ``articles`` carries the story columns; ``stories`` is the stories table
    (its ``wire`` and ``n_outlets`` columns). Most articles first.
    """
    facts = stories.set_index("story_id")
    frame = pd.DataFrame({
        "source": _outlets(articles).to_numpy(),
        "story_id": articles["story_id"].to_numpy(),
        "syndicated": articles["story_id"].map(facts["n_outlets"]).to_numpy() > 1,
        "agency_copy": articles["story_id"].map(facts["wire"]).fillna(False).to_numpy(dtype=bool),
    })
    table = frame.groupby("source", sort=True).agg(
        articles=("story_id", "size"), stories=("story_id", "nunique"),
        syndicated=("syndicated", "sum"), agency_copy=("agency_copy", "sum"),
    ).reset_index()
    table = table.astype({"articles": "int64", "stories": "int64", "syndicated": "int64", "agency_copy": "int64"})
    table["share_syndicated"] = (table["syndicated"] / table["articles"]).round(3)
    table["share_agency_copy"] = (table["agency_copy"] / table["articles"]).round(3)
    table = table.sort_values(["articles", "source"], ascending=[False, True], kind="stable", ignore_index=True)
    return table[OUTLET_COLUMNS]
