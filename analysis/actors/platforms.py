"""The platform X (formerly Twitter): the bare letter "X" is an actor only where the text treats it as one.

The dictionary entry ``organization:twitter`` ("Twitter", "X Corp") is matched
like any other; the letter "X" alone would match every variable, grade and
roman numeral, so :func:`platform_spans` finds it only in platform contexts:

* after a preposition of posting ("on X", "to X", "via X", "across X",
  "posted on X", "wrote on X") and not followed by a noun that makes it
  something else ("on X-ray", "on X chromosome");
* before a platform noun ("X post", "X account", "X user", "X feed") or as
  its owner's ("X's owner");
* beside its former name ("X, formerly Twitter", "X (formerly Twitter)",
  "the social media platform X", "the platform X").
"""
from __future__ import annotations

import re
from typing import Mapping

from analysis.actors.dictionary import Entry
from analysis.actors.mention_types import Span
from analysis.text import lexicon

PLATFORM_ID = "organization:twitter"
_LETTER = re.compile(r"(?<![\w.&'’-])X(?![\w&-]|\.\w|\s*=)")


def _alternation(name: str) -> str:
    """The entries of list ``name`` as a regex alternation (file order; a space inside an entry matches one space)."""
    return "|".join(map(re.escape, lexicon.ordered_words(name)))


# The word lists are lexicon/platform_*.txt.
_PREPOSITIONS = lexicon.words("platform_prepositions")
_NOUNS = _alternation("platform_nouns")
_BEFORE = re.compile(
    rf"(?:\b(?:{_alternation('platform_prepositions')}|{_NOUNS})\s+(?:the\s+)?(?:(?:social(?:[- ]media)?|"
    rf"media|messaging)\s+)?(?:(?:{_NOUNS})\s+)?)$", re.IGNORECASE)
_POSTING_BEFORE = re.compile(rf"\b(?:{_alternation('platform_posting_words')})\b[^.!?\n]{{0,25}}$", re.IGNORECASE)
_PLATFORM_NOUN_AFTER = re.compile(rf"^(?:['’]s\b|\s+(?:{_alternation('platform_nouns_after')})\b)")
_FORMERLY_AFTER = re.compile(r"^\s*[,(]\s*(?:formerly|previously)(?:\s+known\s+as)?\s+Twitter\b", re.IGNORECASE)
_CLEAN_END = re.compile(rf"^(?:\s*[,.;:!?)\"'’”]|\s*$|\s+(?:{_alternation('platform_clause_words')})\b)")


def platform_spans(view: str, entries: Mapping[str, Entry]) -> list[Span]:
    """Spans of the bare letter "X" where it names the platform, in text order (none when the dictionary
    in force has no ``organization:twitter`` entry)."""
    entry = entries.get(PLATFORM_ID)
    if entry is None or "X" not in view:
        return []
    spans = []
    for match in _LETTER.finditer(view):
        start, end = match.start(), match.end()
        if _is_platform(view, start, end):
            spans.append(Span(start, end, entry.id, entry.name, entry.type, "alias", entry.stands_for))
    return spans


def _is_platform(view: str, start: int, end: int) -> bool:
    after = view[end:end + 40]
    if _FORMERLY_AFTER.match(after) or _PLATFORM_NOUN_AFTER.match(after):
        return True
    before = view[max(0, start - 60):start]
    if _BEFORE.search(before) is None:
        return False
    word = re.search(r"(\w+)\s+(?:the\s+)?$", before)
    if word is not None and word.group(1).lower() in _PREPOSITIONS:
        # "posted on X", not "depends on X" nor "on X chromosome"
        return _CLEAN_END.match(after) is not None and _POSTING_BEFORE.search(before[:word.start()]) is not None
    return True  # "the social media platform X"
