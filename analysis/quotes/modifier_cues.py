"""Cue words that are a modifier or a noun, not a verb of speech, by the word before them.

**After a nationality or language adjective.**

"a Dutch speaking community", "Spanish speaking voters" (written without the hyphen of "Dutch-speaking"),
"an old Chinese saying", "the Turkish warning", "Russian claims that ...": the -ing or -s form of a reporting
verb after an adjective of nationality is part of a noun phrase, and nobody speaks in it. Read as a cue it
made the adjective ("a Dutch") the source of any quotation in the sentence (a scare-quoted title became a
quote). The adjectives are the one-word demonyms of the countries and regions of the shipped actor dictionary
(``actors.yaml``) that are not only a person noun (:func:`adjective_demonyms`). A demonym after a capitalised
word other than a determiner or a quantifier is a surname ("Dawn French says") and leaves the cue alone.

**A plural noun.** The -s form of a cue ("claims", "reports", "comments") after a possessive ("the legal team's
claims", "Trump's comments", "the agencies' reports") or a quantifier that takes a plural
(``lexicon/plural_quantifiers.txt``: "denied all claims that", "some reports") or right after a past-tense verb
("countered claims about his health", "dismissed reports that") is a plural noun: a verb in the
third person cannot stand there. Read as a cue it made "the legal team's" or "all" a source, or gave a critic's
quoted words to the person whose claims they judge ("X denounced Trump's comments as "..."").
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from analysis.quotes.reporter_tokens import Token
from analysis.text.lexicon import words

_DETERMINERS = words("determiners")
# Before these the -s form of a cue is a plural noun: "all claims", "some reports" (not "each says").
_PLURAL_QUANTIFIERS = words("plural_quantifiers")
_PERSON_ENDINGS = ("man", "men", "woman", "women", "er", "ers")  # "Frenchman", "Icelander", "New Yorkers"
# "those interviewed say", "an unnamed official": participles that may close a source's noun phrase.
_SOURCE_PARTICIPLES = words("source_participles")
_PLACE_TYPES = frozenset({"country", "region"})  # not the parties' "Democrat", "Republican"


@lru_cache(maxsize=1)
def adjective_demonyms() -> frozenset[str]:
    """Lower-case one-word demonyms of the shipped actor dictionary's countries and regions that can be adjectives
    ("dutch", "swiss", "albanian"): not a plural ("Americans"), not "Frenchman" or "Icelander", and not a singular
    whose plural is listed when the place has an adjective without one ("Swede", "Pole" beside "Swedish")."""
    from analysis.actors.dictionary import load_dictionary  # the actors wing loads lazily; read once

    found: set[str] = set()
    for entry in load_dictionary().entries.values():
        if entry.type not in _PLACE_TYPES:
            continue
        names = {alias.text for alias in entry.demonyms if " " not in alias.text and alias.text[:1].isupper()}
        singular = {name for name in names if not name.endswith(_PERSON_ENDINGS)
                    and (not name.endswith("s") or name.endswith("ss"))}
        adjectives = {name for name in singular if name + "s" not in names}
        found.update(name.lower() for name in (adjectives or singular))
    return frozenset(found)


def after_demonym(tokens: Sequence[Token], index: int) -> bool:
    """Whether the -ing or -s cue word at ``index`` follows a nationality adjective (see the module docstring)."""
    word = tokens[index].text
    if index < 1 or not word.islower() or not word.endswith(("ing", "s")):
        return False
    previous = tokens[index - 1]
    if previous.kind != "word" or not previous.text[:1].isupper() or previous.lower not in adjective_demonyms():
        return False
    if index < 2:
        return True
    before = tokens[index - 2]
    return before.kind != "word" or not before.text[:1].isupper() or before.lower in _DETERMINERS \
        or before.lower in _PLURAL_QUANTIFIERS  # "The Russian speaking minority", "Many English speaking tourists"


def _past_verb(token: Token) -> bool:
    """A lower-case past form ("countered", "rejected") other than a participle that may modify a source noun
    (``lexicon/source_participles.txt``: "those interviewed say"): its object follows it, not a verb."""
    return token.text.islower() and token.lower.endswith("ed") and token.lower not in _SOURCE_PARTICIPLES


def plural_noun_cue(tokens: Sequence[Token], index: int) -> bool:
    """Whether the -s cue word at ``index`` is a plural noun after a possessive, a plural quantifier or a past form
    (see the module docstring; the tokens of the normalised view, whose apostrophes are straight); not "stress" (a
    base form)."""
    word = tokens[index].text
    if index < 1 or not word.islower() or not word.endswith("s") or word.endswith("ss"):
        return False
    previous = tokens[index - 1]
    if previous.kind == "word":
        return previous.lower.endswith("'s") or previous.lower in _PLURAL_QUANTIFIERS or _past_verb(previous)
    return previous.text == "'" and index >= 2 and tokens[index - 2].kind == "word" \
        and tokens[index - 2].lower.endswith("s") and tokens[index - 2].end == previous.start
