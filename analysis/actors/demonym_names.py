"""Demonyms inside a longer capitalised name: "African American", "American Indian", "the Tarahumara Indians",
"the Indianapolis Indians".

A demonym modifying a common noun ("American officials", "the American economy") or standing for its people
("many Americans") is a mention of its country. Inside a longer name it names none:

* two demonyms with one space between them name one people ("African American", "American Indian", "Mexican
  Americans"), neither country; a hyphen between them names both ("Russian-Ukrainian talks") and is left alone;
* a plural demonym right after a capitalised word that does not open its sentence, is no month or weekday and
  is never written in lower case in the text closes the name of a people or a team ("the Tarahumara Indians",
  "the Cleveland Indians"); "Many Americans" opening a sentence, "most Americans" stay the country's.

Such a demonym's span is dropped: no row, no count, no id. Only the demonyms of countries and regions: a party's
("House Democrats", "Texas Republicans") names its party after a capitalised word too.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Sequence

from analysis.actors.address_words import prose_vocabulary
from analysis.actors.mention_types import Span
from analysis.text import lexicon
from analysis.text.document import Document

_DATE_NAMES = lexicon.union("months", "weekdays")
_PEOPLE_KINDS = frozenset({"country", "region"})  # a party's demonym names it ("House Democrats", "Texas Republicans")


def without_demonyms_in_names(doc: Document, spans: Sequence[Span]) -> list[Span]:
    """``spans`` without the demonyms that are words of a longer name (see the module docstring)."""
    demonyms = [span for span in spans if span.how == "demonym" and span.kind in _PEOPLE_KINDS]
    if not demonyms:
        return list(spans)
    view = doc.normalized
    paired = _paired(view, demonyms)
    named = {span for span in demonyms if span not in paired and _after_name_word(doc, span)}
    return [span for span in spans if span not in paired and span not in named]


def _paired(view: str, demonyms: Sequence[Span]) -> set[Span]:
    """The demonyms written next to another one with one space between ("African American")."""
    paired: set[Span] = set()
    for first, second in zip(demonyms, demonyms[1:]):
        if view[first.end:second.start] == " ":
            paired.update((first, second))
    return paired


def _after_name_word(doc: Document, span: Span) -> bool:
    """Whether ``span`` is a plural demonym right after a capitalised name word that does not open its sentence."""
    view = doc.normalized
    if not view.endswith("s", span.start, span.end):
        return False
    columns = doc.token_columns
    at = bisect_left(columns.starts, span.start)
    if not 0 < at < len(columns.starts) or columns.starts[at] != span.start \
            or columns.ends[at - 1] != span.start - 1 or view[span.start - 1] != " ":
        return False
    word = columns.texts[at - 1]
    if not (word[:1].isupper() and word.isalpha() and not word.isupper()):
        return False
    lowered, starts, word_start = word.lower(), doc.sentence_starts, columns.starts[at - 1]
    opens = (index := bisect_left(starts, word_start)) < len(starts) and starts[index] == word_start
    return not opens and lowered not in prose_vocabulary(doc) and lowered not in _DATE_NAMES

