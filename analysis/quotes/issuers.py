"""Who a document speaks for: "the statement said" after "the task force released a statement".

A source that is a thing carrying words (``lexicon/voice_nouns.txt``) with nobody owning it ("the statement",
"the 1989 report", "a statement", "a message on Facebook": where it was put out may follow) speaks for whoever the
text said put it out where it introduced the document:
the latest "a"/"an" and that noun at or before the source (only "the" and that noun between: a document owned
otherwise, "his statement", "the Turkish statement", is another one), within ``reach``, and only when

* a verb of issuing comes right before it (``lexicon/issuing_verbs.txt``: "the Combined Joint Task Force released
  a statement", "Stoltz ... sent a letter"): the subject of its clause (:func:`analysis.quotes.subjects.subject`);
* "in" comes right before it after a comma ("President Donald Trump, in a statement delivered ...,"): the subject
  of the clause before it;
* a name follows it after "from" or "by", a participle of issuing allowed between, titles before the name ("a
  1989 report from the National Transportation Safety Board", "a letter sent by Senator Mark Dale"): that name.

A document introduced any other way ("police found a letter", "a statement posted to his account") names nobody:
who found, received or shared a document is not who wrote it.

A quotation after the colon of such an introduction ("The palace issued the following statement: "..."") is the
document itself: :func:`introducing_source` gives it the name after "from"/"by" or the source phrase before the
verb, mentioned or not.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from analysis.quotes import attribution as attr
from analysis.quotes.attribution import Sentence
from analysis.quotes.context import Article
from analysis.quotes.source_phrases import source_for
from analysis.quotes.speech_cues import SpeechCues
from analysis.quotes.subjects import subject
from analysis.text import lexicon

__all__ = ["introducing_source", "issuer"]

_VOICE_NOUNS = lexicon.words("voice_nouns")
_ISSUING = lexicon.alternation("issuing_verbs")
# The source: an article, up to two lower-case modifiers or numbers ("the joint statement", "the 1989 report"),
# the noun, and where it was put out ("a message on Facebook", "a statement via its website").
_DOCUMENT = re.compile(r"(?P<article>[Tt]he|[Aa]n?)\s+(?:[a-z0-9][\w-]*\s+){0,2}?(?P<noun>[a-z]+)"
                       r"(?:\s+(?:on|in|via)\s+\S.*)?", re.DOTALL)
# What stands right before a document's noun: its article and modifiers as above.
_DETERMINED = re.compile(r"\b(?P<article>[Tt]he|[Aa]n?)\s+(?:[a-z0-9][\w-]*\s+){0,2}?\Z")
_ISSUED_BEFORE = re.compile(rf"\b(?:{_ISSUING})\s+\Z", re.IGNORECASE)
_IN_BEFORE = re.compile(r",\s*in\s+\Z", re.IGNORECASE)
_FROM_AFTER = re.compile(rf"\s+(?:(?:{_ISSUING})\s+)?(?:from|by)\s+(?:the\s+)?", re.IGNORECASE)
# How far back a document's introduction is looked for, in characters (``reach`` then decides).
_WINDOW = 3000
_ISSUER_TYPES = frozenset({"person", "organization", "media", "country"})
_WORD_AND_SPACE = re.compile(r"\S+\s+")


def issuer(article: Article, source_start: int, source_end: int,
           reach: Callable[[int], bool]) -> tuple[int, int] | None:
    """The span of whoever put out the document a source names (see the module docstring), to be resolved as the
    source in its stead; None when the source is no such document or its introduction names nobody."""
    view = article.view
    found = _DOCUMENT.fullmatch(view[source_start:source_end])
    if found is None or found.group("noun") not in _VOICE_NOUNS:
        return None
    noun = found.group("noun")
    introduction = _introduction(view, noun, source_start + found.start("noun"), source_end)
    if introduction is None or not reach(introduction[0]):
        return None
    start, end = introduction
    return _issued_by(article, start, end)


def _introduction(view: str, noun: str, noun_start: int, source_end: int) -> tuple[int, int] | None:
    """The span of the latest "a"/"an" and ``noun`` up to the source ("a joint statement"), read back over
    repeated "the" references only; None when another determiner comes first (a document of its own)."""
    low = max(0, noun_start - _WINDOW)
    occurrences = list(_whole_word(noun).finditer(view[low:source_end]))
    for occurrence in reversed(occurrences):
        at = low + occurrence.start()
        determined = _DETERMINED.search(view[max(0, at - 40):at])
        if determined is None:
            return None
        if determined.group("article").lower() != "the":
            return at - len(determined.group(0)), at + len(noun)
    return None


@lru_cache(maxsize=None)
def _whole_word(noun: str) -> re.Pattern[str]:
    """The pattern of ``noun`` (a voice noun: letters only) as a whole word, compiled once."""
    return re.compile(rf"\b{noun}\b")


def _past_titles(view: str, position: int, titles: frozenset[str]) -> int:
    """Where a name starts after ``position`` once titles are passed ("by Senator Mark Dale": at "Mark")."""
    for word in _WORD_AND_SPACE.finditer(view[position:position + 60]):
        if word.group().strip().rstrip(".").lower() not in titles:
            return position + word.start()
    return position


def _named_issuer(article: Article, end: int) -> tuple[int, int] | None:
    """The mention named after "from" or "by" right after a document's noun ending at ``end`` ("a 1989 report from
    the National Transportation Safety Board", "a letter sent by Senator Mark Dale"), titles passed; None without."""
    view = article.view
    after = _FROM_AFTER.match(view, end)
    if after is None:
        return None
    name_start = _past_titles(view, after.end(), article.lexicon.titles)
    named = [m for m in article.mentions.starting_in(after.start(), name_start + 1)
             if m.actor_type in _ISSUER_TYPES and m.how != "demonym"]
    return (named[0].start, named[0].end) if named else None


