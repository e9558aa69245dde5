"""A name the article uses as a language's is not a person's, whatever the role word before it once says.

A role noun is also a modifier: "small migrant Eegimaa communities", "an official Android version". The role
cue of discovery (:func:`analysis.actors.name_cues.person_cue`) then makes a language's or a product's one-word
name a person, and every other occurrence of the name follows it. When the article writes the same name
right before a word that makes it a language ("the Eegimaa language", "Eegimaa-speaking", "the Android version";
``lexicon/language_words_after.txt``, the list the dictionary's demonyms use), a person cue given only by
role words is dropped from all its occurrences; a name with any other person cue (a title, a speech verb, an
apposition: "President Obama ... the Obama version of the bill") keeps it.
"""
from __future__ import annotations

import re
from typing import Sequence

from analysis.actors.mention_types import Candidate
from analysis.actors.name_context import NameContext
from analysis.text import lexicon

ROLE_CUE = "role:"
_AFTER_WORDS = lexicon.ordered_words("language_words_after")
_LANGUAGE_AFTER = re.compile(r"(?:%s|\s+(?:%s))\b" % (  # matched right at a name's end
    "|".join(re.escape(word) for word in _AFTER_WORDS if word.startswith("-")),
    "|".join(re.escape(word) for word in _AFTER_WORDS if not word.startswith("-"))))


def untype_language_names(ctx: NameContext, candidates: Sequence[Candidate]) -> list[Candidate]:
    """``candidates`` with the one-word names the text uses as a language's no longer typed persons by a role
    word alone (see the module docstring); unchanged at once when no one-word person is typed by a role."""
    roled = {c.words for c in candidates if c.type == "person" and len(c.words) == 1 and c.cue.startswith(ROLE_CUE)}
    if not roled:
        return list(candidates)
    view = ctx.view
    languages = {c.words for c in candidates if c.words in roled and _LANGUAGE_AFTER.match(view, c.end)}
    languages -= {c.words for c in candidates
                  if c.words in languages and c.type == "person" and not c.cue.startswith(ROLE_CUE)}
    if not languages:
        return list(candidates)
    return [c.evolve(type=None, cue="") if c.words in languages and c.type == "person" else c for c in candidates]
