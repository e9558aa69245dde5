"""Reporting verbs that make a name a speaker, hence a person: "..., said Okafor", "Okafor told reporters".

The verbs are the finite forms ("said", "says", "told"; not "say" or
"saying") of lemmas listed in ``lexicon/speaker_verbs_before_name.txt`` and
``lexicon/speaker_verbs_after_name.txt``, spelt as the speech-cue lexicon in
force spells them (:func:`analysis.quotes.speech_cues.load_speech_cues`: the
shipped ``speech_cues.yaml``, or a user's file merged over it, the
``quotes_speech_cues`` option). A lemma the user's file adds counts on both
sides (before a name only when it is ``invertible``), so a user's reporting
verb types speakers as it finds quotes.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from analysis.quotes.speech_cues import load_speech_cues
from analysis.text import lexicon


@dataclass(frozen=True)
class SpeakerVerbs:
    """Finite reporting-verb forms, lower case: ``before`` a name ("said X"), ``after`` it ("X said")."""

    before: frozenset[str]
    after: frozenset[str]


def speaker_verbs(speech_cues: str | Path | None = None, *, lang: str = "en") -> SpeakerVerbs:
    """The speaker verbs of a speech-cue file (None: the shipped lexicon of ``lang``), built once per file."""
    return _speaker_verbs(None if speech_cues is None else str(speech_cues), lang)


@lru_cache(maxsize=8)
def _speaker_verbs(path: str | None, lang: str = "en") -> SpeakerVerbs:
    cues = load_speech_cues(path, lang=lang)
    shipped = load_speech_cues(None, lang=lang).lemmas
    added = {lemma for lemma in cues.lemmas if lemma not in shipped}
    before = lexicon.words("speaker_verbs_before_name", lang) | {lemma for lemma in added if lemma in cues.invertible}
    after = lexicon.words("speaker_verbs_after_name", lang) | added
    return SpeakerVerbs(_finite_forms(cues.lemmas, before), _finite_forms(cues.lemmas, after))


def _finite_forms(lemmas, chosen: frozenset[str] | set[str]) -> frozenset[str]:
    """One-word forms of the chosen lemmas other than the bare lemma and its -ing form."""
    return frozenset(
        form.lower() for lemma in chosen for form in lemmas.get(lemma, ())
        if " " not in form.strip() and form.lower() != lemma and not form.lower().endswith("ing")
    )
