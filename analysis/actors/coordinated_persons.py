"""A lone untyped name coordinated with a person is a person too ("Smith and Jones", "Brodie and Nolan").

Discovery types a name coordinated with a typed one while it reads the names
in order (:func:`analysis.actors.discovery._type_lists`), but many persons get
their type only when linking ties them to a full name or to another
occurrence ("Smith" of "Dr Karen Smith", "Ratnamma" said elsewhere), or they
stand first in the pair ("Okafor and Dr Ndukwe"). After linking, one untyped
word joined by "and" or "&" to a person (discovered or the dictionary's) is a
person: "a study by Smith and Jones", "his children Brodie and Nolan",
"Deirdre, Wyatt & Zach", "Brackley and Cllr Ruddock".

A cue that the pair shares as a whole says nothing of the untyped word's kind
when the person stands second: "Marks and Spencer said", "Barnes & Noble's
sales" name a firm whose second word a speech verb or a possessive made a
person, so a person typed only by what follows the pair (a speech verb, "who",
a predicate, a possessive: :data:`PAIR_LEVEL_CUES`) types no
untyped word before it. The untyped word must be one capitalised word that
does not open its sentence, in no capitals ("UN and Smith") and no initial,
that the article never writes in lower case ("Order and Direct ..."), and that
no plural noun follows ("Padalecki and Supernatural co-stars": after a pair, a
lower-case word in -s is no verb, so the word modifies that noun).
"""
from __future__ import annotations

import re
from typing import AbstractSet, Mapping, Sequence

from analysis.actors.mention_types import Candidate, Span, actor_id_for
from analysis.text import lexicon

COORDINATED_CUE = "coordinated with"
_JOINS = (" and ", " & ", ", and ", ", & ")
_TITLE_WORD = re.compile(r"[A-Z][\w.-]*[ \t]+")
_TITLE_CUES = ("title:", "role:")
_PLURAL_AFTER = re.compile(  # " co-stars"; not " boss", nor a verb of be, have, do in -s: " was", " has", " does"
    r" (?!(?:%s)\b)[a-z][\w-]*[^s\W]s\b" % "|".join(sorted(lexicon.union("be_forms", "have_forms", "do_forms"))))


def type_coordinated_persons(
    view: str, candidates: list[Candidate], persons: Sequence[Span], vocabulary: AbstractSet[str]
) -> list[Candidate]:
    """``candidates`` (in text order) with each lone untyped word coordinated with a person typed a person;
    ``vocabulary`` holds the article's tokens as written."""
    lone = [index for index, candidate in enumerate(candidates) if _lone_word(candidate)
            and (view.endswith(_JOINS, 0, candidate.start) or view.startswith(_JOINS, candidate.end))]
    if not lone:  # no lone untyped word beside a conjunction: the common case
        return candidates
    ends = {c.end: c for c in candidates if c.type == "person"}
    starts = {c.start: c for c in candidates if c.type == "person"}
    span_ends = {span.end: span for span in persons}
    span_starts = {span.start: span for span in persons}
    typed = list(candidates)
    for index in lone:
        candidate = candidates[index]
        if candidate.name.lower() in vocabulary \
                or _PLURAL_AFTER.match(view, candidate.end):
            continue
        partner = _partner_before(view, candidate.start, ends, span_ends) \
            or _partner_after(view, candidate.end, starts, span_starts)
        if partner:
            typed[index] = candidate.evolve(type="person", actor_id=actor_id_for("person", candidate.name),
                                            actor=candidate.name, cue=f"{COORDINATED_CUE} {partner!r}")
    return typed


def _lone_word(candidate: Candidate) -> bool:
    """An untyped name of one capitalised word, not opening its sentence, not in capitals."""
    name = candidate.name
    return candidate.type is None and len(candidate.words) == 1 == len(candidate.indices) \
        and not candidate.initial and len(name) > 2 and name[:1].isupper() and not name.isupper()


def _partner_before(
    view: str, start: int, ends: Mapping[int, Candidate], span_ends: Mapping[int, Span]
) -> str:
    """The name of the person joined to the word at ``start`` by a conjunction before it, or ""."""
    for join in _JOINS:
        if view.endswith(join, 0, start):
            end = start - len(join)
            person = ends.get(end)
            if person is not None:
                return person.name
            span = span_ends.get(end)
            if span is not None:
                return view[span.start:span.end]
    return ""


def _partner_after(
    view: str, end: int, starts: Mapping[int, Candidate], span_starts: Mapping[int, Span]
) -> str:
    """The name of the person joined to the word ending at ``end`` by a conjunction after it, or "" (also when
    that person is typed only by a cue the pair shares: "Marks and Spencer said", or owns what follows: in
    "between Austin and Jane Doe's home town" the word is joined to the town, not to Jane Doe)."""
    for join in _JOINS:
        if view.startswith(join, end):
            begin = end + len(join)
            found = starts.get(begin)
            title = None if found is not None else _TITLE_WORD.match(view, begin, begin + 30)
            if title is not None:  # "Brackley and Cllr Ruddock": the title stands outside the name
                found = starts.get(title.end())
                found = found if found is not None and found.cue.startswith(_TITLE_CUES) else None
            if found is not None:
                return "" if found.cue.startswith(PAIR_LEVEL_CUES) or _owns(view, found.end) else found.name
            span = span_starts.get(begin)
            if span is not None and not _owns(view, span.end):
                return view[span.start:span.end]
    return ""


def _owns(view: str, end: int) -> bool:
    """Whether the name ending at ``end`` is a possessor ("Jane Doe's home town")."""
    return view.startswith(("'s", "’s"), end)


# The prefixes of the cues the person rules write when they type a name by the text after it (a speech verb, "who", an
# age, a predicate, a subject's verb, a possessive, "with <companions>" such as "with colleagues":
# analysis/actors/name_cues.py and person_predicates.py), which a coordinated pair shares as a whole. Cue labels of the
# code, not words of the text.
PAIR_LEVEL_CUES = ("speaker", "followed by", "predicate", "subject", "possessive", "with ")
