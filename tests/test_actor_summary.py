"""Actor summaries on small hand-made tables: counts, share of voice, pairs, who-about-whom, tone."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pandas as pd
import pytest

from analysis.actors.summary import (
    ACTOR_COLUMNS,
    actor_table,
    co_mentions,
    quoted_about,
    share_of_voice,
)
from analysis.actors.tone_summary import (
    ACTOR_TONE_COLUMNS, actor_tone, tone_agreement, tone_coverage, tone_evidence,
)
from analysis.actors.network_plot import circular_layout, network_figure

# Two articles. d1: s0 names Russia and Lavrov; s1 is Lavrov's quote naming the US; s2 names the US and Russia.
# d2: s0 names the US; s1 names Russia and the US.
SENTENCES = pd.DataFrame({
    "doc_id": ["d1", "d1", "d1", "d2", "d2"],
    "sent_id": [0, 1, 2, 0, 1],
    "start": [0, 50, 100, 0, 40],
    "end": [49, 99, 150, 39, 100],
    "text": ["Russia's Lavrov spoke.", '"The US is wrong," Lavrov said.', "The US and Russia met.",
             "The US acted.", "Russia and the US agreed."],
})
MENTIONS = pd.DataFrame({
    "doc_id": ["d1", "d1", "d1", "d1", "d1", "d1", "d2", "d2", "d2"],
    "sent_id": [0, 0, 1, 1, 2, 2, 0, 1, 1],
    "start": [0, 9, 52, 70, 104, 112, 4, 40, 55],
    "end": [6, 15, 54, 76, 106, 118, 6, 46, 57],
    "actor_id": ["country:ru", "person:lavrov", "country:us", "person:lavrov", "country:us", "country:ru",
                 "country:us", "country:ru", "country:us"],
    "actor": ["Russia", "Sergey Lavrov", "United States", "Sergey Lavrov", "United States", "Russia",
              "United States", "Russia", "United States"],
    "actor_type": ["country", "person", "country", "person", "country", "country", "country", "country", "country"],
})
QUOTES = pd.DataFrame({
    "doc_id": ["d1", "d2"],
    "quote_id": [0, 0],
    "sent_id": [1, 0],
    "start": [51, 0],
    "end": [66, 12],
    "text": ["The US is wrong", "unknown words here"],
    "kind": ["direct", "direct"],
    "speaker": ["Sergey Lavrov", "an official"],
    "speaker_actor_id": ["person:lavrov", None],
})
SENTIMENT = pd.DataFrame({
    "doc_id": ["d1", "d1", "d1", "d2", "d2"],
    "sent_id": [0, 1, 2, 0, 1],
    "compound": [0.2, -0.8, 0.5, -0.4, 0.6],
})


def test_actor_table_counts_mentions_articles_quotes_and_first_mentions():
    table = actor_table(MENTIONS, QUOTES, sentences=SENTENCES).set_index("actor_id")
    assert list(actor_table(MENTIONS, QUOTES).columns) == ACTOR_COLUMNS
    assert table.loc["country:us", ["mentions", "articles"]].tolist() == [4, 2]
    assert table.loc["person:lavrov", ["mentions", "articles", "times_quoted", "words_quoted"]].tolist() == [2, 1, 1, 4]
    # 4 of the 7 quoted words are Lavrov's (the other 3 are unlinked)
    assert table.loc["person:lavrov", "share_of_voice"] == pytest.approx(4 / 7)
    assert table.loc["country:us", "times_quoted"] == 0
    # the US is first named in sentence 1 of d1 and sentence 0 of d2
    assert table.loc["country:us", "first_sentence"] == 0.5
    assert table.loc["country:ru", "first_position"] == pytest.approx((0 / 150 + 40 / 100) / 2)


def test_min_mentions_filters_actors():
    assert set(actor_table(MENTIONS, QUOTES, min_mentions=3)["actor_id"]) == {"country:us", "country:ru"}


def test_share_of_voice_lists_unlinked_speakers_too():
    voice = share_of_voice(QUOTES)
    assert voice["speaker"].tolist() == ["Sergey Lavrov", "an official"]
    assert voice["share_of_voice"].sum() == pytest.approx(1.0)
    by_speaker = voice.set_index("speaker")
    assert by_speaker.loc["an official", "link"] == "unlinked"
    assert by_speaker.loc["an official", "actor_type"] == "(unknown)"  # one spelling of a missing type


def test_share_of_voice_gives_the_speakers_actor_type_and_how_it_was_linked():
    by_speaker = share_of_voice(QUOTES).set_index("speaker")  # from the id's prefix
    assert (by_speaker.loc["Sergey Lavrov", "actor_type"], by_speaker.loc["Sergey Lavrov", "link"]) == ("person", "linked")
    renamed = QUOTES.assign(speaker_actor_id=["lavrov", None])  # an id without a type prefix: the mentions say
    mentions = MENTIONS.assign(actor_id=MENTIONS["actor_id"].replace({"person:lavrov": "lavrov"}))
    assert (share_of_voice(renamed).set_index("speaker")["actor_type"] == "(unknown)").all()
    assert share_of_voice(renamed, mentions=mentions).set_index("speaker").loc["Sergey Lavrov", "actor_type"] == "person"
    unattributed = share_of_voice(QUOTES.assign(speaker=[None, "an official"], speaker_actor_id=[None, None]))
    assert unattributed.set_index("speaker").loc["(unattributed)", "link"] == "unattributed"


def test_co_mentions_by_sentence_and_by_article():
    sentence = co_mentions(MENTIONS)
    pairs = {(r.actor_id_a, r.actor_id_b): (r.articles, r.count) for r in sentence.itertuples()}
    # Russia and the US share two sentences, one in each article
    assert pairs == {("country:ru", "person:lavrov"): (1, 1), ("country:us", "person:lavrov"): (1, 1),
                     ("country:ru", "country:us"): (2, 2)}
    assert sentence["actor_id_a"].tolist()[0] == "country:ru"  # most articles first
    article = co_mentions(MENTIONS, level="article")
    pairs = {(r.actor_id_a, r.actor_id_b): r.count for r in article.itertuples()}
    assert pairs[("country:ru", "country:us")] == 2
    assert pairs[("country:ru", "person:lavrov")] == 1
    with pytest.raises(ValueError, match="level"):
        co_mentions(MENTIONS, level="paragraph")


def test_quoted_about_names_targets_inside_quotes_not_the_speaker():
    about = quoted_about(QUOTES, MENTIONS)
    assert about[["speaker", "target", "articles", "quotes"]].values.tolist() == [["Sergey Lavrov", "United States", 1, 1]]


def test_quoted_about_ranks_pairs_by_the_articles_they_come_from():
    quotes = pd.DataFrame({
        "doc_id": ["a", "a", "a", "b", "c"], "quote_id": [0, 1, 2, 0, 0], "start": [0, 20, 40, 0, 0],
        "end": [15, 35, 55, 15, 15], "text": ["x"] * 5, "kind": ["direct"] * 5,
        "speaker": ["Kim", "Kim", "Kim", "Lee", "Lee"], "speaker_actor_id": ["p:kim", "p:kim", "p:kim", "p:lee", "p:lee"],
    })
    mentions = pd.DataFrame({
        "doc_id": ["a", "a", "a", "b", "c"], "sent_id": [0] * 5, "start": [2, 22, 42, 2, 2], "end": [6, 26, 46, 6, 6],
        "actor_id": ["c:us"] * 5, "actor": ["United States"] * 5, "actor_type": ["country"] * 5,
    })
    about = quoted_about(quotes, mentions)
    # Kim names the US in three quotes of one article; Lee in one quote in each of two articles: Lee ranks first
    assert about[["speaker", "articles", "quotes"]].values.tolist() == [["Lee", 2, 2], ["Kim", 1, 3]]
    assert str(about["articles"].dtype) == "int64"


# The tone the actors step gave each mention (NaN: none applies, e.g. Lavrov speaking in d1 s1) and its evidence span.
TONED = MENTIONS.assign(
    tone=[0.2, 0.0, -0.5, np.nan, 0.3, 0.3, -0.4, 0.6, 0.6],
    tone_start=pd.array([0, 0, 51, None, 100, 100, 0, 40, 40], dtype="Int64"),
    tone_end=pd.array([6, 15, 66, None, 121, 121, 12, 64, 64], dtype="Int64"),
)


def test_actor_tone_averages_the_tone_at_each_mention_beside_the_sentence_tone():
    tone = actor_tone(TONED, SENTENCES, SENTIMENT, QUOTES).set_index("actor_id")
    # Lavrov: one toned mention of two (the other is his own quote)
    assert tone.loc["person:lavrov", ["articles", "mentions", "coverage", "raw_tone"]].tolist() == [1, 1, 0.5, 0.0]
    assert tone.loc["person:lavrov", "sentence_tone"] == pytest.approx(0.2)  # sentence 1 (his quote) left out
    # the US: d1 mentions -0.5 and 0.3, d2 -0.4 and 0.6: article tones -0.1 and 0.1
    assert tone.loc["country:us", "raw_tone"] == pytest.approx(0.0)
    assert tone.loc["country:us", "sentence_tone"] == pytest.approx((-0.15 + 0.1) / 2)
    assert tone.loc["country:us", ["mentions", "coverage", "negative"]].tolist() == [4, 1.0, 0.5]
    assert (tone["tone_low"] <= tone["tone"]).all() and (tone["tone"] <= tone["tone_high"]).all()
    assert list(tone.reset_index().columns) == ACTOR_TONE_COLUMNS


def test_tone_summaries_need_the_tone_columns():
    with pytest.raises(KeyError, match="run analyze again"):
        actor_tone(MENTIONS, SENTENCES, SENTIMENT, QUOTES)


def test_tone_evidence_gives_the_spans_scored_with_their_sentences():
    evidence = tone_evidence(TONED, SENTENCES, actor_ids=["country:us"], per_side=1)
    assert evidence["tone"].tolist() == [-0.5, 0.6]
    assert evidence["side"].tolist() == ["most negative", "most positive"]
    assert evidence["evidence"].tolist() == ["The US is wrong", "Russia and the US agreed"]
    assert evidence["sentence"].tolist() == ['"The US is wrong," Lavrov said.', "Russia and the US agreed."]
    both = tone_evidence(TONED, SENTENCES, actor_ids=["country:us"], per_side=2)
    assert both[["side", "tone"]].values.tolist() == [
        ["most negative", -0.5], ["most negative", -0.4], ["most positive", 0.6], ["most positive", 0.3]]


def test_tone_coverage_and_agreement_with_the_sentence():
    coverage = tone_coverage(TONED)
    assert coverage.loc["all", ["mentions", "with_tone"]].tolist() == [9, 8]
    assert coverage.loc["person", "coverage"] == 0.5
    assert coverage.loc["all", ["actors_in_articles", "actors_with_tone"]].tolist() == [5, 5]
    table, figures = tone_agreement(TONED, SENTIMENT)
    assert figures["n"] == 8 and int(table.to_numpy().sum()) == 8
    # labels agree where mention and sentence share a sign: d1 s0 (+,+), d1 s1 (-,-), d1 s2 x2 (+,+), d2 (-,-), d2 s1 x2 (+,+)
    assert figures["agreement"] == pytest.approx(7 / 8)  # Lavrov's 0.0 in a +0.2 sentence differs
    assert table.loc["neutral", "positive"] == 1


def test_network_figure_draws_nodes_and_edges(tmp_path):
    pairs = co_mentions(MENTIONS)
    fig, data = network_figure(pairs, actor_table(MENTIONS, QUOTES), top_n=10)
    assert len(data) == 3 and set(data["actor_id_a"]) | set(data["actor_id_b"]) == {"country:us", "country:ru", "person:lavrov"}
    assert len(fig.axes[0].lines) == 3  # one line per pair
    assert len(fig.axes[0].collections[0].get_offsets()) == 3  # one dot per actor
    fig, data = network_figure(pairs, actor_table(MENTIONS, QUOTES), top_n=2)
    assert len(data) == 1  # only the pair among the two most mentioned
    positions = circular_layout(4)
    assert positions.shape == (4, 2)
    assert positions[:, 0] ** 2 + positions[:, 1] ** 2 == pytest.approx([1.0] * 4)


@pytest.mark.parametrize("n", [3, 7, 12, 20])
def test_network_legend_stays_clear_of_nodes_and_labels(n):
    """The type legend sits outside the circle: no label and no node under it, whatever the layout."""
    names = [f"Organisation Number {i} With A Long Name" if i % 2 else f"Country {i}" for i in range(n)]
    actors = pd.DataFrame({"actor_id": [f"a{i}" for i in range(n)], "actor": names,
                           "actor_type": (["organization", "country", "person"] * n)[:n],
                           "articles": list(range(2 * n, n, -1))})
    pairs = pd.DataFrame([(f"a{i}", names[i], f"a{(i + 1) % n}", names[(i + 1) % n], 1, 1) for i in range(n)],
                         columns=["actor_id_a", "actor_a", "actor_id_b", "actor_b", "articles", "count"])
    fig, _ = network_figure(pairs, actors, top_n=n)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    legend = ax.get_legend().get_window_extent(renderer)
    assert not [t.get_text() for t in ax.texts if t.get_window_extent(renderer).overlaps(legend)]
    nodes = ax.collections[0]
    centres = nodes.get_offset_transform().transform(nodes.get_offsets())
    radii = np.sqrt(nodes.get_sizes() / np.pi) * fig.dpi / 72
    assert (centres[:, 1] - radii > legend.y1).all()
