"""An outlet named by what is done to it: "told The Verge", "according to The Atlantic".

A capital "The" inside a sentence opens a title: a newspaper, a site, a band, a show
(:func:`analysis.actors.name_cues.person_cue` never makes a person of it). Right after a word of
``lexicon/outlet_cue_words.txt`` -- a verb of telling ("told", "tells"), "according to", a report's source
("a report by", "reported in") or a noun of the press in apposition ("the newspaper") -- the title is what a
speaker talks to or a report cites: a media outlet ("told The Brooklyn Paper", not "starred in The
Godfather", "toured with The Rolling Stones"), even when it is a head word alone ("a report from The Hill").

A name after "the" that opens with a place and goes on with a word that is no place ("the Toronto Star", "the
Kyiv Independent", "the Houston Rockets") is a title or a body's name, never a person's, though it speaks like one:
when a reporting verb follows it ("the Arizona Republic said"; also one of ``lexicon/outlet_report_verbs.txt``:
"The Kyiv Independent reported"),
:func:`speaking_title` types it -- an organisation when it ends with a plural ("the Houston Rockets said"), a media
outlet otherwise -- before the speaker cue would make a person of it.

A name no other cue types, right after a verb of publishing and "in" (``lexicon/publishing_verbs.txt``: "a study
published in Science Advances", "published its findings on Monday in PLOS One"), is where the work came out: a
journal or another outlet (:func:`published_in`). A town or a country is typed a place before this cue is asked.
"""
from __future__ import annotations

import re
from typing import Sequence

from analysis.actors.mention_types import fold_key
from analysis.actors.name_context import NameContext, ends_before
from analysis.text import lexicon

OUTLET_CUE = "outlet after:"
_ARTICLES = frozenset({"the", "The"})
_VERB_AFTER = re.compile(r"\s+([a-z]+)\b")
# "published in", "Published in (the)" opening a sentence, "published its findings on Monday in (the)": at most five
# words between, none across a sentence
_PUBLISHED_IN = re.compile(
    rf"\b(?:{lexicon.alternation('publishing_verbs')})(?:[ \t]+[\w'’-]+){{0,5}}?[ \t]+in[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE)


def told_outlet(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why the name at ``segment`` (after a capital "The" inside a sentence) is a media outlet ("outlet after:
    told The"), or ""."""
    first = ctx.tokens[segment[0]]
    if first.index == 0:
        return ""
    article = ctx.tokens[first.index - 1]
    if article.text != "The" or article.initial or article.end >= first.start:
        return ""  # no title: most names; "The" opening a sentence says nothing
    words = ctx.view[max(0, article.start - 20):article.start].split()
    cues = lexicon.words("outlet_cue_words")
    for size in (1, 2, 3):
        said = " ".join(words[-size:]).lower()
        if len(words) >= size and said in cues:
            return f"{OUTLET_CUE} {said} The"
    return ""


def published_in(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why the name at ``segment`` is the outlet a work was published in ("outlet after: published in"), or ""."""
    first = ctx.tokens[segment[0]]
    if not ends_before(ctx.view, first.start, 8, _IN_ENDINGS):
        return ""  # the common case: no "in" or "in the" right before the name
    said = _PUBLISHED_IN.search(ctx.view[max(0, first.start - 80):first.start])
    return f"{OUTLET_CUE} {said.group(0).split()[0]} in" if said else ""


_IN_ENDINGS = ("in", "the")


def speaking_title(ctx: NameContext, segment: Sequence[int]) -> tuple[str, str] | None:
    """(type, cue) of a name after "the" that opens with a place and speaks ("the Toronto Star said"), or None
    (module docstring)."""
    first, last = ctx.tokens[segment[0]], ctx.tokens[segment[-1]]
    if len(segment) < 2 or first.index == 0 or ctx.tokens[first.index - 1].text not in _ARTICLES:
        return None  # the common case: no "the" right before a name of two words or more
    if ctx.labels[segment[-1]] != "free" or not _opens_with_place(ctx, segment):
        return None
    verb = _VERB_AFTER.match(ctx.view, last.end, last.end + 20)
    if verb is None or verb.group(1) not in ctx.verbs.after and verb.group(1) not in lexicon.words("outlet_report_verbs"):
        return None
    kind = "organization" if last.text.endswith("s") and not last.text.endswith("ss") else "media"
    return kind, f"title after the: {verb.group(1)}"


def _opens_with_place(ctx: NameContext, segment: Sequence[int]) -> bool:
    """Whether the first word of ``segment`` (or its first two) is a country or place the dictionary names or a
    town of the ``place_names`` list, the rest of the name being more."""
    if ctx.labels[segment[0]] == "geo":
        return True
    words = [ctx.tokens[i].text for i in segment[:-1]]
    return any(fold_key(" ".join(words[:size])) in ctx.cues.place_names for size in (1, 2) if size <= len(words))
