"""Near-duplicate stories: clustering, canonical members, streaming, syndication facts and the dedupe modes."""
from __future__ import annotations

import importlib.util
import random

import numpy as np
import pandas as pd
import pytest

from analysis.corpus.loading import load_corpus
from analysis.corpus.near_duplicates import StoryFinder, body_tokens, find_stories, shingle_hashes, with_stories
from analysis.corpus.summary import articles_by_source
from analysis.corpus.syndication import is_wire, story_outlets, syndication_by_outlet
from analysis.errors import OptionError
from analysis.paths import ROOT
from analysis.pipeline.dedupe import dedupe_articles, dedupe_counts, dedupe_note
from analysis.sentiment.tone import group_tone

WORDS = ("government minister talks border trade agreement signed capital officials said week economy growth "
         "rates central bank inflation election parliament vote opposition party leader").split()


def story_text(seed: int, n_words: int = 220) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) + str(rng.randrange(50)) for _ in range(n_words))


def edited(text: str, *, seed: int, substitutions: int = 4) -> str:
    rng = random.Random(seed)
    words = text.split()
    for _ in range(substitutions):
        words[rng.randrange(len(words))] = "replaced"
    return "PARIS, Jan 5 (Reuters) - " + " ".join(words[: int(len(words) * 0.9)])


