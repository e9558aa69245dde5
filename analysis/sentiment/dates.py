"""News-aware tone: a death named to date something carries no tone.

Obituaries, tributes and profiles date a life's events by its end: "50 years
after his death, his music is played everywhere", "until her death she
starred as a playwright", "shortly before his death". VADER reads "death"
(-2.9) as the tone of the sentence, while the sentence reports what happened
before or after it; the human coders of the VADER ground truth rated such
sentences neutral or positive. So a word of ``lexicon/dating_events.txt``
right after a possessive determiner (``lexicon/possessive_determiners.txt``)
or "the", itself right after a time preposition of
``lexicon/dating_prepositions.txt``, scores 0. Left to VADER: the death
reported ("his death shocked the town", "the deaths of three workers").
Measured on the human ratings of Hutto & Gilbert (2014) by
``validation/validate_sentiment.py``.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Any, Sequence

from analysis.sentiment.occurrences import case_forms, present_occurrences
from analysis.sentiment.vader import TokenScores, scored_tokens, without_rated_tone
from analysis.text import lexicon

_EVENTS = lexicon.words("dating_events")
_EVENT_FORMS = case_forms(_EVENTS)
_DETERMINERS = lexicon.words("possessive_determiners") | {"the"}
_PREPOSITIONS = lexicon.words("dating_prepositions")


def event_spans(
    view: str, sentences: Sequence[tuple[int, int]], vocabulary: frozenset[str]
) -> dict[int, list[tuple[int, int]]]:
    """The character spans in ``view`` of the dating events ("death"), by sentence index (sentences without any left
    out). ``sentences`` are the sentences' spans in ``view``, in order; ``vocabulary`` the article's distinct tokens as
    written (:attr:`analysis.text.document.Document.vocabulary`)."""
    return present_occurrences(view, sentences, vocabulary, _EVENT_FORMS)


def without_dating_events(
    engine: Any, scored: TokenScores, sentence: str, start: int, spans: Sequence[tuple[int, int]]
) -> TokenScores:
    """``scored`` (the :meth:`Analyzer.score_tokens` of ``sentence``, which starts at ``start`` in the article's view)
    with the events at ``spans`` (offsets in the view) that follow a time preposition and a determiner ("after his
    death") given valence 0. Unchanged when none does, or when VADER rewrote the text (emoji)."""
    found = scored_tokens(engine, scored, sentence, start) if spans else None
    if found is None:
        return scored
    text, tokens, token_starts, _ = found
    dating = []
    for lo, hi in spans:
        at = bisect_right(token_starts, lo) - 1  # the token holding the event word
        if at < 2 or text[tokens[at - 1][1] - 1] in ",;:" or text[tokens[at - 2][1] - 1] in ",;:":
            continue
        determiner = text[tokens[at - 1][0]:tokens[at - 1][1]].lower()
        preposition = text[tokens[at - 2][0]:tokens[at - 2][1]].lower().lstrip("(\"'")
        if determiner in _DETERMINERS and preposition in _PREPOSITIONS:
            dating.append((lo, hi))
    return without_rated_tone(engine, scored, sentence, start, dating) if dating else scored
