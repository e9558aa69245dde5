"""Who holds a role in an article, so that "the minister said" names the minister, not the latest person.

A person mention is bound to the role words written right beside it:

* before it, as a pre-modifier: ``Foreign Minister Sergei Lavrov``, ``Acme chief
  executive Jane Doe``, ``Kremlin spokesman Dmitry Peskov``;
* after it, as an appositive: ``John Smith, the chief executive of Acme,``;
* before it, as an appositive: ``the CEO of Beta, Tom Lee,``.

A role description ("the foreign minister", "the CEO") then names the person
bound to the most of its words (role nouns from
:data:`analysis.quotes.attribution.ROLE_NOUNS`, equivalent role phrases such as
"CEO" and "chief executive" from ``lexicon/role_aliases.txt``), the latest one
when several are bound alike; or the person it introduces (``the El Paso mayor,
Dee Margo,``). A holder whose role is qualified otherwise ("Civil Aviation
Minister X" for "the health minister") is not the one meant: when every holder
of the role is, the description names nobody in the article. The rules read only
the reporter's words beside a name; they never guess from distance.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

from analysis.quotes import attribution as attr
from analysis.quotes.context import Article, Mention, Mentions
from analysis.errors import DictionaryError
from analysis.text.lexicon import LEXICON, ordered_words, words

_WORD = re.compile(r"[A-Za-z][\w'.-]*")
_MAX_MODIFIER_WORDS = 5
_MAX_APPOSITIVE_WORDS = 8
_DETERMINERS = words("determiners")
# Where an appositive's head ends and its complement begins ("the head of Acme").
_COMPLEMENT_WORDS = words("role_complement_words")
# Words of a role phrase that say nothing about which role: not compared.
_NEUTRAL = _DETERMINERS | _COMPLEMENT_WORDS | {"and"}
_BINDINGS = "role bindings by mention"


@dataclass(frozen=True)
class RoleMatch:
    """What a role description names: the holder's mention (its latest before the description) and its
    position, or ``mention=None`` when the role is held only by persons whose role is qualified otherwise."""

    position: int
    mention: Mention | None


@lru_cache(maxsize=1)
def role_aliases() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Equivalent role phrases from ``lexicon/role_aliases.txt`` ("ceo = chief executive"), as word-set pairs."""
    pairs = []
    for entry in ordered_words("role_aliases"):
        short, long = (frozenset(side.split()) for side in entry.split("=", 1)) if "=" in entry else ((), ())
        if not short or not long:
            raise DictionaryError(f"{LEXICON / 'role_aliases.txt'}: entry {entry!r}: expected 'short = long form', "
                                  "e.g. 'ceo = chief executive'")
        pairs.append((short, long))
    return tuple(pairs)


def _with_aliases(words: frozenset[str]) -> frozenset[str]:
    """``words`` plus the other side of every role alias one side of which it holds whole."""
    found = set(words)
    for short, long in role_aliases():
        if short <= words:
            found |= long
        if long <= words:
            found |= short
    return frozenset(found)


def _role_words(words: frozenset[str]) -> frozenset[str]:
    """The role or person nouns among ``words`` ("minister"; "teacher", "mother": "Tom Hart, a teacher," is
    who "the teacher" names)."""
    return frozenset(word for word in words if word in attr.PERSON_NOUNS)


def role_holder(article: Article, source_view: str, position: int, mentions: Mentions) -> RoleMatch | None:
    """What the role description ``source_view`` (at ``position``) names; None when no person in the article
    is bound to its role words."""
    asked = _with_aliases(frozenset(w.lower() for w in _WORD.findall(source_view)) - _NEUTRAL)
    roles = _role_words(asked)
    if not roles:
        return None
    introduced = _introduced(article, position + len(source_view), mentions)
    if introduced is not None:
        return RoleMatch(introduced.start, introduced)
    bindings = _bindings(article, mentions)
    best: tuple[tuple[int, int], Mention] | None = None
    conflicting = False
    for role in roles:
        for word in asked:
            index = mentions.latest(("role bound", role, word),
                                    lambda m, r=role, w=word: _bound_to(bindings.get((m.start, m.end)), r, w), position)
            if index < 0:
                continue
            mention = mentions[index]
            words = bindings[(mention.start, mention.end)]
            if _qualified_otherwise(asked, words):
                conflicting = True
                continue
            rank = (len(asked & words), mention.start)
            if best is None or rank > best[0]:
                best = rank, mention
    if best is None:
        return RoleMatch(position, None) if conflicting else None
    holder = best[1]
    if holder.actor_id is not None:
        latest = mentions.latest(("actor", holder.actor_id), lambda m, a=holder.actor_id: m.actor_id == a, position)
        holder = mentions[latest] if latest >= 0 else holder
    return RoleMatch(holder.start, holder)


def _qualified_otherwise(asked: frozenset[str], bound: frozenset[str]) -> bool:
    """"the health minister" and "Civil Aviation Minister": both qualify the role, with no word in common."""
    asked_qualifiers = asked - attr.ROLE_NOUNS - generic_modifiers()
    bound_qualifiers = bound - attr.ROLE_NOUNS - generic_modifiers()
    return bool(asked_qualifiers) and bool(bound_qualifiers) and not asked_qualifiers & bound_qualifiers


@lru_cache(maxsize=1)
def generic_modifiers() -> frozenset[str]:
    """Words that do not tell one holder of a role from another ("local", "former", "new")."""
    return words("role_generic_modifiers")


_APPOSITIVE_NAME = re.compile(r"\s*,\s*")


