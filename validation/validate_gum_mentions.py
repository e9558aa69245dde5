"""Named actor mentions and actor ids against GUM's human annotation (``../shared/corpora/gum_dev``, by others).

GUM (Zeldes 2017) marks every person, organisation and place mention in 84
openly licensed English documents (interviews, biographies, academic papers,
travel guides, court documents; no news), with coreference chains. This
script loads them with ``load_corpus``, runs ``analyze`` (the shared reader
:mod:`gum`) and scores the ``mentions`` table:

* named mentions (GUM mentions whose head is a proper noun): precision, recall
  and F1 per type, typed (the type must agree) and untyped, overall and per
  genre; a prediction matches when it overlaps the gold mention's head;
* actor ids against GUM's coreference chains, over the matched mentions:
  pairwise precision/recall of "same actor" and B-cubed.

:mod:`gum_scores` says exactly what counts as a match. The interviews (genre
``interview``, Wikinews) are the nearest to news.

Usage (from the repository root)::

    python validation/validate_gum_mentions.py [--gum PATH] [--json] [--option KEY=VALUE ...]

Exit status: 0 when typed overall precision and recall reach ``--floor``
(default 0.45), 1 otherwise, 2 when the GUM file is missing.
"""
from __future__ import annotations

import sys
from typing import Sequence

from gum_report import run

FLOOR = 0.45


def main(argv: Sequence[str] | None = None) -> int:
    """Print named-mention and actor-id figures on GUM dev."""
    return run(
        argv, description=__doc__.splitlines()[0], sections=("mentions", "actor_ids"),
        add_arguments=lambda parser: parser.add_argument("--floor", type=float, default=FLOOR,
                                                         help="minimum typed overall precision and recall"),
        passed=lambda figures, args: min(figures["mentions"]["typed"]["overall"]["precision"],
                                         figures["mentions"]["typed"]["overall"]["recall"]) >= args.floor,
    )


if __name__ == "__main__":
    sys.exit(main())
