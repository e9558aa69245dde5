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
_MARK = re.compile("|".join(map(re.escape, _ADDRESS_MARKS)))
_NON_SPACES = re.compile(r"\S*")
_TEXT = itemgetter(3)  # Token.text, read as a tuple item
_START = itemgetter(1)  # Token.start
_FIRST = itemgetter(slice(0, 1))  # a word's first letter, "" for none: ``word[:1]``


def lowercase_words(
    view: str, tokens: Sequence[Token], addresses: Sequence[tuple[int, int]] | None = None
) -> frozenset[str]:
    """The words of ``tokens`` (name tokens of ``view``) that start with a lower-case letter, but for those that
    stand only inside an e-mail or web address (``addresses``: their spans in ``view``, :func:`address_spans`, when
    the caller has them already; else found here)."""
    texts = list(map(_TEXT, tokens))
    outside = _outside_addresses(_addresses(view) if addresses is None else addresses, list(map(_START, tokens)))
    words = list(set(texts) if outside is None else set(compress(texts, outside)))
    return frozenset(compress(words, map(str.islower, map(_FIRST, words))))  # C-level: no generator step per word


def address_spans(doc: Document) -> list[tuple[int, int]]:
    """The ``[start, end)`` offsets of the e-mail and web addresses in ``doc.normalized`` (computed once per
    document: name discovery and the prose vocabulary both read them)."""
    return doc.view(_address_spans)


def _address_spans(doc: Document) -> list[tuple[int, int]]:
    return _addresses(doc.normalized)


def prose_vocabulary(doc: Document) -> frozenset[str]:
    """The distinct tokens of ``doc`` as written (:attr:`Document.vocabulary`), but for those that stand only inside
    an e-mail or web address: the words a rule asking "does the text write this word in lower case?" reads
    (computed once per document)."""
    return doc.view(_prose_vocabulary)


def _prose_vocabulary(doc: Document) -> frozenset[str]:
    outside = _outside_addresses(address_spans(doc), doc.token_starts)
    return doc.vocabulary if outside is None else frozenset(compress(doc.token_texts, outside))


def _addresses(view: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` offsets of the e-mail and web addresses in ``view``; none without their marks (the common
    case: one scan for them finds none). Read run by run of non-space characters holding a mark:
    the same matches as a scan of the whole view (none holds a space, so none crosses a run's end, where the view's
    next character is a space or its end; a run without a mark holds none), without trying every word's every
    character."""
    found: list[tuple[int, int]] = []
    end = 0  # the end of the last run of non-space characters read
    for mark in _MARK.finditer(view):
        at = mark.start()
        if at < end:
            continue  # a second mark of the run read ("www.x.com")
        start = at
        while start > 0 and not view[start - 1].isspace():
            start -= 1
        end = _NON_SPACES.match(view, at).end()
        found.extend(match.span() for match in _ADDRESS.finditer(view, start, end))
    return found


def _outside_addresses(addresses: Sequence[tuple[int, int]], starts: Sequence[int]) -> list[bool] | None:
    """For each token starting at ``starts`` (offsets, ascending), whether it stands outside every one of
    ``addresses``; None when there is none."""
    if not addresses:
        return None
    outside = [True] * len(starts)
    for start, end in addresses:
        for k in range(bisect_left(starts, start), bisect_left(starts, end)):
            outside[k] = False
    return outside
