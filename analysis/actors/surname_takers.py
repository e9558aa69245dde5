"""A person named in full after a namesake takes the shared surname for the rest of that paragraph.

A surname several persons of an article share links to the first of them
(:class:`~analysis.actors.full_names.RefIndex`): news names the story's principal by surname and
relatives by full name ("Joe Biden ... his son Hunter Biden ... Biden said"). A later namesake who
is no relative and opens the paragraph's use of the name is who the surname means there: "There is
precedent. In 1905, President Theodore Roosevelt mediated a peace agreement. Roosevelt's efforts
earned him the Nobel Peace Prize." after "President Franklin Delano Roosevelt" earlier in the story.
The principal keeps the surname when the paragraph names them (or the bare surname) before the
namesake ("Trump's niece Mary Trump ... Trump said") and when the namesake is given as a relative
("his wife Jonna Mendez", "a son, Ralph Goode", "Maya Harris, his sister": ``lexicon/person_relatives.txt``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Sequence

from analysis.actors.full_names import PersonRef, bare_words, first_and_surname
from analysis.actors.mention_types import Candidate
from analysis.text import lexicon

_RELATIVE_BEFORE = re.compile(r"\b(?:%s)\s*,?\s+\Z" % lexicon.alternation("person_relatives"), re.IGNORECASE)
_RELATIVE_AFTER = re.compile(r"\A\s*,\s+(?:(?:his|her|their|the)\s+|\w+'s\s+)(?:\w+\s+)?(?:%s)\b"
                             % lexicon.alternation("person_relatives"), re.IGNORECASE)


def surname_takers(
    view: str, paragraphs: Sequence[tuple[int, int]], refs: Sequence[PersonRef], candidates: Sequence[Candidate],
) -> dict[int, int]:
    """The start of each full name (``refs``, in text order) whose surname it takes from a namesake named before it,
    mapped to the end of its paragraph: the surname after it in that paragraph is this person's."""
    surnames = {ref.start: first_and_surname(ref.words)[1] for ref in refs if len(ref.words) >= 2}
    first_by_surname: dict[str, str] = {}  # a surname -> the id of the first person named with it
    for ref in refs:
        if ref.start in surnames:
            first_by_surname.setdefault(surnames[ref.start], ref.actor_id)
    latecomers = [ref for ref in refs
                  if ref.start in surnames and first_by_surname[surnames[ref.start]] != ref.actor_id]
    if not latecomers:
        return {}
    uses: dict[str, list[int]] = {}  # a name word -> where names with it start, in order
    for start, words in sorted([(c.start, bare_words(c.words)) for c in candidates]
                               + [(ref.start, ref.words) for ref in refs]):
        for word in set(words):
            uses.setdefault(word, []).append(start)
    paragraph_starts = [start for start, _ in paragraphs]
    takers = {}
    for ref in latecomers:
        at = bisect_right(paragraph_starts, ref.start) - 1
        if at < 0:
            continue
        opening, closing = paragraphs[at]
        starts = uses.get(surnames[ref.start], [])
        if bisect_left(starts, ref.start) > bisect_left(starts, opening):
            continue  # the paragraph names the surname before this person: its principal's
        if _RELATIVE_BEFORE.search(view, max(0, ref.start - 40), ref.start) or \
                _RELATIVE_AFTER.match(view[ref.end:ref.end + 40]):
            continue
        takers[ref.start] = closing
    return takers
