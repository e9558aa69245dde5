"""A described source named in apposition right before its cue: "The study's lead author, doctoral candidate
Jane Roe, said" -> Jane Roe.

The source phrase of such an attribution is the description ("The study's lead author"): the comma segment
after it opens with a lower-case word, so it is read as an appositive of the phrase before
(:mod:`analysis.quotes.source_phrases`). When that segment is a person's name after lower-case modifiers only
("doctoral candidate", "civil engineering professor") and nothing but its closing comma stands between the
name and the cue, the segment names the speaker. Not when a preposition, a participle or a past form stands
among the modifiers: "The company, owned by Warren Buffett, said" is the company speaking, "His lawyer,
representing Tom Lee, said" the lawyer.
"""
from __future__ import annotations

import re

from analysis.quotes.attribution import Attribution
from analysis.quotes.context import Article, Mention, Mentions
from analysis.quotes.source_names import PREPOSITION_WORDS

__all__ = ["named_in_apposition"]

# ", doctoral candidate " after the source: a comma, then one to six lower-case words (hyphens and "and" included).
_MODIFIERS = re.compile(r"\s*,\s*((?:[a-z][a-z'-]*\s+){1,6})")
_CLOSING = re.compile(r"\s*,\s*")


def named_in_apposition(article: Article, attribution: Attribution, mentions: Mentions) -> Mention | None:
    """The person named after lower-case modifiers between the source and its cue (see the module docstring),
    or None."""
    if attribution.source_end is None or attribution.cue_start <= attribution.source_end:
        return None
    view = article.view
    lead = _MODIFIERS.match(view, attribution.source_end, attribution.cue_start)
    if lead is None or not all(_modifier(word) for word in lead.group(1).split()):
        return None
    following = mentions.starting_in(lead.end(), lead.end() + 1)
    if not following or following[0].actor_type != "person":
        return None
    person = following[0]
    if not _CLOSING.fullmatch(view, person.end, attribution.cue_start):
        return None
    return person


def _modifier(word: str) -> bool:
    """A lower-case word that may modify a name in apposition: not a preposition, a participle or a past form."""
    return word not in PREPOSITION_WORDS and not word.endswith(("ing", "ed"))
