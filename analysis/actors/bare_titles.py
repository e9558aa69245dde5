"""A capitalised office standing for its holder with no name after it: "the Secretary", "As President, I ...".

News and court copy capitalise an office when it stands for the one person who
holds it: "the Secretary acted within his authority", "the Governor, who had
visited him", "Governor of Virginia", "As President, I will serve". Such a
title is a mention of a person even when the article never names the holder;
written in lower case ("the secretary", "a president") it is a description and
no mention.

:func:`bare_titles` adds a person mention (``how`` "role") for every word that

* is a title before names (the dictionary's ``titles`` cue, written with a
  capital and the rest lower case) that is also a role noun
  (``lexicon/source_role_nouns.txt``: an office or a standing, not "Mr" or "Late")
  or a ruler's or presiding title (``lexicon/bare_office_titles.txt``: "the Emperor",
  "the Speaker");
* titles no name: no capitalised word follows it after a space ("President
  Obama", "Premier League", "General Motors" are names of their own), nor a
  hyphen ("President-elect"), a possessive and a capitalised word ("King's
  College"), or a person's name after the body it serves ("Secretary of State
  Mike Pompeo", "Mayor of London Sadiq Khan": ``lexicon/title_body_connectors.txt``
  between capitalised words);
* does not open its sentence unless a comma follows (an address: "General, is
  this a waiver?"; not a heading "General questions");
* is not the end of a longer capitalised name ("Orange Prince", "Assistant
  Professor"; a sentence's first word, "The" or "As", and "Madam" are no part
  of one), of a compound ("Commander-in-Chief") or of an organisation's name
  ("Department of Justice": ``lexicon/role_body_prepositions.txt`` after a
  capitalised word), and no mention covers it.

Role words right before it join the mention ("Chief Justice", "Attorney General",
"Prime Minister"). The mention is, in this order, the person

1. the sentence says holds it: the last person named before it in the sentence
   when a word of ``lexicon/predicative_words.txt`` (and perhaps "the") stands
   before it ("Fillmore served as President of ...", "Pian was Professor of ..."), or a verb giving the office
   in the passive (``lexicon/office_passive_verbs.txt``: "Mukherjee was elected President in 2012"),
   or with none before, the person named right after it and a comma ("As Attorney
   General, Barr leads ...");
2. named after it, the body it serves and a comma ("the King of Athens, Theseus");
3. named before it and a comma when punctuation closes it (an apposition: "Julie
   Payette, the Governor General of Canada, dissolved ...");
4. the article gave the same title or role before ("Governor Bob McDonnell ...
   his achievements as Governor"; of several so titled, the one named last: "Tsar Peter ...
   Tsar Aleksei ... Peter ... the Tsar" is Peter), or an earlier role phrase of the title
   ("The President ... As President"), unless a preposition or "a" stands before it
   ("ran for Governor", "the job of President", "by a Speaker": the office, not its holder);

else an actor of its own named by the title, so every "the Secretary" of an
article is one actor; its id carries the Document's ``doc_id``
(``person:secretary@<doc_id>``, as in the tables of ``analyze``): the unnamed
Secretaries of two articles are not one actor of the corpus. Offices the dictionary lists with a holder named in the
article are already role mentions (:mod:`analysis.actors.linking`) and stay so.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple, Sequence

from analysis.actors.linking import body_word_before
from analysis.actors.mention_types import Cues, actor_id_for, article_actor_id
from analysis.actors.successions import succession_verb_before
from analysis.text import lexicon
from analysis.text.document import Document, TokenColumns

MentionRow = tuple  # (start, end, surface, actor_id, actor, actor_type, how, cue), as analysis.actors.step writes
_CUE = "office without a name"
_BODY_WORDS = 9  # tokens read after a title for the body it serves and a name ("of the European Central Bank")
_MODIFIER_WORDS = 5  # lower-case words read back before a title for an apposition's comma ("the long-serving")


class _People(NamedTuple):
    """Person mentions by start and by end offset."""

    starting: dict[int, MentionRow]
    ending: dict[int, MentionRow]


def bare_titles(doc: Document, rows: Sequence[MentionRow], cues: Cues) -> list[MentionRow]:
    """Person mentions for the capitalised offices of ``doc`` that name no one after them (see the module)."""
    present = _offices(cues.titles) & doc.vocabulary
    if not present:
        return []
    columns = doc.token_columns
    texts, starts, ends, gaps = columns.texts, columns.starts, columns.ends, columns.gaps
    untitled = [index for index in _positions(texts, present) if not _titles_a_name(columns, index + 1)]
    if not untitled:
        return []  # every title names someone: the mentions need not be indexed
    persons = [row for row in rows if row[5] == "person"]
    people = _People({row[0]: row for row in persons}, {row[1]: row for row in persons})
    covered = sorted((row[0], row[1]) for row in rows)
    covered_starts = [start for start, _ in covered]
    found: list[MentionRow] = []
    for index in untitled:
        after = index + 1
        first = index
        while first > 0 and gaps[first] in (" ", "-") and texts[first - 1][:1].isupper() \
                and texts[first - 1].lower() in _modifiers():
            first -= 1  # "Chief Justice", "Attorney General", "Prime Minister"
        start, end = starts[first], ends[index]
        if _covered(covered, covered_starts, start, end) or not _standing_alone(doc, columns, first, after):
            continue
        named, apposed = _name_after(columns, people, after)
        if named:
            continue  # "Secretary of State Mike Pompeo", "Minister of Information X": a name's title
        surface = doc.text[start:end]
        actor = _predicated(doc, columns, rows, people, first, after) or _row_actor(apposed) \
            or _row_actor(_apposed_before(columns, people, first, after)) \
            or _actor(doc.text, rows, start, surface, generic=_generic(texts[first - 1]), article=doc.doc_id)
        found.append((start, end, surface, *actor, "person", "role", _CUE))
    return found


def _titles_a_name(columns: TokenColumns, after: int) -> bool:
    """Whether the title before token ``after`` is part of a name: "President Obama", "Premier League",
    "President-elect", "King's College"."""
    texts, gaps = columns.texts, columns.gaps
    return after < len(texts) and (gaps[after] == "-" or (gaps[after] == " " and texts[after][:1].isupper())
                                   or _possessive_name(columns, after))


def _positions(texts: list[str], words: frozenset[str]) -> list[int]:
    """The token indexes of the few ``words`` in ``texts``, in order: one C-level ``list.index`` walk per word
    instead of a Python test per token."""
    found = []
    for word in words:
        at = -1
        for _ in range(texts.count(word)):
            at = texts.index(word, at + 1)
            found.append(at)
    return sorted(found)


def _closes(columns: TokenColumns, after: int) -> bool:
    """Whether punctuation (or the text's end) follows the title at token ``after``, past the body it serves."""
    texts, gaps = columns.texts, columns.gaps
    index = after
    if index < len(texts) and gaps[index] == " " and texts[index] in lexicon.words("title_body_connectors"):
        index += 1
        while index < len(texts) and gaps[index] == " " and _body_word(texts[index]):
            index += 1
    return index >= len(texts) or gaps[index] != " "


def _generic(before: str) -> bool:
    """Whether the word before a title makes it the office, not its holder: a preposition ("ran for Governor",
    "the job of President") or an indefinite article ("an unusual move by a Speaker")."""
    return before in lexicon.words("role_body_prepositions") or (
        before.lower() in lexicon.words("articles") and before.lower() not in lexicon.words("definite_articles"))


def _body_word(word: str) -> bool:
    """Whether ``word`` may be part of the name of the body a title serves ("of the European Council")."""
    return word[:1].isupper() or word in lexicon.words("title_body_connectors")


def _row_actor(row: MentionRow | None) -> tuple[str, str] | None:
    """The actor id and name of a mention row, or None."""
    return None if row is None else (row[3], row[4])


def _name_after(columns: TokenColumns, people: _People, after: int) -> tuple[bool, MentionRow | None]:
    """Whether a person's name follows the title and the body it serves with no punctuation ("Secretary of
    State Mike Pompeo": the title is the name's), and the person named after the body it serves and a comma
    ("the King of Athens, Theseus")."""
    texts, gaps, starts = columns.texts, columns.gaps, columns.starts
    if after >= len(texts) or texts[after] not in lexicon.words("title_body_connectors") or gaps[after] != " ":
        return False, None
    for index in range(after + 1, min(after + _BODY_WORDS, len(texts))):
        if gaps[index] == ",":
            return False, people.starting.get(starts[index])
        if gaps[index] != " " or not (_body_word(texts[index])):
            return False, None
        if starts[index] in people.starting:
            return True, None
    return False, None


def _apposed_before(columns: TokenColumns, people: _People, first: int, after: int) -> MentionRow | None:
    """The person the title is in apposition to, named before a comma, when punctuation closes the title and
    the body it serves: "Julie Payette, the Governor General of Canada, dissolved", "Justin Trudeau, then the
    Prime Minister.", "Michael Bennet, a Senator from Colorado," (not "Boris Johnson, the Queen suspended")."""
    texts, gaps, ends = columns.texts, columns.gaps, columns.ends
    if not _closes(columns, after):
        return None
    index = first
    for _ in range(_MODIFIER_WORDS):
        if gaps[index] == ",":
            return people.ending.get(ends[index - 1]) if index > 0 else None
        if gaps[index] not in (" ", "-") or index == 0 or not texts[index - 1].islower():
            return None  # "the former", "the long-serving"
        index -= 1
    return None


def _possessive_name(columns: TokenColumns, after: int) -> bool:
    """Whether the title is a possessive followed by a capitalised word: "King's College", "the Queen's Speech"."""
    texts, gaps = columns.texts, columns.gaps
    return texts[after] == "s" and gaps[after] in ("'", "’") and after + 1 < len(texts) \
        and gaps[after + 1] == " " and texts[after + 1][:1].isupper()


def _predicated(doc: Document, columns: TokenColumns, rows: Sequence[MentionRow], people: _People, first: int,
                after: int) -> tuple[str, str] | None:
    """The actor of the last person named before the title in its sentence when the title is what that person
    is or serves as ("Fillmore served as President of ..."; past a predecessor named after a verb of succession:
    "Johnson succeeded Theresa May as Prime Minister" is Johnson's), or with none before, of the person named right
    after the title and a comma ("As Attorney General, Barr leads ..."); else None."""
    texts, starts = columns.texts, columns.starts
    index = first - 1
    if index >= 0 and texts[index].lower() in lexicon.words("definite_articles"):
        index -= 1
    if index < 0 or not (texts[index].lower() in lexicon.words("predicative_words")
                         or _passive_office_verb(texts, index)):
        return None
    sentence_at = bisect_right(doc.sentence_starts, starts[first]) - 1
    sentence = doc.sentence_starts[sentence_at] if sentence_at >= 0 else 0
    before = [row for row in rows if row[5] == "person" and sentence <= row[0] and row[1] <= starts[index]]
    last = max(before, key=lambda row: row[0]) if before else None
    verb = succession_verb_before(doc.text, last[0]) if last is not None else None
    if verb is not None:  # "Johnson succeeded Theresa May as Prime Minister": the subject, not the predecessor
        last = max((row for row in before if row[1] <= verb), key=lambda row: row[0], default=None)
    if last is not None:
        return last[3], last[4]
    named = people.starting.get(starts[after]) if after < len(texts) and columns.gaps[after] == "," else None
    return _row_actor(named)  # "As Attorney General, Barr leads ..."


def _passive_office_verb(texts: Sequence[str], index: int) -> bool:
    """Whether token ``index`` is a verb giving an office in the passive after a form of "be", perhaps one adverb
    between: "was elected (President)", "was first proclaimed (Emperor)" (not "the newly elected President")."""
    if texts[index] not in lexicon.words("office_passive_verbs"):
        return False
    back = index - 1
    if back >= 1 and texts[back].isalpha() and texts[back].islower() and texts[back] not in lexicon.words("be_forms"):
        back -= 1  # "was first proclaimed", "was twice elected"
    return back >= 0 and texts[back].lower() in lexicon.words("be_forms")


def _standing_alone(doc: Document, columns: TokenColumns, first: int, after: int) -> bool:
    """Whether the title at tokens ``first``.. is no part of a longer name and opens no sentence but an address."""
    texts, gaps, starts = columns.texts, columns.gaps, columns.starts
    sentence = doc.sentence_starts[max(bisect_right(doc.sentence_starts, starts[first]) - 1, 0)] \
        if doc.sentence_starts else 0
    opening = first == 0 or columns.ends[first - 1] <= sentence
    if opening:
        return after < len(texts) and gaps[after] == ","
    if gaps[first] == "-":
        return False  # "Commander-in-Chief": a word of a compound
    before = texts[first - 1]
    before_opens = first == 1 or columns.ends[first - 2] <= sentence
    if gaps[first] == " " and before[:1].isupper() and not before_opens \
            and before not in lexicon.words("address_titles"):
        return False  # "Orange Prince", "Assistant Professor": the end of a longer name (not "The", "As", "Madam")
    if before in lexicon.words("role_body_prepositions") and first > 1 and texts[first - 2][:1].isupper():
        return False  # "Department of Justice", "Office for Students"
    return True


def _covered(covered: Sequence[tuple[int, int]], covered_starts: Sequence[int], start: int, end: int) -> bool:
    """Whether a mention (of the sorted ``covered`` spans) overlaps ``[start, end)``; mentions do not nest deeply."""
    at = bisect_left(covered_starts, end)
    return any(other_end > start for _, other_end in covered[max(0, at - 8):at])


def _actor(text: str, rows: Sequence[MentionRow], start: int, surface: str, *, generic: bool,
           article: str) -> tuple[str, str]:
    """The actor id and name: of the persons before ``start`` the article gave the title ("Governor Bob
    McDonnell", "former Pennsylvania Senator Rick Santorum") or an earlier role phrase of the same title ("The
    President ... As President"), the one named last (by any mention), else the title's own actor, of the
    ``article`` (its doc_id; none for a loose text). A title given after the body it serves ("Senate President
    Thomas Rivera Schatz") is that body's office, not the bare one ("the U.S. President"). An office after a
    preposition is the office, not its holder ("ran for Governor", "the job of President"): its own actor."""
    if not generic:
        key = surface.lower()
        latest: dict[str, MentionRow] = {}  # each person's last mention before the title
        holders: set[str] = set()
        for row in rows:
            if row[0] < start and row[5] == "person":
                if row[3] not in latest or row[0] > latest[row[3]][0]:
                    latest[row[3]] = row
                if _titled(row, key) and not _body_titled(text, row, key):
                    holders.add(row[3])
        if holders:
            holder = max((latest[actor] for actor in holders), key=lambda row: row[0])
            return holder[3], holder[4]
    return article_actor_id(actor_id_for("person", surface), article), surface


def _titled(row: MentionRow, title: str) -> bool:
    """Whether a person mention was given ``title`` ("title: Governor", "role: Pennsylvania Senator", not "role:
    Chief Minister" for "Deputy Chief Minister") or is a role phrase of it ("The President" for "President")."""
    cue = row[7].lower()
    if cue.startswith(("title: ", "role: ")) and (" " + cue.split(": ", 1)[1]).endswith(" " + title):
        return True
    return row[6] == "role" and (" " + row[2].lower()).endswith(" " + title)


def _body_titled(text: str, row: MentionRow, title: str) -> bool:
    """Whether the person mention ``row`` was given ``title`` right after the body the title serves: "Senate" of
    "Senate President Thomas Rivera Schatz" (:func:`analysis.actors.linking.body_word_before`)."""
    if not row[7].lower().startswith(("title: ", "role: ")):
        return False
    at = text.rfind(row[7].split(": ", 1)[1], max(0, row[0] - len(title) - 40), row[0])
    return at >= 0 and body_word_before(text, at) is not None


@lru_cache(maxsize=8)
def _offices(titles: frozenset[str]) -> frozenset[str]:
    """The titles that are offices or standings (role nouns, rulers), as the dictionary writes them."""
    roles = lexicon.words("source_role_nouns") | lexicon.words("bare_office_titles")
    return frozenset(title for title in titles if title.lower() in roles and title[1:].islower())


@lru_cache(maxsize=1)
def _modifiers() -> frozenset[str]:
    """Words that join a title before it: role nouns and office modifiers ("chief", "attorney", "prime")."""
    return lexicon.words("source_role_nouns") | lexicon.words("office_modifiers")
