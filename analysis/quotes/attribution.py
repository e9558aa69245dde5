"""Attribution of reported speech: speech cues and the words that name the speaker.

A *cue* is a reporting verb or phrase outside quotation marks ("said",
"told", "stressed", "according to"...), from the speech-cue lexicon
(``analysis/dictionaries/speech_cues.yaml``, :mod:`analysis.quotes.speech_cues`;
users extend it with their own file). The *source* is the phrase that names
who speaks in that attribution: "he", "Lavrov", "the head of Russian
diplomacy". This module finds cues and sources in one sentence at a time,
reading only the reporter's words: quoted passages are collapsed into single
``QUOTE`` tokens, so a cue inside a quotation never counts (the tokens come
from :mod:`analysis.quotes.reporter_tokens`).

The source of each cue is found by the rules of :mod:`analysis.quotes.source_phrases`. A participle cue
with no source of its own ("..., he said, adding ...") borrows the source of the attribution before it
in the sentence; a leading one ("Saying "...", X elaborated") the source of the one after it.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress, count
from operator import attrgetter
from typing import Iterable, Sequence

# The reporter's tokens live in their own module; re-exported here, beside the cue rules that read them.
from analysis.quotes.reporter_tokens import Token, make_token, token_index, tokenize_reporter_text  # noqa: F401
from analysis.quotes.modifier_cues import after_demonym, plural_noun_cue
from analysis.quotes.source_phrases import PRONOUNS, source_for
from analysis.quotes.speech_cues import SpeechCues, default_speech_cues
from analysis.text.lexicon import words
from analysis.text.normalization import normalize

_DETERMINERS = words("determiners")
_NUMBER_WORDS = words("number_words")
# Before these a cue word is a noun ("a note", "his comments", "the report").
_NOUN_DETERMINERS = _DETERMINERS - {"that"}
# Before these an -ing cue word is a gerund ("in announcing", "after saying"), not an attribution.
_GERUND_PREPOSITIONS = words("gerund_prepositions")
# Verbs before "by" + gerund that make the gerund a cue of their subject ("She began by saying").
BY_GERUND_VERBS = words("by_gerund_verbs")
# The verb chain between a source and its cue ("went on to say", "kept saying"): before "on" + gerund, a chain.
CHAIN_VERBS = words("cue_verb_chain_words")
# Role nouns that make a definite phrase ("the minister") refer to a person mentioned before.
ROLE_NOUNS = words("source_role_nouns")
# Common nouns for people: an unnamed source ("an eyewitness") can be "he" or "she" later.
PERSON_NOUNS = ROLE_NOUNS | words("source_person_nouns")
_LOWER = attrgetter("lower")
_HYPHENED_WORD = re.compile(r"[\w-]+")  # a description's words, hyphenated ones whole


@dataclass(frozen=True)
class Attribution:
    """One cue with its source: character spans into the text (source may be absent)."""

    cue_start: int
    cue_end: int
    cue: str
    lemma: str
    source_start: int | None
    source_end: int | None
    source: str | None
    borrowed: bool = False  # the source comes from an earlier cue in the sentence


@dataclass
class Sentence:
    """One sentence: its span, paragraph index, the reporter's tokens and the attributions found in them."""

    start: int
    end: int
    paragraph: int
    tokens: list[Token] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)

    @cached_property
    def token_starts(self) -> list[int]:
        """Start offsets of :attr:`tokens` (set the tokens first), for bisecting."""
        return [token.start for token in self.tokens]


def cues_in_order(attributions: Sequence[Attribution]) -> bool:
    """Whether the attributions' cues come left to right, each non-empty and none overlapping the next (as
    :func:`find_attributions` gives them): then their cue starts and ends both rise, and can be bisected."""
    return all(a.cue_start < a.cue_end for a in attributions) \
        and all(a.cue_end <= b.cue_start for a, b in zip(attributions, attributions[1:]))


def sentence_at(starts: Sequence[int], position: int) -> int:
    """Index of the sentence (by sorted ``starts``) holding ``position``, or the nearest one before it."""
    return max(0, bisect_right(starts, position) - 1)


