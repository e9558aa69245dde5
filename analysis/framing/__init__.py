"""The framing wing: frame dictionaries, the frame-hit step, article frame scores, key terms, keyness and plots."""
from __future__ import annotations

from analysis._lazy import lazy_exports

_EXPORTS = {
    "DictionaryError": "dictionary",
    "Frame": "dictionary",
    "FrameDictionary": "dictionary",
    "FrameFinder": "step",
    "HIT_COLUMNS": "step",
    "KEYNESS_COLUMNS": "keyterms",
    "KWIC_COLUMNS": "keyterms",
    "TIE_SEPARATOR": "step",
    "analysis_dictionary": "step",
    "comparison_groups": "keyterms",
    "dictionary_path": "dictionary",
    "dominant_frames": "step",
    "dominant_frame_counts": "summary",
    "drawable": "plots",
    "evidence_sample": "step",
    "find_frames": "step",
    "frame_cooccurrence": "step",
    "frame_prevalence": "summary",
    "frame_scores": "step",
    "frames_by": "summary",
    "frames_option": "step",
    "heatmap_figure": "plots",
    "keyness": "keyterms",
    "keyness_figure": "plots",
    "kwic": "keyterms",
    "load_frame_dictionary": "dictionary",
    "load_stopwords": "keyterms",
    "log_likelihood": "keyterms",
    "log_ratio": "keyterms",
    "parse_csv": "dictionary",
    "parse_yaml": "dictionary",
    "prevalence_figure": "plots",
    "stem_key": "step",
    "text_terms": "keyterms",
    "timeline_figure": "plots",
}
__all__ = sorted(_EXPORTS)
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
