"""A title written after a first name is a surname: "Stephen King", "Larry King died", "Joseph Bishop".

Titles and offices ("King", "Bishop", "Judge", "General") stand before the
name they give an office to ("King Charles", "Judge Jim Kawashima"), and
discovery ends a name where one stands inside it. Many of them are also
surnames, and then they come after a first name: "Stephen King", "Steve King of
Iowa", "Billie Jean King". An office of one capitalised word right after a
first name (a known first name opening the words before it, joined to them by
a space alone) that no further name word follows is such a surname, and
:func:`surname_titles` tells discovery to read it as a word of the name.
Not a title before another name ("Arsenal manager Mikel Arteta", "Jean Smith
King Charles"), not an office of several words ("Prime Minister"), and not after
a comma ("Martin Luther, King of ...").
"""
from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter
from typing import Sequence

from analysis.actors.mention_types import Cues, OfficeHit
from analysis.actors.name_runs import Token, joins, name_like
from analysis.actors.name_shapes import given_name
from analysis.text import lexicon


_START = attrgetter("start")


def surname_titles(tokens: Sequence[Token], offices: Sequence[OfficeHit], cues: Cues) -> frozenset[OfficeHit]:
    """The office hits among ``offices`` that are surnames written after a first name ("King" in "Stephen King")."""
    if not offices:
        return frozenset()
    found = set()
    for hit in offices:
        at = bisect_left(tokens, hit.start, key=_START)  # a few hits: no list of every token's start
        if at >= len(tokens) or tokens[at].start != hit.start or tokens[at].end != hit.end:
            continue  # not exactly one word
        if title_after_first_name(tokens, at, cues):
            found.add(hit)
    return frozenset(found)


def title_after_first_name(tokens: Sequence[Token], at: int, cues: Cues) -> bool:
    """Whether the title word at ``at`` ends a name of up to three words opening with a known first name
    ("Stephen King"; in "Author Stephen King" the role word before the first name is no part of the name)."""
    word = tokens[at]
    if not word.text[:1].isupper() or word.text.isupper() or word.initial or at == 0:
        return False
    following = tokens[at + 1] if at + 1 < len(tokens) else None
    if following is not None and name_like(following) and joins(tokens, at, at + 1) \
            and following.text.rstrip(".") not in lexicon.words("name_suffixes"):
        return False  # a title before a name: "... King Charles" (not "Martin Luther King Jr.")
    first = at - 1
    while first >= 0 and at - first <= 3 and name_like(tokens[first]) and joins(tokens, first, first + 1) \
            and not tokens[first].possessive and not _title_or_role(tokens[first].text, cues):
        before = tokens[first - 1] if first > 0 else None
        if given_name(cues.given_names, tokens[first].text) and (
                before is None or not (name_like(before) and joins(tokens, first - 1, first))
                or _title_or_role(before.text, cues)):
            return True
        first -= 1
    return False


def _title_or_role(word: str, cues: Cues) -> bool:
    """A title ("Judge") or a role noun written with a capital ("Author")."""
    return word in cues.titles or word.lower() in cues.role_nouns
