"""Persons named in full within one article: each full name (two or more words) mapped to the person it names.

:mod:`analysis.actors.linking` links partial names ("Lavrov") to these full names.
A full name is the longest name of the article containing it ("López Obrador"
-> "Andrés Manuel López Obrador"), a dictionary person's included; a name
given with and without middle names ("Joshua Abraham Norton", "Joshua
Norton"; "John James Conyers Jr", "John Conyers"; with a second surname, "Pedro R. Pierluisi Urrutia", "Pedro
Pierluisi") is one person under its usual two-word form, the form other articles use too (unless the dictionary
names them); a two-word name of a middle name and the surname ("Otto Jespersen" after "Jens Otto Harry
Jespersen") is the full name's. A name with a nickname in quotation
marks (profiles and obituaries: 'Jeremy "Spike" Cohen', 'Edward Lodewijk "Eddie"
Van Halen') is the person under the nickname and the surname, as the rest of the
news calls them ("Spike Cohen", "Eddie Van Halen"), with no quotation marks in
the name a ranking shows (:func:`called_name`). A name given once with a short
form of its given name ("Mitch Stoltz", "Jim Hedges": ``lexicon/given_name_short_forms.txt``)
and once with the full one ("Mitchell Stoltz", "James Hedges") is one person,
under the form the article gives first (a dictionary person's own name first).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping, Sequence

from analysis.actors.mention_types import Candidate, Span, actor_id_for, fold_key, variant_key, word_runs
from analysis.text.lexicon import ordered_words


@dataclass(frozen=True)
class PersonRef:
    """A person mention used for linking: span, folded words and resolved id/name."""

    start: int
    end: int
    words: tuple[str, ...]
    actor_id: str
    actor: str


def full_names(candidates: Sequence[Candidate], persons: Sequence[Span]) -> list[PersonRef]:
    """Persons named with two or more words, each mapped to the longest name containing it (and a name with
    middle names to its two-word form, :func:`_first_and_last`)."""
    refs = [
        PersonRef(c.start, c.end, bare_words(c.words), "", called_name(c.name))
        for c in candidates
        if c.type == "person" and len(c.words) >= 2
    ]
    refs += [
        PersonRef(p.start, p.end, bare_words(tuple(fold_key(w) for w in re.findall(r"\w+(?:-\w+)*", p.actor))), p.actor_id, p.actor)
        for p in persons
    ]
    def rank(other: PersonRef) -> tuple[int, bool, int]:
        return len(other.words), bool(other.actor_id), -other.start

    longest_with: dict[tuple[str, ...], PersonRef] = {}  # a run of words -> the first best ref containing it
    for other in refs:
        for run in _runs(other.words):
            best = longest_with.get(run)
            if best is None or rank(other) > rank(best):
                longest_with[run] = other
    two_words = frozenset(other.words for other in refs if len(other.words) == 2)
    by_ends: dict[tuple[str, ...], list[PersonRef]] = {}  # the longest names and the two-word names, by their ends
    for other in sorted(refs, key=lambda other: other.start):
        longest = longest_with[other.words]
        if len(longest.words) >= 3 or len(longest.words) == 2 == len(other.words):
            by_ends.setdefault(_name_ends(longest.words, two_words), []).append(longest)
    two_word_forms = {ends: _first_and_last(forms) for ends, forms in by_ends.items() if len(forms) > 1}
    resolved = []
    for ref in refs:
        longest = longest_with[ref.words]
        form = two_word_forms.get(_name_ends(longest.words, two_words)) if two_word_forms else None
        if form is not None:
            longest = form
        actor = longest.actor
        actor_id = longest.actor_id or actor_id_for("person", actor)
        resolved.append(PersonRef(ref.start, ref.end, ref.words, actor_id, actor))
    listed = {ref.actor_id for ref in refs if ref.actor_id}
    return sorted(_with_short_forms(_with_middle_names_called(resolved, listed), listed), key=lambda ref: ref.start)


def _with_middle_names_called(refs: list[PersonRef], listed: set[str]) -> list[PersonRef]:
    """``refs`` with a person named in full and by a middle name and the surname ("Jens Otto Harry Jespersen",
    "Otto Jespersen"; "Stephen Grover Cleveland", "Grover Cleveland") under one id: the full name's, as a part of
    a name in one piece links to it ("López Obrador"), a ``listed`` (dictionary) person's own id first. Only when
    the article gives one such full name for the two-word name."""
    pairs = {ref.words: ref for ref in refs if len(ref.words) == 2}
    if not pairs:
        return refs
    long_by_surname: dict[str, list[PersonRef]] = {}  # names of three words or more by their last word, in order
    for ref in refs:
        if len(ref.words) >= 3:
            long_by_surname.setdefault(ref.words[-1], []).append(ref)
    mapping: dict[str, PersonRef] = {}
    for short_words, short in pairs.items():
        longer = {ref.actor_id: ref for ref in long_by_surname.get(short_words[-1], ())
                  if short_words[0] in ref.words[1:-1]}
        if len(longer) != 1 or short.actor_id in longer:
            continue
        (long_form,) = longer.values()
        if long_form.actor_id in listed and short.actor_id in listed:
            continue  # two dictionary persons: the dictionary tells them apart
        keep, drop = (short, long_form) if short.actor_id in listed else (long_form, short)
        mapping[drop.actor_id] = keep
    if not mapping:
        return refs
    return [PersonRef(ref.start, ref.end, ref.words, mapping[ref.actor_id].actor_id, mapping[ref.actor_id].actor)
            if ref.actor_id in mapping else ref for ref in refs]


def _with_short_forms(refs: list[PersonRef], listed: set[str]) -> list[PersonRef]:
    """``refs`` with the persons named by a short form of a given name and by the full given name, the rest of
    the name alike ("Mitch Stoltz", "Mitchell Stoltz"), under one id: the ``listed`` (dictionary) one, else the
    one named first."""
    short_forms = _short_forms()
    shortened = [ref for ref in refs if len(ref.words) >= 2 and ref.words[0] in short_forms]
    if not shortened:
        return refs
    by_words: dict[tuple[str, ...], PersonRef] = {}
    for ref in sorted(refs, key=lambda ref: ref.start):
        by_words.setdefault(ref.words, ref)
    mapping: dict[str, PersonRef] = {}
    for ref in shortened:
        for formal in short_forms[ref.words[0]]:
            other = by_words.get((formal, *ref.words[1:]))
            if other is None or other.actor_id == ref.actor_id:
                continue
            first = by_words[ref.words]
            keep, drop = (other, first) if other.actor_id in listed or (
                first.actor_id not in listed and other.start < first.start) else (first, other)
            mapping[drop.actor_id] = keep
    if not mapping:
        return refs
    return [PersonRef(ref.start, ref.end, ref.words, mapping[ref.actor_id].actor_id, mapping[ref.actor_id].actor)
            if ref.actor_id in mapping else ref for ref in refs]


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, tuple[str, ...]]:
    """Short given name -> the full given names it shortens, folded as name words are ("jimmy" -> "jimmi")."""
    forms: dict[str, tuple[str, ...]] = {}
    for line in ordered_words("given_name_short_forms"):
        short, formal = bare_words(tuple(fold_key(word) for word in line.split()))
        forms[short] = forms.get(short, ()) + (formal,)
    return forms


_SUFFIXES = frozenset(fold_key(word) for word in ordered_words("name_suffixes"))


def first_and_surname(words: tuple[str, ...]) -> tuple[str, str]:
    """A name's first word and surname, past a generational suffix: ("john", "conyers") of "John James Conyers
    Jr", so that it and "John Conyers" are one person named with and without middle names."""
    if len(words) > 2 and words[-1] in _SUFFIXES:
        return words[0], words[-2]
    return words[0], words[-1]


