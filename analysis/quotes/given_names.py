"""The given name written before a lone surname earlier in an article ("Hatice Cengiz" ... "Cengiz said").

The speaker resolver (:mod:`analysis.quotes.speakers`) names a source that is
one capitalised surname the mentions table missed with the given name
written before that surname earlier in the article. The first few surnames
of an article are each found by a scan for that surname; past
``SCANS_BEFORE_INDEX`` the whole article is indexed once, so the cost stays
one pass over the article however many surnames it asks for.
"""
from __future__ import annotations

import re

from analysis.quotes.context import Article

_GIVEN_THEN_WORD = re.compile(r"\b([A-Z][\w'-]+)\s+(?=([\w'-]+))")
_WORD_BOUNDARY = re.compile(r"\b")
GIVEN_NAMES = "given names by surname"  # Article.memo keys
GIVEN_INDEX = "capitalised words by the word after them"
SCANS_BEFORE_INDEX = 8


def written_before(article: Article, surname: str) -> list[tuple[int, str]]:
    """Every ``Given Surname`` in the article as (end offset, given name), in order.

    The first few surnames of an article are each found by a scan for that surname (most articles ask for
    one or two); past ``SCANS_BEFORE_INDEX`` the whole article is indexed once, so an article with many
    lone surnames still costs one pass, not one per surname.
    """
    found: dict[str, list[tuple[int, str]]] = article.memo.setdefault(GIVEN_NAMES, {})
    if surname not in found:
        index = article.memo.get(GIVEN_INDEX)
        if index is None and len(found) >= SCANS_BEFORE_INDEX:
            index = article.memo[GIVEN_INDEX] = given_names_by_next_word(article.view)
        found[surname] = index.get(surname, []) if index is not None else given_names_before(article.view, surname)
    return found[surname]


def given_names_before(view: str, surname: str) -> list[tuple[int, str]]:
    """What ``given_names_by_next_word(view).get(surname, [])`` holds, from a scan for ``surname`` alone.

    Each place where ``surname`` follows white space and ends at a word boundary is checked with
    ``_GIVEN_THEN_WORD`` run from the start of the non-space run before that white space: the one-pass
    scan restarts there too (its matches end right after white space), so it finds the same capitalised word.
    """
    found = []
    at = view.find(surname, 1)
    while at >= 0:
        end = at + len(surname)
        if view[at - 1].isspace() and _WORD_BOUNDARY.match(view, end):
            gap = at - 1
            while gap > 0 and view[gap - 1].isspace():
                gap -= 1
            run = gap
            while run > 0 and not view[run - 1].isspace():
                run -= 1
            match = _GIVEN_THEN_WORD.search(view, run, at + 1)
            if match is not None and match.start(2) == at:
                found.append((end, match.group(1)))
        at = view.find(surname, at + 1)
    return found


def given_names_by_next_word(view: str) -> dict[str, list[tuple[int, str]]]:
    """One pass over the text: for each capitalised word followed by another word, the next word (and each of its
    prefixes ending at a word boundary, "O" of "O'Brien") -> (end of that word, capitalised word), in text order."""
    index: dict[str, list[tuple[int, str]]] = {}
    for match in _GIVEN_THEN_WORD.finditer(view):
        given, following, at = match.group(1), match.group(2), match.start(2)
        for boundary in _WORD_BOUNDARY.finditer(following):
            if boundary.start() > 0:
                index.setdefault(following[:boundary.start()], []).append((at + boundary.start(), given))
    return index
