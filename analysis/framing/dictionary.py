"""Frame dictionaries: load and check the YAML (or two-column CSV) files that define frames.

A frame dictionary is data, not code (schema in ``docs/frames-dictionary.md``).
A YAML file holds a version and a list of frames, each with an ``id``, a
``label``, a ``description`` and three lists of phrases:

``terms``
    words and phrases matched whole-word, ignoring case and accents;
``stems``
    words and phrases whose every word is matched by its Snowball stem
    (``negotiate`` also finds ``negotiations``, ``negotiating``);
``exclusions``
    longer contexts that cancel a hit of this frame (``Economic Community of
    West African States`` is a name, not an economic frame).

A CSV file has the columns ``frame,term`` and optionally ``kind`` (``term``,
``stem`` or ``exclusion``; default ``term``). Anything malformed raises
:class:`DictionaryError` naming the file, the entry and what was expected.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import yaml

from analysis.errors import DictionaryError
from analysis.paths import resolve
from analysis.text.lexicon import language_file, resource_languages
from analysis.text.normalization import normalize

SCHEMA_VERSION = 1
SHIPPED = ("generic", "policy")
PHRASE_KINDS = ("terms", "stems", "exclusions")
_CSV_KINDS = {"term": "terms", "stem": "stems", "exclusion": "exclusions"}
_ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
_HAS_WORD = re.compile(r"\w")
_TOP_KEYS = {"schema", "name", "version", "description", "reference", "frames", "language"}
_FRAME_KEYS = {"id", "label", "description", "reference", "validation", *PHRASE_KINDS}
_VALIDATION_KEYS = {"precision", "n", "date", "note"}


@dataclass(frozen=True)
class Frame:
    """One frame: its id, label, description and the phrases that evoke it."""

    id: str
    label: str
    description: str
    terms: tuple[str, ...] = ()
    stems: tuple[str, ...] = ()
    exclusions: tuple[str, ...] = ()
    reference: str = ""
    validation: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class FrameDictionary:
    """A named, versioned set of frames loaded from ``path``."""

    name: str
    version: str
    frames: tuple[Frame, ...]
    description: str = ""
    reference: str = ""
    path: str = ""
    meta: Mapping[str, Any] = field(default_factory=dict)

    @property
    def frame_ids(self) -> list[str]:
        """Frame ids in dictionary order."""
        return [frame.id for frame in self.frames]

    def frame(self, frame_id: str) -> Frame:
        """The frame with id ``frame_id``."""
        for frame in self.frames:
            if frame.id == frame_id:
                return frame
        raise KeyError(f"{self.name}: no frame {frame_id!r}; frames are {self.frame_ids}")


def dictionary_path(spec: str | Path, *, lang: str = "en") -> Path:
    """The file behind ``spec``: a shipped name (``generic``, ``policy``) in ``lang``, or a path to YAML/CSV.

    A shipped dictionary exists per language (:func:`analysis.text.lexicon.language_file`); a user's path is
    taken as it is, whatever ``lang``.
    """
    if isinstance(spec, str) and spec in SHIPPED:
        path = language_file(f"frames_{spec}", lang)
        if path is None or not path.is_file():
            raise DictionaryError(f"frame dictionary {spec!r} has no {lang!r} version "
                                  f"(languages: {list(resource_languages(f'frames_{spec}'))})")
        return path
    path = resolve(spec)
    if not path.is_file():
        raise DictionaryError(
            f"{spec}: no such frame dictionary; expected one of {list(SHIPPED)} or a path to a .yaml/.yml/.csv file"
        )
    return path


def load_frame_dictionary(spec: str | Path | FrameDictionary = "generic") -> FrameDictionary:
    """Load and check a frame dictionary: a shipped name, a YAML/CSV path, or an already loaded one."""
    if isinstance(spec, FrameDictionary):
        return spec
    path = dictionary_path(spec)
    suffix = path.suffix.lower()
    if suffix in {".yaml", ".yml"}:
        return parse_yaml(path.read_text(encoding="utf-8-sig"), source=str(path))
    if suffix == ".csv":
        return parse_csv(path.read_text(encoding="utf-8-sig"), source=str(path))
    raise DictionaryError(f"{path}: unsupported dictionary format {suffix!r}; expected .yaml, .yml or .csv")


# ---------------------------------------------------------------------------
# YAML
# ---------------------------------------------------------------------------


def parse_yaml(text: str, *, source: str = "<string>") -> FrameDictionary:
    """Build a dictionary from YAML text; ``source`` names the file in error messages."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" line {mark.line + 1}, column {mark.column + 1}:" if mark else ""
        raise DictionaryError(f"{source}:{where} not valid YAML: {getattr(error, 'problem', error)}") from error
    if not isinstance(data, dict):
        raise DictionaryError(f"{source}: expected a mapping with 'version' and 'frames' at the top, got {_kind(data)}")
    _reject_unknown(data, _TOP_KEYS, source, "top level")
    schema = data.get("schema", SCHEMA_VERSION)
    if schema != SCHEMA_VERSION:
        raise DictionaryError(f"{source}: schema {schema!r} is not supported; expected schema: {SCHEMA_VERSION}")
    if "version" not in data:
        raise DictionaryError(f"{source}: missing 'version' (e.g. version: \"1.0\"); dictionaries are versioned")
    frames_data = data.get("frames")
    if not isinstance(frames_data, list) or not frames_data:
        raise DictionaryError(f"{source}: 'frames' must be a non-empty list of frames, got {_kind(frames_data)}")
    frames = tuple(_parse_frame(entry, index, source) for index, entry in enumerate(frames_data, start=1))
    _check_unique_ids(frames, source)
    return FrameDictionary(
        name=_text_field(data, "name", source, "top level", default=Path(source).stem),
        version=str(data["version"]),
        frames=frames,
        description=_text_field(data, "description", source, "top level", default=""),
        reference=_text_field(data, "reference", source, "top level", default=""),
        path=source,
        meta={"language": _text_field(data, "language", source, "top level", default="en")},
    )


