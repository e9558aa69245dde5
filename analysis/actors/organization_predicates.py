"""Typing a name as an organisation's by what the sentence says of it: it was founded, someone founded it.

:mod:`analysis.actors.discovery` asks :func:`predicate_organization` for a name no head word, title, first name,
role, apposition or person predicate typed (:mod:`analysis.actors.person_predicates` comes first). Bands, charities,
start-ups and parties are often named with no organisation word ("Cream", "Pogue Construction"), but news says how
they began; a name is an organisation's when the sentence

* says it was set up or wound up: "X was founded in 1991", "X had been disbanded"
  (``lexicon/organization_participles.txt`` after "was" / "were" / "had been" / "has been"; not "formed":
  "Earth was formed");
* has someone set it up, the verb right before it: "Clapton formed Cream", "she co-founded the Unity Party"
  (``lexicon/founding_verbs.txt``);
* names it as someone's employer, the name ending its noun phrase: "she worked for NationsBank", "working at
  Funimation", "Dave Lewis, CEO of Tesco" (``lexicon/employer_phrases.txt``; not "an employee of McArthur"), or as
  the owner or operator of something: "a boat owned by Truth Aquatics", "buses operated by Viazul"
  (``lexicon/owner_phrases.txt``); not one word the article also writes after a first name, a surname
  ("Marta Kowalczyk ... owned by Kowalczyk");
* names its people right after it, with no "'s": "Volaris staff said", "a Safaricom spokesman", "Ryanair
  shareholders voted" (``lexicon/organization_member_nouns.txt``, ``lexicon/spokes_nouns.txt``); a public
  figure's surname there ("a Netanyahu spokesman") stays a person (:func:`analysis.actors.known_people.known_person`);
* names its founder: "the founder of X", "X's co-founder" (``lexicon/founder_nouns.txt``), or something only a
  body has: "X's shareholders", "X's headquarters", "X's CEO" (``lexicon/organization_possessions.txt``);
* has it speak, one word after "the": "the Treasury said", "The Zorvex announced" (a reporting verb of the speech
  cues right after it; no person's name follows the article, and a plural there may be a family: "the Smiths said");
  not after "of the": "Friends of the Earth said" ends a longer name, "the head of the Zorvex said" has another
  speaker;
* has it take a formal decision, one word after "the", a plural too: "the Areopagus appointed Draco", "the Sejm
  ratified the treaty" (``lexicon/body_decision_verbs.txt`` right after it).

Never a town or city of the ``place_names`` cue list ("Tulsa was founded in 1836": towns are founded too) nor a
name in capitals (an acronym is typed by :func:`analysis.actors.context_cues.acronym_organization`). Linking
(:mod:`analysis.actors.linking`) then gives every mention of the name the type.
"""
from __future__ import annotations

import re
from typing import Sequence

from analysis.actors.mention_types import fold_key
from analysis.actors.name_context import (
    BODY_END, NameContext, plain_initial_word, singular_after_the, word_after_the)
from analysis.actors.name_runs import Token
from analysis.text import lexicon

_AUXILIARIES = "|".join(  # "was", "had been": any spaces between an entry's words
    r"\s+".join(map(re.escape, entry.split())) for entry in lexicon.ordered_words("participle_auxiliaries"))
_PARTICIPLE = re.compile(r",?\s+(?:%s)\s+(?:[a-z]+ly\s+)?([a-z-]+)\b" % _AUXILIARIES)  # "was founded", "was later formed"
_VERB_BEFORE = re.compile(r"\b([a-z-]+)\s+(?:the\s+)?$")  # "founded X", "co-founded the X"
_FOUNDER_OF = re.compile(r"\b([a-z-]+)\s+of\s+(?:the\s+)?$")  # "the founder of X"
_POSSESSION_AFTER = re.compile(r"['’]s?\s+([A-Za-z-]+)\b")  # "X's founder", "X's CEO"
_FOUNDING_ENDINGS = tuple(sorted(lexicon.words("founding_verbs"))) + ("the",)
_FOUNDER_ENDINGS = ("of", "the")
_BODY_DECISION_VERBS = lexicon.words("body_decision_verbs")  # "the Sejm ratified": one word after "the" decides
_EMPLOYER_BEFORE = re.compile(  # "worked for X", "owned by X": the group named says which
    rf"\b(?:(?P<employer>{lexicon.alternation('employer_phrases')})"
    rf"|(?P<owner>{lexicon.alternation('owner_phrases')}))\s+$")
_EMPLOYER_ENDINGS = tuple(sorted({  # "for", "at", "by"
    phrase.split()[-1] for phrase in lexicon.union("employer_phrases", "owner_phrases")}))
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")  # "X staff", "X spokesman"
_MEMBER_NOUNS = lexicon.union("organization_member_nouns", "spokes_nouns")
_OF_THE = re.compile(r"\bof\s+the\s+$")  # "Friends of the Earth", "the head of the Zorvex"


