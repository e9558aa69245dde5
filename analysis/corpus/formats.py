"""Per-format readers: decoded text in, records with canonical fields (or problems) out.

Each reader takes the decoded text of one file and yields, in file order,
:class:`Record` (one article's raw fields under canonical names: ``text``,
``title``, ``date``, ``source``, ``url``, ``id``, ``lang``, ``place``) or
:class:`Problem` (a record that cannot be read, with a reason and a sentence
naming the file and line). Readers never raise for bad content: a record
over the :class:`RecordLimits` (longer than ``max_chars`` characters, or JSON
nested deeper than ``max_depth`` levels), integers longer than
:data:`MAX_INTEGER_DIGITS` digits and a ``text`` value that is not a string
(a number, ``Infinity``, a list holding non-strings, an object) are problems of
their record, named with the limit; lone surrogate escapes (``"\\ud800"``)
become U+FFFD.
"""
from __future__ import annotations

import csv
import io
import json
import math
import re
from dataclasses import dataclass, field as dataclass_field
from typing import Any, Iterable, Iterator, Mapping

FIELD_CANDIDATES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "full_text", "story"),
    "title": ("title", "headline"),
    "date": ("date", "published", "publish_date", "pub_date", "published_at", "publication_date"),
    "source": ("source", "outlet", "publisher", "media"),
    "url": ("url", "link"),
    "id": (),  # only when id_field= names one: doc_id is otherwise derived from the content
    "lang": ("lang", "language"),
    "place": ("place", "dateline"),
    "byline": ("byline", "author", "authors"),
}
_DELIMITERS = (",", ";", "\t", "|")
_CSV_FIELD_LIMIT = 2**31 - 1
MAX_INTEGER_DIGITS = 4300  # Python's own limit for int(); a longer JSON integer makes its record a problem
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class RecordLimits:
    """Limits on one record, enforced on what is read (the loader's ``max_record_chars``, ``max_json_depth``).

    ``max_chars``: a CSV row, JSON Lines line or JSON list item longer than
    this many characters is a "record too large" problem. ``max_depth``: a
    JSON record nesting objects and lists deeper than this (``{"text": "a"}``
    is one level) is a "json over limits" problem.
    """

    max_chars: int = 10_000_000
    max_depth: int = 64


DEFAULT_LIMITS = RecordLimits()


class _JsonLimit(ValueError):
    """A JSON value beyond what the reader accepts (too deep, a too long integer)."""


def _parse_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INTEGER_DIGITS:
        raise _JsonLimit(f"an integer of {len(digits):,} digits, over the limit of {MAX_INTEGER_DIGITS:,}")
    return int(digits)


def _json_value(text: str, limits: RecordLimits) -> Any:
    """``json.loads`` with the integer limit; raises JSONDecodeError or :class:`_JsonLimit`."""
    try:
        return json.loads(text, parse_int=_parse_int)
    except RecursionError as err:
        raise _JsonLimit(_too_deep(limits) + " (the JSON reader stops at about 1,000 levels)") from err


def _too_deep(limits: RecordLimits) -> str:
    return f"nested deeper than max_json_depth={limits.max_depth:,} levels"


def _deeper_than(value: Any, limit: int) -> bool:
    """True when ``value`` nests objects and lists more than ``limit`` levels (``{"a": 1}`` is one level)."""
    level = [value] if isinstance(value, (dict, list)) else []
    depth = 0
    while level:
        depth += 1
        if depth > limit:
            return True
        level = [child for item in level for child in (item.values() if isinstance(item, dict) else item)
                 if isinstance(child, (dict, list))]
    return False


def _too_large(record: int | None, where: str, size: int, limits: RecordLimits) -> Problem:
    return Problem(record, "record too large", (
        f"{where}: {size:,} characters, over max_record_chars={limits.max_chars:,}; raise max_record_chars= to load it"
    ))


@dataclass(frozen=True)
class Record:
    """One article's raw fields (canonical names, missing ones absent).

    ``record`` is its line or item number (None for a whole-file article) and
    ``where`` names it in messages (``data.csv line 7``).
    """

    record: int | None
    fields: dict[str, str]
    where: str


@dataclass(frozen=True)
class Problem:
    """Input that cannot become an article: ``record`` (line/item, None for the whole file), reason, detail."""

    record: int | None
    reason: str
    detail: str


