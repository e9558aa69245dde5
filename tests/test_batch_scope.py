"""Look-ups done once per batch (analysis/batch_scope.py): a user's edited dictionary is read again by the
next batch or call, never in the middle of one; made-fast dictionary objects equal the constructors' own."""
from __future__ import annotations

import os

from analysis.actors import compiled
from analysis.actors.dictionary import load_dictionary
from analysis.actors.mention_types import OfficeHit, Span
from analysis.batch_scope import batch_scope, once_per_batch

_USER = """schema_version: 1
dictionary_version: "test"
entries:
  - id: organization:acme-works
    name: {name}
    type: organization
"""


def test_once_per_batch_computes_once_inside_a_scope_and_every_time_outside() -> None:
    calls = []
    compute = lambda: calls.append(1) or len(calls)  # noqa: E731
    assert once_per_batch("key", compute) == 1 and once_per_batch("key", compute) == 2
    with batch_scope():
        assert once_per_batch("key", compute) == 3
        with batch_scope():  # a nested scope shares the outer one
            assert once_per_batch("key", compute) == 3
        assert once_per_batch("other", compute) == 4
    assert once_per_batch("key", compute) == 5


def test_an_error_is_not_kept() -> None:
    def failing() -> int:
        raise ValueError("no")

    with batch_scope():
        for _ in range(2):
            try:
                once_per_batch("failing", failing)
            except ValueError:
                pass
            else:
                raise AssertionError("expected the error again")


def test_an_edited_user_dictionary_is_read_again_by_the_next_batch(tmp_path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text(_USER.format(name="Acme Works"), encoding="utf-8")
    with batch_scope():
        first = load_dictionary(path)
        assert first.entries["organization:acme-works"].name == "Acme Works"
        path.write_text(_USER.format(name="Acme Worx"), encoding="utf-8")
        os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
        assert load_dictionary(path) is first  # within the batch: as the batch found it
    assert load_dictionary(path).entries["organization:acme-works"].name == "Acme Worx"


def test_fast_spans_and_office_hits_equal_the_constructed_ones() -> None:
    span = compiled._span(1, 5, "country:fr", "France", "country", "dictionary", None)
    assert span == Span(1, 5, "country:fr", "France", "country", "dictionary")
    assert hash(span) == hash(Span(1, 5, "country:fr", "France", "country", "dictionary"))
    assert repr(span).startswith("Span(")
    hit = compiled._office_hit(0, 9, "office:president", None, True, -1, -1)
    assert hit == OfficeHit(0, 9, "office:president", None, True)
