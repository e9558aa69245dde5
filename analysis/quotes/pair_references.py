""""The latter said", "the former argued": one of the last two actors the text named.

"Investigations were opened by the FAA and the NTSB, with the latter confirming ..." -> the NTSB; "the
former" would be the FAA. The pair is the latest two distinct actors that can speak (persons, organisations,
outlets, countries; not places, not demonyms) named in the source's sentence or the one before; with fewer
than two there, nobody (the text refers to a pair the mentions table did not find).
"""
from __future__ import annotations

import re

from analysis.quotes import attribution as attr
from analysis.quotes.context import Article, Mention, Mentions

__all__ = ["paired_actor"]

# How many distinct actors back from the latest each word reaches: "the latter" the latest, "the former" the one
# before it.
_BACK = {"latter": 0, "former": 1}
_SPEAKING_TYPES = frozenset({"person", "organization", "media", "country"})
_LOWER_WORDS = re.compile(r"[a-z]+")  # the letters of a lower-cased source


def paired_actor(article: Article, source_view: str, position: int, mentions: Mentions) -> Mention | None:
    """The actor "the latter" or "the former" (``source_view``, at ``position``) names, or None (see the module
    docstring)."""
    words = _LOWER_WORDS.findall(source_view.lower())
    if len(words) != 2 or words[0] != "the" or words[1] not in _BACK or not article.sentences:
        return None
    first = article.sentences[max(0, attr.sentence_at(article.sentence_starts, position) - 1)].start
    named: list[Mention] = []
    for mention in mentions.ending_by(position):
        if mention.start < first:
            return None
        if mention.actor_id is None or mention.actor_type not in _SPEAKING_TYPES or mention.how == "demonym" \
                or any(other.actor_id == mention.actor_id for other in named):
            continue
        named.append(mention)
        if len(named) == 2:
            return named[_BACK[words[1]]]
    return None
