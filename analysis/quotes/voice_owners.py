"""Whose words a thing carries: "his office said", "her memoirs recount", "the party's statement said".

A source that is a thing holding someone's words (``lexicon/voice_nouns.txt``) owned by a possessive pronoun or a
possessive description speaks with its owner's voice, as a possessive name already does ("Trump's statement":
:mod:`analysis.quotes.possessors`). Speaker resolution (:mod:`analysis.quotes.speakers`) then resolves the owner
like a source of its own: "his" like "he", "her" like "she", "the party's" like "the party". People owned ("his
lawyers", "the company's source") speak for themselves and are not read here. "its" and "their" are not read: what
they own is as often a body named after them ("According to its press release, the NBA was ...") or a group the
text never names as the latest body before them.
"""
from __future__ import annotations

import re

from analysis.quotes.source_names import PREPOSITION_WORDS
from analysis.text import lexicon

__all__ = ["voice_owner"]

_VOICE_NOUNS = lexicon.words("voice_nouns")
# The possessive pronouns read, as the subject pronoun they refer back like ("his" like "he").
_SUBJECT_OF = {"his": "he", "her": "she"}
# The owner, then up to four words: modifiers, the noun, a complement ("its official website", "The family's
# statement on the death"). A possessive description is "the" and one to three lower-case words.
_OWNED = re.compile(r"(?P<owner>(?P<pronoun>his|her)|the(?:\s+[a-z][a-z-]*){1,3}(?=['’]s\b))(?:['’]s)?"
                    r"(?P<owned>(?:\s+[\w-]+){1,4})", re.IGNORECASE)


def voice_owner(source_view: str) -> tuple[str, int] | None:
    """The owner of a source that is a thing carrying words, as the phrase to resolve in its stead and its
    length in the source: "her memoirs" -> ("she", 3), "the party's statement" -> ("the party", 9); None for
    any other source ("his lawyers", "its website"; "Trump's statement" is read as a name)."""
    found = _OWNED.fullmatch(source_view)
    if found is None or (found.group("pronoun") is None and not found.group("owner")[4:].islower()):
        return None
    words = found.group("owned").split()
    cut = next((i for i, word in enumerate(words) if word.lower() in PREPOSITION_WORDS), len(words))
    if not cut or words[cut - 1].lower() not in _VOICE_NOUNS:
        return None
    pronoun = found.group("pronoun")
    if pronoun is not None:
        return _SUBJECT_OF[pronoun.lower()], len(pronoun)
    return found.group("owner"), found.end("owner")
