"""Word lists, once, as data: ``analysis/dictionaries/lexicon/<name>.txt``.

Every rule module that needs weekdays, months, determiners, prepositions or
another closed-class list reads it from here, so each list exists in one
place. Lists that users extend with their own dictionaries (titles, role
nouns, organisation words, first names, speech cues) live in those
dictionaries instead and reach the rules through the dictionary in force.

A list file holds one entry a line (lower case unless the list says
otherwise); blank lines and lines starting with ``#`` are ignored.
"""
from __future__ import annotations

from functools import lru_cache

from analysis.paths import DICTIONARIES

LEXICON = DICTIONARIES / "lexicon"


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The entries of list ``name`` (``lexicon/<name>.txt``)."""
    return frozenset(ordered_words(name))


@lru_cache(maxsize=None)
def ordered_words(name: str) -> tuple[str, ...]:
    """The entries of list ``name`` in file order (for lists whose order matters, e.g. months)."""
    path = LEXICON / f"{name}.txt"
    if not path.is_file():
        known = sorted(p.stem for p in LEXICON.glob("*.txt"))
        raise KeyError(f"no word list {name!r} in {LEXICON} (known: {known})")
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.strip()
        if entry and not entry.startswith("#"):
            entries.append(entry)
    return tuple(entries)


def union(*names: str) -> frozenset[str]:
    """The entries of several lists together."""
    return frozenset().union(*(words(name) for name in names))


def weekdays() -> frozenset[str]:
    """Weekday names, lower case."""
    return words("weekdays")


def months() -> frozenset[str]:
    """Month names, lower case."""
    return words("months")


def calendar_words() -> frozenset[str]:
    """Weekdays and months with their abbreviations, lower case."""
    return union("weekdays", "weekday_abbreviations", "months", "month_abbreviations")
