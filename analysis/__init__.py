"""Media analysis suite: sentiment, framing and actor mentions in news corpora, traceable to sentences.

The public entry points are imported lazily, so ``import analysis.text`` stays
light and a notebook pays only for what it uses.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Corpus": "analysis.corpus.loading",
    "load_corpus": "analysis.corpus.loading",
    "Analysis": "analysis.pipeline.spine",
    "analyze": "analysis.pipeline.spine",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
