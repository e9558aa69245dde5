"""Parquet cache of per-article results, keyed by content hash, configuration and library version.

Layout: ``<cache_dir>/<config key>/<table>/part-<batch>.parquet`` plus a
``_done`` table listing the (doc_id, content_hash) pairs each batch covers, so
an article whose step produced no rows is still known to be computed. A re-run
on an unchanged corpus reads the parts and recomputes nothing.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any, Iterable, Mapping

import pandas as pd

from analysis.paths import resolve

DONE_TABLE = "_done"


def content_hash(text: str) -> str:
    """SHA-1 of the exact stored text (the cache must see any change, even whitespace)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _file_fingerprint(value: Any) -> Any:
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
        "options": {name: _file_fingerprint(value) for name, value in sorted(options.items())},
        "version": version,
        "library": library,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()[:20]


class ResultCache:
    """Read and append per-article tables for one configuration key."""

    def __init__(self, root: Path, key: str) -> None:
        self.folder = Path(root) / key

    def load(self, wanted: pd.DataFrame, tables: Iterable[str]) -> tuple[set[str], dict[str, pd.DataFrame]]:
        """Cached doc_ids among ``wanted`` (columns doc_id, content_hash) and their rows per table."""
        done = self._read(DONE_TABLE)
        if done.empty:
            return set(), {}
        hits = done.merge(wanted[["doc_id", "content_hash"]], on=["doc_id", "content_hash"])
        cached = set(hits["doc_id"])
        found: dict[str, pd.DataFrame] = {}
        for table in tables:
            frame = self._read(table)
            if not frame.empty:
                found[table] = frame[frame["doc_id"].isin(cached)].drop_duplicates()
        return cached, found

    def store(self, batch: pd.DataFrame, tables: Mapping[str, pd.DataFrame]) -> None:
        """Append one batch: its (doc_id, content_hash) pairs and the rows of each table."""
        if batch.empty:
            return
        name = hashlib.sha1("".join(sorted(batch["content_hash"])).encode()).hexdigest()[:16]
        for table, frame in tables.items():
            if not frame.empty:
                self._write(table, name, frame)
        self._write(DONE_TABLE, name, batch[["doc_id", "content_hash"]])

    def _read(self, table: str) -> pd.DataFrame:
        folder = self.folder / table
        parts = sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []
        if not parts:
            return pd.DataFrame()
        return pd.concat([pd.read_parquet(part) for part in parts], ignore_index=True)

    def _write(self, table: str, name: str, frame: pd.DataFrame) -> None:
        folder = self.folder / table
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f".part-{name}.parquet.tmp"
        frame.reset_index(drop=True).to_parquet(temporary, index=False)
        temporary.replace(folder / f"part-{name}.parquet")
