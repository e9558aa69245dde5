"""Parquet cache of per-article results, keyed by content hash, configuration and library version.

Layout: ``<cache_dir>/<config key>/<table>/part-<batch>.parquet`` plus one
completion marker per batch, ``_done/<batch>.json``, listing the
(doc_id, content_hash) pairs the batch covers (so an article whose step
produced no rows is still known to be computed) and the SHA-256 and row count
of every part it wrote. A re-run on an unchanged corpus reads the parts and
recomputes nothing.

Reliability: every file is written to a unique temporary name and renamed
into place (a temporary is removed when the write fails), and the marker only
after the parts it vouches for, so concurrent runs sharing a cache never see a
half-written file. A part is verified against its marker when read; a
missing, truncated or corrupt part (or marker) makes its batch's articles be
recomputed, with one :class:`CacheWarning`, and the damaged batch is removed
so the cache heals. A cache that cannot be written (read-only, disk full)
gives one :class:`CacheWarning` and the analysis goes on without caching.

Cost: a chunked run calls :meth:`ResultCache.load` once per chunk, so the
cache's cost per chunk must not grow with the chunks before it. Each process
keeps a :class:`MarkerIndex` per cache folder: a marker is read once per
process, when a listing of ``_done`` first shows it (markers this process
writes are indexed as they are written, without a read), and a load reads
only the markers that list one of its articles. The listing on every load
(names only) finds the markers other runs wrote since. The library's
fingerprint is hashed again only when a file of the package changed
(:func:`library_fingerprint`).
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
import threading
import warnings
from pathlib import Path
from typing import Any, Iterable, Mapping

import pandas as pd

from analysis.backends.spacy_pipeline import model_fingerprint, spacy_model
from analysis.outputs import process_alive
from analysis.paths import resolve

DONE_TABLE = "_done"
_TEMP_SUFFIX = ".tmp"


class CacheWarning(UserWarning):
    """The cache was damaged (and is being healed) or cannot be written (the analysis goes on without it)."""


def option_fingerprint(value: Any) -> Any:
    """Replace a path to an existing file by its content hash, so editing a dictionary invalidates the cache."""
    if isinstance(value, (str, os.PathLike)) and str(value):
        path = resolve(value)
        if path.is_file():
            return {"file_sha1": hashlib.sha1(path.read_bytes()).hexdigest()}
    return value


_LIBRARY_SUFFIXES = frozenset({".py", ".yaml", ".yml", ".txt", ".csv"})
# Per package folder: the files' stat stamps when last hashed, and the hash.
_LIBRARY_HASHES: dict[Path, tuple[tuple[tuple[Any, ...], ...], str]] = {}


def library_files(package_dir: Path) -> list[tuple[str, ...]]:
    """The package's code and dictionary files (path parts relative to ``package_dir``, sorted): what
    :func:`library_fingerprint` covers."""
    found: list[tuple[str, ...]] = []
    for folder, subfolders, names in os.walk(package_dir):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        relative = Path(folder).relative_to(package_dir).parts
        found.extend((*relative, name) for name in names if Path(name).suffix in _LIBRARY_SUFFIXES)
    return sorted(found)


def _stat_stamp(path: str) -> tuple[Any, ...]:
    """What changes whenever a file is rewritten, replaced or edited in place (no read of its content)."""
    status = os.stat(path)
    return status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns


def library_fingerprint(package_dir: Path) -> str:
    """Hash of the package's code and dictionaries: a changed library never reuses stale results.

    The files are hashed again only when one was added, removed or changed
    (its inode, size or times: one stat per file, not a read), so a chunked
    run does not read the whole package once per chunk, and an edit made
    while a process runs (a notebook reloading modules) still gives a new
    fingerprint.
    """
    files = library_files(package_dir)
    stamps = tuple((parts, _stat_stamp(os.path.join(package_dir, *parts))) for parts in files)
    known = _LIBRARY_HASHES.get(package_dir)
    if known is not None and known[0] == stamps:
        return known[1]
    digest = hashlib.sha1()
    for parts in files:
        digest.update(str(Path(*parts)).encode())
        digest.update(package_dir.joinpath(*parts).read_bytes())
    _LIBRARY_HASHES[package_dir] = (stamps, digest.hexdigest())
    return digest.hexdigest()


def config_key(*, steps: Iterable[str], options: Mapping[str, Any], version: str, library: str) -> str:
    """A short stable key for one configuration of the analysis."""
    payload = {
        "steps": list(steps),
        "options": {name: option_fingerprint(value) for name, value in sorted(options.items())},
        "version": version,
        "library": library,
    }
    model = spacy_model(options)  # mentions_backend="spacy": the pipeline's files too, so a changed model is a new key
    if model is not None:
        payload["spacy_model"] = model_fingerprint(model)
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()[:20]


class MarkerIndex:
    """Which completion marker lists each (doc_id, content_hash) pair, for one cache folder, kept by this process.

    A marker is read once, when a listing of the folder first shows its name
    with a new inode (a marker another run replaced is read again); the
    markers this process writes are added as written. The index only points
    the way: a load reads each marker it names afresh and keeps the articles
    that marker really lists, so an entry gone stale (a marker another run
    healed or replaced) costs a recomputation, never a wrong row. Keys are
    hashes of the pairs (less memory than the pairs; a collision costs one
    marker read). Get it with :func:`marker_index`.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder / DONE_TABLE
        self._inodes: dict[str, int] = {}  # marker name -> inode when indexed
        self._batch_of: dict[int, str] = {}  # hash of a pair -> the first marker (by name) listing it
        self._lock = threading.Lock()  # analyses in threads of one process share the index

    def refresh(self, damaged: list[str]) -> None:
        """Index the markers written since the last refresh, by any run; unreadable ones are added to ``damaged``."""
        listed = self._listing()
        with self._lock:
            for name in self._inodes.keys() - listed.keys():
                del self._inodes[name]  # healed by a run: its stale entries are never named again (see batches)
            for name in sorted(name for name, inode in listed.items() if self._inodes.get(name) != inode):
                try:
                    marker = read_marker(self.folder / f"{name}.json")
                except (OSError, ValueError, KeyError, TypeError):
                    damaged.append(name)
                    continue
                self._add(name, listed[name], marker["articles"])

    def add(self, name: str, articles: Iterable[Iterable[str]]) -> None:
        """Index the marker this process has just written (no read; if its inode cannot be read, a refresh reads it)."""
        try:
            inode = (self.folder / f"{name}.json").stat().st_ino
        except OSError:
            return
        with self._lock:
            self._add(name, inode, articles)

    def forget(self, names: Iterable[str]) -> None:
        """Drop markers this process has removed."""
        with self._lock:
            for name in names:
                self._inodes.pop(name, None)

    def batches(self, pairs: Iterable[tuple[str, str]]) -> list[str]:
        """The listed markers (sorted by name) that may list some of ``pairs``."""
        with self._lock:
            named = {self._batch_of.get(hash(pair)) for pair in pairs}
            return sorted(name for name in named if name in self._inodes)

    def _add(self, name: str, inode: int, articles: Iterable[Iterable[str]]) -> None:
        """Record a marker's pairs; a pair in several markers points to the first by name (as a load prefers it)."""
        self._inodes[name] = inode
        for doc_id, digest in articles:
            key = hash((doc_id, digest))
            current = self._batch_of.get(key)
            if current is None or name < current or current not in self._inodes:
                self._batch_of[key] = name

    def _listing(self) -> dict[str, int]:
        """Name and inode of every marker in the folder (a directory listing: no marker is opened)."""
        try:
            with os.scandir(self.folder) as entries:
                return {entry.name[: -len(".json")]: entry.inode() for entry in entries
                        if entry.name.endswith(".json") and not entry.name.startswith(".")}
        except OSError:
            return {}


