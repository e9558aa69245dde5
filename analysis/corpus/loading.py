"""Load a corpus: a folder or file of news articles in, an articles table and a rejects table out.

``load_corpus(path)`` reads a folder (recursively, in sorted order) of
``.txt`` wire stories, CSV, JSON Lines (also gzipped) and JSON files, or a
single such file. Every input becomes an article or a reject row with a
reason: nothing raises for bad content and nothing is dropped silently.
``iter_corpus`` yields the same result in chunks for corpora that do not fit
in memory. See :class:`LoadOptions` for the options both accept.

Articles columns: doc_id, source, date, date_text, place, title, byline,
text, url, path, record, lang, encoding, n_words, n_paragraphs, header,
trailer, n_chars_dropped. Rejects columns: path, record, reason, detail.
Skipped columns: path, reason (entries the walk saw that are not articles).

Every entry the folder walk sees ends as articles, a reject or a ``skipped``
row (see :mod:`analysis.corpus.files`): only regular files are read (a FIFO,
device or socket is a reject), at most ``max_bytes + 1`` bytes of them;
symbolic links leading out of the corpus folder are rejects unless
``allow_outside_links=True``; an unreadable subfolder is a reject. Any error
while reading one file or record becomes a reject row naming it and the
cause, and the rest loads.

An article's body longer than ``max_chars`` (default 2,000,000 characters,
about 300,000 words) is cut at the last line break before that length (see
:func:`cap_text`), never silently: ``n_chars_dropped`` records how many
characters were left out (0 for every article that fits). This keeps the cost
of one pathological article bounded however the later steps scale.

``text`` is the story's body only (see :func:`analysis.corpus.stories.split_story`):
a headline, byline, date lines and captions before a dateline (or before a
byline or date line) are taken off into ``title``, ``byline`` and ``header``,
and closing furniture -- ``(Reporting by ...; Editing by ...)`` credits,
copyright notices, ``___`` separators, sign-offs such as ``Enditem`` or
``(END)``, desk codes, reporter contacts, "follow our coverage" links -- into
``trailer`` (lines joined by newlines), so word counts, sentences, tone and
quotes are about what the story says, and nothing is lost.

A folder may hold a ``metadata.csv`` sidecar (a ``file`` column and any of
date, title, url, source, lang, place) whose values apply to the file named:
for a ``.txt`` story they win over its dateline (a sidecar date is a full
date); for a CSV or JSON file they fill what its records leave empty. Hidden
files, README/LICENSE files and the sidecar itself are not read as articles
(they are listed in ``Corpus.skipped`` with the reason); a sidecar row naming a
file that is not in the corpus (missing, or outside its folder) is a reject.
``doc_id`` is the first 16 hex digits of the sha1 of the normalised,
whitespace-folded text; an exact duplicate is kept once, the first in load
order, and later copies become rejects "duplicate of <doc_id>".
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field, fields as dataclass_fields
from pathlib import Path
from typing import Any, Iterator, Mapping

import pandas as pd

from analysis.corpus.datelines import parse_date
from analysis.corpus.decoding import DecodeError, decode_bytes, gunzip
from analysis.corpus.files import SIDECAR_NAME, Found, Refused, Skipped, display_name, read_limited, walk
from analysis.corpus.formats import FIELD_CANDIDATES, FieldSpec, Problem, Record, format_of, read_csv, read_records
from analysis.paths import resolve
from analysis.corpus.stories import resolve_date, split_story
from analysis.text.normalization import count_words, normalize
from analysis.text.paragraphs import paragraph_spans

ARTICLE_COLUMNS = (
    "doc_id", "source", "date", "date_text", "place", "title", "byline", "text", "url",
    "path", "record", "lang", "encoding", "n_words", "n_paragraphs", "header", "trailer", "n_chars_dropped",
)
REJECT_COLUMNS = ("path", "record", "reason", "detail")
SKIPPED_COLUMNS = ("path", "reason")
DATE_ERROR_COLUMNS = ("path", "record", "date_text")
_SIDECAR_SPEC = FieldSpec(
    overrides={},
    candidates={
        **{name: columns for name, columns in FIELD_CANDIDATES.items() if name not in ("text", "id")},
        "file": ("file", "filename", "path"),
    },
    required="file",
)


@dataclass(frozen=True)
class LoadOptions:
    """Options of :func:`load_corpus` and :func:`iter_corpus` (all keyword arguments).

    year: int, optional
        Year for datelines that give only month and day (``Dec 22``). Without
        it (and without a sidecar date) such articles stay undated (NaT); a
        year is never guessed.
    since, until: date-like, optional
        Keep articles dated in this range (both ends included; an ``until``
        without a time includes that whole day). Articles outside it are
        filtered out, not rejected (counted in ``Corpus.n_filtered``).
        Undated articles are kept unless ``drop_undated=True``.
    drop_undated: bool
        With ``since``/``until``, also filter out articles without a date.
    max_bytes: int
        Files (or decompressed .gz contents) larger than this are rejected as
        "too large" (default 50 MB); enforced on the bytes read, never more
        than ``max_bytes + 1`` are read.
    allow_outside_links: bool
        Read files that symbolic links inside the corpus lead to outside it
        (default False: such links are rejects "link out of corpus").
    max_chars: int
        An article body longer than this many characters is cut to it (at
        the last line break before it when there is one in its second half)
        and the number of characters left out is recorded in the article's
        ``n_chars_dropped`` column (default 2,000,000).
    lang: str
        Language recorded for articles whose data gives none (default "en").
    text_field, title_field, date_field, source_field, url_field, id_field, lang_field, place_field, byline_field: str, optional
        Column/key names in CSV and JSON data; by default common names are
        tried (text/body/content/article, title/headline, date/published/
        publish_date/pub_date, source/outlet/publisher/media, url/link,
        byline/author/authors). A
        named column missing from a CSV header rejects that file.
        ``id_field`` makes that column the doc_id (else it is a content hash).
    """

    year: int | None = None
    since: Any = None
    until: Any = None
    drop_undated: bool = False
    max_bytes: int = 50_000_000
    allow_outside_links: bool = False
    max_chars: int = 2_000_000
    lang: str = "en"
    text_field: str | None = None
    title_field: str | None = None
    date_field: str | None = None
    source_field: str | None = None
    url_field: str | None = None
    id_field: str | None = None
    lang_field: str | None = None
    place_field: str | None = None
    byline_field: str | None = None

    def __post_init__(self) -> None:
        if self.year is not None and not (isinstance(self.year, int) and 1 <= self.year <= 9999):
            raise ValueError(f"year={self.year!r}: expected a whole year such as 2021")
        if not isinstance(self.max_bytes, int) or self.max_bytes <= 0:
            raise ValueError(f"max_bytes={self.max_bytes!r}: expected a positive number of bytes")
        if not isinstance(self.max_chars, int) or self.max_chars <= 0:
            raise ValueError(f"max_chars={self.max_chars!r}: expected a positive number of characters")
        for name in ("since", "until"):
            object.__setattr__(self, name, _option_date(name, getattr(self, name)))

    @classmethod
    def from_kwargs(cls, options: Mapping[str, Any]) -> LoadOptions:
        """Build options from keyword arguments; an unknown name is an error listing the known ones."""
        known = [item.name for item in dataclass_fields(cls)]
        unknown = sorted(set(options) - set(known))
        if unknown:
            raise TypeError(f"unknown load option(s) {unknown}; known options: {known}")
        return cls(**options)

    @property
    def field_spec(self) -> FieldSpec:
        """The column names the user chose, for the format readers."""
        return FieldSpec(overrides={name: getattr(self, f"{name}_field") for name in FIELD_CANDIDATES})


def _option_date(name: str, value: Any) -> pd.Timestamp | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    stamp = parse_date(value)
    if stamp is None:
        raise ValueError(f"{name}={value!r}: expected a date such as '2021-12-22'")
    return stamp


@dataclass
class Corpus:
    """Articles and rejects of one load (or one chunk of :func:`iter_corpus`).

    ``root`` is the folder paths are relative to (the parent folder when a
    single file was loaded). ``date_errors`` lists date values that could not
    be read (the articles are kept, undated unless another date was found).
    ``n_filtered`` counts articles left out by ``since``/``until``.
    ``skipped`` lists what the folder walk saw but did not read as articles
    (hidden files, the sidecar, README/LICENSE files, linked folders), with the reason.
    """

    articles: pd.DataFrame
    rejects: pd.DataFrame
    root: Path
    date_errors: pd.DataFrame = field(default_factory=lambda: _frame([], DATE_ERROR_COLUMNS))
    n_filtered: int = 0
    skipped: pd.DataFrame = field(default_factory=lambda: _frame([], SKIPPED_COLUMNS))

    @property
    def n_bad_dates(self) -> int:
        """Number of date values that could not be read."""
        return len(self.date_errors)

    def summary(self) -> dict[str, Any]:
        """Counts for a notebook or report index: articles, rejects and skipped entries by reason, dates, sources."""
        dates = self.articles["date"]
        reasons = self.rejects["reason"].str.replace(r"^duplicate of \S+$", "duplicate", regex=True)
        return {
            "n_articles": len(self.articles),
            "n_rejects": len(self.rejects),
            "rejects_by_reason": {str(k): int(v) for k, v in reasons.value_counts().sort_index().items()},
            "date_min": None if dates.isna().all() else dates.min().date().isoformat(),
            "date_max": None if dates.isna().all() else dates.max().date().isoformat(),
            "n_undated": int(dates.isna().sum()),
            "n_bad_dates": self.n_bad_dates,
            "n_filtered": self.n_filtered,
            "sources": {str(k): int(v) for k, v in self.articles["source"].value_counts().sort_index().items()},
            "n_skipped": len(self.skipped),
            "skipped_by_reason": {str(k): int(v) for k, v in self.skipped["reason"].value_counts().sort_index().items()},
        }


def load_corpus(path: str | os.PathLike[str], **options: Any) -> Corpus:
    """Load every article under ``path`` (folder or file); see :class:`LoadOptions` for ``options``.

    Raises FileNotFoundError when ``path`` does not exist; bad content never
    raises but becomes rows of ``Corpus.rejects``.
    """
    settings = LoadOptions.from_kwargs(options)
    root, files = _locate(path, settings)
    batch = _Batch()
    for event in _events(root, files, settings):
        batch.add(event)
    return batch.corpus(root)


def iter_corpus(path: str | os.PathLike[str], *, chunk_size: int = 1000, **options: Any) -> Iterator[Corpus]:
    """Load ``path`` in chunks of at most ``chunk_size`` articles, so memory grows with the chunk.

    Each chunk carries the rejects met while reading it; duplicates are found
    across chunks. Concatenating the chunks gives what :func:`load_corpus`
    returns. At least one (possibly empty) chunk is yielded.
    """
    if chunk_size < 1:
        raise ValueError(f"chunk_size={chunk_size!r}: expected a positive number of articles")
    settings = LoadOptions.from_kwargs(options)
    root, files = _locate(path, settings)
    return _chunks(root, files, settings, chunk_size=chunk_size)


def _chunks(root: Path, files: list[Entry], options: LoadOptions, *, chunk_size: int) -> Iterator[Corpus]:
    batch = _Batch()
    yielded = False
    for event in _events(root, files, options):
        batch.add(event)
        if len(batch.articles) >= chunk_size:
            yield batch.corpus(root)
            batch, yielded = _Batch(), True
    if not yielded or batch:
        yield batch.corpus(root)


# ---------------------------------------------------------------- files


def _locate(path: str | os.PathLike[str], options: LoadOptions) -> tuple[Path, list[Entry]]:
    """The root folder and what the walk sees under it, in a stable order; FileNotFoundError when absent."""
    target = resolve(path)
    if not target.exists():
        raise FileNotFoundError(
            f"no corpus at {os.fspath(path)!r} (looked for {target}); expected a folder or a .txt/.csv/.jsonl/.json file"
        )
    if not target.is_dir():
        return target.parent, [Found(target, display_name(target, target.parent))]
    return target, list(walk(target, allow_outside_links=options.allow_outside_links))


Entry = Found | Refused | Skipped


# ---------------------------------------------------------------- events


@dataclass(frozen=True)
class _Article:
    row: dict[str, Any]
    content_id: str
    date_error: dict[str, Any] | None = None


@dataclass(frozen=True)
class _Reject:
    row: dict[str, Any]


@dataclass(frozen=True)
class _BadDate:
    row: dict[str, Any]


@dataclass(frozen=True)
class _Filtered:
    pass


@dataclass(frozen=True)
class _Skip:
    row: dict[str, Any]


_Event = _Article | _Reject | _BadDate | _Filtered | _Skip


def _events(root: Path, entries: list[Entry], options: LoadOptions) -> Iterator[_Event]:
    """Articles (filtered and deduplicated), rejects, skipped entries and date errors, in load order."""
    found = [entry for entry in entries if isinstance(entry, Found)]
    sidecars, sidecar_rejects = _read_sidecars(root, found, options)
    yield from sidecar_rejects
    seen: dict[str, str] = {}  # content id -> doc_id of the first article with that content
    seen_ids: set[str] = set()
    for entry in entries:
        if isinstance(entry, Skipped):
            yield _Skip({"path": entry.rel, "reason": entry.reason})
            continue
        if isinstance(entry, Refused):
            yield _Reject(_reject_row(entry.rel, None, entry.reason, entry.detail))
            continue
        sidecar = sidecars.get(os.path.normpath(entry.path), {})
        for event in _contained(_file_events(entry.path, entry.rel, sidecar, options), entry.rel):
            if isinstance(event, _Article):
                event = _screen(event, options, seen, seen_ids)
                if isinstance(event, _Article) and event.date_error is not None:
                    yield _BadDate(event.date_error)
            yield event


def _screen(article: _Article, options: LoadOptions, seen: dict[str, str], seen_ids: set[str]) -> _Event:
    """Apply the date filter, then drop exact duplicates (kept once, the first in load order)."""
    if not _in_range(article.row["date"], options):
        return _Filtered()
    row = article.row
    where = _where(row["path"], row["record"])
    first = seen.get(article.content_id)
    if first is not None:
        return _Reject(_reject_row(row["path"], row["record"], f"duplicate of {first}",
                                   f"{where}: same text as article {first}, which is kept"))
    if row["doc_id"] in seen_ids:
        return _Reject(_reject_row(row["path"], row["record"], "duplicate id",
                                   f"{where}: id {row['doc_id']!r} already used by another article; expected unique ids"))
    seen[article.content_id] = row["doc_id"]
    seen_ids.add(row["doc_id"])
    return article


def _in_range(date: pd.Timestamp | None, options: LoadOptions) -> bool:
    if options.since is None and options.until is None:
        return True
    if date is None:
        return not options.drop_undated
    if options.since is not None and date < options.since:
        return False
    if options.until is not None:
        whole_day = options.until == options.until.normalize()
        return (date.normalize() if whole_day else date) <= options.until
    return True


def _contained(events: Iterator[_Event], rel: str) -> Iterator[_Event]:
    """``events`` of one file; an error while reading it ends the file with a reject naming the last record read."""
    last: int | None = None
    try:
        for event in events:
            if isinstance(event, (_Article, _Reject)):
                last = event.row["record"]
            yield event
    except Exception as err:  # noqa: BLE001 - one bad file must not stop the load: it becomes a reject row
        after = f" after record {last}" if last is not None else ""
        yield _Reject(_reject_row(rel, None, "read error", (
            f"{rel}: reading stopped{after} ({type(err).__name__}: {err}); the rest of this file was not loaded"
        )))


def _file_events(path: Path, rel: str, sidecar: Mapping[str, str], options: LoadOptions) -> Iterator[_Event]:
    """Everything one file gives: articles, rejects and date errors."""
    kind, gzipped = format_of(path.suffixes)
    if kind is None:
        yield _Reject(_reject_row(rel, None, "unsupported file type", (
            f"{rel}: unsupported file type {path.suffix or '(no extension)'!r}; "
            f"expected .txt, .csv, .tsv, .jsonl, .ndjson or .json (optionally .gz)"
        )))
        return
    try:
        data, damage = _read_bytes(path, rel, options.max_bytes, gzipped=gzipped)
        if damage is not None:
            data = yield from _damaged_gzip(data, damage, rel=rel, whole_file=kind in ("text", "json"))
        decoded = decode_bytes(data, name=rel)
    except DecodeError as err:
        yield _Reject(_reject_row(rel, None, err.reason, err.detail))
        return
    if not decoded.text.strip():
        yield _Reject(_reject_row(rel, None, "empty file", f"{rel}: empty or only whitespace; expected article text"))
        return
    tab = path.suffixes[-2 if gzipped else -1].lower() == ".tsv"
    n_items = 0
    for item in read_records(kind, decoded.text, name=rel, spec=options.field_spec, tab_separated=tab):
        n_items += 1
        if isinstance(item, Problem):
            yield _Reject(_reject_row(rel, item.record, item.reason, item.detail))
        else:
            yield from _record_events(item, rel=rel, encoding=decoded.encoding, sidecar=sidecar,
                                      options=options, whole_file=kind == "text")
    if n_items == 0:
        yield _Reject(_reject_row(rel, None, "no records", f"{rel}: holds no records (only a header or an empty list)"))


def _read_bytes(path: Path, rel: str, max_bytes: int, *, gzipped: bool) -> tuple[bytes, str | None]:
    """The file's bytes (decompressed for .gz) and what damaged a .gz stream (None when whole); DecodeError when unusable."""
    data = read_limited(path, rel, max_bytes)
    if not gzipped:
        return data, None
    unpacked = gunzip(data, name=rel, max_bytes=max_bytes)
    return unpacked.data, unpacked.damage


