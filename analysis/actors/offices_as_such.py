"""An office named as an office ("ran for Governor", "the office of Speaker", "served as President"): counted nowhere.

A role phrase stands for the person holding the office when the sentence has that
person act or speak ("the President said", "the Governor signed", "the Speaker
ruled"). News writes the same words for the office itself, as what is sought,
held, taken or left: "ran for Governor of Colorado", "the race for President",
"the Democratic Party's nominee for President", "resumed the office of Speaker",
"prepared you for the job of President", "Chirac, who served as President of
France", "Johnson succeeding her as the Prime Minister". Counted as person
mentions these inflate the offices' and their holders' counts: every candidate
interview of a campaign asks about "the job of President", and a linked office
("campaign for President" as the sitting president) credits a person the sentence
does not speak of.

:func:`with_offices_as_such` marks a role row (``how == "role"``) as the office
(``how == "office"``; type, id and cue kept) when, past an article, a
possessive name ("Puerto Rico's"), capitalised words and initials ("the Lord Mayor", "U.S.") or words that
tell no holder from another ("the junior", ``lexicon/role_generic_modifiers.txt``), it
is the object of

* "for" after a word of seeking an office (``lexicon/office_seeking_words.txt``:
  "ran for", "race for", "nominee for", "nomination for"), or after "and"/"or" that
  continues such a "for" earlier in the sentence ("ran for Congress in 2008, and for
  Governor in 2018");
* "of" after a noun of the office itself, with no article between
  (``lexicon/office_post_nouns.txt``: "the office of Speaker", "the post of Speaker",
  "the job of President"; not "the office of the President", a body, nor "the
  position of the Governor on the bill", his);
* "as" after a word or phrasal verb of holding, taking or leaving an office
  (``lexicon/office_holding_words.txt``: "served as", "terms as", "was sworn in as"), perhaps
  with its object between, a pronoun or a name ("succeeded him as", "named Ann Lee as");

or the object of a verb filling the office (``lexicon/office_filling_verbs.txt``: "Citizens do
not elect the Prime Minister directly", "the Electoral College that elects the U.S. President").

An office written with a bracketed plural ending ("Which past U.S. president(s) do you most
admire?") is any of its holders, none named: an office row too. An office followed by a
possessive is its holder ("the campaign for the President's re-election"), and "As
President, I will ..." opening a sentence is left as it is.
Like a name in a picture credit (:mod:`analysis.actors.credits`), the row stays in
the table, as GUM annotates such offices as mentions, and no count, ranking, tone or
speaker uses it (:data:`analysis.actors.mention_types.UNCOUNTED_HOW`).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Sequence

from analysis.actors.mention_types import OFFICE
from analysis.text import lexicon
from analysis.text.document import Document, TokenColumns

_SKIPPED = 4  # words read back past the frame's preposition: "as Puerto Rico's", "for the Lord"
_HOLDING_WORDS = 3  # words read back before "as" for a word of holding an office: "succeeded him as"
_COORDINATED_WORDS = 30  # words read back from "and for" to the "for" it continues
_APOSTROPHES = ("'", "’")
_LINKS = frozenset({"for", "of", "as"})  # the prepositions whose object may be the office itself


def with_offices_as_such(doc: Document, rows: Sequence[tuple]) -> list[tuple]:
    """``rows`` (mention rows: start, end, surface, actor_id, actor, actor_type, how, cue, ...; in text order) with
    each role row that names an office as an office marked (see the module): ``how`` "office", the cue kept (it says
    how the phrase was read: "office without a name", "role held by 'X'")."""
    if not any(row[6] == "role" for row in rows):
        return list(rows)
    columns = doc.token_columns
    marked = []
    for row in rows:
        if row[6] == "role" and _office_as_such(doc, columns, row[0], row[1]):
            row = (*row[:6], OFFICE, *row[7:])
        marked.append(row)
    return marked


def _office_as_such(doc: Document, columns: TokenColumns, start: int, end: int) -> bool:
    """Whether the role phrase at ``[start, end)`` is the object of a frame naming the office itself."""
    texts, gaps = columns.texts, columns.gaps
    first = bisect_left(columns.starts, start)
    after = bisect_left(columns.starts, end)
    if after < len(texts) and texts[after] == "s" and gaps[after] in _APOSTROPHES:
        return False  # "the campaign for the President's re-election": the holder
    if after < len(texts) and texts[after] == "s" and gaps[after] == "(":
        return True  # "Which past U.S. president(s) do you admire?": any holders, none of them named
    link, articles = _link_before(columns, first)
    if link < 1 or gaps[link] != " ":
        return False  # no frame, or one opening its sentence ("As President, I will ...")
    word = texts[link]
    if word in lexicon.words("office_filling_verbs"):
        return True  # "voters elect the President": the office filled
    if word == "for":
        return _seeking(doc, columns, link)
    if word == "of":  # "the office of Speaker", not "the office of the President" (a body)
        return not articles and texts[first].lower() not in lexicon.words("articles") \
            and texts[link - 1].lower() in lexicon.words("office_post_nouns")
    return _holding(columns, link)


def _link_before(columns: TokenColumns, first: int) -> tuple[int, bool]:
    """The token index of the preposition (or verb filling an office) the phrase at token ``first`` is the object of,
    read back past an article, a possessive name, capitalised words and words telling no holder from another (-1
    when none), and whether an article stood between."""
    texts, gaps = columns.texts, columns.gaps
    index, articles = first - 1, False
    for _ in range(_SKIPPED + 1):
        if index < 0:
            return -1, articles
        word, gap = texts[index], gaps[index + 1]
        if gap != " " and not (gap in _APOSTROPHES and texts[index + 1] == "s" and word[:1].isupper()) \
                and not (gap == "." and len(word) == 1 and word.isupper()):
            return -1, articles  # punctuation between (but "U.S."), or a possessive of a common word
        if word in _LINKS or word in lexicon.words("office_filling_verbs"):
            return (index, articles) if gap == " " else (-1, articles)
        if word.lower() in lexicon.words("articles"):
            articles = True
        elif not (word[:1].isupper() or (word == "s" and gaps[index] in _APOSTROPHES) or word[:1].isdigit()
                  or word in lexicon.words("role_generic_modifiers")):
            return -1, articles
        index -= 1
    return -1, articles


def _seeking(doc: Document, columns: TokenColumns, link: int) -> bool:
    """Whether the "for" at token ``link`` follows a word of seeking an office, or "and"/"or" continuing such a "for"
    earlier in its sentence ("ran for Congress in 2008, and for Governor")."""
    texts, starts = columns.texts, columns.starts
    before = texts[link - 1].lower()
    if before in lexicon.words("office_seeking_words"):
        return True
    if before not in lexicon.words("list_conjunctions"):
        return False
    sentence_at = bisect_right(doc.sentence_starts, starts[link]) - 1
    sentence = doc.sentence_starts[sentence_at] if sentence_at >= 0 else 0
    for index in range(link - 2, max(link - _COORDINATED_WORDS, 0), -1):
        if starts[index] < sentence:
            return False
        if texts[index] == "for" and texts[index - 1].lower() in lexicon.words("office_seeking_words"):
            return True
    return False


def _holding(columns: TokenColumns, link: int) -> bool:
    """Whether a word or phrasal verb of holding, taking or leaving an office stands before the "as" at token
    ``link``, perhaps a pronoun or a name between, spaces only ("served as", "succeeded him as", "was sworn in as";
    not "served food as the President arrived"); never a sentence's "As"."""
    texts, gaps = columns.texts, columns.gaps
    if texts[link] != "as":
        return False
    holding = lexicon.words("office_holding_words")
    index = link - 1
    for _ in range(_HOLDING_WORDS):
        word = texts[index].lower()
        if word in holding or (index > 0 and gaps[index] == " " and f"{texts[index - 1].lower()} {word}" in holding):
            return True
        if index < 1 or gaps[index] != " " or not (word in lexicon.words("personal_pronouns")
                                                   or texts[index][:1].isupper()):
            return False  # "served food as the President arrived": no object but a person's
        index -= 1
    return False
