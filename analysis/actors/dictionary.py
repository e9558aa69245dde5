"""Actor dictionaries: load, check and merge the YAML files that name people, countries and organisations.

An actor dictionary is data, not code; its schema is documented in
``docs/actors-dictionary.md``. A file holds a ``schema_version``, a
``dictionary_version`` and a list of ``entries`` (``id``, ``name``, ``type``
and optional ``aliases``, ``demonyms``, ``roles``, ``stands_for``; a person may
have ``surnames``, the bare forms that name them when the article names no
other person so called, and ``office``/``country``/``period`` saying what they
are known for), plus
optional ``offices`` (role phrases such as "foreign minister", used to link
"the head of Russian diplomacy" to the person an article gives that office to)
and ``cues`` (word lists that type discovered names).

A user's file is merged over the shipped default (``mode="merge"``: an entry
with a known id overrides the fields it gives, new entries are added) or
replaces the default's entries (``mode="replace"``); offices and cues always
extend the default's. Anything malformed raises :class:`DictionaryError`
naming the file, the entry and what was expected.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence

import yaml

from analysis.errors import DictionaryError, OptionError  # re-exported: analysis.actors.dictionary.DictionaryError
from analysis.paths import DICTIONARIES, resolve
from analysis.batch_scope import once_per_batch

SCHEMA_VERSION = 1
DEFAULT_PATH = DICTIONARIES / "actors.yaml"
PUBLIC_FIGURES_PATH = DICTIONARIES / "public_figures.yaml"  # shipped with the default: heads of state and others
GIVEN_NAMES_PATH = DICTIONARIES / "given_names.yaml"  # shipped with the default: first names of many countries
WORLD_CITIES_PATH = DICTIONARIES / "world_cities.yaml"  # shipped with the default: town and city names (GeoNames)
DEFAULT_PATHS = (DEFAULT_PATH, PUBLIC_FIGURES_PATH, GIVEN_NAMES_PATH, WORLD_CITIES_PATH)
TYPES = ("person", "country", "organization", "region", "media", "place")
MODES = ("merge", "replace")
CUE_LISTS = (
    "titles",             # capitalised words before a name that make it a person ("Mr", "General")
    "role_nouns",         # lowercase role words before a name that make it a person ("adviser", "striker")
    "organization_words", # head words that make a name an organisation ("Ministry", "Council")
    "media_words",        # head words that make a name a media outlet ("Times", "Television")
    "place_words",        # head words that make a name a place ("County", "River")
    "event_words",        # head words of names that are not actors ("Cup", "Agreement")
    "organization_nouns", # lowercase nouns right after a name that make it an organisation ("party")
    "media_nouns",        # lowercase nouns next to a name that make it a media outlet ("newspaper")
    "given_names",        # first names: a capitalised sequence starting with one is a person
    "female_names",       # first names usually borne by women (also given names; "she" agrees with them)
    "male_names",         # first names usually borne by men (also given names; "he" agrees with them)
    "place_names",        # names of towns and cities: a discovered name that is one of them is a place
    "not_names",          # capitalised words that never start or make a name alone ("However", "COVID")
    "blocked",            # phrases that are never mentions although they contain one ("Sputnik V")
)
_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_.:-]*$")
_TOP_KEYS = {"schema_version", "dictionary_version", "name", "description", "entries", "offices", "cues"}
_ENTRY_KEYS = {"id", "name", "type", "aliases", "demonyms", "roles", "stands_for", "note", "wikidata",
               "surnames", "office", "country", "period"}
_PERIOD = re.compile(r"^(\d{4})-(\d{4})?$")  # "2017-2021", or "2024-" for a role still held
_OFFICE_KEYS = {"id", "name", "phrases", "parent", "note"}
_ALIAS_KEYS = {"alias", "case_sensitive"}
_SHORT_CAPS = re.compile(r"^[A-Z][A-Z0-9.&+-]{0,5}$")
_ACTOR_SLOT = "{actor}"
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader when PyYAML has it: same result, faster


@dataclass(frozen=True)
class Alias:
    """A phrase naming an actor. ``case_sensitive`` phrases match only their exact letter case."""

    text: str
    case_sensitive: bool = False


@dataclass(frozen=True)
class Entry:
    """One actor: a stable id, a display name, a type and the phrases that name it."""

    id: str
    name: str
    type: str
    aliases: tuple[Alias, ...] = ()
    demonyms: tuple[Alias, ...] = ()
    roles: tuple[Alias, ...] = ()
    stands_for: str | None = None
    source: str = ""
    surnames: tuple[Alias, ...] = ()  # bare surnames: "Macron" names this person unless the article says otherwise
    office: str = ""                  # what a public figure is known as ("President of France")
    country: str | None = None        # the id of the country entry they serve
    period: str = ""                  # years in the office: "2017-" (still held) or "2009-2017"


@dataclass(frozen=True)
class Office:
    """An office ("foreign minister") and the phrases that name it; ``{actor}`` marks a country/organisation slot."""

    id: str
    name: str
    phrases: tuple[str, ...]
    parent: str | None = None


@dataclass(eq=False)
class ActorDictionary:
    """Entries by id, offices by id and cue word lists, with where they came from.

    Instances compare by identity, so compiled matchers can be cached per
    dictionary object (see :mod:`analysis.actors.step`).
    """

    entries: dict[str, Entry]
    offices: dict[str, Office] = field(default_factory=dict)
    cues: dict[str, frozenset[str]] = field(default_factory=dict)
    versions: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.entries)

    def entry(self, actor_id: str) -> Entry:
        """The entry with ``actor_id`` (KeyError names the id)."""
        try:
            return self.entries[actor_id]
        except KeyError:
            raise KeyError(f"no actor {actor_id!r} in dictionary {', '.join(self.sources)}") from None

    def cue(self, name: str) -> frozenset[str]:
        """A cue word list (empty when absent)."""
        return self.cues.get(name, frozenset())

    def phrases(self) -> Iterator[tuple[Alias, Entry, str]]:
        """Every phrase with its entry and how it names it: ``dictionary``, ``alias``, ``demonym`` or ``role``."""
        for entry in self.entries.values():
            yield Alias(entry.name, _default_case_sensitive(entry.name)), entry, "dictionary"
            for alias in entry.aliases:
                yield alias, entry, "alias"
            for demonym in entry.demonyms:
                yield demonym, entry, "demonym"
            for role in entry.roles:
                yield role, entry, "role"


# ---------------------------------------------------------------- loading


def load_dictionary(path: str | Path | None = None, *, mode: str = "merge") -> ActorDictionary:
    """The shipped default, or ``path`` merged over it (``mode="merge"``) or replacing its entries (``"replace"``).

    Loaded dictionaries are cached per (path, modification time, mode), so
    passing the same path again is cheap and returns the same object; within a batch of articles the files are
    looked up once (:func:`analysis.batch_scope.once_per_batch`).
    """
    return once_per_batch(("actor_dictionary", path, mode), lambda: _load_current(path, mode))


def _load_current(path: str | Path | None, mode: str) -> ActorDictionary:
    """:func:`load_dictionary` with the files' modification times read now."""
    if mode not in MODES:
        raise OptionError(f"actors_mode must be one of {MODES}, got {mode!r}")
    stamps = tuple(default.stat().st_mtime_ns for default in DEFAULT_PATHS)
    if path is None:
        return _load_cached(stamps, None, 0, "merge")
    user = resolve(path)
    if not user.is_file():
        raise DictionaryError(f"{path}: actor dictionary not found (looked at {user})")
    return _load_cached(stamps, str(user), user.stat().st_mtime_ns, mode)