def _parse_frame(entry: Any, index: int, source: str) -> Frame:
    where = f"frames[{index}]"
    if not isinstance(entry, dict):
        raise DictionaryError(f"{source}: {where}: expected a mapping with id, label, description, terms, got {_kind(entry)}")
    frame_id = entry.get("id")
    if not isinstance(frame_id, str) or not _ID_PATTERN.match(frame_id):
        raise DictionaryError(
            f"{source}: {where}: id {frame_id!r}: expected lowercase letters, digits and underscores, e.g. 'security_threat'"
        )
    where = f"frame {frame_id!r} ({where})"
    _reject_unknown(entry, _FRAME_KEYS, source, where)
    phrases = {kind: _phrase_list(entry.get(kind, []), source, f"{where}: {kind}") for kind in PHRASE_KINDS}
    frame = Frame(
        id=frame_id,
        label=_text_field(entry, "label", source, where),
        description=_text_field(entry, "description", source, where),
        terms=phrases["terms"],
        stems=phrases["stems"],
        exclusions=phrases["exclusions"],
        reference=_text_field(entry, "reference", source, where, default=""),
        validation=_parse_validation(entry.get("validation"), source, where),
    )
    check_frame(frame, source)
    return frame


def _text_field(data: Mapping[str, Any], key: str, source: str, where: str, *, default: str | None = None) -> str:
    value = data.get(key, default)
    if value is None:
        raise DictionaryError(f"{source}: {where}: missing '{key}' (a non-empty text)")
    if not isinstance(value, str) or (default is None and not value.strip()):
        raise DictionaryError(f"{source}: {where}: '{key}' must be a non-empty text, got {_kind(value)}")
    return " ".join(value.split())


