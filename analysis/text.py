"""Text basics: a normalised view for analysis, words, paragraphs, sentences and quotes.

The stored article text is never changed. :func:`normalize` returns a view of
the same length, character for character, so an offset found in the
normalised view indexes the stored text too. Every span returned here is a
``(start, end)`` pair of character offsets into the text that was passed in.

Sentences come from nltk's Punkt with hand-set news parameters (no training,
no downloaded data), run paragraph by paragraph on the normalised view and
corrected by a few news rules (see :func:`split_sentences`).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple, Sequence

import numpy as np
import pandas as pd
from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

# Punkt's orthographic-context flags (documented in nltk.tokenize.punkt, module-private names).
from nltk.tokenize.punkt import _ORTHO_BEG_UC, _ORTHO_MID_LC

_CHAR_MAP = {
    # quotation marks
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    # dashes and hyphens
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    # spaces
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u3000": " ", "\t": " ",
    # invisible characters keep their slot as a space
    "\u200b": " ", "\ufeff": " ", "\u00ad": " ",
    # ellipsis stays one character
    "\u2026": ".",
}
# A regex substitution touches only the mapped characters (str.translate with a
# dict table looks up every character and is ~15x slower on news text).
_MAPPED_CHAR = re.compile("[%s]" % re.escape("".join(_CHAR_MAP)))


def _mapped(match: re.Match[str]) -> str:
    return _CHAR_MAP[match.group()]


def _combining_marks_class() -> str:
    """A regex class of the Basic Multilingual Plane's combining marks (Unicode categories Mn, Mc, Me).

    ``\\w`` leaves them out, which would cut words of Devanagari, Thai or
    decomposed Latin text at every vowel sign or accent.
    """
    ranges: list[list[int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "".join(f"\\u{low:04x}-\\u{high:04x}" for low, high in ranges)


WORD_CHARS = rf"[\w{_combining_marks_class()}]"
WORD_PATTERN = re.compile(rf"{WORD_CHARS}+(?:[-'\u2019]{WORD_CHARS}+)*")


def normalize(text: str) -> str:
    """Typographic quotes, apostrophes, dashes and odd spaces to ASCII, same length.

    ``len(normalize(t)) == len(t)`` always holds, so offsets are shared.
    """
    return _MAPPED_CHAR.sub(_mapped, text)


def fold_accents(text: str) -> str:
    """Strip combining accents one character at a time (``Nicolás`` -> ``Nicolas``), same length."""
    return "".join(_fold_char(ch) for ch in text)


def _fold_char(ch: str) -> str:
    if ch.isascii():
        return ch
    base = unicodedata.normalize("NFD", ch)[0]
    return base if len(base) == 1 else ch


def word_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of word tokens (letters, digits, inner hyphens and apostrophes)."""
    return [match.span() for match in WORD_PATTERN.finditer(normalize(text))]


def count_words(text: str) -> int:
    """Number of word tokens in ``text``."""
    return sum(1 for _ in WORD_PATTERN.finditer(normalize(text)))


# ---------------------------------------------------------------------------
# Paragraphs
# ---------------------------------------------------------------------------

