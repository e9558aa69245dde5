"""Quote speaker resolution against GUM's coreference chains (``../shared/corpora/gum_dev``, by others).

GUM marks no quote speakers, but it marks which mentions (pronouns and
descriptions included) refer to one entity. For each quote of the ``quotes``
table whose source phrase ("he", "the minister", "Lavrov") is a GUM mention,
the speaker is right when the actor it was resolved to is named within that
mention's chain (see :mod:`gum_speakers`). Printed: accuracy (right among
resolved) and coverage (resolved among judged), overall, per quote kind, per
source form (name, description, pronoun) and per genre. Whether the source
phrase is the right one for the quote is not scored (GUM does not say).

``--list`` prints, after the figures, one line per wrong or unresolved speaker: verdict, source form, genre,
document, kind, the source phrase, the names of its gold chain, the actor it was given and the text around
the source in ``[[...]]`` (newlines shown as ``/``), for reading the errors rather than counting them.

Usage (from the repository root)::

    python validation/validate_gum_speakers.py [--gum PATH] [--json] [--list] [--option KEY=VALUE ...]

Exit status: 0 when the overall accuracy reaches ``--floor`` (default 0.5), 1
otherwise, 2 when the GUM file is missing.
"""
from __future__ import annotations

import argparse
import sys
from typing import Sequence

from gum_report import run
from gum_speakers import speaker_error_lines

FLOOR = 0.5


def main(argv: Sequence[str] | None = None) -> int:
    """Print speaker resolution accuracy and coverage on GUM dev (and with ``--list`` the errors)."""
    return run(
        argv, description=__doc__.splitlines()[0], sections=("speakers",),
        add_arguments=_add_arguments,
        passed=lambda figures, args: figures["speakers"]["overall"]["accuracy"] >= args.floor,
        listing=lambda documents, args: print(*speaker_error_lines(documents), sep="\n") if args.list else None,
    )


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--floor", type=float, default=FLOOR, help="minimum overall accuracy")
    parser.add_argument("--list", action="store_true",
                        help="list each wrong or unresolved speaker with its gold chain's names and context")


if __name__ == "__main__":
    sys.exit(main())
