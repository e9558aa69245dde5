"""The offices the dictionary's public figures hold, so that "the French president" names the president of
France the article mentions, though the article never writes "President Macron".

A person entry of the dictionary with an ``office`` ("President of France", "Foreign Minister of Russia"), a
``country`` and an open ``period`` ("2017-": still held on the dictionary's date) holds the office whose phrase
its office names before any bracket or comma (the longest one: "prime minister" rather than "minister", "vice
president" rather than "president"; "Senator for Florida (Secretary of State nominee)" is a senator). It holds
nothing when its office opens with a word such as "deputy" or "former" (``lexicon/non_holding_modifiers.txt``),
when its period has ended ("2009-2017": "the US president" is not a former one), when that office is a class of
offices ("leader", "minister": "the French leader" is the president, not a party leader), when its office does
not name its country (a party's or a company's: "President of the National Rally (France)", "Secretary-General
of Hezbollah"), or when another entry holds the same office for the same country.

A role phrase that names the country ("the French president", "Russia's foreign minister", "the president of
France") then becomes a mention of such a holder the article names, when the article gives no one that office
itself (:func:`analysis.actors.linking.link_mentions`); a bare "the president" does not: the article may mean
the president of a club or a company.
"""
from __future__ import annotations

import re
from collections import Counter

from analysis.actors.dictionary import ActorDictionary
from analysis.actors.mention_types import NON_HOLDING

__all__ = ["PublicOffice", "public_offices"]

PublicOffice = tuple[str, str]  # (office id, country id)

_NON_WORD = re.compile(r"[^\w-]+")
_OFFICE_QUALIFIER = re.compile(r"[(,]")  # where an office's own words end: "(Secretary of State nominee)"


def public_offices(dictionary: ActorDictionary) -> dict[str, PublicOffice]:
    """Person id -> (office id, country id) for every person entry holding one of the dictionary's offices
    today (an ``office``, a ``country`` and a ``period`` still open)."""
    classes = {office.parent for office in dictionary.offices.values() if office.parent}
    phrases = sorted(((_words(phrase), office.id) for office in dictionary.offices.values()
                      for phrase in office.phrases if "{" not in phrase), key=lambda item: -len(item[0]))
    found: dict[str, PublicOffice] = {}
    for entry in dictionary.entries.values():
        if entry.type != "person" or not entry.office or not entry.country or not _still_held(entry.period):
            continue
        own_words = _words(_OFFICE_QUALIFIER.split(entry.office, 1)[0])
        if own_words.split()[0] in NON_HOLDING:
            continue  # "Deputy Chairman of the Security Council": not the chairman
        office = _office_named(own_words, phrases)
        if office is not None and office not in classes and _names_country(own_words, dictionary, entry.country):
            found[entry.id] = (office, entry.country)
    seats = Counter(found.values())
    return {person: held for person, held in found.items() if seats[held] == 1}


def _words(phrase: str) -> str:
    """A phrase as lower-case words between spaces, for matching whole words: " president of france "."""
    return f" {_NON_WORD.sub(' ', phrase.lower()).strip()} "


def _office_named(office_words: str, phrases: list[tuple[str, str]]) -> str | None:
    """The id of the office whose longest phrase ``office_words`` holds ("prime minister" in "Prime Minister of
    Albania"); None when it names none of them."""
    return next((office for phrase, office in phrases if phrase in office_words), None)


def _names_country(office_words: str, dictionary: ActorDictionary, country_id: str) -> bool:
    """Whether an office's own words name its country ("President of France", "Kenyan opposition leader"), so it
    is the country's office, not a party's or a company's ("President of the National Rally")."""
    country = dictionary.entries.get(country_id)
    if country is None:
        return False
    forms = [country.name, *(alias.text for alias in country.aliases), *(alias.text for alias in country.demonyms)]
    return any(_words(form) in office_words for form in forms)


def _still_held(period: str) -> bool:
    """Whether a period such as "2017-" is still open (not "2009-2017", not empty)."""
    return period.strip().endswith("-")