def _phrase_list(value: Any, source: str, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise DictionaryError(f"{source}: {where}: expected a list of words or phrases, got {_kind(value)}")
    phrases = []
    for position, phrase in enumerate(value, start=1):
        if not isinstance(phrase, str) or not _HAS_WORD.search(phrase):
            raise DictionaryError(
                f"{source}: {where}[{position}]: expected a word or phrase with at least one letter or digit, got {phrase!r}"
            )
        phrases.append(" ".join(phrase.split()))
    return tuple(phrases)


def _parse_validation(value: Any, source: str, where: str) -> Mapping[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise DictionaryError(f"{source}: {where}: validation: expected a mapping like {{precision: 0.8, n: 20}}")
    _reject_unknown(value, _VALIDATION_KEYS, source, f"{where}: validation")
    precision, n = value.get("precision"), value.get("n")
    if not isinstance(precision, (int, float)) or isinstance(precision, bool) or not 0 <= precision <= 1:
        raise DictionaryError(f"{source}: {where}: validation.precision: expected a number from 0 to 1, got {precision!r}")
    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        raise DictionaryError(f"{source}: {where}: validation.n: expected a positive whole number, got {n!r}")
    checked = dict(value)
    if isinstance(checked.get("date"), dt.date):
        checked["date"] = checked["date"].isoformat()
    return checked


def _reject_unknown(data: Mapping[str, Any], allowed: set[str], source: str, where: str) -> None:
    unknown = sorted(str(key) for key in set(data) - allowed)
    if unknown:
        raise DictionaryError(f"{source}: {where}: unknown key(s) {unknown}; allowed keys are {sorted(allowed)}")


def _check_unique_ids(frames: tuple[Frame, ...], source: str) -> None:
    seen: set[str] = set()
    for frame in frames:
        if frame.id in seen:
            raise DictionaryError(f"{source}: frame {frame.id!r} is defined twice; frame ids must be unique")
        seen.add(frame.id)


def check_frame(frame: Frame, source: str) -> None:
    """A frame must have something to match and no phrase listed twice (ignoring case and spacing)."""
    if not frame.terms and not frame.stems:
        raise DictionaryError(f"{source}: frame {frame.id!r}: has no terms or stems; give at least one word or phrase")
    seen: dict[str, str] = {}
    for kind in PHRASE_KINDS:
        for phrase in getattr(frame, kind):
            key = phrase_key(phrase)
            if key in seen:
                raise DictionaryError(
                    f"{source}: frame {frame.id!r}: {kind} {phrase!r} repeats {seen[key]}; list each phrase once"
                )
            seen[key] = f"{kind} {phrase!r}"


def phrase_key(phrase: str) -> str:
    """Case- and spacing-insensitive form of a phrase, to spot repeats."""
    return " ".join(normalize(phrase).casefold().split())


def _kind(value: Any) -> str:
    return "nothing" if value is None else f"{type(value).__name__} {value!r}"[:80]


# ---------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------


def parse_csv(text: str, *, source: str = "<string>") -> FrameDictionary:
    """Build a dictionary from CSV rows ``frame,term[,kind]`` (a header row is optional)."""
    collected: dict[str, dict[str, list[str]]] = {}
    for line_number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        cells = [cell.strip() for cell in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if line_number == 1 and [cell.lower() for cell in cells[:2]] == ["frame", "term"]:
            continue
        frame_id, kind, phrase = _csv_row(cells, line_number, source)
        collected.setdefault(frame_id, {name: [] for name in PHRASE_KINDS})[kind].append(phrase)
    if not collected:
        raise DictionaryError(f"{source}: no rows; expected lines 'frame,term' such as 'security,military'")
    frames = []
    for frame_id, phrases in collected.items():
        frame = Frame(
            id=frame_id,
            label=frame_id.replace("_", " ").capitalize(),
            description="",
            terms=tuple(phrases["terms"]),
            stems=tuple(phrases["stems"]),
            exclusions=tuple(phrases["exclusions"]),
        )
        check_frame(frame, source)
        frames.append(frame)
    return FrameDictionary(name=Path(source).stem, version="csv", frames=tuple(frames), path=source)


def _csv_row(cells: list[str], line_number: int, source: str) -> tuple[str, str, str]:
    where = f"{source}: line {line_number}"
    if len(cells) not in (2, 3):
        raise DictionaryError(f"{where}: expected 2 or 3 columns (frame, term[, kind]), got {len(cells)}: {cells!r}")
    frame_id, phrase = cells[0], " ".join(cells[1].split())
    if not _ID_PATTERN.match(frame_id):
        raise DictionaryError(
            f"{where}: frame {frame_id!r}: expected lowercase letters, digits and underscores, e.g. 'security_threat'"
        )
    if not _HAS_WORD.search(phrase):
        raise DictionaryError(f"{where}: term {phrase!r}: expected a word or phrase with at least one letter or digit")
    kind_name = cells[2].lower() if len(cells) == 3 and cells[2] else "term"
    if kind_name not in _CSV_KINDS:
        raise DictionaryError(f"{where}: kind {kind_name!r}: expected one of {sorted(_CSV_KINDS)}")
    return frame_id, _CSV_KINDS[kind_name], phrase
