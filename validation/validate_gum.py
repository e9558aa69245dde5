"""Every gum_dev figure from one analysis run: sentences, named mentions, actor ids, quotes (annotated by others).

The figures the README's validation table and ``tests/test_validate_gum.py``
use; ``validation/gum_baseline.json`` holds them for the session's starting
commit. The single-topic scripts (``validate_sentences.py``,
``validate_gum_mentions.py``, ``validate_gum_quotes.py``) print the same
figures one section at a time; :mod:`gum_scores` says what each one counts.

Usage (from the repository root)::

    python validation/validate_gum.py [--gum PATH] [--json] [--option KEY=VALUE ...]

Exit status: 0 when the file was scored, 2 when it is missing (the floors are
checked by the single-topic scripts and the tests).
"""
from __future__ import annotations

import sys
from typing import Sequence

from gum_report import SECTIONS, run


def main(argv: Sequence[str] | None = None) -> int:
    """Print every gum_dev figure."""
    return run(argv, description=__doc__.splitlines()[0], sections=tuple(SECTIONS), passed=lambda figures, args: True)


if __name__ == "__main__":
    sys.exit(main())
