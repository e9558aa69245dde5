"""A corpus cut into partitions that workers load on their own, giving what one sequential load gives.

The driver only lists the corpus (:func:`plan_units`: the folder walk, no
file is opened) and groups the files into *units* of at most
``files_per_unit`` files and about ``bytes_per_unit`` bytes (a big CSV or
JSONL file is a unit of its own). Then:

1. :func:`stage_unit`, on a worker, loads one unit with the loader's own
   functions and stages its events (articles with their content ids, rejects,
   skipped entries, in load order) as Parquet under ``staging``; it returns
   the articles' keys (content id, doc_id, path, record, content hash), which
   are small.
2. :func:`screen_keys`, on the driver, walks every unit's keys in corpus order
   with the loader's duplicate rule (``analysis.corpus.loading._screen``): an
   article whose text (or id) an earlier one has becomes a reject,
   ``duplicate of <doc_id>``, exactly as in one sequential load.
3. :func:`load_slice`, on a worker, builds the Corpus of a run of consecutive
   articles of a unit (with the rejects and skipped entries met between them)
   from the staged events and the driver's duplicate decisions. These slices
   are the partitions that are analysed, so a big file is split by records.

Concatenated in order, the slices' tables are what
:func:`~analysis.corpus.loading.load_corpus` returns.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence

import pandas as pd

from analysis.corpus import loading
from analysis.corpus.articles import content_hash
from analysis.corpus.files import SIDECAR_NAME, Found, Refused, Skipped
from analysis.corpus.loading import Corpus, LoadOptions
from analysis.corpus.results import REJECT_COLUMNS, Article, Batch, Filtered, Reject, Skip, reject
from analysis.corpus.sidecars import read_sidecars
from analysis.pipeline.cache import write_atomic

SEQ = "_seq"
_KEYS = ("content_id", "doc_id", "path", "record")
_STAGED = ("articles", "rejects", "skipped")


@dataclass(frozen=True)
class Unit:
    """A run of consecutive walk entries (files to read, refused and skipped entries) of one corpus."""

    index: int
    entries: tuple[loading.Entry, ...]

    @property
    def found(self) -> list[Found]:
        return [entry for entry in self.entries if isinstance(entry, Found)]


@dataclass(frozen=True)
class UnitKeys:
    """What the driver needs of one staged unit: its articles' keys in load order, their event numbers, a digest."""

    content_ids: list[str]
    doc_ids: list[str]
    paths: list[str]
    records: list[Any]
    hashes: list[str]
    seqs: list[int]
    inputs_digest: str

    def __len__(self) -> int:
        return len(self.doc_ids)


def plan_units(
    path: str | os.PathLike[str], *, files_per_unit: int, bytes_per_unit: int, load_options: Mapping[str, Any]
) -> tuple[Path, list[Unit]]:
    """The corpus root and its units (at least one, possibly empty), listing files without reading them."""
    if files_per_unit < 1:
        raise ValueError(f"files_per_unit={files_per_unit!r}: expected a positive number of files")
    options = LoadOptions.from_kwargs(load_options)
    root, entries = loading._locate(path, options)
    units: list[list[loading.Entry]] = [[]]
    n_files = n_bytes = 0
    for entry in entries:
        if isinstance(entry, Found):
            size = _stat(entry.path)[0]
            if n_files and (n_files >= files_per_unit or n_bytes + size > bytes_per_unit):
                units.append([])
                n_files = n_bytes = 0
            n_files, n_bytes = n_files + 1, n_bytes + max(size, 0)
        units[-1].append(entry)
    return root, [Unit(index, tuple(unit)) for index, unit in enumerate(units)]


