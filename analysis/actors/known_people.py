"""Well-known people named by surname alone: "Macron said" is Emmanuel Macron unless the article says otherwise.

The shipped public-figures list (``analysis/dictionaries/public_figures.yaml``:
heads of state and government, foreign ministers and other frequently quoted
people, with their office, country and period) and any user dictionary give
persons ``surnames``. :func:`known_person` is the last step of linking a
discovered name within an article (:mod:`analysis.actors.linking`): a lone
word that no fuller name in the article explains, and that the dictionary
lists as a surname, becomes a mention of that person. The article's own
context wins: "Jill Biden" earlier in the text makes a later "Biden" hers,
because linking to the article's full names runs first. A surname that
several listed persons share ("Clinton", "Bush") makes the word a person but
links it to none of them.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Mapping

from analysis.actors.compiled import surname_key
from analysis.actors.dictionary import Entry
from analysis.actors.mention_types import Candidate, actor_id_for

_UNLISTED = object()


def known_person(candidate: Candidate, surnames: Mapping[str, Entry | None]) -> Candidate:
    """``candidate`` linked to the listed person its bare surname names, or unchanged.

    Only a one-word name that is untyped or a person (or typed only as someone's employer: "Biden
    spokesman ...") and that linking did not already tie to a fuller name of the article. An untyped name
    that opens its sentence must be spelt as the surname is listed: folded, "Støre" is "Store", and a
    sentence's first word may be an English word ("Store hours: ...")."""
    if len(candidate.words) != 1 or not _personal(candidate) or _linked(candidate):
        return candidate
    entry = surnames.get(surname_key(candidate.words[0]), _UNLISTED)
    if entry is _UNLISTED:
        return candidate
    if entry is None:
        return replace(candidate, type="person", actor_id=actor_id_for("person", candidate.name),
                       actor=candidate.name, cue=candidate.cue or "surname of several public figures")
    assert isinstance(entry, Entry)
    if candidate.type is None and candidate.initial and candidate.name not in {alias.text for alias in entry.surnames}:
        return candidate  # a sentence's first word spelt otherwise may be an English word: "Store hours", not Støre
    return replace(candidate, type="person", actor_id=entry.id, actor=entry.name, how="alias",
                   cue=f"surname of {entry.name}")


def _personal(candidate: Candidate) -> bool:
    return candidate.type in (None, "person") or candidate.cue.startswith("employer:")


def _linked(candidate: Candidate) -> bool:
    """Whether linking gave the candidate the id of a fuller name in the article (not its own slug)."""
    if not candidate.actor_id:
        return False
    return candidate.actor_id not in (actor_id_for(candidate.type or "person", candidate.name),
                                      actor_id_for("person", candidate.name))