Item = Record | Problem


@dataclass(frozen=True)
class FieldSpec:
    """Column names chosen by the user (``text_field=``...); None means try the default ``candidates``.

    ``required`` is the field a record cannot do without (``text`` for
    articles, ``file`` for the metadata sidecar).
    """

    overrides: Mapping[str, str | None]
    candidates: Mapping[str, tuple[str, ...]] = dataclass_field(default_factory=lambda: FIELD_CANDIDATES)
    required: str = "text"

    def columns_for(self, available: Iterable[str]) -> tuple[dict[str, str], list[str]]:
        """Map canonical field -> actual column among ``available`` (case-insensitive), plus explicit names not found."""
        by_lower: dict[str, str] = {}
        for column in available:
            by_lower.setdefault(str(column).strip().lower(), column)
        chosen: dict[str, str] = {}
        missing: list[str] = []
        for name, candidates in self.candidates.items():
            explicit = self.overrides.get(name)
            tried = (explicit,) if explicit else candidates
            found = next((by_lower[column.lower()] for column in tried if column.lower() in by_lower), None)
            if found is not None:
                chosen[name] = found
            elif explicit:
                missing.append(f"{explicit!r} ({name}_field)")
        return chosen, missing

    def tried(self, name: str) -> str:
        """The column names tried for ``name``, for messages (``text/body/content``)."""
        return self.overrides.get(name) or "/".join(self.candidates[name])


def as_text(value: Any) -> str | None:
    """A field value as text: None/NaN/empty -> None, a list of strings -> paragraphs joined by blank lines."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, list) and all(isinstance(part, str) for part in value):
        value = "\n\n".join(value)
    text = value if isinstance(value, str) else json.dumps(value) if isinstance(value, (dict, list)) else str(value)
    if _has_lone_surrogate(text):
        text = _LONE_SURROGATE.sub("\ufffd", text)
    return text if text.strip() else None


def _has_lone_surrogate(text: str) -> bool:
    """``_LONE_SURROGATE.search(text)`` without scanning with a regex: UTF-8 refuses exactly the surrogates."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _pick(row: Mapping[str, Any], columns: Mapping[str, str]) -> dict[str, str]:
    fields = {field: as_text(row.get(column)) for field, column in columns.items()}
    return {field: value for field, value in fields.items() if value is not None}


def read_text(text: str, *, name: str) -> Iterator[Item]:
    """A plain-text article: the whole file is its text (dateline parsing happens later)."""
    yield Record(None, {"text": text}, name)


def read_csv(
    text: str, *, name: str, spec: FieldSpec, delimiter: str | None = None, limits: RecordLimits = DEFAULT_LIMITS
) -> Iterator[Item]:
    """CSV with a header row. Rows with the wrong number of fields, broken quoting or over the limits become problems.

    After a quoting error the reader starts again on the next line, so one
    stray quote costs one row, not the rest of the file.
    """
    measure = len(text) > limits.max_chars  # no row of a smaller file can be over the limit
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    lines = list(io.StringIO(text, newline=""))
    delimiter = delimiter or _guess_delimiter(lines[0] if lines else "")
    header: list[str] | None = None
    columns: dict[str, str] = {}
    for line_no, row in _csv_rows(lines, delimiter=delimiter, name=name):
        if isinstance(row, Problem):
            yield row
        elif header is None:
            header = [column.strip() for column in row]
            columns, missing = spec.columns_for(header)
            problem = _header_problem(header, columns, missing, name=name, line_no=line_no, spec=spec)
            if problem is not None:
                yield problem
                return
        elif len(row) != len(header):
            yield Problem(line_no, "malformed csv row", (
                f"{name} line {line_no}: {len(row)} fields, expected {len(header)} ({','.join(header)})"
            ))
        elif measure and (size := sum(map(len, row)) + len(row) - 1) > limits.max_chars:
            yield _too_large(line_no, f"{name} line {line_no}", size, limits)
        else:
            yield _row_record(dict(zip(header, row)), columns, record=line_no, where=f"{name} line {line_no}", spec=spec)


