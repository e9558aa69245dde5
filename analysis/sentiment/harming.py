"""News-aware tone: the good a verb harms is a loss, not praise.

The mirror of :mod:`analysis.sentiment.countering`. News reports damage done to
goods: "the scandal undermines public trust", "a dispute that threatens the
peace talks", "riders deprived of a valuable amenity", "the strike hurt
confidence", "squandered the opportunity". VADER reads the good's words
("trust", "peace", "valuable", "confidence", "opportunity") as the tone of the
sentence, so a sentence of loss scores positive, or barely negative when the
verb is rated; the human coders of the VADER ground truth rated such sentences
negative. So the positive rated words a verb of ``lexicon/harming_verbs.txt``
(every form) takes as its object, in the tokens :func:`analysis.sentiment.countering.object_tokens`
gives (the six after it, up to a clause break or a form of "be", or through a list: "undermines trust, morale and
confidence"), are turned as VADER turns a word after "not"
(valence times -0.74): what is harmed is lost. The verb keeps its own tone ("undermines" -1.4), and so do negative
words ("destroyed the evidence of fraud"). A verb VADER would read as negated ("did not hurt his chances") harms
nothing, nor does one followed by "to" ("threatened to resign", "damage to the roof": its object is an act or
the noun's complement). "Lack" takes a good away by its absence ("the sequel lacks the charm of the first", "a lack of
real solutions"): what is lacking is missing. A capitalised verb inside a sentence is part of a name or a title
("The Immortal Life of Henrietta Lacks") and harms nothing; where a sentence or clause opens it is the verb ("Lacks
heart and purpose").
Left out: verbs whose object is as often a plan or a harm ("block", "limit", "end", "kill").
Measured on the human ratings of Hutto & Gilbert (2014) by
``validation/validate_sentiment.py``.
"""
from __future__ import annotations

from typing import Any, Sequence

from analysis.sentiment.countering import object_tokens, token_words, verb_position
from analysis.sentiment.names import capitalised_by_position
from analysis.sentiment.occurrences import case_forms, present_occurrences
from analysis.sentiment.vader import TokenScores, scored_tokens, with_turned
from analysis.text import lexicon

_VERBS = lexicon.words("harming_verbs")
_VERB_FORMS = case_forms(_VERBS)


def harming_spans(
    view: str, sentences: Sequence[tuple[int, int]], vocabulary: frozenset[str],
    whole: Sequence[tuple[int, int]] | None = None,
) -> dict[int, list[tuple[int, int]]]:
    """The character spans in ``view`` of the harming verbs, by sentence index (sentences without any left out).
    ``sentences`` are the sentences' spans in ``view``, in order; ``vocabulary`` the article's distinct tokens as
    written (:attr:`analysis.text.document.Document.vocabulary`). A capitalised verb counts only where its sentence or a
    clause opens ("Lacks heart"): inside a sentence its capital marks a name ("Henrietta Lacks").
    ``whole``: the spans of the whole sentences holding ``sentences`` when these are parts of sentences (clauses scored
    for the tone toward a mention), so a word opens its sentence as in the whole sentence; None when they are whole."""
    whole = sentences if whole is None else whole
    found = present_occurrences(view, sentences, vocabulary, _VERB_FORMS)
    return {index: kept for index, spans in found.items()
            if (kept := [(lo, hi) for lo, hi in spans
                         if not view[lo:hi].istitle() or capitalised_by_position(view, whole[index][0], lo)])}


def with_harmed_goods(
    engine: Any, scored: TokenScores, sentence: str, start: int, spans: Sequence[tuple[int, int]]
) -> TokenScores:
    """``scored`` (the :meth:`Analyzer.score_tokens` of ``sentence``, which starts at ``start`` in the article's view)
    with the positive valences of the tokens a harming verb (at ``spans``, offsets in the view) takes as its object
    turned as after "not" (see the module doc). Unchanged when no valence moves, or when VADER rewrote the text
    (emoji). The lexicon word counts are unchanged (they have no rules)."""
    found = scored_tokens(engine, scored, sentence, start) if spans else None
    if found is None:
        return scored
    text, tokens, token_starts, _ = found
    lowers = token_words(text, tokens)
    valences = scored.valences
    harmed = set()
    for lo, _ in spans:
        at = verb_position(token_starts, lowers, lo, _VERBS)
        if at is None or (at + 1 < len(lowers) and lowers[at + 1] == "to"):
            continue
        harmed.update(index for index in object_tokens(text, tokens, lowers, at, len(valences)) if valences[index] > 0)
    return with_turned(engine, scored, harmed)
