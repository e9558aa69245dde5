"""What the rules typing a discovered name read: :class:`NameContext`, one per article, and the text before a name.

:mod:`analysis.actors.discovery` builds one :class:`NameContext` per article
(its text, name tokens, cues, dictionary matches, office hits and each
word's label); the typing rules (:mod:`analysis.actors.name_cues`,
:mod:`analysis.actors.context_cues`) read it. Several rules ask the same of
one name (the lower-case word before it): the context answers it.

Rules that read the words right before a name use patterns ending in
``\\s+$`` over a window before it; :func:`ends_before` is their cheap first
test (one slice and a string method instead of a regex search trying every
position of the window), so the pattern runs only where it can match.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache
from string import ascii_lowercase
from typing import Sequence

from analysis.actors.mention_types import Cues, OfficeHit, Span, fold_key
from analysis.actors.name_runs import Token
from analysis.actors.speaker_verbs import SpeakerVerbs
from analysis.text import lexicon
from analysis.text.normalization import WORD_CHARS

LOWER_LETTERS = tuple(ascii_lowercase)  # what ``[a-z]`` matches, as endings for :func:`ends_before`
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_WORD_BEFORE_WIDTH = 30
_DEFINITE = lexicon.words("definite_articles")  # "the"
# A capitalised word and, looked ahead past spaces or tabs, the run of word characters and joining marks after it
# (where a name token may stand): "Marta| Kowalczyk", "Ann| Smith-Jones". The capital opens the pattern, the word
# boundary before it read behind it (no word character before the capital): the same matches as "\b[A-Z]...", and the
# engine skips to capital letters instead of trying every position.
_CAPITALISED_THEN_NEXT = re.compile(rf"([A-Z](?<!\w[A-Z])[\w'’-]*)(?=[ \t]+((?:{WORD_CHARS}|[-'’])+))")
# What may follow a body's name that ends its noun phrase: punctuation, a line's or the text's end, or a word of
# ``lexicon/body_end_words.txt``; not a noun the name modifies ("member of the Imus family", "worked at Tesco stores").
BODY_END = re.compile(rf"(?:\s*(?:[.,;:!?)\]\"”]|$|\n)|\s+(?:{lexicon.alternation('body_end_words')})\b)")


def ends_before(view: str, start: int, width: int, endings: tuple[str, ...]) -> bool:
    """Whether the ``width`` characters before ``start`` end with one of ``endings`` and then whitespace: what
    a pattern such as ``\\b(?:in|at)\\s+$`` needs to match that window (``\\s`` and :meth:`str.rstrip` strip
    the same characters), so the pattern need not run where this is false."""
    window = view[start - width if start > width else 0:start]
    stripped = window.rstrip()
    return stripped != window and stripped.endswith(endings)  # a comparison, no len() calls: asked of most names


def last_chunk_start(stripped: str) -> int:
    """Where the last run of non-space characters of ``stripped`` (a text with no trailing whitespace) starts: a
    pattern ``\\b<word>\\s+$`` whose word holds no space can match the text (``stripped`` and its trailing whitespace)
    only from there, so a search need not try the positions before."""
    return len(stripped) - len(stripped.rsplit(None, 1)[-1]) if stripped else 0


def plain_initial_word(first: Token, last: Token) -> bool:
    """Whether a name is one word opening a sentence, no capital after its first letter: capitalised there whatever
    it is ("Elementary", "High"), where "NATO" or "GitHub" are written so anywhere."""
    return first is last and first.initial and first.text[1:].islower()


def singular_after_the(tokens: Sequence[Token], first: Token, last: Token) -> bool:
    """Whether a name is one singular word right after "the" (or "The"), a space between: "the Treasury said",
    "The Zorvex said". No person's name follows the article: a lone word there names a body, a title or a thing;
    a plural may be a family ("the Smiths said")."""
    return not first.text.endswith("s") and word_after_the(tokens, first, last)


def word_after_the(tokens: Sequence[Token], first: Token, last: Token) -> bool:
    """Whether a name is one word right after "the" (or "The"), a space between, a plural too: "the Areopagus"."""
    return first is last and first.index > 0 and first.gap == " " and tokens[first.index - 1].text.lower() in _DEFINITE


def _boundary_prefixes(run: str) -> list[str]:
    """The starts of ``run`` (word characters and joining marks) that end at a word boundary, as a pattern ``word\\b``
    would match them there: "Smith's" gives "Smith", "Smith'", "Smith's"; the run's end counts after a word
    character (no word character follows the run)."""
    word = [_word_character(character) for character in run] + [False]
    return [run[:k] for k in range(1, len(run) + 1) if word[k - 1] != word[k]]


def _word_character(character: str) -> bool:
    """Whether ``character`` is one that ``\\w`` matches: a letter, digit or underscore."""
    return character.isalnum() or character == "_"


_NOT_BODY_NOUNS = frozenset({"government", "administration"})  # organisation nouns that name no one body


# The word sets below depend on the dictionary's cues alone: worked out once per dictionary (keyed by its cues, so that
# a user dictionary gets its own), not once per article.
@lru_cache(maxsize=8)
def _organization_nouns(cues: Cues) -> frozenset[str]:
    """:attr:`NameContext.organization_nouns` of a dictionary's ``cues``."""
    return cues.organization_nouns - _NOT_BODY_NOUNS


