"""Media analysis suite: sentiment, framing and actor mentions in news corpora, traceable to sentences.

The public entry points are imported lazily, so ``import analysis.text`` stays
light and a notebook pays only for what it uses.
"""
from __future__ import annotations

from analysis._lazy import lazy_exports

__version__ = "0.1.0"

_EXPORTS = {
    "Corpus": "corpus.loading",
    "load_corpus": "corpus.loading",
    "Analysis": "pipeline.spine",
    "analyze": "pipeline.engines",
}

__all__ = ["__version__", *_EXPORTS]
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
