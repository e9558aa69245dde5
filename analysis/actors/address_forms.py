"""Persons addressed by an office or an honorific instead of a name: "Mr. President", "Your Honor", "my Lords".

Speeches, hearings and interviews address people by what they are: a title of
address and an office with no name after it ("Mr. Chief Justice", "Madam
Speaker": ``lexicon/address_titles.txt`` and the dictionary's titles), or a
possessive (``lexicon/address_possessives.txt``) and an honorific ("Your
Honor", "Her Majesty": ``lexicon/honorifics.txt``; "My Lord", "my Lords" after
"my" only: ``lexicon/peer_honorifics.txt``, since "Our Lord" and "his Lord"
name God). Each is a person's mention; the name runs of
:mod:`analysis.actors.discovery` never yield one, since a title is stripped
from a name and nothing is left. Not when a name follows ("Mr. President
Ramaphosa" is the name's title), nor an honorific with a possessive "'s" or
inside a dictionary actor ("Her Majesty's Government", "His Majesty's Treasury":
a body's name). Only the tokens of these short lists are looked at, and only
when the text has one.

An address form names whoever the article's speaker addresses, a different person
in every article: :func:`scoped_address_rows` gives it the person the article
titled with its office ("Chief Justice John Roberts ... Mr. Chief Justice"), an
honorific the person titled with an office it honours, of a gender its possessive
allows ("Her Majesty" and "Queen Elizabeth II", "Your Honor" and "Judge Ama
Boateng": ``lexicon/honorific_offices.txt``), else an actor of that article only (``person:your-honor@<doc_id>``, as unnamed
offices are in :mod:`analysis.actors.bare_titles`), so that every judge of a corpus
addressed as "Your Honor" is not one actor.
"""
from __future__ import annotations

from typing import Sequence

from analysis.actors.mention_types import Candidate, actor_id_for, article_actor_id, fold_key
from analysis.actors.name_context import NameContext
from analysis.actors.name_runs import Token
from analysis.text import lexicon

ADDRESS_TITLES = lexicon.words("address_titles")
HONORIFICS = lexicon.words("honorifics")
PEER_HONORIFICS = lexicon.words("peer_honorifics")  # after "my" only: "My Lord", not "Our Lord"
POSSESSIVES = lexicon.words("address_possessives")
FIRST_PERSON = lexicon.words("first_person_singular")
FEMALE_WORDS, MALE_WORDS = lexicon.words("female_words"), lexicon.words("male_words")
CUE = "address:"
_TRIGGERS = ADDRESS_TITLES | HONORIFICS | PEER_HONORIFICS


def address_forms(ctx: NameContext, vocabulary: frozenset[str]) -> list[Candidate]:
    """The persons addressed by an office or an honorific in the context's text, in text order; ``vocabulary``
    (the text's distinct words) says cheaply whether the text has a word of the two lists at all."""
    if _TRIGGERS.isdisjoint(vocabulary):
        return []
    found = []
    for token in [token for token in ctx.tokens if token.text in _TRIGGERS]:
        if token.text in ADDRESS_TITLES:
            end = _office_after_title(ctx, token)
        elif token.index > 0 and (token.text in HONORIFICS or token.text in PEER_HONORIFICS
                                  and ctx.tokens[token.index - 1].text.lower() in FIRST_PERSON):
            end = _honorific_end(ctx, token)
        else:
            continue
        if end is not None:
            found.append(_candidate(ctx, token.index if token.text in ADDRESS_TITLES else token.index - 1, end))
    return found


def _office_after_title(ctx: NameContext, title: Token) -> int | None:
    """The index of the last office word after a title of address ("Mr. Chief Justice"), or None when a name
    or nothing follows."""
    tokens, titles = ctx.tokens, ctx.cues.titles
    last = None
    for i in range(title.index + 1, min(title.index + 4, len(tokens))):
        token = tokens[i]
        if token.gap.strip() not in ("", ".") or "\n" in token.gap or token.text not in titles \
                or token.text in ADDRESS_TITLES:
            break
        last = i
        if token.possessive:
            break
    if last is None:
        return None
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    if following is not None and following.gap == " " and following.text[:1].isupper():
        return None  # "Mr. President Ramaphosa": the title of a name
    return last


def _honorific_end(ctx: NameContext, honorific: Token) -> int | None:
    """The honorific's index when a possessive right before it makes it a person ("Your Honor"), else None."""
    before = ctx.tokens[honorific.index - 1]
    if before.text.lower() not in POSSESSIVES or honorific.gap != " " or honorific.possessive \
            or ctx.labels[honorific.index] != "free":
        return None
    following = ctx.tokens[honorific.index + 1] if honorific.index + 1 < len(ctx.tokens) else None
    if following is not None and following.gap == " " and following.text[:1].isupper():
        return None  # "His Majesty King Charles", "Her Majesty Revenue": a title or a body's name
    return honorific.index


