"""Quote detection against GUM's human annotation of quotations (``../shared/corpora/gum_dev``, by others).

GUM (Zeldes 2017) marks quotations (tag ``quote``) and scare quotes, titles
and words mentioned as words (tag ``q``) in 84 openly licensed English
documents (no news). This script loads them with ``load_corpus``, runs
``analyze`` (the shared reader :mod:`gum`) and scores the ``quotes`` table's
quotations with marks (every kind but ``indirect``): precision, recall and F1
overall and per genre. A prediction is right when it shares a character with a
GUM quotation; one that overlaps only a ``q`` span is not judged (the strict
precision counts it as an error). See :mod:`gum_scores`.

``--list`` prints, after the figures, one line per wrong or unjudged prediction and per gold quotation
missed: what, genre, document, kind and cue of a prediction, and the text around it with the quote in
``[[...]]`` (newlines shown as ``/``), for reading the errors rather than counting them.

Usage (from the repository root)::

    python validation/validate_gum_quotes.py [--gum PATH] [--json] [--list] [--option KEY=VALUE ...]

Exit status: 0 when overall precision and recall reach ``--floor`` (default
0.5), 1 otherwise, 2 when the GUM file is missing.
"""
from __future__ import annotations

import argparse
import sys
from typing import Iterator, Sequence

from gum import GumDocument
from gum_report import run
from gum_scores import quote_judgements

FLOOR = 0.5
CONTEXT = 60  # characters shown on each side of a listed quote


def main(argv: Sequence[str] | None = None) -> int:
    """Print quote detection precision, recall and F1 on GUM dev (and with ``--list`` the errors)."""
    return run(
        argv, description=__doc__.splitlines()[0], sections=("quotes",),
        add_arguments=_add_arguments,
        passed=lambda figures, args: min(figures["quotes"]["overall"]["precision"],
                                         figures["quotes"]["overall"]["recall"]) >= args.floor,
        listing=lambda documents, args: print(*error_lines(documents), sep="\n") if args.list else None,
    )


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--floor", type=float, default=FLOOR, help="minimum overall precision and recall")
    parser.add_argument("--list", action="store_true",
                        help="list each wrong or unjudged prediction and each gold quotation missed, with context")


def error_lines(documents: Sequence[GumDocument]) -> Iterator[str]:
    """One tab-separated line per prediction judged ``wrong`` or ``not judged`` and per gold quotation missed."""
    for document in documents:
        text = document.gold["text"]
        about = {(int(row["start"]), int(row["end"])): f"{row['kind']} cue={row.get('cue')}"
                 for row in document.quotes.to_dict("records")}
        judged, gold = quote_judgements(document)
        rows = [(start, end, judgement.upper(), about.get((start, end), "")) for start, end, judgement in judged
                if judgement != "right"]
        rows += [(start, end, "MISSED", "") for start, end, found in gold if not found]
        for start, end, what, described in sorted(rows):
            shown = f"{text[max(0, start - CONTEXT):start]}[[{text[start:end]}]]{text[end:end + CONTEXT]}"
            yield "\t".join((what, document.genre, document.name, described, shown.replace("\n", "/")))


if __name__ == "__main__":
    sys.exit(main())
