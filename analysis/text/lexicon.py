"""Word lists, once, as data: ``analysis/dictionaries/lexicon/<name>.txt``.

Every rule module that needs weekdays, months, determiners, prepositions or
another closed-class list reads it from here, so each list exists in one
place. Lists that users extend with their own dictionaries (titles, role
nouns, organisation words, first names, speech cues) live in those
dictionaries instead and reach the rules through the dictionary in force.

A list file holds one entry a line (lower case unless the list says
otherwise); blank lines and lines starting with ``#`` are ignored.

Lists are per language: ``<name>.txt`` is English, ``<name>.<lang>.txt``
another language (ISO 639-1: ``months.es.txt``). Resources kept as whole
files beside the dictionaries (speech cues, actors, frames, stopwords) are
found for a language by :func:`language_file`, the one place that maps a
language to its files.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from analysis.paths import DICTIONARIES

LEXICON = DICTIONARIES / "lexicon"
DEFAULT_LANGUAGE = "en"
# Whole-file resources by language: resource -> {lang: file name under analysis/dictionaries}.
# English is the shipped default; another language's actor file is merged onto the same ids.
LANGUAGE_FILES: dict[str, dict[str, str]] = {
    "speech_cues": {"en": "speech_cues.yaml", "es": "speech_cues_es.yaml"},
    "actors": {"en": "actors.yaml", "es": "actors_es.yaml"},
    "stopwords": {"en": "stopwords_en.txt", "es": "stopwords_es.txt"},
    "frames_generic": {"en": "frames_generic.yaml", "es": "frames_generic_es.yaml"},
    "frames_policy": {"en": "frames_policy.yaml", "es": "frames_policy_es.yaml"},
}
_LANG_CODE = re.compile(r"^[a-z]{2}$")


def list_path(name: str, lang: str = DEFAULT_LANGUAGE) -> Path:
    """Where list ``name`` of ``lang`` lives: ``lexicon/<name>.txt`` (English) or ``lexicon/<name>.<lang>.txt``."""
    if not _LANG_CODE.match(lang):
        raise ValueError(f"language must be an ISO 639-1 code such as 'en' or 'es', got {lang!r}")
    return LEXICON / (f"{name}.txt" if lang == DEFAULT_LANGUAGE else f"{name}.{lang}.txt")


def has_words(name: str, lang: str = DEFAULT_LANGUAGE) -> bool:
    """Whether ``lang`` has list ``name``."""
    return list_path(name, lang).is_file()


@lru_cache(maxsize=None)
def list_languages(name: str) -> frozenset[str]:
    """The languages other than English that have list ``name`` (the package's files: read once per process)."""
    return frozenset(path.suffixes[-2][1:] for path in LEXICON.glob(f"{name}.??.txt"))


def language_file(resource: str, lang: str = DEFAULT_LANGUAGE) -> Path | None:
    """The file of ``resource`` (a key of :data:`LANGUAGE_FILES`) for ``lang``; None when that language has none."""
    try:
        files = LANGUAGE_FILES[resource]
    except KeyError:
        raise KeyError(f"no language resource {resource!r} (known: {sorted(LANGUAGE_FILES)})") from None
    name = files.get(lang)
    return None if name is None else DICTIONARIES / name


def resource_languages(resource: str) -> tuple[str, ...]:
    """The languages that have ``resource``, English first."""
    return tuple(LANGUAGE_FILES[resource])


@lru_cache(maxsize=None)
def words(name: str, lang: str = DEFAULT_LANGUAGE) -> frozenset[str]:
    """The entries of list ``name`` of ``lang`` (``lexicon/<name>.txt``, or ``lexicon/<name>.<lang>.txt``)."""
    return frozenset(ordered_words(name, lang))


@lru_cache(maxsize=None)
def ordered_words(name: str, lang: str = DEFAULT_LANGUAGE) -> tuple[str, ...]:
    """The entries of list ``name`` in file order (for lists whose order matters, e.g. months)."""
    path = list_path(name, lang)
    if not path.is_file():
        known = sorted(p.name for p in LEXICON.glob("*.txt"))
        raise KeyError(f"no word list {name!r} for language {lang!r}: {path} is missing (known: {known})")
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.strip()
        if entry and not entry.startswith("#"):
            entries.append(entry)
    return tuple(entries)


@lru_cache(maxsize=None)
def alternation(name: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """The entries of list ``name`` as a regex alternation, in file order (for a pattern that relied on its order),
    each escaped; the spaces inside an entry ("drew with") match any run of whitespace (``\\s+``)."""
    return "|".join(r"\s+".join(map(re.escape, entry.split())) for entry in ordered_words(name, lang))


def union(*names: str) -> frozenset[str]:
    """The entries of several lists together."""
    return frozenset().union(*(words(name) for name in names))


@lru_cache(maxsize=None)
def stopwords(lang: str = DEFAULT_LANGUAGE) -> frozenset[str]:
    """The stopwords of ``lang`` (the whole-file resource ``stopwords``: ``stopwords_en.txt``), lower case; empty
    for a language without them."""
    path = language_file("stopwords", lang)
    lines = path.read_text(encoding="utf-8").splitlines() if path is not None else []
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def weekdays(lang: str = DEFAULT_LANGUAGE) -> frozenset[str]:
    """Weekday names, lower case."""
    return words("weekdays", lang)


def months(lang: str = DEFAULT_LANGUAGE) -> frozenset[str]:
    """Month names, lower case."""
    return words("months", lang)


def calendar_words(lang: str = DEFAULT_LANGUAGE) -> frozenset[str]:
    """Weekdays and months with their abbreviations, lower case."""
    names = ("weekdays", "weekday_abbreviations", "months", "month_abbreviations")
    return frozenset().union(*(words(name, lang) for name in names))


def singular_forms(word: str) -> tuple[str, ...]:
    """What a lower-case plural may be the plural of: "critics" -> "critic", "witnesses" -> "witness", "allies"
    -> "ally" (with the forms that are no word: "witnesse", "allie"); none for a word not ending in "s"."""
    if not word.endswith("s"):
        return ()
    if word.endswith("ies"):
        return word[:-1], word[:-3] + "y"
    return (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)
