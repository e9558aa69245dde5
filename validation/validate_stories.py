"""Validate near-duplicate story detection on Wikinews articles republished with realistic rewrites.

The test corpus is built at run time, seeded, from the shared Wikinews
articles (``../shared/corpora/wikinews``). ``--originals`` articles of at
least ``MIN_WORDS`` words are each republished one to four times, as another
outlet would run agency copy:

* the headline rewritten (a prefix such as "UPDATE 1-" or words dropped);
* the last paragraphs trimmed (up to a quarter of them, long stories only) or
  two paragraphs after the lead swapped;
* a dateline ("PARIS, Jan 5 (Reuters) -") and/or a byline ("By Ana Ruiz")
  put in front of the body;
* two to eight words substituted (said -> stated, a word replaced by a
  neighbour's), dated up to three days later under another outlet's name.

Every other Wikinews article stays in the corpus as an unrelated article,
many of them on the same topic as a republished story (Wikinews runs
follow-ups on the same event); the script counts the pairs of distinct
Wikinews articles with similar vocabulary (word-set Jaccard at least
``SAME_TOPIC``) and how many of them were wrongly put in one story.

Prints pair precision and recall (a pair is two articles in one story) at the
default threshold and at a sweep of thresholds. Run from the project root::

    python validation/validate_stories.py [--originals 150] [--seed 7] [--threshold T]

Exit status 0 when precision and recall at the threshold reach ``--floor``
(0.95), 1 otherwise.
"""
from __future__ import annotations

import argparse
import random
import sys
from itertools import combinations

import pandas as pd

from analysis.corpus.loading import load_corpus
from analysis.corpus.near_duplicates import DEFAULT_THRESHOLD, body_tokens, find_stories
from analysis.paths import SHARED_CORPUS

MIN_WORDS = 100
SAME_TOPIC = 0.2
SWEEP = (0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8)
OUTLETS = ("Reuters", "AP", "The Daily Star", "El Observador", "Herald Tribune", "Gazette", "Post", "Courier")
PLACES = ("PARIS", "MADRID", "LONDON", "NEW YORK", "BUENOS AIRES", "MOSCOW", "NAIROBI", "SYDNEY")
BYLINES = ("By Ana Ruiz", "By John Smith", "Staff and agencies", "By Our Correspondent", "By Li Wei")
HEADLINE_PREFIXES = ("UPDATE 1-", "WRAPUP-", "BREAKING: ", "Analysis: ", "")
SUBSTITUTES = {
    "said": "stated", "says": "states", "told": "informed", "people": "persons", "killed": "left dead",
    "announced": "declared", "government": "administration", "police": "officers", "president": "head of state",
    "reported": "said", "officials": "authorities", "about": "around", "more": "over", "after": "following",
}


def paragraphs(text: str) -> list[str]:
    """The text's paragraphs (blank-line separated), stripped, empty ones dropped."""
    return [part.strip() for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()]


def substitute_words(text: str, rng: random.Random, *, count: int) -> str:
    """``count`` word substitutions: a synonym when the word has one, else the next word repeated in its place."""
    words = text.split(" ")
    for _ in range(count):
        position = rng.randrange(len(words))
        word = words[position]
        words[position] = SUBSTITUTES.get(word.lower(), words[min(position + 1, len(words) - 1)])
    return " ".join(words)


