"""A person's surname that is also a place of the dictionary, written alone after the full name.

"Police named the attacker as Sudesh Amman ... Amman had been released", "Denzel Washington ... Washington
thanked his family": the dictionary matches "Amman" and "Washington" as places (or, as capitals, their
governments), but once the article has named a person whose name of two or more words ends with that word, the
word alone is that person. :func:`place_surnames` takes such matches from the dictionary's spans and returns
them as mentions of the person (type person, the person's id, cue "surname of ..."). A locative word right
before the word keeps the place ("moved to Washington"; not "of", unless a place noun stands before it: "the
state of Washington"), and so does a place right after a comma ("Washington, D.C.") or a place word of a longer
name ("Washington State").
"""
from __future__ import annotations

import re
from typing import Sequence

from analysis.actors.mention_types import PLACE_KINDS, Candidate, Span, fold_key
from analysis.text import lexicon

_WORD_BEFORE = re.compile(r"(?:(?P<noun>[A-Za-z-]+)\s+)?(?P<word>[A-Za-z-]+)\s+$")
_PLACE_AFTER = re.compile(r",\s*[A-Z]|\s+[A-Z]")


def place_surnames(view: str, spans: Sequence[Span], names: Sequence[Candidate]) -> tuple[list[Span], list[Candidate]]:
    """``spans`` without the places that are the surname of a person named in full before them, and those
    places as mentions of that person (see the module doc); ``spans`` unchanged at once when no person's name
    of two or more words ends with a word the dictionary matched as a place (most articles)."""
    persons: dict[str, list[Candidate]] = {}
    for name in names:
        if name.type == "person" and len(name.words) >= 2:
            persons.setdefault(name.words[-1], []).append(name)
    if not persons:
        return list(spans), []
    kept: list[Span] = []
    surnames: list[Candidate] = []
    for span in spans:
        person = _person_named(view, span, persons) if span.kind in PLACE_KINDS else None
        if person is None:
            kept.append(span)
            continue
        surnames.append(Candidate(span.start, span.end, person.name, person.words, "person",
                                  f"surname of {person.actor or person.name}", False, actor_id=person.actor_id,
                                  actor=person.actor))
    return kept, surnames


def _person_named(view: str, span: Span, persons: dict[str, list[Candidate]]) -> Candidate | None:
    """The last person named in full before ``span`` whose surname is the span's word, unless the sentence
    makes the word a place (a locative before it, a place after it)."""
    named = persons.get(fold_key(view[span.start:span.end]))
    if not named:
        return None
    before = [person for person in named if person.end <= span.start]
    if not before:
        return None
    previous = _WORD_BEFORE.search(view, max(0, span.start - 40), span.start)
    if previous is not None:
        word = previous.group("word").lower()
        noun = (previous.group("noun") or "").lower()
        if word in lexicon.words("locatives") and (word != "of" or noun in lexicon.words("place_nouns")):
            return None
    if _PLACE_AFTER.match(view, span.end, span.end + 3):
        return None
    return before[-1]