def _issued_by(article: Article, start: int, end: int) -> tuple[int, int] | None:
    """Who the introduction of a document (``start``, ``end``: "a statement") says put it out."""
    named = _named_issuer(article, end)
    if named is not None:
        return named
    view = article.view
    before = view[max(0, start - 40):start]
    verb = _ISSUED_BEFORE.search(before) or _IN_BEFORE.search(before)
    if verb is None or not article.sentences:
        return None
    sentence = article.sentences[attr.sentence_at(article.sentence_starts, start)]
    return subject(article, sentence, before=start - len(before) + verb.start())


# A sentence that introduces the document quoted after its colon: a verb of issuing, the document ("the following
# statement", "a joint statement"), where or from whom it came ("on Monday", "from the king") and the colon.
_INTRODUCING = re.compile(
    rf"\b(?P<verb>{_ISSUING})\s+(?:[Tt]he|[Aa]n?)\s+(?:[a-z0-9][\w-]*\s+){{0,2}}?(?P<noun>[a-z]+)"
    r"(?:\s+(?:from|by|on|in|via|at)\s+[^:;\"]{1,60}?)?\s*:\s*\Z")


def introducing_source(article: Article, sentence: Sentence, quote_start: int,
                       cues: SpeechCues) -> tuple[int, int] | None:
    """The source of a quotation after the colon of a sentence that introduces it as a document put out (``The
    palace issued the following statement: "..."``, ``an official account made the following announcement: "..."``,
    a thing carrying words of ``lexicon/voice_nouns.txt`` after a verb of ``lexicon/issuing_verbs.txt``): the name
    after "from" or "by" (:func:`_issued_by`), else the source phrase before the verb, read as a cue's is
    (:func:`analysis.quotes.source_phrases.source_for`: "The palace", "an official government Twitter account");
    None when the sentence introduces no such document."""
    view = article.view
    found = _INTRODUCING.search(view[sentence.start:quote_start])
    if found is None or found.group("noun") not in _VOICE_NOUNS:
        return None
    noun_end = sentence.start + found.end("noun")
    named = _named_issuer(article, noun_end)
    if named is not None:
        return named
    tokens = sentence.tokens
    verb = attr.token_index(tokens, sentence.start + found.start("verb"))
    return source_for(tokens, verb, verb, tokens[verb].lower, cues)
