"""Dictionary acronyms that the article defines as something else: "radio frequency interference (RFI)" is not
Radio France Internationale, "the CD and build system (CBS)" not the broadcaster, "Grand Master (GM)" not General
Motors.

An article that writes a phrase and then its initials in brackets says what the initials mean in it. When that
phrase is no name (its last word is written in lower case: "interference", "system") or is a title ("Grand
Master", ``titles`` of the dictionary's cues), the dictionary's organisation of the same initials is not meant
anywhere in the article, and :func:`without_defined_acronyms` drops its matches. A phrase that is a name ("Rapid
Support Forces (RSF)") is another organisation: :func:`analysis.actors.linking.local_acronyms` gives the
initials to it.
"""
from __future__ import annotations

import re
from typing import Sequence

from analysis.actors.mention_types import Span
from analysis.text import lexicon

_KINDS = frozenset(("organization", "media"))
_WORD = re.compile(r"[\w'-]+")
_CONNECTORS = lexicon.words("organization_connectors")  # "and", "of", "the": no letter of the initials
_LOOK_BACK = 80  # characters before the bracket that may hold the phrase


def without_defined_acronyms(view: str, spans: Sequence[Span], titles: frozenset[str]) -> list[Span]:
    """``spans`` without the organisation acronyms the article defines as a common phrase or a title (module
    docstring); ``view`` is the normalised text the spans index."""
    acronyms = {view[span.start:span.end] for span in spans if span.kind in _KINDS and _acronym(view[span.start:span.end])}
    if not acronyms:
        return list(spans)  # the common case: no acronym of an organisation
    defined = {acronym for acronym in acronyms if _defined_as_phrase(view, acronym, titles)}
    if not defined:
        return list(spans)
    return [span for span in spans if view[span.start:span.end] not in defined]


def _acronym(surface: str) -> bool:
    return 2 <= len(surface) <= 6 and surface.isalpha() and surface.isupper()


def _defined_as_phrase(view: str, acronym: str, titles: frozenset[str]) -> bool:
    """Whether a bracketed ``acronym`` follows a phrase it spells that is no name or a title."""
    bracketed = f"({acronym})"
    at = view.find(bracketed)
    while at >= 0:
        phrase = spelled_by(_WORD.findall(view[max(0, at - _LOOK_BACK):at]), acronym)
        if phrase and (phrase[-1].islower() or phrase[-1] in titles):
            return True
        at = view.find(bracketed, at + 1)
    return False


def spelled_by(words: list[str], acronym: str) -> list[str]:
    """The last of ``words`` whose initials spell ``acronym`` (connectors inside skipped), or []."""
    letters = acronym.casefold()
    picked: list[str] = []
    index = len(words) - 1
    while len(picked) < len(letters) and index >= 0:
        word = words[index]
        index -= 1
        if picked and word.casefold() in _CONNECTORS:
            continue
        if word[:1].casefold() != letters[len(letters) - 1 - len(picked)]:
            return []
        picked.insert(0, word)
    return picked if len(picked) == len(letters) else []
