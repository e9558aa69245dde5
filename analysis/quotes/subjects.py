"""The subject of a sentence among its actor mentions, and whether a mention stands in subject position.

The quotes step gives a quote with no source of its own the subject of the
sentence that reports it ("She declined to comment, saying ..."), and
speaker resolution prefers salient mentions (subjects) as antecedents of a
pronoun (:mod:`analysis.quotes.speakers`). A mention is salient when only a
clause start, punctuation or a conjunction stands before it and its titles;
the object of a preposition, a possessor or an aside in parentheses is not.
"""
from __future__ import annotations

import re
from typing import Sequence

from analysis.quotes import attribution as attr
from analysis.quotes.attribution import Sentence
from analysis.quotes.context import Article, Spans
from analysis.quotes.reporter_tokens import Token
from analysis.quotes.source_phrases import BOUNDARY_WORDS, PRONOUNS
from analysis.text import lexicon


def subject(article: Article, sentence: Sentence, *, before: int) -> tuple[int, int] | None:
    """The first actor mention of the sentence that is not the object of a preposition nor a possessor,
    nor inside parentheses ("the source material (Martin, 2000)"), before ``before``; the person it
    introduces when it only modifies one ("Villa manager Unai Emery", "Spain's King Felipe VI"); else a
    pronoun opening the sentence ("She declined ..., saying")."""
    quoted = Spans([(t.start, t.end) for t in sentence.tokens if t.kind == "quote"])
    inside_sentence = article.mentions.starting_in(sentence.start, before)
    view, titles = article.view, article.lexicon.titles
    for position, mention in enumerate(inside_sentence):
        if mention.how == "demonym" or quoted.contain(mention.start, mention.end):
            continue
        if not is_salient(sentence, mention.start, titles=titles) or _parenthetical(view, sentence.start, mention.start):
            continue
        following = inside_sentence[position + 1] if position + 1 < len(inside_sentence) else None
        if following is not None and following.actor_type == "person" and mention.actor_type != "person" \
                and _MODIFIES.fullmatch(view[mention.end:following.start]):
            return following.start, following.end
        if possessive(view, mention.end):
            continue
        return mention.start, mention.end
    words = [t for t in sentence.tokens if t.kind == "word"]
    if words and words[0].lower in PRONOUNS and words[0].start < before:
        return words[0].start, words[0].end
    return None


# Between a body and the person it introduces: "Villa manager ", "Spain's King ", "Kremlin spokesman ".
_MODIFIES = re.compile(r"(?:'s)?(?:\s+[A-Za-z.-]+){0,3}\s+")


def _parenthetical(view: str, sentence_start: int, position: int) -> bool:
    """``position`` sits inside an open parenthesis of its sentence: an aside, never the sentence's subject."""
    before = view[sentence_start:position]
    return before.count("(") > before.count(")")


def possessive(view: str, end: int) -> bool:
    """``Mohammad's admission``: a possessor is no subject (``view``: the normalised text)."""
    return view[end:end + 2] == "'s"


_OBJECT_PREPOSITIONS = frozenset(
    "of to by with from for about against at in on into over under between among like than toward towards "
    "including via despite".split()
)


_NAME_LEAD = frozenset("the a an former late then ex".split())


def is_salient(sentence: Sentence, position: int, *, titles: frozenset[str], agents: bool = False) -> bool:
    """A mention in subject position: after its titles, only a clause start, punctuation or a conjunction.

    ``statements of former adviser John Bolton`` (a preposition) and ``which
    removed Evo Morales`` (a verb) are objects, so not salient. ``titles``:
    the lower-case titles in force (:class:`~analysis.quotes.context.SpeakerLexicon`). With ``agents``, the
    agent of a passive ("the plan was criticised by Senator Ruiz") counts too: it acts, so a later "he" may
    refer to it (it is still not the sentence's grammatical subject).
    """
    tokens = sentence.tokens
    index = attr.token_index(tokens, position) - 1
    while index >= 0:
        token = tokens[index]
        if token.kind != "word":
            return True
        lower = token.lower
        if token.capitalized or lower in titles or lower in attr.ROLE_NOUNS or lower in _NAME_LEAD:
            index -= 1
            continue
        if agents and lower == "by" and _after_participle(tokens, index):
            return True  # "the plan was criticised by Senator Ruiz": the agent of a passive acts
        return lower in BOUNDARY_WORDS and lower not in _OBJECT_PREPOSITIONS
    return True


def addressed(sentence: Sentence, start: int, end: int, *, titles: frozenset[str]) -> bool:
    """``It's both, Justice Thomas.``, ``Thank you, Mr. President.``: a mention (``start``-``end``) after a comma
    (and its titles) with only punctuation after it to the sentence's end is someone addressed, or an
    afterthought ("the prize went to the coach, Ana Ruiz."): not who acts in the sentence."""
    tokens = sentence.tokens  # read from the mention outwards: a mention costs its neighbours, not the sentence
    if not tokens:
        return False
    last = attr.token_index(tokens, end - 1)  # the token holding the mention's last character
    if any(tokens[following].kind != "punct" for following in range(last + 1, len(tokens))):
        return False
    index = attr.token_index(tokens, start) - 1
    while index >= 0 and tokens[index].kind == "word" and (tokens[index].lower in titles or tokens[index].lower in attr.ROLE_NOUNS):
        index -= 1
    return index >= 0 and tokens[index].text == ","


def _after_participle(tokens: Sequence[Token], by_index: int) -> bool:
    """Whether the "by" at ``by_index`` follows a past participle ("criticised by", "pointed out by")."""
    index = by_index - 1
    if index >= 0 and tokens[index].kind == "word" and tokens[index].lower in _PARTICLES:
        index -= 1
    if index < 0 or tokens[index].kind != "word" or not tokens[index].text.islower():
        return False
    return tokens[index].lower.endswith(("ed", "en"))


_PARTICLES = lexicon.words("verb_particles")