@lru_cache(maxsize=16)
def _load_cached(_default_mtimes: tuple[int, ...], user: str | None, _user_mtime: int, mode: str) -> ActorDictionary:
    """The shipped files merged in order (actors, public figures, first names, city names), then the user's file
    over them."""
    base = read_dictionary(DEFAULT_PATHS[0])
    for default in DEFAULT_PATHS[1:]:
        base = merge_dictionaries(base, read_dictionary(default))
    if user is None or Path(user) in DEFAULT_PATHS:
        return base
    return merge_dictionaries(base, read_dictionary(user), mode=mode)


def read_dictionary(path: str | Path) -> ActorDictionary:
    """Read and check one dictionary file on its own (``stands_for`` targets must be in this file)."""
    data = read_dictionary_yaml(Path(path))
    dictionary = parse_dictionary(data, source=str(path))
    check_references(dictionary)
    return dictionary


def read_dictionary_yaml(path: Path) -> Mapping[str, Any]:
    """The mapping an actor dictionary file holds; a DictionaryError naming the file (and line) when it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DictionaryError(f"{path}: cannot read actor dictionary ({error})") from error
    try:
        data = yaml.load(text, Loader=_SAFE_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise DictionaryError(f"{path}: not valid YAML{where}: {getattr(error, 'problem', error)}") from error
    if not isinstance(data, dict):
        raise DictionaryError(f"{path}: expected a mapping with schema_version, dictionary_version and entries")
    return data


def parse_dictionary(data: Mapping[str, Any], *, source: str = "<dictionary>") -> ActorDictionary:
    """Check the parsed YAML of one file and build its dictionary; errors name ``source`` and the entry."""
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise DictionaryError(f"{source}: unknown top-level key(s) {unknown}; expected some of {sorted(_TOP_KEYS)}")
    if data.get("schema_version") != SCHEMA_VERSION:
        raise DictionaryError(
            f"{source}: schema_version must be {SCHEMA_VERSION}, got {data.get('schema_version')!r}"
        )
    version = data.get("dictionary_version")
    if not isinstance(version, (str, int, float)) or str(version).strip() == "":
        raise DictionaryError(f"{source}: dictionary_version is required (a string such as '2024.1')")
    entries = _parse_entries(data.get("entries"), source)
    offices = _parse_offices(data.get("offices", []) or [], source)
    cues = _parse_cues(data.get("cues", {}) or {}, source)
    return ActorDictionary(entries, offices, cues, (f"{source}@{version}",), (source,))


def _parse_entries(raw: Any, source: str) -> dict[str, Entry]:
    if not isinstance(raw, list):
        raise DictionaryError(f"{source}: 'entries' must be a list of actor entries")
    entries: dict[str, Entry] = {}
    owners: dict[tuple[str, bool], str] = {}
    for index, item in enumerate(raw, start=1):
        entry = _parse_entry(item, f"{source}: entry {index}", source)
        if entry.id in entries:
            raise DictionaryError(f"{source}: entry {index}: duplicate id {entry.id!r}")
        _check_unique_phrases(entry, owners, f"{source}: entry {index} ({entry.id})")
        entries[entry.id] = entry
    return entries


def _parse_entry(item: Any, where: str, source: str) -> Entry:
    if not isinstance(item, dict):
        raise DictionaryError(f"{where}: expected a mapping with id, name and type, got {item!r}")
    entry_id = item.get("id")
    if isinstance(entry_id, str):
        where = f"{where} ({entry_id})"
    unknown = sorted(set(item) - _ENTRY_KEYS)
    if unknown:
        raise DictionaryError(f"{where}: unknown field(s) {unknown}; expected some of {sorted(_ENTRY_KEYS)}")
    if not isinstance(entry_id, str) or not _ID_PATTERN.match(entry_id):
        raise DictionaryError(f"{where}: 'id' must be a lowercase id such as 'country:russia', got {entry_id!r}")
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise DictionaryError(f"{where}: 'name' must be a non-empty string, got {name!r}")
    kind = item.get("type")
    if kind not in TYPES:
        raise DictionaryError(f"{where}: 'type' must be one of {', '.join(TYPES)}, got {kind!r}")
    stands_for = item.get("stands_for")
    if stands_for is not None and (not isinstance(stands_for, str) or not _ID_PATTERN.match(stands_for)):
        raise DictionaryError(f"{where}: 'stands_for' must be the id of another entry, got {stands_for!r}")
    if stands_for == entry_id:
        raise DictionaryError(f"{where}: 'stands_for' cannot name the entry itself")
    return Entry(
        id=entry_id,
        name=name.strip(),
        type=kind,
        aliases=_parse_phrases(item.get("aliases"), f"{where}: aliases"),
        demonyms=_parse_phrases(item.get("demonyms"), f"{where}: demonyms"),
        roles=_parse_phrases(item.get("roles"), f"{where}: roles"),
        stands_for=stands_for,
        source=source,
        **_public_fields(item, kind, where),
    )


def _public_fields(item: Mapping[str, Any], kind: str, where: str) -> dict[str, Any]:
    """``surnames`` (persons only), ``office``, ``country`` and ``period`` of an entry, checked."""
    surnames = _parse_phrases(item.get("surnames"), f"{where}: surnames")
    if surnames and kind != "person":
        raise DictionaryError(f"{where}: 'surnames' are for persons only, this entry is a {kind}")
    bad = [alias.text for alias in surnames if len(alias.text.split()) != 1]
    if bad:
        raise DictionaryError(f"{where}: surnames must be single words (a full name is an alias), got {bad}")
    office, country, period = item.get("office", ""), item.get("country"), item.get("period", "")
    if not isinstance(office, str):
        raise DictionaryError(f"{where}: 'office' must be a string such as 'President of France', got {office!r}")
    if country is not None and (not isinstance(country, str) or not _ID_PATTERN.match(country)):
        raise DictionaryError(f"{where}: 'country' must be the id of a country entry, got {country!r}")
    match = _PERIOD.match(str(period)) if period != "" else None
    if period != "" and (match is None or (match.group(2) and match.group(2) < match.group(1))):
        raise DictionaryError(f"{where}: 'period' must be years such as '2017-2021' or '2024-', got {period!r}")
    return {"surnames": surnames, "office": office.strip(), "country": country, "period": str(period)}


def _parse_phrases(raw: Any, where: str) -> tuple[Alias, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise DictionaryError(f"{where}: expected a list of phrases, got {raw!r}")
    return tuple(_parse_phrase(item, f"{where} item {index}") for index, item in enumerate(raw, start=1))


def _parse_phrase(item: Any, where: str) -> Alias:
    if isinstance(item, str):
        if not re.search(r"\w", item):
            raise DictionaryError(f"{where}: phrase {item!r} has no word characters")
        return Alias(item.strip(), _default_case_sensitive(item.strip()))
    if isinstance(item, dict):
        unknown = sorted(set(item) - _ALIAS_KEYS)
        text = item.get("alias")
        flag = item.get("case_sensitive", None)
        if unknown or not isinstance(text, str) or not re.search(r"\w", text) or not isinstance(flag, (bool, type(None))):
            raise DictionaryError(
                f"{where}: expected a phrase or a mapping {{alias: <text>, case_sensitive: true|false}}, got {item!r}"
            )
        text = text.strip()
        return Alias(text, _default_case_sensitive(text) if flag is None else flag)
    raise DictionaryError(f"{where}: expected a phrase, got {item!r}")


def _default_case_sensitive(text: str) -> bool:
    """Short all-capital phrases ("US", "WHO", "AP", "U.S.") and short acronyms written with a capital inside
    ("PiS", "AfD", "BoE": not the plural "PIs" of principal investigators, nor Spain's "BOE") are case-sensitive
    unless the file says otherwise."""
    if sum(ch.isalpha() for ch in text) > 5:
        return False
    return bool(_SHORT_CAPS.match(text.replace(" ", ""))) or any(ch.isupper() for ch in text[1:])


def _phrase_key(alias: Alias) -> tuple[str, bool]:
    text = " ".join(re.findall(r"\w+", alias.text))
    return (text if alias.case_sensitive else text.casefold(), alias.case_sensitive)


def _check_unique_phrases(entry: Entry, owners: dict[tuple[str, bool], str], where: str) -> None:
    """Within one file, a phrase names one entry only (the matcher could not choose otherwise)."""
    phrases = (Alias(entry.name, _default_case_sensitive(entry.name)), *entry.aliases, *entry.demonyms, *entry.roles)
    for alias in phrases:
        key = _phrase_key(alias)
        owner = owners.setdefault(key, entry.id)
        if owner != entry.id:
            raise DictionaryError(f"{where}: phrase {alias.text!r} already names entry {owner!r}")


def _parse_offices(raw: Any, source: str) -> dict[str, Office]:
    if not isinstance(raw, list):
        raise DictionaryError(f"{source}: 'offices' must be a list of offices")
    offices: dict[str, Office] = {}
    for index, item in enumerate(raw, start=1):
        where = f"{source}: office {index}"
        if not isinstance(item, dict):
            raise DictionaryError(f"{where}: expected a mapping with id and phrases, got {item!r}")
        unknown = sorted(set(item) - _OFFICE_KEYS)
        office_id, phrases, parent = item.get("id"), item.get("phrases"), item.get("parent")
        if unknown:
            raise DictionaryError(f"{where}: unknown field(s) {unknown}; expected some of {sorted(_OFFICE_KEYS)}")
        if not isinstance(office_id, str) or not _ID_PATTERN.match(office_id):
            raise DictionaryError(f"{where}: 'id' must be a lowercase id such as 'foreign-minister', got {office_id!r}")
        if not isinstance(phrases, list) or not phrases or not all(isinstance(p, str) and p.strip() for p in phrases):
            raise DictionaryError(f"{where} ({office_id}): 'phrases' must be a non-empty list of strings")
        bad = [p for p in phrases if p.count("{") != p.count("}") or ("{" in p and _ACTOR_SLOT not in p)]
        if bad:
            raise DictionaryError(f"{where} ({office_id}): the only placeholder allowed is {_ACTOR_SLOT}, got {bad}")
        if parent is not None and not isinstance(parent, str):
            raise DictionaryError(f"{where} ({office_id}): 'parent' must be an office id, got {parent!r}")
        offices[office_id] = Office(office_id, str(item.get("name", office_id)), tuple(p.strip() for p in phrases), parent)
    for office in offices.values():
        if office.parent is not None and office.parent not in offices:
            raise DictionaryError(f"{source}: office {office.id!r}: parent {office.parent!r} is not an office id")
    return offices


def _parse_cues(raw: Any, source: str) -> dict[str, frozenset[str]]:
    if not isinstance(raw, dict):
        raise DictionaryError(f"{source}: 'cues' must be a mapping of word lists")
    unknown = sorted(set(raw) - set(CUE_LISTS))
    if unknown:
        raise DictionaryError(f"{source}: cues: unknown list(s) {unknown}; expected some of {list(CUE_LISTS)}")
    cues: dict[str, frozenset[str]] = {}
    for name, words in raw.items():
        if not isinstance(words, list) or not all(isinstance(word, str) and word.strip() for word in words):
            raise DictionaryError(f"{source}: cues: {name!r} must be a list of non-empty strings")
        cues[name] = frozenset(word.strip() for word in words)
    return cues


def check_references(dictionary: ActorDictionary, *, countries: bool = False) -> None:
    """Every ``stands_for`` names an entry of the dictionary, and metonyms do not chain; with ``countries``
    (a merged dictionary), every ``country`` names a country entry."""
    for entry in dictionary.entries.values():
        if countries and entry.country is not None and \
                getattr(dictionary.entries.get(entry.country), "type", None) not in ("country", "region"):
            raise DictionaryError(f"{entry.source}: entry {entry.id!r}: country {entry.country!r} is not a country entry")
        if entry.stands_for is None:
            continue
        target = dictionary.entries.get(entry.stands_for)
        if target is None:
            raise DictionaryError(
                f"{entry.source}: entry {entry.id!r}: stands_for {entry.stands_for!r} is not an entry id"
            )
        if target.stands_for is not None:
            raise DictionaryError(
                f"{entry.source}: entry {entry.id!r}: stands_for {target.id!r}, which itself stands for "
                f"{target.stands_for!r}; point at the final actor"
            )


# ---------------------------------------------------------------- merging


def merge_dictionaries(base: ActorDictionary, user: ActorDictionary, *, mode: str = "merge") -> ActorDictionary:
    """``user`` over ``base``: entries merged field by field (or replaced), offices and cues extended."""
    if mode not in MODES:
        raise OptionError(f"actors_mode must be one of {MODES}, got {mode!r}")
    if mode == "replace":
        entries = dict(user.entries)
    else:
        entries = dict(base.entries)
        for entry_id, entry in user.entries.items():
            entries[entry_id] = _override(entries[entry_id], entry) if entry_id in entries else entry
    offices = {**base.offices, **user.offices}
    cues = {name: base.cue(name) | user.cue(name) for name in set(base.cues) | set(user.cues)}
    merged = ActorDictionary(entries, offices, cues, base.versions + user.versions, base.sources + user.sources)
    check_references(merged, countries=mode == "merge")
    for office in merged.offices.values():
        if office.parent is not None and office.parent not in merged.offices:
            raise DictionaryError(f"{user.sources[-1]}: office {office.id!r}: parent {office.parent!r} is unknown")
    return merged


def _override(base: Entry, user: Entry) -> Entry:
    """A user entry with a known id replaces the fields it has; empty lists keep the default's."""
    return replace(
        base,
        name=user.name,
        type=user.type,
        aliases=user.aliases or base.aliases,
        demonyms=user.demonyms or base.demonyms,
        roles=user.roles or base.roles,
        stands_for=user.stands_for if user.stands_for is not None else base.stands_for,
        source=user.source,
        surnames=user.surnames or base.surnames,
        office=user.office or base.office,
        country=user.country if user.country is not None else base.country,
        period=user.period or base.period,
    )


def entries_table(dictionary: ActorDictionary) -> "Sequence[dict[str, Any]]":
    """One record per entry (id, name, type, n_aliases, stands_for, source): for display and docs."""
    return [
        {
            "id": entry.id,
            "name": entry.name,
            "type": entry.type,
            "n_aliases": len(entry.aliases),
            "n_demonyms": len(entry.demonyms),
            "stands_for": entry.stands_for or "",
            "source": entry.source,
        }
        for entry in dictionary.entries.values()
    ]
