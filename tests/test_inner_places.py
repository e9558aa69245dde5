"""Places named inside an organisation's or an outlet's name get a row of their own (``how == "inner"``) that no
count, ranking, tone or speaker uses. Made-up news sentences."""
from __future__ import annotations

import pandas as pd

from analysis import analyze
from analysis.corpus.loading import load_corpus
from analysis.actors import actor_table
from analysis.actors.inner_places import counted_mentions
from analysis.actors.publisher import actor_mentions
from analysis.actors.step import find_mentions
from analysis.pipeline.aggregate_actors import mention_overview
from analysis.text.document import Document
from analysis.text.matching import PhraseMatcher

STORY = ("The Bank of England raised its main rate on Thursday. Economists at the University of California said "
         "the move was expected. \u201cIt was overdue,\u201d the University of California said in a statement.")


def _inner(text: str) -> list[tuple[str, str, str]]:
    mentions = find_mentions(text)
    rows = mentions[mentions["how"] == "inner"]
    return list(zip(rows["surface"], rows["actor_type"], rows["cue"]))


def test_a_place_inside_an_organisation_name_has_its_own_row_after_the_name():
    mentions = find_mentions("The Bank of England raised its main rate on Thursday.")
    assert list(mentions["surface"]) == ["Bank of England", "England"]
    assert list(mentions["how"]) == ["dictionary", "inner"]
    assert mentions["cue"].iloc[1] == "inside 'Bank of England'"
    assert mentions["actor_id"].iloc[1] == find_mentions("He flew to England.")["actor_id"].iloc[0]


def test_places_inside_discovered_names_and_outlets():
    assert ("California", "place", "inside 'University of California'") in _inner(
        "Economists at the University of California said the move was expected.")
    assert [surface for surface, *_ in _inner("The Washington Post reported the deal.")] == ["Washington"]
    towns = _inner("She studied at Kyoto University before moving abroad.")
    assert towns == [("Kyoto", "place", "inside 'Kyoto University'; town name")]


def test_a_town_that_is_a_persons_name_in_the_article_is_not_looked_for():
    assert _inner("Kyoto University hired Ann Kyoto. Staff at Kyoto University agreed.") == []
    assert _inner("Kyoto University hired Ann Lee.") != []


def test_no_inner_row_inside_places_persons_or_for_demonyms():
    assert _inner("Ships crossed the Gulf of Mexico on Monday.") == []
    assert _inner("Rain fell on Mexico City on Monday.") == []
    assert _inner("The British Museum opened a new wing.") == []  # a demonym inside a name is no place
    assert _inner("The Bank of England said nothing.") != []  # (the rule does fire on an organisation)


def _analysed(folder):
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    return analyze(load_corpus(folder), cache=False)


def test_inner_rows_are_counted_nowhere(tmp_path):
    result = _analysed(tmp_path)
    mentions = result.mentions
    inner = mentions[mentions["how"] == "inner"]
    assert set(inner["surface"]) == {"England", "California"}
    assert inner["tone"].isna().all() and inner["tone_start"].isna().all()
    counted = len(mentions) - len(inner)
    assert result.articles["n_mentions"].iloc[0] == counted
    assert mention_overview(result)["mentions"] == counted
    assert "inner" not in set(actor_mentions(mentions)["how"])
    assert "inner" not in set(actor_mentions(mentions, include_publishers=True)["how"])
    actors = actor_table(mentions, result.quotes)
    assert not set(actors["actor"]) & {"England", "California"}


def test_quotes_never_resolve_to_an_inner_place(tmp_path):
    quotes = _analysed(tmp_path).quotes
    assert len(quotes) and set(quotes["speaker"]) == {"University of California"}
    assert quotes["speaker_actor_id"].str.startswith("organization:").all()


def test_counted_mentions_drops_inner_rows_from_columns_and_frames():
    columns = {"start": [0, 4, 20], "end": [19, 11, 25], "how": ["dictionary", "inner", "discovered"]}
    assert counted_mentions(columns) == {"start": [0, 20], "end": [19, 25], "how": ["dictionary", "discovered"]}
    frame = pd.DataFrame(columns)
    assert list(counted_mentions(frame)["start"]) == [0, 20]
    plain = {"start": [0], "end": [3], "how": ["dictionary"]}
    assert counted_mentions(plain) is plain


def test_matches_within_a_range_are_never_the_whole_range():
    matcher = PhraseMatcher()
    matcher.add_all([("New York", "place"), ("New York Times", "media"), ("Times", "other")])
    doc = Document("Read the New York Times today.")
    start, end = doc.text.index("New"), doc.text.index(" today")
    found = [(match.surface, match.payload) for match in matcher.iter_matches_within(doc, start, end)]
    assert found == [("New York", "place"), ("Times", "other")]
    assert [m.surface for m in matcher.iter_matches(doc)] == ["New York Times"]


def test_the_validation_suite_codes_no_inner_place_as_an_actor(tmp_path):
    from analysis.validation import suite_codes

    result = _analysed(tmp_path)
    doc_id = result.articles["doc_id"].iloc[0]
    units = pd.DataFrame({"unit": ["sentence"], "doc_id": [doc_id], "sent_id": [0]})
    codes = suite_codes(units, result)
    assert tuple(codes["actors"].iloc[0]) == ("Bank of England",)
    assert "england" not in codes["aliases"].iloc[0]


def test_a_saints_town_with_a_full_stop_is_found_inside_a_name():
    towns = _inner("Fans of the St. Louis Cardinals Foundation said it would help.")
    assert ("St. Louis", "place", "inside 'St. Louis Cardinals Foundation'; town name") in towns
