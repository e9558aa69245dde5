"""Sentences and the sentences table.

Sentences come from nltk's Punkt with hand-set news parameters (no training,
no downloaded data), run paragraph by paragraph on the normalised view and
corrected by a few news rules (see :func:`split_sentences`).

The parameters and word lists are per language (:class:`SentenceRules`,
:func:`sentence_rules`): English is built from the lists below, Spanish from
``analysis/dictionaries/lexicon/*.es.txt`` (abbreviations such as "Sr.",
"EE.UU.", "núm.", titles, sentence starters); ``¿`` and ``¡`` open a sentence
there. A language without its own lists is split at ``.?!`` only.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Sequence

import pandas as pd
import regex
from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters
from nltk.tokenize.punkt import _ORTHO_BEG_UC, _ORTHO_MID_LC  # orthographic-context flags (module-private names)

from analysis.text.lexicon import calendar_words, has_words, list_languages, ordered_words, words
from analysis.text.normalization import normalize, strip_span
from analysis.text.paragraphs import paragraph_spans
from analysis.text.punkt_token import CachedPunktToken
from analysis.text.punkt_breaks import NewsPunktTokenizer

# Lower-cased, without the final period; multi-part ones keep inner periods ("u.s"). What is left out on
# purpose, and why, is in the lists' headers (lexicon/sentence_abbreviations.txt, not_sentence_abbreviations.txt).
TITLE_ABBREVIATIONS = words("sentence_titles")
# Abbreviations that introduce what follows ("e.g.", "vs."): like a title, never the end of a sentence.
NON_FINAL_ABBREVIATIONS = TITLE_ABBREVIATIONS | words("sentence_nonfinal_abbreviations")
NEWS_ABBREVIATIONS = TITLE_ABBREVIATIONS | words("sentence_abbreviations") | words("month_abbreviations") | (
    words("weekday_abbreviations") - words("not_sentence_abbreviations"))

# Words that usually start a sentence and are written in lower case mid-sentence.
# After an abbreviation, a capitalised one of these signals a sentence break
# ("... in the U.S. The president ..."); any other word does not ("U.S. officials").
SENTENCE_STARTERS = words("sentence_starters")
# "a" and "i" are also initials ("J. A. Smith"), so they only count after real abbreviations.
_STARTERS_AFTER_ABBREVIATION = SENTENCE_STARTERS | words("sentence_starter_letters")


def _alternation(entries: frozenset[str]) -> str:
    """A regex alternation of literal entries, longest first."""
    return "|".join(re.escape(entry) for entry in sorted(entries, key=lambda e: (-len(e), e)))


_SPEECH_VERBS = "|".join(map(re.escape, ordered_words("attribution_verb_forms")))
_QUESTION_THEN_QUOTE = re.compile(r"""[?!]+["']+$""")
_ATTRIBUTION_START = re.compile(
    r"(?:[A-Z][\w.'-]*\s+){1,4}(?:%s)\b" % _SPEECH_VERBS
)
_NON_FINAL_END = re.compile(r"(?<![^\s(\"'])(?:%s)\.$" % _alternation(NON_FINAL_ABBREVIATIONS), re.IGNORECASE)


def _number_sign_alternation(signs: frozenset[str]) -> str:
    """Signs before a number ("no", "c"): one of two or more letters in either initial case, one letter lower case only."""
    return "|".join(
        f"[{sign[0].upper()}{sign[0]}]{re.escape(sign[1:])}" if len(sign) > 1 else re.escape(sign)
        for sign in sorted(signs, key=lambda s: (-len(s), s))
    )