_LINE = re.compile(r"[^\r\n\x0b\x0c\x85\u2028\u2029]+")
_TERMINAL_CHARS = ".?!:;\"')]"
_LIST_ITEM_START = re.compile(r"""^\s*(?:[-*+\u2022\u25cf\u25aa\u2023>]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])\s""")
_WRAPPED_LINE_MAX = 100
_WRAPPED_LINE_MIN = 40  # a shorter line ending without punctuation is a list item or a heading


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty paragraphs, stripped of surrounding whitespace.

    A line break is a paragraph break (wire stories put one paragraph per
    line; blank lines count the same). Two exceptions keep hard-wrapped text
    whole: a line of 40 characters or more that ends without punctuation,
    followed by a line that starts in lower case, continues its paragraph;
    and in a document wrapped at a fixed width (lines broken mid-sentence at
    nearly the same length, at most 100 characters) only blank lines separate
    paragraphs. A paragraph span may then contain line breaks. A line opening
    with a bullet or list marker always starts a paragraph.
    """
    view = normalize(text)
    lines = _stripped_lines(view)
    if not lines:
        return []
    wrapped = _looks_hard_wrapped(view, lines)
    paragraphs = [lines[0]]
    for start, end in lines[1:]:
        last_start, last_end = paragraphs[-1]
        if _continues_paragraph(view, (last_start, last_end), (start, end), wrapped=wrapped):
            paragraphs[-1] = (last_start, end)
        else:
            paragraphs.append((start, end))
    return paragraphs


def _stripped_lines(view: str) -> list[tuple[int, int]]:
    spans = []
    for match in _LINE.finditer(view):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            spans.append((start, start + len(stripped)))
    return spans


def _single_break(view: str, previous_end: int, start: int) -> bool:
    gap = view[previous_end:start]
    return gap.count("\n") + gap.count("\r") - gap.count("\r\n") <= 1


def _looks_hard_wrapped(view: str, lines: list[tuple[int, int]]) -> bool:
    """Wrapped at a fixed width: lines broken mid-sentence at nearly the same length."""
    broken = [prev for prev, cur in zip(lines, lines[1:]) if _single_break(view, prev[1], cur[0])]
    if len(broken) < 3:
        return False
    lengths = [end - start for start, end in broken]
    width = max(lengths)
    near_width = sum(1 for length in lengths if length >= 0.7 * width)
    open_ended = sum(1 for start, end in broken if not _ends_with_terminal(view[start:end]))
    return width <= _WRAPPED_LINE_MAX and near_width >= 0.8 * len(broken) and open_ended >= 0.5 * len(broken)


def _ends_with_terminal(line: str) -> bool:
    return line.rstrip()[-1:] in tuple(_TERMINAL_CHARS)


def _continues_paragraph(
    view: str, previous: tuple[int, int], line: tuple[int, int], *, wrapped: bool
) -> bool:
    if not _single_break(view, previous[1], line[0]):
        return False
    text = view[line[0]:line[1]]
    if _LIST_ITEM_START.match(text):
        return False
    if wrapped:
        return True
    previous_line = view[max(view.rfind("\n", previous[0], previous[1]) + 1, previous[0]):previous[1]]
    return (
        len(previous_line.strip()) >= _WRAPPED_LINE_MIN
        and not _ends_with_terminal(previous_line)
        and text[0].islower()
    )


# ---------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------

# Lower-cased, without the final period. Multi-part ones keep inner periods ("u.s").
# Left out on purpose: "no" (an answer far more often than "No. 10"; see
# _NUMBER_SIGN_END) and words that end sentences as often as they abbreviate
# ("sun", "sat", "ed", "al", "ill", "mass", "wash").
TITLE_ABBREVIATIONS = frozenset(
    """
    mr mrs ms mme messrs dr drs prof rev fr msgr hon supt insp det
    gen sen sens rep reps gov lt col maj capt cmdr cdr adm brig sgt cpl pvt spc atty
    """.split()
)
NEWS_ABBREVIATIONS = TITLE_ABBREVIATIONS | frozenset(
    """
    pres st ste mt ft ave blvd rd hwy
    jr sr esq inc corp co cos ltd bros mfg assn dept govt univ intl natl kft pty bhd
    vs approx est fig figs vol vols ext tel cf etc
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri
    ala ariz ark calif colo conn fla ga kan ky md mich minn mo mont neb nev okla pa tenn tex va vt wis wyo
    a.m p.m e.g i.e u.s u.s.a u.n u.k e.u d.c n.y n.j l.a b.c a.d ph.d m.d
    """.split()
)

# Words that usually start a sentence and are written in lower case mid-sentence.
# After an abbreviation, a capitalised one of these signals a sentence break
# ("... in the U.S. The president ..."); any other word does not ("U.S. officials").
SENTENCE_STARTERS = frozenset(
    """
    the an he she it they we you his her its their our my your this that these those
    there here but and or so yet however meanwhile also in on at for with after before
    when while as if although though since because despite during under over from by to
    according some many most all both each every several few no not what who where why
    how which yes then now today yesterday last earlier later other another such still
    even only instead thus therefore moreover furthermore nevertheless otherwise unlike
    among between following about around until through without within once whether
    """.split()
)
# "a" and "i" are also initials ("J. A. Smith"), so they only count after real abbreviations.
_STARTERS_AFTER_ABBREVIATION = SENTENCE_STARTERS | {"a", "i"}

_SPEECH_VERBS = (
    "said|says|asked|asks|added|adds|told|tells|replied|replies|wrote|writes|"
    "shouted|shouts|exclaimed|wondered|continued|insisted|stressed|noted|declared"
)
_QUESTION_THEN_QUOTE = re.compile(r"""[?!]+["']+$""")
_ATTRIBUTION_START = re.compile(
    r"(?:[A-Z][\w.'-]*\s+){1,4}(?:%s)\b" % _SPEECH_VERBS
)
_TITLE_END = re.compile(r"(?<![^\s(\"'])(?:%s)\.$" % "|".join(sorted(TITLE_ABBREVIATIONS)), re.IGNORECASE)
# Abbreviations that stand before a number: "No. 10", "p. 55", "Vol. 3", "N°. 7".
_NUMBER_SIGN_END = re.compile(r"(?<![^\s(\"'])(?:[Nn]os?|[Nn]r|N\u00b0|pp?|[Vv]ols?|[Ff]igs?|[Aa]rts?|[Ss]ecs?|[Cc]h)\.$")
_DOTTED_ACRONYM_END = re.compile(r"(?<![^\s(\"'])(?:[A-Za-z]\.){2,}$")
_LIST_MARKER = re.compile(
    r"""^(?:[-*+\u2022\u2023\u2043\u25aa\u25cf]\s*)?\(?(?:\d{1,3}|[A-Za-z]|[ivxlcIVXLC]{1,6})[.)]{1,2}$"""
)
_ABBREVIATION_TAIL = 12
_LEADING_OPENERS = "\"'([{-*"
_CLOSERS = "\"')]}"
_FIRST_WORD = re.compile(r"[^\W\d_][\w'-]*")
# "etc.", "a.m." and "p.m." end sentences more often than they sit inside a name.
_FINAL_LEANING = re.compile(
    r"(?<![\w.])(?P<abbr>etc|[AaPp]\.[Mm])\.(?=\s+[\"'(]*(?P<word>[A-Z][\w'-]*)(?:\s+(?P<following>\w+))?)"
)
# A closing quote right after an abbreviation's period, then a capitalised word: `in the U.S." Rep. Smith`.
_QUOTE_CLOSES_AFTER_ABBREVIATION = re.compile(r"(?<=[A-Za-z]\.)[\"']+(?=\s+[\"'(]*[A-Z])")
_SHORT_QUOTE = 8  # `"U.S." Army`: a quote mark this close before is the quoted word's own opening mark
_OPENING_MARK = re.compile(r"(?:^|(?<=\s))[\"']")
_TIME_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    eastern central mountain pacific atlantic alaska hawaii greenwich local
    """.split()
)


class _NewsLanguageVars(PunktLanguageVars):
    """Punkt language variables for news: the Devanagari danda also ends a sentence."""

    sent_end_chars = (".", "?", "!", "\u0964")


@lru_cache(maxsize=1)
def news_sentence_tokenizer() -> PunktSentenceTokenizer:
    """Punkt with hand-set news parameters, built once (no training, no downloaded data)."""
    params = PunktParameters()
    params.abbrev_types = set(NEWS_ABBREVIATIONS)
    params.sent_starters = set(_STARTERS_AFTER_ABBREVIATION)
    for word in SENTENCE_STARTERS:
        # seen lower case mid-sentence and capitalised at sentence starts, never capitalised mid-sentence
        params.add_ortho_context(word, _ORTHO_BEG_UC | _ORTHO_MID_LC)
    return PunktSentenceTokenizer(params, lang_vars=_NewsLanguageVars())


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans, in order, stripped of surrounding whitespace.

    Every non-space character of ``text`` lies in exactly one span.
    Paragraphs (:func:`paragraph_spans`) are hard boundaries, so a headline
    or a bullet line without final punctuation is a sentence of its own.
    Punkt runs on the normalised view, so a closing quote (straight or
    typographic) after the final period stays with the sentence it closes.
    Punkt's breaks are then corrected:

    * no break before a word in lower case (``U.S. officials``, ``6 a.m. local
      time``, ``"Why?" he asked``, an ellipsis inside a quote);
    * no break after a title (``Mr. A``), before a number after ``No.``/``p.``,
      or after a dotted acronym unless a usual sentence starter follows
      (``in the U.S. The ...``);
    * no break after a list marker opening a paragraph (``1.``, ``a)``, ``Q.``);
    * no break before a stray closing mark or a comma (``?", he said``), nor
      between ``"Why?"`` and ``Smith asked``;
    * a break after ``etc.``, ``a.m.`` or ``p.m.`` before a capitalised word
      that is not a day, month or time zone (``at 6 p.m. Police said``), and
      after a quote closing on an abbreviation (``in the U.S.” Rep. Smith``).
    """
    return _split_sentences(normalize(text), paragraph_spans(text))


