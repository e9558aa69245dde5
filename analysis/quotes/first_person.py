"""Who "I" is: the speaker of the passage a first-person source stands in, never a person it talks about.

An "I" outside quotation marks ("As I said, ...", "I would say ...") is the
voice of the text around it: the interviewee in an interview's answer, the
interviewer in a question, the counsel speaking in a court transcript. So:

* in a transcript with **turn labels** (paragraphs opening with
  ``((Aparna Garg))`` or ``Naomi Martisius:``, each label at least twice), "I" is the person of the
  latest label before it; a label naming no person (``((WN))``, ``Q:``) is
  an unnamed interviewer, so the speaker is unknown;
* without labels, an "I" in a paragraph that ends with a question mark is the
  interviewer asking, so the speaker is unknown too;
* without labels, a paragraph that closes by **calling a person by name** alone
  (``Miss Rosenthal?``, ``General Prelogar.``: a last sentence of nothing but
  titles and a person's name) gives that person the floor, as a presiding judge
  or a moderator does: an "I" in the paragraphs after it is that person, up to the
  next call or the next paragraph that ends with a question (someone else's turn
  may follow it) (:func:`floor_at`);
* "you" in a turn whose label names no person (the interviewer's: ``((WN))
  Previously you had mentioned "..."``, ``On your website, you wrote "..."``) is
  the person of the next turn label, who answers (:func:`addressed_interviewee`); not
  in an inverted question ("How did you confirm ...", "What would you say"), which
  reports nothing said;
* otherwise "I" is looked for like "he" (:mod:`analysis.quotes.speakers`),
  but a person named inside a **first-person passage** (a paragraph whose own
  words, quotations left out, say "I", "me" or "my") is someone that voice
  talks about ("Frank Rack got in touch ... that I could help"), never the
  voice itself; a person introduced in third-person prose ("Wikinews
  interviewed Bill Hammons") still can be.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from analysis.quotes.context import Article, Mention, Spans
from analysis.text.lexicon import words

__all__ = ["FIRST_PERSON_SINGULAR", "Turn", "addressed_interviewee", "first_person_passages", "floor_at", "in_question",
           "is_first_person", "is_second_person", "turns"]

# First-person singular words that mark a passage as someone's own voice (lower case; "I" is matched as a word).
FIRST_PERSON_SINGULAR = words("first_person_singular")

# A turn label opening a paragraph: "((Name))" or a short capitalised "Name:" (at most five words).
_LABEL = re.compile(r"\(\(([^()\n]{1,60})\)\)|([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,4}):(?=\s)")


@dataclass(frozen=True)
class Turn:
    """A transcript turn: where its label starts and the person mention the label names (None: no person)."""

    start: int
    person: Mention | None


def is_first_person(source: str | None) -> bool:
    """Whether a source is the first-person singular "I"."""
    return source is not None and source.strip().lower() == "i"


def turns(article: Article) -> list[Turn]:
    """The article's turn labels in text order (an empty list when it has none); computed once per article."""
    found = article.memo.get("turns")
    if found is None:
        found = article.memo["turns"] = _turns(article)
    return found


def _turns(article: Article) -> list[Turn]:
    """Labels opening paragraphs; a label counts only when the same one opens another paragraph too (a
    transcript's speakers take several turns; a caption's "Name Image:" opens one)."""
    text = article.text
    matches = [match for match in (_LABEL.match(text, start, end) for start, end in article.document.paragraphs)
               if match is not None]
    repeated = Counter(match.group() for match in matches)
    out = []
    for match in matches:
        if repeated[match.group()] < 2:
            continue
        people = [m for m in article.mentions.starting_in(match.start(), match.end())
                  if m.actor_type == "person" and m.end <= match.end()]
        out.append(Turn(match.start(), people[-1] if people else None))
    return out


def is_second_person(source: str | None) -> bool:
    """Whether a source ends with "you" ("you", "((WN))  Previously you")."""
    return source is not None and source.rstrip()[-3:].lower() == "you" and source.rstrip()[-4:-3] in ("", " ")


def addressed_interviewee(article: Article, source_start: int, source_end: int) -> Mention | None:
    """The person "you" (a source ending at ``source_end``) is in an interviewer's turn: the person of the next
    turn label, when the latest label before it names no person and "you" follows no auxiliary (an inverted
    question, "did you", "would you", reports nothing said). None otherwise."""
    labels = turns(article)
    index = bisect_right(labels, source_start, key=_turn_start) - 1
    if index < 0 or labels[index].person is not None or index + 1 >= len(labels):
        return None
    before = article.view[max(labels[index].start, source_end - 40):source_end - 3].split()
    if before and (before[-1].lower() in _AUXILIARIES or before[-1].lower().endswith("n't")):
        return None
    return labels[index + 1].person


