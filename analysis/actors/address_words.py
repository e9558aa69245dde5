"""Which words a text writes in lower case, the parts of its e-mail and web addresses left out.

Name discovery reads a word the text also writes in lower case as a common
word, not a name: "Will" opening a sentence is the verb when the text has
"will" elsewhere (:mod:`analysis.actors.discovery`). The parts of an address
say nothing of the sort: "daniel" of ``daniel.smith@uni.ac.uk`` is the name
"Daniel Smith" written as an address, and must not make "Daniel" a common
word that the name loses at a sentence's start; "durham" of
``a.smith@durham.ac.uk`` must not stop "Durham" naming the town in "Durham
University" (:mod:`analysis.actors.inner_places`). Addresses are rare, so the
scan runs only where the text has an "@" or a web address's mark.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress
from operator import itemgetter
from typing import Sequence

from analysis.actors.name_runs import Token
from analysis.text import lexicon
from analysis.text.document import Document

_ADDRESS_MARKS = ("@", "://", "www.", *("." + ending for ending in lexicon.ordered_words("web_domain_endings")))
_DOMAIN_ENDINGS = lexicon.alternation("web_domain_endings")
_ADDRESS = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an e-mail address
    r"|(?:https?://|www\.)[^\s<>\"')\]]+"  # a web address with its mark
    rf"|\b[\w-]+(?:\.[\w-]+)*\.(?:{_DOMAIN_ENDINGS})(?:\.[a-z]{{2}})?\b(?:/[^\s<>\"')\]]*)?"  # "podiobooks.com/x"
)
_TEXT = itemgetter(3)  # Token.text, read as a tuple item
_START = itemgetter(1)  # Token.start


def lowercase_words(view: str, tokens: Sequence[Token]) -> frozenset[str]:
    """The words of ``tokens`` (name tokens of ``view``) that start with a lower-case letter, but for those that
    stand only inside an e-mail or web address."""
    texts = list(map(_TEXT, tokens))
    outside = _outside_addresses(view, list(map(_START, tokens)))
    words = set(texts) if outside is None else set(compress(texts, outside))
    return frozenset(word for word in words if word[:1].islower())


def prose_vocabulary(doc: Document) -> frozenset[str]:
    """The distinct tokens of ``doc`` as written (:attr:`Document.vocabulary`), but for those that stand only inside
    an e-mail or web address: the words a rule asking "does the text write this word in lower case?" reads
    (computed once per document)."""
    return doc.view(_prose_vocabulary)


def _prose_vocabulary(doc: Document) -> frozenset[str]:
    outside = _outside_addresses(doc.normalized, doc.token_starts)
    return doc.vocabulary if outside is None else frozenset(compress(doc.token_texts, outside))


def _outside_addresses(view: str, starts: Sequence[int]) -> list[bool] | None:
    """For each token starting at ``starts`` (offsets into ``view``, ascending), whether it stands outside every
    e-mail and web address; None when ``view`` has none (the common case, told by a quick look for their marks)."""
    if not any(mark in view for mark in _ADDRESS_MARKS):
        return None
    addresses = [match.span() for match in _ADDRESS.finditer(view)]
    if not addresses:
        return None
    outside = [True] * len(starts)
    for start, end in addresses:
        for k in range(bisect_left(starts, start), bisect_left(starts, end)):
            outside[k] = False
    return outside
