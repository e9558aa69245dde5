"""Sentence splitting against GUM's human segmentation (``../shared/corpora/gum_dev``, annotated by others).

GUM (Zeldes 2017) segments 84 openly licensed English documents (interviews,
biographies, academic papers, travel guides, court documents; no news) into
sentences by hand. This script splits each document's text with
:func:`analysis.text.sentences.split_sentences` and compares sentence ends.

Paragraph ends are hard boundaries for the splitter, so they would be right by
construction; the headline figures score only the boundaries *inside* a
paragraph (where a sentence ends and the next one starts in the same
paragraph): precision, recall and F1. The share of gold sentences reproduced
exactly (same start and end) is printed too, over all sentences.

Usage (from the repository root)::

    python validation/validate_sentences.py [--gum ../shared/corpora/gum_dev/gum_dev.jsonl] [--details N]

Exit status: 0 when in-paragraph boundary F1 reaches ``--floor`` (default
0.80), 1 otherwise, 2 when the GUM file is missing.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from analysis.paths import SHARED_CORPUS
from analysis.text.sentences import split_sentences

GUM = SHARED_CORPUS.parent / "gum_dev" / "gum_dev.jsonl"
FLOOR = 0.80


@dataclass(frozen=True)
class Scores:
    """Counts over every document: in-paragraph boundaries and exactly reproduced sentences."""

    true_positives: int
    predicted: int
    gold: int
    exact: int
    sentences: int

    @property
    def precision(self) -> float:
        """Share of predicted in-paragraph boundaries that GUM has too."""
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Share of GUM's in-paragraph boundaries that the splitter finds."""
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def read_gum(path: Path) -> list[dict]:
    """GUM documents, one JSON object a line; a bad line is an error naming it."""
    documents = []
    with open(path, encoding="utf-8") as stream:
        for line_number, line in enumerate(stream, start=1):
            try:
                document = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}: line {line_number}: not JSON ({error.msg})") from error
            if not {"doc", "text", "sentences", "paragraphs"} <= set(document):
                raise ValueError(f"{path}: line {line_number}: expected keys doc, text, sentences, paragraphs")
            documents.append(document)
    return documents


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def inner_ends(spans: Sequence[tuple[int, int]], paragraph_ends: set[int]) -> set[int]:
    """Sentence ends that are not paragraph ends (the boundaries the splitter has to find)."""
    return {end for _, end in spans if end not in paragraph_ends}


def score_document(document: dict) -> Scores:
    """Boundary and exact-sentence counts of one GUM document."""
    text = document["text"]
    gold = [_stripped(text, start, end) for start, end in document["sentences"]]
    gold = [span for span in gold if span[0] < span[1]]
    predicted = split_sentences(text)
    paragraph_ends = {_stripped(text, p["start"], p["end"])[1] for p in document["paragraphs"]}
    gold_inner, predicted_inner = inner_ends(gold, paragraph_ends), inner_ends(predicted, paragraph_ends)
    return Scores(
        true_positives=len(gold_inner & predicted_inner),
        predicted=len(predicted_inner),
        gold=len(gold_inner),
        exact=len(set(gold) & set(predicted)),
        sentences=len(gold),
    )


def total(scores: Sequence[Scores]) -> Scores:
    """Counts summed over documents (micro average)."""
    return Scores(*(sum(getattr(score, name) for score in scores) for name in Scores.__dataclass_fields__))


def main(argv: Sequence[str] | None = None) -> int:
    """Print boundary precision, recall, F1 and exact sentence share on GUM dev."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gum", type=Path, default=GUM, help="gum_dev.jsonl (default: the shared copy)")
    parser.add_argument("--floor", type=float, default=FLOOR, help="minimum in-paragraph boundary F1")
    parser.add_argument("--details", type=int, default=0, help="print the N documents with the lowest F1")
    args = parser.parse_args(argv)
    if not args.gum.is_file():
        print(f"{args.gum}: not found; the GUM development set lives in ../shared/corpora/gum_dev", file=sys.stderr)
        return 2
    documents = read_gum(args.gum)
    per_document = {document["doc"]: score_document(document) for document in documents}
    overall = total(list(per_document.values()))
    print(f"GUM dev: {len(documents)} documents, {overall.sentences} sentences annotated by GUM's annotators")
    print(
        f"in-paragraph boundaries: gold {overall.gold}, predicted {overall.predicted}, "
        f"precision {overall.precision:.3f}, recall {overall.recall:.3f}, F1 {overall.f1:.3f}"
    )
    print(f"sentences reproduced exactly: {overall.exact}/{overall.sentences} = {overall.exact / overall.sentences:.3f}")
    for name, score in sorted(per_document.items(), key=lambda item: (item[1].f1, item[0]))[: args.details]:
        print(f"  {name}: P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f} ({score.gold} gold boundaries)")
    return 0 if overall.f1 >= args.floor else 1


if __name__ == "__main__":
    sys.exit(main())