def _name_ends(words: tuple[str, ...], two_words: frozenset[tuple[str, ...]]) -> tuple[str, ...]:
    """The given name and surname a name is known by in the article: :func:`first_and_surname`, or for a name
    ending in a second surname (Spanish and Portuguese names: "Pedro R. Pierluisi Urrutia") the first one when
    the article also writes the two-word name with it ("Pedro Pierluisi") and none with the last."""
    ends = first_and_surname(words)
    if len(words) >= 3 and ends not in two_words and (words[0], words[-2]) in two_words:
        return words[0], words[-2]
    return ends


def _first_and_last(forms: Sequence[PersonRef]) -> PersonRef | None:
    """One person named with and without middle names ("Joshua Abraham Norton", "Joshua Norton"): the form every
    name with these first and last words gets, the two-word one, the usual form elsewhere (a dictionary person's
    own name first); None, each keeping its longest name, for two middle-named forms ("John Adam Smith", "John
    Bob Smith") or none. Worked out once per first and last words, not per mention."""
    longer = {form.words: form for form in forms if len(form.words) >= 3}
    short = next((form for form in forms if len(form.words) == 2), None)
    if len(longer) != 1 or short is None:
        return None
    (long_form,) = longer.values()
    if long_form.actor_id and short.actor_id:
        return None  # two dictionary persons: the dictionary tells them apart
    return long_form if long_form.actor_id else short


