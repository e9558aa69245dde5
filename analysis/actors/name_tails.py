"""A name that ends or opens a longer name of the article stands for it: "the Air Force" after "United States Air
Force", "the Unity Party" after "the Unity Party of America".

News names a body or a place in full once and then drops the words before its
head: "the U.S. Libertarian Party ... the Libertarian Party", "the House Judiciary
Committee ... the Judiciary Committee", "York Outer Ring Road ... the Outer Ring
Road". Discovery gives both forms ids of their own, so the article counts two
actors. :func:`with_name_tails` gives a discovered name of two words or more the
id of the one longer name of its type in the article that ends with it, named
before it (the full name first, as news writes it; a name first seen after its
short form is more often a span gone wrong: "Remarked Center for Biological Diversity"),

* when the words before it there end in a capitalised word (not "Control Centre
  of the Coast Guard": the Coast Guard is another body), or when it is the words
  of two or more before the longer name's "of", "for" or "on" ("the Port Authority"
  after "the Port Authority of New York and New Jersey", "the Max Planck
  Institute" after "the Max Planck Institute for Evolutionary Anthropology");
* when no other longer name of the article ends with it or, named before it, opens with it ("Montcada Chess
  Club", "Saint Louis Chess Club": "the Chess Club" names neither surely; "the Prohibition Party" named first
  stays the national party beside a later "Prohibition Party of Illinois");
* when no sentence names both (a list, a contrast: "four hotels: Taj Socotra Hotel,
  Hafijj Hotel, Socotra Hotel" are three);
* not for a country's bare legislature or top court ("Supreme Court": whose it
  is, :mod:`analysis.actors.national_bodies` says), nor persons (full names link
  their parts, :mod:`analysis.actors.full_names`).
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Sequence

from analysis.actors.mention_types import Candidate, actor_id_for
from analysis.actors.name_runs import ORG_CONNECTORS
from analysis.text import lexicon

_TYPES = frozenset({"organization", "media", "place"})


def with_name_tails(candidates: Sequence[Candidate], sentence_starts: Sequence[int]) -> list[Candidate]:
    """``candidates`` with each name that ends or opens one longer name of its type under that name's id (see
    the module); ``sentence_starts`` are the offsets where the text's sentences start."""
    named = {}  # (type, name) -> id, the discovered names under their own id
    for candidate in candidates:
        key = (candidate.type, candidate.name)
        if candidate.type in _TYPES and key not in named and candidate.actor_id == actor_id_for(*key):
            named[key] = candidate
    by_last: dict[tuple[str | None, str], list[Candidate]] = {}  # names of two words or more by type and last word
    for candidate in named.values():
        if " " in candidate.name:
            by_last.setdefault((candidate.type, candidate.name.rsplit(None, 1)[-1]), []).append(candidate)
    by_head: dict[tuple[str | None, str], list[Candidate]] = {}  # names by type and their words before "of"
    for candidate in named.values():
        head = _head(candidate.name)
        if head is not None:
            by_head.setdefault((candidate.type, head), []).append(candidate)
    if not by_head and not any(len(found) > 1 for found in by_last.values()):
        return list(candidates)
    mapping: dict[str, Candidate] = {}
    for (kind, name), tail in named.items():
        if " " not in name or name in lexicon.words("national_body_names"):
            continue
        ending = {owner.actor_id: owner for owner in by_last.get((kind, name.rsplit(None, 1)[-1]), ())
                  if len(owner.name) > len(name) and owner.name.endswith(" " + name)}
        opening = {owner.actor_id: owner for owner in by_head.get((kind, name), ()) if owner.start < tail.start}
        owners = {**ending, **opening}
        if len(owners) != 1:
            continue
        (owner,) = owners.values()
        if owner.actor_id in ending and not owner.name[:-len(name)].split()[-1][:1].isupper():
            continue
        if owner.start < tail.start and not _share_a_sentence(candidates, tail, owner, sentence_starts):
            mapping[tail.actor_id] = owner
    if not mapping:
        return list(candidates)
    return [candidate.evolve(actor_id=mapping[candidate.actor_id].actor_id, actor=mapping[candidate.actor_id].actor)
            if candidate.type in _TYPES and candidate.actor_id in mapping else candidate
            for candidate in candidates]


_HEAD_PREPOSITIONS = ORG_CONNECTORS & lexicon.words("phrase_prepositions")  # of, for, on: not "and", "&", "the"


def _head(name: str) -> str | None:
    """The words of a name before its first "of", "for" or "on", when two or more ("Unity Party" of "Unity Party
    of America", "Max Planck Institute" of "Max Planck Institute for Evolutionary Anthropology"), else None."""
    words = name.split()
    at = next((i for i, word in enumerate(words) if word in _HEAD_PREPOSITIONS), 0)
    return " ".join(words[:at]) if at >= 2 else None


def _share_a_sentence(candidates: Sequence[Candidate], tail: Candidate, owner: Candidate,
                      sentence_starts: Sequence[int]) -> bool:
    """Whether a sentence holds both a mention of ``tail``'s id and one of ``owner``'s."""
    def sentences(actor_id: str) -> set[int]:
        return {bisect_right(sentence_starts, c.start) for c in candidates if c.actor_id == actor_id}
    return not sentences(tail.actor_id).isdisjoint(sentences(owner.actor_id))
