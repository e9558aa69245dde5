"""The ``metadata.csv`` sidecar: per-file values (date, title, url, source, ...) for the files of its folder.

A folder may hold a ``metadata.csv`` (a ``file`` column and any of date,
title, url, source, lang, place, byline) whose values apply to the file named:
for a ``.txt`` story they win over its dateline (a sidecar date is a full
date); for a CSV or JSON file they fill what its records leave empty. The
sidecar itself is not an article (the folder walk lists it as skipped). A row
naming a file that the corpus does not hold (missing, skipped, or outside the
sidecar's folder such as ``../../etc/passwd``) is a reject, as is a sidecar
that cannot be read.
"""
from __future__ import annotations

import os
from pathlib import Path

from analysis.corpus.decoding import DecodeError, decode_bytes
from analysis.corpus.files import SIDECAR_NAME, Found, display_name, read_limited
from analysis.corpus.formats import FIELD_CANDIDATES, FieldSpec, Problem, read_csv
from analysis.corpus.results import Reject, reject

SIDECAR_SPEC = FieldSpec(
    overrides={},
    candidates={
        **{name: columns for name, columns in FIELD_CANDIDATES.items() if name not in ("text", "id")},
        "file": ("file", "filename", "path"),
    },
    required="file",
)


def read_sidecars(root: Path, files: list[Found], *, max_bytes: int) -> tuple[dict[str, dict[str, str]], list[Reject]]:
    """Per-file metadata from every ``metadata.csv`` in the folders holding ``files``, keyed by normalised path,
    and the rejects met reading them (in sidecar order)."""
    metadata: dict[str, dict[str, str]] = {}
    rejects: list[Reject] = []
    readable = {os.path.normpath(entry.path) for entry in files}
    for sidecar in sorted({entry.path.parent / SIDECAR_NAME for entry in files}):
        if not os.path.lexists(sidecar):
            continue
        rel = display_name(sidecar, root)
        try:
            text = decode_bytes(read_limited(sidecar, rel, max_bytes), name=rel).text
        except DecodeError as err:
            rejects.append(reject(rel, None, err.reason, err.detail))
            continue
        for item in read_csv(text, name=rel, spec=SIDECAR_SPEC):
            if isinstance(item, Problem):
                rejects.append(reject(rel, item.record, item.reason, item.detail))
                continue
            fields = dict(item.fields)
            named = fields.pop("file")
            target = os.path.normpath(sidecar.parent / named)
            if target in readable:
                metadata[target] = fields
            else:
                rejects.append(_sidecar_miss(rel, item.record, named, inside=_inside(target, sidecar.parent)))
    return metadata, rejects


def _inside(path: str, folder: Path) -> bool:
    return os.path.commonpath([path, os.path.normpath(folder)]) == os.path.normpath(folder)


def _sidecar_miss(rel: str, record: int | None, named: str, *, inside: bool) -> Reject:
    """The reject for a sidecar row whose file is not an input of this load."""
    if not inside:
        return reject(rel, record, "sidecar file outside folder", (
            f"{rel} line {record}: names {named!r}, outside the sidecar's folder; expected a file beside it or below it"
        ))
    return reject(rel, record, "sidecar file missing", (
        f"{rel} line {record}: names {named!r}, which is not a readable file of the corpus; its metadata is not used"
    ))