@lru_cache(maxsize=8)
def _body_nouns(cues: Cues) -> frozenset[str]:
    """:attr:`NameContext.body_nouns` of a dictionary's ``cues``."""
    return (cues.organization_nouns | cues.media_nouns | lexicon.words("apposition_body_nouns")) - _NOT_BODY_NOUNS


@lru_cache(maxsize=8)
def _common_nouns(cues: Cues) -> frozenset[str]:
    """:attr:`NameContext.common_nouns` of a dictionary's ``cues``."""
    return cues.role_nouns | cues.organization_nouns


@dataclass(frozen=True)
class NameContext:
    """What the typing rules read: the document's text and view, name tokens, cues, matches and labels;
    ``sports_results`` are the article's sports results (:func:`analysis.actors.context_cues.sports_results`)."""

    text: str
    view: str
    tokens: Sequence[Token]
    cues: Cues
    spans: Sequence[Span]
    offices: Sequence[OfficeHit]
    labels: Sequence[str]
    span_of: Sequence[Span | None]
    lowercase: frozenset[str]
    verbs: SpeakerVerbs
    sports_results: tuple = ()

    @cached_property
    def office_starts(self) -> list[int]:
        """Start offsets of :attr:`offices` (in text order, never overlapping: their ends are sorted too)."""
        return [hit.start for hit in self.offices]

    @cached_property
    def office_ends(self) -> list[int]:
        """End offsets of :attr:`offices`."""
        return [hit.end for hit in self.offices]

    @cached_property
    def organization_nouns(self) -> frozenset[str]:
        """Organisation nouns that name a body ("party", "firm"), not "government" or "administration"."""
        return _organization_nouns(self.cues)

    @cached_property
    def body_nouns(self) -> frozenset[str]:
        """:attr:`organization_nouns`, the media nouns and the state bodies of ``lexicon/apposition_body_nouns.txt``
        ("the upper legislature"): an apposition's head noun naming a body."""
        return _body_nouns(self.cues)

    @cached_property
    def head_words(self) -> frozenset[str]:
        """Organisation, media and place head words ("Ministry", "Times", "County")."""
        return self.cues.head_words

    @cached_property
    def common_nouns(self) -> frozenset[str]:
        """Role and organisation nouns, whose plurals start sentences ("Prosecutors said")."""
        return _common_nouns(self.cues)

    @cached_property
    def named_bodies(self) -> frozenset[str]:
        """Lone organisation or media head words the text writes capitalised after a lower-case word and never
        in lower case ("... the Senate voted"): names of one body, also where they open a sentence."""
        tokens, heads = self.tokens, self.cues.organization_heads
        return frozenset(
            token.text for token in tokens[1:]
            if token.text in heads and not token.initial and tokens[token.index - 1].text.islower()
            and token.text.lower() not in self.lowercase and not token.possessive
            and not (token.index + 1 < len(tokens) and tokens[token.index + 1].gap == " "
                     and tokens[token.index + 1].text[:1].isupper())
        )

    @cached_property
    def words_after_given_names(self) -> frozenset[str]:
        """The words the text writes right after a known first name, spaces or tabs between, as a surname ends a full
        name ("Marta Kowalczyk": "Kowalczyk"), each with the longer runs it opens up to a word boundary ("Ann
        Smith-Jones": "Smith", "Smith-", "Smith-Jones"): whatever a pattern ``<first name>[ \\t]+<word>\\b`` finds.
        Read in one pass over the view, so that asking it of many names costs a set look-up each."""
        given, words = self.cues.given_names, set()
        for match in _CAPITALISED_THEN_NEXT.finditer(self.view):
            if fold_key(match.group(1)) in given:
                words.update(_boundary_prefixes(match.group(2)))
        return frozenset(words)

    @cached_property
    def _words_before(self) -> dict[int, str | None]:
        """:meth:`word_before` by offset, as far as asked: the person and noun cues ask it of the same name."""
        return {}

    @cached_property
    def appositions(self) -> dict[tuple[int, int], tuple[str, str] | None]:
        """What :func:`analysis.actors.name_cues._apposition_noun` found after a name, by the indexes of its first and
        last word, as far as asked: the person and noun cues ask it of the same name."""
        return {}

    def word_before(self, start: int) -> str | None:
        """The lower-case word right before ``start`` with only whitespace between ("said" in "said Okafor"),
        within 30 characters; None when there is none."""
        known = self._words_before
        if start in known:
            return known[start]
        window = self.view[max(0, start - _WORD_BEFORE_WIDTH):start]
        stripped = window.rstrip()
        word = None
        if stripped != window and stripped.endswith(LOWER_LETTERS):  # as ends_before tests it
            match = _WORD_BEFORE.search(window, last_chunk_start(stripped))
            word = match.group(1) if match else None
        known[start] = word
        return word

    def offices_starting(self, low: int, high: int) -> list[OfficeHit]:
        """Office hits starting within ``[low, high]``, in text order."""
        return self.offices[bisect_left(self.office_starts, low):bisect_right(self.office_starts, high)]

    def offices_ending(self, low: int, high: int) -> list[OfficeHit]:
        """Office hits ending within ``[low, high]``, in text order."""
        return self.offices[bisect_left(self.office_ends, low):bisect_right(self.office_ends, high)]