# Abbreviations that stand before a number: "No. 10", "p. 55", "Vol. 3", "c. 1818" (lexicon/sentence_number_signs.txt).
_NUMBER_SIGN_END = re.compile(r"(?<![^\s(\"'])(?:%s)\.$" % _number_sign_alternation(words("sentence_number_signs")))
# "U.S.", and an initial right after an opening mark (`initials "L.` before `D."`), which Punkt does not take
# for an initial: after either, only a usual sentence starter opens a sentence.
_DOTTED_ACRONYM_END = re.compile(r"(?<![^\s(\"'])(?:[A-Za-z]\.){2,}$|(?<=[(\"'])[A-Z]\.$")
# Matched with pos/endpos on the paragraph (so no ``^``): a whole sentence that is only a list marker.
_LIST_MARKER = re.compile(  # "1.", "a)", "iv.", and numbered sections "2.1." / "4.1.3."
    r"""(?:[-*+\u2022\u2023\u2043\u25aa\u25cf]\s*)?\(?(?:\d{1,3}(?:\.\d{1,3}){0,3}|[A-Za-z]|[ivxlcIVXLC]{1,6})[.)]{1,2}$"""
)
# Reference marks after a sentence's end belong to it: "... in 2000. [7] His ...", "[2] [4]", "[1 - 3]", "[3, 5]".
_REFERENCE = r"\[\d{1,3}(?:\s*[-\u2013\u2014,]\s*\d{1,3})*\]"
_REFERENCE_MARKS = re.compile(rf"{_REFERENCE}(?:\s*{_REFERENCE})*")
# A parenthesis opening the next piece ("((" too), what it holds, then whether a comma or a lower-case word
# follows it: then the sentence goes on (`for "Viva Maria!" (1965), and ...`, `in "Meurtres?" (Three Sinners,
# 1950) and ...`); else a lower-case word inside it is no sign that it goes on (`in 2010. (http://example.org)
# Sales rose`). Square brackets after a sentence's end are marks of that sentence (`[laughs]`, `[citation needed]`).
_OPENING_PARENTHESIS = regex.compile(r"\({1,2}(?P<inside>[^()]{1,80})\){1,2}(?P<goes_on>\s*(?:[,;:]|\p{Ll}))?")
_LOWER_CASE_START = regex.compile(r"\p{Ll}")
# An editor's insertion in square brackets holds no sentence end: `[George H. W.] Bush`, `[George W.] Bush`.
_IN_INSERTION = re.compile(r"\[[^\[\]]*(?:\b[A-Z]\.\])?$")
_ABBREVIATION_TAIL = 12
_ACRONYM_TAIL = 40  # a dotted acronym ending a sentence is looked for in its last 40 characters
_BEFORE_WINDOW = 64  # characters of the sentence before a break that the rules read (> both tails + lookbehind)
# Quotes, brackets, hyphen (the normalised view writes every dash so), asterisk, and the space after a dash
# (`"Huh?" - used as`).
_LEADING_OPENERS = "\"'([{-* "
_CLOSERS = "\"')]}"
_SENT_ENDS = ".?!\u0964"  # the Devanagari danda too
# A dash, a name and no end mark closing a paragraph: the attribution of what comes before (`— Jane Smith, mayor`).
_ATTRIBUTION_DASH = "- "
_ATTRIBUTION_LINE = 80
_FIRST_WORD = re.compile(r"[^\W\d_][\w'-]*")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")  # what str.isalnum accepts, character by character
# "etc.", "a.m." and "p.m." end sentences more often than they sit inside a name.
_FINAL_LEANING = re.compile(
    r"(?<![\w.])(?P<abbr>etc|[AaPp]\.[Mm])\.(?=\s+[\"'(]*(?P<word>[A-Z][\w'-]*)(?:\s+(?P<following>\w+))?)"
)
# A closing quote right after an abbreviation's period, then a capitalised word: `in the U.S." Rep. Smith`.
_QUOTE_CLOSES_AFTER_ABBREVIATION = re.compile(r"(?<=[A-Za-z]\.)[\"']+(?=\s+[\"'(]*[A-Z])")
_SHORT_QUOTE = 8  # `"U.S." Army`: a quote mark this close before is the quoted word's own opening mark
_OPENING_MARK = re.compile(r"(?:^|(?<=\s))[\"']")
# Days, months and time zones: after "6 p.m." they continue the sentence.
_TIME_WORDS = calendar_words() | words("time_zone_words")
# "6 p.m. British Summer Time": the word after the capitalised one makes it a time zone.
_TIME_ZONE_TAILS = words("time_zone_tails")


def _unguarded(pattern: Any) -> regex.Pattern[str]:
    """One of nltk's own Punkt patterns, compiled by the same ``regex`` engine without nltk's per-call time limit.

    nltk runs every pattern under a wall-clock timeout (``nltk.redos``), a backstop against patterns a caller
    supplies; arming it costs about 3 microseconds a call, and Punkt calls its patterns some 25,000 times on
    300 news articles: a third of the time of splitting them. These are nltk's fixed patterns, matched the
    same way (same source, flags and engine), so every boundary is Punkt's.
    """
    return regex.compile(pattern.pattern, pattern.flags)