def _damaged_gzip(data: bytes, damage: str, *, rel: str, whole_file: bool) -> Iterator[_Event]:
    """For a .gz cut off or damaged part way: a reject saying so, then the whole lines before the damage.

    A whole-file format (a story, a JSON document) cannot be read from part of
    it: DecodeError. Line formats keep every complete line before the damage.
    """
    if whole_file:
        raise DecodeError("damaged file", f"{rel}: {damage}; the file cannot be read from part of it")
    kept = data[:data.rfind(b"\n") + 1]
    n_lines = kept.count(b"\n")
    yield _Reject(_reject_row(rel, n_lines + 1, "damaged file", (
        f"{rel} line {n_lines + 1}: {damage}; the {n_lines:,} whole lines before it are loaded, the rest is lost"
    )))
    return kept


# ---------------------------------------------------------------- articles


def _record_events(
    record: Record, *, rel: str, encoding: str, sidecar: Mapping[str, str], options: LoadOptions, whole_file: bool
) -> Iterator[_Event]:
    """One record as an article (noting a date that could not be read), or a reject; an error rejects this record only."""
    try:
        yield _record_article(record, rel=rel, encoding=encoding, sidecar=sidecar, options=options, whole_file=whole_file)
    except Exception as err:  # noqa: BLE001 - one bad record must not stop its file: it becomes a reject row
        yield _Reject(_reject_row(rel, record.record, "read error", (
            f"{record.where}: cannot be read as an article ({type(err).__name__}: {err})"
        )))


