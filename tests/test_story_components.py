"""Stories as connected components: the band search over the sketch matrix gives exactly the stories of a
datasketch MinHashLSH index queried article by article (the finder's earlier implementation, kept here as the
reference), on corpora with several near-duplicate clusters, chains and exact copies, whole and in chunks."""
from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest
from datasketch import MinHash, MinHashLSH

from analysis.corpus import near_duplicates
from analysis.corpus.near_duplicates import (LSH_WEIGHTS, NUM_PERM, SEED, StoryFinder, body_tokens, find_stories,
                                             shingle_hashes)

VOCABULARY = [f"w{number}" for number in range(400)]


def _text(rng: random.Random, n_words: int) -> str:
    return " ".join(rng.choice(VOCABULARY) for _ in range(n_words))


def _rewrite(text: str, rng: random.Random, *, changes: int) -> str:
    """A copy with ``changes`` words replaced and the last tenth sometimes cut."""
    words = text.split()
    for _ in range(changes):
        words[rng.randrange(len(words))] = rng.choice(VOCABULARY)
    return " ".join(words[: len(words) - (len(words) // 10 if rng.random() < 0.5 else 0)])


def clustered_corpus(seed: int) -> pd.DataFrame:
    """Originals with 0-6 rewrites each (light to heavy edits, near any threshold), chains of rewrites of
    rewrites, exact copies and empty bodies, in shuffled order."""
    rng = random.Random(seed)
    rows: list[dict] = []
    for story in range(60):
        original = _text(rng, rng.randrange(40, 160))
        copies = [original]
        for _ in range(rng.choice([0, 0, 1, 2, 3, 6])):
            source = rng.choice(copies)  # a rewrite of a rewrite makes chains
            copies.append(source if rng.random() < 0.15 else _rewrite(source, rng, changes=rng.randrange(1, 25)))
        rows.extend({"text": text, "family": story} for text in copies)
    rows.extend({"text": "", "family": -1} for _ in range(3))
    rng.shuffle(rows)
    frame = pd.DataFrame(rows)
    frame["doc_id"] = [f"d{rng.randrange(10**6):06d}-{position}" for position in range(len(frame))]
    frame["date"] = pd.to_datetime("2021-01-01") + pd.to_timedelta([rng.randrange(30) for _ in range(len(frame))], "D")
    frame["source"] = [f"Outlet {rng.randrange(7)}" for _ in range(len(frame))]
    return frame


def lsh_reference(texts: list[str], threshold: float) -> set[frozenset[int]]:
    """The stories (sets of positions) of an index queried then filled one article at a time (MinHashLSH)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM, weights=LSH_WEIGHTS)
    base = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int)
    parents = list(range(len(texts)))
    sketches: dict[int, np.ndarray] = {}

    def root(node: int) -> int:
        while parents[node] != node:
            node = parents[node]
        return node

    for position, text in enumerate(texts):
        hashes = shingle_hashes(body_tokens(text))
        if not len(hashes):
            continue
        sketch = base.copy()
        sketch.update_batch(hashes.tolist())
        sketches[position] = sketch.hashvalues
        for other in lsh.query(sketch):
            if np.count_nonzero(sketches[other] == sketch.hashvalues) / NUM_PERM >= threshold:
                parents[root(position)] = root(other)
        lsh.insert(position, sketch)
    groups: dict[int, set[int]] = {}
    for position in range(len(texts)):
        groups.setdefault(root(position), set()).add(position)
    return {frozenset(group) for group in groups.values()}


def found_partition(corpus: pd.DataFrame, stories: near_duplicates.Stories) -> set[frozenset[int]]:
    positions = pd.Series(range(len(corpus)), index=corpus["doc_id"])
    labels = stories.articles.set_index("doc_id")["story_id"]
    groups = positions.groupby(labels.reindex(positions.index).to_numpy()).agg(frozenset)
    return set(groups)


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("threshold", [0.3, 0.4, 0.7])
def test_stories_equal_those_of_an_lsh_index_queried_article_by_article(seed, threshold):
    corpus = clustered_corpus(seed)
    expected = lsh_reference(corpus["text"].tolist(), threshold)
    assert sum(len(group) > 1 for group in expected) >= 15  # several clusters, so the comparison means something
    whole = find_stories(corpus, threshold=threshold)
    assert found_partition(corpus, whole) == expected
    chunked = find_stories(None, threshold=threshold, chunks=(corpus.iloc[i:i + 17] for i in range(0, len(corpus), 17)))
    pd.testing.assert_frame_equal(whole.articles, chunked.articles)
    pd.testing.assert_frame_equal(whole.stories, chunked.stories)


def test_identical_sketches_are_joined_only_when_truly_identical(monkeypatch):
    """With a digest that collides for every sketch sharing its last value, the stories do not change."""
    corpus = clustered_corpus(3)
    expected = find_stories(corpus)
    monkeypatch.setattr(near_duplicates, "_DIGEST_MULTIPLIER", np.uint64(0))
    collided = find_stories(corpus)
    pd.testing.assert_frame_equal(expected.articles, collided.articles)
    pd.testing.assert_frame_equal(expected.stories, collided.stories)
    assert (expected.stories["size"] > 1).sum() >= 15


def test_finder_keeps_compact_arrays_not_texts():
    corpus = clustered_corpus(4)
    finder = StoryFinder()
    finder.add(corpus.iloc[:100])
    finder.add(corpus.iloc[100:])
    sketches, signed = finder.sketches()
    assert sketches.dtype == np.uint32 and sketches.shape == (len(corpus), NUM_PERM)
    assert signed.sum() == len(corpus) - 3  # the three empty bodies are not signed
    assert all("text" not in frame.columns for frame in finder._columns)
    assert len(finder) == len(corpus)


def test_a_repeated_doc_id_keeps_the_articles_before_it():
    corpus = clustered_corpus(5)
    finder = StoryFinder()
    finder.add(corpus.iloc[:50])
    repeated = pd.concat([corpus.iloc[50:60], corpus.iloc[[3]], corpus.iloc[60:70]])
    with pytest.raises(ValueError, match=f"doc_id '{corpus['doc_id'].iloc[3]}' was added twice"):
        finder.add(repeated)
    assert len(finder) == 60
    within = pd.concat([corpus.iloc[70:72], corpus.iloc[[70]]])
    with pytest.raises(ValueError, match="was added twice"):
        finder.add(within)
    kept = corpus["doc_id"].iloc[:60].tolist() + corpus["doc_id"].iloc[70:72].tolist()
    assert len(finder) == 62 and finder.result().articles["doc_id"].tolist() == kept
