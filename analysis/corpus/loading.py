"""Load a corpus: a folder or file of news articles in, an articles table and a rejects table out.

``load_corpus(path)`` reads a folder (recursively, in sorted order) of
``.txt`` wire stories, CSV, JSON Lines (also gzipped) and JSON files, or a
single such file. Every input becomes an article or a reject row with a
reason: nothing raises for bad content and nothing is dropped silently.
``iter_corpus`` yields the same result in chunks for corpora that do not fit
in memory. See :class:`~analysis.corpus.options.LoadOptions` for the options
both accept and :class:`~analysis.corpus.results.Corpus` for the tables.

The work is split by concern:

* :mod:`analysis.corpus.files` -- the folder walk: every entry it sees ends as
  a file to read, a reject (a FIFO, device or socket, a link out of the corpus
  unless ``allow_outside_links=True``, an unreadable subfolder) or a
  ``skipped`` row (hidden files, the sidecar, README/LICENSE files, linked
  folders); reading at most ``max_bytes + 1`` bytes of regular files only;
* :mod:`analysis.corpus.decoding` -- bytes to text (and damaged ``.gz``);
* :mod:`analysis.corpus.formats` -- text to records, with the per-record limits
  (``max_record_chars``, ``max_json_depth``, integer digits);
* :mod:`analysis.corpus.sidecars` -- ``metadata.csv`` values for the files it names;
* :mod:`analysis.corpus.articles` -- one record to one article row (story
  furniture split off, dated, capped at ``max_chars``, ``doc_id``);
* this module -- the order of it all, the date filter, exact duplicates (kept
  once, the first in load order; later copies are rejects "duplicate of
  <doc_id>") and containment: any error while reading one file or record
  becomes a reject row naming it and the cause, and the rest loads.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterator, Mapping

import pandas as pd

from analysis.corpus.articles import cap_text, content_doc_id, record_events
from analysis.corpus.decoding import DecodeError, decode_bytes, gunzip
from analysis.corpus.files import Found, Refused, Skipped, display_name, read_limited, walk
from analysis.corpus.formats import Problem, format_of, read_records
from analysis.corpus.options import LoadOptions
from analysis.corpus.results import (
    ARTICLE_COLUMNS, DATE_ERROR_COLUMNS, REJECT_COLUMNS, SKIPPED_COLUMNS, Article, BadDate, Batch, Corpus, Event,
    Filtered, Reject, Skip, reject, where,
)
from analysis.corpus.sidecars import read_sidecars
from analysis.paths import resolve

__all__ = [
    "ARTICLE_COLUMNS", "DATE_ERROR_COLUMNS", "REJECT_COLUMNS", "SKIPPED_COLUMNS", "Corpus", "LoadOptions",
    "cap_text", "content_doc_id", "iter_corpus", "load_corpus",
]

Entry = Found | Refused | Skipped


def load_corpus(path: str | os.PathLike[str], **options: Any) -> Corpus:
    """Load every article under ``path`` (folder or file); see :class:`LoadOptions` for ``options``.

    Raises FileNotFoundError when ``path`` does not exist; bad content never
    raises but becomes rows of ``Corpus.rejects``.
    """
    settings = LoadOptions.from_kwargs(options)
    root, files = _locate(path, settings)
    batch = Batch()
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
    batch = Batch()
    yielded = False
    for event in _events(root, files, options):
        batch.add(event)
        if len(batch.articles) >= chunk_size:
            yield batch.corpus(root)
            batch, yielded = Batch(), True
    if not yielded or batch:
        yield batch.corpus(root)


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


# ---------------------------------------------------------------- the order of events


def _events(root: Path, entries: list[Entry], options: LoadOptions) -> Iterator[Event]:
    """Articles (filtered and deduplicated), rejects, skipped entries and date errors, in load order."""
    found = [entry for entry in entries if isinstance(entry, Found)]
    sidecars, sidecar_rejects = read_sidecars(root, found, max_bytes=options.max_bytes)
    yield from sidecar_rejects
    seen: dict[str, str] = {}  # content id -> doc_id of the first article with that content
    seen_ids: set[str] = set()
    for entry in entries:
        if isinstance(entry, Skipped):
            yield Skip({"path": entry.rel, "reason": entry.reason})
            continue
        if isinstance(entry, Refused):
            yield reject(entry.rel, None, entry.reason, entry.detail)
            continue
        sidecar = sidecars.get(os.path.normpath(entry.path), {})
        for event in _contained(_file_events(entry.path, entry.rel, sidecar, options), entry.rel):
            if isinstance(event, Article):
                event = _screen(event, options, seen, seen_ids)
                if isinstance(event, Article) and event.date_error is not None:
                    yield BadDate(event.date_error)
            yield event


def _screen(article: Article, options: LoadOptions, seen: dict[str, str], seen_ids: set[str]) -> Event:
    """Apply the date filter, then drop exact duplicates (kept once, the first in load order)."""
    if not _in_range(article.row["date"], options):
        return Filtered()
    row = article.row
    named = where(row["path"], row["record"])
    first = seen.get(article.content_id)
    if first is not None:
        return reject(row["path"], row["record"], f"duplicate of {first}",
                      f"{named}: same text as article {first}, which is kept")
    if row["doc_id"] in seen_ids:
        return reject(row["path"], row["record"], "duplicate id",
                      f"{named}: id {row['doc_id']!r} already used by another article; expected unique ids")
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


def _contained(events: Iterator[Event], rel: str) -> Iterator[Event]:
    """``events`` of one file; an error while reading it ends the file with a reject naming the last record read."""
    last: int | None = None
    try:
        for event in events:
            if isinstance(event, (Article, Reject)):
                last = event.row["record"]
            yield event
    except Exception as err:  # noqa: BLE001 - one bad file must not stop the load: it becomes a reject row
        after = f" after record {last}" if last is not None else ""
        yield reject(rel, None, "read error", (
            f"{rel}: reading stopped{after} ({type(err).__name__}: {err}); the rest of this file was not loaded"
        ))


# ---------------------------------------------------------------- one file


def _file_events(path: Path, rel: str, sidecar: Mapping[str, str], options: LoadOptions) -> Iterator[Event]:
    """Everything one file gives: articles, rejects and date errors."""
    kind, gzipped = format_of(path.suffixes)
    if kind is None:
        yield reject(rel, None, "unsupported file type", (
            f"{rel}: unsupported file type {path.suffix or '(no extension)'!r}; "
            f"expected .txt, .csv, .tsv, .jsonl, .ndjson or .json (optionally .gz)"
        ))
        return
    try:
        data, damage = _read_bytes(path, rel, options.max_bytes, gzipped=gzipped)
        if damage is not None:
            data = yield from _damaged_gzip(data, damage, rel=rel, whole_file=kind in ("text", "json"))
        decoded = decode_bytes(data, name=rel)
    except DecodeError as err:
        yield reject(rel, None, err.reason, err.detail)
        return
    if not decoded.text.strip():
        yield reject(rel, None, "empty file", f"{rel}: empty or only whitespace; expected article text")
        return
    tab = path.suffixes[-2 if gzipped else -1].lower() == ".tsv"
    n_items = 0
    for item in read_records(kind, decoded.text, name=rel, spec=options.field_spec, tab_separated=tab,
                             limits=options.record_limits):
        n_items += 1
        if isinstance(item, Problem):
            yield reject(rel, item.record, item.reason, item.detail)
        else:
            yield from record_events(item, rel=rel, encoding=decoded.encoding, sidecar=sidecar,
                                     options=options, whole_file=kind == "text")
    if n_items == 0:
        yield reject(rel, None, "no records", f"{rel}: holds no records (only a header or an empty list)")


def _read_bytes(path: Path, rel: str, max_bytes: int, *, gzipped: bool) -> tuple[bytes, str | None]:
    """The file's bytes (decompressed for .gz) and what damaged a .gz stream (None when whole); DecodeError when unusable."""
    data = read_limited(path, rel, max_bytes)
    if not gzipped:
        return data, None
    unpacked = gunzip(data, name=rel, max_bytes=max_bytes)
    return unpacked.data, unpacked.damage


def _damaged_gzip(data: bytes, damage: str, *, rel: str, whole_file: bool) -> Iterator[Event]:
    """For a .gz cut off or damaged part way: a reject saying so, then the whole lines before the damage.

    A whole-file format (a story, a JSON document) cannot be read from part of
    it: DecodeError. Line formats keep every complete line before the damage.
    """
    if whole_file:
        raise DecodeError("damaged file", f"{rel}: {damage}; the file cannot be read from part of it")
    kept = data[:data.rfind(b"\n") + 1]
    n_lines = kept.count(b"\n")
    yield reject(rel, n_lines + 1, "damaged file", (
        f"{rel} line {n_lines + 1}: {damage}; the {n_lines:,} whole lines before it are loaded, the rest is lost"
    ))
    return kept
