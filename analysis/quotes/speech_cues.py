"""The speech-cue lexicon: reporting verbs and phrases, loaded from YAML data.

The shipped lexicon is ``analysis/dictionaries/speech_cues.yaml`` (its header
and ``docs/speech-cues.md`` document the format): one entry per lemma with
every form spelt out and three flags, ``invertible`` ("...," said X),
``clausal`` (X said (that) ...) and ``naming`` (a song called "..."). A user's
file is merged over it: new lemmas are added, a lemma given again takes the
user's forms and flags. Files are read once per path (:func:`load_speech_cues`
is cached); a malformed file raises :class:`analysis.errors.DictionaryError`
(as its subclass :class:`SpeechCueError`) naming the file and the entry.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Mapping

import yaml

from analysis.errors import DictionaryError
from analysis.paths import DICTIONARIES, resolve
from analysis.text.lexicon import language_file, resource_languages

DEFAULT_PATH = DICTIONARIES / "speech_cues.yaml"
SCHEMA_VERSION = 1
FLAGS = ("invertible", "clausal", "naming")
_ENTRY_KEYS = {"forms", *FLAGS}


class SpeechCueError(DictionaryError):
    """A speech-cue file that cannot be used (a :class:`~analysis.errors.DictionaryError`); the message names
    the file and the entry."""


@dataclass(frozen=True)
class SpeechCues:
    """Lemmas with their forms, and the lemmas carrying each flag."""

    lemmas: Mapping[str, tuple[str, ...]]
    invertible: frozenset[str]
    clausal: frozenset[str]
    naming: frozenset[str]

    @cached_property
    def forms(self) -> dict[tuple[str, ...], str]:
        """Each form, as a tuple of lower-case words, mapped to its lemma."""
        return {tuple(form.lower().split()): lemma for lemma, forms in self.lemmas.items() for form in forms}

    @cached_property
    def one_word_forms(self) -> frozenset[str]:
        """Every one-word form ("said", "told", "stressed"...)."""
        return frozenset(words[0] for words in self.forms if len(words) == 1)

    @cached_property
    def naming_forms(self) -> frozenset[str]:
        """Every one-word form of a naming lemma ("called", "dubbed", "branded"...)."""
        return frozenset(form.lower() for lemma in self.naming for form in self.lemmas[lemma] if " " not in form)

    @cached_property
    def first_words(self) -> frozenset[str]:
        """The first word of every form (where a cue may start)."""
        return frozenset(words[0] for words in self.forms)


def load_speech_cues(path: str | Path | None = None, *, lang: str = "en") -> SpeechCues:
    """The shipped lexicon of ``lang``, or a user's file (a path) merged over it; cached per path and language.

    Each language has its own shipped file (``speech_cues_es.yaml`` for Spanish, see
    :func:`analysis.text.lexicon.language_file`); a language without one is refused.
    """
    return _load(None if path is None else str(resolve(path)), lang)


def default_speech_cues() -> SpeechCues:
    """The shipped lexicon."""
    return _load(None)


@lru_cache(maxsize=8)
def _load(path: str | None, lang: str = "en") -> SpeechCues:
    shipped = language_file("speech_cues", lang)
    if shipped is None:
        raise SpeechCueError(f"no speech-cue lexicon for language {lang!r} (known: {resource_languages('speech_cues')})")
    entries = _read(shipped)
    if path is not None:
        entries.update(_read(Path(path)))
    return SpeechCues(
        lemmas={lemma: tuple(entry["forms"]) for lemma, entry in entries.items()},
        **{flag: frozenset(lemma for lemma, entry in entries.items() if entry.get(flag)) for flag in FLAGS},
    )


def _read(path: Path) -> dict[str, dict[str, Any]]:
    """The checked entries of one file, by lemma."""
    if not path.is_file():
        raise SpeechCueError(f"{path}: speech-cue file not found")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise SpeechCueError(f"{path}: not valid YAML ({error})") from error
    if not isinstance(data, dict) or not isinstance(data.get("cues"), dict):
        raise SpeechCueError(f"{path}: expected a mapping with 'schema_version: {SCHEMA_VERSION}' and 'cues'")
    if data.get("schema_version") != SCHEMA_VERSION:
        raise SpeechCueError(f"{path}: schema_version {data.get('schema_version')!r}, expected {SCHEMA_VERSION}")
    return {str(lemma): _entry(path, str(lemma), entry) for lemma, entry in data["cues"].items()}


def _entry(path: Path, lemma: str, entry: Any) -> dict[str, Any]:
    where = f"{path}: cue {lemma!r}"
    if not isinstance(entry, dict):
        raise SpeechCueError(f"{where}: expected a mapping with 'forms' (and optional flags {list(FLAGS)})")
    unknown = set(entry) - _ENTRY_KEYS
    if unknown:
        raise SpeechCueError(f"{where}: unknown field(s) {sorted(unknown)}; expected 'forms' and {list(FLAGS)}")
    forms = entry.get("forms")
    if not isinstance(forms, list) or not forms or not all(isinstance(f, str) and f.strip() for f in forms):
        raise SpeechCueError(f"{where}: 'forms' must be a non-empty list of words, e.g. [say, says, said, saying]")
    for flag in FLAGS:
        if not isinstance(entry.get(flag, False), bool):
            raise SpeechCueError(f"{where}: {flag!r} must be true or false, got {entry[flag]!r}")
    return entry
