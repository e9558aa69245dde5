"""Quote detection against GUM's human annotation of quotations (``../shared/corpora/gum_dev``, by others).

GUM (Zeldes 2017) marks quotations (tag ``quote``) and scare quotes, titles
and words mentioned as words (tag ``q``) in 84 openly licensed English
documents (no news). This script loads them with ``load_corpus``, runs
``analyze`` (the shared reader :mod:`gum`) and scores the ``quotes`` table's
quotations with marks (every kind but ``indirect``): precision, recall and F1
overall and per genre. A prediction is right when it shares a character with a
GUM quotation; one that overlaps only a ``q`` span is not judged (the strict
precision counts it as an error). See :mod:`gum_scores`.

Usage (from the repository root)::

    python validation/validate_gum_quotes.py [--gum PATH] [--json] [--option KEY=VALUE ...]

Exit status: 0 when overall precision and recall reach ``--floor`` (default
0.5), 1 otherwise, 2 when the GUM file is missing.
"""
from __future__ import annotations

import sys
from typing import Sequence

from gum_report import run

FLOOR = 0.5


def main(argv: Sequence[str] | None = None) -> int:
    """Print quote detection precision, recall and F1 on GUM dev."""
    return run(
        argv, description=__doc__.splitlines()[0], sections=("quotes",),
        add_arguments=lambda parser: parser.add_argument("--floor", type=float, default=FLOOR,
                                                         help="minimum overall precision and recall"),
        passed=lambda figures, args: min(figures["quotes"]["overall"]["precision"],
                                         figures["quotes"]["overall"]["recall"]) >= args.floor,
    )


if __name__ == "__main__":
    sys.exit(main())
