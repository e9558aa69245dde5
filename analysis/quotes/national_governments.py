"""A demonym before a noun of government names the country's government: "the German government said", "the
Saudi government said", "a Chinese government spokesman said" report the country's words (the actors table gives
a country's government its country's actor, as "the government of Samoa" and "the Seoul government" have it).

A demonym elsewhere only describes the speaker ("a Turkish official", "Chinese scientists", "the Iraqi military"):
it is no speaker (:mod:`analysis.quotes.speakers` skips demonyms). Only a noun of
``lexicon/government_nouns.txt`` ending the source, or followed by a spokesperson noun only, makes the country
speak; "the German government's spokesman" and "the Saudi government official" do not.

A bare "the government" (or "the administration", "the regime") is the government of the one country the
article has named before it (:func:`sole_country`): by the country itself, its demonym, a place of it or standing
for it ("Texas", "Paris"), or a public figure serving it. With two countries named, it is the country whose
government the text named last, nearby (:func:`named_government`: "the government of Samoa ordered a shutdown
... The government said"); else it stays unresolved: "the government" of a story about Iran's talks with France
may be either.
"""
from __future__ import annotations

import re

from typing import Callable, Iterable, Mapping

from analysis.quotes.context import Mention
from analysis.text import lexicon

__all__ = ["bare_government", "named_government", "national_government", "sole_country"]

_GOVERNMENT_NOUNS = lexicon.words("government_nouns")
_SPOKES_NOUNS = lexicon.words("spokes_nouns")
_WORD = re.compile(r"[\w'’-]+")


def national_government(view: str, demonym_end: int, source_end: int) -> bool:
    """Whether the source words after a demonym ending at ``demonym_end`` are a noun of government alone or
    with a spokesperson noun after it ("government", "government spokesman"), up to ``source_end``."""
    following = [word.lower() for word in _WORD.findall(view, demonym_end, source_end)]
    if not following or following[0] not in _GOVERNMENT_NOUNS:
        return False
    return len(following) == 1 or (len(following) == 2 and following[1] in _SPOKES_NOUNS)


def bare_government(source_view: str) -> bool:
    """Whether a source is "the" and a noun of government alone: "the government", "The administration"."""
    words = [word.lower() for word in _WORD.findall(source_view)]
    return len(words) == 2 and words[0] == "the" and words[1] in _GOVERNMENT_NOUNS


def sole_country(before: Iterable[Mention], entries: Mapping[str, object]) -> Mention | None:
    """The latest country mention among ``before`` (mentions ending before the source, latest first) when every
    country the article names by then is that one: countries, demonyms, and the dictionary's places and public
    figures with a country (``country`` or ``stands_for`` of their entry); None when two countries are named or
    no country by itself."""
    countries: set[str] = set()
    latest: Mention | None = None
    for mention in before:
        if mention.actor_id is None:
            continue
        if mention.actor_type == "country":
            countries.add(mention.actor_id)
            latest = latest or mention
        else:
            entry = entries.get(mention.actor_id)
            country = (getattr(entry, "country", None) or getattr(entry, "stands_for", None)) if entry else None
            if country is not None and country.startswith("country:"):
                countries.add(country)
        if len(countries) > 1:
            return None
    return latest


def named_government(view: str, before: Iterable[Mention], near: Callable[[int], bool]) -> Mention | None:
    """The latest country mention among ``before`` (latest first) written as a government -- "the government of
    Samoa", "the Samoan government", "Samoa's government" -- while ``near`` accepts its start; None when there
    is none that near."""
    for mention in before:
        if not near(mention.start):
            return None
        if mention.actor_type == "country" and mention.actor_id is not None \
                and (_GOVERNMENT_OF.search(view, max(0, mention.start - _GOVERNMENT_OF_REACH), mention.start)
                     or _GOVERNMENT_AFTER.match(view, mention.end)):
            return mention
    return None


# "the government of (the) X" before a country; "X government", "X's government" after it. The longest noun with
# "of the " ("administration of the ") fits in the reach read back.
_GOVERNMENT_OF_REACH = 32
_GOVERNMENT_OF = re.compile(rf"\b(?:{lexicon.alternation('government_nouns')})\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_GOVERNMENT_AFTER = re.compile(rf"(?:['’]s)?\s+(?:{lexicon.alternation('government_nouns')})\b", re.IGNORECASE)
