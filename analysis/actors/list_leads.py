"""The plural noun that leads a list of names ("firms such as Zotero and Quantcast"), found past the names before.

:func:`analysis.actors.discovery._type_lists` gives the names listed after a plural role, organisation or media
noun its type. The noun stands right before the first name ("charities such as Oxfam"); a later name of the list
reaches it through the names before it. :func:`list_lead` finds the noun for a name:

* right before it: "companies such as Zotero", "officials Ann Lee" (also a capitalised noun opening a sentence
  when a list word follows it: "Companies such as Zotero ...", "Airlines including JetBlue ...");
* before dictionary names listed ahead of it, separated by commas, "and" or "or": "charities such as the
  Wikimedia Foundation and Creative Commons", "carriers including Delta, United and Volaris" (the discovered
  names of a list chain to each other in ``_type_lists`` itself; a dictionary match is no discovered name, so
  the chain stops at one).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Sequence

from analysis.actors.mention_types import Span
from analysis.actors.name_context import NameContext

# What may stand between a plural noun and the first name of its list.
_LIST_WORD_LIST = ("including", "such as", "like", "among them", "namely")
_LIST_WORDS = rf"(?:{'|'.join(_LIST_WORD_LIST)})"
LEAD = re.compile(rf"\b([a-z]+s)\s*(?:,\s*)?(?:{_LIST_WORDS}\s+(?:the\s+)?)?$")
_CAPITAL_LEAD = re.compile(rf"\b([A-Z][a-z]+s)\s*(?:,\s*)?{_LIST_WORDS}\s+(?:the\s+)?$")  # "Companies such as"
_CAPITAL_LEAD_ENDS = (*_LIST_WORD_LIST, "the")  # what :data:`_CAPITAL_LEAD` ends with, its spaces left out
_SENTENCE_ENDS = (".", "!", "?", ":", "\n")
_LEAD_WIDTH = 40
_LEAD_ENDS = ("s", ",", "the", *_LIST_WORD_LIST)  # what a lead ends with, its spaces left out
# What separates two names of a list ("Delta, United and Volaris"), "the" of the next name included.
_SEPARATOR = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")
_SEPARATOR_ENDS = (",", " and", " or", " the")  # what text before a listed name ends with (then a space)
_LISTED_SPANS = 4  # dictionary names a lead may stand before
_LIST_GOES_ON = re.compile(r"\s*(?:[,;(]|(?:and|or|of)\b)|['’]s\b")  # after a name a noun and a comma alone lead


def list_lead(ctx: NameContext, start: int, end: int | None = None) -> re.Match[str] | None:
    """The plural noun (group 1) leading the list a name starting at ``start`` (ending at ``end``) belongs to, or
    None (module doc). A noun and a comma alone lead a name that goes on as a list or a description goes on
    ("his daughters, Ann, Jo and Liz", "the lead authors, Wilson of ...", "cooperatives, KSRTC's cooperative"): a
    name after them that a verb follows opens the sentence's main clause ("For each of these parties, Richardson
    is ...")."""
    view = ctx.view
    lead = _lead_right_before(view, start)
    if lead is not None and end is not None and lead.group(0).rstrip().endswith(",") \
            and not _LIST_GOES_ON.match(view, end):
        return None
    if lead is not None or not view[max(0, start - 5):start].rstrip().endswith(_SEPARATOR_ENDS):
        return lead  # the common case: no list separator before the name
    spans = ctx.spans
    at = bisect_right(spans, start, key=_start)
    end = start
    for span in reversed(spans[max(0, at - _LISTED_SPANS):at]):
        if span.end > end or not _listed(span) or _SEPARATOR.fullmatch(view, span.end, end) is None:
            return None
        lead = _lead_right_before(view, span.start)
        if lead is not None:
            return lead
        end = span.start
    return None


def _lead_right_before(view: str, start: int) -> re.Match[str] | None:
    """The plural noun right before a name starting at ``start``; a capitalised one only where it opens a sentence."""
    window_start = max(0, start - _LEAD_WIDTH)
    window = view[window_start:start]
    stripped = window.rstrip()
    if not stripped.endswith(_LEAD_ENDS):
        return None  # no lead can end here (most names): the patterns, tried from every offset, need not run
    capital = _CAPITAL_LEAD.search(window) if stripped.endswith(_CAPITAL_LEAD_ENDS) else None  # before the lower-case
    # pattern, which would read "as" as a plural
    if capital is not None:
        before = view[:window_start + capital.start(1)].rstrip()
        if not before or before.endswith(_SENTENCE_ENDS):
            return capital
    return LEAD.search(window)


def _start(span: Span) -> int:
    return span.start


def _listed(span: Span) -> bool:
    """Whether a dictionary match may be a listed name (not a demonym: "Spanish and French firms")."""
    return span.how in ("dictionary", "alias") and span.kind in ("person", "organization", "media")
