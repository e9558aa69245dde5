"""A name followed by its affiliation and then a speech verb is a person's: "Suman Haripriya of the Hajo assembly
said", "Sharif Hotak, of the provincial council, told reporters".

:mod:`analysis.actors.name_cues` reads a speech verb right after a name ("Okafor said"); news just as often puts
the speaker's body or town between the two. :func:`affiliated_speaker` types a name of two words or more that no
other rule typed when

* an affiliation preposition follows it (``lexicon/affiliation_prepositions.txt``: "of", "at", "from"), after a
  comma or not;
* then up to :data:`_AFFILIATION_WORDS` words that may name a body or a place: capitalised words, "the", "and",
  "for", "of" (``lexicon/organization_connectors.txt``) and lower-case nouns ("the Hajo assembly", "the Maidan Wardak provincial council"), but no other
  stopword ("of the city who said": a clause, not an affiliation);
* then a speaker verb of ``lexicon/speaker_verbs_after_name.txt`` ("said", "told", "added"), after a comma
  only when a comma opened the affiliation (a closed aside), or a comma and "who" ("Rai Benjamin from the
  United States, who finished second": "who" asks for a person, as right after a name); after a closed aside,
  also any verb in the past (:func:`~analysis.actors.person_predicates.past_verb`: "Sharif Hotak, of the Maidan
  Wardak provincial council, described ..."): a name with its affiliation set apart is a person's.

A name the text writes as an organisation's (a head word: "Abbott Laboratories of Chicago said") is typed before
this rule is asked; one-word names are left alone ("Amnesty of London said" could be a body as well).
"""
from __future__ import annotations

from typing import Sequence

from analysis.actors.name_context import NameContext
from analysis.actors.person_predicates import past_verb
from analysis.text import lexicon

_AFFILIATION_WORDS = 8  # words read after the preposition for the body or place before the verb
_BODY_CONNECTORS = lexicon.words("organization_connectors")  # lower-case words inside a body's name: "of", "the"
_AFFILIATION_PREPOSITIONS = lexicon.words("affiliation_prepositions")


def affiliated_speaker(ctx: NameContext, segment: Sequence[int]) -> str:
    """The cue for a name followed by an affiliation and a speech verb ("affiliation then: said"), or "" (module)."""
    tokens = ctx.tokens
    if len(segment) < 2:
        return ""
    last = segment[-1]
    if tokens[last].possessive or last + 2 >= len(tokens):
        return ""
    preposition = tokens[last + 1]
    if preposition.text not in _AFFILIATION_PREPOSITIONS or preposition.gap.strip() not in ("", ","):
        return ""
    aside = preposition.gap.strip() == ","
    index = last + 2
    for _ in range(_AFFILIATION_WORDS):
        if index >= len(tokens):
            return ""
        token = tokens[index]
        separator = token.gap.strip()
        if index > last + 2 and separator in ("", ",") and token.text in ctx.verbs.after:
            return f"affiliation then: {token.text}" if (separator == ",") == aside else ""
        if index > last + 2 and separator == "," and aside and past_verb(token.text):
            return f"affiliation then: {token.text}"  # "Sharif Hotak, of the provincial council, described ..."
        if index > last + 2 and separator == "," and token.text == "who" and not aside:
            return "affiliation then: who"  # "Rai Benjamin from the United States, who finished second"
        if separator not in ("", "-") or not _body_word(token.text):
            return ""
        index += 1
    return ""


def _body_word(word: str) -> bool:
    """Whether ``word`` may be part of the name of a body or place: capitalised, a connector of names, or a
    lower-case word that is no stopword ("assembly", "provincial")."""
    return word[:1].isupper() or word in _BODY_CONNECTORS or (word.isalpha() and word not in lexicon.stopwords())

