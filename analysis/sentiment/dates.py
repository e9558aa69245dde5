"""News-aware tone: a death named to date something carries no tone.

Obituaries, tributes and profiles date a life's events by its end: "50 years
after his death, his music is played everywhere", "until her death she
starred as a playwright", "shortly before his death". VADER reads "death"
(-2.9) as the tone of the sentence, while the sentence reports what happened
before or after it; the human coders of the VADER ground truth rated such
sentences neutral or positive. So a word of ``lexicon/dating_events.txt``
right after a possessive determiner (``lexicon/possessive_determiners.txt``)
or "the", itself right after a time preposition of
``lexicon/dating_prepositions.txt``, scores 0. So does the verb of an
obituary's relative clause, which names the death to identify the person the
sentence is about ("Dan Rowan, who died Tuesday at 65, symbolized an era"):
a word of ``lexicon/obituary_verbs.txt`` right after "who" and right before
a weekday or a word of ``lexicon/obituary_time_words.txt`` ("yesterday",
"last week"). Left to VADER: the death reported ("his death shocked the
town", "the deaths of three workers", "three miners died Sunday", "the
officer who died in the fire").
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
_DETERMINERS = lexicon.words("possessive_determiners") | {"the"}
_PREPOSITIONS = lexicon.words("dating_prepositions")
_OBITUARY_VERBS = lexicon.words("obituary_verbs")
_OBITUARY_TIMES = lexicon.words("obituary_time_words") | lexicon.words("weekdays")
_RELATIVE = "who"
_CLAUSE_ENDS = ",;:.!?"
_FORMS = case_forms(_EVENTS | _OBITUARY_VERBS)


def event_spans(
    view: str, sentences: Sequence[tuple[int, int]], vocabulary: frozenset[str]
) -> dict[int, list[tuple[int, int]]]:
    """The character spans in ``view`` of the dating events ("death"), by sentence index (sentences without any left
    out). ``sentences`` are the sentences' spans in ``view``, in order; ``vocabulary`` the article's distinct tokens as
    written (:attr:`analysis.text.document.Document.vocabulary`)."""
    return present_occurrences(view, sentences, vocabulary, _FORMS)


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
        if _names_the_dead(text, tokens, at):
            dating.append((lo, hi))
            continue
        if at < 2 or text[tokens[at - 1][1] - 1] in ",;:" or text[tokens[at - 2][1] - 1] in ",;:":
            continue
        determiner = text[tokens[at - 1][0]:tokens[at - 1][1]].lower()
        preposition = text[tokens[at - 2][0]:tokens[at - 2][1]].lower().lstrip("(\"'")
        if determiner in _DETERMINERS and preposition in _PREPOSITIONS:
            dating.append((lo, hi))
    return without_rated_tone(engine, scored, sentence, start, dating) if dating else scored


def _names_the_dead(text: str, tokens: Sequence[tuple[int, int]], at: int) -> bool:
    """Whether the token ``at`` is an obituary verb between "who" and a time word ("Dan Rowan, who died Tuesday at
    65"): the clause identifies the person the sentence is about."""
    if not 0 < at < len(tokens) - 1 or text[tokens[at][1] - 1] in _CLAUSE_ENDS:
        return False
    word, before = (text[tokens[i][0]:tokens[i][1]].lower() for i in (at, at - 1))
    after = text[tokens[at + 1][0]:tokens[at + 1][1]].lower().rstrip(_CLAUSE_ENDS)
    return word in _OBITUARY_VERBS and before == _RELATIVE and after in _OBITUARY_TIMES