def _record_article(
    record: Record, *, rel: str, encoding: str, sidecar: Mapping[str, str], options: LoadOptions, whole_file: bool
) -> _Event:
    """One record as an article (noting a date that could not be read), or a "no text" reject."""
    story = split_story(record.fields["text"], title_line=whole_file)
    if not story.body:
        return _Reject(_reject_row(rel, record.record, "no text", f"{record.where}: a dateline but no article text after it"))
    values = {**sidecar, **record.fields}  # the record's own columns win over the sidecar
    date, date_text, bad = resolve_date(values.get("date"), story, year=options.year)
    date_error = {"path": rel, "record": record.record, "date_text": values.get("date") or date_text} if bad else None
    dateline = story.dateline
    body, n_chars_dropped = cap_text(story.body, options.max_chars)
    row = {
        "doc_id": None,
        "source": values.get("source") or (dateline.agency if dateline else None),
        "date": date,
        "date_text": date_text,
        "place": values.get("place") or (dateline.place if dateline else None),
        "title": values.get("title") or story.title,
        "byline": values.get("byline") or story.byline,
        "text": body,
        "url": values.get("url"),
        "path": rel,
        "record": record.record,
        "lang": values.get("lang") or options.lang,
        "encoding": encoding,
        "n_words": count_words(body),
        "n_paragraphs": len(paragraph_spans(body)),
        "header": "\n".join(story.header) or None,
        "trailer": "\n".join(story.trailer) or None,
        "n_chars_dropped": n_chars_dropped,
    }
    content_id = content_doc_id(body)
    row["doc_id"] = values.get("id") if options.id_field and values.get("id") else content_id
    return _Article(row, content_id, date_error)


