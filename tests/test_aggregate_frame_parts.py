"""The framing page's aggregations over stored tables run part by part (frame sums and co-occurrence through
StoredAnalysis.per_part, evidence located one part at a time) and give what pandas gives: Wikinews in one part and in
many uneven parts (one empty), read a part a query or in groups of parts, merged after every query or at the end; a
group of parts dropped or read twice would show."""
from __future__ import annotations

import pandas as pd
import pytest
from test_aggregate import CALLS, WINDOW, assert_equal, wikinews_tables  # noqa: F401  (fixture)
from test_aggregate_parts import READS, one_and_many  # noqa: F401  (fixture: Wikinews in one part and in many)

from analysis.pipeline import aggregate, lazy
from analysis.pipeline.lazy import StoredAnalysis, open_stored
from analysis.pipeline.stored import open_analysis

FRAME_CALLS = {name: call for name, call in CALLS.items() if name.startswith("frame")}
SUMMED = [name for name in FRAME_CALLS if name != "frame_evidence"]  # per_part sums: a group lost or doubled shows


@pytest.mark.parametrize("reads", list(READS))
@pytest.mark.parametrize("name", list(FRAME_CALLS))
def test_a_frame_aggregation_over_many_parts_equals_pandas(one_and_many, name, reads, monkeypatch):
    whole, many = one_and_many
    group_articles, combine_rows = READS[reads]
    monkeypatch.setattr(lazy, "GROUP_ARTICLES", group_articles)
    monkeypatch.setattr(lazy, "COMBINE_ROWS", combine_rows)
    expected = FRAME_CALLS[name](open_analysis(tables=whole.folder))
    assert len(expected) > 0, f"{name}: the fixture gives nothing to compare"
    assert_equal(expected, FRAME_CALLS[name](many))
    assert_equal(expected, FRAME_CALLS[name](whole))


@pytest.mark.parametrize("name", SUMMED)
def test_a_group_of_parts_dropped_or_read_twice_changes_the_result(one_and_many, name, monkeypatch):
    _, many = one_and_many
    monkeypatch.setattr(lazy, "GROUP_ARTICLES", 50)
    expected = FRAME_CALLS[name](many)
    groups = StoredAnalysis.part_groups
    for wrong in (lambda found: found[:-1], lambda found: [*found, found[1]]):
        monkeypatch.setattr(StoredAnalysis, "part_groups", lambda self, names, wrong=wrong: wrong(groups(self, names)))
        with pytest.raises(AssertionError):
            assert_equal(expected, FRAME_CALLS[name](many))


@pytest.mark.parametrize("load", [None, WINDOW], ids=["all", "window"])
def test_a_long_evidence_sample_crosses_parts_as_pandas_draws_it(one_and_many, load):
    """Fifty hits a frame: the draw's positions fall in many parts (and in a date window, positions count only the kept
    articles' hits), each located in its part, with its rank among its article's hits, as pandas finds it."""
    whole, many = one_and_many
    stored = open_stored(many.folder, load_options=load)
    expected = aggregate.frame_evidence(open_analysis(tables=whole.folder, load_options=load), n=50, seed=3)
    assert_equal(expected, aggregate.frame_evidence(stored, n=50, seed=3))
    located = [what for what, _ in stored.fetched if what == "frame evidence"]
    assert len(located) >= 2, "the draw should fall in several parts, one query each"


def test_the_hits_of_a_picked_position_are_found_in_the_part_that_holds_them():
    per_part = pd.DataFrame({"_part": [1, 2, 4, 4], "frame": ["a", "a", "a", "b"], "n": [2, 0, 3, 1]})
    picked = pd.DataFrame({"frame": ["a", "a", "a", "a", "b"], "position": [0, 1, 2, 4, 0]})
    found = aggregate._in_parts(picked, per_part)  # part 2 holds none of frame a's hits, part 3 none at all
    assert found.to_dict("list") == {"frame": ["a"] * 4 + ["b"], "_part": [1, 1, 4, 4, 4], "position": [0, 1, 0, 2, 0]}
    assert (found["_part"].dtype, found["position"].dtype) == ("int64", "int64")
