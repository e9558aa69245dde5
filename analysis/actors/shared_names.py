"""A name two dictionary entries share: one reading per article ("Amazon": the company or the rainforest).

The dictionary may list one word under two actors, a name of one and an alias with "the" of the other: "Amazon"
(the company) and "the Amazon" (the rainforest). The name trie matches whichever form the text writes, so an
article about the fires in "the Amazon rainforest" counted the company at "Amazon issues", and one about "Amazon
Web Services" the rainforest at "the Amazon S3 buckets". An article means one of them: the one it also names by
a form no other entry shares ("Amazon rainforest", "Amazon.com"). :func:`with_one_reading` gives every match of
the shared name (compared without case, accents or a leading "the") the id of the only entry the article names
so (less a leading "the" the shared form had); when it names both or neither, the matches stay as they are.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Mapping, Sequence

from analysis.actors.dictionary import ActorDictionary, Entry
from analysis.actors.mention_types import Span, fold_key

_NAME_HOWS = frozenset({"dictionary", "alias"})
_ARTICLE = len("the ")


def shared_name_index(dictionary: ActorDictionary) -> dict[str, frozenset[str]]:
    """The names (compared as :func:`_fold`) that more than one entry of ``dictionary`` gives -> their entries' ids."""
    ids: dict[str, set[str]] = {}
    for entry in dictionary.entries.values():
        for name in (entry.name, *(alias.text for alias in entry.aliases)):
            ids.setdefault(_fold(name), set()).add(entry.id)
    return {key: frozenset(found) for key, found in ids.items() if len(found) > 1}


def with_one_reading(view: str, spans: Sequence[Span], shared: Mapping[str, frozenset[str]],
                     entries: Mapping[str, Entry]) -> list[Span]:
    """``spans`` (dictionary matches) with the matches of a ``shared`` name (:func:`shared_name_index`) given the
    entry the article names by an unshared form too (see the module)."""
    if not shared:
        return list(spans)
    keys = [_fold(view[span.start:span.end]) if span.how in _NAME_HOWS else "" for span in spans]
    if not any(key in shared for key in keys):
        return list(spans)  # nearly every article: no name it writes has two readings
    unshared = {span.actor_id for span, key in zip(spans, keys) if key and key not in shared}
    resolved = []
    for span, key in zip(spans, keys):
        named = [actor_id for actor_id in shared.get(key, ()) if actor_id in unshared]
        entry = entries.get(named[0]) if len(named) == 1 else None
        if entry is not None and entry.id != span.actor_id:
            start = span.start + _ARTICLE if fold_key(view[span.start:span.start + _ARTICLE]) == "the " else span.start
            span = replace(span, start=start, actor_id=entry.id, actor=entry.name, kind=entry.type, how="alias",
                           stands_for=entry.stands_for)  # "the Amazon S3 buckets": the company's name is "Amazon"
        resolved.append(span)
    return resolved


def _fold(name: str) -> str:
    """A name compared without case, accents or a leading "the"."""
    key = fold_key(name)
    return key[_ARTICLE:] if key.startswith("the ") else key
