"""An unnamed person standing as a subject between a pronoun and the named person it would refer to.

"Prosecutor Kama Melly said ... One of the victims decided to allow her name to be made public. She said
she did this to ...": the "she" is the victim, whom the text never names, not the prosecutor named before.
Speaker resolution (:mod:`analysis.quotes.speakers`) leaves such a pronoun unresolved rather than give it
to the named person further back. The unnamed person is a person noun ("victim", "driver", "wife") after
a determiner ("a", "the", "his", "one of the") and up to three lower-case modifiers, standing where a
subject stands (a sentence start, a comma or a conjunction before the determiner, or an existential "There was
a girl, she ..."; not in apposition after a name, nor closing a list of names after a preposition: "raped by Quirin, Redouane, and an unidentified
third officer"), not followed by a name ("his wife, Ann Lee," or "the driver Ann Lee": named), not itself a mention,
after the candidate antecedent begins, and of the pronoun's gender.
"""
from __future__ import annotations

from typing import Sequence

from analysis.actors.gender import agrees, description_gender
from analysis.quotes import attribution as attr
from analysis.quotes.attribution import Sentence
from analysis.quotes.context import Article
from analysis.quotes.reporter_tokens import Token
from analysis.text import lexicon

__all__ = ["opens_with_unnamed_group", "unnamed_subject_between"]


def unnamed_subject_between(article: Article, start: int, end: int, gender: str | None, *, plural: bool = False) -> bool:
    """Whether an unnamed person of ``gender`` (None: any) stands as a subject in ``[start, end)``; only the
    sentence holding ``end`` and the one before are read (a pronoun reaches back that far). With ``plural``
    (for "they") unnamed people are sought instead: "The researchers used satellite imagery ..., which, they
    observed," -- the researchers, not a university named a paragraph before."""
    sentences, starts = article.sentences, article.sentence_starts
    if not sentences or start >= end:
        return False
    last = attr.sentence_at(starts, end)
    for index in range(max(attr.sentence_at(starts, start), last - 1), last + 1):
        tokens = sentences[index].tokens
        for position, token in enumerate(tokens):
            if token.start >= end:
                break
            if token.start < start or token.kind != "word" or token.lower not in _PERSON_NOUNS_ANY:
                continue
            if plural and token.lower in attr.PERSON_NOUNS:
                continue  # "they" refers to people, not to "the driver"
            opening = _description_start(tokens, position, plural=plural)
            if opening is None or tokens[opening].start <= start or _named_after(tokens, position) \
                    or not _subject_position(article, tokens, opening):
                continue
            if any(m.actor_type == "person" for m in article.mentions.overlapping(token.start, token.end)):
                continue  # "the minister" linked to the person who holds the role: named
            phrase = " ".join(t.text for t in tokens[opening:position + 1])
            if agrees(description_gender(phrase), gender):
                return True
    return False


def opens_with_unnamed_group(sentence: Sentence, position: int) -> bool:
    """Whether ``sentence`` opens, before ``position``, with "The" and a lower-case plural noun ("The stores were
    reluctant ..., according to a report from ABC in which they said"): its subject is a group the text does
    not name, which a "they" in the sentence refers to before any body named elsewhere. Not "The company
    says" (the noun right after "The" must be the plural), nor "The news", "The process" (no plurals)."""
    tokens = sentence.tokens
    if len(tokens) < 3 or tokens[0].lower != "the" or tokens[1].start >= position or tokens[1].kind != "word":
        return False
    noun = tokens[1]
    return noun.text.islower() and noun.lower.endswith("s") and not noun.lower.endswith(("ss", "us", "is")) \
        and noun.lower not in _SINGULAR_S and tokens[2].kind == "word" and tokens[2].text.islower()


