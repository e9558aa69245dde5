"""Persons named inside a place's or a body's name: "George Washington" in "the George Washington Bridge", "Jack
London" in "Jack London Square", "Sheikh Zayed" in "Sheikh Zayed Grand Mosque", "Clinton" in "the Clinton Foundation"
after "Bill Clinton".

Annotators of news corpora mark the person inside such a name as a mention of that person, as they mark the place
inside "the University of California" (:mod:`analysis.actors.inner_places`). Counted as the person's own mention,
though, every story about a bridge would be one about a president, so the person gets a row with ``how ==
"inner"`` (a cue naming the name around it) that every count, ranking, tone and speaker leaves out, as the inner
places' rows do.

Only a sure sign that the words are a person's name counts, never any capitalised word:

* a known first name (not a town's name, a ``not_names`` word or one of ``lexicon/not_inner_first_names.txt``:
  "Royal Air Force", "Santa Clara University"), any initials and first names after it, and one surname
  ("George Washington", "Doris Day", "John F. Kennedy", "William Lloyd Garrison");
* a title that opens a person's name in a place's name (``lexicon/inner_name_titles.txt``) and one name word
  ("Sheikh Zayed Grand Mosque", "Madame Tussauds Museum");
* the surname of a person the article names in full, opening the name ("the Clinton Foundation" after "Bill
  Clinton"; not a town's name: "Kyoto University" after "Ann Kyoto"), with that person's actor id, as a title and
  that surname has ("the King Fahd Causeway" after "Fahd bin Abdulaziz" does not: not his surname; "the Emperor
  Norton Bridge" after "Joshua Norton" does).

The person's name opens the name around it or follows a head word or an article inside it ("Port Authority
George Washington Bus Station"; not "San Jose State University"), and ends before that name's last word ("Morgan
Stanley" is a bank, not a person); after a first name or a title, a head word of the dictionary follows it in that
name ("Bridge", "Foundation", "Institute for ..."): in a name with none, typed by its context, the words after a first
name are no surname to be sure of ("Wycliffe Bible Translators", after John Wycliffe's Bible). Its later words are
capitalised, no head word ("Bridge", "University"), title or ``not_names`` word, and none the text also writes in
lower case ("Johnson Space Center" in a story about space).
It does not start where the dictionary names a place or a nationality ("Abu Dhabi TV", "German Aerospace Center",
"West Virginia Senate" after "Kanye West"), its last word is no place the article names alone ("Taj Socotra Hotel"
on Socotra), and the whole is no town's name.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Sequence

from analysis.actors.address_words import prose_vocabulary
from analysis.actors.compiled import CompiledDictionary
from analysis.actors.mention_types import INNER, PLACE_KINDS, Cues, actor_id_for, fold_key
from analysis.actors.name_shapes import given_name
from analysis.text import lexicon
from analysis.text.document import Document

CONTAINER_TYPES = frozenset({"organization", "media", "place"})
_NAMED = frozenset({"dictionary", "alias", "discovered"})  # a name of the text, not a demonym, role or metonym
SUFFIXES = lexicon.words("name_suffixes")  # "Martin Luther King Jr Boulevard"

MentionRow = tuple  # (start, end, surface, actor_id, actor, actor_type, how, cue), as the actors step's rows


def inner_person_rows(
    doc: Document, text: str, rows: Sequence[MentionRow], compiled: CompiledDictionary
) -> list[MentionRow]:
    """A row for each person named inside a place, organisation or media mention of ``rows`` (``doc``: the
    document masked as the dictionary matched it; ``text``: the text the surfaces are cut from)."""
    containers = [row for row in rows if row[5] in CONTAINER_TYPES and row[6] in _NAMED and " " in row[2]]
    if not containers:
        return []
    persons = {row[2]: row for row in rows if row[5] == "person" and row[6] != INNER}
    surnames = {name.rsplit(" ", 1)[1]: row for name, row in persons.items() if " " in name}
    places = frozenset(row[2] for row in rows if row[5] in PLACE_KINDS and row[6] != INNER)
    found: list[MentionRow] = []
    cues, entries = compiled.cues, compiled.dictionary.entries

    def place_word(payload: tuple[str, str]) -> bool:  # a place's name or a demonym of the dictionary
        entry = entries.get(payload[0])
        return entry is not None and entry.type in PLACE_KINDS

    for row in containers:
        span = _person_inside(doc, row, cues, surnames, places)
        if span is None or any(match.start == span[0] for match in
                               compiled.names.iter_matches_within(doc, row[0], row[1], accept=place_word)):
            continue  # "Abu Dhabi TV", "German Aerospace Center", "West Virginia Senate" after "Kanye West"
        start, end = span
        name = text[start:end]
        known = persons.get(name) or surnames.get(_surname_of(name))
        actor_id, actor = (known[3], known[4]) if known is not None else (actor_id_for("person", name), name)
        found.append((start, end, name, actor_id, actor, "person", INNER, f"inside {row[2]!r}"))
    return found


def _surname_of(name: str) -> str:
    """The word of an inner name that may be the surname of a person the article names in full: the name of one
    word ("Clinton" of "the Clinton Foundation"), or the name after a title ("Norton" of "the Emperor Norton
    Bridge" after "Joshua Norton"); "" for a given name and a surname, which is the person's own full name."""
    words = name.split()
    if len(words) == 1:
        return name
    return words[-1] if len(words) == 2 and words[0] in lexicon.words("inner_name_titles") else ""


def _person_inside(
    doc: Document, row: MentionRow, cues: Cues, surnames: dict[str, MentionRow], places: frozenset[str]
) -> tuple[int, int] | None:
    """The span of the person's name inside one mention, or None (also when its last word is a place the article
    names alone: "Taj Socotra Hotel" on Socotra)."""
    columns = doc.token_columns
    first, stop = bisect_left(columns.starts, row[0]), bisect_right(columns.ends, row[1])
    texts, gaps, vocabulary = columns.texts, columns.gaps, prose_vocabulary(doc)
    for position in range(first, stop - 1):
        word = texts[position]
        if not word[:1].isupper() or (position > first and not _opens_after(texts[position - 1], cues)):
            continue
        if position == first and word in surnames and _name_word(word, cues) and gaps[position + 1] == " " \
                and fold_key(word) not in cues.place_names:  # not "Kyoto University" after "Ann Kyoto"
            return columns.starts[position], columns.ends[position]
        if given_name(cues.given_names, word) and fold_key(word) not in cues.place_names \
                and word not in cues.not_names and word not in lexicon.words("not_inner_first_names"):
            size = _name_words(texts, gaps, position + 1, stop - 1, cues, middle=True)
        elif word in lexicon.words("inner_name_titles"):
            size = _name_words(texts, gaps, position + 1, stop - 1, cues, middle=False)
        else:
            continue
        if size and not any(texts[i].lower() in vocabulary for i in range(position + 1, position + 1 + size)) \
                and _headed_after(texts, position + size + 1, stop, cues):
            last = position + size  # not "Johnson Space Center", "King Power Stadium" where the text writes "space"
            name = " ".join(texts[position:last + 1])
            if fold_key(name) not in cues.place_names and texts[last] not in places:
                return columns.starts[position], columns.ends[last]
    return None


def _headed_after(texts: Sequence[str], position: int, stop: int, cues: Cues) -> bool:
    """Whether a head word of the dictionary ("Bridge", "Foundation", "Institute") stands among the words from
    ``position`` to ``stop`` (the rest of the name around a person's): the words before it then modify it, a person's
    name among them. A name with no head word ("Wycliffe Bible Translators", typed by its context) may be a first
    name's namesake and common nouns: what follows a first name there is no surname to be sure of."""
    return any(texts[i] in cues.head_words for i in range(position, stop))


def _opens_after(word: str, cues: Cues) -> bool:
    """Whether a person's name may start after ``word`` inside a longer name: an article or a head word."""
    return word in cues.head_words or word.lower() in lexicon.words("articles")


def _name_words(
    texts: Sequence[str], gaps: Sequence[str], position: int, stop: int, cues: Cues, *, middle: bool
) -> int:
    """How many words from ``position``, before ``stop`` (the last word of the name around them, which stays
    outside), end a person's name: with ``middle``, initials and first names ("F.", "Luther"), then one surname
    and maybe a suffix ("Jr"); without, the surname alone. 0 when there is none."""
    size = 0
    while middle and position + size < stop - 1 and gaps[position + size] in (" ", ".") \
            and (_initial(texts[position + size]) or given_name(cues.given_names, texts[position + size])) \
            and _name_word(texts[position + size + 1], cues):
        size += 1
    if not (position + size < stop and gaps[position + size] in (" ", ".") and _name_word(texts[position + size], cues)
            and not _initial(texts[position + size])):
        return 0
    size += 1
    if position + size < stop and texts[position + size] in SUFFIXES:
        size += 1
    return size


def _name_word(word: str, cues: Cues) -> bool:
    """A word that may be part of a person's name: capitalised (or an initial), and no head word, title or
    known non-name."""
    return word[:1].isupper() and (_initial(word) or not word.isupper()) and word not in cues.head_words \
        and word not in cues.titles and word not in cues.not_names


def _initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()
