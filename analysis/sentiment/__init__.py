"""The sentiment wing: VADER on the normalised view, the sentence step, article tone, group tone with intervals, plots."""
from __future__ import annotations

from analysis._lazy import lazy_exports

_EXPORTS = {
    "LEXICON_FILE": "vader",
    "analyzer": "vader",
    "article_table": "tone",
    "compound_histogram": "tone",
    "cue_changes": "tone",
    "distribution_figure": "plots",
    "evidence": "tone",
    "group_figure": "plots",
    "group_tone": "tone",
    "lexicon_counts": "vader",
    "neutral_cues": "cues",
    "over_time_figure": "plots",
    "score_sentences": "step",
    "scored_sentences": "tone",
    "sentence_figure": "plots",
    "sentence_summary": "tone",
    "sentence_view": "tone",
    "voice_figure": "plots",
    "voice_tone": "tone",
    "actor_tone_notes": "notes",
    "tone_line": "notes",
    "tone_methods": "notes",
    "tone_notes": "notes",
}
__all__ = sorted(_EXPORTS)
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
