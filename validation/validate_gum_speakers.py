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

import json
import sys
from typing import Sequence

from gum import analysed_gum
from gum_report import parse_options, parser_for
from gum_speakers import speaker_figures, speaker_line

FLOOR = 0.5


def main(argv: Sequence[str] | None = None) -> int:
    """Print speaker resolution accuracy and coverage on GUM dev."""
    parser = parser_for(__doc__.splitlines()[0])
    parser.add_argument("--floor", type=float, default=FLOOR, help="minimum overall accuracy")
    args = parser.parse_args(argv)
    if not args.gum.is_file():
        print(f"{args.gum}: not found; the GUM development set lives in ../shared/corpora/gum_dev", file=sys.stderr)
        return 2
    figures = speaker_figures(analysed_gum(args.gum, **parse_options(args.option)))
    if args.json:
        print(json.dumps(figures, indent=1))
    else:
        print("Quote speakers resolved against GUM coreference chains (source phrase = a GUM mention):")
        print(speaker_line("overall", figures["overall"]))
        for title, section in (("by quote kind:", "by_kind"), ("by source form:", "by_source_form"),
                               ("by genre:", "by_genre")):
            print(f" {title}")
            for label, values in figures[section].items():
                print(speaker_line(label, values))
    return 0 if figures["overall"]["accuracy"] >= args.floor else 1


if __name__ == "__main__":
    sys.exit(main())
