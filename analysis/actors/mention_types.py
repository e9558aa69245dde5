"""The data types mention finding shares: dictionary spans, office hits, discovered names, cue word sets, ids.

:mod:`analysis.actors.step` matches the dictionary into :class:`Span` and
:class:`OfficeHit` objects, :mod:`analysis.actors.discovery` turns capitalised names
into :class:`Candidate` objects typed by the :class:`Cues` of the dictionary,
and :mod:`analysis.actors.linking` gives them ids (:func:`actor_id_for`) by comparing
folded words (:func:`fold_key`, :func:`word_runs`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cached_property, lru_cache
from typing import Any, Iterable, Mapping

from analysis.text.lexicon import words
from analysis.text.normalization import fold_accents, normalize

# Words before an office that say its holder does not hold it now ("former minister", "deputy mayor").
NON_HOLDING = words("non_holding_modifiers")
PLACE_KINDS = frozenset({"country", "region", "place"})  # the actor types that name a place
INNER = "inner"  # the ``how`` of a place or person inside a longer name (inner_places, inner_persons): counted nowhere
CREDIT = "credit"  # the ``how`` of a name in a picture credit ("Image: Jane Doe."; actors.credits): counted nowhere
OFFICE = "office"  # the ``how`` of an office named as an office ("ran for Governor"; actors.offices_as_such): counted nowhere
UNCOUNTED_HOW = frozenset({INNER, CREDIT, OFFICE})  # rows that keep their place in the table but no count, tone or speaker uses


def counted_sql(column: str) -> str:
    """SQL: true where a mentions table's ``how`` (the expression ``column``) is not in :data:`UNCOUNTED_HOW`."""
    listed = ", ".join(f"'{how}'" for how in sorted(UNCOUNTED_HOW))
    return f"({column} IS NULL OR {column} NOT IN ({listed}))"
ACRONYM = re.compile(r"^\s*\(([A-Z][A-Za-z0-9&.-]{1,9})\)")


@dataclass(frozen=True)
class Span:
    """A dictionary match: offsets, the entry matched and how (``dictionary``, ``alias``, ``demonym``...).

    ``kind`` is the entry type, or ``"blocked"`` for a phrase that is never a mention.
    """

    start: int
    end: int
    actor_id: str
    actor: str
    kind: str
    how: str
    stands_for: str | None = None


@dataclass(frozen=True)
class OfficeHit:
    """An office or role phrase: ``office`` is an office id, or ``None`` for a plain role noun ("striker")."""

    start: int
    end: int
    office: str | None
    actor_id: str | None
    holding: bool
    actor_start: int = -1
    actor_end: int = -1


@dataclass
class Candidate:
    """A discovered name: span, display name, type (None while untyped) and the cue that typed it."""

    start: int
    end: int
    name: str
    words: tuple[str, ...]
    type: str | None
    cue: str
    initial: bool
    absorbed: tuple[Span, ...] = ()
    indices: tuple[int, ...] = ()  # the candidate's tokens
    actor_id: str = ""
    actor: str = ""
    how: str = "discovered"

    def evolve(self, **changes: Any) -> "Candidate":
        """A copy with ``changes``, as :func:`dataclasses.replace` makes it, without its generic field walk
        (linking gives every name of an article its id this way)."""
        if not _CANDIDATE_FIELDS.issuperset(changes):
            raise TypeError(f"Candidate has no field(s) {sorted(changes.keys() - _CANDIDATE_FIELDS)}")
        copy = object.__new__(Candidate)
        fields = copy.__dict__
        fields.update(self.__dict__)
        fields.update(changes)
        return copy


_CANDIDATE_FIELDS = frozenset(field.name for field in fields(Candidate))


