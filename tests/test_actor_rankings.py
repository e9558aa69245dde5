"""Actor rankings an analyst can trust: the publisher is not an actor; support, intervals and shrunk tone."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pandas as pd
import pytest

from analysis.actors.network_plot import network_note
from analysis.actors.publisher import (
    OWN_OUTLET_CUE, PUBLISHER, WIRE_AGENCY_CUE, actor_mentions, outlet_keys, publisher_cue, tag_publisher_columns,
    tag_publishers,
)
from analysis.actors.rankings import (
    Ranking, ratio_interval, shrink_means, supported, top_per_type, wilson_interval, z_value,
)
from analysis.actors.summary import actor_table, co_mentions, share_of_voice, voice_note
from analysis.actors.tone_summary import actor_tone
from analysis.pipeline.spine import analyze_article

OUTLETS = outlet_keys({"source": None, "url": "https://en.wikinews.org//wiki/Some_story"})


# ---------------------------------------------------------------- the publisher


def test_outlet_keys_come_from_the_source_and_the_url_host():
    assert "wikinews" in OUTLETS and "en" not in OUTLETS
    assert outlet_keys({"source": "EFE"}) == {"efe"}
    assert outlet_keys({"source": float("nan"), "url": None}) == frozenset()


@pytest.mark.parametrize(("actor", "surface", "actor_type", "cue"), [
    ("Wikinews", "Wikinews", "media", OWN_OUTLET_CUE),        # "told Wikinews": the article's own outlet
    ("Associated Press", "the AP", "media", WIRE_AGENCY_CUE),  # matched by the actor's name
    ("Agence France-Presse", "AFP", "media", WIRE_AGENCY_CUE),
    ("EFE", "Efe", "media", WIRE_AGENCY_CUE),
    ("CNN", "CNN", "media", ""),                              # another outlet is an actor of the story
    ("PAP", "PAP", "organization", ""),                       # Singapore's People's Action Party, not the agency
])
def test_publisher_cue(actor, surface, actor_type, cue):
    assert publisher_cue(actor, surface, actor_type, outlets=OUTLETS) == cue


def test_tag_publisher_columns_keeps_every_row_and_says_why():
    columns = {"surface": ["Wikinews", "Reuters", "Lavrov"], "actor": ["Wikinews", "Reuters", "Sergey Lavrov"],
               "actor_type": ["media", "media", "person"], "how": ["dictionary", "alias", "alias"],
               "cue": ["", "acronym of 'x'", "given name"], "start": [0, 10, 20]}
    tagged = tag_publisher_columns(columns, {"url": "https://en.wikinews.org/wiki/X"})
    assert tagged["how"] == [PUBLISHER, PUBLISHER, "alias"]
    assert tagged["cue"] == [OWN_OUTLET_CUE, f"{WIRE_AGENCY_CUE}; acronym of 'x'", "given name"]
    assert tagged["start"] == [0, 10, 20] and columns["how"][0] == "dictionary"  # a new dict; the input is untouched


def test_the_step_tags_the_outlet_named_in_its_own_story():
    text = "Dana Smith told Wikinews the dam would hold. Reuters reported that CNN was wrong.\n"
    tables = analyze_article("d1", text, ["actors"], {}, meta={"url": "https://en.wikinews.org/wiki/Dam"})
    mentions = pd.DataFrame(tables["mentions"])
    how = dict(zip(mentions["actor"], mentions["how"]))
    assert how["Wikinews"] == PUBLISHER and how["Reuters"] == PUBLISHER
    assert how["CNN"] != PUBLISHER
    plain = pd.DataFrame(analyze_article("d1", text, ["actors"], {}, meta={})["mentions"])
    assert dict(zip(plain["actor"], plain["how"]))["Wikinews"] != PUBLISHER  # no url, no source: not known as own


# Two articles from Wikinews; Wikinews is named in both, with the US.
MENTIONS = pd.DataFrame({
    "doc_id": ["d1", "d1", "d2", "d2", "d2"],
    "sent_id": [0, 0, 0, 0, 1],
    "start": [0, 20, 0, 20, 40],
    "end": [8, 33, 8, 33, 46],
    "surface": ["Wikinews", "United States", "Wikinews", "United States", "Russia"],
    "actor_id": ["media:wikinews", "country:us", "media:wikinews", "country:us", "country:ru"],
    "actor": ["Wikinews", "United States", "Wikinews", "United States", "Russia"],
    "actor_type": ["media", "country", "media", "country", "country"],
    "how": ["dictionary"] * 5,
    "cue": [""] * 5,
})
ARTICLES = pd.DataFrame({"doc_id": ["d1", "d2"], "source": [None, None],
                         "url": ["https://en.wikinews.org/wiki/A", "https://en.wikinews.org/wiki/B"]})


def test_tag_publishers_on_a_table_and_summaries_leave_them_out():
    tagged = tag_publishers(MENTIONS, ARTICLES)
    assert tagged["how"].tolist() == [PUBLISHER, "dictionary", PUBLISHER, "dictionary", "dictionary"]
    assert tagged.dtypes.equals(MENTIONS.dtypes) and len(tagged) == len(MENTIONS)
    assert len(actor_mentions(tagged)) == 3 and len(actor_mentions(tagged, include_publishers=True)) == 5
    quotes = pd.DataFrame(columns=["doc_id", "kind", "text", "speaker", "speaker_actor_id"])
    assert "media:wikinews" not in set(actor_table(tagged, quotes)["actor_id"])
    assert "media:wikinews" in set(actor_table(tagged, quotes, include_publishers=True)["actor_id"])
    pairs = co_mentions(tagged, level="article")
    assert pairs[["actor_id_a", "actor_id_b", "articles"]].values.tolist() == [["country:ru", "country:us", 1]]
    assert len(co_mentions(tagged, level="article", include_publishers=True)) == 3


def test_tag_publishers_twice_leaves_tagged_rows_as_they_are():
    tagged = tag_publishers(MENTIONS, ARTICLES)
    again = tag_publishers(tagged, ARTICLES)
    pd.testing.assert_frame_equal(again, tagged)
    assert all(cue.count(";") == 0 for cue in again["cue"])


def test_share_of_voice_puts_the_publishers_quotes_apart():
    tagged = tag_publishers(MENTIONS, ARTICLES)
    quotes = pd.DataFrame({
        "doc_id": ["d1", "d2", "d2"], "kind": ["direct", "direct", "partial"],
        "text": ["one two three four", "five six", "seven"],
        "speaker": ["Wikinews", None, "Dana Smith"], "speaker_actor_id": ["media:wikinews", None, None],
    })
    voice = share_of_voice(quotes, mentions=tagged).set_index("speaker")
    assert voice.loc["Wikinews", "link"] == PUBLISHER
    assert voice.loc["(unattributed)", "link"] == "unattributed"
    assert voice.loc["Dana Smith", "actor_type"] == "(unknown)"
    assert voice_note(voice.reset_index()) == (
        "1 quote (2 words, 28.6% of quoted words) has no speaker; "
        "1 quote (4 words, 57.1% of quoted words) has the publisher as speaker (its outlet or a wire agency).")


# ---------------------------------------------------------------- support and intervals


def test_supported_keeps_rows_with_enough_articles_and_counts_the_rest():
    table = pd.DataFrame({"actor": ["a", "b", "c", "d"], "articles": [5, 3, 1, 2]})
    ranking = supported(table, minimum=3)
    assert isinstance(ranking, Ranking)
    assert ranking.table["actor"].tolist() == ["a", "b"] and ranking.left_out == 2
    assert ranking.note() == "2 actors with at least 3 articles; 2 with fewer left out (see min_articles in the parameters)."
    assert supported(table, minimum=1).note("speakers") == "4 speakers, all with at least 1 articles."
    assert ranking.top(1, drop=("articles",)).to_dict("list") == {"actor": ["a"]}
    assert ranking.top(5, from_end=True)["actor"].tolist() == ["b", "a"]
    assert supported(table, minimum=9).top(5) is None  # nothing to show: the note says why
    with pytest.raises(KeyError, match="no column 'n'"):
        supported(table, column="n")


def test_wilson_interval_matches_the_textbook_values():
    low, high = wilson_interval(np.array([5.0, 0.0]), 10, level=0.95)
    assert low[0] == pytest.approx(0.2366, abs=1e-4) and high[0] == pytest.approx(0.7634, abs=1e-4)
    assert low[1] == pytest.approx(0.0, abs=1e-12) and high[1] == pytest.approx(0.2775, abs=1e-4)
    assert z_value(0.95) == pytest.approx(1.959964, abs=1e-6)
    with pytest.raises(ValueError, match="level"):
        z_value(95)


def test_ratio_interval_is_the_cluster_delta_method():
    part = pd.DataFrame({"group": ["a", "a", "b"], "doc_id": ["d1", "d2", "d3"], "value": [4.0, 1.0, 5.0]})
    totals = pd.Series({"d1": 6.0, "d2": 2.0, "d3": 10.0})
    result = ratio_interval(part, totals, level=0.95)
    share = 5 / 18
    y, x = np.array([4.0, 1.0, 0.0]), np.array([6.0, 2.0, 10.0])
    se = np.sqrt(((y - share * x) ** 2).sum() * 3 / 2) / 18
    assert result.loc["a", "share"] == pytest.approx(share)
    assert result.loc["a", "share_low"] == pytest.approx(max(0.0, share - 1.959964 * se), abs=1e-6)  # clipped
    assert result.loc["a", "share_high"] == pytest.approx(share + 1.959964 * se, abs=1e-6)
    assert result.loc["b", "share"] == pytest.approx(5 / 18)  # d3 holds 5 of the 18 units
    one = ratio_interval(part.iloc[:1], totals.iloc[:1])
    assert one.loc["a", "share"] == pytest.approx(4 / 6) and np.isnan(one.loc["a", "share_low"])  # one article


def _article_tones() -> pd.DataFrame:
    """Realistic spread: sentence tone varies by +-0.5 within an actor, actor means by +-0.2; then two extremes.

    Ten actors seen in 10 articles each, "often" at -0.4 over 10 articles, "once" at -0.95 in a single article.
    """
    rows = []
    for index, mean in enumerate([*np.linspace(-0.2, 0.2, 10), -0.4]):
        group = "often" if index == 10 else f"g{index}"
        rows += [(group, f"{group}-{k}", mean + (0.5 if k % 2 else -0.5)) for k in range(10)]
    rows.append(("once", "once-0", -0.95))
    return pd.DataFrame(rows, columns=["group", "doc_id", "value"])


def test_shrinkage_pulls_thin_evidence_toward_the_corpus_mean():
    values = _article_tones().assign(weight=1.0)
    shrunk = shrink_means(values)
    mu = values["value"].mean()
    assert shrunk.loc["once", "raw"] == -0.95 and shrunk.loc["once", "n"] == 1
    assert shrunk.loc["often", "raw"] == pytest.approx(-0.4)
    # the one-article actor moves more of its way to the mean than the 10-article one, and ends less extreme
    moved = (shrunk["shrunk"] - shrunk["raw"]) / (mu - shrunk["raw"])
    assert moved["once"] > moved["often"] > 0
    assert shrunk.loc["once", "shrunk"] > shrunk.loc["often", "shrunk"]
    assert (shrunk["low"] < shrunk["shrunk"]).all() and (shrunk["shrunk"] < shrunk["high"]).all()
    assert shrunk.loc["once", "high"] - shrunk.loc["once", "low"] > shrunk.loc["often", "high"] - shrunk.loc["often", "low"]


def test_actor_tone_ranks_by_the_shrunk_tone_not_one_sentence():
    tones = _article_tones()
    mentions = pd.DataFrame({"doc_id": tones["doc_id"], "sent_id": 0, "actor_id": tones["group"],
                             "actor": tones["group"], "actor_type": "person", "how": "dictionary",
                             "tone": tones["value"], "tone_start": 0, "tone_end": 10})
    sentences = pd.DataFrame({"doc_id": tones["doc_id"], "sent_id": 0, "start": 0, "end": 10, "text": "s"})
    sentiment = pd.DataFrame({"doc_id": tones["doc_id"], "sent_id": 0, "compound": tones["value"]})
    quotes = pd.DataFrame(columns=["doc_id", "start", "end", "speaker_actor_id"])
    tone = actor_tone(mentions, sentences, sentiment, quotes).set_index("actor_id")
    assert tone.loc["once", ["articles", "mentions", "raw_tone"]].tolist() == [1, 1, -0.95]
    assert tone.index[0] == "often"  # one sentence no longer tops the most negative ranking
    assert tone.loc["once", "tone"] > tone.loc["often", "tone"]


def test_top_per_type_and_the_network_note():
    table = pd.DataFrame({"actor": list("abcde"), "actor_type": ["person", "country", "person", None, "person"]})
    tops = top_per_type(table, n=2, types=("person",))
    assert list(tops) == ["person", "country", "(unknown)"]
    assert tops["person"]["actor"].tolist() == ["a", "c"]
    assert network_note(1) == "1 article: every actor co-occurs in the same one, so no co-mention network is drawn."
    assert network_note(2) is None