def predicate_organization(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why the name on ``segment`` (token indices) is an organisation's by its predicate, or "" (module docstring)."""
    tokens = ctx.tokens
    first, last = tokens[segment[0]], tokens[segment[-1]]
    name = ctx.text[first.start:last.end]
    if name.isupper() or fold_key(name) in ctx.cues.place_names:
        return ""
    view = ctx.view
    if last.possessive:
        match = _POSSESSION_AFTER.match(view, last.end, last.end + 30)
        return f"possessive: {match.group(1)}" if match and _body_possession(match.group(1)) else ""
    # The patterns read before the name end in whitespace (``\s+$``): the 30 characters there, stripped once, tell
    # which may match (as :func:`~analysis.actors.name_context.ends_before` does for one).
    before = view[max(0, first.start - 30):first.start]
    stripped = before.rstrip()
    spaced = stripped != before
    if spaced and stripped.endswith(_FOUNDING_ENDINGS):
        match = _VERB_BEFORE.search(view, max(0, first.start - 30), first.start)
        if match is not None and match.group(1) in lexicon.words("founding_verbs"):
            return f"after {match.group(0).strip()}"
    if spaced and stripped.endswith(_FOUNDER_ENDINGS):
        match = _FOUNDER_OF.search(view, max(0, first.start - 30), first.start)
        if match is not None and match.group(1) in lexicon.words("founder_nouns"):
            return f"{match.group(0).strip()}"
    match = _PARTICIPLE.match(view, last.end, last.end + 40)
    if match is not None and match.group(1) in lexicon.words("organization_participles"):
        return f"predicate: {match.group(0).strip(' ,')}"
    # the employer's phrase ends the (shorter) window too: its ending ends the stripped 30 characters
    employer = _employer(view, first.start, last.end) if spaced and stripped.endswith(_EMPLOYER_ENDINGS) else ""
    if employer and first is last and _surname_alone(ctx, first.text):
        employer = ""  # asked last: the surnames are read from the whole article, which most names need not do
    return employer or _members_after(ctx, segment) or _acting_after_the(ctx, first, last)


def _acting_after_the(ctx: NameContext, first: Token, last: Token) -> str:
    """Why one word after "the" is a body that speaks or decides ("the + speaker: said", "the + decision:
    appointed"), or "" (module docstring). A plural may be a family that speaks ("the Smiths said"), not one that
    ratifies or vetoes."""
    if not word_after_the(ctx.tokens, first, last) or _OF_THE.search(ctx.view, max(0, first.start - 10), first.start):
        return ""  # "Friends of the Earth said": the end of a longer name, or what the speaker is "of"
    match = _WORD_AFTER.match(ctx.view, last.end, last.end + 20)
    if match is None:
        return ""
    if match.group(1) in _BODY_DECISION_VERBS:
        return f"the + decision: {match.group(1)}"
    if match.group(1) in ctx.verbs.after and singular_after_the(ctx.tokens, first, last):
        return f"the + speaker: {match.group(1)}"
    return ""


def _members_after(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why the name on ``segment`` employs or owns the people named right after it ("employer: staff"), or "".
    The cue is an employer's, so that a public figure's surname keeps its person (module docstring). Not one plain
    word opening a sentence or written in lower case elsewhere in the text: "Holiday workers", "Farm workers"."""
    first, last = ctx.tokens[segment[0]], ctx.tokens[segment[-1]]
    if plain_initial_word(first, last) or len(segment) == 1 and last.text.lower() in ctx.lowercase:
        return ""
    match = _WORD_AFTER.match(ctx.view, last.end, last.end + 20)
    return f"employer: {match.group(1)}" if match is not None and match.group(1) in _MEMBER_NOUNS else ""


def _employer(view: str, start: int, end: int) -> str:
    """Why the name from ``start`` to ``end`` is someone's employer or an owner ("employer: worked for", "owner:
    owned by"), or ""; asked where the text before the name ends with an ending of :data:`_EMPLOYER_ENDINGS` and
    whitespace."""
    match = _EMPLOYER_BEFORE.search(view, max(0, start - 24), start)
    if match is None or not BODY_END.match(view, end):
        return ""
    return f"{match.lastgroup}: {' '.join(match.group(0).split())}"


def _surname_alone(ctx: NameContext, word: str) -> bool:
    """Whether the article writes ``word`` after a known first name too, as a surname ends a full name ("Marta
    Kowalczyk bought the villa ... owned by Kowalczyk"): a person's surname alone then, no employer or owner
    (:attr:`~analysis.actors.name_context.NameContext.words_after_given_names`, read once per article)."""
    return word in ctx.words_after_given_names


def _body_possession(word: str) -> bool:
    """Whether ``word`` after a possessive name is a founder or something only a body has ("shareholders")."""
    return word in lexicon.words("founder_nouns") or word.casefold() in lexicon.words("organization_possessions")
