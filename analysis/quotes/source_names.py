"""Reading a person's name from a source phrase's own words, when the mentions table has none there.

Speaker resolution (:mod:`analysis.quotes.speakers`) falls back on
:func:`unlisted_name` for a source such as "Member of Parliament (MP) Yvette
Cooper of the Labour Party" whose name no mention covers; a name after a
preposition ("a lawyer for Steven Marsh", :func:`after_preposition`) is not
who speaks.
"""
from __future__ import annotations

import re
from typing import Sequence

from analysis.quotes.context import Article, Mention, SpeakerLexicon
from analysis.quotes.given_names import written_before
from analysis.quotes.possessors import people_noun
from analysis.text.lexicon import words

PREPOSITION_WORDS = words("source_name_prepositions")
_WRITTEN_WORD = re.compile(r"\S+")  # a word as written, punctuation attached
_ARTICLES = words("articles")
_DEFINITE = words("definite_articles")  # "the"


def after_preposition(article: Article, source_start: int, position: int) -> bool:
    """``a doctor at a hospital in nearby Wad Madani``, ``a lawyer for Steven Marsh``: a name after a
    preposition (titles and one lower-case word between allowed) is not who speaks; nor the object of a
    participle after people (``doctors treating Steven Marsh``, ``a lawyer representing Marsh``)."""
    words = article.view[source_start:position].split()
    titles = article.lexicon.titles
    while words and words[-1].rstrip(".").lower() in titles:
        words.pop()
    if len(words) > 1 and words[-1].islower() and words[-1].endswith("ing") and people_noun(words[-2].strip(",")):
        return True
    if words and words[-1].islower() and words[-1] not in PREPOSITION_WORDS:
        words.pop()
    return bool(words) and words[-1] in PREPOSITION_WORDS


_NAME_WORD = re.compile(r"[A-Z][\w'-]*\Z")


def unlisted_name(article: Article, start: int, end: int, inner: Sequence[Mention]) -> str | None:
    """A person name the mentions table missed, from the source's own words.

    ``Member of Parliament (MP) Yvette Cooper of the Labour Party``: the last
    run of two or more capitalised words outside any mention, titles and
    organisation words left out, and none of a name opened after "the" or a
    preposition (:func:`_names_no_speaker`). A lone capitalised surname ("Cengiz") takes
    the given name written before it earlier in the article ("Hatice
    Cengiz"), when the word before is no title.
    """
    segment = article.view[start:end]
    lexicon = article.lexicon
    runs: list[list[str]] = [[]]
    previous = ""  # the word before, as written
    other_name = False  # inside a name that is no speaker's: after a preposition or "the"
    for match in _WRITTEN_WORD.finditer(segment):
        word_start = start + match.start()
        written = match.group()
        word = written.strip(",;:")
        free = not any(m.start <= word_start < m.end for m in inner)
        if free and _NAME_WORD.match(word) and not _title_or_body(word, lexicon):
            if runs[-1] or not (other_name or _names_no_speaker(article, start, word_start, previous)):
                runs[-1].append(word)
            else:
                other_name = True
        else:
            other_name = False
            if runs[-1]:
                runs.append([])
        if written != word:
            other_name = False  # "for Smith, Jo Roe": punctuation ends the name
        previous = written
    names = [run for run in runs if len(run) >= 2]
    if names:
        return " ".join(names[-1])
    words = segment.split()
    if inner or len(words) != 1 or not _NAME_WORD.match(words[0]) or _title_or_body(words[0], lexicon):
        return None
    surname = words[0]
    for match_end, given in written_before(article, surname):
        if match_end > start:
            break
        if not _title_or_body(given, lexicon):
            return f"{given} {surname}"
    return None


def _names_no_speaker(article: Article, source_start: int, position: int, previous: str) -> bool:
    """Whether a capitalised word at ``position`` opens a name that is no speaker's: one after a preposition
    ("data from the Gun Violence Archive", :func:`after_preposition`) or right after "the" ("the National
    Conference of State Legislatures", "the Rocky Linux project": a person's name never follows "the" alone,
    only with a title or description between). The capitalised words right after it go on with that name
    ("Violence Archive" is no person)."""
    return previous.lower() in _DEFINITE or after_preposition(article, source_start, position)


def _title_or_body(word: str, lexicon: SpeakerLexicon) -> bool:
    """A title ("Senator"), an article or an organisation word ("Department"): not part of a person's name."""
    lower = word.rstrip(".").lower()
    return lower in lexicon.titles or lower in _ARTICLES or lower in lexicon.organization_words
