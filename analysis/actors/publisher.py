"""The outlet is not an actor: mentions of the article's publisher.

A news story names the outlet that publishes it ("Smith told Wikinews",
"a Wikinews reporter") and the wire agencies whose copy it carries ("EFE
reported", "according to Reuters"). They are where the story comes from,
not actors in it, so such mentions keep their row in the ``mentions`` table
with ``how == "publisher"`` (the step's schema is unchanged) and the actor
summaries leave them out by default.

A mention is the publisher's when its actor type is ``media`` and its actor
name or surface is

* a wire agency (the list ``analysis/dictionaries/lexicon/wire_agencies.txt``), or
* the article's own outlet: its ``source`` field ("EFE"), or a label of its
  URL's host ("Wikinews" in ``en.wikinews.org``).

Names are compared case-, accent- and punctuation-insensitively
("Agence France-Presse" is "agence france presse"; "the AP" is matched by its
actor, "Associated Press"). Only media actors are tagged: "PAP" discovered as
an organisation (Singapore's People's Action Party) is not the Polish agency.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Mapping
from urllib.parse import urlsplit

import pandas as pd

from analysis.actors.mention_types import UNCOUNTED_HOW
from analysis.text import lexicon
from analysis.text.normalization import fold_accents

PUBLISHER = "publisher"
WIRE_AGENCY_CUE = "publisher: wire agency"
OWN_OUTLET_CUE = "publisher: the article's own outlet"
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_MIN_HOST_LABEL = 3  # host labels shorter than this ("en", "uk") name no outlet


def name_key(name: Any) -> str:
    """A name folded for comparison: lower case, no accents, runs of punctuation and space as one space."""
    if type(name) is str:  # noqa: E721 - a plain string (most names), no isna test
        return _text_key(name)
    if name is None or (isinstance(name, float) and pd.isna(name)):
        return ""
    return _text_key(str(name))


@lru_cache(maxsize=1 << 14)
def _text_key(text: str) -> str:
    """:func:`name_key` of a string (remembered: outlets' and sources' names recur from article to article)."""
    return _NOT_ALNUM.sub(" ", fold_accents(text).casefold()).strip()


@lru_cache(maxsize=1)
def wire_agency_keys() -> frozenset[str]:
    """The wire agencies of the shipped list, as :func:`name_key` keys."""
    return frozenset(name_key(name) for name in lexicon.words("wire_agencies"))


def outlet_keys(meta: Mapping[str, Any]) -> frozenset[str]:
    """Keys naming the article's own outlet: its ``source`` and the labels of its ``url``'s host."""
    keys = {name_key(meta.get("source"))}
    url = meta.get("url")
    if isinstance(url, str) and url.strip():
        host = urlsplit(url.strip()).hostname or ""
        keys |= {label for label in host.split(".") if len(label) >= _MIN_HOST_LABEL}
    return frozenset(key for key in keys if key)


def publisher_cue(actor: Any, surface: Any, actor_type: Any, *, outlets: frozenset[str]) -> str:
    """Why a mention is the publisher's (a ``*_CUE`` text), or "" when it is not."""
    if actor_type != "media":
        return ""
    keys = {name_key(actor), name_key(surface)}
    if keys & outlets or {key.replace(" ", "") for key in keys} & outlets:
        return OWN_OUTLET_CUE
    return WIRE_AGENCY_CUE if keys & wire_agency_keys() else ""


def tag_publisher_columns(columns: dict[str, list], meta: Mapping[str, Any]) -> dict[str, list]:
    """Mark the publisher's mentions in a columnar mentions table: ``how`` "publisher", ``cue`` says why.

    ``columns`` holds at least ``surface``, ``actor``, ``actor_type``, ``how``
    and ``cue`` lists (one article's rows); ``meta`` the article's fields
    (``source``, ``url``). Returns a new dict; other columns are shared.
    """
    how, cue = list(columns["how"]), list(columns["cue"])
    media = [index for index, actor_type in enumerate(columns["actor_type"]) if actor_type == "media"]
    outlets = outlet_keys(meta) if media else frozenset()  # only an outlet's mention can be the publisher's
    actors, surfaces, actor_types = columns["actor"], columns["surface"], columns["actor_type"]
    for index in media:
        if how[index] == PUBLISHER or how[index] in UNCOUNTED_HOW:
            continue  # tagged already (by the step, when tables are tagged again), inside a longer name or a credit
        reason = publisher_cue(actors[index], surfaces[index], actor_types[index], outlets=outlets)
        if reason:
            how[index] = PUBLISHER
            cue[index] = f"{reason}; {cue[index]}" if cue[index] else reason
    return {**columns, "how": how, "cue": cue}


def tag_publishers(mentions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The mentions table with the publisher's mentions tagged, reading each article's ``source`` and ``url``.

    For tables made before the step tagged them, or by a run whose articles
    carried no ``url`` to the step: rows already tagged stay as they are.
    """
    if mentions.empty:
        return mentions
    fields = [name for name in ("source", "url") if name in articles.columns]
    meta = articles.set_index("doc_id")[fields].to_dict("index") if fields else {}
    tagged = []
    for doc_id, rows in mentions.groupby("doc_id", sort=False):
        columns = {name: rows[name].tolist() for name in ("surface", "actor", "actor_type", "how", "cue")}
        tagged.append(pd.DataFrame(tag_publisher_columns(columns, meta.get(doc_id, {})), index=rows.index)[["how", "cue"]])
    result = mentions.copy()
    result[["how", "cue"]] = pd.concat(tagged).reindex(mentions.index).astype(mentions[["how", "cue"]].dtypes.to_dict())
    return result


def actor_mentions(mentions: pd.DataFrame, *, include_publishers: bool = False) -> pd.DataFrame:
    """The mentions that count as actors: the publisher's left out unless ``include_publishers``, and never the
    places named inside a longer name (``how == "inner"``: "California" in "University of California") nor the names
    in picture credits (``how == "credit"``)."""
    if mentions.empty or "how" not in mentions.columns:
        return mentions
    left_out = [*UNCOUNTED_HOW] if include_publishers else [*UNCOUNTED_HOW, PUBLISHER]
    return mentions[~mentions["how"].isin(left_out).to_numpy()]
