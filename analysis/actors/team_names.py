"""Sports teams named after their town: "the Pittsburgh Pirates", "the Tampa Bay Rays", then "the Pirates".

A club's name is often a town or city and a plural nickname, and sports copy
writes it with the article: "traded to the Los Angeles Lakers", "against the
Houston Astros". :func:`team_name` types such a name an organisation when

* the article is sports copy: it writes a word of ``lexicon/sports_words.txt``
  ("league", "coach", "baseball") in lower case,
* "the" stands right before it (a person is never "the Dallas Roberts"), or a minor-league level
  (``lexicon/league_level_words.txt``: "joined Triple-A Indianapolis Indians"),
* it opens with a town or city (a dictionary place, or the ``place_names`` cue
  list; not a country or region: "the Iraq Veterans"), then at most one more
  word (a place word right after the town is the town's: "the Tampa Bay Rays"),
  or with one or two other capitalised words (a town the lists lack or
  file as a first name or surname: "the Boston Celtics", "the Atlanta Hawks";
  a college: "the Rice Owls"), and
* it ends with a capitalised plural ("Pirates", "Rays") that is no head word,
  event word, tournament (``lexicon/tournament_words.txt``: "the Madrid Masters")
  or word the text also writes in lower case ("the Boston Marathons",
  "the Paris Papers" when the text says "papers").

The dictionary's places include US states, which name teams too ("the Texas
Rangers"); that is why the article must be sports copy: "the Florida Keys" in a
storm report is no team, though in a baseball story it would be read as one.

A word that opens a club's name before its town (``lexicon/club_name_openers.txt``: "Real Madrid", "Inter
Milan", "Dynamo Kyiv", "FC Barcelona") makes a club in any copy: :func:`club_opener_name` types the word and the town
an organisation, so the town is neither a place nor its country's government there ("joined Real Madrid").

In sports copy the nickname alone names the team too ("lost to the Mets", "known
as the Gliders"): :func:`team_name` also types a lone capitalised plural right
after "the" (not a capital "The" inside a sentence, which opens a title: "filming
The Professionals") that passes the same nickname test and is no town's name (nor followed by a comma and a
state's code: "the Paramus, NJ retail corridor").
:func:`link_team_nicknames` then gives the nickname alone ("the Pirates", "a
Pirates player", also when typed alone) the team's id, as a surname takes its person's.

Sports copy names a team by its town alone after "for" or "against" ("24 games for Indianapolis", "debuted for
Boston", "scored against Dallas"): :func:`team_side` types such a town an organisation when no person cue typed the
name first (the town cue would have read it as the place).
"""
from __future__ import annotations

from typing import Sequence

from analysis.actors.context_cues import CITY_CUE
from analysis.actors.mention_types import Candidate, fold_key
from analysis.actors.name_context import NameContext
from analysis.actors.name_runs import Token
from analysis.actors.place_neighbours import state_follows
from analysis.text import lexicon

TEAM_CUE = "team:"
CLUB_CUE = "club:"  # not a team cue: the town of "Real Madrid" is no nickname for :func:`link_team_nicknames`
LONE_CUE = f"{TEAM_CUE} the + "  # a nickname alone ("the Mets"): the team's full name, when given, owns it
_ARTICLES = frozenset(form for word in lexicon.words("definite_articles") for form in (word, word.capitalize()))
# What may stand right before a team's town: "the", or a minor-league level ("joined Triple-A Indianapolis Indians")
_TEAM_OPENERS = _ARTICLES | lexicon.words("league_level_words")


