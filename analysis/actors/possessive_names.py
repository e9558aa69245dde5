"""Possessive words inside organisation names: "the Ombudsman's Office", "King's College", "St Mary's Hospital",
"the Alachua County Sheriff's Office", "Boston Children's Hospital".

A possessive ends a name ("Hillary Clinton's Senate campaign"), except a capitalised possessive word right
before an organisation head word ("Office", "College", "Hospital") that

* follows "the" ("the Ombudsman's Office", "the King's Fund": the article is the name's, not the owner's),
* is a word such names are made with (``lexicon/possessive_name_words.txt``: "Sheriff's Office", "District
  Attorney's Office", "Children's Hospital", "King's College", "Queen's University"), or
* follows a saint's abbreviation ("St Mary's Hospital", "St. John's College").

:func:`name_possessors` gives the words of an article that may continue a name so
(:func:`analysis.actors.name_runs.capitalised_runs` reads them).
"""
from __future__ import annotations

from typing import Sequence

from analysis.actors.name_runs import Token
from analysis.text import lexicon

_ARTICLES = frozenset(("the", "The"))
_LABELS = frozenset(("free", "office"))  # an office word ("Sheriff", "Attorney") is one such word too


def name_possessors(tokens: Sequence[Token], labels: Sequence[str], heads: frozenset[str]) -> frozenset[int]:
    """Indices of the possessive words of ``tokens`` that continue an organisation's name (module docstring);
    ``labels`` are discovery's word labels, ``heads`` the organisation head words."""
    return frozenset(
        t.index for t in tokens[1:-1]
        if t.possessive and t.text[:1].isupper() and tokens[t.index + 1].text in heads
        and _inside_name(tokens[t.index - 1], t, labels[t.index])
    )


def _inside_name(previous: Token, token: Token, label: str) -> bool:
    """Whether the possessive ``token`` (before a head word, after ``previous``) belongs to the name."""
    if previous.text in _ARTICLES:
        return label == "free"  # not "the Trump administration's Office of ...": the word must be no actor
    if label not in _LABELS:
        return False
    return token.text in lexicon.words("possessive_name_words") \
        or previous.text.rstrip(".").casefold() in lexicon.words("saint_abbreviations")
