"""Finding frames: matching rules, the pipeline step, article scores and corpus summaries."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd
import pytest

from analysis.framing.dictionary import DictionaryError, parse_yaml
from analysis.framing.step import (
    COLUMNS,
    HIT_COLUMNS,
    TIE_SEPARATOR,
    article_metrics,
    dominant_frames,
    evidence_sample,
    find_frames,
    frame_cooccurrence,
    frame_scores,
    frames_option,
    stem_key,
)
from analysis.framing.summary import frame_prevalence, frames_by
from analysis.paths import ROOT, SEEDS, SHARED_CORPUS

TOY = parse_yaml(
    """
version: "test"
frames:
  - id: conflict
    label: Conflict
    description: Disagreement.
    terms: [war, clash, union, talks]
    stems: [attack, negotiate]
    exclusions: [heart attack, war memorial]
  - id: economic
    label: Economic
    description: Money.
    terms: [economic, trade war, trade, cost, talks]
    stems: [price]
    exclusions: [Economic Community of West African States, trade union]
  - id: place
    label: Place
    description: Places.
    terms: [West African States, memorial]
""",
    source="toy.yaml",
)
EXAMPLE = ROOT / "docs" / "examples" / "geopolitical_frames.yaml"


def hits(text: str) -> list[tuple[str, str, str]]:
    """(frame, term, matched text) for every hit."""
    found = find_frames(text, dictionary=TOY)
    return [(row.frame, row.term, text[row.start:row.end]) for row in found.itertuples()]


def test_hits_table_has_the_documented_columns_and_offsets() -> None:
    text = "A CLASH over costs,\nthen war."
    found = find_frames(text, dictionary=TOY)
    assert list(found.columns) == HIT_COLUMNS
    assert found["start"].dtype == "int64"
    assert [text[s:e] for s, e in zip(found["start"], found["end"])] == ["CLASH", "war"]


def test_matching_is_whole_word_and_ignores_case_and_accents() -> None:
    assert hits("Warsaw was at WAR; the wars ended.") == [("conflict", "war", "WAR")]
    assert hits("Écónomic ties") == [("economic", "economic", "Écónomic")]


def test_stems_catch_inflections_but_terms_do_not() -> None:
    assert hits("They negotiated; negotiations and attacks followed.") == [
        ("conflict", "negotiate", "negotiated"),
        ("conflict", "negotiate", "negotiations"),
        ("conflict", "attack", "attacks"),
    ]
    assert hits("the costs rose") == []
    assert stem_key("Negotiations") == stem_key("negotiate")


def test_longest_phrase_wins_across_frames() -> None:
    assert hits("a trade war began") == [("economic", "trade war", "trade war")]


def test_same_phrase_in_two_frames_counts_for_each() -> None:
    assert sorted(hits("peace talks")) == [("conflict", "talks", "talks"), ("economic", "talks", "talks")]


def test_exclusion_cancels_its_frame_but_keeps_other_frames_inside() -> None:
    text = "The Economic Community of West African States met; a heart attack; the trade union; economic news."
    assert hits(text) == [
        ("place", "West African States", "West African States"),
        ("conflict", "union", "union"),
        ("economic", "economic", "economic"),
    ]
    assert hits("at the war memorial") == [("place", "memorial", "memorial")]


def test_exclusions_follow_whitespace_and_case_like_terms() -> None:
    assert hits("a HEART\nATTACK, then an attack") == [("conflict", "attack", "attack")]


def test_exclusion_without_a_term_of_its_frame_is_an_error() -> None:
    broken = TOY.frames[0].__class__(
        id="conflict", label="Conflict", description="x", terms=("war",), exclusions=("peace treaty",)
    )
    dictionary = TOY.__class__(name="broken", version="1", frames=(broken,), path="broken.yaml")
    with pytest.raises(DictionaryError, match="broken.yaml: frame 'conflict': exclusion 'peace treaty'"):
        find_frames("war", dictionary=dictionary)


def test_frames_option_resolves_files_so_the_cache_sees_edits(tmp_path: Path, monkeypatch) -> None:
    assert frames_option("policy") == "policy"
    (tmp_path / "mine.csv").write_text("security,military\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    resolved = frames_option("mine.csv")
    assert Path(resolved).is_absolute() and Path(resolved).is_file()
    assert Path(frames_option("docs/examples/geopolitical_frames.yaml")) == EXAMPLE


def test_text_without_hits_gives_an_empty_table_with_columns() -> None:
    found = find_frames("", dictionary=TOY)
    assert found.empty and list(found.columns) == HIT_COLUMNS


def test_example_dictionary_finds_the_seed_narratives() -> None:
    text = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    found = find_frames(text, dictionary=EXAMPLE)
    by_frame = found.groupby("frame")["term"].apply(set)
    assert "Monroe doctrine" in by_frame["monroe_doctrine"]
    assert "neoliberal project" in by_frame["neoliberalism"]
    assert {"cooperation", "mutually beneficial"} <= by_frame["cooperation"]
    assert "multicenter world order" in by_frame["multipolar_world_order"]


def test_shipped_dictionaries_find_frames_in_a_news_sentence() -> None:
    text = "Protesters clashed with police after the court ruled the tax increase unconstitutional."
    assert {"conflict", "economic_consequences"} <= set(find_frames(text)["frame"])
    policy = set(find_frames(text, dictionary="policy")["frame"])
    assert {"legality", "crime_punishment", "economic", "public_opinion"} <= policy


# ---------------------------------------------------------------------------
# Article scores
# ---------------------------------------------------------------------------


def toy_tables() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Two articles: a has 2 conflict and 2 economic hits in 4 sentences; b has none."""
    articles = pd.DataFrame({"doc_id": ["a", "b"], "n_words": [200, 50], "text": ["", ""]})
    sentences = pd.DataFrame({"doc_id": ["a"] * 4 + ["b"], "sent_id": [0, 1, 2, 3, 0]})
    hits_table = pd.DataFrame({
        "doc_id": ["a"] * 4, "sent_id": [0, 0, 1, 3], "start": [0, 5, 10, 30], "end": [3, 8, 13, 33],
        "frame": ["conflict", "economic", "conflict", "economic"], "term": ["war", "cost", "war", "cost"],
    })
    return articles, sentences, hits_table


