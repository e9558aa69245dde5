"""Quoted spans of one article: each pair of quote marks as a :class:`Quote`, its kind, and whether it counts.

A quote is **direct** when it is set off from the reporter's grammar (it opens its sentence, follows
``:``, ``,``, ``;``, a dash or a one-word cue before a capital, or is a capitalised sentence inside the
marks, not after an article or "as": ``described as a "Hollywood-produced infomercial."``), else **partial**. :func:`is_quotation` drops one quoted word (unless a direct ``"No," he said``),
partial quotes shorter than ``min_partial_words`` and those without a cue of their own shorter than
``UNATTRIBUTED_MIN_WORDS``, unclosed, in title case or after "named" (``the plan aims to "cut the waiting lists of
every hospital in half"`` is a quotation with no cue; scare quotes are a word or two, a long title is
title-cased), quoted titles beside
their noun (``the "Remain in Mexico" policy``, and a direct quote that no punctuation closes before it: ``"Where is
the mayor? Vote him out" sign``), words mentioned as words (``the term "subject to"``) and
short quoted names in title case, however set off and whatever cue stands near, direct or partial (``songs
such as "Dark Star", "Uncle John's Band"``, ``a program called "Learning Together"``, ``its 2019 "Person of
the Year"``), and sayings after their noun, however set off (``the adage, "Those who forget history are doomed to
repeat it"``); :func:`is_gloss` marks a quoted gloss in parentheses.
The quotes step (:mod:`analysis.quotes.step`) reads these rules.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Sequence

from analysis.quotes.attribution import Attribution, Sentence, sentence_at
from analysis.quotes.speech_cues import SpeechCues
from analysis.text.document import Document
from analysis.text.lexicon import alternation, ordered_words, words as lexicon_words
from analysis.text.normalization import WORD_PATTERN
from analysis.text.quotemarks import MARK_ENDINGS, QUOTE_MARKS, mark_after, mark_before

_SET_OFF = tuple(":,;-")
# Words a quote needs to count without any attribution (a partial one, also without a cue of its own):
# titles, slogans, captions and scare quotes are shorter.
UNATTRIBUTED_MIN_WORDS = 6
# Before the opening mark, a word that keeps a capitalised quote ending in "." inside the reporter's phrase.
_PARTIAL_LEADS = lexicon_words("partial_quote_lead_words")
_SENTENCE_END = tuple(".?!")


@dataclass
class Quote:
    """One quoted span: inside and outside the marks, its sentences and paragraph, kind and attribution."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    group: int
    first_sentence: int
    last_sentence: int
    paragraph: int
    kind: str = "direct"
    attribution: Attribution | None = None
    own_attribution: bool = False
    reported_before: bool = False  # the attribution is reported speech of the paragraph before (it keeps its row)
    single: bool = False  # in single marks (analysis.text.single_quotes): it counts only with an attribution

    @property
    def closed(self) -> bool:
        """Whether a closing mark ends the quote (a stray mark opens a quote that runs to its paragraph's end)."""
        return self.outer_end > self.end


def find_quotes(doc: Document, sentences: Sequence[Sentence], cues: SpeechCues) -> list[Quote]:
    """Every quote segment of ``doc`` as a :class:`Quote` (a quote continuing its group is direct)."""
    view = doc.normalized
    out: list[Quote] = []
    previous_group = None
    starts = doc.sentence_starts
    for segment in doc.quote_segments:
        outer_start = mark_before(view, segment.start, single=segment.single)
        outer_end = mark_after(view, segment.end, single=segment.single) if segment.closed else segment.end
        first = sentence_at(starts, outer_start)
        last = sentence_at(starts, max(outer_start, segment.end - 1))
        quote = Quote(segment.start, segment.end, outer_start, outer_end, segment.group, first, last,
                      sentences[first].paragraph if sentences else 0, single=segment.single)
        continued = previous_group == segment.group
        quote.kind = "direct" if continued else _kind(view, quote, sentences[first] if sentences else None, cues)
        out.append(quote)
        previous_group = segment.group
    return out


def _kind(view: str, quote: Quote, sentence: Sentence | None, cues: SpeechCues) -> str:
    """``direct`` when the quote is set off from the reporter's sentence, else ``partial`` (module docstring)."""
    sentence_start = sentence.start if sentence is not None else 0
    before = view[sentence_start:quote.outer_start].rstrip()
    content = view[quote.start:quote.end].strip()
    if not before or before.endswith(_SET_OFF) or before.endswith(MARK_ENDINGS):
        return "partial" if before and _embedded_fragment(view, quote, content, cues) else "direct"
    capital = content[:1].isupper() or (content[:1] in "[(" and content[1:2].isupper())
    last_word = before.split()[-1].lower() if before.split() else ""
    if capital and last_word in cues.one_word_forms:
        return "direct"
    if capital and content.rstrip(QUOTE_MARKS + " ").endswith(_SENTENCE_END) and last_word not in _PARTIAL_LEADS:
        return "direct"
    return "partial"


