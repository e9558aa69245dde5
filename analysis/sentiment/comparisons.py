"""News-aware tone: "like" used to compare carries no tone.

VADER rates "like" +2.0 as the verb of liking, but in news prose "like" is
mostly a preposition or a conjunction: "countries like France", "Like many
cities, Lagos ...", "it looked like a war zone", "sounds like a plan". There
it praises nothing: what it compares is rated by its own words. So "like"
scores 0 unless the word before it makes it the verb: a subject pronoun,
"who", "to", a modal or a "do" form, a negation ("not", any word ending in
"n't") or an adverb of degree (``lexicon/like_verb_before.txt``,
``lexicon/modal_verbs.txt``, ``lexicon/do_forms.txt``): "we like the
plan", "voters who like him", "would like to", "didn't like it" keep it.
A noun subject ("Airlines like the proposal") is not told apart from a
comparison ("airlines like Delta"), and is left to the comparison reading.
Measured on the human ratings of Hutto & Gilbert (2014) by
``validation/validate_sentiment.py``.
"""
from __future__ import annotations

from typing import Sequence

from analysis.sentiment.occurrences import case_forms, occurrences
from analysis.text import lexicon

_LIKE_FORMS = case_forms(["like"])
_JOINERS = "'\u2019-"  # not the "like" of "like-minded", "dislike", "like's"
_PUNCTUATION = "\"'()[]{}.,;:!?*\u2018\u2019\u201c\u201d"
_VERB_BEFORE = lexicon.words("like_verb_before") | lexicon.words("modal_verbs") | lexicon.words("do_forms")


def comparison_like_spans(
    view: str, sentences: Sequence[tuple[int, int]], vocabulary: frozenset[str]
) -> dict[int, list[tuple[int, int]]]:
    """The character spans in ``view`` of "like" used to compare, by sentence index (sentences without any left
    out; see the module doc). ``sentences`` are the sentences' spans in ``view``, in order; ``vocabulary`` the
    article's distinct tokens as written (:attr:`analysis.text.document.Document.vocabulary`)."""
    present = _LIKE_FORMS & vocabulary
    if not present:
        return {}
    found: dict[int, list[tuple[int, int]]] = {}
    for index, spans in occurrences(view, sentences, present, joiners=_JOINERS).items():
        compared = [span for span in spans if not _verb_before(view, sentences[index][0], span[0])]
        if compared:
            found[index] = compared
    return found


def _verb_before(view: str, sentence_start: int, at: int) -> bool:
    """Whether the word before ``at`` (in its sentence, across spaces only) makes "like" the verb of liking."""
    end = at
    while end > sentence_start and view[end - 1].isspace():
        end -= 1
    start = end
    while start > sentence_start and not view[start - 1].isspace():
        start -= 1
    if start == end or view[end - 1] in ",;:":
        return False  # first in its sentence, or after a clause break ("Plants, like children, ...")
    word = view[start:end].strip(_PUNCTUATION).lower().replace("\u2019", "'")
    return word in _VERB_BEFORE or word.endswith("n't")
