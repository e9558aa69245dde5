"""The spine: the per-article step contract, ``analyze``, the Parquet cache, chunked batch runs and stored tables."""
from __future__ import annotations

from analysis._lazy import lazy_exports

_EXPORTS = {
    "Step": "steps",
    "STEPS": "steps",
    "plan_steps": "steps",
    "analyze_article": "spine",
    "analyze": "engines",
    "analyze_to_parquet": "batch",
    "config_key": "cache",
    "read_table": "batch",
    "DEDUPE_MODES": "dedupe",
    "dedupe_articles": "dedupe",
    "dedupe_counts": "dedupe",
    "dedupe_note": "dedupe",
    "deduplicated": "dedupe",
    "open_analysis": "stored",
    "open_corpus": "stored",
    "open_stored": "lazy",
    "StoredAnalysis": "lazy",
    "coverage_note": "languages",
    "measure_coverage": "languages",
}
__all__ = sorted(_EXPORTS)
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
