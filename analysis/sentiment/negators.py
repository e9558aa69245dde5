"""News-aware tone: "hardly" and "scarcely" deny what follows, as "not" does.

VADER negates a rated word after "not", "never", "rarely" or "seldom"
(its valence times -0.74, for the three words after the negator) but reads
"hardly" and "scarcely" as boosters that only dampen it, so "its courthouses
hardly inspire confidence" and "scarcely a realistic appraisal" score
positive. Editorial and news prose uses them to deny. So the rated words in
the three tokens after one of ``lexicon/approximate_negators.txt`` get the
negation VADER gives after "not", once, on top of VADER's own rules (its
dampening stays). So do the rated words in the three tokens after a phrase of
``lexicon/alternative_negators.txt``, which puts what follows aside as what is not the case ("instead of promoting
that right, the agency stands in the way", "rather than help"); a lone "instead" or "rather" denies nothing, and a harm after the phrase keeps its tone
("instead of a terrible injury": an evil avoided is no praise); so do the phrases "unlikely to" and "unable to" of
that list ("unlikely to bring lasting peace"), and a word of ``lexicon/scarcity_words.txt`` ("few useful answers",
"little interest"), which says there is not much of the good after it, unless a determiner ("a few",
"a little", also before a booster: "a very few") or a rated word ("a funny little film": the adjective of size) stands
before it, up to a clause break. A phrase of
``lexicon/denial_phrases.txt`` ("no longer", "no need", "no reason") denies the rated words in the three tokens after
it as "not" does ("no longer need to battle", "no need to ban booze"): VADER turns only the two tokens after "no",
and those it turned are left; the phrase's "no", which VADER rates as a harm before an unrated word, then carries
no tone when a word it denies is rated, as VADER's "no" before a rated word carries none. The
lexicon word counts are unchanged (they have no rules).
Measured on the human ratings of Hutto & Gilbert (2014) by
``validation/validate_sentiment.py``.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Any, Sequence

from vaderSentiment.vaderSentiment import BOOSTER_DICT, N_SCALAR

from analysis.sentiment.occurrences import CLAUSE_BREAK, case_forms, occurrences, present_occurrences
from analysis.sentiment.vader import TokenScores, scored_tokens
from analysis.text import lexicon

_NEGATORS = lexicon.words("approximate_negators")
_SCARCITY = lexicon.words("scarcity_words")
_DETERMINERS = lexicon.words("determiners")
_PHRASES = dict(phrase.split(" ", 1) for phrase in lexicon.words("alternative_negators"))  # first word -> second
_DENIALS: dict[str, frozenset[str]] = {}  # first word -> the second words
for _first, _second in (phrase.split(" ", 1) for phrase in lexicon.words("denial_phrases")):
    _DENIALS[_first] = _DENIALS.get(_first, frozenset()) | {_second}
_NEGATOR_FORMS = case_forms(_NEGATORS | _SCARCITY | _PHRASES.keys())
_DENIAL_WORDS = case_forms(_DENIALS.keys()), case_forms(frozenset().union(*_DENIALS.values()))  # "no"; "longer", ...
_DENIAL_FORMS = case_forms(f"{first} {second}" for first, seconds in _DENIALS.items() for second in seconds)
_PUNCTUATION = "\"'()[]{}.,;:!?*-"
_WINDOW = 3  # VADER's negation reaches the three words after a negator


def negator_spans(
    view: str, sentences: Sequence[tuple[int, int]], vocabulary: frozenset[str]
) -> dict[int, list[tuple[int, int]]]:
    """The character spans in ``view`` of the approximate negators (of a denial phrase, its "no"), by sentence index (sentences without any left
    out). ``sentences`` are the sentences' spans in ``view``, in order; ``vocabulary`` the article's distinct tokens
    as written (:attr:`analysis.text.document.Document.vocabulary`)."""
    found = present_occurrences(view, sentences, vocabulary, _NEGATOR_FORMS)
    firsts, seconds = _DENIAL_WORDS
    if firsts.isdisjoint(vocabulary) or seconds.isdisjoint(vocabulary):  # most articles: no "no longer" at all
        return found
    for index, spans in occurrences(view, sentences, _DENIAL_FORMS).items():  # the phrase, not each "no" in "not"
        found[index] = sorted(found.get(index, []) + [(lo, view.index(" ", lo)) for lo, _ in spans])
    return found


def negated(engine: Any, scored: TokenScores, sentence: str, start: int, spans: Sequence[tuple[int, int]]) -> TokenScores:
    """``scored`` (the :meth:`Analyzer.score_tokens` of ``sentence``, which starts at ``start`` in the article's view)
    with the valences of the three tokens after each negator token (at ``spans``, offsets in the view) turned as VADER
    turns them after "not". Unchanged when no valence moves, or when VADER rewrote the text (emoji)."""
    found = scored_tokens(engine, scored, sentence, start) if spans else None
    if found is None:
        return scored
    text, tokens, token_starts, offset = found
    valences = list(scored.valences)
    turned: set[int] = set()
    set_aside: set[int] = set()
    denials: list[int] = []  # the tokens of a denial phrase's "no"
    for lo, hi in spans:
        at = bisect_right(token_starts, lo) - 1  # the token holding the negator
        if at < 0 or tokens[at][1] + offset < hi:
            continue
        word = text[tokens[at][0]:tokens[at][1]].lower()
        if word.strip(_PUNCTUATION) in _DENIALS:  # "no longer": VADER turns the two tokens after "no", the rest here
            seconds = _DENIALS[word.strip(_PUNCTUATION)]
            if at + 1 < len(tokens) and text[tokens[at + 1][0]:tokens[at + 1][1]].lower() in seconds:
                denials.append(at)
                turned.update(range(at + 3, min(at + 2 + _WINDOW, len(valences))))
            continue
        if word.strip(_PUNCTUATION) in _PHRASES:  # a phrase's first word: its second must follow, the phrase ends there
            if at + 1 >= len(tokens) or text[tokens[at + 1][0]:tokens[at + 1][1]].lower() != _PHRASES.get(word):
                continue
            at += 1
            set_aside.update(range(at + 1, min(at + 1 + _WINDOW, len(valences))))
            continue
        if word.strip(_PUNCTUATION) in _SCARCITY:  # "few good options": the good after it is set aside
            if not _quantifies(text, tokens, valences, at):
                continue
            set_aside.update(_clause_window(text, tokens, at + 1, min(at + 1 + _WINDOW, len(valences))))
            continue
        if word.strip(_PUNCTUATION) not in _NEGATORS:  # a negator inside a longer token ("no-take", "no-one")
            continue
        turned.update(range(at + 1, min(at + 1 + _WINDOW, len(valences))))
    # after a phrase, only the good set aside is denied ("instead of promoting"); a harm set aside keeps its tone
    # ("instead of a terrible injury": that it was avoided is no praise)
    turned = {index for index in turned if valences[index]} | {index for index in set_aside if valences[index] > 0}
    silenced = [at for at in denials if valences[at] and any(valences[at + 2:at + 2 + _WINDOW])]
    if not turned and not silenced:
        return scored
    for index in silenced:
        valences[index] = 0.0
    for index in turned:
        valences[index] = valences[index] * N_SCALAR
    return TokenScores(engine.scores_of(valences, scored.text), scored.text, valences, scored.counts)


def _quantifies(text: str, tokens: Sequence[tuple[int, int]], valences: Sequence[float], at: int) -> bool:
    """Whether the scarcity word at token ``at`` says there is not much of what follows: not after a determiner ("a
    few", "a little", "a very few") nor after a rated word ("a fine little film": the adjective of size), and not ending
    a clause ("it helped little, and ...")."""
    if text[tokens[at][1] - 1] in CLAUSE_BREAK:
        return False
    if at == 0:
        return True
    if at - 1 < len(valences) and valences[at - 1]:
        return False
    before = at - 1
    while before > 0 and _word(text, tokens, before) in BOOSTER_DICT:  # "a very few": the determiner before "very"
        before -= 1
    return _word(text, tokens, before) not in _DETERMINERS


def _word(text: str, tokens: Sequence[tuple[int, int]], at: int) -> str:
    """The token ``at`` of ``text``, lower case, without the punctuation around it."""
    return text[tokens[at][0]:tokens[at][1]].strip(_PUNCTUATION).lower()


def _clause_window(text: str, tokens: Sequence[tuple[int, int]], first: int, end: int) -> range:
    """The tokens from ``first`` up to ``end`` (excluded) that stand in the clause of the token before ``first``:
    through the first token ending a clause ("so little time, what marvels" ends at "time,")."""
    for index in range(first, end):
        if text[tokens[index][1] - 1] in CLAUSE_BREAK:
            return range(first, index + 1)
    return range(first, max(first, end))
