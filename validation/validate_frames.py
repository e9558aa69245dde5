"""Precision of each shipped frame on hand-judged hits from the Wikinews corpus.

For every frame of the ``generic`` and ``policy`` dictionaries, a seeded random
sample of hits is drawn from the Wikinews corpus (``analysis.paths.SHARED_CORPUS``)
with :func:`analysis.framing.step.evidence_sample`, the same draw the framing
notebook shows. Each hit was read in its sentence and judged by hand: does the
sentence really evoke the frame through this term? The judgements live in
``tests/fixtures/frames/<dictionary>.csv`` (frame, term, url, title, sentence
with the hit marked ``[[...]]``, judgement yes/no, note). This script prints
precision per frame, lists hits of the draw that have no judgement yet (so an
edited dictionary is re-judged, never silently scored on old hits) and, with
``--write``, records each frame's precision in its dictionary entry.

Usage (from the repository root)::

    python validation/validate_frames.py                 # print precision per frame
    python validation/validate_frames.py --todo todo.csv # also write unjudged hits to judge
    python validation/validate_frames.py --write         # store precision in the dictionaries
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

import pandas as pd

from analysis import analyze, load_corpus
from analysis.framing.dictionary import dictionary_path
from analysis.framing.step import evidence_sample
from analysis.paths import ROOT, SHARED_CORPUS

DICTIONARIES = ("generic", "policy")
FIXTURES = ROOT / "tests" / "fixtures" / "frames"
SAMPLE_SIZE = 25
SEED = 5
TARGET = 0.7
KEY = ["frame", "term", "url", "sentence"]
JUDGEMENT_COLUMNS = ["frame", "term", "url", "title", "sentence", "judgement", "note"]
VERDICTS = {"yes": True, "no": False}


def fixture_path(dictionary: str) -> Path:
    """The CSV of hand judgements for a shipped dictionary."""
    return FIXTURES / f"{dictionary}.csv"


def load_judgements(path: Path) -> pd.DataFrame:
    """Judgement rows; a verdict other than yes/no is an error naming the line."""
    if not path.is_file():
        return pd.DataFrame(columns=JUDGEMENT_COLUMNS)
    table = pd.read_csv(path, dtype="str", keep_default_na=False)
    missing = sorted(set(JUDGEMENT_COLUMNS) - set(table.columns))
    if missing:
        raise ValueError(f"{path}: missing column(s) {missing}; expected {JUDGEMENT_COLUMNS}")
    for line, verdict in enumerate(table["judgement"], start=2):
        if verdict not in VERDICTS:
            raise ValueError(f"{path}: line {line}: judgement {verdict!r}: expected 'yes' or 'no'")
    duplicated = table.duplicated(KEY, keep=False)
    if duplicated.any():
        raise ValueError(f"{path}: line(s) {[i + 2 for i in table.index[duplicated]]}: the same hit is judged twice")
    return table


def draw(dictionary: str, *, corpus_path: Path = SHARED_CORPUS, n: int = SAMPLE_SIZE, seed: int = SEED) -> pd.DataFrame:
    """The seeded sample of hits per frame that the judgements must cover."""
    corpus = load_corpus(corpus_path)
    result = analyze(corpus, steps=("framing",), frames=dictionary, cache=False)
    sample = evidence_sample(result, n=n, seed=seed)
    return sample.assign(url=sample["url"].fillna("").astype("str"), title=sample["title"].fillna("").astype("str"))


def score(sample: pd.DataFrame, judgements: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Precision per frame over the judged hits of the sample, and the sample's unjudged hits."""
    merged = sample.merge(judgements[KEY + ["judgement"]], on=KEY, how="left")
    unjudged = merged[merged["judgement"].isna()]
    judged = merged[merged["judgement"].notna()].assign(correct=lambda t: t["judgement"].map(VERDICTS))
    frames = list(dict.fromkeys(sample["frame"]))
    table = judged.groupby("frame").agg(n=("correct", "size"), correct=("correct", "sum")).reindex(frames)
    table = table.fillna(0).astype("int64")
    table["drawn"] = sample.groupby("frame").size().reindex(frames).astype("int64")
    table["precision"] = (table["correct"] / table["n"].where(table["n"] > 0)).round(2)
    table["meets_target"] = table["precision"] >= TARGET
    return table, unjudged


def write_validation(dictionary: str, table: pd.DataFrame, *, date: str) -> None:
    """Set ``validation: {precision, n, date}`` in each frame's entry (with a note when below target)."""
    path = dictionary_path(dictionary)
    text = path.read_text(encoding="utf-8")
    for frame_id, row in table.iterrows():
        if row["n"] == 0:
            continue
        short = "" if row["precision"] >= TARGET else f', note: "below the {TARGET} target"'
        line = f'    validation: {{precision: {row["precision"]:.2f}, n: {int(row["n"])}, date: "{date}"{short}}}\n'
        entry = re.compile(rf"(  - id: {re.escape(str(frame_id))}\n(?:    (?!validation:).*\n|      .*\n)*?)(    validation: .*\n)?(?=    terms:|    stems:)")
        text, count = entry.subn(lambda match: match.group(1) + line, text, count=1)
        if count != 1:
            raise ValueError(f"{path}: could not find the entry of frame {frame_id!r} to record its precision")
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dictionary", choices=DICTIONARIES, action="append", help="default: both")
    parser.add_argument("--todo", type=Path, help="write the unjudged hits of the draw to this CSV")
    parser.add_argument("--write", action="store_true", help="record precision per frame in the dictionaries")
    args = parser.parse_args(argv)
    if not SHARED_CORPUS.is_dir():
        print(f"the Wikinews corpus is not at {SHARED_CORPUS}; nothing to validate")
        return 2
    todo = []
    for dictionary in args.dictionary or DICTIONARIES:
        sample = draw(dictionary)
        table, unjudged = score(sample, load_judgements(fixture_path(dictionary)))
        print(f"\n{dictionary}: precision per frame on {SAMPLE_SIZE} hits drawn with seed {SEED} (target {TARGET})")
        print(table.to_string())
        if len(unjudged):
            print(f"{len(unjudged)} hit(s) of the draw have no judgement yet")
            todo.append(unjudged.assign(dictionary=dictionary))
        if args.write:
            write_validation(dictionary, table, date=dt.date.today().isoformat())
    if todo and args.todo:
        columns = ["dictionary", *JUDGEMENT_COLUMNS]
        pd.concat(todo).assign(judgement="", note="")[columns].to_csv(args.todo, index=False)
        print(f"wrote the unjudged hits to {args.todo}")
    return 1 if todo else 0


if __name__ == "__main__":
    sys.exit(main())
