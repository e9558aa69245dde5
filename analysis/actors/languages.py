"""The actor dictionary in another language: the same actors, named as that language names them.

An article in Spanish names ``country:russia`` "Rusia" and its foreign
minister "el ministro de Asuntos Exteriores ruso". :func:`dictionary_for_language`
gives, for a language, the dictionary in force with that language's file
(``analysis/dictionaries/actors_<lang>.yaml``, found by
:func:`analysis.text.lexicon.language_file`) merged onto the same ids: an entry
keeps its name and type and gains the file's name, aliases, demonyms and roles;
offices gain phrases; cue lists are extended. The file's ``drop_phrases`` removes
phrases of the English dictionary that are false friends in the language
("America" is the United States in English copy, "América" the continent in
Spanish). English, and a language without a file, get the dictionary unchanged.

:func:`canonical_person_id` maps a discovered person's id spelt the language's
way to the English spelling (``person:serguei-lavrov`` -> ``person:sergey-lavrov``,
``lexicon/given_name_equivalents.<lang>.txt``), so one person keeps one id
across languages.
"""
from __future__ import annotations

import weakref
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from analysis.actors.compiled import get_dictionary
from analysis.actors.dictionary import (
    ActorDictionary, DictionaryError, Entry, Office, read_dictionary_yaml, check_references, parse_dictionary,
)
from analysis.actors.mention_types import fold_key, slug
from analysis.text.lexicon import DEFAULT_LANGUAGE, has_words, language_file, ordered_words

_BY_LANGUAGE: "weakref.WeakKeyDictionary[ActorDictionary, dict[str, ActorDictionary]]" = weakref.WeakKeyDictionary()


def dictionary_for_language(dictionary: ActorDictionary, lang: str) -> ActorDictionary:
    """``dictionary`` with ``lang``'s names merged onto its ids, built once per dictionary object and language."""
    if lang == DEFAULT_LANGUAGE:
        return dictionary
    path = language_file("actors", lang)
    if path is None:
        return dictionary
    per_language = _BY_LANGUAGE.setdefault(dictionary, {})
    if lang not in per_language:
        extension, dropped = read_language_file(path)
        per_language[lang] = extend_dictionary(dictionary, extension, drop_phrases=dropped)
    return per_language[lang]


@lru_cache(maxsize=8)
def read_language_file(path: Path) -> tuple[ActorDictionary, frozenset[str]]:
    """A language's actor file: its entries, offices and cues, and the phrases it drops (checked, cached)."""
    data: dict[str, Any] = dict(read_dictionary_yaml(path))
    dropped = data.pop("drop_phrases", []) or []
    if not isinstance(dropped, list) or not all(isinstance(p, str) and p.strip() for p in dropped):
        raise DictionaryError(f"{path}: 'drop_phrases' must be a list of phrases of the default dictionary")
    return parse_dictionary(data, source=str(path)), frozenset(p.strip() for p in dropped)


def extend_dictionary(
    base: ActorDictionary, extension: ActorDictionary, *, drop_phrases: frozenset[str] = frozenset()
) -> ActorDictionary:
    """``base`` with ``extension``'s phrases added to the entries and offices of the same ids (new ones added).

    An extended entry keeps ``base``'s name and type; ``extension``'s name
    becomes one of its aliases. Phrases in ``drop_phrases`` are removed from
    every ``base`` entry first.
    """
    entries = {entry_id: _without(entry, drop_phrases) for entry_id, entry in base.entries.items()}
    for entry_id, extra in extension.entries.items():
        entries[entry_id] = _extended(entries[entry_id], extra) if entry_id in entries else extra
    offices = dict(base.offices)
    for office_id, extra_office in extension.offices.items():
        known = offices.get(office_id)
        offices[office_id] = extra_office if known is None else Office(
            known.id, known.name, known.phrases + extra_office.phrases, known.parent)
    cues = {name: base.cue(name) | extension.cue(name) for name in set(base.cues) | set(extension.cues)}
    merged = ActorDictionary(entries, offices, cues, base.versions + extension.versions,
                             base.sources + extension.sources)
    check_references(merged)
    return merged


def _without(entry: Entry, phrases: frozenset[str]) -> Entry:
    if not phrases:
        return entry
    return replace(entry, aliases=tuple(a for a in entry.aliases if a.text not in phrases))


def _extended(entry: Entry, extra: Entry) -> Entry:
    if extra.type != entry.type:
        raise DictionaryError(f"{extra.source}: entry {extra.id!r}: type {extra.type!r} differs from the default's "
                              f"{entry.type!r}; a language file names the same actors")
    own_name = next(ActorDictionary({extra.id: extra}).phrases())[0]  # the name as an Alias, case rule applied
    return replace(
        entry,
        aliases=entry.aliases + (own_name,) + extra.aliases,
        demonyms=entry.demonyms + extra.demonyms,
        roles=entry.roles + extra.roles,
        source=extra.source,
    )


@lru_cache(maxsize=None)
def _given_name_equivalents(lang: str) -> dict[str, str]:
    """Slugged first-name spellings of ``lang`` -> the English slug."""
    if lang == DEFAULT_LANGUAGE or not has_words("given_name_equivalents", lang):
        return {}
    pairs = {}
    for line in ordered_words("given_name_equivalents", lang):
        spelling, _, english = line.partition(" ")
        if not english.strip():
            raise DictionaryError(f"given_name_equivalents.{lang}.txt: line {line!r}: expected 'spelling english'")
        pairs[slug(spelling)] = slug(english.strip())
    return pairs


def canonical_person_id(actor_id: str, lang: str) -> str:
    """A discovered person's id with its first name spelt as English copy spells it (other ids unchanged)."""
    kind, _, name = actor_id.partition(":")
    if kind != "person" or not name:
        return actor_id
    first, dash, rest = name.partition("-")
    english = _given_name_equivalents(lang).get(first)
    return actor_id if english is None or not rest else f"person:{english}{dash}{rest}"


_NAME_INDEX: "weakref.WeakKeyDictionary[ActorDictionary, dict[str, str]]" = weakref.WeakKeyDictionary()


def actor_id_for_name(name: str, *, lang: str = DEFAULT_LANGUAGE, dictionary: ActorDictionary | None = None) -> str | None:
    """The id of the entry whose name or alias is exactly ``name`` in ``lang`` (case and accents ignored), or None.

    For fields that hold a bare name, such as a dateline's place: "Moscú" and "Moscow" are both ``place:moscow``.
    ``dictionary`` is the dictionary in force (None: the shipped default).
    """
    in_language = dictionary_for_language(get_dictionary(dictionary), lang)
    index = _NAME_INDEX.get(in_language)
    if index is None:
        index = {}
        for alias, entry, how in in_language.phrases():
            if how in ("dictionary", "alias"):
                index.setdefault(fold_key(alias.text), entry.id)
        _NAME_INDEX[in_language] = index
    return index.get(fold_key(name.strip()))
