"""News-aware tone: a "not" that denies nothing after it does not negate.

VADER turns the rated words in the three tokens after "not" (valence times
-0.74). Some phrases hold a "not" that denies nothing that follows:
"not only unfair but dumb" and "not just a security disaster" assert what
follows (a focus: the sentence adds to it), "costly, if not ruinous" and
"insurance claims, if not injury or death" assert what follows as likely
(an escalation), and "Legal or not, the move ..." and "whether or not the
plan succeeds" leave the alternative open ("or not" ends its clause there,
or follows "whether"; in "suppressed or not encouraged" it negates). VADER reads "not only unfair" as
fair and "if not injury or death" as good news. So the "not" of a phrase of
``lexicon/non_negating_not.txt`` negates nothing: the sentence is scored
again with that "not" read as a word outside VADER's lists, and the
valences of that pass replace VADER's (the rule runs before the other word
rules). Conditions and suggestions keep VADER's negation: "if not" opening
its sentence ("If not treated, the disease spreads") or before "for" ("a loss
if not for two performances"), and "not just" or "not only" after "why"
("why not just ask them"). The lexicon word counts are unchanged ("not" is
no lexicon word).
Measured on the human ratings of Hutto & Gilbert (2014) by
``validation/validate_sentiment.py``.
"""
from __future__ import annotations

from typing import Any, Sequence

from analysis.sentiment.occurrences import case_forms, occurrences
from analysis.sentiment.vader import TokenScores
from analysis.text import lexicon

_PHRASES = lexicon.words("non_negating_not")
_PHRASE_FORMS = case_forms(_PHRASES)
_PHRASE_WORDS = [(form, form.split()) for form in _PHRASE_FORMS]
_STAND_IN = {"not": "nxt", "Not": "Nxt", "NOT": "NXT"}  # same length and case, in no VADER list
_CONDITION = case_forms(["if not"])
_SUGGESTION = case_forms(["why"])
_ALTERNATIVE = case_forms(["or not"])
_WHETHER = case_forms(["whether"])
_CLAUSE_END = ",;:.!?)-\"'\u201d\u2019"


def phrase_spans(
    view: str, sentences: Sequence[tuple[int, int]], vocabulary: frozenset[str]
) -> dict[int, list[tuple[int, int]]]:
    """The character spans in ``view`` of the "not" of each non-negating phrase, by sentence index (sentences without
    any left out; see the module doc). ``sentences`` are the sentences' spans in ``view``, in order; ``vocabulary``
    the article's distinct tokens as written (:attr:`analysis.text.document.Document.vocabulary`)."""
    # a phrase occurs only where the article holds each of its words (most articles: no "not" at all), and only those
    # phrases are searched for in the view
    present = [form for form, words in _PHRASE_WORDS if vocabulary.issuperset(words)]
    if not present:
        return {}
    found: dict[int, list[tuple[int, int]]] = {}
    for index, spans in occurrences(view, sentences, present).items():
        nots = [_not_span(view, lo, hi) for lo, hi in spans if not _keeps_negation(view, sentences[index][0], lo, hi)]
        if nots:
            found[index] = nots
    return found


def _keeps_negation(view: str, sentence_start: int, lo: int, hi: int) -> bool:
    """Whether the phrase at ``lo:hi`` negates after all: "if not" opening its sentence or before "for" (a
    condition), "not just" after "why" (a suggestion), "or not" before a word and not after "whether" ("or not
    encouraged")."""
    phrase = view[lo:hi]
    if phrase in _CONDITION:
        return not view[sentence_start:lo].strip() or view[hi:hi + 5].lower() == " for "
    if phrase in _ALTERNATIVE:
        ends_clause = hi >= len(view) or view[hi] in _CLAUSE_END or view[hi] == "\n"
        return not ends_clause and view[max(sentence_start, lo - 8):lo].strip() not in _WHETHER
    return view[max(sentence_start, lo - 4):lo].strip() in _SUGGESTION


def _not_span(view: str, lo: int, hi: int) -> tuple[int, int]:
    """The span of "not" in the phrase at ``lo:hi`` (it starts or ends the phrase)."""
    return (lo, lo + 3) if view[lo:lo + 3] in _STAND_IN else (hi - 3, hi)


def without_negation(engine: Any, scored: TokenScores, sentence: str, start: int, spans: Sequence[tuple[int, int]]) -> TokenScores:
    """``scored`` (the :meth:`Analyzer.score_tokens` of ``sentence``, which starts at ``start`` in the article's view)
    with the "not" at ``spans`` (offsets in the view) negating nothing: the valences of ``sentence`` scored with each
    of them read as an unknown word of the same length. Unchanged when no valence moves, or when VADER rewrote the
    text (emoji)."""
    if not spans or scored.text != sentence.strip():
        return scored
    chars = list(sentence)
    for lo, hi in spans:
        at = lo - start
        chars[at:at + 3] = _STAND_IN.get(sentence[at:at + 3], "nxt")
    again = engine.score_tokens("".join(chars))
    if again.valences == scored.valences or len(again.valences) != len(scored.valences):
        return scored
    valences = list(again.valences)
    return TokenScores(engine.scores_of(valences, scored.text), scored.text, valences, scored.counts)