def find_attributions(tokens: Sequence[Token], text: str, *, cues: SpeechCues | None = None) -> list[Attribution]:
    """Every cue among ``tokens`` (one sentence) with its source, left to right.

    ``cues`` is the speech-cue lexicon (:mod:`analysis.quotes.speech_cues`; the shipped one when None).
    ``text`` spells the cues and sources (the offsets are the tokens').
    """
    cues = cues or default_speech_cues()
    if cues.first_words.isdisjoint(map(_LOWER, tokens)):
        return []  # no word that can start a cue (most sentences)
    found = [
        Attribution(cue_start, cue_end, text[cue_start:cue_end], lemma, source_start, source_end,
                    None if source_start is None else text[source_start:source_end], borrowed=borrowed)
        for cue_start, cue_end, lemma, source_start, source_end, borrowed in _found_spans(tokens, cues)
    ]
    return _borrow_forward(found)


_SpanRow = tuple[int, int, str, int | None, int | None, bool]  # cue start, end, lemma, source start, end, borrowed
# The spans found in the latest sentences, by (first token's start, last token's end, number of tokens): the
# actors' mention tone and the quotes step read most sentences of an article with the same tokens and cues.
_RECENT: dict[tuple[int, int, int], tuple[list[Token], SpeechCues, list[_SpanRow]]] = {}
_RECENT_SIZE = 512  # sentences (about one long article; the token lists it keeps cost ~2 MB at most)


def _found_spans(tokens: Sequence[Token], cues: SpeechCues) -> list[_SpanRow]:
    """The cues and sources of :func:`find_attributions` as offsets, remembered for the latest sentences."""
    key = (tokens[0].start, tokens[-1].end, len(tokens))
    recent = _RECENT.get(key)
    if recent is not None and recent[1] is cues and recent[0] == tokens:
        return recent[2]
    rows = _spans(tokens, cues)
    if len(_RECENT) >= _RECENT_SIZE:
        _RECENT.clear()
    _RECENT[key] = (list(tokens), cues, rows)
    return rows


def _spans(tokens: Sequence[Token], cues: SpeechCues) -> list[_SpanRow]:
    """Every cue among ``tokens`` with its source as offsets; a participle without a source of its own
    ("..., adding") borrows the one of the cue before it."""
    found: list[_SpanRow] = []
    first_words = cues.first_words
    index = 0
    for position in compress(count(), map(first_words.__contains__, map(_LOWER, tokens))):  # where a cue can start
        if position < index:
            continue
        index = position
        cue = _cue_at(tokens, index, cues)
        if cue is None:
            index += 1
            continue
        lemma, last = cue
        if lemma in cues.naming and last + 1 < len(tokens) and tokens[last + 1].kind == "quote":
            index = last + 1  # "a song called "Day after Day"": a name, not speech
            continue
        source = source_for(tokens, index, last, lemma, cues)
        reduced = index > 0 and tokens[index - 1].text == ","  # ", dubbed the ...": a reduced relative clause
        if lemma in cues.naming and (source is None or reduced) and last + 2 < len(tokens) \
                and tokens[last + 1].lower in _DETERMINERS and tokens[last + 2].kind == "quote":
            index = last + 2  # "solar cells, dubbed the "new three"": a name nobody is quoted for
            continue
        cue_start, cue_end = tokens[index].start, tokens[last].end
        if source is None and found and tokens[index].lower.endswith("ing"):
            previous = found[-1]
            found.append((cue_start, cue_end, lemma, previous[3], previous[4], True))
        elif source is None:
            found.append((cue_start, cue_end, lemma, None, None, False))
        else:
            found.append((cue_start, cue_end, lemma, source[0], source[1], False))
        index = last + 1
    return found


def _borrow_forward(found: list[Attribution]) -> list[Attribution]:
    """``Saying "...", Fernández elaborated``: a leading participle without source takes the next one's."""
    out = list(found)
    for position in range(len(out) - 2, -1, -1):
        current, following = out[position], out[position + 1]
        if current.source is None and current.cue.lower().endswith("ing") and following.source is not None:
            out[position] = Attribution(current.cue_start, current.cue_end, current.cue, current.lemma,
                                        following.source_start, following.source_end, following.source, borrowed=True)
    return out


