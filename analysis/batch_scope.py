"""Look-ups a step repeats for every article, done once per batch of articles.

A step resolves its resources from its options for every article (the actor dictionary in force, the frame
dictionary), checking the files' modification times so that an edited file is read again. Each check costs a few
file-system calls per article. Inside :func:`batch_scope`, which :func:`analysis.pipeline.spine.analyze_batch`
enters, :func:`once_per_batch` keeps such a look-up's result until the batch ends: every article of a batch is
analysed with the files as the batch found them (as the run's cache key hashed them), and the next batch, or a
call outside any batch, looks again. The scope is per thread and holds a handful of entries.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Callable, Hashable, Iterator, TypeVar

T = TypeVar("T")
_STATE = threading.local()


@contextmanager
def batch_scope() -> Iterator[None]:
    """Keep the results of :func:`once_per_batch` until the block ends (a nested scope shares the outer one)."""
    if getattr(_STATE, "memo", None) is not None:
        yield
        return
    _STATE.memo = {}
    try:
        yield
    finally:
        _STATE.memo = None


def once_per_batch(key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, computed once per :func:`batch_scope` for ``key`` (every call outside a scope); an
    exception is raised again by the next call, never kept."""
    memo = getattr(_STATE, "memo", None)
    if memo is None:
        return compute()
    try:
        return memo[key]
    except KeyError:
        value = memo[key] = compute()
        return value
