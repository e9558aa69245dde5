"""The actors page's aggregations run part by part (StoredAnalysis.per_part) give what they give over whole tables:
the same Wikinews tables written in one part and in many uneven parts (one empty) give equal results, read one part
a query or in groups of consecutive parts, also when the per-part rows are merged after every query; a part's rows
dropped or counted twice would show."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from test_aggregate import assert_equal, wikinews_tables  # noqa: F401  (fixture: Wikinews stored in three parts)
from test_aggregate_actors import CALLS, _compare

from analysis.pipeline import aggregate_actor_tone as tone
from analysis.pipeline import aggregate_actors as actors
from analysis.pipeline import lazy
from analysis.pipeline.lazy import open_stored
from analysis.pipeline.parts import MANIFEST, part_name
from analysis.pipeline.stored import open_analysis

# Articles per part when the tables are written again: uneven, one part empty, the rest in the last part.
SIZES = (1, 40, 0, 7, 60, 23, 90)


def _rewritten(folder: Path, out: Path, sizes: tuple[int, ...] | None) -> Path:
    """The tables of ``folder`` written again in parts of ``sizes`` articles in corpus order (None: one part), each
    part holding the rows of its articles in every table, as the analyze command writes them."""
    manifest = json.loads((folder / MANIFEST).read_text())
    tables = {path.name: pd.concat([pd.read_parquet(folder / path.name / part) for part in manifest["parts"]],
                                   ignore_index=True)
              for path in folder.iterdir() if path.is_dir()}
    doc_ids = tables["articles"]["doc_id"].tolist()
    ends = [sum((sizes or ())[:index + 1]) for index in range(len(sizes or ()))]
    groups = [doc_ids[start:end] for start, end in zip([0, *ends], [*ends, len(doc_ids)])]
    for name, table in tables.items():
        (out / name).mkdir(parents=True)
        for index, group in enumerate(groups):
            rows = table[table["doc_id"].isin(group)] if "doc_id" in table.columns else table.iloc[:0] if index else table
            rows.reset_index(drop=True).to_parquet(out / name / part_name(index), index=False)
    parts = [part_name(index) for index in range(len(groups))]
    (out / MANIFEST).write_text(json.dumps({**manifest, "parts": parts, "chunks": len(parts)}))
    return out


@pytest.fixture(scope="module")
def one_and_many(wikinews_tables, tmp_path_factory):
    """(StoredAnalysis of Wikinews in one part, the same in the parts of SIZES and one more)."""
    root = tmp_path_factory.mktemp("parts")
    whole = _rewritten(wikinews_tables, root / "one", None)
    many = _rewritten(wikinews_tables, root / "many", SIZES)
    assert len(json.loads((many / MANIFEST).read_text())["parts"]) == len(SIZES) + 1
    return open_stored(whole), open_stored(many)


# (articles a query, rows before a merge): each part alone, merged at the end or after every query; groups of parts.
READS = {"each-part": (1, lazy.COMBINE_ROWS), "each-part-merged-every-time": (1, 0), "groups-of-parts": (50, 0)}


@pytest.mark.parametrize("reads", list(READS))
@pytest.mark.parametrize("name", list(CALLS))
def test_an_aggregation_over_many_parts_equals_it_over_one(one_and_many, name, reads, monkeypatch):
    group_articles, combine_rows = READS[reads]
    monkeypatch.setattr(lazy, "GROUP_ARTICLES", group_articles)
    monkeypatch.setattr(lazy, "COMBINE_ROWS", combine_rows)
    _compare(*one_and_many, name)


def test_parts_are_read_in_groups_of_about_so_many_articles(one_and_many, monkeypatch):
    whole, many = one_and_many
    assert (whole.part_groups(["mentions"]), many.part_groups(["mentions", "quotes"])) == ([range(1, 2)], [range(1, 9)])  # 295 articles
    monkeypatch.setattr(lazy, "GROUP_ARTICLES", 50)  # parts of 1, 40, 0, 7 | 60 | 23 | 90 | the other 74 articles
    assert many.part_groups(["mentions"]) == [range(1, 5), range(5, 6), range(6, 7), range(7, 8), range(8, 9)]
    monkeypatch.setattr(lazy, "GROUP_ARTICLES", 1)
    assert many.part_groups(["sentiment"]) == [range(part, part + 1) for part in range(1, 9)]


def test_the_rewritten_parts_hold_every_row_once(wikinews_tables, one_and_many):
    whole, many = one_and_many
    for name in ("mentions", "sentences", "sentiment", "quotes"):
        assert many.count(name) == whole.count(name) == open_analysis(tables=wikinews_tables).tables[name].shape[0]


def test_tone_changes_keeps_ties_in_corpus_order_across_parts(one_and_many, wikinews_tables):
    """Many toned mentions share a change (the same tone and sentence): a long top-n crosses parts inside such ties and
    must still list them as the whole table and the pandas summary do."""
    whole, many = one_and_many
    n = 400
    expected = tone.tone_changes(open_analysis(tables=wikinews_tables), n=n)
    change = (expected["tone"] - expected["sentence_tone"]).abs().round(12)
    assert change.duplicated(keep=False).any(), "the fixture has no tie to check"
    assert_equal(expected, tone.tone_changes(many, n=n))
    assert_equal(expected, tone.tone_changes(whole, n=n))


def test_per_part_counts_every_part_once_and_checks_the_parts_line_up(one_and_many, tmp_path, monkeypatch):
    whole, many = one_and_many

    def counts(parts: range) -> str:
        return (f"SELECT {parts.start} AS first, {parts.stop - 1} AS last, count(*) AS n "
                f"FROM {many.table('mentions', ['doc_id'], parts=parts)}")

    for group_articles, an_empty_read in ((1, True), (50, False)):  # part 3 is empty; 50: read with parts 1, 2 and 4
        monkeypatch.setattr(lazy, "GROUP_ARTICLES", group_articles)
        with many.per_part(counts, tables=["mentions"], combine="SELECT * FROM {}".format) as gathered:
            counted = many.query(f"SELECT * FROM {gathered} ORDER BY first", what="per part")
        read = [range(first, last + 1) for first, last in zip(counted["first"], counted["last"])]
        assert read == many.part_groups(["mentions"]) and len(read) == (8 if group_articles == 1 else 5)
        assert int(counted["n"].sum()) == whole.count("mentions")
        assert (0 in counted["n"].tolist()) == an_empty_read
    for wrong in (range(0, 1), range(3, 3), range(8, 10), range(1, 5, 2), 3):
        with pytest.raises(ValueError, match="parts="):
            many.table("mentions", parts=wrong)
    shutil.copytree(many.folder, tmp_path / "ragged")
    (tmp_path / "ragged" / "sentiment" / part_name(2)).unlink()
    ragged = open_stored(tmp_path / "ragged")
    with pytest.raises(ValueError, match="not written in the same parts"):
        tone.tone_changes(ragged, n=3)
    assert len(actors.supported_pairs(ragged, minimum=2).table) == len(actors.supported_pairs(many, minimum=2).table)
