"""Actor mentions against GUM's human entity annotation (``../shared/corpora/gum_dev``, annotated by others).

GUM (Zeldes 2017) marks every person, organisation and place mention in 84
openly licensed English documents (interviews, biographies, academic papers,
travel guides, court documents; no news). This script runs
:func:`analysis.actors.step.find_mentions` with the shipped dictionary on each
whole document and scores:

* recall of GUM's **named** mentions (head word a proper noun, 3,630 of them):
  found when a predicted mention of the same type overlaps the mention's head;
* precision of the predicted mentions: right when a predicted mention overlaps
  a GUM mention of the same type (named or not, so "the minister" linked to a
  person counts as a person); the rest are false alarms or type errors.

Types are mapped onto GUM's: person -> person; organization and media ->
organization; country, region and place -> place. Figures are printed overall
and per type; the genres are far from news, so read them as a floor.

Usage (from the repository root)::

    python validation/validate_gum_mentions.py [--gum ../shared/corpora/gum_dev/gum_dev.jsonl]

The Wikinews interviews (genre ``interview``) are the nearest to news; the
script prints each genre too.

Exit status: 0 when overall precision and recall reach ``--floor`` (default
0.45, below the 0.475 recall of 2026-12-04), 1 otherwise, 2 when the GUM file is missing.
"""
from __future__ import annotations

import argparse
import sys
from bisect import bisect_left
from collections import Counter
from pathlib import Path
from typing import Sequence

from analysis.actors.step import find_mentions, get_dictionary
from validate_sentences import GUM, read_gum

TYPES = ("person", "organization", "place")
TYPE_MAP = {"person": "person", "organization": "organization", "media": "organization",
            "country": "place", "region": "place", "place": "place"}
FLOOR = 0.45


def _overlaps(spans: Sequence[tuple[int, int, str]], start: int, end: int, kind: str) -> bool:
    """Whether a span of type ``kind`` in ``spans`` (sorted by start) overlaps ``[start, end)``."""
    last = bisect_left(spans, (end, -1, ""))
    return any(s < end and start < e and t == kind for s, e, t in spans[:last])


def score_document(document: dict, dictionary: object) -> Counter:
    """Counts for one document: gold/found named mentions and predicted/right mentions, per type."""
    counts: Counter = Counter()
    predicted = find_mentions(document["text"], dictionary=dictionary)
    ours = sorted(
        (int(start), int(end), TYPE_MAP[kind])
        for start, end, kind in zip(predicted["start"], predicted["end"], predicted["actor_type"])
        if kind in TYPE_MAP
    )
    theirs = sorted((e["start"], e["end"], e["type"]) for e in document["entities"] if e["type"] in TYPES)
    for entity in document["entities"]:
        if entity["type"] in TYPES and entity["head_upos"] == "PROPN":
            head_start, head_end = entity["head"]
            counts[("gold", entity["type"])] += 1
            counts[("found", entity["type"])] += _overlaps(ours, head_start, head_end, entity["type"])
    for start, end, kind in ours:
        counts[("predicted", kind)] += 1
        counts[("right", kind)] += _overlaps(theirs, start, end, kind)
    return counts


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def main(argv: Sequence[str] | None = None) -> int:
    """Print precision and recall of actor mentions per type and overall on GUM dev."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gum", type=Path, default=GUM, help="gum_dev.jsonl (default: the shared copy)")
    parser.add_argument("--floor", type=float, default=FLOOR, help="minimum overall precision and recall")
    args = parser.parse_args(argv)
    if not args.gum.is_file():
        print(f"{args.gum}: not found; the GUM development set lives in ../shared/corpora/gum_dev", file=sys.stderr)
        return 2
    documents = read_gum(args.gum)
    dictionary = get_dictionary(None)
    counts: Counter = Counter()
    by_genre: dict[str, Counter] = {}
    for document in documents:
        scored = score_document(document, dictionary)
        counts.update(scored)
        by_genre.setdefault(document["doc"].split("_")[1], Counter()).update(scored)
    print(f"GUM dev: {len(documents)} documents; named mentions annotated by GUM's annotators")
    print(f"{'type':<14}{'gold':>6}{'found':>7}{'recall':>8}{'predicted':>11}{'right':>7}{'precision':>11}")
    for kind in (*TYPES, "overall"):
        pick = TYPES if kind == "overall" else (kind,)
        gold, found = sum(counts[("gold", k)] for k in pick), sum(counts[("found", k)] for k in pick)
        predicted, right = sum(counts[("predicted", k)] for k in pick), sum(counts[("right", k)] for k in pick)
        print(f"{kind:<14}{gold:>6}{found:>7}{_ratio(found, gold):>8.3f}{predicted:>11}{right:>7}{_ratio(right, predicted):>11.3f}")
    print("by genre (all types):")
    for genre, genre_counts in sorted(by_genre.items()):
        totals = {name: sum(genre_counts[(name, k)] for k in TYPES) for name in ("gold", "found", "predicted", "right")}
        print(f"  {genre:<12} recall {_ratio(totals['found'], totals['gold']):.3f} ({totals['gold']} gold)"
              f"  precision {_ratio(totals['right'], totals['predicted']):.3f} ({totals['predicted']} predicted)")
    gold, found = sum(counts[("gold", k)] for k in TYPES), sum(counts[("found", k)] for k in TYPES)
    predicted, right = sum(counts[("predicted", k)] for k in TYPES), sum(counts[("right", k)] for k in TYPES)
    return 0 if min(_ratio(found, gold), _ratio(right, predicted)) >= args.floor else 1


if __name__ == "__main__":
    sys.exit(main())
