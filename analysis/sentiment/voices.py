"""The voice of a sentence in the ``sentiment`` table: the reporter's narration, quoted speech, or both.

Its own module so that the English step (:mod:`analysis.sentiment.step`) and
the Spanish scorer it calls (:mod:`analysis.sentiment.spanish`) share the
labels without importing each other.
"""
from __future__ import annotations

NARRATION, QUOTE, MIXED = "narration", "quote", "mixed"
VOICES = (NARRATION, QUOTE, MIXED)