class _NewsLanguageVars(PunktLanguageVars):
    """Punkt language variables for news: the Devanagari danda also ends a sentence; patterns unguarded."""

    sent_end_chars = tuple(_SENT_ENDS)
    re_boundary_realignment = _unguarded(PunktLanguageVars.re_boundary_realignment)

    def __init__(self) -> None:
        self._word_tokens = _unguarded(super()._word_tokenizer_re())
        self._period_contexts = _unguarded(super().period_context_re())

    def __setstate__(self, state: Any) -> None:
        self.__init__()  # type: ignore[misc]  # nltk pickles no patterns: build them again

    def _word_tokenizer_re(self) -> regex.Pattern[str]:
        return self._word_tokens

    def period_context_re(self) -> regex.Pattern[str]:
        return self._period_contexts


@dataclass(frozen=True)
class SentenceRules:
    """One language's sentence parameters: Punkt's tokenizer and the patterns the news rules read."""

    tokenizer: NewsPunktTokenizer
    title_end: re.Pattern[str]  # a title or an abbreviation that never ends a sentence ("Mr.", "e.g.", "Sra.")
    number_sign_end: re.Pattern[str]  # an abbreviation that stands before a number ("No. 10", "núm. 3")
    dotted_acronym_end: re.Pattern[str]  # "U.S.", "EE.UU."
    starters_after_abbreviation: frozenset[str]  # lower case: a capitalised one after an acronym starts a sentence
    leading_openers: str  # marks skipped before a sentence's first word
    time_words: frozenset[str]  # after "6 p.m." they continue the sentence
    attribution_start: re.Pattern[str] | None  # `"Why?" Smith asked`: no break (None: no such rule)
    opening_cut: re.Pattern[str] | None  # a break at its match's end whatever Punkt says ("Sr. X. ¿...": before "¿")


def _tokenizer(abbreviations: frozenset[str], starters: frozenset[str], ortho_starters: frozenset[str]) -> NewsPunktTokenizer:
    """Punkt with hand-set parameters (no training, no downloaded data), its tokens' word tests cached."""
    params = PunktParameters()
    params.abbrev_types = set(abbreviations)
    params.sent_starters = set(starters)
    for word in ortho_starters:
        # seen lower case mid-sentence and capitalised at sentence starts, never capitalised mid-sentence
        params.add_ortho_context(word, _ORTHO_BEG_UC | _ORTHO_MID_LC)
    return NewsPunktTokenizer(params, lang_vars=_NewsLanguageVars(), token_cls=CachedPunktToken)


def news_sentence_tokenizer() -> NewsPunktTokenizer:
    """Punkt with hand-set English news parameters, built once."""
    return sentence_rules("en").tokenizer


def _english_rules() -> SentenceRules:
    return SentenceRules(
        tokenizer=_tokenizer(NEWS_ABBREVIATIONS, _STARTERS_AFTER_ABBREVIATION, SENTENCE_STARTERS),
        title_end=_NON_FINAL_END, number_sign_end=_NUMBER_SIGN_END, dotted_acronym_end=_DOTTED_ACRONYM_END,
        starters_after_abbreviation=_STARTERS_AFTER_ABBREVIATION, leading_openers=_LEADING_OPENERS,
        time_words=_TIME_WORDS, attribution_start=_ATTRIBUTION_START, opening_cut=None,
    )


def _lexicon_rules(lang: str) -> SentenceRules:
    """Rules of a language from its word lists (``lexicon/<list>.<lang>.txt``)."""
    titles = words("sentence_titles", lang)
    number_signs = words("sentence_number_signs", lang)
    starters = words("sentence_starters", lang)
    abbreviations = (titles | number_signs | words("sentence_abbreviations", lang)
                     | words("month_abbreviations", lang) | words("weekday_abbreviations", lang))
    calendar = words("weekdays", lang) | words("months", lang) | words("month_abbreviations", lang)
    return SentenceRules(
        tokenizer=_tokenizer(abbreviations, starters, starters),
        title_end=re.compile(r"(?<![^\s(\"'])(?:%s)\.$" % _alternation(titles), re.IGNORECASE),
        number_sign_end=re.compile(r"(?<![^\s(\"'])(?:%s)\.$" % _alternation(number_signs), re.IGNORECASE),
        dotted_acronym_end=re.compile(r"(?<![^\s(\"'])(?:[^\W\d_]{1,2}\.){2,}$"),  # "EE.UU.", "FF.AA."
        starters_after_abbreviation=starters,
        leading_openers=_LEADING_OPENERS + "\u00bf\u00a1",  # ¿ ¡
        time_words=calendar, attribution_start=None,
        opening_cut=re.compile(r"[.?!](?=[\"')\]]*\s+[\"'(-]*[\u00bf\u00a1])"),  # a sentence starts at ¿ or ¡
    )