def cap_text(text: str, max_chars: int) -> tuple[str, int]:
    """``text`` cut to at most ``max_chars`` characters, and how many characters were left out.

    The cut falls after the last line break in the second half of the allowed
    length (so whole paragraphs are kept), else after the last space there,
    else at ``max_chars``; trailing whitespace goes with it. A text that fits
    is returned unchanged with 0.
    """
    if len(text) <= max_chars:
        return text, 0
    half = max_chars // 2
    cut = text.rfind("\n", half, max_chars + 1)
    if cut < 0:
        cut = max((text.rfind(space, half, max_chars + 1) for space in (" ", "\t")), default=-1)
    kept = text[:cut if cut >= 0 else max_chars].rstrip()
    return kept, len(text) - len(kept)


def content_doc_id(text: str) -> str:
    """Stable id of an article's content: sha1 of its normalised, whitespace-folded text (16 hex digits)."""
    folded = " ".join(normalize(text).split())
    return hashlib.sha1(folded.encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------- sidecar


def _read_sidecars(root: Path, files: list[Found], options: LoadOptions) -> tuple[dict[str, dict[str, str]], list[_Reject]]:
    """Per-file metadata from every ``metadata.csv`` in the folders holding ``files``, keyed by normalised path.

    A row naming a file that the corpus does not hold (missing, skipped, or
    outside the sidecar's folder such as ``../../etc/passwd``) is a reject.
    """
    metadata: dict[str, dict[str, str]] = {}
    rejects: list[_Reject] = []
    readable = {os.path.normpath(entry.path) for entry in files}
    for sidecar in sorted({entry.path.parent / SIDECAR_NAME for entry in files}):
        if not os.path.lexists(sidecar):
            continue
        rel = display_name(sidecar, root)
        try:
            text = decode_bytes(read_limited(sidecar, rel, options.max_bytes), name=rel).text
        except DecodeError as err:
            rejects.append(_Reject(_reject_row(rel, None, err.reason, err.detail)))
            continue
        for item in read_csv(text, name=rel, spec=_SIDECAR_SPEC):
            if isinstance(item, Problem):
                rejects.append(_Reject(_reject_row(rel, item.record, item.reason, item.detail)))
                continue
            fields = dict(item.fields)
            named = fields.pop("file")
            target = os.path.normpath(sidecar.parent / named)
            if target in readable:
                metadata[target] = fields
            else:
                rejects.append(_Reject(_sidecar_miss(rel, item.record, named, inside=_inside(target, sidecar.parent))))
    return metadata, rejects


def _inside(path: str, folder: Path) -> bool:
    return os.path.commonpath([path, os.path.normpath(folder)]) == os.path.normpath(folder)


def _sidecar_miss(rel: str, record: int | None, named: str, *, inside: bool) -> dict[str, Any]:
    """The reject row for a sidecar row whose file is not an input of this load."""
    if not inside:
        return _reject_row(rel, record, "sidecar file outside folder", (
            f"{rel} line {record}: names {named!r}, outside the sidecar's folder; expected a file beside it or below it"
        ))
    return _reject_row(rel, record, "sidecar file missing", (
        f"{rel} line {record}: names {named!r}, which is not a readable file of the corpus; its metadata is not used"
    ))


# ---------------------------------------------------------------- tables


def _where(path: str, record: int | None) -> str:
    return path if record is None else f"{path} line {record}"


def _reject_row(path: str, record: int | None, reason: str, detail: str) -> dict[str, Any]:
    return {"path": path, "record": record, "reason": reason, "detail": detail}


_DTYPES = {
    "date": "datetime64[ns]", "record": "Int64", "n_words": "int64", "n_paragraphs": "int64", "n_chars_dropped": "int64",
}


def _frame(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    """Rows as a DataFrame with fixed columns and dtypes (text columns as pandas strings)."""
    frame = pd.DataFrame(rows, columns=list(columns))
    return frame.astype({column: _DTYPES.get(column, "str") for column in columns})


class _Batch:
    """Events gathered into the tables of one Corpus."""

    def __init__(self) -> None:
        self.articles: list[dict[str, Any]] = []
        self.rejects: list[dict[str, Any]] = []
        self.date_errors: list[dict[str, Any]] = []
        self.skipped: list[dict[str, Any]] = []
        self.n_filtered = 0

    def __bool__(self) -> bool:
        return bool(self.articles or self.rejects or self.date_errors or self.skipped or self.n_filtered)

    def add(self, event: _Event) -> None:
        if isinstance(event, _Article):
            self.articles.append(event.row)
        elif isinstance(event, _Reject):
            self.rejects.append(event.row)
        elif isinstance(event, _BadDate):
            self.date_errors.append(event.row)
        elif isinstance(event, _Skip):
            self.skipped.append(event.row)
        else:
            self.n_filtered += 1

    def corpus(self, root: Path) -> Corpus:
        return Corpus(
            articles=_frame(self.articles, ARTICLE_COLUMNS),
            rejects=_frame(self.rejects, REJECT_COLUMNS),
            root=root,
            date_errors=_frame(self.date_errors, DATE_ERROR_COLUMNS),
            n_filtered=self.n_filtered,
            skipped=_frame(self.skipped, SKIPPED_COLUMNS),
        )
