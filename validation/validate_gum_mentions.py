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

    python validation/validate_gum_mentions.py [--gum PATH] [--json] [--list] [--option KEY=VALUE ...]

``--list`` prints, after the figures, one tab-separated line per actor-id error, for reading the errors rather
than counting them: ``MERGE`` (one actor id over several GUM chains of a document: "the Netherlands" and
"Netherlands" of two chains, or two persons under one id), ``SPLIT`` (one chain over several ids), and across
the corpus against the Wikipedia links ``CORPUS-MERGE`` (one id over several titles: "Cambridge" of England and
of Massachusetts) and ``CORPUS-SPLIT`` (one title over several ids); then the genre, the document (empty across
the corpus), the id or the chain or title, and each side's mention texts with their counts
(``chain 12: Bos, Nick Bos | chain 18: Bos``).

Exit status: 0 when typed overall precision and recall reach ``--floor``
(default 0.45), 1 otherwise, 2 when the GUM file is missing.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from typing import Iterable, Iterator, Sequence

from gum import GumDocument
from gum_report import run
from gum_scores import matched_mentions

FLOOR = 0.45


def main(argv: Sequence[str] | None = None) -> int:
    """Print named-mention and actor-id figures on GUM dev (and with ``--list`` the actor-id errors)."""
    return run(
        argv, description=__doc__.splitlines()[0], sections=("mentions", "actor_ids"),
        add_arguments=_add_arguments,
        listing=lambda documents, args: print(*id_error_lines(documents), sep="\n") if args.list else None,
        passed=lambda figures, args: min(figures["mentions"]["typed"]["overall"]["precision"],
                                         figures["mentions"]["typed"]["overall"]["recall"]) >= args.floor,
    )


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--floor", type=float, default=FLOOR, help="minimum typed overall precision and recall")
    parser.add_argument("--list", action="store_true",
                        help="list each wrong merge and split of actor ids, in documents and across them")


Member = tuple[str, str, str]  # (what a mention is grouped by: a chain, an id or a title; what it is judged by; its text)


def id_error_lines(documents: Sequence[GumDocument]) -> Iterator[str]:
    """One tab-separated line per actor id over several GUM chains of a document, per chain over several ids,
    and across the corpus per id over several Wikipedia titles and per title over several ids."""
    for document in documents:
        text = str(document.gold["text"])
        chains = [(f"chain {entity['eid']}", prediction.actor_id, text[prediction.start:prediction.end])
                  for entity, prediction in matched_mentions(document)]
        yield from _errors(chains, "MERGE", "SPLIT", document.genre, document.name)
    titles = [(entity["wikipedia"], prediction.actor_id, str(document.gold["text"])[prediction.start:prediction.end])
              for document in documents for entity, prediction in matched_mentions(document) if entity.get("wikipedia")]
    yield from _errors(titles, "CORPUS-MERGE", "CORPUS-SPLIT", "", "")


def _errors(members: Sequence[Member], merge: str, split: str, genre: str, name: str) -> Iterator[str]:
    """The merge lines (an id over several golds) then the split lines (a gold over several ids) of ``members``."""
    for what, key, other in ((merge, 1, 0), (split, 0, 1)):
        grouped: dict[str, list[Member]] = defaultdict(list)
        for member in members:
            grouped[member[key]].append(member)
        for value, group in grouped.items():
            if len({member[other] for member in group}) > 1:
                yield "\t".join((what, genre, name, value, _sides(group, other)))


def _sides(group: Iterable[Member], other: int) -> str:
    """The texts of ``group`` on each side (``other``: the column telling the sides apart), with their counts."""
    sides: dict[str, Counter] = defaultdict(Counter)
    for member in group:
        sides[member[other]][member[2]] += 1
    return " | ".join(f"{side}: " + ", ".join(text + (f" x{n}" if n > 1 else "") for text, n in texts.items())
                      for side, texts in sides.items())


if __name__ == "__main__":
    sys.exit(main())