def _row_record(row: Mapping[str, Any], columns: Mapping[str, str], *, record: int, where: str, spec: FieldSpec) -> Item:
    fields = _pick(row, columns)
    if spec.required not in fields:
        column = columns.get(spec.required, spec.tried(spec.required))
        detail = f"{where}: the {column} field is empty; expected the {spec.required} of an article"
        return Problem(record, f"no {spec.required}", detail)
    return Record(record, fields, where)


def _header_problem(
    header: list[str], columns: Mapping[str, str], missing: list[str], *, name: str, line_no: int, spec: FieldSpec
) -> Problem | None:
    shown = ",".join(header)
    if missing:
        detail = f"{name} line {line_no}: no column {', '.join(missing)}; the columns are {shown}"
        return Problem(None, "missing column", detail)
    required = spec.required
    if required not in columns:
        return Problem(None, f"no {required} column", (
            f"{name} line {line_no}: no {required} column (tried {spec.tried(required)}); the columns are {shown}; "
            f"name it with {required}_field="
        ))
    return None


def _csv_rows(lines: list[str], *, delimiter: str, name: str) -> Iterator[tuple[int, list[str] | Problem]]:
    """(first line number, fields) per non-blank CSV record; quoting errors as problems, then resume."""
    offset = 0
    while offset < len(lines):
        reader = csv.reader(_lines_from(lines, offset), delimiter=delimiter, strict=True)
        consumed = 0
        try:
            for row in reader:
                start = offset + consumed + 1
                consumed = reader.line_num
                if any(field.strip() for field in row):
                    yield start, row
            return
        except csv.Error as err:
            start = offset + consumed + 1
            unterminated = "end of data" in str(err)
            yield start, Problem(start, "malformed csv row", _quote_error_detail(err, name=name, start=start,
                                                                                    unterminated=unterminated))
            offset = start if unterminated else offset + max(reader.line_num, consumed + 1)


def _lines_from(lines: list[str], offset: int) -> Iterator[str]:
    """``lines[offset:]`` one by one, starting at once (``islice`` would step over the first ``offset``
    lines at every restart after a bad row: quadratic in a file with many bad rows)."""
    return (lines[index] for index in range(offset, len(lines)))


def _quote_error_detail(err: csv.Error, *, name: str, start: int, unterminated: bool) -> str:
    if unterminated:
        return (f"{name} line {start}: a quoted field opened on this line is never closed; "
                f"expected a closing double quote (\"\") before the end of the file")
    return f"{name} line {start}: broken quoting ({err}); expected fields quoted like \"a, b\" with \"\" for a quote"


