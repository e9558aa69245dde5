"""A body's or an outlet's name followed by a country or place: its branch there ("CNN Philippines", "BBC Scotland").

An outlet or a company names its branch in a country by adding the country's
name to its own: "CNN Philippines", "BBC Scotland", "Netflix Japan", "Toyota
Australia". Read word by word these are two actors, the outlet and the
country, so "according to CNN Philippines" counted a country that is no
actor of the sentence and gave the branch's words to the parent outlet.

:func:`with_branch_names` joins an organisation or outlet row and the country,
region or place row right after it (one space between) into one row of the
organisation's type, under the joined name's own id (``media:cnn-philippines``):
the branch is an actor of its own, as "CNN Philippines" is not CNN in Atlanta.
The place then has its inner row (:mod:`analysis.actors.inner_places`).

Not joined:

* a demonym or a metonym on either side ("the Republican Iowa caucuses": the
  party's demonym; "Washington Moscow talks");
* a capitalised word right after the place: the two are the start of a longer
  name this rule cannot read ("the AIP California Presidential Primary");
* a place that opens a clause: a finite auxiliary or a modal after it (``lexicon/be_forms.txt``, ``have_forms.txt``, ``do_forms.txt``,
  ``lexicon/modal_verbs.txt``: "He told the BBC Russia had not been consulted"), or the body right after
  "told", whose object a reported clause follows ("told Reuters China would ...", "told the BBC Iran
  rejected it");
* an organisation (not an outlet) after or opening with an article: "the UN Syria envoy", "a
  NATO Afghanistan mission", "the EU Turkey deal" use the country as a
  modifier of the noun after it, the topic of the body's work, not its
  branch; outlets have branches after "the" too ("the BBC Scotland website").

An outlet's short name may be another country's outlet's too: "ABC" is the US network and the Australian
Broadcasting Corporation. :func:`with_country_outlets` gives an outlet named with a country in news's other two
ways, "ABC of Australia" and "Australia's ABC", the id of the dictionary's outlet named "<outlet> <country>"
(``media:abc-australia``, "ABC Australia") when it lists one; the country keeps its row.
"""
from __future__ import annotations

import re
from typing import Mapping, Sequence

from analysis.actors.dictionary import Entry
from analysis.actors.mention_types import PLACE_KINDS, actor_id_for
from analysis.text import lexicon

_OWNER_HOWS = frozenset({"dictionary", "alias", "discovered"})  # not a demonym ("Republican") or a metonym
_PLACE_HOWS = frozenset({"dictionary", "alias"})
_ARTICLES = lexicon.words("articles")
_CLAUSE_VERBS = (lexicon.words("be_forms") - lexicon.words("nonfinite_be_forms")) \
    | lexicon.union("have_forms", "do_forms", "modal_verbs")  # finite auxiliaries and modals: "is", "has", "will"
_ARTICLE_BEFORE = re.compile(rf"(?:^|\W)(?:{lexicon.alternation('articles')})\s+$", re.IGNORECASE)


def with_branch_names(text: str, rows: Sequence[tuple]) -> list[tuple]:
    """``rows`` (mention rows: start, end, surface, actor_id, actor, actor_type, how, cue) with each organisation
    or outlet and the place right after it joined into the branch's row (module docstring)."""
    places = {row[0]: row for row in rows if row[5] in PLACE_KINDS and row[6] in _PLACE_HOWS}
    if not places:
        return list(rows)
    joined: dict[tuple, tuple] = {}
    for row in rows:
        kind = row[5]
        if kind not in ("organization", "media") or row[6] not in _OWNER_HOWS:
            continue
        place = places.get(row[1] + 1)
        if place is None or text[row[1]] != " " or not _ends_a_name(text, place[1]) \
                or _opens_a_clause(text, row[0], place[1]):
            continue
        if kind == "organization" and (_ARTICLE_BEFORE.search(text, max(0, row[0] - 6), row[0])
                                       or row[2].split(" ", 1)[0].casefold() in _ARTICLES):
            continue  # "the UN Syria envoy": the country is the body's topic
        name = text[row[0]:place[1]]
        joined[row] = (row[0], place[1], name, actor_id_for(kind, name), name, kind, "discovered",
                       f"branch: {row[2]} + {place[2]}")
        joined[place] = ()
    if not joined:
        return list(rows)
    return [joined.get(row, row) for row in rows if joined.get(row, row)]


def with_country_outlets(text: str, rows: Sequence[tuple], entries: Mapping[str, Entry]) -> list[tuple]:
    """``rows`` with each outlet row right after "<country>'s" or right before "of <country>" given the id of the
    dictionary's outlet "<outlet> <country>" of ``entries``, when there is one (module docstring)."""
    countries = [row for row in rows if row[5] == "country" and row[6] in _PLACE_HOWS]
    if not countries:
        return list(rows)
    by_end = {row[1]: row for row in countries}
    by_start = {row[0]: row for row in countries}
    renamed = []
    for row in rows:
        if row[5] == "media" and row[6] in ("dictionary", "alias"):
            owner = _POSSESSIVE_GAP.search(text, max(0, row[0] - 4), row[0])
            of = _OF_GAP.match(text, row[1])
            country = (by_end.get(owner.start()) if owner else None) or (by_start.get(of.end()) if of else None)
            entry = entries.get(actor_id_for("media", f"{row[2]} {country[2]}")) if country is not None else None
            if entry is not None and entry.type == "media":
                row = (*row[:3], entry.id, entry.name, *row[5:7], f"outlet of {country[2]}")
        renamed.append(row)
    return renamed


_POSSESSIVE_GAP = re.compile(r"['’]s \Z")  # "Australia's ABC"
_OF_GAP = re.compile(r" of (?:the )?")  # "ABC of Australia"
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_TOLD_BEFORE = re.compile(r"\btold\s+(?:the\s+)?$")


def _opens_a_clause(text: str, start: int, end: int) -> bool:
    """Whether the place ending at ``end`` opens a clause: an auxiliary or a modal follows it, or the body starting
    at ``start`` is the object of "told"."""
    after = _WORD_AFTER.match(text, end)
    if after is not None and after.group(1) in _CLAUSE_VERBS:
        return True
    return _TOLD_BEFORE.search(text, max(0, start - 10), start) is not None


def _ends_a_name(text: str, end: int) -> bool:
    """Whether no capitalised word follows ``end`` (after one space): the place ends the name."""
    after = text[end + 1:end + 2] if text[end:end + 1] == " " else ""
    return not after.isupper()
