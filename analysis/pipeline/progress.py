"""Progress of long runs: a tqdm bar on a terminal, silence elsewhere.

``article_progress(total)`` is a context manager giving an object with
``update(n)``: a tqdm bar (articles done, rate, ETA) on stderr when stderr is a
terminal, a no-op otherwise (logs, CI, papermill kernels, executed notebooks).
Only the outermost bar shows: while one is open (an ``analyze`` command
streaming chunks, counting each chunk), an inner ``article_progress``
(``analyze`` on one chunk) is silent instead of drawing a second bar. A worker
process whose parent draws the bar runs its chunks inside :func:`no_progress`.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator, Protocol


class Progress(Protocol):
    """What a run reports to: articles done, and the total once it is known."""

    def update(self, n: int = 1) -> object: ...


class _Silent:
    """Progress that shows nothing."""

    total: int | None = None

    def update(self, n: int = 1) -> None:
        """Ignore ``n`` articles done."""

    def refresh(self) -> None:
        """Nothing to redraw."""


_OPEN: ContextVar[Progress | None] = ContextVar("analysis_progress", default=None)


def on_terminal() -> bool:
    """True when stderr is an interactive terminal and this is not a notebook kernel."""
    if "ipykernel" in sys.modules:
        return False
    stream = sys.stderr
    return bool(stream is not None and hasattr(stream, "isatty") and stream.isatty())


@contextmanager
def article_progress(total: int | None, *, description: str = "articles") -> Iterator[Progress]:
    """A bar counting articles (``total`` may be None when unknown); silent inside another open bar."""
    if _OPEN.get() is not None:
        yield _Silent()
        return
    if not on_terminal():
        bar: Progress = _Silent()
    else:
        from tqdm import tqdm

        bar = tqdm(total=total, desc=description, unit=" articles", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)
    token = _OPEN.set(bar)
    try:
        yield bar
    finally:
        _OPEN.reset(token)
        close = getattr(bar, "close", None)
        if close is not None:
            close()


@contextmanager
def no_progress() -> Iterator[None]:
    """Every ``article_progress`` inside the block is silent (a worker process whose parent draws the bar)."""
    token = _OPEN.set(_Silent())
    try:
        yield
    finally:
        _OPEN.reset(token)
