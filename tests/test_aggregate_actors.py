"""The actors page's aggregations over stored tables in DuckDB equal the pandas summaries, and take out small results."""
from __future__ import annotations

import pandas as pd
import pytest
from test_aggregate import assert_equal, pair, wikinews_tables  # noqa: F401  (fixtures: the same stored Wikinews)

from analysis.actors import Ranking
from analysis.pipeline import aggregate_actor_tone as tone
from analysis.pipeline import aggregate_actors as actors
from analysis.paths import SEEDS
from analysis.pipeline.batch import analyze_to_parquet
from analysis.pipeline.lazy import open_stored
from analysis.pipeline.stored import open_analysis


def _evidence(source):
    ranked = _settled(tone.actor_tone(source))  # the same six actors from both paths, near-ties or not
    ids = [*ranked["actor_id"].head(3), *ranked["actor_id"].tail(3)[::-1]]
    return tone.tone_evidence(source, actor_ids=ids, per_side=2)


def _settled(table: pd.DataFrame, *, check: bool = False) -> pd.DataFrame:
    """An actor tone ranking with actors whose tones differ by float noise (< 1e-9) in name order: their order
    depends on the order the corpus mean was summed in. With ``check``, the ranking is first checked sorted by tone."""
    if check:
        assert (table["tone"].diff().dropna() > -1e-12).all(), "not ranked by tone"
    settled = table.assign(_key=table["tone"].round(9)).sort_values(["_key", "actor", "actor_id"], kind="stable")
    return settled.drop(columns="_key").reset_index(drop=True)


CALLS = {
    "mention_overview": lambda source: actors.mention_overview(source),
    "first_quotes": lambda source: actors.first_quotes(source, n=7, columns=["doc_id", "kind", "speaker", "text"]),
    "actor_table": lambda source: actors.actor_table(source, n_articles=len(source.articles)),
    "actor_table_default_total": lambda source: actors.actor_table(source, min_mentions=2, level=0.9),
    "actor_table_with_publishers": lambda source: actors.actor_table(source, include_publishers=True),
    "share_of_voice": lambda source: actors.share_of_voice(source),
    "share_of_voice_indirect": lambda source: actors.share_of_voice(source, kinds=("indirect",), level=0.9),
    "quoted_about": lambda source: actors.quoted_about(source),
    "quoted_about_with_publishers": lambda source: actors.quoted_about(source, include_publishers=True),
    "co_mentions": lambda source: actors.co_mentions(source),
    "co_mentions_articles": lambda source: actors.co_mentions(source, level="article", min_count=1.6),  # not a sum of 1/2, 1/3
    "supported_pairs": lambda source: actors.supported_pairs(source, minimum=2),
    "supported_pairs_articles": lambda source: actors.supported_pairs(source, minimum=3, level="article"),
    "tone_coverage": lambda source: tone.tone_coverage(source),
    "tone_coverage_with_publishers": lambda source: tone.tone_coverage(source, include_publishers=True),
    "tone_agreement": lambda source: tone.tone_agreement(source),
    "tone_agreement_wide": lambda source: tone.tone_agreement(source, threshold=0.3),
    "tone_changes": lambda source: tone.tone_changes(source, n=8),
    "actor_tone": lambda source: tone.actor_tone(source),
    "actor_tone_strict": lambda source: tone.actor_tone(source, min_mentions=3, threshold=0.2, level=0.8),
    "tone_evidence": _evidence,
    "tone_evidence_everyone": lambda source: tone.tone_evidence(source, per_side=1),
    "discoveries": lambda source: actors.discoveries(source, n=10),
    "discoveries_all": lambda source: actors.discoveries(source),
}


def _compare(in_pandas, stored, name):
    expected, actual = CALLS[name](in_pandas), CALLS[name](stored)
    if name.startswith("actor_tone"):
        expected, actual = _settled(expected), _settled(actual, check=True)
    if isinstance(expected, Ranking):
        assert (actual.left_out, actual.minimum, actual.column) == (expected.left_out, expected.minimum, expected.column)
        expected, actual = expected.table, actual.table
    if isinstance(expected, tuple):  # tone_agreement: (cross table, figures)
        assert_equal(expected[0], actual[0])
        assert actual[1] == pytest.approx(expected[1], nan_ok=True)
    else:
        assert_equal(expected, actual)
    return expected