def _guess_delimiter(header_line: str) -> str:
    counts = {delimiter: header_line.count(delimiter) for delimiter in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def read_jsonl(text: str, *, name: str, spec: FieldSpec, limits: RecordLimits = DEFAULT_LIMITS) -> Iterator[Item]:
    """One JSON object per line (JSON Lines / NDJSON); blank lines are skipped; a line over the limits is a problem."""
    known = _KnownColumns(spec)
    for line_no, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        if len(line) > limits.max_chars:
            yield _too_large(line_no, f"{name} line {line_no}", len(line), limits)
            continue
        try:
            value = _json_value(line, limits)
        except json.JSONDecodeError as err:
            yield Problem(line_no, "invalid json", (
                f"{name} line {line_no}: invalid JSON ({err.msg} at column {err.colno}); expected one JSON object per line"
            ))
            continue
        except _JsonLimit as err:
            yield Problem(line_no, "json over limits", f"{name} line {line_no}: {err}; expected one article object per line")
            continue
        if _deeper_than(value, limits.max_depth):
            yield Problem(line_no, "json over limits",
                          f"{name} line {line_no}: {_too_deep(limits)}; raise max_json_depth= to load it")
            continue
        yield _object_record(value, record=line_no, where=f"{name} line {line_no}", spec=spec, known=known)


def read_json(text: str, *, name: str, spec: FieldSpec, limits: RecordLimits = DEFAULT_LIMITS) -> Iterator[Item]:
    """A JSON document holding a list of article objects (or one object); ``record`` is the 1-based item number.

    Each item is held to the limits (its size as written back in compact JSON,
    measured only when the whole document is over ``max_chars``).
    """
    try:
        value = _json_value(text, limits)
    except json.JSONDecodeError as err:
        yield Problem(err.lineno, "invalid json", (
            f"{name} line {err.lineno}: invalid JSON ({err.msg} at column {err.colno}); expected a list of article objects"
        ))
        return
    except _JsonLimit as err:
        yield Problem(None, "json over limits", f"{name}: {err}; expected a list of article objects")
        return
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        yield Problem(None, "invalid json", f"{name}: holds a {_json_kind(value)}, expected a list of article objects")
        return
    measure = len(text) > limits.max_chars
    known = _KnownColumns(spec)
    for number, item in enumerate(value, start=1):
        where = f"{name} item {number}"
        if measure and (size := len(json.dumps(item, ensure_ascii=False, separators=(",", ":")))) > limits.max_chars:
            yield _too_large(number, where, size, limits)
        elif _deeper_than(item, limits.max_depth):
            yield Problem(number, "json over limits", f"{where}: {_too_deep(limits)}; raise max_json_depth= to load it")
        else:
            yield _object_record(item, record=number, where=where, spec=spec, known=known)


class _KnownColumns:
    """``spec.columns_for`` of the keys of a file's objects, remembered for the last few sets of keys (the objects
    of one file mostly share theirs)."""

    _LIMIT = 16

    def __init__(self, spec: FieldSpec) -> None:
        self.spec = spec
        self.known: dict[tuple[Any, ...], dict[str, str]] = {}

    def columns(self, keys: Iterable[Any]) -> dict[str, str]:
        """The chosen column of each field found among ``keys`` (not to be changed: it is shared)."""
        keys = tuple(keys)
        columns = self.known.get(keys)
        if columns is None:
            if len(self.known) >= self._LIMIT:
                self.known.clear()
            columns = self.known[keys] = self.spec.columns_for(keys)[0]
        return columns


def _object_record(value: Any, *, record: int, where: str, spec: FieldSpec, known: _KnownColumns | None = None) -> Item:
    if not isinstance(value, dict):
        return Problem(record, "not a json object", f"{where}: found a {_json_kind(value)}, expected a JSON object")
    columns = (known or _KnownColumns(spec)).columns(value.keys())
    required = value.get(columns[spec.required]) if spec.required in columns else None
    if not _textual(required):
        return Problem(record, f"{spec.required} not text", (
            f"{where}: the {columns[spec.required]} field holds a {_json_kind(required)}, "
            f"expected a string (or a list of strings)"
        ))
    fields = _pick(value, columns)
    if spec.required not in fields:
        keys = ", ".join(map(str, value)) or "none"
        return Problem(record, f"no {spec.required}", (
            f"{where}: no article {spec.required} (field {spec.tried(spec.required)}); its keys are {keys}"
        ))
    return Record(record, fields, where)


def _textual(value: Any) -> bool:
    """True for a string, a list of strings, or a missing value (reported as 'no text' instead)."""
    if value is None or isinstance(value, str):
        return True
    return isinstance(value, list) and all(isinstance(part, str) for part in value)


def _json_kind(value: Any) -> str:
    kinds = {dict: "JSON object", list: "list", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else kinds.get(type(value), type(value).__name__)


READERS = {
    ".txt": "text",
    ".csv": "csv",
    ".tsv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}


def format_of(suffixes: list[str]) -> tuple[str | None, bool]:
    """The reader name for a file's suffixes (``['.jsonl', '.gz']`` -> ``('jsonl', True)``); None when unsupported."""
    lowered = [suffix.lower() for suffix in suffixes]
    gzipped = bool(lowered) and lowered[-1] == ".gz"
    if gzipped:
        lowered = lowered[:-1]
    return (READERS.get(lowered[-1]) if lowered else None), gzipped


def read_records(
    kind: str, text: str, *, name: str, spec: FieldSpec, tab_separated: bool = False, limits: RecordLimits = DEFAULT_LIMITS
) -> Iterator[Item]:
    """Dispatch to the reader for ``kind`` (a value of READERS)."""
    if kind == "text":
        return read_text(text, name=name)
    if kind == "csv":
        return read_csv(text, name=name, spec=spec, delimiter="\t" if tab_separated else None, limits=limits)
    if kind == "jsonl":
        return read_jsonl(text, name=name, spec=spec, limits=limits)
    return read_json(text, name=name, spec=spec, limits=limits)