def _cue_at(tokens: Sequence[Token], index: int, cues: SpeechCues) -> tuple[str, int] | None:
    """(lemma, index of the cue's last token) when a cue starts at ``index``.

    Not a noun after a determiner ("in a note to clients", "his comments") nor a gerund after a
    preposition ("delays in announcing results"), nor a modifier or noun after a nationality adjective ("a Dutch
    speaking community", "Russian claims"), a possessive or a quantifier ("the team's claims", "all reports";
    :mod:`analysis.quotes.modifier_cues`).
    """
    if tokens[index].kind != "word" or tokens[index].lower not in cues.first_words:
        return None
    if after_demonym(tokens, index) or plural_noun_cue(tokens, index):
        return None
    previous = tokens[index - 1] if index > 0 and tokens[index - 1].kind == "word" else None
    if previous is not None and (previous.lower in _NOUN_DETERMINERS or (
            previous.lower in _GERUND_PREPOSITIONS and tokens[index].lower.endswith("ing")
            and not _verb_by_gerund(tokens, index) and not _verb_on_gerund(tokens, index))):
        return None
    for length in (2, 1):
        words = tuple(t.lower for t in tokens[index:index + length])
        if len(words) == length and all(t.kind == "word" for t in tokens[index:index + length]) and words in cues.forms:
            lemma = cues.forms[words]
            if lemma == "state" and not _verb_state(tokens, index):
                return None
            if words == ("alleged",) and not _verb_alleged(tokens, index):
                return None
            return lemma, index + length - 1
    return None


def _verb_by_gerund(tokens: Sequence[Token], index: int) -> bool:
    """``began by saying``, ``ended by noting``: a gerund after "by" that a verb of ``BY_GERUND_VERBS`` governs
    reports that verb's subject speaking (the source is found across "began by",
    :func:`analysis.quotes.source_phrases.source_for`)."""
    return index >= 2 and tokens[index - 1].lower == "by" and tokens[index - 2].kind == "word" \
        and tokens[index - 2].text.islower() and tokens[index - 2].lower in BY_GERUND_VERBS


def _verb_on_gerund(tokens: Sequence[Token], index: int) -> bool:
    """``kept on saying``, ``went on telling``: a gerund after "on" that a verb of the cue's verb chain governs
    (``lexicon/cue_verb_chain_words.txt``) reports that verb's subject speaking; not "on" elsewhere ("comment on
    reporting")."""
    return index >= 2 and tokens[index - 1].lower == "on" and tokens[index - 2].kind == "word" \
        and tokens[index - 2].text.islower() and tokens[index - 2].lower in CHAIN_VERBS


def _verb_state(tokens: Sequence[Token], index: int) -> bool:
    """"stated"/"states" as a verb: not "the United States", not "member states"; "states" only right before a
    quotation, a colon between allowed, after a word that is no determiner nor number ("The 14th Amendment states:
    "..."", not "in the following states: Ohio, ..." nor "in 12 states "within weeks"")."""
    word = tokens[index].text
    if not word[0].islower():
        return False
    if word.lower() != "states":
        return True
    following = index + 2 if index + 2 < len(tokens) and tokens[index + 1].text == ":" else index + 1
    before = tokens[index - 1] if index > 0 else None
    return following < len(tokens) and tokens[following].kind == "quote" and before is not None \
        and before.kind == "word" and before.lower not in _DETERMINERS and not before.text[:1].isdigit() \
        and before.lower not in _NUMBER_WORDS


_PREPOSITIONS = words("non_subject_prepositions")
_CLAUSE_WORDS = _DETERMINERS | words("reported_clause_subjects")


def _verb_alleged(tokens: Sequence[Token], index: int) -> bool:
    """"alleged" as a verb ("Police alleged the driver fled", "Grenell alleged, by way of example, ..."), not the
    adjective of a noun ("over alleged abuse", "Biden's alleged decline", "has alleged ties to"): no preposition
    before it, and after it a comma, a quotation, a capitalised word or a word opening a clause ("the", "he")."""
    if index > 0 and tokens[index - 1].lower in _PREPOSITIONS:
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and (following.kind != "word" or following.capitalized
                                      or following.lower in _CLAUSE_WORDS)


def is_pronoun(source: str | None) -> bool:
    """Whether a source is a bare pronoun ("he", "She", "they")."""
    return source is not None and source.strip().lower() in PRONOUNS


def is_role_description(source: str | None) -> bool:
    """``the head of Russian diplomacy``, ``the minister``: a definite phrase around a role noun."""
    if not source:
        return False
    words = [w.lower() for w in _HYPHENED_WORD.findall(normalize(source))]
    if not words or words[0] != "the":
        return False
    head_zone = words[1:4]
    return any(word in ROLE_NOUNS for word in head_zone)


def cue_lemmas() -> Iterable[str]:
    """Every cue lemma in the shipped lexicon."""
    return default_speech_cues().lemmas.keys()


def speech_cue_forms() -> frozenset[str]:
    """Every one-word cue form of the shipped lexicon, lower case ("said", "told", "stressed"...)."""
    return default_speech_cues().one_word_forms