def _punctuation_rules() -> SentenceRules:
    """Rules of a language without word lists: breaks at ``.?!`` only (no abbreviation, title or starter list)."""
    never = re.compile(r"(?!)")
    return SentenceRules(
        tokenizer=_tokenizer(frozenset(), frozenset(), frozenset()), title_end=never, number_sign_end=never,
        dotted_acronym_end=never, starters_after_abbreviation=frozenset(), leading_openers=_LEADING_OPENERS,
        time_words=frozenset(), attribution_start=None, opening_cut=None,
    )


@lru_cache(maxsize=None)
def sentence_rules(lang: str = "en") -> SentenceRules:
    """The sentence rules of ``lang`` (ISO 639-1), built once.

    A language without its own lists (:func:`sentence_languages`) gets punctuation-only rules, never
    another language's abbreviations.
    """
    if lang == "en":
        return _english_rules()
    if not has_words("sentence_starters", lang):
        return _punctuation_rules()
    return _lexicon_rules(lang)


def sentence_languages() -> frozenset[str]:
    """Languages with sentence rules: English and every language with a ``sentence_starters`` list."""
    return frozenset({"en"}) | list_languages("sentence_starters")


def split_sentences(text: str, *, lang: str = "en") -> list[tuple[int, int]]:
    """Sentence spans, in order, stripped of surrounding whitespace.

    Every non-space character of ``text`` lies in exactly one span.
    Paragraphs (:func:`paragraph_spans`) are hard boundaries, so a headline
    or a bullet line without final punctuation is a sentence of its own.
    Punkt runs on the normalised view, so a closing quote (straight or
    typographic) after the final period stays with the sentence it closes.
    Punkt's breaks are then corrected:

    * no break before a word in lower case (``U.S. officials``, ``6 a.m. local
      time``, ``"Why?" he asked``, an ellipsis inside a quote);
    * no break after a title (``Mr. A``) or an abbreviation that introduces
      what follows (``e.g. The Times``, ``vs.``), before a number after
      ``No.``/``p.``/``m.`` (married), or after a dotted acronym or an initial
      right after a quote mark (``"L. D."``) unless a usual sentence starter
      follows (``in the U.S. The ...``);
    * no break after a list marker or section number opening a paragraph
      (``1.``, ``a)``, ``Q.``, ``2.1.``), before a number after ``c.``/``Op.``
      (``lexicon/sentence_number_signs.txt``), nor inside an editor's
      ``[insertion]`` (``[George H. W.] Bush``);
    * no break before a stray closing mark or a comma (``?", he said``), a
      parenthesis the sentence goes on after (``"Viva!" (1965), and``), a
      dash before a lower-case word (``'Huh?' – used as``), an attribution
      closing the paragraph after a dash (``." — Jane Doe, mayor``), nor between
      ``"Why?"`` and ``Smith asked`` (nor ``"We are ready. Are you?" Smith asked``);
      but a break before a parenthesis holding a lower-case word that the
      sentence does not go on after (``in 2010. (http://example.org) Sales``);
    * reference marks after a sentence's end stay with it (``in 2000. [7] His``);
    * a break after ``etc.``, ``a.m.`` or ``p.m.`` before a capitalised word
      that is not a day, month or time zone (``at 6 p.m. Police said``), and
      after a quote closing on an abbreviation (``in the U.S.” Rep. Smith``).

    ``lang`` selects the language's rules (:func:`sentence_rules`).
    """
    return split_view(normalize(text), paragraph_spans(text), lang=lang)


def split_view(view: str, paragraphs: list[tuple[int, int]], *, lang: str = "en") -> list[tuple[int, int]]:
    """:func:`split_sentences` given the normalised view and its paragraph spans."""
    rules = sentence_rules(lang)
    spans: list[tuple[int, int]] = []
    for start, end in paragraphs:
        spans.extend((start + s, start + e) for s, e in _paragraph_sentences(view[start:end], rules))
    return spans


