"""News-aware tone: the harm a verb counters carries no tone.

News reports efforts against harms: "screenings could reduce cancer deaths",
"measures to curb violence", "combating domestic terrorism", "fewer whales
will die". VADER reads the harm's words ("cancer", "violence", "terrorism",
"die") as the tone of the sentence, while the sentence tells of the harm
being reduced, prevented or fought; the human coders of the VADER ground
truth rated such sentences far less negative (often positive). So the
negative rated words in the six tokens after a verb of
``lexicon/countering_verbs.txt`` (every form: "reduce", "reducing",
"prevented", "curbs"; "fewer"; the nouns of such acts, "early detection of cancer", "treatment for
liver disease"; and "save", which spares from a harm), up to a clause break (a token ending in
, ; : . ! ?) or a form of "be" ("stopping them is evil": the predicate is no
object), score 0. The verb keeps its own tone ("avoid" -1.2), and so do
positive words ("reduce the cost of good care"), emoticons, and words past the
break. A verb VADER would read as negated (a negation in the three tokens
before it: "does nothing to solve the problem", "can't avoid a mistake")
counters nothing.
Left out: verbs whose object is as often no harm ("cut jobs", "end the
season", "limit", "ban", "defeat"; "protect" takes what is kept safe), words
read as often as nouns ("fought a war", "killed in combat") and the
preposition "against".
Measured on the human ratings of Hutto & Gilbert (2014) by
``validation/validate_sentiment.py``.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Any, Sequence


from analysis.sentiment.occurrences import CLAUSE_BREAK, case_forms, present_occurrences
from analysis.sentiment.vader import TokenScores, negation, scored_tokens, without_tone
from analysis.text import lexicon

_VERBS = lexicon.words("countering_verbs")
_VERB_FORMS = case_forms(_VERBS)
_BE_FORMS = lexicon.words("be_forms")
_WINDOW = 6  # tokens after the verb that can hold its object
_PUNCTUATION = "\"'()[]{}.,;:!?*-"


def verb_spans(
    view: str, sentences: Sequence[tuple[int, int]], vocabulary: frozenset[str]
) -> dict[int, list[tuple[int, int]]]:
    """The character spans in ``view`` of the countering verbs, by sentence index (sentences without any left out).
    ``sentences`` are the sentences' spans in ``view``, in order; ``vocabulary`` the article's distinct tokens as
    written (:attr:`analysis.text.document.Document.vocabulary`)."""
    return present_occurrences(view, sentences, vocabulary, _VERB_FORMS)


def without_countered(
    engine: Any, scored: TokenScores, sentence: str, start: int, spans: Sequence[tuple[int, int]]
) -> TokenScores:
    """``scored`` (the :meth:`Analyzer.score_tokens` of ``sentence``, which starts at ``start`` in the article's view)
    with the negative valences of the tokens a countering verb (at ``spans``, offsets in the view) takes as its object
    set to 0 (see the module doc; through :func:`analysis.sentiment.vader.without_tone`, so those words leave the
    lexicon counts too). Unchanged when no valence moves, or when VADER rewrote the text (emoji)."""
    found = scored_tokens(engine, scored, sentence, start) if spans else None
    if found is None:
        return scored
    text, tokens, token_starts, offset = found
    lowers = token_words(text, tokens)
    verbs = {at for lo, _ in spans if (at := verb_position(token_starts, lowers, lo, _VERBS)) is not None}
    valences = scored.valences
    harm = [(tokens[index][0] + offset, tokens[index][1] + offset)
            for at in sorted(verbs) for index in object_tokens(text, tokens, lowers, at, len(valences))
            if index not in verbs and valences[index] < 0 and _has_letter(lowers[index])]
    return without_tone(engine, scored, sentence, start, harm)


def token_words(text: str, tokens: Sequence[tuple[int, int]]) -> list[str]:
    """The words of ``text``'s tokens (their spans ``tokens``), in lower case without the punctuation at their ends."""
    return [text[lo:hi].strip(_PUNCTUATION).lower() for lo, hi in tokens]


def object_tokens(text: str, tokens: Sequence[tuple[int, int]], lowers: Sequence[str], at: int, n_valences: int) -> range:
    """The tokens after the verb at token ``at`` that can hold its object: the next ``_WINDOW``, up to a form of "be"
    ("stopping them is evil": a predicate, not the verb's object) or through a token ending a clause ("... they
    reduced." or "reduce the risk, ...": the object ends at the clause break). ``tokens`` are the spans of ``text``'s
    tokens, ``lowers`` their words in lower case without punctuation; only the ``n_valences`` scored tokens count."""
    end = min(at + 1 + _WINDOW, len(tokens), n_valences)
    if at < end and text[tokens[at][1] - 1] in CLAUSE_BREAK:
        return range(at + 1, at + 1)  # "... they reduced, and ...": nothing after the verb is its object
    for index in range(at + 1, end):
        if lowers[index] in _BE_FORMS:
            return range(at + 1, index)
        if text[tokens[index][1] - 1] in CLAUSE_BREAK:
            return range(at + 1, index + 1)
    return range(at + 1, max(at + 1, end))


def verb_position(token_starts: Sequence[int], lowers: Sequence[str], lo: int, verbs: frozenset[str]) -> int | None:
    """The token holding the verb found at ``lo`` (an offset in the view; ``token_starts`` the tokens' starts there),
    when the token is one of ``verbs`` and VADER would not read it as negated (a negation in the three tokens before
    it: "does nothing to solve the problem", "can't avoid a mistake"); else None."""
    at = bisect_right(token_starts, lo) - 1
    if at >= 0 and lowers[at] in verbs and not any(map(negation, lowers[max(0, at - 3):at])):
        return at
    return None


def _has_letter(word: str) -> bool:
    """A word, not an emoticon (":(")."""
    return any(map(str.isalpha, word))
