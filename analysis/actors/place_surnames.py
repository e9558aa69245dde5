"""A person's surname that is also a place of the dictionary, written alone after the full name.

"Police named the attacker as Sudesh Amman ... Amman had been released", "Denzel Washington ... Washington
thanked his family": the dictionary matches "Amman" and "Washington" as places (or, as capitals, their
governments), but once the article has named a person whose name of two or more words ends with that word, the
word alone is that person. :func:`place_surnames` takes such matches from the dictionary's spans and returns
them as mentions of the person (type person, the person's id, cue "surname of ..."). A locative word right
before the word keeps the place ("moved to Washington"; not "of", unless a place noun stands before it: "the
state of Washington"), and so does a place right after a comma ("Washington, D.C.") or a place word of a longer
name ("Washington State").

A body's or an outlet's one-word name right after a given name is a surname too: "Michael Bloomberg", the
candidate, is no "Michael" beside the news agency. :func:`given_name_surnames` joins the two into the person's
name before :func:`place_surnames` reads the article, which then also takes the word alone after it ("Bloomberg
won the caucus") for the person, as it does a place's.
"""
from __future__ import annotations

import re
from typing import Sequence

from analysis.actors.mention_types import PLACE_KINDS, Candidate, Span, actor_id_for, fold_key
from analysis.text import lexicon

_WORD_BEFORE = re.compile(r"(?:(?P<noun>[A-Za-z-]+)\s+)?(?P<word>[A-Za-z-]+)\s+$")
_PLACE_AFTER = re.compile(r",\s*[A-Z]|\s+[A-Z]")


_SURNAME_KINDS = PLACE_KINDS | frozenset({"organization", "media"})


def given_name_surnames(view: str, spans: Sequence[Span], names: Sequence[Candidate],
                        given_names: frozenset[str]) -> tuple[list[Span], list[Candidate]]:
    """``spans`` without the one-word body or outlet names right after a given name (``given_names``: folded keys)
    that no other mention ends with (nor a stopword: "Will", "May"), and ``names`` with the person's full name each makes ("Michael" + "Bloomberg":
    ``person:michael-bloomberg``) in place of a lone given name discovery typed there."""
    ending = {name.end: index for index, name in enumerate(names)}
    span_ends = {span.end for span in spans}
    joined: dict[int, Candidate] = {}
    added: list[Candidate] = []
    surnames: set[Span] = set()
    for span in spans:
        if span.kind not in ("organization", "media") or span.how != "dictionary" or " " in view[span.start:span.end]:
            continue
        first = _GIVEN_NAME_BEFORE.search(view, max(0, span.start - 20), span.start)
        if first is None or fold_key(first.group(1)) not in given_names or first.end(1) in span_ends \
                or first.group(1).lower() in lexicon.stopwords():
            continue  # not "Will Facebook ban ...": a given name that is also a common word
        index = ending.get(first.end(1))
        own = names[index] if index is not None else None
        if own is not None and (own.type != "person" or own.start != first.start(1)):
            continue  # a longer name ends with the given name
        full = view[first.start(1):span.end]
        words = (fold_key(first.group(1)), fold_key(view[span.start:span.end]))
        person = Candidate(first.start(1), span.end, full, words, "person", f"given name: {first.group(1)}", False,
                           actor_id=actor_id_for("person", full), actor=full)
        if own is not None:  # its own cue stays ("role: New York City Mayor")
            joined[index] = own.evolve(end=span.end, name=full, words=person.words, actor_id=person.actor_id,
                                       actor=full)
        else:
            added.append(person)
        surnames.add(span)
    if not surnames:
        return list(spans), list(names)
    widened = [joined.get(index, name) for index, name in enumerate(names)]
    return [span for span in spans if span not in surnames], sorted(widened + added, key=lambda name: name.start)


_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][a-z]+) \Z")  # "Michael " before "Bloomberg"


def place_surnames(view: str, spans: Sequence[Span], names: Sequence[Candidate]) -> tuple[list[Span], list[Candidate]]:
    """``spans`` without the places (bodies, outlets) that are the surname of a person named in full before them,
    and those as mentions of that person (see the module doc); ``spans`` unchanged at once when no person's name
    of two or more words ends with a word the dictionary matched as a place (most articles)."""
    persons: dict[str, list[Candidate]] = {}
    for name in names:
        if name.type == "person" and len(name.words) >= 2:
            persons.setdefault(name.words[-1], []).append(name)
    if not persons:
        return list(spans), []
    kept: list[Span] = []
    surnames: list[Candidate] = []
    for span in spans:
        person = _person_named(view, span, persons) if span.kind in _SURNAME_KINDS else None
        if person is None:
            kept.append(span)
            continue
        surnames.append(Candidate(span.start, span.end, person.name, person.words, "person",
                                  f"surname of {person.actor or person.name}", False, actor_id=person.actor_id,
                                  actor=person.actor))
    return kept, surnames


def _person_named(view: str, span: Span, persons: dict[str, list[Candidate]]) -> Candidate | None:
    """The last person named in full before ``span`` whose surname is the span's word, unless the sentence
    makes the word a place (a locative before it, a place after it)."""
    named = persons.get(fold_key(view[span.start:span.end]))
    if not named:
        return None
    before = [person for person in named if person.end <= span.start]
    if not before:
        return None
    previous = _WORD_BEFORE.search(view, max(0, span.start - 40), span.start)
    if previous is not None:
        word = previous.group("word").lower()
        noun = (previous.group("noun") or "").lower()
        if word in lexicon.words("locatives") and (word != "of" or noun in lexicon.words("place_nouns")):
            return None
    if _PLACE_AFTER.match(view, span.end, span.end + 3):
        return None
    return before[-1]
