"""A cue word right after a nationality or language adjective is a modifier or a noun, not a verb of speech.

"a Dutch speaking community", "Spanish speaking voters" (written without the hyphen of "Dutch-speaking"),
"an old Chinese saying", "the Turkish warning", "Russian claims that ...": the -ing or -s form of a reporting
verb after an adjective of nationality is part of a noun phrase, and nobody speaks in it. Read as a cue it
made the adjective ("a Dutch") the source of any quotation in the sentence (a scare-quoted title became a
quote). The adjectives are the one-word demonyms of the countries and regions of the shipped actor dictionary
(``actors.yaml``) that are not only a person noun (:func:`adjective_demonyms`). A demonym after a capitalised
word other than a determiner is a surname ("Dawn French says") and leaves the cue alone.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from analysis.quotes.reporter_tokens import Token
from analysis.text.lexicon import words

_DETERMINERS = words("determiners")
_PERSON_ENDINGS = ("man", "men", "woman", "women", "er", "ers")  # "Frenchman", "Icelander", "New Yorkers"
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
    return before.kind != "word" or not before.text[:1].isupper() or before.lower in _DETERMINERS