_NICKNAME = re.compile(r'^(?P<given>[^"“”]*?)\s*["“](?P<nickname>[^"“”]+)["”]\s+(?P<rest>[^"“”]+)$')


def called_name(name: str) -> str:
    """A person's name as news calls them when a nickname in quotation marks stands in it: the nickname of one
    word and the words after it ('Jeremy "Spike" Cohen' -> "Spike Cohen"), or for a longer nickname the first
    given name and the words after it ('Dwayne "The Rock" Johnson' -> "Dwayne Johnson"); else ``name``."""
    if '"' not in name and "“" not in name:
        return name
    match = _NICKNAME.match(name)
    if match is None:
        return name
    nickname, given = match.group("nickname").split(), match.group("given").split()
    called = nickname if len(nickname) == 1 else given[:1]
    return " ".join(called + match.group("rest").split()) if called else name


class RefIndex:
    """Full-name refs (sorted by start) by each run of their words, with the starts for bisecting.

    A run most names share with nobody ("lavrov") is looked up by the nearest ref before; when the
    article names several persons with it (a family: "Joe Biden" and "his son Hunter Biden"), the
    first person named with it keeps it: news copy refers to the story's principal by surname and
    to relatives by full or first name. A later namesake in ``takers`` (its start -> the end of its
    paragraph: :func:`analysis.actors.surname_takers.surname_takers`) has it until that end.
    """

    def __init__(self, refs: Sequence[PersonRef], takers: Mapping[int, int] | None = None) -> None:
        self.takers = takers or {}
        self.by_run: dict[tuple[str, ...], list[PersonRef]] = {}
        for ref in refs:
            for run in _runs(ref.words):
                self.by_run.setdefault(run, []).append(ref)
        self.starts = {run: [ref.start for ref in found] for run, found in self.by_run.items()}
        # per run: how many refs name its first person before another person's ref, and where that person's refs are
        self.first_only: dict[tuple[str, ...], int] = {}
        self.first_person: dict[tuple[str, ...], list[int]] = {}
        for run, found in self.by_run.items():
            first = found[0].actor_id
            self.first_only[run] = next((n for n, ref in enumerate(found) if ref.actor_id != first), len(found))
            if self.first_only[run] < len(found):
                self.first_person[run] = [n for n, ref in enumerate(found) if ref.actor_id == first]

    def nearest(self, words: tuple[str, ...], at: int) -> PersonRef | None:
        """The ref ``words`` link to at ``at``: the last ref containing them that starts at or before ``at``
        (the one starting at ``at`` itself, or the first person's last one when refs before name several
        persons, unless the last ref is a namesake taking the name in its paragraph), else the first one after
        that they open or end (a given name or surname, not a middle name: "Chao" is not "Rulan Chao Pian"),
        else None."""
        found = self.by_run.get(words)
        if not found:
            return None
        before = bisect_right(self.starts[words], at)
        if not before:
            return next((ref for ref in found if words in (ref.words[:len(words)], ref.words[-len(words):])), None)
        latest = found[before - 1]
        if before <= self.first_only[words] or latest.start == at or at < self.takers.get(latest.start, -1):
            return latest
        positions = self.first_person[words]
        return found[positions[bisect_right(positions, before - 1) - 1]]


@lru_cache(maxsize=1 << 14)
def _runs(words: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """The distinct :func:`word_runs` of a name's words, remembered across articles (names recur)."""
    return frozenset(word_runs(words))


_PARTICLE = re.compile(r"^(?:%s)-(?=\w)" % "|".join(map(re.escape, ordered_words("arabic_article_particles"))))


@lru_cache(maxsize=1 << 16)
def bare_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """Name words without an attached particle: "al-burhan" -> "burhan" (so "Burhan" links to "... al-Burhan");
    remembered across articles (names recur), hence a tuple."""
    return tuple(variant_key(_PARTICLE.sub("", word)) for word in words)