def test_frame_scores_per_article_and_frame() -> None:
    articles, sentences, hits_table = toy_tables()
    scores = frame_scores(hits_table, articles, sentences, frames=["conflict", "economic", "place"])
    row = scores.set_index(["doc_id", "frame"]).loc[("a", "conflict")]
    assert row["hits"] == 2 and row["per_1k_words"] == pytest.approx(2 * 1000 / 200)
    assert row["sentence_share"] == pytest.approx(2 / 4) and bool(row["present"])
    assert not scores.set_index(["doc_id", "frame"]).loc[("b", "conflict"), "present"]
    assert len(scores) == 2 * 3


def test_dominant_frame_reports_ties_and_no_hits() -> None:
    articles, sentences, hits_table = toy_tables()
    scores = frame_scores(hits_table, articles, sentences, frames=["conflict", "economic"])
    dominant = dominant_frames(scores, frames=["conflict", "economic"])
    assert dominant["a"] == f"conflict{TIE_SEPARATOR}economic"
    assert pd.isna(dominant["b"])
    one_more = pd.concat([hits_table, hits_table.iloc[[0]]], ignore_index=True)
    scores = frame_scores(one_more, articles, sentences, frames=["conflict", "economic"])
    assert dominant_frames(scores, frames=["conflict", "economic"])["a"] == "conflict"


def test_article_metrics_give_one_row_per_article_with_frame_columns() -> None:
    articles, sentences, hits_table = toy_tables()
    metrics = article_metrics({"frame_hits": hits_table, "sentences": sentences}, articles, {"frames": "generic"})
    assert list(metrics.index) == ["a", "b"]
    assert {"frame_conflict_per_1k", "frame_conflict_present", "frame_conflict_sentence_share"} <= set(metrics.columns)
    assert metrics.loc["a", "n_frame_hits"] == 2  # only generic frames count: 'economic' is not one of them
    assert metrics.loc["a", "dominant_frame"] == "conflict"


# ---------------------------------------------------------------------------
# Through analyze on the seed
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_analysis():
    from analysis import analyze, load_corpus

    return analyze(load_corpus(SEEDS), steps=("framing",), frames="policy", cache=False)


def test_step_hits_carry_their_sentence(seed_analysis) -> None:
    table = seed_analysis.frame_hits
    assert list(table.columns) == COLUMNS and len(table)
    spans = seed_analysis.sentences.set_index(["doc_id", "sent_id"])
    for row in table.itertuples():
        sentence = spans.loc[(row.doc_id, row.sent_id)]
        assert sentence["start"] <= row.start < row.end <= sentence["end"]
    direct = find_frames(seed_analysis.articles["text"].iloc[0], dictionary="policy")
    pd.testing.assert_frame_equal(table[HIT_COLUMNS], direct)


def test_step_joins_scores_onto_articles(seed_analysis) -> None:
    articles = seed_analysis.articles
    assert articles["n_frame_hits"].iloc[0] == len(seed_analysis.frame_hits)
    assert articles["dominant_frame"].notna().all()
    counts = seed_analysis.frame_hits["frame"].value_counts()
    top = counts[counts == counts.max()].index
    assert set(articles["dominant_frame"].iloc[0].split(TIE_SEPARATOR)) == set(top)