def _introduced(article: Article, source_end: int, mentions: Mentions) -> Mention | None:
    """``the El Paso mayor, Dee Margo,``: the person named in apposition right after the description."""
    gap = _APPOSITIVE_NAME.match(article.view, source_end)
    if gap is None:
        return None
    following = mentions.starting_in(gap.end(), gap.end() + 1)
    return following[0] if following and following[0].actor_type == "person" else None


def role_bound_actors(article: Article, mentions: Mentions) -> frozenset[str]:
    """The actor ids of the persons the article writes with a role phrase beside the name (computed once)."""
    found = article.memo.get(_BOUND_ACTORS)
    if found is None:
        bindings = _bindings(article, mentions)
        found = article.memo[_BOUND_ACTORS] = frozenset(
            m.actor_id for m in mentions if m.actor_id is not None and (m.start, m.end) in bindings)
    return found


_BOUND_ACTORS = "actors with a bound role"


def _bound_to(words: frozenset[str] | None, role: str, word: str) -> bool:
    return words is not None and role in words and word in words


def _bindings(article: Article, mentions: Mentions) -> Mapping[tuple[int, int], frozenset[str]]:
    """The role words bound to each person mention (computed once per article)."""
    found = article.memo.get(_BINDINGS)
    if found is None:
        found = article.memo[_BINDINGS] = {}
        for mention in mentions:
            if mention.actor_type != "person":
                continue
            words = role_phrase(article.view, mention, article.sentences[attr.sentence_at(
                article.sentence_starts, mention.start)].start if article.sentences else 0)
            if words:
                found[(mention.start, mention.end)] = _with_aliases(words)
    return found


def role_phrase(view: str, mention: Mention, sentence_start: int) -> frozenset[str]:
    """Lower-case words of the role phrase written beside ``mention`` (empty when none holds a role noun)."""
    for words in (_premodifier(view, mention.start, sentence_start), _appositive_after(view, mention.end),
                  _appositive_before(view, mention, sentence_start)):
        if _role_words(words):
            return words - _NEUTRAL
    return frozenset()


def _premodifier(view: str, start: int, sentence_start: int) -> frozenset[str]:
    """``Foreign Minister`` / ``Acme chief executive`` / ``Leeds striker`` right before the name: capitalised words
    and role or person nouns, the word next to the name one of those nouns."""
    words = view[max(sentence_start, start - 80):start].split()
    taken: list[str] = []
    for word in reversed(words):
        if len(taken) >= _MAX_MODIFIER_WORDS or not _WORD.fullmatch(word.removesuffix("'s")):
            break
        lower = word.lower().removesuffix("'s")
        if _possessor_role(word):
            break  # "the president's spokesman Tom Hart": the president is someone else
        if lower in attr.PERSON_NOUNS or (word[:1].isupper() and taken):
            taken.append(lower)
            continue
        break
    return frozenset(taken) if taken and taken[0] in attr.PERSON_NOUNS else frozenset()


# Where an appositive after a name ends: punctuation, or a word of lexicon/appositive_clause_ends.txt.
_CLAUSE_END_WORDS = "|".join(map(re.escape, ordered_words("appositive_clause_ends")))
_CLAUSE_END = re.compile(rf"[,;:.()\"]|\s(?:{_CLAUSE_END_WORDS})\s")


def _appositive_after(view: str, end: int) -> frozenset[str]:
    """``, the chief executive of Acme,`` right after the name."""
    rest = view[end:end + 120]
    if not rest.startswith(","):
        return frozenset()
    stop = _CLAUSE_END.search(rest, 1)
    return _appositive_words(rest[1:stop.start() if stop else len(rest)])


def _appositive_before(view: str, mention: Mention, sentence_start: int) -> frozenset[str]:
    """``the CEO of Beta,`` right before the name, which a comma or bracket closes (``the CEO of Beta, Tom
    Lee, said``; not ``met the minister, Tom Lee said``)."""
    before = view[max(sentence_start, mention.start - 120):mention.start].rstrip()
    if not before.endswith(",") or not view[mention.end:mention.end + 1] in (",", ")"):
        return frozenset()
    segment = re.split(r"[,;:.()\"]", before[:-1])[-1]
    words = segment.split()
    leads = [i for i, word in enumerate(words) if _appositive_lead(word)]
    return _appositive_words(" ".join(words[leads[-1]:])) if leads else frozenset()


def _appositive_lead(word: str) -> bool:
    """What may open an appositive role phrase: a determiner or a generic modifier ("the", "its", "former")."""
    return word.lower() in _DETERMINERS or word.lower() in generic_modifiers()


def _appositive_words(segment: str) -> frozenset[str]:
    """The words of an appositive whose head (before "of", "at"...) holds a role noun and which opens with a
    determiner or a capitalised word ("the chief executive of Acme", "Acme's CEO")."""
    words = segment.split()
    if not words or len(words) > _MAX_APPOSITIVE_WORDS:
        return frozenset()
    if not _appositive_lead(words[0]) and not words[0][:1].isupper():
        return frozenset()
    head = []
    for word in words:
        if word.lower() in _COMPLEMENT_WORDS:
            break
        if not _possessor_role(word):
            head.append(word.lower().removesuffix("'s"))
    if not _role_words(frozenset(head)):
        return frozenset()
    rest = (w.lower().removesuffix("'s") for w in words[len(head):] if _WORD.fullmatch(w.removesuffix("'s")))
    return frozenset(head) | frozenset(w for w in rest if w not in attr.PERSON_NOUNS)


def _possessor_role(word: str) -> bool:
    """``president's`` in "the president's spokesman": a role or person noun as a possessor names someone else."""
    lower = word.lower()
    return lower.endswith("'s") and lower[:-2] in attr.PERSON_NOUNS
