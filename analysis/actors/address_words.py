"""Which words a text writes in lower case, the parts of its e-mail and web addresses left out.

Name discovery reads a word the text also writes in lower case as a common
word, not a name: "Will" opening a sentence is the verb when the text has
"will" elsewhere (:mod:`analysis.actors.discovery`). The parts of an address
say nothing of the sort: "daniel" of ``daniel.smith@uni.ac.uk`` is the name
"Daniel Smith" written as an address, and must not make "Daniel" a common
word that the name loses at a sentence's start. Addresses are rare, so the
scan runs only where the text has an "@" or a web address's mark.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress
from operator import itemgetter
from typing import Sequence

from analysis.actors.name_runs import Token

_ADDRESS_MARKS = ("@", "://", "www.")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)[^\s<>\"')\]]+")
_TEXT = itemgetter(3)  # Token.text, read as a tuple item
_START = itemgetter(1)  # Token.start


def lowercase_words(view: str, tokens: Sequence[Token]) -> frozenset[str]:
    """The words of ``tokens`` (name tokens of ``view``) that start with a lower-case letter, but for those that
    stand only inside an e-mail or web address."""
    texts = list(map(_TEXT, tokens))
    if not any(mark in view for mark in _ADDRESS_MARKS):
        return frozenset(word for word in set(texts) if word[:1].islower())
    addresses = [match.span() for match in _ADDRESS.finditer(view)]
    if not addresses:
        return frozenset(word for word in set(texts) if word[:1].islower())
    starts = list(map(_START, tokens))
    outside = [True] * len(tokens)
    for start, end in addresses:
        for k in range(bisect_left(starts, start), bisect_left(starts, end)):
            outside[k] = False
    return frozenset(word for word in set(compress(texts, outside)) if word[:1].islower())