_AUXILIARIES = words("modal_verbs") | words("do_forms") | words("have_forms") | words("be_forms")


def turn_at(article: Article, position: int) -> Turn | None:
    """The latest turn label starting before ``position`` (None when the article has none before it)."""
    labels = turns(article)
    index = bisect_right(labels, position, key=_turn_start) - 1
    return labels[index] if index >= 0 else None


def _turn_start(turn: Turn) -> int:
    return turn.start


def floor_at(article: Article, position: int) -> Mention | None:
    """The person the latest call to the floor before ``position``'s paragraph names: a paragraph whose last
    sentence is only a person's name, after any titles ("Miss Rosenthal?", "General Prelogar."). None when
    there is none, or when a paragraph ending with a question stands after it (the floor may have passed to
    whoever answers). Calls are found once per article."""
    calls = article.memo.get("floor_calls")
    if calls is None:
        calls = article.memo["floor_calls"] = _floor_calls(article)
    index = bisect_right(calls, position, key=_call_end) - 1
    return calls[index][1] if index >= 0 else None


def _call_end(call: tuple[int, Mention | None]) -> int:
    return call[0]


def _floor_calls(article: Article) -> list[tuple[int, Mention | None]]:
    """(paragraph end, person) of every paragraph that closes by calling a person by name alone, and
    (paragraph end, None) of every other paragraph that ends with a question mark."""
    view, titles = article.view, article.lexicon.titles
    out: list[tuple[int, Mention | None]] = []
    for start, end in article.document.paragraphs:
        stop = len(view[start:end].rstrip()) + start - 1  # the paragraph's last mark
        if stop <= start or view[stop] not in "?.":
            continue
        named = [m for m in article.mentions.overlapping(stop - 1, stop) if m.end == stop and m.actor_type == "person"]
        if named and _called(view, start, named[0].start, titles):
            out.append((end, named[0]))
        elif view[stop] == "?":
            out.append((end, None))
    return out


def _called(view: str, paragraph_start: int, name_start: int, titles: frozenset[str]) -> bool:
    """Whether only titles ("Miss", "Mr.", "General") stand between the name at ``name_start`` and the
    start of its sentence (the paragraph's start or a sentence's closing mark)."""
    words = view[paragraph_start:name_start].split()
    while words and words[-1].lower().rstrip(".") in titles:
        words.pop()
    return not words or words[-1].endswith(_CLOSING)


_CLOSING = (".", "?", "!")


def first_person_passages(article: Article, quoted: Spans) -> list[tuple[int, int]]:
    """Spans of the paragraphs whose own words (outside ``quoted``) include a first-person singular word."""
    found = article.memo.get("first_person_passages")
    if found is not None:
        return found
    found = []
    for start, end in article.document.paragraphs:
        for match in re.finditer(r"[A-Za-z']+", article.view[start:end]):
            word = match.group().lower()
            if word in FIRST_PERSON_SINGULAR and (word != "i" or match.group() == "I") \
                    and not quoted.contain(start + match.start(), start + match.end()):
                found.append((start, end))
                break
    article.memo["first_person_passages"] = found
    return found


def in_question(article: Article, position: int) -> bool:
    """Whether ``position`` stands in a paragraph that ends with a question mark: in an interview without
    turn labels, the interviewer's turn ("As far as I can tell, ... wouldn't it be better?"), so an "I"
    there is the interviewer, never the interviewee named in the introduction."""
    paragraphs = article.document.paragraphs
    index = bisect_right(paragraphs, (position, len(article.view))) - 1
    if index < 0 or position >= paragraphs[index][1]:
        return False
    start, end = paragraphs[index]
    return article.view[start:end].rstrip().endswith("?")


def in_passages(passages: Sequence[tuple[int, int]], position: int, starts: Sequence[int] | None = None) -> bool:
    """Whether ``position`` lies in one of ``passages`` (sorted, disjoint spans); ``starts``: their starts, when
    the caller asks about many positions."""
    index = bisect_right([start for start, _ in passages] if starts is None else starts, position) - 1
    return index >= 0 and position < passages[index][1]
