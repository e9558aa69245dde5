"""Optional statistical backends: a spaCy pipeline the user installed for names, types and speakers.

``analyze(..., mentions_backend="spacy", spacy_model="en_core_web_sm")`` makes
the actors step take names and types from the pipeline's named entities
(:mod:`analysis.backends.spacy_mentions`) and the quotes step take speakers from
its dependency parse (:mod:`analysis.backends.spacy_speakers`); both link to
the actor dictionary exactly as the rule backend does and write the same
tables. spaCy is an extra (``pip install '.[spacy]'``), loaded and parsed by
:mod:`analysis.backends.spacy_pipeline`; nothing is downloaded at run time.
"""
from __future__ import annotations

from analysis._lazy import lazy_exports

_EXPORTS = {
    "DEFAULT_MODEL": "spacy_pipeline",
    "LABEL_TYPES": "spacy_mentions",
    "MENTIONS_BACKENDS": "spacy_pipeline",
    "SpacyCandidates": "spacy_mentions",
    "load_pipeline": "spacy_pipeline",
    "model_fingerprint": "spacy_pipeline",
    "speakers_from_parse": "spacy_speakers",
}
__all__ = sorted(_EXPORTS)
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
