"""A person named as the one an office was taken from: "Johnson succeeded [Theresa May] as Prime Minister".

A role phrase after "as" is what the sentence's subject is or serves as ("Chirac served as President"), and the
rules reading it take the person named last before "as". After a verb of succession
(``lexicon/succession_verbs.txt``: "succeeded", "replacing", "ousted") that person is the verb's object, the
predecessor, and the office is the subject's, named before the verb. :func:`succession_verb_before` finds the verb
so that those rules look past the predecessor.
"""
from __future__ import annotations

import re

from analysis.text import lexicon

_VERB_BEFORE = re.compile(r"\b(%s)\s+\Z" % lexicon.alternation("succession_verbs"))
_LOOK_BACK = 16  # characters read back before a name for the verb ("succeeding ")


def succession_verb_before(text: str, start: int) -> int | None:
    """The offset of the verb of succession right before the name starting at ``start`` ("succeeded Theresa
    May"), else None."""
    verb = _VERB_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    return verb.start() if verb is not None else None