_MARKER_INDEXES: dict[str, MarkerIndex] = {}
_MARKER_INDEXES_LOCK = threading.Lock()


def marker_index(folder: Path) -> MarkerIndex:
    """This process's index of the markers of one cache folder (made on first use, kept for the process)."""
    where = os.path.abspath(folder)
    with _MARKER_INDEXES_LOCK:
        if where not in _MARKER_INDEXES:
            _MARKER_INDEXES[where] = MarkerIndex(Path(where))
        return _MARKER_INDEXES[where]


def read_marker(path: Path) -> dict[str, Any]:
    """One completion marker, checked for shape; OSError, ValueError, KeyError or TypeError when it is unreadable."""
    marker = json.loads(path.read_bytes())
    _ = [(str(doc_id), str(digest)) for doc_id, digest in marker["articles"]], dict(marker["parts"])
    return marker


class ResultCache:
    """Read and append per-article tables for one configuration key (see the module docstring)."""

    def __init__(self, root: Path, key: str) -> None:
        self.folder = Path(root) / key
        self.writable = True
        self.index = marker_index(self.folder)

    def load(self, wanted: pd.DataFrame, tables: Iterable[str]) -> tuple[set[str], dict[str, pd.DataFrame]]:
        """Cached doc_ids among ``wanted`` (columns doc_id, content_hash) and their rows per table.

        Only verified batches count; damaged ones are reported once, removed,
        and their articles left out of the result (so they are recomputed).
        Reads only the markers that list a wanted article (and those new to
        this process's index): the cost follows ``wanted``, not the cache.
        """
        wanted_pairs = set(zip(wanted["doc_id"], wanted["content_hash"]))
        cached: set[str] = set()
        found: dict[str, list[pd.DataFrame]] = {table: [] for table in tables}
        damaged: list[str] = []
        self.index.refresh(damaged)
        for name in self.index.batches(wanted_pairs):
            try:
                marker = read_marker(self.folder / DONE_TABLE / f"{name}.json")
            except (OSError, ValueError, KeyError, TypeError):
                damaged.append(name)
                continue
            ids = {doc_id for doc_id, digest in marker["articles"] if (doc_id, digest) in wanted_pairs} - cached
            if not ids:
                continue
            frames = self._verified_parts(name, marker, list(found))
            if frames is None:
                damaged.append(name)
                continue
            cached |= ids
            for table, frame in frames.items():
                found[table].append(frame[frame["doc_id"].isin(ids)])
        if damaged:
            self._heal(damaged)
        return cached, {table: pd.concat(frames, ignore_index=True) for table, frames in found.items() if frames}

    def store(self, batch: pd.DataFrame, tables: Mapping[str, pd.DataFrame]) -> None:
        """Append one batch: the rows of each table, then its marker; a failed write disables caching with one warning."""
        if batch.empty or not self.writable:
            return
        name = hashlib.sha1("".join(sorted(batch["content_hash"])).encode()).hexdigest()[:16]
        try:
            self._sweep_temporaries()
            parts = {table: self._write_part(table, name, frame) for table, frame in tables.items() if not frame.empty}
            marker = {"articles": sorted(map(list, zip(batch["doc_id"], batch["content_hash"]))), "parts": parts}
            write_atomic(self.folder / DONE_TABLE / f"{name}.json", json.dumps(marker, sort_keys=True).encode("utf-8"))
        except OSError as err:
            self.writable = False
            warnings.warn(
                f"analysis cache {self.folder} cannot be written ({err.strerror or err}); "
                "this run goes on without caching its results",
                CacheWarning, stacklevel=3,
            )
            return
        self.index.add(name, marker["articles"])

    def _verified_parts(
        self, name: str, marker: Mapping[str, Any], tables: Iterable[str]
    ) -> dict[str, pd.DataFrame] | None:
        """The batch's parts for ``tables``, each checked against its marker; None when any is missing or damaged."""
        frames = {}
        for table in tables:
            part = marker["parts"].get(table)
            if part is None:
                continue  # the batch made no rows for this table
            try:
                data = (self.folder / table / str(part["file"])).read_bytes()
                if hashlib.sha256(data).hexdigest() != part["sha256"]:
                    return None
                frame = pd.read_parquet(io.BytesIO(data))
            except (OSError, ValueError, KeyError, TypeError):
                return None
            if len(frame) != part["rows"]:
                return None
            frames[table] = frame
        return frames

    def _heal(self, damaged: list[str]) -> None:
        """Warn once about damaged batches and remove their markers and parts (best effort)."""
        warnings.warn(
            f"analysis cache {self.folder}: {len(damaged)} damaged or incomplete batch(es) "
            f"({', '.join(sorted(damaged)[:3])}{'...' if len(damaged) > 3 else ''}); their articles are recomputed",
            CacheWarning, stacklevel=3,
        )
        self.index.forget(damaged)
        for name in damaged:
            for path in [self.folder / DONE_TABLE / f"{name}.json", *self.folder.glob(f"*/part-{name}.parquet")]:
                try:
                    path.unlink(missing_ok=True)
                except OSError:
                    continue

    def _write_part(self, table: str, name: str, frame: pd.DataFrame) -> dict[str, Any]:
        """Write one table's part; returns what the marker records about it (file, sha256, rows)."""
        buffer = io.BytesIO()
        frame.reset_index(drop=True).to_parquet(buffer, index=False)
        data = buffer.getvalue()
        file = f"part-{name}.parquet"
        write_atomic(self.folder / table / file, data)
        return {"file": file, "sha256": hashlib.sha256(data).hexdigest(), "rows": len(frame)}

    def _sweep_temporaries(self) -> None:
        """Remove temporary files left by runs that were killed (their process is gone)."""
        if not self.folder.is_dir():
            return
        for path in self.folder.glob(f"*/.*{_TEMP_SUFFIX}"):
            owner = path.name.split(".")[-2] if path.name.count(".") >= 3 else ""
            if owner.isdigit() and not process_alive(int(owner)):
                path.unlink(missing_ok=True)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a unique temporary beside ``path`` and rename it into place; no temporary survives a failure."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=f".{os.getpid()}{_TEMP_SUFFIX}", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