def stage_unit(root: Path, unit: Unit, load_options: Mapping[str, Any], staging: Path, *,
               corpus_found: Sequence[Found] = ()) -> UnitKeys:
    """On a worker: load ``unit``, stage its events under ``staging``, return its articles' keys.

    ``corpus_found`` (every file of the corpus) is given to the first unit
    only when the corpus has ``metadata.csv`` sidecars: it reports the
    sidecars' own problems first, as ``load_corpus`` does.
    """
    options = LoadOptions.from_kwargs(load_options)
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in _STAGED}
    n_filtered = 0
    for seq, event in enumerate(_unit_events(root, unit, options, corpus_found)):
        if isinstance(event, Article):
            error = event.date_error
            rows["articles"].append({**event.row, "content_id": event.content_id, SEQ: seq,
                                     "_date_error": None if error is None else error["date_text"],
                                     "_has_date_error": error is not None})
        elif isinstance(event, Reject):
            rows["rejects"].append({**event.row, SEQ: seq})
        elif isinstance(event, Skip):
            rows["skipped"].append({**event.row, SEQ: seq})
        else:
            n_filtered += 1
    schema = _schema()
    for name in _STAGED:
        frame = pd.DataFrame(rows[name], columns=[*schema[name].columns, *_extra(name)])
        frame = frame.astype({**schema[name].dtypes.to_dict(), **_extra(name)})
        write_atomic(staging / f"unit-{unit.index:05d}.{name}.parquet", frame.to_parquet(index=False))
    write_atomic(staging / f"unit-{unit.index:05d}.json", json.dumps({"n_filtered": n_filtered}).encode())
    articles = rows["articles"]
    return UnitKeys(
        content_ids=[row["content_id"] for row in articles], doc_ids=[row["doc_id"] for row in articles],
        paths=[row["path"] for row in articles], records=[row["record"] for row in articles],
        hashes=[content_hash(row["text"]) for row in articles], seqs=[row[SEQ] for row in articles],
        inputs_digest=inputs_digest(unit),
    )


def screen_keys(keys: UnitKeys, seen: dict[str, str], seen_ids: set[str]) -> list[dict[str, Any] | None]:
    """For each article of the unit in order: None when kept, else its duplicate reject row (``seen`` grows)."""
    plain = LoadOptions()
    decisions: list[dict[str, Any] | None] = []
    for cid, doc_id, path, record in zip(keys.content_ids, keys.doc_ids, keys.paths, keys.records):
        article = Article({"doc_id": doc_id, "path": path, "record": record, "date": None}, cid)
        event = loading._screen(article, plain, seen, seen_ids)
        decisions.append(event.row if isinstance(event, Reject) else None)
    return decisions


def slice_bounds(n_articles: int, size: int) -> list[tuple[int, int]]:
    """Consecutive article ranges of at most ``size`` (one empty range for a unit without articles)."""
    return [(start, min(start + size, n_articles)) for start in range(0, n_articles, size)] or [(0, 0)]


def load_slice(root: Path, staging: Path, unit_index: int, bounds: tuple[int, int], *, seq_range: tuple[int, int | None],
               drops: Mapping[int, dict[str, Any]], first: bool) -> Corpus:
    """The Corpus of articles ``bounds`` of a staged unit, with the rejects and skipped entries of ``seq_range``.

    ``drops`` maps an article's position in the unit to its duplicate reject
    row; the unit's count of articles outside since/until goes with its
    ``first`` slice.
    """
    stem = staging / f"unit-{unit_index:05d}"
    start, stop = bounds
    low, high = seq_range
    staged = {name: pd.read_parquet(f"{stem}.{name}.parquet") for name in _STAGED}
    articles = staged["articles"].iloc[start:stop].assign(_position=range(start, stop))

    def in_range(frame: pd.DataFrame) -> pd.DataFrame:
        return frame[(frame[SEQ] >= low) & ((frame[SEQ] < high) if high is not None else True)]

    duplicates = articles[articles["_position"].isin(list(drops))]
    kept = articles[~articles["_position"].isin(list(drops))]
    duplicate_rows = pd.DataFrame([{**drops[position], SEQ: seq} for position, seq in zip(duplicates["_position"], duplicates[SEQ])],
                                  columns=[*REJECT_COLUMNS, SEQ])
    rejects = pd.concat([frame for frame in (in_range(staged["rejects"]), duplicate_rows) if not frame.empty] or [staged["rejects"].iloc[:0]])
    errors = kept[kept["_has_date_error"]]
    schema = _schema()
    n_filtered = json.loads(Path(f"{stem}.json").read_text())["n_filtered"] if first else 0
    return Corpus(
        articles=_typed(kept, schema["articles"]),
        rejects=_typed(rejects.sort_values(SEQ, kind="stable"), schema["rejects"]),
        root=root,
        date_errors=_typed(errors.assign(date_text=errors["_date_error"]), schema["date_errors"]),
        n_filtered=n_filtered,
        skipped=_typed(in_range(staged["skipped"]), schema["skipped"]),
    )


