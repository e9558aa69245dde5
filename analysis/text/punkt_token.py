"""Punkt's token with its type and word-shape tests worked out once per distinct word.

nltk's Punkt decides each possible sentence break by tokenising the words
around it into :class:`~nltk.tokenize.punkt.PunktToken` objects, and every
token computes its case-folded type and its shape tests (ellipsis, initial,
alphabetic) with regular expressions run under nltk's ReDoS guard: a third
of the time of splitting news into sentences. :class:`CachedPunktToken`
gives the same answers from nltk's own patterns, remembered per word; it is
handed to the tokenizer through its ``token_cls`` parameter, so every
decision Punkt makes is its own.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from nltk.tokenize.punkt import PunktToken, _re_non_punct

_WORDS_KEPT = 100_000  # distinct words remembered by each cache (a few MB)

_type = lru_cache(maxsize=_WORDS_KEPT)(PunktToken("")._get_type)  # nltk's case- and number-folded type
_ellipsis = lru_cache(maxsize=_WORDS_KEPT)(PunktToken._RE_ELLIPSIS.match)
_initial = lru_cache(maxsize=_WORDS_KEPT)(PunktToken._RE_INITIAL.match)
_alpha = lru_cache(maxsize=_WORDS_KEPT)(PunktToken._RE_ALPHA.match)
_non_punct = lru_cache(maxsize=_WORDS_KEPT)(_re_non_punct.search)


class CachedPunktToken(PunktToken):
    """A :class:`~nltk.tokenize.punkt.PunktToken` whose type and shape tests come from per-word caches."""

    __slots__ = ()

    def __init__(self, tok: str, **params: Any) -> None:
        self.tok = tok
        self.type = _type(tok)
        self.period_final = tok.endswith(".")
        self.parastart = self.linestart = self.sentbreak = self.abbr = self.ellipsis = None
        for name, value in params.items():
            setattr(self, name, value)

    @property
    def is_ellipsis(self) -> Any:
        """Truthy when the token is an ellipsis (nltk's pattern)."""
        return _ellipsis(self.tok)

    @property
    def is_initial(self) -> Any:
        """Truthy when the token is an initial such as ``J.`` (nltk's pattern)."""
        return _initial(self.tok)

    @property
    def is_alpha(self) -> Any:
        """Truthy when the token is all letters (nltk's pattern)."""
        return _alpha(self.tok)

    @property
    def is_non_punct(self) -> Any:
        """Truthy when the token's type holds a letter or a digit (nltk's pattern)."""
        return _non_punct(self.type)
