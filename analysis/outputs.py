"""Output folders the tool owns: built beside their target, moved into place whole, never destroying anything else.

``report --out DIR`` and ``analyze --out DIR`` build in a hidden sibling
``.DIR.building-XXXX`` folder and rename it into place when complete. An
existing ``DIR`` is replaced only when this tool wrote it, which is recognised
by the marker file it writes last (``provenance.json`` for a report,
``manifest.json`` for analyze tables); an empty folder (or one holding only
the ``error.log`` of a failed run) may be filled too.
Anything else is refused with :class:`OutputFolderError` and left untouched.

Each building folder holds a ``.building.json`` naming the process that made
it; the next run removes building folders whose process is gone, so runs
killed by SIGTERM or SIGKILL leave nothing that piles up.
"""
from __future__ import annotations

import errno
import json
import os
import shutil
import socket
import tempfile
from pathlib import Path

from analysis.errors import AnalysisError

BUILDING_MARKER = ".building.json"
# Where a run that failed unexpectedly leaves its traceback (inside --out; a folder holding only it may be replaced).
ERROR_LOG = "error.log"
# errno values that mean "the output cannot be written here" rather than a bug.
WRITE_ERRNOS = frozenset({errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EPERM, errno.EDQUOT, errno.EFBIG})


class OutputFolderError(AnalysisError):
    """``--out`` names something this tool did not write (or cannot write): nothing was changed."""


def check_replaceable(out: Path, *, marker: str) -> None:
    """Raise :class:`OutputFolderError` unless ``out`` is absent, an empty folder, or a folder holding ``marker``."""
    if not out.exists() and not out.is_symlink():
        return
    if out.is_symlink() or not out.is_dir():
        raise OutputFolderError(f"--out {out}: exists and is not a folder this tool wrote; choose another --out")
    if (out / marker).is_file() or {entry.name for entry in out.iterdir()} <= {ERROR_LOG}:
        return
    raise OutputFolderError(
        f"--out {out}: the folder exists and has no {marker}, so it was not written by this tool; "
        f"it is left untouched: choose a new folder or remove it yourself"
    )


def start_building(out: Path) -> Path:
    """A fresh hidden building folder beside ``out`` (stale ones of killed runs are removed first)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_builds(out)
    build = Path(tempfile.mkdtemp(prefix=f".{out.name}.building-", dir=out.parent))
    owner = {"pid": os.getpid(), "host": socket.gethostname()}
    (build / BUILDING_MARKER).write_text(json.dumps(owner) + "\n", encoding="utf-8")
    return build


def remove_stale_builds(out: Path) -> list[Path]:
    """Remove ``.NAME.building-*`` folders beside ``out`` that this tool made and whose process has ended."""
    removed = []
    for candidate in sorted(out.parent.glob(f".{out.name}.building-*")):
        if candidate.is_dir() and not candidate.is_symlink() and _abandoned(candidate):
            shutil.rmtree(candidate, ignore_errors=True)
            removed.append(candidate)
    return removed


def _abandoned(build: Path) -> bool:
    """True when ``build`` holds our marker and the process named in it no longer runs on this host."""
    try:
        owner = json.loads((build / BUILDING_MARKER).read_text(encoding="utf-8"))
        pid, host = int(owner["pid"]), str(owner["host"])
    except (OSError, ValueError, KeyError, TypeError):
        return False  # not ours (or not yet marked): leave it
    if host != socket.gethostname():
        return False
    return pid != os.getpid() and not process_alive(pid)


def process_alive(pid: int) -> bool:
    """True when a process with this id runs on this machine (or may: one we may not signal counts as running)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def move_into_place(build: Path, out: Path, *, marker: str) -> None:
    """Rename the finished ``build`` to ``out``; an older ``out`` (checked again to be ours) is removed after."""
    (build / BUILDING_MARKER).unlink(missing_ok=True)
    os.chmod(build, 0o755)
    check_replaceable(out, marker=marker)
    old = None
    if out.exists():
        old = out.parent / f".{out.name}.old-{os.getpid()}"
        shutil.rmtree(old, ignore_errors=True)
        os.replace(out, old)
    os.replace(build, out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def is_write_failure(error: BaseException) -> bool:
    """True for an OSError meaning the disk is full or the place is read-only / not writable."""
    return isinstance(error, OSError) and error.errno in WRITE_ERRNOS


def write_failure_line(error: OSError, *, out: Path) -> str:
    """One line for a failed write: what happened, where, and that nothing half-written was left."""
    reason = error.strerror or str(error)
    where = error.filename or out
    return f"cannot write the output for {out} ({reason}: {where}); nothing was changed there"


def write_error_log(out: Path, text: str, *, marker: str) -> Path | None:
    """Write ``text`` (a traceback) to ``out/error.log`` when ``out`` is ours (holds ``marker``) or absent.

    Returns the log's path, or None when it cannot be written (the caller still prints its one line).
    """
    try:
        if out.exists():
            check_replaceable(out, marker=marker)
        out.mkdir(parents=True, exist_ok=True)
        log = out / ERROR_LOG
        log.write_text(text, encoding="utf-8")
    except (OSError, OutputFolderError):
        return None
    return log