@dataclass(frozen=True)
class Cues:
    """The cue word lists of a dictionary, as sets."""

    titles: frozenset[str]
    role_nouns: frozenset[str]
    organization_words: frozenset[str]
    media_words: frozenset[str]
    place_words: frozenset[str]
    event_words: frozenset[str]
    organization_nouns: frozenset[str]
    media_nouns: frozenset[str]
    given_names: frozenset[str]
    not_names: frozenset[str]
    office_words: frozenset[str] = frozenset()
    female_names: frozenset[str] = frozenset()
    male_names: frozenset[str] = frozenset()
    place_names: frozenset[str] = frozenset()  # folded town and city names ("tulsa", "san jose")

    @classmethod
    def from_lists(cls, lists: Mapping[str, Iterable[str]], *, office_phrases: Iterable[str] = ()) -> "Cues":
        """Build from a dictionary's ``cues`` mapping (and its office phrases, whose words are no
        organisation names: "Transport" of "transport secretary"); given names are compared accent- and
        case-folded."""
        get = lambda name: frozenset(lists.get(name, ()))  # noqa: E731
        return cls(
            titles=get("titles"),
            role_nouns=get("role_nouns"),
            organization_words=get("organization_words"),
            media_words=get("media_words"),
            place_words=get("place_words"),
            event_words=get("event_words"),
            organization_nouns=frozenset(word.lower() for word in get("organization_nouns")),
            media_nouns=frozenset(word.lower() for word in get("media_nouns")),
            given_names=frozenset(fold_key(word) for word in get("given_names") | get("female_names") | get("male_names")),
            not_names=get("not_names"),
            office_words=frozenset(fold_key(word) for phrase in office_phrases for word in re.findall(r"[\w-]+", phrase)),
            female_names=frozenset(fold_key(word) for word in get("female_names")),
            male_names=frozenset(fold_key(word) for word in get("male_names")),
            place_names=frozenset(fold_key(word) for word in get("place_names")),
        )

    @cached_property
    def organization_heads(self) -> frozenset[str]:
        """Organisation and media head words ("Ministry", "Times"), built once per dictionary."""
        return self.organization_words | self.media_words

    @cached_property
    def head_words(self) -> frozenset[str]:
        """Organisation, media and place head words ("Ministry", "Times", "County"), built once per dictionary."""
        return self.organization_words | self.media_words | self.place_words


@lru_cache(maxsize=1 << 16)
def fold_key(text: str) -> str:
    """Case- and accent-folded comparison key."""
    return fold_accents(normalize(text)).casefold()


@lru_cache(maxsize=8)
def fold_keys(words: frozenset[str]) -> frozenset[str]:
    """:func:`fold_key` of each word of a word list (a dictionary's head words), worked out once per list."""
    return frozenset(fold_key(word) for word in words)


_VARIANT_ENDINGS = re.compile(r"(?:ey|ej|ei)$|(?:iy|yy|ii|y)$")


@lru_cache(maxsize=1 << 16)
def variant_key(word: str) -> str:
    """One key for transliteration variants of a folded name word: "sergey", "sergei" and "sergej" ->
    "sergei"; "dmitry", "dmitriy" and "dmitri" -> "dmitri"; "zelenskyy" -> "zelenski" (words of five
    letters or more; shorter words are returned as they are)."""
    if len(word) < 5:
        return word
    return _VARIANT_ENDINGS.sub(lambda m: "ei" if m.group(0) in ("ey", "ej", "ei") else "i", word)


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """``Nicolás Maduro`` -> ``nicolas-maduro``: the stable part of a discovered actor id."""
    return _NOT_SLUG.sub("-", fold_key(text)).strip("-") or "unnamed"


_INITIALS = re.compile(r"\b(?:[A-Za-z]\.){2,}")  # "U.S.", "U.K.", "D.C.": initials written with full stops


@lru_cache(maxsize=1 << 16)
def actor_id_for(kind: str, name: str) -> str:
    """The id of a discovered actor: ``person:sergey-lavrov`` (remembered: linking asks it of every name).

    A body's or place's initials are one word with or without full stops, so "U.S. Embassy" and "US Embassy" are
    one id (``organization:us-embassy``) in every article; a person's initials stay letters apart ("J.K. Rowling"
    and "J. K. Rowling" are ``person:j-k-rowling``)."""
    if kind != "person" and "." in name:
        name = _INITIALS.sub(lambda initials: initials.group(0).replace(".", ""), name)
    return f"{kind}:{slug(name)}"


def article_actor_id(actor_id: str, article: str) -> str:
    """The id of an actor of one article only ("the President" it names no holder for, "Your Honor"):
    ``person:president@<doc_id>``; a loose text (``article`` "") keeps the plain id."""
    return f"{actor_id}@{article}" if article else actor_id


def word_runs(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Every contiguous run of a name's words: ("Joe", "R", "Biden") -> ("Joe",), ("Joe", "R"), ... ("Biden",)."""
    return [words[i:j] for i in range(len(words)) for j in range(i + 1, len(words) + 1)]