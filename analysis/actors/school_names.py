"""Schools named by their short name after a verb of study: "graduated from Stanford", "taught at Harvard".

Biographies and profiles name a university by its short name, often a town's
("studied at Cambridge", "taught at Berkeley"), with no head word to type it.
After a verb of study or teaching (``lexicon/school_verbs.txt``) and "at" or
"from", a name that no stronger cue typed is the school: :func:`school_context`
gives the cue, which discovery asks before the weak town-name cue (a town's name
there names its university, as in "taught at Berkeley").

A university system's short name before a campus's town (``lexicon/university_system_prefixes.txt``: "UC Davis",
"UT Austin", "UW-Madison") is the university wherever it stands: :func:`campus_name` gives the cue. So is any
other acronym joined to a capitalised name by a hyphen when a campus word follows (``lexicon/campus_words.txt``:
"the OSU-Tulsa campus", "the NSU-Broken Arrow campus"): a regional university's branch, named as the lists
cannot know every system.
"""
from __future__ import annotations

import re
from typing import Sequence

from analysis.actors.context_cues import unknown_acronym
from analysis.actors.name_context import NameContext, ends_before
from analysis.text import lexicon

_PREPOSITIONS = lexicon.ordered_words("school_prepositions")  # "at", "from"
_AT_BEFORE = re.compile(r"\b([a-z]+)\s+(?:%s)\s+(?:the\s+)?$" % "|".join(_PREPOSITIONS))
_AT_BEFORE_ENDINGS = (*_PREPOSITIONS, "the")  # the words that end a window the pattern matches
_CAMPUS_AFTER = re.compile(r"[ \t]+(?:%s)\b" % "|".join(lexicon.ordered_words("campus_words")))  # " campus"


def school_context(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why ``segment`` (token indices) is a school ("school: taught at"), or ""."""
    first = ctx.tokens[segment[0]]
    if not ends_before(ctx.view, first.start, 30, _AT_BEFORE_ENDINGS):
        return ""  # most names follow no "at" or "from": the pattern need not run
    if first.initial or any(ctx.tokens[i].text.isupper() for i in segment):
        return ""
    before = _AT_BEFORE.search(ctx.view, max(0, first.start - 30), first.start)
    if before is None or before.group(1) not in lexicon.words("school_verbs"):
        return ""
    return f"school: {before.group(0).strip()}"


def campus_name(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why ``segment`` is a university named by its system and campus ("campus: UC + Davis"), or "": the first word
    is a system's short name followed by a capitalised word, or joins one with a hyphen ("UW-Madison"); or it is
    another acronym joining one with a hyphen before a campus word ("the OSU-Tulsa campus")."""
    first = ctx.tokens[segment[0]]
    prefix, hyphen, rest = first.text.partition("-")
    if prefix not in lexicon.words("university_system_prefixes") and not (
            hyphen and unknown_acronym(prefix) and _CAMPUS_AFTER.match(ctx.view, ctx.tokens[segment[-1]].end)):
        return ""  # the common case, decided on the first word
    if hyphen:
        campus = ctx.text[first.start + len(prefix) + 1:ctx.tokens[segment[-1]].end]
    else:
        campus = ctx.text[ctx.tokens[segment[1]].start:ctx.tokens[segment[-1]].end] if len(segment) > 1 else ""
    if not campus[:1].isupper():
        return ""
    return f"campus: {prefix} + {campus}"