def rewrite(row: dict, rng: random.Random, *, copy: int) -> dict:
    """One republished copy of an article (see the module docstring for the edits)."""
    parts = paragraphs(row["text"])
    if len(parts) >= 4 and rng.random() < 0.5:
        parts = parts[: len(parts) - rng.randint(1, max(1, len(parts) // 4))]
    elif len(parts) >= 3 and rng.random() < 0.5:
        first = rng.randrange(1, len(parts) - 1)
        parts[first], parts[first + 1] = parts[first + 1], parts[first]
    body = substitute_words("\n\n".join(parts), rng, count=rng.randint(2, 8))
    outlet = rng.choice(OUTLETS)
    furniture = []
    if rng.random() < 0.5:
        furniture.append(rng.choice(BYLINES))
    if rng.random() < 0.7:
        date = row["date"] if pd.notna(row["date"]) else pd.Timestamp("2020-01-01")
        body = f"{rng.choice(PLACES)}, {date:%b} {date.day} ({outlet}) - {body}"
    title = str(row["title"] or "")
    words = title.split()
    title = rng.choice(HEADLINE_PREFIXES) + " ".join(words[: max(3, len(words) - rng.randint(0, 3))])
    date = row["date"] + pd.Timedelta(days=rng.randint(0, 3)) if pd.notna(row["date"]) else pd.NaT
    return {
        "doc_id": f"{row['doc_id']}-copy{copy}", "text": "\n\n".join([*furniture, body]), "title": title,
        "date": date, "source": outlet, "family": row["doc_id"],
    }


def build_test_corpus(articles: pd.DataFrame, *, originals: int, seed: int) -> pd.DataFrame:
    """Every article (``family`` = its own doc_id) plus seeded rewrites of ``originals`` long ones."""
    base = articles[["doc_id", "text", "title", "date", "source"]].assign(family=articles["doc_id"])
    eligible = sorted(articles.loc[articles["n_words"] >= MIN_WORDS, "doc_id"])
    rng = random.Random(seed)
    chosen = set(rng.sample(eligible, min(originals, len(eligible))))
    copies = [
        rewrite(row, rng, copy=copy)
        for row in base[base["doc_id"].isin(chosen)].sort_values("doc_id").to_dict("records")
        for copy in range(rng.randint(1, 4))
    ]
    return pd.concat([base, pd.DataFrame(copies)], ignore_index=True)


def pairs_of(groups: pd.Series) -> set[tuple[str, str]]:
    """All unordered pairs of doc_ids that share a group (``groups``: group label by doc_id)."""
    pairs: set[tuple[str, str]] = set()
    for members in groups.groupby(groups).groups.values():
        pairs.update(combinations(sorted(members), 2))
    return pairs


def precision_recall(corpus: pd.DataFrame, *, threshold: float) -> tuple[float, float, set[tuple[str, str]]]:
    """Pair precision and recall of the stories found at ``threshold``, and the predicted pairs."""
    stories = find_stories(corpus, threshold=threshold)
    predicted = pairs_of(stories.articles.set_index("doc_id")["story_id"])
    gold = pairs_of(corpus.set_index("doc_id")["family"])
    hits = len(predicted & gold)
    return hits / max(len(predicted), 1), hits / max(len(gold), 1), predicted


def same_topic_pairs(articles: pd.DataFrame) -> set[tuple[str, str]]:
    """Pairs of distinct articles whose word sets (words of 4+ letters) overlap by ``SAME_TOPIC`` or more."""
    vocab = {doc_id: {word for word in body_tokens(text) if len(word) >= 4}
             for doc_id, text in zip(articles["doc_id"], articles["text"])}
    ids = sorted(vocab)
    return {
        (a, b) for a, b in combinations(ids, 2)
        if vocab[a] and vocab[b] and len(vocab[a] & vocab[b]) / len(vocab[a] | vocab[b]) >= SAME_TOPIC
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--originals", type=int, default=150, help="Wikinews articles republished (default 150)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--floor", type=float, default=0.95)
    args = parser.parse_args(argv)
    if not SHARED_CORPUS.is_dir():
        print(f"shared Wikinews corpus not found at {SHARED_CORPUS}", file=sys.stderr)
        return 2
    articles = load_corpus(SHARED_CORPUS).articles
    corpus = build_test_corpus(articles, originals=args.originals, seed=args.seed)
    n_families = int((corpus.groupby("family").size() > 1).sum())
    print(f"test corpus: {len(corpus)} articles, {len(articles)} Wikinews originals, "
          f"{len(corpus) - len(articles)} rewrites of {n_families} of them (seed {args.seed})")
    topical = same_topic_pairs(articles)
    print(f"same-topic pairs of distinct Wikinews articles (word-set Jaccard >= {SAME_TOPIC}): {len(topical)}")
    print(f"{'threshold':>9}  {'precision':>9}  {'recall':>6}")
    for threshold in sorted({*SWEEP, args.threshold}):
        precision, recall, _ = precision_recall(corpus, threshold=threshold)
        mark = "  <- default" if threshold == DEFAULT_THRESHOLD else ""
        print(f"{threshold:>9.2f}  {precision:>9.3f}  {recall:>6.3f}{mark}")
    precision, recall, predicted = precision_recall(corpus, threshold=args.threshold)
    print(f"same-topic pairs put in one story at {args.threshold}: {len(topical & predicted)} of {len(topical)}")
    print(f"at threshold {args.threshold}: precision {precision:.3f}, recall {recall:.3f} (floor {args.floor})")
    return 0 if precision >= args.floor and recall >= args.floor else 1


if __name__ == "__main__":
    sys.exit(main())