def seq_range(keys: UnitKeys, bounds: tuple[int, int], *, last: bool) -> tuple[int, int | None]:
    """The event numbers a slice covers: from its first article (0 for the unit's first slice) to the next slice's."""
    start, stop = bounds
    low = 0 if start == 0 else keys.seqs[start]
    high = None if last or stop >= len(keys) else keys.seqs[stop]
    return low, high


def inputs_digest(unit: Unit) -> str:
    """Digest of the unit's entries and the size and modification time of its files and their sidecars."""
    stats: list[Any] = []
    for entry in unit.entries:
        stats.append([type(entry).__name__, entry.rel, *(_stat(entry.path) if isinstance(entry, Found) else ())])
    for folder in sorted({str(entry.path.parent) for entry in unit.found}):
        stats.append([SIDECAR_NAME, folder, *_stat(Path(folder) / SIDECAR_NAME)])
    return hashlib.sha256(json.dumps(stats).encode()).hexdigest()[:16]


def _unit_events(root: Path, unit: Unit, options: LoadOptions, corpus_found: Sequence[Found]) -> Iterator[Any]:
    """The loader's events for the unit's entries (as ``loading._events``), date-filtered, before duplicate screening."""
    if corpus_found:
        yield from read_sidecars(root, list(corpus_found), max_bytes=options.max_bytes)[1]
    sidecars, _ = read_sidecars(root, unit.found, max_bytes=options.max_bytes)
    for entry in unit.entries:
        if isinstance(entry, Skipped):
            yield Skip({"path": entry.rel, "reason": entry.reason})
        elif isinstance(entry, Refused):
            yield reject(entry.rel, None, entry.reason, entry.detail)
        else:
            sidecar = sidecars.get(os.path.normpath(entry.path), {})
            for event in loading._contained(loading._file_events(entry.path, entry.rel, sidecar, options), entry.rel):
                if isinstance(event, Article) and not loading._in_range(event.row["date"], options):
                    event = Filtered()
                yield event


def _schema() -> dict[str, pd.DataFrame]:
    """Empty load tables: the columns and dtypes of a Corpus."""
    empty = Batch().corpus(Path("."))
    return {"articles": empty.articles, "rejects": empty.rejects, "skipped": empty.skipped, "date_errors": empty.date_errors}


def _extra(name: str) -> dict[str, str]:
    """The staged columns beyond a Corpus table's own, with their dtypes."""
    if name == "articles":
        return {"content_id": "str", SEQ: "int64", "_date_error": "str", "_has_date_error": "bool"}
    return {SEQ: "int64"}


def _typed(frame: pd.DataFrame, schema: pd.DataFrame) -> pd.DataFrame:
    return frame[list(schema.columns)].astype(schema.dtypes.to_dict()).reset_index(drop=True)


def _stat(path: Path) -> tuple[int, int]:
    try:
        info = os.stat(path)
    except OSError:
        return (-1, -1)
    return (info.st_size, info.st_mtime_ns)

