"""The quotes wing: speech cues, attribution in every order, speaker resolution, indirect speech and the quotes step."""
from __future__ import annotations

from analysis._lazy import lazy_exports

_EXPORTS = {
    "MENTION_COLUMNS": "step",
    "QUOTE_COLUMNS": "step",
    "SpeechCueError": "speech_cues",
    "default_speech_cues": "speech_cues",
    "extract_quotes": "step",
    "load_speech_cues": "speech_cues",
}
__all__ = sorted(_EXPORTS)
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