def table(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


@pytest.fixture()
def small() -> pd.DataFrame:
    base, other = story_text(1), story_text(2)
    return table([
        {"doc_id": "c", "text": edited(base, seed=3), "date": "2021-01-02", "source": "Daily", "n_words": 200},
        {"doc_id": "a", "text": base, "date": "2021-01-01", "source": "EFE", "n_words": 220},
        {"doc_id": "b", "text": edited(base, seed=4), "date": "2021-01-01", "source": "Post", "n_words": 230},
        {"doc_id": "z", "text": other, "date": "2021-01-01", "source": "Post", "n_words": 220},
        {"doc_id": "e", "text": "", "date": None, "source": None, "n_words": 0},
    ])


def test_shingles_are_stable_and_order_sensitive():
    tokens = body_tokens("The Minister said on Monday that talks would resume.")
    assert tokens[:2] == ["the", "minister"]
    assert np.array_equal(shingle_hashes(tokens), shingle_hashes(list(tokens)))
    assert not np.array_equal(shingle_hashes(tokens), shingle_hashes(tokens[::-1]))
    assert len(shingle_hashes(["one", "two"])) == 1  # shorter than a shingle: one shingle
    assert len(shingle_hashes([])) == 0


def test_copies_form_one_story_with_the_earliest_longest_member_canonical(small):
    stories = find_stories(small)
    by_id = stories.articles.set_index("doc_id")
    assert list(stories.articles["doc_id"]) == ["c", "a", "b", "z", "e"]  # the order added
    # a and b share the earliest date; b is longer (230 words), so b is canonical
    assert set(by_id.loc[["a", "b", "c"], "story_id"]) == {"b"}
    assert by_id.loc["b", "canonical"] and not by_id.loc["a", "canonical"]
    assert by_id.loc["b", "similarity_to_story"] == 1.0
    assert 0.4 <= by_id.loc["c", "similarity_to_story"] < 1.0
    assert by_id.loc["z", "story_id"] == "z" and by_id.loc["e", "story_id"] == "e"  # unrelated, empty: alone
    top = stories.stories.iloc[0]
    assert (top["size"], top["n_outlets"], top["outlets"], top["members"]) == (3, 3, "Daily; EFE; Post", "b a c")
    assert top["first_date"] == pd.Timestamp("2021-01-01") and top["last_date"] == pd.Timestamp("2021-01-02")


def test_canonical_tie_on_date_and_length_goes_to_the_smallest_doc_id(small):
    tied = small.assign(n_words=220)
    assert find_stories(tied).articles.set_index("doc_id").loc["c", "story_id"] == "a"


def test_undated_members_come_after_dated_ones(small):
    undated = small.assign(date=[pd.Timestamp("2021-01-02"), pd.NaT, pd.NaT, pd.NaT, pd.NaT])
    assert find_stories(undated).articles.set_index("doc_id").loc["a", "story_id"] == "c"


def test_bad_input_is_named(small):
    finder = StoryFinder()
    finder.add(small)
    with pytest.raises(ValueError, match="doc_id 'a' was added twice"):
        finder.add(small[small["doc_id"] == "a"])
    with pytest.raises(ValueError, match="threshold=1.5"):
        StoryFinder(threshold=1.5)
    with pytest.raises(KeyError, match="missing \\['text'\\]"):
        StoryFinder().add(small[["doc_id"]])


def _rewrites():
    spec = importlib.util.spec_from_file_location("validate_stories", ROOT / "validation" / "validate_stories.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rewritten(wikinews_path) -> tuple[pd.DataFrame, object]:
    module = _rewrites()
    articles = load_corpus(wikinews_path).articles
    return module.build_test_corpus(articles, originals=40, seed=11), module


@pytest.mark.corpus
def test_precision_and_recall_on_rewritten_wikinews(rewritten):
    corpus, module = rewritten
    precision, recall, _ = module.precision_recall(corpus, threshold=0.4)
    assert precision >= 0.95 and recall >= 0.95


@pytest.mark.corpus
def test_chunks_in_any_order_give_the_same_stories_as_the_whole_corpus(rewritten):
    corpus, _ = rewritten
    whole = find_stories(corpus)
    shuffled = corpus.sample(frac=1.0, random_state=3)
    streamed = find_stories(None, chunks=(shuffled.iloc[i:i + 97] for i in range(0, len(shuffled), 97)))
    key = ["doc_id"]
    pd.testing.assert_frame_equal(whole.articles.sort_values(key, ignore_index=True),
                                  streamed.articles.sort_values(key, ignore_index=True))
    pd.testing.assert_frame_equal(whole.stories, streamed.stories)
    assert (whole.stories["size"] > 1).sum() >= 30  # the rewrites were found


@pytest.mark.corpus
def test_iter_corpus_chunks_match_load_corpus(wikinews_path):
    from analysis.corpus.loading import iter_corpus

    whole = find_stories(load_corpus(wikinews_path))
    streamed = find_stories(None, chunks=iter_corpus(wikinews_path, chunk_size=50))
    pd.testing.assert_frame_equal(whole.stories, streamed.stories)


def test_wire_and_syndication_by_outlet(small):
    assert is_wire(source="Reuters") and is_wire(source="EFE", place="Moscow")
    assert is_wire(source="Daily Planet", place="Moscow")  # a place-and-agency dateline of a text file
    assert not is_wire(source="Daily Planet", place="Moscow", record=3)  # a CSV record's outlet column
    assert not is_wire(source=None) and not is_wire(source="  ")
    stories = find_stories(small)
    articles = with_stories(small, stories)
    by_outlet = syndication_by_outlet(articles, stories.stories).set_index("source")
    # the 3-member story's canonical member is b (Post, no dateline): not agency copy
    assert by_outlet.loc["Post", "articles"] == 2 and by_outlet.loc["Post", "syndicated"] == 1
    assert by_outlet["agency_copy"].sum() == 0
    wire = small.assign(source=["Daily", "EFE", "Reuters", "Post", None])
    wire_stories = find_stories(wire)
    facts = syndication_by_outlet(with_stories(wire, wire_stories), wire_stories.stories).set_index("source")
    assert facts.loc["Daily", "share_agency_copy"] == 1.0 and facts.loc["Post", "share_agency_copy"] == 0.0
    carried = story_outlets(with_stories(wire, wire_stories))
    assert carried[carried["story_id"] == "b"]["source"].tolist() == ["EFE", "Reuters", "Daily"]


def test_dedupe_modes(small):
    assert len(dedupe_articles(small, "none")) == 5
    story = dedupe_articles(small, "story")
    assert sorted(story["doc_id"]) == ["b", "e", "z"]
    weight = dedupe_articles(small, "weight").set_index("doc_id")["weight"]
    assert weight["a"] == pytest.approx(1 / 3) and weight["z"] == 1.0
    for mode, frame in (("story", story), ("weight", dedupe_articles(small, "weight"))):
        counts = dedupe_counts(frame).set_index("dedupe")
        assert counts.loc["story", "articles"] == 3 and counts.loc["weight", "folded"] == 2
        assert "2 near-duplicate" in dedupe_note(frame, mode)
    with pytest.raises(OptionError, match="dedupe='stories'"):
        dedupe_articles(small, "stories")


def test_weighted_summaries_count_each_story_once(small):
    toned = small.assign(tone=[0.5, 0.5, 0.5, -0.5, np.nan], n_sentences=[4, 4, 4, 4, 0], everything="all")
    weighted = group_tone(dedupe_articles(toned, "weight"), by="everything", n_boot=50).loc["all"]
    kept = group_tone(dedupe_articles(toned, "story"), by="everything", n_boot=50).loc["all"]
    counted = group_tone(toned, by="everything", n_boot=50).loc["all"]
    assert weighted["mean"] == pytest.approx(kept["mean"]) == pytest.approx(0.0)
    assert counted["mean"] == pytest.approx(0.25)  # the story printed three times outweighs the other
    assert weighted["n_articles"] == pytest.approx(2.0) and kept["n_articles"] == counted["n_articles"] - 2
    sources = articles_by_source(dedupe_articles(toned, "weight")).set_index("source")
    assert sources["articles"].sum() == pytest.approx(3.0, abs=0.01)  # three stories; counts rounded to 3 decimals