def _description_start(tokens: Sequence[Token], noun: int, *, plural: bool = False) -> int | None:
    """Index of the determiner opening a description that ends with the person noun at ``noun``: "the
    driver", "a local shop owner", "his wife", "one of the victims" (a plural noun only after "one of",
    unless ``plural`` asks for people: "the researchers", "their lawyers"); None when no determiner opens it."""
    if plural:
        index = noun - 1
        while index >= 0 and tokens[index].kind == "word" and tokens[index].text.islower() \
                and tokens[index].lower not in _PLURAL_DETERMINERS and tokens[index].lower not in _STOP \
                and noun - index <= 3:
            index -= 1
        found = index >= 0 and tokens[index].kind == "word" and tokens[index].lower in _PLURAL_DETERMINERS
        return index if found and (index < 2 or tokens[index - 1].lower != "of") else None  # not "one of the"
    plural = tokens[noun].lower not in attr.PERSON_NOUNS
    index = noun - 1
    modifiers = 0
    while index >= 0 and tokens[index].kind == "word" and tokens[index].lower not in _DETERMINERS \
            and tokens[index].text.islower() and tokens[index].lower not in _STOP and modifiers < 3:
        index -= 1
        modifiers += 1
    if index < 0 or tokens[index].kind != "word" or tokens[index].lower not in _DETERMINERS:
        return None
    if plural:  # "one of the victims": singular only after "one of"
        if index < 2 or tokens[index - 1].lower != "of" or tokens[index - 2].lower != "one":
            return None
        return index - 2
    return index


def _subject_position(article: Article, tokens: Sequence[Token], opening: int) -> bool:
    """Whether the description opening at ``opening`` stands where a subject stands: at the sentence start,
    after punctuation or a conjunction, or after an existential "there was"; not in apposition to a name ("Dedi Prasetyo, a spokesperson for
    the police,": that is the named person)."""
    if opening == 0:
        return True
    before = tokens[opening - 1]
    if before.text == ",":
        return opening < 2 or not any(m.actor_type == "person" and m.end == tokens[opening - 2].end
                                      for m in article.mentions.overlapping(tokens[opening - 2].start,
                                                                            tokens[opening - 2].end))
    if before.lower in _CONJUNCTIONS:
        return not _ends_object_list(tokens, opening - 1)
    if before.lower in _BE_FORMS and opening >= 2 and tokens[opening - 2].lower == "there":
        return True  # "there was a girl, she ...": an existential's person is its subject
    return before.kind == "punct"


def _ends_object_list(tokens: Sequence[Token], conjunction: int) -> bool:
    """Whether the conjunction at ``conjunction`` closes a list of names opened by a preposition ("raped by
    Quirin, Redouane, and an unidentified third officer"): the description after it is an object too. Read
    back over capitalised words and commas, at most ``_LIST_REACH`` tokens."""
    for index in range(conjunction - 1, max(-1, conjunction - 1 - _LIST_REACH), -1):
        token = tokens[index]
        if token.text == "," or (token.kind == "word" and token.capitalized):
            continue
        return token.kind == "word" and token.lower in _OBJECT_PREPOSITIONS and index < conjunction - 1
    return False


_LIST_REACH = 8  # tokens: a list of up to three two-word names with their commas
_OBJECT_PREPOSITIONS = lexicon.words("object_prepositions")


def _named_after(tokens: Sequence[Token], noun: int) -> bool:
    """Whether a name follows the noun ("the driver Ann Lee", "his wife, Ann Lee,"): the person is named."""
    following = tokens[noun + 1:noun + 3]
    if following and following[0].kind == "word":
        return following[0].capitalized
    return len(following) == 2 and following[0].text == "," and following[1].kind == "word" \
        and following[1].capitalized


_SINGULAR_S = lexicon.words("singular_s_nouns")
_DETERMINERS = frozenset({"a", "an", "the", "another"}) | lexicon.words("possessive_determiners")
_PLURAL_DETERMINERS = frozenset({"the"}) | lexicon.words("possessive_determiners")
_CONJUNCTIONS = lexicon.words("list_conjunctions") | frozenset({"but"})
_BE_FORMS = lexicon.words("be_forms")
_STOP = lexicon.words("determiners")
_PERSON_NOUNS_ANY = attr.PERSON_NOUNS | frozenset(noun + "s" for noun in attr.PERSON_NOUNS)
