"""A name the text opens two sentences (or lines) with, word for word, keeps its first word.

Discovery drops a sentence-initial word before a name the text also uses without it ("Afterwards Trump
visited" -> "Trump"), unless the word is a known first name. A first name the list lacks ("Aner Shalev",
"Brock Holt": a headline, then the first line of the text) would be dropped too. But an adverb or a
connective opening a sentence before a name rarely opens another sentence before the same name, while a
person's full name often opens a headline, a caption and a paragraph. So a sequence of two or more
capitalised words that opens two sentences or more is kept whole, when its first word is no common word:
not written in lower case anywhere in the text, not listed in ``not_names``, no title and no head word
("St. Jerome": a title before the name the text uses alone).
"""
from __future__ import annotations

from collections import Counter
from typing import Sequence

from analysis.actors.mention_types import Candidate
from analysis.actors.name_context import NameContext


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
        first = ctx.tokens[first_index[words]].text
        if first.lower() not in ctx.lowercase and first not in ctx.cues.not_names and first not in ctx.cues.titles \
                and first not in ctx.head_words:  # not "St. Jerome" (a saint's "St", also a street's head word)
            repeated.append(words)
    return frozenset(repeated)