def _split_sentences(view: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for start, end in paragraphs:
        spans.extend((start + s, start + e) for s, e in _paragraph_sentences(view[start:end]))
    return spans


def _paragraph_sentences(paragraph: str) -> list[tuple[int, int]]:
    pieces = [
        _strip_span(paragraph, s, e) for s, e in news_sentence_tokenizer().span_tokenize(paragraph)
    ]
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        if start >= end:
            continue
        if merged and _joins_previous(paragraph, merged[-1], (start, end), first=len(merged) == 1):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return _split_after_final_leaning_abbreviations(paragraph, merged)


def _split_after_final_leaning_abbreviations(
    paragraph: str, spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Break after "etc." or "p.m." before a capitalised word that does not continue the sentence.

    ``at 6 p.m. Negotiators will...`` breaks; ``6 p.m. Monday``, ``6 p.m. EDT``
    and ``6 a.m. Moscow time`` do not. Also break after a closing quote that
    follows an abbreviation's period (``in the U.S." Rep. Smith``) unless the
    quote holds just that word (``the "U.S." Army``).
    """
    cuts = [m.end() for m in _FINAL_LEANING.finditer(paragraph) if not _continues_time(m)]
    if '."' in paragraph or ".'" in paragraph:  # cheap test first: most paragraphs have no such quote
        cuts += [m.end() for m in _QUOTE_CLOSES_AFTER_ABBREVIATION.finditer(paragraph)
                 if not _opens_nearby(paragraph, m.start())]
    cuts.sort()
    if not cuts:
        return spans
    out: list[tuple[int, int]] = []
    for start, end in spans:
        for cut in (c for c in cuts if start < c < end):
            out.append((start, cut))
            start = cut + len(paragraph[cut:end]) - len(paragraph[cut:end].lstrip())
        out.append((start, end))
    return out


def _opens_nearby(paragraph: str, at: int) -> bool:
    return _OPENING_MARK.search(paragraph, max(0, at - _SHORT_QUOTE), at) is not None


def _continues_time(match: re.Match[str]) -> bool:
    word, following = match.group("word"), match.group("following") or ""
    if match.group("abbr").lower() == "etc":
        return False
    return (
        word.isupper()
        or word.lower() in _TIME_WORDS
        or following.lower() in ("time", "standard", "daylight", "summer")
    )


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip())
    return start + left, start + len(piece.rstrip())


def _joins_previous(
    paragraph: str, previous: tuple[int, int], current: tuple[int, int], *, first: bool
) -> bool:
    """Whether a Punkt break between ``previous`` and ``current`` is wrong by news rules."""
    before = paragraph[previous[0]:previous[1]]
    after = paragraph[current[0]:current[1]]
    tail = max(0, len(before) - _ABBREVIATION_TAIL)  # end-anchored patterns only look this far back
    if not any(ch.isalnum() for ch in after):
        return True  # a stray closing quote or bracket belongs to the sentence before
    if after.lstrip(_CLOSERS)[:1] in (",", ";", ":"):
        return True  # `...the United States?", to the census`
    opening = after.lstrip(_LEADING_OPENERS)
    if _NUMBER_SIGN_END.search(before, tail) and opening[:1].isdigit():
        return True  # "No. 10", "Nos. 3 and 4"
    word = _FIRST_WORD.match(opening)
    if word is None:
        return False
    first_word = word.group()
    if first_word[0].islower() and not any(ch.isupper() for ch in first_word[1:]):
        return True
    if first and _LIST_MARKER.match(before):
        return True
    if _TITLE_END.search(before, tail):
        return True  # "Mr. A", "Dr. Who": a title never ends a sentence
    if _DOTTED_ACRONYM_END.search(before, max(0, len(before) - 40)) and first_word.lower() not in _STARTERS_AFTER_ABBREVIATION:
        return True
    quote_opens_sentence = before[:1] in "\"'"
    return quote_opens_sentence and bool(_QUESTION_THEN_QUOTE.search(before, tail) and _ATTRIBUTION_START.match(after))


# ---------------------------------------------------------------------------
# Quotations
# ---------------------------------------------------------------------------

OPENING_QUOTES = "\u201c\u201e\u00ab"
CLOSING_QUOTES = "\u201d\u00bb"
QUOTE_MARKS = '"' + OPENING_QUOTES + CLOSING_QUOTES + "\u201f\u2033"
_QUOTE_MARK = re.compile("[%s]" % QUOTE_MARKS)
_OPENER_PRECEDERS = "([{-/:'\""
_NOT_AFTER_OPENER = ",;:!?)]}"
_CLOSER_FOLLOWERS = ".,;:!?)]}-'\""


class QuoteSpan(NamedTuple):
    """The words inside one pair of quotation marks, within one paragraph.

    ``start``/``end`` exclude the marks and surrounding spaces. A quotation
    that runs over several paragraphs (each continuation paragraph opening
    with a quote mark) gives one ``QuoteSpan`` per paragraph, sharing
    ``group``. ``closed`` is False when the span ends at the paragraph end (or
    at a new opening mark) without a closing mark.
    """

    start: int
    end: int
    group: int
    closed: bool


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the words inside quotation marks (straight, “ ”, „ and « »), in order.

    See :func:`quote_segments` for the pairing rules and for multi-paragraph quotes.
    """
    return [(q.start, q.end) for q in quote_segments(text)]


def quote_segments(text: str) -> list[QuoteSpan]:
    """Quotations found by pairing quote marks paragraph by paragraph.

    A mark can open when it starts a word (space, bracket or dash before, a
    word after) and can close when it ends one (a word before; space or
    punctuation after); the glyph (“ or ”) decides only when the context does
    not, and a straight mark then toggles. A mark that can only close never
    opens, so a misused left quote such as ``health sector “.`` ends the quote
    instead of starting a new one. A quote still open at the end of its
    paragraph continues into the next paragraph only when that paragraph opens
    with a quote mark (the news convention); otherwise it ends with the
    paragraph, so one bad mark never swallows the rest of the article.

    The last few texts' quotations are remembered, so the steps of one
    article (its sentences table, sentiment, quotes) pair its marks once.
    """
    return list(_remembered_quote_segments(text))


@lru_cache(maxsize=16)
def _remembered_quote_segments(text: str) -> tuple[QuoteSpan, ...]:
    """:func:`quote_segments`, memoised per text (a tuple, so no caller can change what is remembered)."""
    return tuple(_quote_segments(text, normalize(text), paragraph_spans(text)))


def _quote_segments(text: str, view: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    group = -1
    carried = False
    for index, (p_start, p_end) in enumerate(paragraphs):
        open_at: int | None = None
        for match in _QUOTE_MARK.finditer(text, p_start, p_end):
            pos = match.start()
            role = _mark_role(text, view, pos, p_start, p_end, inside=open_at is not None)
            if open_at is None:
                if role == "open":
                    if not (carried and pos == p_start):
                        group += 1
                    open_at = pos + 1
                continue
            if role == "close":
                _add_quote(spans, view, open_at, pos, group, closed=True)
                open_at = None
            else:  # a new quote opens while one is open: the first was never closed
                _add_quote(spans, view, open_at, pos, group, closed=False)
                group += 1
                open_at = pos + 1
        carried = False
        if open_at is not None:
            _add_quote(spans, view, open_at, p_end, group, closed=False)
            if index + 1 < len(paragraphs):
                carried = _opens_with_quote(text, view, paragraphs[index + 1])
    return spans


def _mark_role(text: str, view: str, pos: int, p_start: int, p_end: int, *, inside: bool) -> str:
    """``"open"`` or ``"close"`` for the quote mark at ``pos``, judged from its neighbours."""
    before = view[pos - 1] if pos > p_start else " "
    after = view[pos + 1] if pos + 1 < p_end else " "
    after_next = view[pos + 2] if pos + 2 < p_end else " "
    stranded = after in ".,;:!?" and after_next.isspace()
    can_open = (before.isspace() or before in _OPENER_PRECEDERS) and not (
        after.isspace() or after in _NOT_AFTER_OPENER or stranded
    )
    can_close = not before.isspace() and (after.isspace() or after in _CLOSER_FOLLOWERS)
    if before.isspace() and stranded:
        can_close = True  # `sector “.`: a mark stranded before the final punctuation closes
    if can_open != can_close:
        return "open" if can_open else "close"
    glyph = text[pos]
    if glyph in OPENING_QUOTES and not inside:
        return "open"
    if glyph in CLOSING_QUOTES and inside:
        return "close"
    return "close" if inside else "open"


def _opens_with_quote(text: str, view: str, paragraph: tuple[int, int]) -> bool:
    start, end = paragraph
    return view[start] == '"' and _mark_role(text, view, start, start, end, inside=False) == "open"


def _add_quote(spans: list[QuoteSpan], view: str, start: int, end: int, group: int, *, closed: bool) -> None:
    s, e = _strip_span(view, start, end)
    if s < e:
        spans.append(QuoteSpan(s, e, group, closed))


# ---------------------------------------------------------------------------
# The sentences table
# ---------------------------------------------------------------------------

SENTENCE_COLUMNS = {
    "doc_id": "str",
    "sent_id": "int64",
    "paragraph": "int64",
    "start": "int64",
    "end": "int64",
    "text": "str",
    "in_quote": "bool",
}


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


def sentences_table(doc_id: str, text: str) -> pd.DataFrame:
    """One row per sentence: doc_id, sent_id, paragraph, start, end, text, in_quote.

    ``in_quote`` is True when more than half of the sentence's non-space
    characters lie inside quotation marks (:func:`quote_spans`).
    """
    view = normalize(text)
    paragraphs = paragraph_spans(text)
    sentences = _split_sentences(view, paragraphs)
    quoted = _quoted_share(view, quote_spans(text))
    rows = {
        "doc_id": [doc_id] * len(sentences),
        "sent_id": list(range(len(sentences))),
        "paragraph": _paragraph_index(sentences, paragraphs),
        "start": [s for s, _ in sentences],
        "end": [e for _, e in sentences],
        "text": [text[s:e] for s, e in sentences],
        "in_quote": [quoted(s, e) for s, e in sentences],
    }
    return pd.DataFrame({name: _column(rows[name], dtype) for name, dtype in SENTENCE_COLUMNS.items()})


def _column(values: list, dtype: str):
    """A column of the given dtype, built without the cost of a Series per column."""
    return pd.array(values, dtype=dtype) if dtype == "str" else np.array(values, dtype=dtype)


def _paragraph_index(sentences: list[tuple[int, int]], paragraphs: list[tuple[int, int]]) -> list[int]:
    index, out = 0, []
    for start, _ in sentences:
        while paragraphs[index][1] <= start:
            index += 1
        out.append(index)
    return out


def _quoted_share(view: str, quotes: list[tuple[int, int]]):
    """A function ``(start, end) -> bool``: are most non-space characters in the range quoted?"""

    def solid(start: int, end: int) -> int:
        return sum(map(len, view[start:end].split()))

    def mostly_quoted(start: int, end: int) -> bool:
        inside = sum(solid(max(start, qs), min(end, qe)) for qs, qe in quotes if qs < end and qe > start)
        return inside * 2 > solid(start, end)

    return mostly_quoted
