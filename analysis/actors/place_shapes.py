"""What the shape of a hyphenated name says of it: a place's name of words joined around a particle.

Places of French, English, German or Spanish lands are often named by words joined with hyphens around a
lower-case particle (``lexicon/place_name_particles.txt``): "Bourg-la-Reine", "Pointe-à-Pitre",
"Stratford-upon-Avon", "Morne-à-l'Eau", "Port-of-Spain". People's hyphenated names join names alone
("Jean-Pierre", "Lloyd-Webber"), so one such word is a place's name by its shape (:func:`particle_place`); not
with an Arabic article between the words ("Abd-al-Rahman": a person's name).

A dictionary place inside such a word is a part of its name, not a place of its own ("Provence" of
"Aix-en-Provence", "Frankfurt" of "Frankfurt-am-Main": :func:`inside_particle_place`), unlike a place joined by a
hyphen alone to another name ("US-China talks", "a Seattle-based firm").
"""
from __future__ import annotations

import re
from typing import Sequence

from analysis.actors.name_context import NameContext
from analysis.text import lexicon

PARTICLE_PLACE_CUE = "place name shape:"
_PARTICLES = "|".join(map(re.escape, sorted(lexicon.words("place_name_particles")
                                               - lexicon.words("arabic_article_particles"), key=len, reverse=True)))
_WORD = r"[^\W\d_][\w'’]*"
# capitalised words joined by hyphens with particles between them ("Saint-Germain-des-Prés"); "l'" may elide an
# article before the word after the particle ("Morne-à-l'Eau")
_PARTICLE_PLACE = re.compile(
    rf"{_WORD}(?:-{_WORD})*(?:-(?:{_PARTICLES}))+-(?:[ld]['’])?(?P<after>{_WORD})(?:-{_WORD})*")
_WORD_AROUND = re.compile(r"[\w'’-]*")


def particle_place_name(word: str) -> bool:
    """Whether ``word`` is capitalised words joined by hyphens around a place particle ("Bourg-la-Reine")."""
    shape = _PARTICLE_PLACE.fullmatch(word) if "-" in word and word[:1].isupper() else None
    return shape is not None and shape.group("after")[:1].isupper()


def particle_place(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why a one-word name is a place's by its shape ("place name shape: Bourg-la-Reine"), or ""."""
    if len(segment) != 1:
        return ""
    word = ctx.tokens[segment[0]].text
    return f"{PARTICLE_PLACE_CUE} {word}" if particle_place_name(word) else ""


def inside_particle_place(view: str, start: int, end: int) -> bool:
    """Whether ``view[start:end]`` (a dictionary match) is a hyphen-joined part of a longer word of a place's name
    shape ("Provence" of "Aix-en-Provence")."""
    if view[start - 1:start] != "-" and view[end:end + 1] != "-":
        return False  # most matches: the test of the whole word is not needed
    first = start
    while first > 0 and (view[first - 1].isalnum() or view[first - 1] in "-'’"):
        first -= 1
    word = _WORD_AROUND.match(view, first).group()
    return len(word) > end - start and particle_place_name(word)
