"""Quote speaker resolution against GUM's coreference chains (``../shared/corpora/gum_dev``, by others).

GUM marks no quote speakers, but it marks which mentions (pronouns and
descriptions included) refer to one entity. For each quote of the ``quotes``
table whose source phrase ("he", "the minister", "Lavrov") is a GUM mention,
the speaker is right when the actor it was resolved to is named within that
mention's chain (see :mod:`gum_speakers`). Printed: accuracy (right among
resolved) and coverage (resolved among judged), overall, per quote kind, per
source form (name, description, pronoun) and per genre. Whether the source
phrase is the right one for the quote is not scored (GUM does not say).

Usage (from the repository root)::

    python validation/validate_gum_speakers.py [--gum PATH] [--json] [--option KEY=VALUE ...]

Exit status: 0 when the overall accuracy reaches ``--floor`` (default 0.5), 1
otherwise, 2 when the GUM file is missing.
"""
from __future__ import annotations

import sys
from typing import Sequence

from gum_report import run

FLOOR = 0.5


def main(argv: Sequence[str] | None = None) -> int:
    """Print speaker resolution accuracy and coverage on GUM dev."""
    return run(
        argv, description=__doc__.splitlines()[0], sections=("speakers",),
        add_arguments=lambda parser: parser.add_argument("--floor", type=float, default=FLOOR,
                                                         help="minimum overall accuracy"),
        passed=lambda figures, args: figures["speakers"]["overall"]["accuracy"] >= args.floor,
    )


if __name__ == "__main__":
    sys.exit(main())