@pytest.mark.parametrize("name", list(CALLS))
def test_a_stored_actor_aggregation_equals_the_pandas_summary(pair, name):
    expected = _compare(*pair, name)
    assert len(expected) > 0, f"{name}: the fixture gives nothing to compare"


@pytest.fixture(scope="module")
def seed_pair(tmp_path_factory):
    """The seed article (one article, no publisher mentions, no pair in two articles) in pandas and stored."""
    tables = analyze_to_parquet(SEEDS, tmp_path_factory.mktemp("seed") / "tables").out
    return open_analysis(tables=tables), open_stored(tables)


@pytest.mark.parametrize("name", list(CALLS))
def test_a_stored_actor_aggregation_equals_the_pandas_summary_on_one_article(seed_pair, name):
    _compare(*seed_pair, name)


def test_the_stored_path_takes_out_only_small_results(wikinews_tables):
    stored = open_stored(wikinews_tables)
    totals = {name: stored.count(name) for name in ("mentions", "quotes", "sentences", "sentiment")}
    stored.fetched.clear()
    for name, call in CALLS.items():
        if not name.startswith("co_mentions") and name != "tone_evidence_everyone":  # every pair / actor: as long as
            # the pandas result; the page uses supported_pairs and the evidence of six actors
            call(stored)
    assert stored.fetched
    for what, rows in stored.fetched:  # a row per actor, speaker, pair or label; rows of a few articles
        table = what.removeprefix("rows of ")
        limit = totals[table] / 2 if table in totals else totals["mentions"] / 2
        assert rows < limit, (what, rows, totals)


def test_the_stored_path_refuses_what_is_not_an_analysis(wikinews_tables):
    stored = open_stored(wikinews_tables)
    with pytest.raises(TypeError, match="StoredAnalysis"):
        actors.actor_table(stored.articles)
    with pytest.raises(ValueError, match="level 'paragraph'"):
        actors.co_mentions(stored, level="paragraph")
    with pytest.raises(AttributeError, match="not loaded into pandas"):
        stored.mentions
    assert isinstance(actors.actor_table(stored), pd.DataFrame)


def test_stored_aggregations_give_the_same_numbers_on_every_run(wikinews_tables):
    """DuckDB runs one thread unless asked: its float sums are then added in one order, so actor tone (shrunk with
    sums over the corpus) and share of voice are the same to the last bit on every run, not only to rtol."""
    runs = []
    for _ in range(3):
        stored = open_stored(wikinews_tables)
        assert stored.query("SELECT current_setting('threads') AS t", what="threads")["t"].iloc[0] == 1
        runs.append((tone.actor_tone(stored), actors.share_of_voice(stored)))
    for later in runs[1:]:
        for first, again in zip(runs[0], later):
            pd.testing.assert_frame_equal(again, first, check_exact=True)
    with pytest.raises(ValueError, match="threads=0"):
        open_stored(wikinews_tables, threads=0)


def test_tone_changes_and_evidence_read_whole_rows_only_of_the_mentions_shown(wikinews_tables):
    """The picking queries carry only the sort key through their joins; the whole mention rows read afterwards are
    those shown (at most n, or per_side per actor and side), not every toned mention."""
    stored = open_stored(wikinews_tables)
    toned = int(stored.query(f"SELECT count(*) AS n FROM {stored.table('mentions', ['doc_id', 'tone'])} "
                             "WHERE tone IS NOT NULL", what="toned")["n"].iloc[0])
    stored.fetched.clear()
    changes = tone.tone_changes(stored, n=8)
    evidence = tone.tone_evidence(stored, per_side=1)
    picked = [rows for what, rows in stored.fetched if what == "picked mentions"]
    assert picked == [8, len(evidence)] and len(changes) == 8 and 0 < len(evidence) < toned / 2
