"""A name given in full and then by its last word alone is a person's ("Évariste Galois ... Galois returned").

News and biographies introduce a person with a full name and go on with the
surname; organisations are shortened by their first word or initials
("Solara Systems" -> "Solara", :mod:`analysis.actors.linking`) and places
keep their whole name. So an untyped name of two or three words whose last
word the article also uses alone is a person when a sentence opened by the
full name or the lone word goes on with "he", "his", "she" or "her", and
nothing says the words are common words: none is written in lower case
anywhere in the text ("Burning Man ... the man"), listed in ``not_names`` or a
city's name ("Pittsburgh Pirates ... Pirates"), none is an initial or in
capitals ("T C Phailin"), and the lone word is capitalised somewhere other than
a sentence's start ("Announced in the evening, ..."). Linking then ties the
lone surname to the full name, as it does for names a first name or a role typed.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Sequence

from analysis.actors.mention_types import Candidate, fold_key
from analysis.actors.name_context import NameContext
from analysis.text import lexicon

ECHO_CUE = "surname used alone:"


def type_surname_echoes(ctx: NameContext, candidates: Sequence[Candidate]) -> list[Candidate]:
    """``candidates`` with each untyped full name whose last word recurs alone in the article typed as a person,
    when the full name or the lone word opens a sentence that refers back to it as "he" or "she"."""
    alone: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        if len(candidate.words) == 1 == len(candidate.indices) and candidate.type in (None, "person"):
            alone.setdefault(candidate.words[0], []).append(candidate)
    alone = {word: found for word, found in alone.items() if not all(c.initial for c in found)}
    if not alone:  # a word capitalised only where it opens a sentence may be a common word ("Announced")
        return list(candidates)
    full = [candidate for candidate in candidates if candidate.type is None and candidate.words[-1] in alone
            and plain_full_name(ctx, candidate)]
    person_starts = [c.start for c in candidates if c.type == "person"]  # candidates are in text order
    confirmed = {candidate.words[-1] for candidate in full
                 if any(_subject_of_personal_pronoun(ctx, c, person_starts)
                        for c in (candidate, *alone[candidate.words[-1]]))}
    return [
        candidate.evolve(type="person", cue=f"{ECHO_CUE} {ctx.tokens[candidate.indices[-1]].text}")
        if candidate.type is None and len(candidate.words) > 1 and candidate.words[-1] in confirmed
        and plain_full_name(ctx, candidate) else candidate
        for candidate in candidates
    ]


def _subject_of_personal_pronoun(ctx: NameContext, candidate: Candidate, person_starts: Sequence[int]) -> bool:
    """Whether ``candidate`` opens its sentence and the sentence goes on with "he", "his", "she", "her"... before
    another person is named (``person_starts``, in order): "Rovers boss Duncan Ferguson said his side" is his."""
    if not ctx.tokens[candidate.indices[0]].initial:
        return False
    following = bisect_right(person_starts, candidate.start)
    stop = person_starts[following] if following < len(person_starts) else len(ctx.view)
    rest = _SENTENCE_REST.match(ctx.view, candidate.end, min(candidate.end + 300, max(candidate.end, stop)))
    return rest is not None and _PERSONAL_PRONOUN.search(rest.group(0)) is not None


_SENTENCE_REST = re.compile(r"[^.!?\n]*")
_PERSONAL_PRONOUN = re.compile(r"\b(?:%s)\b" % "|".join(lexicon.ordered_words("person_echo_pronouns")))


def plain_full_name(ctx: NameContext, candidate: Candidate) -> bool:
    """Two or three capitalised words, all free, none a common word of the text, a listed non-name or a city."""
    if not 2 <= len(candidate.indices) <= 3 or len(candidate.words) != len(candidate.indices):
        return False
    for index in candidate.indices:
        word = ctx.tokens[index].text.rstrip(".")
        if ctx.labels[index] != "free" or len(word) < 2 or not word[0].isupper() or word.isupper() \
                or word.lower() in ctx.lowercase or word in ctx.cues.not_names \
                or fold_key(word) in ctx.cues.place_names:
            return False
    return True
