"""News-aware tone: the words of a proper name carry no tone.

VADER rates words, and news names institutions with rated words: the
"United Nations", the "Supreme Court", the "Justice Department", the
"Security Council", the "Labour Party", the "Free Syrian Army". In "the
Supreme Court heard the case" nothing is praised; the name says who acted.
So a capitalised word inside a run of two or more capitalised words
(joined by a space, a hyphen or small words in lower case, those of
``lexicon/title_case_small_words.txt``: "the Department of Energy", "the
Securities and Exchange Commission", "the Friends of the Earth", a title
such as "Everybody Loves a Winner") scores 0, wherever it stands in the
sentence but first: the first word of a sentence, or of a clause after a
colon, an opening quote mark, a bullet or a dash, is capitalised by position,
so a run starting there loses that word ("Great Britain" at a sentence's
start keeps "Great"; one capitalised word left alone is no name).

Left alone: one-word names ("Hope" the town, "Trump"), which no rule tells
from a word at this depth; named events, runs ending in a noun of
``lexicon/event_nouns.txt`` ("the Cold War", "the Great Depression") and
the words through such a noun heading a complement ("the War in
Afghanistan", "the War on Drugs"; not before a conjunction, which joins two
names: "Rogaland Fire and Rescue"), whose name says what happened; and
sentences written in title case (every word capitalised but the small ones
of ``lexicon/title_case_small_words.txt``: a headline), where capitals mark
nothing.
Measured on the human ratings of Hutto & Gilbert (2014) by
``validation/validate_sentiment.py``.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Mapping, Sequence

from analysis.text import lexicon

_SMALL_WORDS = lexicon.words("title_case_small_words")
_SMALL_WORD = "|".join(sorted(map(re.escape, _SMALL_WORDS), key=len, reverse=True))
# a capital no word character precedes; the capitalised words joined by a space or a hyphen, or by small words in
# lower case ("the Department of Energy", "Friends of the Earth", "the Securities and Exchange Commission")
_NAME_RUN = re.compile(rf"[A-Z](?<!\w[A-Z])[a-z]++(?:(?:[ -]| (?:(?:{_SMALL_WORD}) )+)[A-Z][a-z]+)+\b")
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")  # "Obama's", "Don't", "Long-awaited": one word, judged by its first letter
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+")
# What may stand right before a word capitalised by its position: a sentence's or clause's end, an opening mark,
# a bullet or a dash ("LONDON - Angry Labour members"); an apostrophe only when no letter precedes it ("Texas'").
_BEFORE_POSITION_CAPITAL = ".!?:;\"\u201c(-\u2013\u2014\u2022*"
_OPENING_APOSTROPHES = "'\u2018"
_EVENT_NOUNS = lexicon.words("event_nouns")
_CONJUNCTIONS = lexicon.words("list_conjunctions")


def name_word_spans(
    view: str, sentences: Sequence[tuple[int, int]], rated: Mapping[str, float],
    whole: Sequence[tuple[int, int]] | None = None,
) -> dict[int, list[tuple[int, int]]]:
    """The rated words (lower case, keys of ``rated``: the VADER lexicon) of multiword proper names in each sentence of
    ``view``, as character spans of ``view`` by sentence index (sentences without any left out; see the module doc).

    ``sentences`` are the sentences' spans in ``view``, in order; ``whole`` the spans of the whole sentences holding
    them when they are parts of sentences (a clause, scored for the tone toward a mention), so a word opens its
    sentence, and a sentence is in title case, as in the whole sentence; None when they are whole sentences.
    """
    whole = sentences if whole is None else whole
    starts = [start for start, _ in sentences]
    found: dict[int, list[tuple[int, int]]] = {}
    runs, title_case = _LAST_VIEW.of(view, rated)
    for run_start, run_end, words, events in runs:
        index = bisect_right(starts, run_start) - 1
        if index < 0 or run_end > sentences[index][1]:
            continue
        named = words[events:]  # "the War in the United States": the event keeps its tone
        if not events and capitalised_by_position(view, whole[index][0], run_start):
            named = words[1:] if len(words) > 2 else []  # the first word is capitalised by its position
        found.setdefault(index, []).extend(span for span, is_rated in named if is_rated)
    kept = {}
    for index, spans in found.items():
        if spans:
            span = whole[index]
            if span not in title_case:
                title_case[span] = in_title_case(view[span[0]:span[1]])
            if not title_case[span]:
                kept[index] = spans
    return kept


# A run of capitalised words of a view that may be a name holding a rated word: its start and end, its capitalised
# words (each one's span and whether it is rated) and how many of them name an event (:func:`_event_words`).
_NameRun = tuple[int, int, list[tuple[tuple[int, int], bool]], int]


class _ViewRuns:
    """The name runs of the last view read with a lexicon, and whether each whole sentence asked about is in title
    case (by its span): the sentiment step and the tone toward each mention (a layer of clauses at a time) read the
    same article's names; one view at a time, so the memory stays that of one article. The four are kept as one
    tuple, replaced at once (analyses in threads of one process read it too)."""

    def __init__(self) -> None:
        self._last: tuple[str, Mapping[str, float], list[_NameRun], dict[tuple[int, int], bool]] | None = None

    def of(self, view: str, rated: Mapping[str, float]) -> tuple[list[_NameRun], dict[tuple[int, int], bool]]:
        """The name runs (``_NameRun``) of ``view`` in text order, worked out once per view and lexicon (``rated``),
        and the memo of whole sentences in title case."""
        last = self._last
        if last is None or last[1] is not rated or last[0] != view:
            last = self._last = (view, rated, _name_runs(view, rated), {})
        return last[2], last[3]


_LAST_VIEW = _ViewRuns()


def _name_runs(view: str, rated: Mapping[str, float]) -> list[_NameRun]:
    """The runs of capitalised words of ``view`` holding a word of ``rated`` and not ending in an event noun."""
    rated_words = rated.keys()
    runs = []
    for run in _NAME_RUN.finditer(view):
        lowered = run.group().lower().replace("-", " ").split()
        if rated_words.isdisjoint(lowered) or lowered[-1] in _EVENT_NOUNS:
            continue  # most names hold no rated word; a named event keeps its tone ("the Cold War")
        words = list(_CAPITALISED_WORD.finditer(view, run.start(), run.end()))
        runs.append((run.start(), run.end(), [(word.span(), word.group().lower() in rated) for word in words],
                     _event_words(view, words)))  # a plain tuple: built for every name of every article
    return runs


def _event_words(view: str, words: Sequence[re.Match]) -> int:
    """How many of a run's capitalised ``words`` (matches in ``view``, in order) name an event: those through the last
    noun of ``lexicon/event_nouns.txt`` that heads a complement, a small word other than a conjunction following it
    ("the War in Afghanistan", "the Battle of Britain", "the War on Drugs"); 0 when none does. A conjunction after
    the noun joins two names instead ("Rogaland Fire and Rescue")."""
    count = 0
    for position, (word, following) in enumerate(zip(words, words[1:]), start=1):
        joiner = view[word.end():following.start()].split()
        if word.group().lower() in _EVENT_NOUNS and joiner and joiner[0] in _SMALL_WORDS \
                and joiner[0] not in _CONJUNCTIONS:
            count = position
    return count


def capitalised_by_position(view: str, sentence_start: int, word_start: int) -> bool:
    """Whether the word at ``word_start`` opens its sentence or a clause (see ``_BEFORE_POSITION_CAPITAL``), so a
    capital there marks no name."""
    at = word_start - 1
    while at >= sentence_start and view[at].isspace():
        at -= 1  # step back over the spaces only: the cost does not grow with the sentence
    if at < sentence_start:
        return True
    if view[at] in _OPENING_APOSTROPHES:
        return at == sentence_start or not view[at - 1].isalpha()
    return view[at] in _BEFORE_POSITION_CAPITAL


def in_title_case(text: str) -> bool:
    """Whether every word of ``text`` is capitalised but the small words a title leaves in lower case (a headline)."""
    # word by word, so most sentences stop at their first word in lower case (findall would list every word)
    return all(word[:1].isupper() or word in _SMALL_WORDS for word in map(re.Match.group, _WORD.finditer(text)))
