"""The files of a corpus folder: what the walk sees, what it reads, and reading within limits.

:func:`walk` visits a folder recursively in sorted order and says, for every
entry it sees, one of three things: :class:`Found` (a file to read),
:class:`Refused` (a reject: an unreadable folder, a link out of the corpus, a
broken link) or :class:`Skipped` (not an article, with the reason: hidden
files and folders, the ``metadata.csv`` sidecar, README/LICENSE files, linked
folders). Nothing the walk sees goes unrecorded.

:func:`read_limited` reads a regular file and nothing else (FIFOs, devices and
sockets are refused without opening them for a blocking read) and reads at
most ``max_bytes + 1`` bytes, so the limit holds whatever ``st_size`` says.
Names that are not valid UTF-8 are shown with U+FFFD (:func:`display_name`).
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from analysis.corpus.decoding import DecodeError

SIDECAR_NAME = "metadata.csv"
IGNORED_STEMS = frozenset({"readme", "license", "licence", "copying", "notice", "changelog", "authors"})
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)


@dataclass(frozen=True)
class Found:
    """A file to read: its path and its name relative to the corpus root."""

    path: Path
    rel: str


@dataclass(frozen=True)
class Refused:
    """An entry that becomes a reject row without being read."""

    rel: str
    reason: str
    detail: str


@dataclass(frozen=True)
class Skipped:
    """An entry that is not an article, and why."""

    rel: str
    reason: str


Entry = Found | Refused | Skipped


def display_name(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` (posix), with bytes that are not UTF-8 shown as U+FFFD."""
    try:
        rel = path.relative_to(root).as_posix()
    except ValueError:
        rel = path.as_posix()
    return os.fsencode(rel).decode("utf-8", "replace")


def walk(root: Path, *, allow_outside_links: bool = False) -> Iterator[Entry]:
    """Every entry under ``root``, sorted by name at each level, as Found, Refused or Skipped."""
    yield from _walk(root, root, os.path.realpath(root), allow_outside_links)


def _walk(folder: Path, root: Path, real_root: str, allow_outside_links: bool) -> Iterator[Entry]:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as err:
        rel = display_name(folder, root)
        yield Refused(rel, "unreadable folder",
                      f"{rel}: the folder cannot be listed ({err.strerror or err}); none of its files were loaded")
        return
    for entry in entries:
        path = Path(entry.path)
        rel = display_name(path, root)
        if entry.name.startswith("."):
            yield Skipped(rel, "hidden folder" if _is_dir(entry) else "hidden file")
        elif entry.is_symlink():
            yield _link(path, rel, real_root, allow_outside_links)
        elif _is_dir(entry):
            yield from _walk(path, root, real_root, allow_outside_links)
        else:
            yield _file(path, rel)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _file(path: Path, rel: str) -> Entry:
    if path.name == SIDECAR_NAME:
        return Skipped(rel, "metadata sidecar (its values apply to the files it names)")
    if path.name.split(".")[0].lower() in IGNORED_STEMS:
        return Skipped(rel, "readme or licence file, not an article")
    return Found(path, rel)


def _link(path: Path, rel: str, real_root: str, allow_outside_links: bool) -> Entry:
    """A symbolic link: read when it leads to a file inside the corpus (or anywhere, when allowed)."""
    target = os.path.realpath(path)
    if not os.path.exists(target):
        return Refused(rel, "broken link", f"{rel}: a symbolic link to {target}, which does not exist")
    inside = os.path.commonpath([target, real_root]) == real_root
    if not inside and not allow_outside_links:
        return Refused(rel, "link out of corpus", (
            f"{rel}: a symbolic link to {target}, outside the corpus folder; pass allow_outside_links=True to read it"
        ))
    if os.path.isdir(target):
        return Skipped(rel, "linked folder, not followed")
    return _file(path, rel)


def read_limited(path: Path, rel: str, max_bytes: int) -> bytes:
    """The bytes of the regular file ``path``; DecodeError when it is not one, is unreadable, or exceeds ``max_bytes``."""
    try:
        _require_regular(os.stat(path).st_mode, rel)
        descriptor = os.open(path, _OPEN_FLAGS)
        with os.fdopen(descriptor, "rb") as handle:
            _require_regular(os.fstat(handle.fileno()).st_mode, rel)  # the file may have been swapped since
            data = handle.read(max_bytes + 1)
    except OSError as err:
        raise DecodeError("unreadable", f"{rel}: cannot be read ({err.strerror or err})") from err
    if len(data) > max_bytes:
        raise DecodeError("too large", f"{rel}: more than max_bytes={max_bytes:,} bytes; raise max_bytes= to load it")
    return data


def _require_regular(mode: int, rel: str) -> None:
    if stat.S_ISREG(mode):
        return
    kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a socket" if stat.S_ISSOCK(mode) else "a folder" if stat.S_ISDIR(mode) else "not a regular file")
    raise DecodeError("not a regular file", f"{rel}: is {kind}; only regular files are read")
