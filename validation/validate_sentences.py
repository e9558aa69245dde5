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

    python validation/validate_sentences.py [--gum PATH] [--json] [--option KEY=VALUE ...]

Exit status: 0 when in-paragraph boundary F1 reaches ``--floor`` (default
0.80), 1 otherwise, 2 when the GUM file is missing.
"""
from __future__ import annotations

import sys
from typing import Sequence

from gum_report import run

FLOOR = 0.80


def main(argv: Sequence[str] | None = None) -> int:
    """Print in-paragraph boundary precision, recall, F1 and exact sentence share on GUM dev."""
    return run(
        argv, description=__doc__.splitlines()[0], sections=("sentences",),
        add_arguments=lambda parser: parser.add_argument("--floor", type=float, default=FLOOR,
                                                         help="minimum in-paragraph boundary F1"),
        passed=lambda figures, args: figures["sentences"]["overall"]["f1"] >= args.floor,
    )


if __name__ == "__main__":
    sys.exit(main())