def team_name(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why ``segment`` names a sports team ("team: Pittsburgh + Pirates"), or "" (see the module docstring)."""
    if not segment:
        return ""
    tokens = ctx.tokens
    first, last = tokens[segment[0]], tokens[segment[-1]]
    if len(segment) == 1:
        return _lone_nickname(ctx, first)
    if ctx.lowercase.isdisjoint(lexicon.words("sports_words")):
        return ""
    if first.index == 0 or tokens[first.index - 1].text not in _TEAM_OPENERS or not _plural_nickname(ctx, last.text):
        return ""
    place_end = _leading_town(ctx, segment[:-1])
    if place_end is None and last.text[:-1] not in ctx.cues.event_words:  # not "the Internal Revenue Laws"
        place_end = _unknown_town(ctx, segment[:-1])
    if place_end is None or len(segment) - 1 - place_end > 1:
        return ""
    if place_end < len(segment) - 1 and tokens[segment[place_end]].text in ctx.cues.place_words:
        place_end += 1  # a place word after the town is the town's ("the Tampa Bay Rays"), not the nickname's
    middle = [tokens[i].text for i in segment[place_end:-1]]
    if any(word in ctx.cues.organization_heads or not word[:1].isupper() for word in middle):
        return ""
    town = ctx.text[first.start:tokens[segment[place_end - 1]].end]
    return f"{TEAM_CUE} {town} + {' '.join([*middle, last.text])}"


def demonym_team(ctx: NameContext, segment: Sequence[int]) -> tuple[Sequence[int], str]:
    """The words and the cue of a team whose nickname is a plural demonym ("the Cleveland Indians"), else
    ``(segment, "")``: discovery splits a name at a demonym (which may open an organisation's name: "Native American
    Rights Fund"), and the town alone would be left before :func:`team_name` reads the whole. An article opening
    ``segment`` ("The Cleveland Indians won") is left out."""
    if len(segment) < 2 or ctx.labels[segment[-1]] != "adjective":
        return segment, ""  # the common case
    name = segment[1:] if ctx.tokens[segment[0]].text in _ARTICLES else segment
    return name, team_name(ctx, name)


def club_opener_name(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why ``segment`` names a club by an opening word and a town ("club: Real + Madrid"), or "" (module docstring):
    the word opens the segment and the rest of it is one town or city."""
    if len(segment) < 2 or ctx.tokens[segment[0]].text not in _CLUB_OPENERS:
        return ""  # the common case, decided on the first word
    if _leading_town(ctx, segment[1:]) != len(segment) - 1:
        return ""
    town = ctx.text[ctx.tokens[segment[1]].start:ctx.tokens[segment[-1]].end]
    return f"{CLUB_CUE} {ctx.tokens[segment[0]].text} + {town}"


_CLUB_OPENERS = lexicon.words("club_name_openers")
_SIDE_WORDS = frozenset({"for", "against"})  # "played for Boston", "scored against Dallas": the side, in sports copy


def team_side(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why a town's name is the team in sports copy ("city name: Boston, the side after for"), or "" (module
    docstring): "for" or "against" right before it, the name (one or two words) a town or city of the
    ``place_names`` list. The cue is the town-name cue's (:data:`~analysis.actors.context_cues.CITY_CUE`), as weak:
    linking lets any other cue of the name outvote it and a person's name in the article claim it ("worked for
    Imus" after "Don Imus")."""
    first = ctx.tokens[segment[0]]
    if first.index == 0 or ctx.tokens[first.index - 1].text not in _SIDE_WORDS or len(segment) > 2:
        return ""  # the common case, decided on the word before
    if ctx.lowercase.isdisjoint(lexicon.words("sports_words")):
        return ""
    name = ctx.text[first.start:ctx.tokens[segment[-1]].end]
    if fold_key(name) not in ctx.cues.place_names or name.isupper():
        return ""
    return f"{CITY_CUE} {name}, the side after {ctx.tokens[first.index - 1].text}"


def _lone_nickname(ctx: NameContext, token: Token) -> str:
    """Why a lone word after "the" names a team in sports copy ("team: the + Mets"), or "" (module docstring)."""
    article = ctx.tokens[token.index - 1] if token.index else None
    if article is None or not (article.text == "the" or article.text == "The" and article.initial) \
            or not _plural_nickname(ctx, token.text) or ctx.lowercase.isdisjoint(lexicon.words("sports_words")):
        return ""  # "The" inside a sentence opens a title ("filming The Professionals"), not a team
    if fold_key(token.text) in ctx.cues.place_names or state_follows(ctx.view, token.end):
        return ""  # a town's name ("the Yonkers mall", "the Paramus, NJ retail corridor")
    return f"{LONE_CUE}{token.text}"


def _plural_nickname(ctx: NameContext, word: str) -> bool:
    """A capitalised plural, or a nickname that does not read as one (``lexicon/team_nickname_words.txt``: "Sox",
    "Heat"), that is no head, event or place word and not written in lower case in the text."""
    cues = ctx.cues
    plural = len(word) >= 4 and word[0].isupper() and word[1:].islower() and word.endswith("s") \
        and not word.endswith("ss")
    return ((plural or word in lexicon.words("team_nickname_words"))
            and word not in ctx.head_words and word not in cues.event_words
            and word not in lexicon.words("tournament_words")
            and word not in cues.not_names and word.lower() not in ctx.lowercase)


def _leading_town(ctx: NameContext, indices: Sequence[int]) -> int | None:
    """How many of the first words of ``indices`` name a town or city (the longest such run), or None."""
    for size in range(len(indices), 0, -1):
        part = indices[:size]
        spans = {ctx.span_of[i] for i in part}
        if all(ctx.labels[i] == "geo" for i in part) and len(spans) == 1:
            span = next(iter(spans))
            if span is not None and span.kind == "place" and ctx.tokens[part[0]].start == span.start \
                    and ctx.tokens[part[-1]].end == span.end:
                return size
        if all(ctx.labels[i] == "free" for i in part):
            key = fold_key(ctx.text[ctx.tokens[part[0]].start:ctx.tokens[part[-1]].end])
            if key in ctx.cues.place_names:
                return size
    return None


def _unknown_town(ctx: NameContext, indices: Sequence[int]) -> int | None:
    """How many words of ``indices`` stand for a town the lists lack or file as a name ("the Boston Celtics",
    "the Atlanta Hawks", "the Rice Owls"): one or two capitalised words that no dictionary match covers (not a
    country: "the Iraq Veterans"), that are no head word (but a saint's "St"), event word or title, and that the
    text never writes in lower case ("the Chess Olympiads" in a text about chess), or None."""
    if not 1 <= len(indices) <= 2:
        return None
    cues = ctx.cues
    for n, i in enumerate(indices):
        word = ctx.tokens[i].text
        saint = n == 0 and len(indices) == 2 and word.casefold() in lexicon.words("saint_abbreviations")
        if ctx.labels[i] != "free" or not word[:1].isupper() or word in cues.event_words or word in cues.titles \
                or word.lower() in ctx.lowercase or word in ctx.head_words and not saint:
            return None  # not "the Chess Olympiads" when the text writes "chess"; but "the St. Louis Cardinals"
    return len(indices)


def link_team_nicknames(candidates: list[Candidate]) -> None:
    """An untyped name, or one typed an organisation, that is the nickname of a team the article names
    ("Pirates" after "the Pittsburgh Pirates") is that team: its type, id and name (in place)."""
    nicknames: dict[tuple[str, ...], Candidate] = {}
    for candidate in candidates:
        if candidate.type == "organization" and candidate.cue.startswith(TEAM_CUE) \
                and not candidate.cue.startswith(LONE_CUE):
            size = len(candidate.cue.split(" + ", 1)[1].split())
            nicknames.setdefault(candidate.words[-size:], candidate)
    if not nicknames:
        return
    for index, candidate in enumerate(candidates):
        # untyped, or typed an organisation by the nickname alone ("the Pirates") or by the same name elsewhere
        team = nicknames.get(candidate.words) if candidate.type in (None, "organization") else None
        if team is not None:
            candidates[index] = candidate.evolve(type="organization", actor_id=team.actor_id, actor=team.actor,
                                                 cue=f"short for {team.name!r}")
