"""Possessive words inside organisation names: "the Ombudsman's Office", "King's College", "St Mary's Hospital",
"the Alachua County Sheriff's Office", "Boston Children's Hospital".

A possessive ends a name ("Hillary Clinton's Senate campaign"), except a capitalised possessive word right
before an organisation head word ("Office", "College", "Hospital") that

* follows "the" ("the Ombudsman's Office", "the King's Fund": the article is the name's, not the owner's),
* is a word such names are made with (``lexicon/possessive_name_words.txt``: "Sheriff's Office", "District
  Attorney's Office", "Children's Hospital", "King's College", "Queen's University"), or
* follows a saint's abbreviation ("St Mary's Hospital", "St. John's College"), or
* is the plural of a person noun ("the National Farmers' Union", "the Catholic Bishops' Conference").

A word of ``lexicon/possessive_name_words.txt`` ("People's", "Women's", "Workers'", also "Sheriff's" or "King's")
opens a body's name also when one or two more capitalised words stand between it and the head word: "the People's
Protection Units", "the Women's Defence Units", "Workers' Solidarity Federation".

A place's name is made so too ("Fishmongers' Hall", "Hawke's Bay", "St Peter's Square"): a capitalised
possessive word right before a place head word ("Hall", "Bay", "Square") that ends the name there (no
capitalised word follows it), when the possessive word is no actor the dictionary knows nor an office, and opens
the name itself (no capitalised word before it but a saint's abbreviation or "The"), so not "Trump's Tower",
"Boris Johnson's Hall".

:func:`name_possessors` gives the words of an article that may continue a name so
(:func:`analysis.actors.name_runs.capitalised_runs` reads them).
"""
from __future__ import annotations

from typing import Sequence

from analysis.actors.name_runs import Token
from analysis.text import lexicon

_ARTICLES = frozenset(("the", "The"))
_LABELS = frozenset(("free", "office"))
_PERSON_NOUNS = lexicon.union("source_person_nouns", "source_role_nouns")  # "farmer", "bishop": "Farmers' Union"  # an office word ("Sheriff", "Attorney") is one such word too


def name_possessors(tokens: Sequence[Token], labels: Sequence[str], heads: frozenset[str],
                    places: frozenset[str] = frozenset()) -> frozenset[int]:
    """Indices of the possessive words of ``tokens`` that continue an organisation's or a place's name (module
    docstring); ``labels`` are discovery's word labels, ``heads`` the organisation head words, ``places`` the
    place head words."""
    return frozenset(
        t.index for t in tokens[1:-1]
        if t.possessive and t.text[:1].isupper() and (
            tokens[t.index + 1].text in heads and (_inside_name(tokens[t.index - 1], t, labels[t.index])
                                                   or _plural_members(t, tokens[t.index + 1], labels[t.index]))
            or tokens[t.index + 1].text in places and _opens_place(tokens, t, labels)
            or _opens_body(tokens, t, labels, heads))
    )


_INNER_LABELS = frozenset(("free", "adjective"))  # a demonym or party adjective inside: "People's Democratic Front"
_FAR_HEAD = 3  # "People's [Protection Units]", "Women's [Defence Units]": the head word at most this many words on


def _opens_body(tokens: Sequence[Token], token: Token, labels: Sequence[str], heads: frozenset[str]) -> bool:
    """Whether the possessive ``token``, a word bodies are named with (``lexicon/possessive_name_words.txt``),
    opens a body's name whose head word comes after one or two more capitalised words, free or adjectives ("People's
    Protection Units", "People's Democratic Front"), each joined to the last by a space."""
    if labels[token.index] != "free" or token.text not in lexicon.words("possessive_name_words"):
        return False
    for index in range(token.index + 1, min(token.index + 1 + _FAR_HEAD, len(tokens))):
        word = tokens[index]
        if labels[index] not in _INNER_LABELS or not word.text[:1].isupper() or word.possessive \
                or word.gap != " " and index > token.index + 1:
            return False
        if word.text in heads:
            return index > token.index + 1
    return False


def _plural_members(token: Token, head: Token, label: str) -> bool:
    """Whether the possessive ``token`` before the head word ``head`` is the plural of a person noun
    (``lexicon/source_person_nouns.txt``, ``source_role_nouns.txt``) in a body's name: "the National Farmers'
    Union", "the Catholic Bishops' Conference", "the Police Officers' Association"; not "the Philippines'
    Department of Health" (a place, no free word) nor "Harris' Office" (no person noun)."""
    word = token.text
    return label == "free" and word.endswith("s") and head.gap[:1] == "'" \
        and word[:-1].lower() in _PERSON_NOUNS


def _opens_place(tokens: Sequence[Token], token: Token, labels: Sequence[str]) -> bool:
    """Whether the possessive ``token`` opens a place's name that its place head word ends ("Fishmongers' Hall")."""
    head = token.index + 1
    if labels[token.index] != "free" or labels[head] != "free":
        return False
    if head + 1 < len(tokens) and tokens[head + 1].text[:1].isupper() and tokens[head + 1].gap == " ":
        return False  # "Hawke's Bay Regional Council": a longer name, maybe a body's
    previous = tokens[token.index - 1]
    return not previous.text[:1].isupper() or previous.text == "The" \
        or previous.text.rstrip(".").casefold() in lexicon.words("saint_abbreviations")


def _inside_name(previous: Token, token: Token, label: str) -> bool:
    """Whether the possessive ``token`` (before a head word, after ``previous``) belongs to the name."""
    if previous.text in _ARTICLES:
        return label == "free"  # not "the Trump administration's Office of ...": the word must be no actor
    if label not in _LABELS:
        return False
    return token.text in lexicon.words("possessive_name_words") \
        or previous.text.rstrip(".").casefold() in lexicon.words("saint_abbreviations")