def _embedded_fragment(view: str, quote: Quote, content: str, cues: SpeechCues) -> bool:
    """``were, according to X, "sexual in nature" and five of those ...``, ``she added, "there are no locked
    doors" where the passengers would have been``: a quote set off by a comma or a colon that opens in lower
    case and closes with no mark of its own before a lower-case word of the reporter's that goes on with the
    sentence (no subject pronoun or cue of an attribution: ``"we will," she said``) is a fragment of it."""
    if not content[:1].islower() or content.rstrip()[-1:] in _CLOSING_PUNCTUATION:
        return False
    following = _NEXT_WORD.match(view, quote.outer_end)
    if following is None:
        return False
    word = following.group(1)
    return word.islower() and word not in _SUBJECTS and word not in cues.one_word_forms


_NEXT_WORD = re.compile(r"[ \t]*([A-Za-z]+)\b")
_CLOSING_PUNCTUATION = frozenset(".,;:?!")
_SUBJECTS = lexicon_words("reported_clause_subjects")


def word_count(view: str, start: int, end: int) -> int:
    """Number of words in ``view[start:end]`` (as :func:`analysis.text.count_words` counts them)."""
    return len(WORD_PATTERN.findall(view, start, end))  # one item per match, no match object


def is_quotation(text: str, view: str, quote: Quote, cues: SpeechCues, *, min_partial_words: int) -> bool:
    """Whether a quoted span counts as a quotation (see the module docstring).

    One quoted word counts only as a direct quote ending in ``.,?!`` ("No,"
    he said); a short name in title case never (:func:`quoted_name`), nor a
    saying after its noun (:func:`_saying`) or a name its bearer goes by
    (:func:`_self_named`); a direct quote without a cue of its own needs a
    few words unless it continues a quote of its paragraph (checked later) and
    is no label of the noun after it (:func:`_label`); a partial one needs
    its own cue and ``min_partial_words`` words, or else ``UNATTRIBUTED_MIN_WORDS`` words in closed marks, not in
    title case nor after "named" (:func:`_named`).
    """
    words = word_count(view, quote.start, quote.end)
    if words < 2 and not (quote.kind == "direct" and view[quote.start:quote.end].rstrip().endswith((".", ",", "?", "!"))):
        return False
    if quoted_name(view[quote.start:quote.end]) or _saying(view, quote) or _self_named(view, quote, cues):
        return False
    if quote.kind == "direct":
        return not _label(view, quote)
    long_enough = words >= min_partial_words if quote.own_attribution else \
        words >= UNATTRIBUTED_MIN_WORDS and quote.closed and not title_cased(view[quote.start:quote.end]) \
        and not _named(view, quote)
    return long_enough and not _title(view, quote, cues) and not _mentioned(view, quote)


# Nouns that a quoted title stands beside: the programme "Mexico embraces you", the "Remain in Mexico" policy.
_TITLED = "|".join(ordered_words("quoted_title_nouns"))
_TITLE_DETERMINERS = "|".join(ordered_words("title_determiners"))
_TITLE_BEFORE = re.compile(
    rf"(?:\b(\w+)\s+(?:{_TITLE_DETERMINERS})\s+(?:{_TITLED})|\b(?:{'|'.join(ordered_words('title_participles'))}))\s*$",
    re.IGNORECASE)
_TITLE_AFTER = re.compile(rf"^\s*(?:{_TITLED})\b", re.IGNORECASE)


def _title(view: str, quote: Quote, cues: SpeechCues) -> bool:
    """A partial quote that names a programme, law, work or slogan beside its noun is a title, not speech
    ("as part of the programme "..."", "the "Remain in Mexico" programme"; not "called the plan "..."")."""
    before = _TITLE_BEFORE.search(view[max(0, quote.outer_start - 40):quote.outer_start])
    if before is not None and (before.group(1) or "").lower() not in cues.one_word_forms:
        return True
    return _TITLE_AFTER.match(view[quote.outer_end:quote.outer_end + 30]) is not None


def _label(view: str, quote: Quote) -> bool:
    """A direct quote without closing punctuation of its own right before a noun of ``lexicon/quoted_title_nouns.txt``
    is the label of that thing, not speech: ""Where is the mayor? Vote him out" sign" (speech set off before a
    noun keeps its punctuation: ""We will win," campaign staff said")."""
    return not view[quote.start:quote.end].rstrip().endswith(_SPOKEN_ENDINGS) \
        and _TITLE_AFTER.match(view[quote.outer_end:quote.outer_end + 30]) is not None


_TITLE_PARTICIPLES = lexicon_words("title_participles")
_NAMING_REACH = 60  # characters before the opening mark: the verb, its object and a short relative clause
_CLAUSE_BREAK = re.compile(r"[.!?;:]\s")
_LETTERS = re.compile(r"[A-Za-z]+")


def _named(view: str, quote: Quote) -> bool:
    """A quote without a cue of its own after "named", "titled" or "entitled" in its clause
    (``lexicon/title_participles.txt``) is the name given to something, not speech: ``named the virus that causes
    it "severe acute respiratory syndrome coronavirus 2"``. ("called" both names and quotes: ``called on drivers
    to "..."``, ``which the paper called "..."``.)"""
    window = view[max(0, quote.outer_start - _NAMING_REACH):quote.outer_start]
    return any(word.lower() in _TITLE_PARTICIPLES for word in _LETTERS.findall(_CLAUSE_BREAK.split(window)[-1]))