def test_prevalence_lists_every_frame_with_counts(seed_analysis) -> None:
    table = frame_prevalence(seed_analysis)
    assert len(table) == 15 and table.attrs["n_articles"] == 1 and "n_articles" not in table.columns
    assert list(table["articles"]) == sorted(table["articles"], reverse=True)  # most articles first
    held = table[table["articles"] == 1]  # one article of one: the share is 1, its Wilson interval wide
    assert (held["share_articles"] == 1).all() and (held["ci_high"] == 1).all() and (held["ci_low"] < 0.25).all()
    assert table["hits"].sum() == len(seed_analysis.frame_hits)
    present = set(seed_analysis.frame_hits["frame"])
    assert set(table.index[table["articles"] > 0]) == present


def test_frames_by_source_and_period_have_article_counts(seed_analysis) -> None:
    by_source = frames_by(seed_analysis, "source")
    assert list(by_source.index) == ["EFE"] and by_source["n_articles"].tolist() == [1]
    by_period = frames_by(seed_analysis, "period")
    assert list(by_period.index) == ["undated"]
    with pytest.raises(KeyError, match="cannot group articles by 'colour'"):
        frames_by(seed_analysis, "colour")


def test_cooccurrence_is_symmetric_with_frame_counts_on_the_diagonal(seed_analysis) -> None:
    table = frame_cooccurrence(seed_analysis)
    assert (table.values == table.values.T).all()
    hits_table = seed_analysis.frame_hits
    per_frame = hits_table.drop_duplicates(["doc_id", "sent_id", "frame"]).groupby("frame").size()
    for frame_id, count in per_frame.items():
        assert table.loc[frame_id, frame_id] == count
    assert frame_cooccurrence(seed_analysis, level="article").loc["political", "political"] == 1


def test_evidence_sample_is_seeded_and_marks_the_hit(seed_analysis) -> None:
    first = evidence_sample(seed_analysis, n=1, seed=3)
    again = evidence_sample(seed_analysis, n=1, seed=3)
    pd.testing.assert_frame_equal(first, again)
    assert first.groupby("frame").size().max() == 1
    for row in first.itertuples():
        assert f"[[{row.match}]]" in row.sentence


# ---------------------------------------------------------------------------
# Hand-judged validation fixtures
# ---------------------------------------------------------------------------


def load_validator():
    spec = importlib.util.spec_from_file_location("validate_frames", ROOT / "validation" / "validate_frames.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["generic", "policy"])
def test_judgement_fixtures_are_well_formed(name: str) -> None:
    validator = load_validator()
    judgements = validator.load_judgements(validator.fixture_path(name))
    assert (judgements.groupby("frame").size() >= 20).all()
    assert judgements["sentence"].str.contains(r"\[\[.+\]\]").all()


@pytest.mark.corpus
def test_recorded_precision_matches_the_judged_draw() -> None:
    if not SHARED_CORPUS.is_dir():
        pytest.skip(f"Wikinews corpus not found at {SHARED_CORPUS}")
    from analysis.framing.dictionary import load_frame_dictionary

    validator = load_validator()
    for name in ("generic", "policy"):
        table, unjudged = validator.score(validator.draw(name), validator.load_judgements(validator.fixture_path(name)))
        assert unjudged.empty, f"{name}: {len(unjudged)} drawn hits lack a judgement; run validation/validate_frames.py"
        for frame in load_frame_dictionary(name).frames:
            assert frame.validation["precision"] == pytest.approx(table.loc[frame.id, "precision"])
            assert frame.validation["n"] == table.loc[frame.id, "n"] >= 20


# ---------------------------------------------------------------------------
# Figures (drawn from the same tables, returned with them)
# ---------------------------------------------------------------------------


def test_figures_come_with_the_data_they_draw(seed_analysis) -> None:
    import matplotlib.pyplot as plt

    from analysis.framing.plots import heatmap_figure, prevalence_figure, timeline_figure

    prevalence = frame_prevalence(seed_analysis)
    figure, data = prevalence_figure(prevalence)
    assert list(data.index) == list(prevalence.index)
    plt.close(figure)
    assert timeline_figure(frames_by(seed_analysis, "period")) is None  # undated seed: nothing to draw over time
    table = frame_cooccurrence(seed_analysis)
    figure, data = heatmap_figure(table, title="t", value_label="sentences")
    assert data is table
    plt.close(figure)


def test_timeline_and_keyness_figures_on_two_groups() -> None:
    import matplotlib.pyplot as plt

    from analysis.framing.plots import drawable, keyness_figure, timeline_figure
    from analysis.framing.keyterms import keyness

    by_period = pd.DataFrame({"n_articles": [2, 3, 1], "conflict": [0.5, 1.0, 0.0]}, index=["2020-01", "2020-02", "undated"])
    figure, data = timeline_figure(by_period)
    assert list(data.index) == ["2020-01", "2020-02"]
    plt.close(figure)
    table = keyness(["war war war हम हम हम"] * 3, ["trade trade trade"] * 3, min_freq=2, labels=("a", "b"))
    figure, data = keyness_figure(table, labels=("a", "b"))
    assert set(data["term"]) == {term for term in table["term"] if drawable(term)}
    assert "war" in set(data["term"]) and not drawable("हम")
    plt.close(figure)
