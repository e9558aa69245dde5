"""Sentence splitting against GUM's human segmentation (``../shared/corpora/gum_dev``, annotated by others).

GUM (Zeldes 2017) segments 84 openly licensed English documents (interviews,
biographies, academic papers, travel guides, court documents; no news) into
sentences by hand. This script loads them with ``load_corpus``, runs
``analyze`` (the shared reader :mod:`gum`) and compares the ``sentences``
table's ends with GUM's.

Paragraph ends are hard boundaries for the splitter, so they would be right by
construction; the headline figures score only the boundaries *inside* a
paragraph (where a sentence ends and the next one starts in the same
paragraph): precision, recall and F1, overall and per genre. The share of gold
sentences reproduced exactly (same start and end) is printed too.

Usage (from the repository root)::

    python validation/validate_sentences.py [--gum PATH] [--json] [--list] [--option KEY=VALUE ...]

``--list`` then prints one tab-separated line per boundary missed (``MISSED``)
or predicted where GUM has none (``FALSE``): genre, document and the text
around it, the boundary shown as ``||``.

Exit status: 0 when in-paragraph boundary F1 reaches ``--floor`` (default
0.80), 1 otherwise, 2 when the GUM file is missing.
"""
from __future__ import annotations

import argparse
import sys
from typing import Iterator, Sequence

from gum import GumDocument
from gum_report import run
from gum_scores import sentence_spans

FLOOR = 0.80
CONTEXT = 60  # characters shown on each side of a listed boundary


def main(argv: Sequence[str] | None = None) -> int:
    """Print in-paragraph boundary P/R/F1 and exact sentence share on GUM dev (with ``--list`` the errors)."""
    return run(
        argv, description=__doc__.splitlines()[0], sections=("sentences",),
        add_arguments=_add_arguments,
        passed=lambda figures, args: figures["sentences"]["overall"]["f1"] >= args.floor,
        listing=lambda documents, args: print(*error_lines(documents), sep="\n") if args.list else None,
    )


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--floor", type=float, default=FLOOR, help="minimum in-paragraph boundary F1")
    parser.add_argument("--list", action="store_true",
                        help="list each in-paragraph boundary missed or falsely predicted, with context")


def error_lines(documents: Sequence[GumDocument]) -> Iterator[str]:
    """One tab-separated line per in-paragraph boundary missed (gold only) or false (predicted only)."""
    for document in documents:
        text = document.gold["text"]
        gold, predicted, paragraph_ends = sentence_spans(document)
        gold_inner = {end for _, end in gold} - paragraph_ends
        predicted_inner = {end for _, end in predicted} - paragraph_ends
        rows = [(end, "MISSED") for end in gold_inner - predicted_inner]
        rows += [(end, "FALSE") for end in predicted_inner - gold_inner]
        for end, what in sorted(rows):
            shown = f"{text[max(0, end - CONTEXT):end]}||{text[end:end + CONTEXT]}"
            yield "\t".join((what, document.genre, document.name, shown.replace("\n", "/")))


if __name__ == "__main__":
    sys.exit(main())
