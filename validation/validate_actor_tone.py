"""Tone toward an actor at each mention: coverage, agreement with sentence-level VADER, and the regression set.

    .venv/bin/python validation/validate_actor_tone.py [--corpus ../shared/corpora/wikinews] [--gum ../shared/corpora/gum_dev]

The actors step gives each mention the tone of the clause or phrase that concerns it
(:mod:`analysis.actors.mention_tone`). On the Wikinews corpus (and the texts of gum_dev, other genres) it prints

* **coverage**: the share of mentions that get a tone, per actor type and for named mentions (by name:
  dictionary, alias, discovered or metonym; not roles, demonyms, places or the publisher), and the share
  of (article, actor) pairs where the actor gets at least one tone;
* **agreement with sentence-level VADER**: the 3-class agreement (cut at +-0.05) and Pearson r between the
  tone at each toned mention and the compound of its whole sentence (the sentiment step's), with the cross
  table: how often the mention-level tone departs from the sentence's. This is no accuracy figure: neither
  side is a human label. Accuracy against human labels is measured on held-out news (issue 11).

Then it runs the hand-written regression set ``tests/fixtures/tone/cases.yaml``: written by us, after the
rules, so its pass count is a regression check and **not a validity figure**.

Exit status: 0 when every regression case passes, 1 otherwise, 2 when the Wikinews corpus is missing.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd
import yaml

from analysis.actors.tone_summary import tone_agreement, tone_coverage
from analysis.corpus.loading import load_corpus
from analysis.paths import ROOT, SHARED_CORPUS
from analysis.pipeline.spine import analyze, analyze_batch, article_table

CASES = ROOT / "tests" / "fixtures" / "tone" / "cases.yaml"
GUM = SHARED_CORPUS.parent / "gum_dev" / "gum_dev.jsonl"
NAMED_HOW = ("dictionary", "alias", "discovered", "metonym")
THRESHOLD = 0.05


def named(mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions by name of an actor (not a role, a demonym, a place or the publisher)."""
    return mentions[mentions["how"].isin(NAMED_HOW) & (mentions["actor_type"] != "place")]


def label(value: float) -> str:
    """The 3-class label of a tone; "none" for no tone."""
    if pd.isna(value):
        return "none"
    return "positive" if value >= THRESHOLD else "negative" if value <= -THRESHOLD else "neutral"


def report(name: str, mentions: pd.DataFrame, sentiment: pd.DataFrame) -> None:
    """Coverage and agreement figures of one corpus's mentions."""
    print(f"\n== {name}: {mentions['doc_id'].nunique()} articles, {len(mentions)} mentions")
    coverage = tone_coverage(mentions)
    print(coverage.round(3).to_string())
    by_name = tone_coverage(named(mentions)).loc["all"]
    print(f"named mentions: {by_name['with_tone']:.0f}/{by_name['mentions']:.0f} get a tone ({by_name['coverage']:.1%}); "
          f"named actors with a tone in an article: {by_name['actors_with_tone']:.0f}/"
          f"{by_name['actors_in_articles']:.0f} ({by_name['actor_coverage']:.1%})")
    table, figures = tone_agreement(mentions, sentiment, threshold=THRESHOLD)
    print(f"agreement with the sentence's VADER label: {figures['agreement']:.3f} over {figures['n']:.0f} toned "
          f"mentions; Pearson r {figures['pearson']:.3f}; score differs by > 0.05: {figures['changed']:.1%}")
    print(table.to_string())


def gum_tables(path: Path) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """The mentions and sentiment tables of the gum_dev texts (None when the file is missing)."""
    if not path.is_file():
        return None
    jobs = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            record = json.loads(line)
            if "text" not in record:
                raise ValueError(f"{path} line {number}: no 'text' field")
            jobs.append((record.get("doc", f"line{number}"), record["text"], {}))
    tables = analyze_batch(jobs, ["sentiment", "actors"], {}).tables
    return tables["mentions"], tables["sentiment"]


def regression(path: Path = CASES) -> tuple[int, int]:
    """Run the hand-written cases; print each failure; return (passed, total) targets."""
    passed = total = 0
    for case in yaml.safe_load(path.read_text(encoding="utf-8")):
        mentions = article_table("actors", case["text"])
        for target in case["targets"]:
            total += 1
            rows = mentions[mentions["surface"] == target["surface"]]
            if rows.empty:
                print(f"  {case['id']}: no mention {target['surface']!r} found")
                continue
            row = rows.iloc[0]
            evidence = None if pd.isna(row["tone_start"]) else case["text"][row["tone_start"]:row["tone_end"]]
            wanted = target.get("evidence")
            if label(row["tone"]) == target["tone"] and (wanted is None or wanted == evidence):
                passed += 1
            else:
                print(f"  {case['id']}: {target['surface']!r} got {label(row['tone'])} ({row['tone']:.3f}) from "
                      f"{evidence!r}; expected {target['tone']}" + (f" from {wanted!r}" if wanted else ""))
    return passed, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=SHARED_CORPUS, help="news corpus (default: Wikinews)")
    parser.add_argument("--gum", type=Path, default=GUM, help="gum_dev.jsonl (skipped when absent)")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}: nothing to validate", file=sys.stderr)
        return 2
    result = analyze(load_corpus(args.corpus), steps=["sentiment", "actors"], cache=False)
    report(f"news ({args.corpus.name})", result.mentions, result.sentiment)
    gum = gum_tables(args.gum)
    if gum is not None:
        report("gum_dev texts (not news; no tone labels)", *gum)
    passed, total = regression()
    print(f"\nregression set {CASES.relative_to(ROOT)} (written by us, after the rules: a regression check, "
          f"not a validity figure): {passed}/{total} targets as expected")
    return 0 if passed == total else 1


if __name__ == "__main__":
    sys.exit(main())