def _paragraph_sentences(paragraph: str, rules: SentenceRules) -> list[tuple[int, int]]:
    pieces = [
        strip_span(paragraph, s, e) for s, e in rules.tokenizer.span_tokenize(paragraph)
    ]
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        if merged and paragraph[start:start + 1] == "[":
            start = _reference_marks_to_previous(paragraph, merged, start, end)
        if start >= end:
            continue
        if merged and _joins_previous(paragraph, merged[-1], (start, end), rules, first=len(merged) == 1):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return _split_after_final_leaning_abbreviations(paragraph, merged, rules)


def _reference_marks_to_previous(paragraph: str, merged: list[tuple[int, int]], start: int, end: int) -> int:
    """Move reference marks opening a piece (``[7]``, ``[2] [4]``) onto the sentence before; the piece's new start."""
    marks = _REFERENCE_MARKS.match(paragraph, start, end)
    if marks is None:
        return start
    merged[-1] = (merged[-1][0], marks.end())
    return _skip_spaces(paragraph, marks.end(), end)


def _split_after_final_leaning_abbreviations(
    paragraph: str, spans: list[tuple[int, int]], rules: SentenceRules
) -> list[tuple[int, int]]:
    """Break after "etc." or "p.m." before a capitalised word that does not continue the sentence.

    ``at 6 p.m. Negotiators will...`` breaks; ``6 p.m. Monday``, ``6 p.m. EDT``
    and ``6 a.m. Moscow time`` do not. Also break after a closing quote that
    follows an abbreviation's period (``in the U.S." Rep. Smith``) unless the
    quote holds just that word (``the "U.S." Army``). A language's opening cut
    breaks before a sentence that opens with ``¿`` or ``¡``.
    """
    cuts = []
    if "etc." in paragraph or ".m." in paragraph or ".M." in paragraph:  # what _FINAL_LEANING needs, found fast
        cuts += [m.end() for m in _FINAL_LEANING.finditer(paragraph) if not _continues_time(m, rules.time_words)]
    if rules.opening_cut is not None:
        cuts += [m.end() for m in rules.opening_cut.finditer(paragraph)]
    if '."' in paragraph or ".'" in paragraph:  # cheap test first: most paragraphs have no such quote
        cuts += [m.end() for m in _QUOTE_CLOSES_AFTER_ABBREVIATION.finditer(paragraph)
                 if not _opens_nearby(paragraph, m.start())]
    cuts.sort()
    if not cuts:
        return spans
    out: list[tuple[int, int]] = []
    for start, end in spans:
        index = bisect_right(cuts, start)  # cuts are sorted: visit only those inside this span
        while index < len(cuts) and cuts[index] < end:
            cut = cuts[index]
            if cut > start:
                out.append((start, cut))
                start = _skip_spaces(paragraph, cut, end)
            index += 1
        out.append((start, end))
    return out


def _skip_spaces(text: str, start: int, end: int) -> int:
    """The first offset from ``start`` (at most ``end``) that is not whitespace, without copying the text."""
    while start < end and text[start].isspace():
        start += 1
    return start


def _opens_nearby(paragraph: str, at: int) -> bool:
    return _OPENING_MARK.search(paragraph, max(0, at - _SHORT_QUOTE), at) is not None


def _continues_time(match: re.Match[str], time_words: frozenset[str]) -> bool:
    word, following = match.group("word"), match.group("following") or ""
    if match.group("abbr").lower() == "etc":
        return False
    return (
        word.isupper()
        or word.lower() in time_words
        or following.lower() in _TIME_ZONE_TAILS
    )


