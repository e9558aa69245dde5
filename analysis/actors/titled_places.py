"""A place of the dictionary right after a person's title names a person, not the place.

"Miss Venezuela was crowned", "the mockumentary Mister America", "Captain America: Civil War", "Miss Jordan said":
the dictionary matches "Venezuela", "America", "Jordan" as countries, and discovery, which types names the
dictionary lacks, never sees them. :func:`titled_places` returns each such match as a person's name (type person,
cue "title: Miss"), absorbing the match as discovered names absorb the matches inside them. The titles are the
courtesy titles (``lexicon/courtesy_titles.txt``: "Mr", "Ms", "Miss", "Mister", "Dr") and
``lexicon/titles_before_places.txt`` ("Captain"). Not when a capitalised word follows ("Miss Venezuela Gabriela
Isler": a title-holder's name after her title), nor when a discovered name already covers the match ("Prof. Chad
Williams").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Sequence

from analysis.actors.mention_types import PLACE_KINDS, Candidate, Span, fold_key
from analysis.text import lexicon

_TITLE_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“]))([A-Z][a-z]+\.?) $")
_NAME_AFTER = re.compile(r" [A-Z]")
_LONGEST_TITLE = 9  # "Captain " and the character before it


def titled_places(view: str, spans: Sequence[Span], candidates: Sequence[Candidate]) -> list[Candidate]:
    """``candidates`` with a person's name added for each place match of ``spans`` right after a title (see
    the module doc), in text order; ``candidates`` itself when there is none (most articles)."""
    titles = lexicon.words("courtesy_titles") | lexicon.words("titles_before_places")
    found: list[Candidate] = []
    for span in spans:
        if span.kind not in PLACE_KINDS or span.start < 3 or view[span.start - 1] != " ":
            continue
        title = _TITLE_BEFORE.search(view, max(0, span.start - _LONGEST_TITLE), span.start)
        if title is None or title.group(1) not in titles or _NAME_AFTER.match(view, span.end) \
                or _covered(span, candidates):
            continue
        name = view[span.start:span.end]
        found.append(Candidate(span.start, span.end, name, (fold_key(name),), "person",
                               f"title: {title.group(1)}", False, (span,)))
    if not found:
        return list(candidates)
    return sorted([*candidates, *found], key=lambda candidate: candidate.start)


def _covered(span: Span, candidates: Sequence[Candidate]) -> bool:
    """Whether a candidate overlaps ``span`` (candidates come in text order and never overlap)."""
    at = bisect_left([candidate.end for candidate in candidates], span.start + 1)
    return at < len(candidates) and candidates[at].start < span.end
