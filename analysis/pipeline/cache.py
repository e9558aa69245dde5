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
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
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


def library_fingerprint(package_dir: Path) -> str:
    """Hash of the package's code and dictionaries: a changed library never reuses stale results."""
    digest = hashlib.sha1()
    for path in sorted(package_dir.rglob("*")):
        if path.suffix in {".py", ".yaml", ".yml", ".txt", ".csv"} and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(package_dir)).encode())
            digest.update(path.read_bytes())
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


class ResultCache:
    """Read and append per-article tables for one configuration key (see the module docstring)."""

    def __init__(self, root: Path, key: str) -> None:
        self.folder = Path(root) / key
        self.writable = True

    def load(self, wanted: pd.DataFrame, tables: Iterable[str]) -> tuple[set[str], dict[str, pd.DataFrame]]:
        """Cached doc_ids among ``wanted`` (columns doc_id, content_hash) and their rows per table.

        Only verified batches count; damaged ones are reported once, removed,
        and their articles left out of the result (so they are recomputed).
        """
        wanted_pairs = set(zip(wanted["doc_id"], wanted["content_hash"]))
        cached: set[str] = set()
        found: dict[str, list[pd.DataFrame]] = {table: [] for table in tables}
        damaged: list[str] = []
        for name, marker in self._markers(damaged):
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

    def _markers(self, damaged: list[str]) -> list[tuple[str, dict[str, Any]]]:
        """Every readable batch marker, by name; unreadable ones are added to ``damaged``."""
        folder = self.folder / DONE_TABLE
        try:
            paths = sorted(folder.glob("*.json")) if folder.is_dir() else []
        except OSError:
            return []
        markers = []
        for path in paths:
            try:
                marker = json.loads(path.read_bytes())
                _ = [(str(doc_id), str(digest)) for doc_id, digest in marker["articles"]], dict(marker["parts"])
            except (OSError, ValueError, KeyError, TypeError):
                damaged.append(path.stem)
                continue
            markers.append((path.stem, marker))
        return markers

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
