"""A surname that is also a place or organisation head word, used alone after the full name ("Christopher
Hill ... Hill said", "Park Min-jung ... Park", "Frank Church ... Church").

Discovery drops a capitalised head word standing alone ("Hill", "Park", "Church"): alone it names no place
or body. But when the article has named a person whose name ends with that word, the lone word is most
likely that person's surname. This module finds those lone words; discovery passes them on untyped, so
linking keeps one only when it ties it to the person's full name (:mod:`analysis.actors.linking`), and drops
it otherwise. Not after "the" ("the Hill": Capitol Hill), not inside a longer capitalised name, and only
where no dictionary actor or office covers the word.
"""
from __future__ import annotations

from typing import Sequence

from analysis.actors.mention_types import Candidate, fold_key
from analysis.actors.name_context import NameContext
from analysis.actors.name_runs import joins, name_like
from analysis.text.lexicon import words

_ARTICLES = frozenset(form for word in words("definite_articles") for form in (word, word.capitalize()))  # "the", "The"


def lone_surname_heads(ctx: NameContext, candidates: Sequence[Candidate]) -> list[int]:
    """Indices of tokens that stand alone and are the last word, a head word, of a person's name of two or more
    words among ``candidates``; empty at once when no person's name ends with a head word (most articles)."""
    heads = ctx.head_words
    surnames = {ctx.tokens[c.indices[-1]].text for c in candidates
                if c.type == "person" and len(c.indices) >= 2 and ctx.tokens[c.indices[-1]].text in heads}
    if not surnames:
        return []
    folded = {fold_key(word) for word in surnames}
    covered = {i for c in candidates for i in c.indices}
    tokens = ctx.tokens
    found = []
    for token in tokens:
        i = token.index
        if token.text not in surnames or i in covered or ctx.labels[i] != "free":
            continue
        if i > 0 and (tokens[i - 1].text in _ARTICLES or name_like(tokens[i - 1]) and joins(tokens, i - 1, i)):
            continue
        if i + 1 < len(tokens) and name_like(tokens[i + 1]) and joins(tokens, i, i + 1):
            continue
        if fold_key(token.text) in folded:
            found.append(i)
    return found