# A noun that mentions the quoted words as words: the term "...", the phrase "...".
_MENTION_BEFORE = re.compile(rf"\b(?:{'|'.join(ordered_words('mention_nouns'))})\s*$", re.IGNORECASE)
_MENTION_REACH = 20  # characters before the opening mark that can hold the noun and its space
# A noun that gives the quoted words as a saying: the adage, "..."; an old saying: "..."; as the proverb goes, "...".
_SAYING_BEFORE = re.compile(rf"\b(?:{alternation('saying_nouns')})(?:\s+goes)?\s*[,:]?\s*$", re.IGNORECASE)
_SAYING_REACH = 30  # characters before the opening mark: "a popular saying goes, "


def _mentioned(view: str, quote: Quote) -> bool:
    """A partial quote right after a noun of ``lexicon/mention_nouns.txt`` mentions words, it quotes no one's speech
    ("the term "natural born citizen" is not defined", "the 14th Amendment phrase "subject to"")."""
    return _MENTION_BEFORE.search(view, max(0, quote.outer_start - _MENTION_REACH), quote.outer_start) is not None


def _saying(view: str, quote: Quote) -> bool:
    """A quote of any kind right after a noun of ``lexicon/saying_nouns.txt`` (and "goes"), set off or not, is a
    saying that nobody in the article is quoted for ("What about the adage, "Those who forget history are doomed to
    repeat it"?", "It is like the saying "Failure is the success in life"", "as the proverb goes, "..."")."""
    return _SAYING_BEFORE.search(view, max(0, quote.outer_start - _SAYING_REACH), quote.outer_start) is not None


# A naming verb (its forms: SpeechCues.naming_forms), a reflexive pronoun and perhaps a determiner right before
# the opening mark: calling themselves "...", called itself the "...".
_SELF_NAMING = re.compile(
    rf"\b([A-Za-z]+)\s+(?:{'|'.join(ordered_words('reflexive_pronouns'))})(?:\s+(?:{_TITLE_DETERMINERS}))?\s*$",
    re.IGNORECASE)


def _self_named(view: str, quote: Quote, cues: SpeechCues) -> bool:
    """A quote right after a naming verb and a reflexive pronoun is the name its subject goes by, not speech,
    whatever cue stands near ("residents calling themselves "the boat people"", "a group calling itself the
    "voice of the valley" said ..."); "called it "a disgrace"" quotes an opinion of something else."""
    found = _SELF_NAMING.search(view, max(0, quote.outer_start - _NAMING_REACH), quote.outer_start)
    return found is not None and found.group(1).lower() in cues.naming_forms


_SMALL_WORDS = lexicon_words("title_case_small_words")
_NAME_WORDS = re.compile(r"[^\W\d_][\w'\u2019.-]*")
_MAX_NAME_WORDS = 6
_SPOKEN_ENDINGS = tuple(".?!,;:\u2026")


def quoted_name(content: str) -> bool:
    """Whether a quoted span reads as the title or name of a work, programme or thing rather than speech: a few
    words (at most ``_MAX_NAME_WORDS``) in title case (:func:`title_cased`): "Uncle John's Band", "Learning
    Together", "Decision and Order"; not "Thank You, Mets Poet,"."""
    return len(content.split()) <= _MAX_NAME_WORDS and title_cased(content)


def title_cased(content: str) -> bool:
    """Whether quoted words are written as a title: every word capitalised but the small words of
    ``lexicon/title_case_small_words.txt``, not all in capitals (a shout), with no punctuation closing it inside
    the marks. Speech set off by a comma or a cue keeps its own punctuation; a title written in title case has none."""
    content = content.strip()
    if not content or content.endswith(_SPOKEN_ENDINGS) or content.upper() == content:
        return False
    found = _NAME_WORDS.findall(content)
    return bool(found) and found[0][:1].isupper() \
        and all(word[:1].isupper() or word.lower().rstrip(".") in _SMALL_WORDS for word in found)


def inside_a_name(quote: Quote, name_starts: Sequence[int], name_ends: Sequence[int]) -> bool:
    """Whether ``quote`` (marks included) lies inside a person's name, a quoted nickname: 'Dwayne "The Rock"
    Johnson'; ``name_starts``/``name_ends``: the spans of the article's person mentions, in text order."""
    at = bisect_right(name_starts, quote.outer_start) - 1
    return at >= 0 and quote.outer_end <= name_ends[at]


def is_gloss(view: str, quote: Quote) -> bool:
    """A quoted gloss in parentheses, ``Brexit ("British exit")``, is no quotation."""
    before = quote.outer_start - 1
    while before >= 0 and view[before].isspace():
        before -= 1
    after = quote.outer_end
    while after < len(view) and view[after].isspace():
        after += 1
    return before >= 0 and view[before] == "(" and after < len(view) and view[after] == ")"