def _joins_previous(
    paragraph: str, previous: tuple[int, int], current: tuple[int, int], rules: SentenceRules, *, first: bool
) -> bool:
    """Whether a Punkt break between ``previous`` and ``current`` is wrong by news rules.

    ``previous`` may have grown by many joins, so only its last
    ``_BEFORE_WINDOW`` characters are copied (every end-anchored pattern looks
    less far back): the cost is linear in the paragraph, never quadratic.
    """
    window_start = max(previous[0], previous[1] - _BEFORE_WINDOW)
    before = paragraph[window_start:previous[1]]
    after = paragraph[current[0]:current[1]]
    tail = max(0, previous[1] - previous[0] - _ABBREVIATION_TAIL) - (window_start - previous[0])
    if _LETTER_OR_DIGIT.search(after) is None:
        return True  # a stray closing quote or bracket belongs to the sentence before
    if after.lstrip(_CLOSERS)[:1] in (",", ";", ":"):
        return True  # `...the United States?", to the census`
    if (after.startswith(_ATTRIBUTION_DASH) and len(after) <= _ATTRIBUTION_LINE
            and after.rstrip(_CLOSERS)[-1:] not in _SENT_ENDS):
        return True  # `"... the end of it." — Jane Smith, mayor` (only a paragraph's last piece lacks an end mark)
    parenthesis = _OPENING_PARENTHESIS.match(after) if after[:1] == "(" else None
    if parenthesis is not None:
        if parenthesis.group("goes_on"):
            return True  # `for "Viva Maria!" (1965), and ...`
        if _LOWER_CASE_START.match(parenthesis.group("inside")):
            return False  # `... in 2010. (http://example.org) Sales rose`: the sentence before has ended
    opening = after.lstrip(rules.leading_openers)
    if opening[:1].isdigit() and rules.number_sign_end.search(before, tail):
        return True  # "No. 10", "Nos. 3 and 4"
    word = _FIRST_WORD.match(opening)
    if word is None:
        return False
    first_word = word.group()
    if first_word[0].islower() and not any(ch.isupper() for ch in first_word[1:]):
        return True
    if first and _LIST_MARKER.match(paragraph, previous[0], previous[1]):
        return True
    if "[" in before and _IN_INSERTION.search(before):
        return True
    if rules.title_end.search(before, tail):
        return True  # "Mr. A", "Dr. Who", "e.g. The": a title never ends a sentence
    # the usual sentence starter first: most breaks are followed by one, and then the acronym search is saved
    if (first_word.lower() not in rules.starters_after_abbreviation
            and rules.dotted_acronym_end.search(before, max(0, len(before) - _ACRONYM_TAIL))):
        return True
    if rules.attribution_start is None:
        return False
    return before.endswith(("\"", "'")) and bool(_QUESTION_THEN_QUOTE.search(before, tail)
                                                 and rules.attribution_start.match(after)) \
        and _quote_opens_a_sentence(paragraph, previous)


def _quote_opens_a_sentence(paragraph: str, previous: tuple[int, int]) -> bool:
    """Whether the quotation that closes ``previous`` opened a sentence: ``previous`` itself, or an earlier sentence
    of the paragraph when the quotation runs over several (``"We are ready. Are you?" Smith asked``): the nearest
    double mark before its closing one is an unpaired opening one, at the paragraph's start or after a sentence's
    end. A quotation opening inside its sentence (``He called it "a farce. A joke!" Smith said``) closes none."""
    if paragraph[previous[0]:previous[0] + 1] in "\"'":
        return True
    closing = paragraph.rfind('"', previous[0], previous[1])
    opening = paragraph.rfind('"', 0, closing) if closing >= 0 else -1
    if opening < 0 or opening >= previous[0] or paragraph.count('"', 0, opening) % 2:
        return False
    before = paragraph[:opening].rstrip().rstrip(_CLOSERS)
    return not before or before[-1] in ".?!"


def sentence_ids(sentences: pd.DataFrame, offsets: Sequence[int]) -> list[int]:
    """The sent_id of the sentence holding each character offset of one article.

    Every non-space character lies in a sentence, so a mention, quote or hit
    always finds its own; an offset between two sentences gets the one before,
    and -1 stands for an article without sentences.
    """
    if sentences.empty:
        return [-1] * len(offsets)
    ordered = sentences.sort_values("start", kind="stable")
    starts, ids = ordered["start"].tolist(), ordered["sent_id"].tolist()
    return [int(ids[max(bisect_right(starts, offset) - 1, 0)]) for offset in offsets]


def quoted_flags(view: str, sentences: Sequence[tuple[int, int]], quotes: Sequence[tuple[int, int]]) -> list[bool]:
    """For each sentence, whether more than half of its non-space characters lie inside ``quotes``.

    Both lists are in text order and the quotes do not overlap, so one pass
    over them suffices (cost linear in sentences plus quotes).
    """
    flags = []
    first = 0
    for start, end in sentences:
        while first < len(quotes) and quotes[first][1] <= start:
            first += 1
        inside = 0
        index = first
        while index < len(quotes) and quotes[index][0] < end:
            q_start, q_end = quotes[index]
            inside += _solid(view, max(start, q_start), min(end, q_end))
            index += 1
        flags.append(inside > 0 and inside * 2 > _solid(view, start, end))  # no quote inside: not quoted, uncounted
    return flags


def _solid(view: str, start: int, end: int) -> int:
    """Non-space characters in ``view[start:end]``."""
    return sum(map(len, view[start:end].split()))