def _candidate(ctx: NameContext, first: int, last: int) -> Candidate:
    tokens: Sequence[Token] = ctx.tokens
    start, end = tokens[first].start, tokens[last].end
    name = " ".join(ctx.text[start:end].split())
    words = (fold_key(name),)  # one word: no part of it ("Majesty" of "Her Majesty's Government") is its name
    return Candidate(start, end, name, words, "person", f"{CUE} {name}", tokens[first].initial, (),
                     tuple(range(first, last + 1)))


def scoped_address_rows(rows: list[tuple], titles: frozenset[str], article: str,
                        vocabulary: frozenset[str]) -> list[tuple]:
    """``rows`` (mention rows: start, end, surface, actor_id, actor, actor_type, how, cue) with each address form
    left under its own id ("person:your-honor") given the last person before it the article titled with its
    office ("Mr. President" after "President Shimon Peres"), else the id of the ``article`` (its doc_id; a loose
    text, "", keeps the plain id). ``titles`` are the dictionary's titles; an honorific has no office;
    ``vocabulary`` (the text's distinct words) says cheaply whether the text can hold an address form at all."""
    if _TRIGGERS.isdisjoint(vocabulary) or not any(row[7].startswith(CUE) for row in rows):
        return rows
    scoped = []
    for row in rows:
        if row[7].startswith(CUE) and row[3] == actor_id_for("person", row[2]):
            holder = _titled_holder(rows, row, titles)
            if holder is not None:
                row = (*row[:3], holder[3], holder[4], *row[5:])
            else:
                row = (*row[:3], article_actor_id(row[3], article), *row[4:])
        scoped.append(row)
    return scoped


def _titled_holder(rows: Sequence[tuple], address: tuple, titles: frozenset[str]) -> tuple | None:
    """The last person row before ``address`` whose title cue is the office of the address ("title: Chief
    Justice" for "Mr. Chief Justice"); for an honorific, the person :func:`_honoured_holder` finds; else None."""
    words = address[2].split()
    if words[0].lower() in POSSESSIVES:
        return _honoured_holder(rows, address, words[0].lower(), words[-1])
    office = " ".join(word for word in words[1:] if word in titles).lower()
    if not office or words[0] not in ADDRESS_TITLES:
        return None
    holder = None
    for row in rows:
        cue = row[7].lower()
        if row[0] < address[0] and row[5] == "person" and cue.startswith(("title: ", "role: ")) \
                and (" " + cue.split(": ", 1)[1]).endswith(" " + office):
            holder = row if holder is None or row[0] > holder[0] else holder
    return holder


def _honoured_holder(rows: Sequence[tuple], address: tuple, possessive: str, honorific: str) -> tuple | None:
    """The person an honorific stands for: of the persons the article titles with an office of the honorific
    (``lexicon/honorific_offices.txt``: "Her Majesty" and "Elizabeth II" titled Queen), of a gender "her" or
    "his" allows, the last before ``address``, else the first after it; None when the article titles none."""
    offices = HONORIFIC_OFFICES.get(honorific)
    if not offices:
        return None
    barred = MALE_WORDS if possessive == "her" else FEMALE_WORDS if possessive == "his" else frozenset()
    before = after = None
    for row in rows:
        cue = row[7].lower()
        if row[5] != "person" or not cue.startswith(("title: ", "role: ")):
            continue
        office = cue.split(": ", 1)[1].split()[-1:]
        if not office or office[0] not in offices or office[0] in barred:
            continue
        if row[0] < address[0]:
            before = row
        elif after is None and row[0] > address[0]:
            after = row
    return before or after


def _honorific_offices() -> dict[str, frozenset[str]]:
    """Each honorific's offices, read from ``lexicon/honorific_offices.txt`` ("Majesty queen" lines)."""
    offices: dict[str, set[str]] = {}
    for pair in lexicon.ordered_words("honorific_offices"):
        honorific, office = pair.split()
        offices.setdefault(honorific, set()).add(office)
    return {honorific: frozenset(words) for honorific, words in offices.items()}


HONORIFIC_OFFICES = _honorific_offices()


def with_address_forms(candidates: list[Candidate], addressed: list[Candidate]) -> list[Candidate]:
    """``candidates`` without those overlapping an address form ("Honor" of "Your Honor"), and the address forms,
    in text order."""
    if not addressed:
        return candidates
    kept = [c for c in candidates if not any(c.start < a.end and a.start < c.end for a in addressed)]
    return sorted(kept + addressed, key=lambda c: c.start)
