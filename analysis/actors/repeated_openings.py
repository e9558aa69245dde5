"""A name the text opens two sentences (or lines) with, word for word, keeps its first word.

Discovery drops a sentence-initial word before a name the text also uses without it ("Afterwards Trump
visited" -> "Trump"), unless the word is a known first name. A first name the list lacks ("Aner Shalev",
"Brock Holt": a headline, then the first line of the text) would be dropped too. But an adverb or a
connective opening a sentence before a name rarely opens another sentence before the same name, while a
person's full name often opens a headline, a caption and a paragraph. So a sequence of two or more
capitalised words that opens two sentences or more is kept whole, when its first word is no common word:
not written in lower case anywhere in the text, not listed in ``not_names``, no title and no head word
("St. Jerome": a title before the name the text uses alone).

A sentence-initial name that a context cue already typed as a person ("Walt Whitman, the poet, wrote ...",
"Akilisi Pohiva, who led ...") keeps its first word on the same test, once (:func:`person_opening`), when
that word is also no stopword (``stopwords_en.txt``: "Afterwards", "Whereas") and no -ly or -ing word.
"""
from __future__ import annotations

from collections import Counter
from typing import Sequence

from analysis.actors.mention_types import Candidate
from analysis.actors.name_context import NameContext
from analysis.text import lexicon


def repeated_openings(ctx: NameContext, candidates: Sequence[Candidate]) -> frozenset[tuple[str, ...]]:
    """The words of the sentence-initial candidates of two words or more that open two sentences or more and
    whose first word is no common word."""
    counts = Counter(c.words for c in candidates if c.initial and len(c.words) >= 2)
    first_index: dict[tuple[str, ...], int] = {}  # each words' first candidate's first token, in one pass
    for candidate in candidates:
        first_index.setdefault(candidate.words, candidate.indices[0])
    repeated = []
    for words, count in counts.items():
        if count < 2:
            continue
        if _no_common_word(ctx, ctx.tokens[first_index[words]].text):
            repeated.append(words)
    return frozenset(repeated)


def person_opening(ctx: NameContext, candidate: Candidate) -> bool:
    """Whether a sentence-initial ``candidate`` typed as a person keeps its first word: a word that is no common
    word, no stopword and no -ly or -ing word ("Walt" of "Walt Whitman, the poet"; not "Afterwards Trump")."""
    if candidate.type != "person":
        return False
    first = ctx.tokens[candidate.indices[0]].text
    return _no_common_word(ctx, first) and first.lower() not in lexicon.stopwords() and not first.endswith(("ly", "ing"))


def _no_common_word(ctx: NameContext, first: str) -> bool:
    """Not written in lower case in the text, not listed in ``not_names``, no title and no head word (not "St. Jerome":
    a saint's "St", also a street's head word)."""
    return first.lower() not in ctx.lowercase and first not in ctx.cues.not_names and first not in ctx.cues.titles \
        and first not in ctx.head_words

