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
  majority of such uses counts. The caller leaves out object pronouns
  (:func:`object_pronoun`: "Ruiz described her as ..." says nothing of Ruiz).

A weaker kind of evidence never overrides a stronger one; a tie leaves the
gender unknown, and an unknown gender agrees with both pronouns. Unnamed
speakers ("a mother of five", "the spokeswoman") take the gender of their
nouns (:func:`description_gender`).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
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
_PRONOUNS = {word: gender for gender, name in ((FEMALE, "female_pronouns"), (MALE, "male_pronouns"))
             for word in lexicon.ordered_words(name)}
GENDERED_PRONOUNS = frozenset(_PRONOUNS)  # the only words whose gender person_genders reads, lower case
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


def object_pronoun(word: str, following: str | None) -> bool:
    """Whether a gendered pronoun stands as an object ("Ruiz described him as", "told her that", "thanked
    her."), so most likely names someone other than the person before it and is no evidence of that
    person's gender: "him" always; "her" when no word follows (``following`` None: punctuation, a quote, the
    end) or the next word opens a phrase (a determiner, preposition or subordinator: "her as", "her the",
    "her to"), not when it is a possessive before its noun ("her first title")."""
    lower = word.lower()
    if lower == "him":
        return True
    if lower != "her":
        return False
    return following is None or following.lower() in _PHRASE_OPENERS


_PHRASE_OPENERS = lexicon.words("determiners") | lexicon.words("phrase_prepositions") | lexicon.words("subordinators")


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
    first_names: dict[str, str | None] = {}  # actor -> its first name's gender (a person recurs in an article)
    for start, _end, actor_id, actor in people:
        before = _WORD.findall(view, max(0, start - 24), start)
        gender = word_gender(before[-1]) if before else None
        if gender is not None:
            titles.setdefault(actor_id, Counter())[gender] += 1
        named = first_names.get(actor, _UNSEEN)
        if named is _UNSEEN:
            named = first_names[actor] = _first_name_gender(actor, female, male)
        if named is not None:
            names[actor_id] = named
    ordered = sorted(people, key=lambda person: person[0])
    starts = [person[0] for person in ordered]
    for start, end, words in sentences:
        if not words:
            continue  # no word, no evidence (the quotes step passes only pronouns: most sentences have none)
        inside = ordered[bisect_left(starts, start):bisect_left(starts, end)]
        for person, pronoun in _first_pronouns(inside, words, end):
            pronouns.setdefault(person[2], Counter())[pronoun] += 1
    genders: dict[str, str] = {}
    for actor_id in {p[2] for p in people}:
        for evidence in (_majority(titles.get(actor_id)), names.get(actor_id), _majority(pronouns.get(actor_id))):
            if evidence is not None:
                genders[actor_id] = evidence
                break
    return genders


_UNSEEN = object()  # an actor whose first name :func:`person_genders` has not looked up yet


def _first_pronouns(
    inside: Sequence[tuple[int, int, str, str]], words: Sequence[tuple[int, str]], end: int,
) -> list[tuple[tuple[int, int, str, str], str]]:
    """For each person of one sentence (``inside``, sorted by start) that no other person precedes: the
    gender of the first pronoun after it and before the next other person (else the sentence's ``end``)."""
    found: list[tuple[tuple[int, int, str, str], str]] = []
    if not inside:
        return found
    starts = [person[0] for person in inside]
    run_end = [len(inside)] * len(inside)  # index of the first later person with another id
    for i in range(len(inside) - 2, -1, -1):
        run_end[i] = i + 1 if inside[i + 1][2] != inside[i][2] else run_end[i + 1]
    said = [(offset, gender) for offset, gender in ((o, pronoun_gender(w)) for o, w in words) if gender is not None]
    ordered_words = all(said[i][0] <= said[i + 1][0] for i in range(len(said) - 1))
    offsets = [offset for offset, _gender in said]
    first_id, mixed = None, False  # ids of the persons starting before the current start
    i = 0
    while i < len(inside):
        group_end = bisect_right(starts, starts[i], i)
        for person in inside[i:group_end]:
            if i > 0 and (mixed or first_id != person[2]):
                continue  # another person comes before it
            after = bisect_right(starts, person[1])
            if after < len(inside) and inside[after][2] == person[2]:
                after = run_end[after]
            limit = inside[after][0] if after < len(inside) else end
            gender = _first_said(said, offsets, ordered_words, person[1], limit)
            if gender is not None:
                found.append((person, gender))
        for person in inside[i:group_end]:
            if first_id is None:
                first_id = person[2]
            elif person[2] != first_id:
                mixed = True
        i = group_end
    return found


def _first_said(
    said: Sequence[tuple[int, str]], offsets: Sequence[int], ordered: bool, low: int, limit: int,
) -> str | None:
    """Gender of the first pronoun of ``said`` (in word order) with ``low <= offset < limit``."""
    if ordered:
        at = bisect_left(offsets, low)
        return said[at][1] if at < len(said) and said[at][0] < limit else None
    return next((gender for offset, gender in said if low <= offset < limit), None)


def _majority(votes: Mapping[str, int] | None) -> str | None:
    if not votes:
        return None
    ranked = sorted(votes.items(), key=lambda item: -item[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]
