"""py3langid's feature counting done with NumPy: the same features, counts and scores, to the bit, faster.

py3langid (0.4.0, pinned) finds the byte n-grams of a text by walking a DFA one
byte at a time in a Python loop (``visit_counts``), counts them in a ``Counter``
(first met first) and scores them from that dict (``_sparse_score``): most of its
time per article. Here:

- the walk's states are the one sequence with ``state[i] = move(state[i - 1], byte[i])``
  from the start state, so :func:`walk` computes the moves of every position at
  once from the previous round's states, round after round, until a round changes
  nothing: that sequence is the walk, exactly. A position is final once the one
  before it is, so each round leaves out one more leading position. The DFA is an
  Aho-Corasick automaton over n-grams of at most 6 bytes (a state depends only on
  the last 6 bytes): a text takes at most 7 rounds, whatever its length. The first
  two rounds are one look-up in a table of the states after each pair of bytes;
- :func:`feature_counts` counts the features met in the order of their first
  meeting, the ``Counter``'s order, and ``FastIdentifier._raw_score`` takes py3langid's
  product over them in that order (the same float32 sum, so the same bits).

Everything else (encoding, normalisation, alias folding) is py3langid's own ``_decide``.
"""
from __future__ import annotations

from typing import Any

import numpy as np
from py3langid.langid import RAW_FLOOR, LanguageIdentifier


class FastIdentifier(LanguageIdentifier):
    """py3langid's identifier whose raw scores come from :func:`feature_counts`; everything else is py3langid's."""

    __slots__ = ["_walk"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        nextmove = np.frombuffer(self.tk_nextmove, dtype=np.dtype(self.tk_nextmove.typecode))  # no copy
        rowbase = np.asarray(self._rowbase, dtype=np.intp)
        self._walk = (nextmove, rowbase, np.asarray(self.tk_output, dtype=np.intp), _pair_moves(nextmove, rowbase))

    def _raw_score(self, text: bytes) -> Any:
        """py3langid's ``_raw_score`` and ``_sparse_score`` (0.4.0) over the counts of :func:`feature_counts`."""
        features, counts = feature_counts(self, text)
        if len(features):
            return np.log1p(counts.astype(np.float32)) @ self.nb_ptc[features] + self.nb_pc
        return np.full(len(self.nb_classes), 0.0 if self._norm_probs else RAW_FLOOR, dtype=np.float32)


def _pair_moves(nextmove: Any, rowbase: Any) -> Any:
    """The state after each pair of bytes walked from the start state, indexed ``first * 256 + second`` (256 KB)."""
    firsts = nextmove[rowbase[0] + np.arange(256)].astype(np.intp)
    return nextmove[(rowbase[firsts][:, None] + np.arange(256)).ravel()].astype(np.intp)


def walk(identifier: FastIdentifier, text: bytes) -> Any:
    """The DFA state after each byte of the encoded ``text`` (py3langid's walk from the start state).

    Rounds 1 and 2 are one look-up of each pair of bytes: the state after walking
    a byte and the one before it from the start state.
    """
    nextmove, rowbase, _, pairs = identifier._walk
    data = np.frombuffer(text, dtype=np.uint8)
    if len(data) < 2:
        return nextmove[rowbase[0] + data].astype(np.intp)
    states = np.empty(len(data), dtype=np.intp)
    states[0] = nextmove[rowbase[0] + data[0]]
    states[1:] = pairs[(data[:-1].astype(np.intp) << 8) | data[1:]]
    final = 2  # the positions before it are final (the first two are after round 2)
    while final < len(data):
        moved = nextmove[rowbase[states[final - 1:-1]] + data[final:]]
        if (moved == states[final:]).all():
            break
        states[final:] = moved
        final += 1
    return states


def feature_counts(identifier: FastIdentifier, text: bytes) -> tuple[Any, Any]:
    """The features met walking the encoded ``text`` and how often each is met, in the order of their first
    meeting: py3langid's ``visit_counts`` ``Counter`` as two arrays (both empty without a feature)."""
    output = identifier._walk[2]
    met = output[walk(identifier, text)]
    met = met[met >= 0]
    n = len(met)
    if not n:
        return met, met
    ranked, at = np.divmod(np.sort(met * n + np.arange(n)), n)  # by feature, then by position (one key each)
    edges = np.flatnonzero(np.concatenate(([True], ranked[1:] != ranked[:-1], [True])))
    starts, counts = edges[:-1], np.diff(edges)  # each feature's first meeting, and its number of meetings
    first = np.argsort(at[starts])  # the features in the order of their first meeting (distinct positions)
    return ranked[starts][first], counts[first]
