"""Which people an article's "he" and "she" can refer to: gender evidence for each person it names.

Used by :mod:`analysis.quotes.speakers` so that a pronoun source ("..., she said")
skips the people it cannot be. Evidence for a person (an actor id), strongest
first:

* a title or a gendered noun right before one of the person's mentions
  ("Mr. Okafor", "Ms. Brandt", "Queen Rania", "police spokeswoman Grace
  Atieno");
* the first name, from the actor dictionary's ``female_names`` and
  ``male_names`` lists (names of either or no usual gender say nothing);
* the article's own pronouns: the first "he/his/him" or "she/her" after the
  person in a sentence that names no other person before it ("Whitford said
  she had spoken ...", "Nowak, who was bidding for her first title"); the
  majority of such uses counts.

A weaker kind of evidence never overrides a stronger one; a tie leaves the
gender unknown, and an unknown gender agrees with both pronouns. Unnamed
speakers ("a mother of five", "the spokeswoman") take the gender of their
nouns (:func:`description_gender`).
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from analysis.actors.mention_types import fold_key
from analysis.text import lexicon
from analysis.text.document import Document, as_document
from analysis.text.normalization import normalize

if TYPE_CHECKING:
    from analysis.actors.dictionary import ActorDictionary

FEMALE, MALE = "female", "male"

_FEMALE_WORDS = lexicon.words("female_words")
_MALE_WORDS = lexicon.words("male_words")
_PRONOUNS = {
    "she": FEMALE, "her": FEMALE, "hers": FEMALE, "herself": FEMALE,
    "he": MALE, "him": MALE, "his": MALE, "himself": MALE,
}
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F'-]+")


def gendered_names(dictionary: "ActorDictionary | str | Path | None" = None) -> tuple[frozenset[str], frozenset[str]]:
    """The folded ``female_names`` and ``male_names`` of the dictionary in force (None: the shipped one)."""
    from analysis.actors.compiled import dictionary_cues  # the compiled dictionary imports this wing's types

    cues = dictionary_cues(dictionary)
    return cues.female_names, cues.male_names


def _names(
    dictionary: "ActorDictionary | str | Path | None",
    female_names: Iterable[str] | None,
    male_names: Iterable[str] | None,
) -> tuple[frozenset[str], frozenset[str]]:
    """Explicit first-name lists when given (folded), else the dictionary's."""
    if female_names is None and male_names is None:
        return gendered_names(dictionary)
    return (frozenset(fold_key(name) for name in female_names or ()),
            frozenset(fold_key(name) for name in male_names or ()))


def pronoun_gender(word: str) -> str | None:
    """``FEMALE`` for "she"/"her", ``MALE`` for "he"/"his", None for any other word ("they", "it", "I")."""
    return _PRONOUNS.get(word.strip().lower())


def word_gender(word: str) -> str | None:
    """The gender a title or noun gives a person ("Ms." -> female, "spokesman" -> male), else None."""
    lower = word.strip().rstrip(".").lower()
    if lower in _FEMALE_WORDS:
        return FEMALE
    if lower in _MALE_WORDS:
        return MALE
    return None


def description_gender(description: str) -> str | None:
    """The gender of an unnamed speaker's nouns ("a mother of five" -> female); None when they say none
    or disagree."""
    found = {word_gender(word) for word in _WORD.findall(normalize(description))} - {None}
    return found.pop() if len(found) == 1 else None


def name_gender(
    name: str,
    *,
    dictionary: "ActorDictionary | str | Path | None" = None,
    female_names: Iterable[str] | None = None,
    male_names: Iterable[str] | None = None,
) -> str | None:
    """The usual gender of a full name's first name ("Fatou Ndiaye" -> None unless listed), folded.

    The first names are ``female_names`` / ``male_names`` when given, else those of ``dictionary``
    (an :class:`~analysis.actors.dictionary.ActorDictionary`, a path, or None for the shipped one).
    """
    female_names, male_names = _names(dictionary, female_names, male_names)
    return _first_name_gender(name, female_names, male_names)


def _first_name_gender(name: str, female_names: frozenset[str], male_names: frozenset[str]) -> str | None:
    words = _WORD.findall(name)
    if not words:
        return None
    first = fold_key(words[0])
    if first in female_names:
        return FEMALE
    if first in male_names:
        return MALE
    return None


def agrees(gender: str | None, pronoun: str | None) -> bool:
    """Whether a person of ``gender`` (None: unknown) can be the referent of a pronoun of gender ``pronoun``."""
    return gender is None or pronoun is None or gender == pronoun


def person_genders(
    text: "str | Document",
    people: Sequence[tuple[int, int, str, str]],
    sentences: Sequence[tuple[int, int, Sequence[tuple[int, str]]]],
    *,
    dictionary: "ActorDictionary | str | Path | None" = None,
    female_names: Iterable[str] | None = None,
    male_names: Iterable[str] | None = None,
) -> dict[str, str]:
    """Gender of each person with evidence (see the module docstring), by actor id.

    ``people`` holds ``(start, end, actor_id, actor)`` person mentions in text order;
    ``sentences`` holds ``(start, end, words)`` with the reporter's words of
    each sentence as ``(offset, word)`` (quotations left out, so a quoted "she"
    says nothing about the speaker). ``text`` may be the article's Document
    (its normalised view is read, not recomputed). First names come from
    ``female_names`` / ``male_names`` when either is given, else from
    ``dictionary``, the actor dictionary in force (None: the shipped one).
    """
    female, male = _names(dictionary, female_names, male_names)
    view = as_document(text).normalized
    titles: dict[str, Counter] = {}
    pronouns: dict[str, Counter] = {}
    names: dict[str, str] = {}
    for start, _end, actor_id, actor in people:
        before = _WORD.findall(view, max(0, start - 24), start)
        gender = word_gender(before[-1]) if before else None
        if gender is not None:
            titles.setdefault(actor_id, Counter())[gender] += 1
        named = _first_name_gender(actor, female, male)
        if named is not None:
            names[actor_id] = named
    for start, end, words in sentences:
        inside = [p for p in people if start <= p[0] < end]
        for person in inside:
            others_before = [p for p in inside if p[0] < person[0] and p[2] != person[2]]
            if others_before:
                continue
            following = [p[0] for p in inside if p[0] > person[1] and p[2] != person[2]]
            limit = min(following) if following else end
            for offset, word in words:
                if person[1] <= offset < limit and pronoun_gender(word) is not None:
                    pronouns.setdefault(person[2], Counter())[pronoun_gender(word)] += 1
                    break
    genders: dict[str, str] = {}
    for actor_id in {p[2] for p in people}:
        for evidence in (_majority(titles.get(actor_id)), names.get(actor_id), _majority(pronouns.get(actor_id))):
            if evidence is not None:
                genders[actor_id] = evidence
                break
    return genders


def _majority(votes: Mapping[str, int] | None) -> str | None:
    if not votes:
        return None
    ranked = sorted(votes.items(), key=lambda item: -item[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]
