"""Names joined by a hyphen or a dash: "the Biden-Harris ticket", "Johnson-Weld in 2016", "PKK-YPG fighters".

News pairs two actors in one word for a ticket, a debate or an alliance. Discovery reads such a word as
one name and, finding no cue for it, drops it. When every part is a name the article gives a typed actor
elsewhere (a person's surname, a one-word name of a body or a place), each part is a name of its own, which
linking (:mod:`analysis.actors.linking`) types and links as it does that name standing alone. A
double-barrelled name stays whole: "Glawischnig-Piesczek" is the surname of "Eva Glawischnig-Piesczek",
and a part the article names nowhere else ("Rolls-Royce") splits nothing. A word whose part is a dictionary match
("PKK" of "PKK-YPG", "Ukraine" of "Trump-Ukraine") gives discovery its other parts as names of their own
(:func:`dictionary_partners`); they too name an actor only where linking finds one for them.
"""
from __future__ import annotations

import re
from typing import Sequence

from analysis.actors.mention_types import Candidate, Span, fold_key

PAIR_CUE = "named in a pair:"
_SPLIT_TYPES = (None, "person")  # untyped, or a person by a cue of the pair's own ("said Biden-Harris")
_PART = re.compile(r"[^\W\d_][\w'’]*")  # a part between the hyphens or dashes, as written
_PERSON_WORDS = re.compile(r"\w+(?:-\w+)*")  # a dictionary person's name words ("Eva Glawischnig-Piesczek")


def split_name_pairs(view: str, candidates: Sequence[Candidate], persons: Sequence[Span]) -> list[Candidate]:
    """``candidates`` with each untyped (or person's) one-word name joined by hyphens or dashes split into its parts,
    when every part is a name of a typed actor of the article (:func:`_known_names`); ``persons`` are the
    dictionary's person matches, ``view`` the text the candidates' offsets index."""
    joined = [c for c in candidates if c.type in _SPLIT_TYPES and len(c.words) == 1 and "-" in c.words[0]]
    if not joined:
        return list(candidates)
    known = _known_names(candidates, persons)
    parts = {id(c): _parts(view, c, known) for c in joined}
    return [part for c in candidates for part in (parts.get(id(c)) or (c,))]


def dictionary_partners(view: str, start: int, end: int, spans: Sequence[Span]) -> list[tuple[int, int, str]]:
    """The parts of the word ``view[start:end]`` joined by hyphens or dashes to a dictionary match inside it that no
    match covers ("YPG" of "PKK-YPG fighters", "Trump" of "the Trump-Ukraine call"), as (start, end, text), when every
    part is capitalised; else []. ``spans`` are the dictionary matches that overlap the word. Discovery reads them
    as names of their own, which linking types as it does the name alone ("YPG said", "Donald Trump")."""
    found = list(_PART.finditer(view, start, end))
    gaps = [view[a.end():b.start()] for a, b in zip(found, found[1:])]
    if len(found) < 2 or any(len(gap) != 1 or gap.isalnum() for gap in gaps) \
            or any(not part.group()[:1].isupper() for part in found):
        return []
    return [(part.start(), part.end(), part.group()) for part in found if len(part.group()) >= 2
            and not any(span.start < part.end() and part.start() < span.end for span in spans)]


def _known_names(candidates: Sequence[Candidate], persons: Sequence[Span]) -> set[str]:
    """Folded one-word names of the article's typed actors: the surname of a person named in full (the
    dictionary's persons too) and a typed name of one word."""
    known = {fold_key(words[-1]) for words in (_PERSON_WORDS.findall(person.actor) for person in persons)
             if len(words) >= 2}
    for candidate in candidates:
        surname = candidate.type == "person" and len(candidate.words) >= 2
        if surname or candidate.type is not None and len(candidate.words) == 1:
            known.add(candidate.words[-1])
    return known


def _parts(view: str, candidate: Candidate, known: set[str]) -> list[Candidate]:
    """The parts of ``candidate`` as names of their own ("Johnson", "Weld" of "Johnson-Weld"), or [] when
    the whole is a known name or some part is no capitalised name the article knows."""
    if candidate.words[0] in known:
        return []
    found = list(_PART.finditer(view, candidate.start, candidate.end))
    gaps = [view[a.end():b.start()] for a, b in zip(found, found[1:])]
    if len(found) < 2 or any(len(gap) != 1 or gap.isalnum() for gap in gaps):
        return []
    keys = [fold_key(part.group()) for part in found]
    if any(not part.group()[:1].isupper() or len(part.group()) < 2 or key not in known
           for part, key in zip(found, keys)):
        return []
    cue = f"{PAIR_CUE} {candidate.name}"
    return [
        candidate.evolve(start=part.start(), end=part.end(), name=part.group(), words=(key,), type=None, cue=cue,
                         initial=candidate.initial and n == 0)
        for n, (part, key) in enumerate(zip(found, keys))
    ]
