"""An acronym that owns something or acts in the sentence is a body: "HBO's new series", "SNY has broadcast".

:func:`analysis.actors.context_cues.acronym_organization` types an all-capital word the dictionary lacks by the
words around it ("UNHCR officials", "a spokesperson for the ICC"); it asks :func:`acronym_agent` when none of
those is there. An acronym is an organisation's when

* it owns what follows it, a word coming next: "HBO's Game of Thrones", "FIDE's rules", "MTV's horror series"
  (not "user ID's, photos", a plural written with an apostrophe);
* it is the bare subject of a finite verb: a form of "have", a modal or a past tense, after at most two of the
  adverbs a source takes ("SNY has broadcast", "FIDE agreed", "NDTV later reported", "KGB arrested"); not after
  an article or a determiner ("the VCR empowered people", "the CFL can be used": things), nor a form of "be"
  ("CAOS was succeeded by CentOS", "AKMA was the first guy": a product, a nickname);
* it is what something comes from or is done by, ending its noun phrase: "insurance from the SCBA.", "the scale
  used by the NHC for ..." (``lexicon/body_end_words.txt`` may follow it, not a noun: "from the ROV lights").

Never an acronym the article spells out in brackets, before or after ("Red Hat Enterprise Linux (RHEL) ... RHEL's
release cycle", "the ACC [anterior cingulate cortex] is"): linking gives it its spelt-out name's type
(:func:`analysis.actors.linking._link_acronyms`), which may be a product, a law or a part of the brain.
"""
from __future__ import annotations

import re
from functools import lru_cache

from analysis.actors.name_context import BODY_END, ends_before
from analysis.actors.name_runs import Token
from analysis.text import lexicon

_OWNED = re.compile(r"['’]s?[ \t]+[\w\"“‘]")  # "'s Game", "'s horror"; not "'s, photos"
_ADVERBS = lexicon.alternation("source_cue_adverbs")  # "also", "later", "has"
_FINITE = lexicon.alternation("have_forms") + "|" + lexicon.alternation("modal_verbs")  # "has", "would"
_ACTS = re.compile(rf"[ \t]+(?:(?:{_ADVERBS})[ \t]+){{0,2}}(?:(?:{_FINITE})|[a-z]{{3,}}ed)\b")
_SOURCE_BEFORE = re.compile(r"\b(?:from|by)\s+the\s+$")  # "from the SCBA", "used by the NHC"
_DETERMINED = re.compile(rf"\b(?i:{lexicon.alternation('determiners')})\s+$")  # "the VCR", "its ACC"


def acronym_agent(view: str, first: Token, last: Token, word: str) -> str:
    """Why the acronym ``word`` (tokens ``first`` to ``last`` of ``view``) owns or does something, or ""
    (module docstring)."""
    if last.possessive:
        cue = "owns" if _OWNED.match(view, last.end, last.end + 6) else ""
    elif _ACTS.match(view, last.end, last.end + 40) and _DETERMINED.search(view, max(0, first.start - 7),
                                                                           first.start) is None:
        cue = "acts"
    elif ends_before(view, first.start, 12, ("the",)) and _SOURCE_BEFORE.search(view, max(0, first.start - 12),
                                                                                first.start) \
            and BODY_END.match(view, last.end):
        cue = "source"
    else:
        return ""
    return f"acronym: {word} {cue}" if cue and not _spelt_out(view, word) else ""


def _spelt_out(view: str, word: str) -> bool:
    """Whether the article writes ``word`` in brackets or puts brackets right after it ("(RHEL)", "ACC [")."""
    if not any(form in view for form in (f"({word})", f"[{word}]", f"{word} (", f"{word} [")):
        return False  # not so written anywhere (most acronyms): the article's bracketed words need not be read
    return word in _bracketed_words(view)


@lru_cache(maxsize=4)
def _bracketed_words(view: str) -> frozenset[str]:
    """The words an article writes alone in brackets ("(RHEL)", "[ACC]") or right before a bracket ("ACC (",
    "RHEL ["), found in one pass over the article (the acronyms of one article ask it many times)."""
    return frozenset(word for match in _BRACKETED.finditer(view) for word in match.groups() if word)


# a word before a bracket is tried only where a word starts (after a space or a bracket) and never re-read
# backwards (possessive ``++``): a word not before a bracket would otherwise be tried from each of its letters
_BRACKETED = re.compile(r"\(([^\s()]+)\)|\[([^\s\[\]]+)\]|(?<![^\s()\[\]])([^\s(\[]++)(?= [(\[])")
