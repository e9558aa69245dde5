"""The statistics every summary shares: grouping articles by a column or a period, article weights, minimum support
and Wilson intervals. It imports no other wing, so the corpus, sentiment, actors and framing summaries and the
pipeline's aggregations all build on it."""
from __future__ import annotations

from analysis._lazy import lazy_exports

_EXPORTS = {
    "UNDATED": "groups",
    "UNKNOWN": "groups",
    "Grouping": "groups",
    "adaptive_grouping": "groups",
    "article_weights": "groups",
    "group_labels": "groups",
    "is_weighted": "groups",
    "summary_weights": "groups",
    "undated_last": "groups",
    "Supported": "support",
    "wilson_interval": "support",
    "with_min_support": "support",
}
__all__ = sorted(_EXPORTS)
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
