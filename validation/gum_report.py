"""The command line shared by the GUM validation scripts: arguments, one analysis run, figures printed or as JSON.

Every script takes ``--gum PATH`` (default: the shared copy), ``--json``
(print the figures as one JSON object instead of text: the keys of
:data:`SECTIONS` it scores, plus ``gum`` with the file, document count, genres
and options) and ``--option KEY=VALUE`` (a step option for ``analyze``, the
value read as YAML, e.g. ``--option fold_metonyms=false``; repeatable).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

import yaml

from gum import GUM, GumDocument, analysed_gum
from gum_scores import actor_id_figures, corpus_id_figures, genre_sizes, mention_figures, quote_figures, score_line, sentence_figures
from gum_speakers import speaker_figures, speaker_line

SECTIONS: dict[str, Callable[[Sequence[GumDocument]], dict[str, Any]]] = {
    "sentences": sentence_figures,
    "mentions": mention_figures,
    "actor_ids": actor_id_figures,
    "corpus_ids": corpus_id_figures,
    "quotes": quote_figures,
    "speakers": speaker_figures,
}


def parser_for(description: str) -> argparse.ArgumentParser:
    """The arguments every GUM script takes (add a ``--floor`` of your own)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--gum", type=Path, default=GUM, help="gum_dev.jsonl (default: the shared copy)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--option", action="append", default=[], metavar="KEY=VALUE",
                        help="a step option for analyze (value read as YAML); repeatable")
    return parser


def parse_options(pairs: Sequence[str]) -> dict[str, Any]:
    """``KEY=VALUE`` strings as analyze options; a pair without ``=`` is an error naming it."""
    options = {}
    for pair in pairs:
        key, equals, value = pair.partition("=")
        if not equals or not key.strip():
            raise SystemExit(f"--option {pair!r}: expected KEY=VALUE")
        options[key.strip()] = yaml.safe_load(value)
    return options


def gum_figures(path: Path = GUM, sections: Sequence[str] = tuple(SECTIONS), **options: Any) -> dict[str, Any]:
    """The named sections' figures from one analysis of ``path``, with what was scored under ``gum``."""
    return figures_of(analysed_gum(path, **options), path, sections, options)


def figures_of(documents: Sequence[GumDocument], path: Path, sections: Sequence[str],
               options: Mapping[str, Any]) -> dict[str, Any]:
    """The named sections' figures of analysed ``documents`` (read from ``path`` with ``options``)."""
    figures: dict[str, Any] = {"gum": {"file": path.name, "documents": len(documents),
                                       "genres": genre_sizes(documents), "options": dict(options)}}
    for section in sections:
        figures[section] = SECTIONS[section](documents)
    return figures


def run(argv: Sequence[str] | None, *, description: str, sections: Sequence[str],
        passed: Callable[[Mapping[str, Any], argparse.Namespace], bool],
        add_arguments: Callable[[argparse.ArgumentParser], None] = lambda parser: None,
        listing: Callable[[Sequence[GumDocument], argparse.Namespace], None] = lambda documents, args: None) -> int:
    """A script's main: 2 when the file is missing, else print the figures (then whatever ``listing`` prints of
    the analysed documents) and return 0 if ``passed`` else 1."""
    parser = parser_for(description)
    add_arguments(parser)
    args = parser.parse_args(argv)
    if not args.gum.is_file():
        print(f"{args.gum}: not found; the GUM development set lives in ../shared/corpora/gum_dev", file=sys.stderr)
        return 2
    options = parse_options(args.option)
    documents = analysed_gum(args.gum, **options)
    figures = figures_of(documents, args.gum, sections, options)
    if args.json:
        print(json.dumps(figures, indent=1))
    else:
        print_figures(figures)
    listing(documents, args)
    return 0 if passed(figures, args) else 1


def print_figures(figures: Mapping[str, Any]) -> None:
    """The figures as text, section by section."""
    about = figures["gum"]
    genres = ", ".join(f"{genre} {count}" for genre, count in about["genres"].items())
    print(f"GUM dev ({about['file']}): {about['documents']} documents ({genres}), annotated by GUM's annotators")
    for section in SECTIONS:
        if section in figures:
            PRINTERS[section](figures[section])


def _print_by_genre(title: str, by_genre: Mapping[str, Mapping[str, Any]]) -> None:
    print(f" {title}")
    for genre, score in by_genre.items():
        print(score_line(genre, score))


def _print_sentences(figures: Mapping[str, Any]) -> None:
    print(f"Sentence boundaries inside paragraphs ({figures['sentences']} gold sentences):")
    print(score_line("overall", figures["overall"]))
    _print_by_genre("by genre:", figures["by_genre"])
    print(f"  sentences reproduced exactly: {figures['exact']}/{figures['sentences']} = {figures['exact_share']:.3f}")


def _print_mentions(figures: Mapping[str, Any]) -> None:
    print(f"Named mentions (head PROPN; {figures['outside']} in headlines set apart by the loader not scored):")
    for label in ("typed", "untyped"):
        print(f" {label} (strict precision, unjudged counted as errors: {figures[label]['strict_precision']:.3f}):")
        print(score_line("overall", figures[label]["overall"]))
        if label == "typed":
            for kind, score in figures[label]["by_type"].items():
                print(score_line(kind, score))
        _print_by_genre(f"{label}, by genre:", figures[label]["by_genre"])
    alarms = ", ".join(f"{how} {n}" for how, n in figures["typed"]["false_alarms_by_how"].items())
    print(f" typed false alarms by how: {alarms}")


def _print_actor_ids(figures: Mapping[str, Any]) -> None:
    print(f"Actor ids against GUM coreference chains ({figures['mentions']} matched named mentions):")
    print(score_line("pairwise", figures["pairwise"]))
    bcubed = figures["bcubed"]
    print(f"  {'B-cubed':<14} P {bcubed['precision']:.3f}  R {bcubed['recall']:.3f}  F1 {bcubed['f1']:.3f}")


def _print_corpus_ids(figures: Mapping[str, Any]) -> None:
    print(f"Actor ids across documents against GUM's Wikipedia links ({figures['mentions']} linked mentions of "
          f"{figures['titles']} entities in {figures['documents']} documents; {figures['split']} entities split "
          f"over several ids, {figures['merged']} ids holding several entities):")
    print(score_line("pairwise", figures["pairwise"]))
    print(score_line("across docs", figures["across_documents"]))
    bcubed = figures["bcubed"]
    print(f"  {'B-cubed':<14} P {bcubed['precision']:.3f}  R {bcubed['recall']:.3f}  F1 {bcubed['f1']:.3f}")


def _print_quotes(figures: Mapping[str, Any]) -> None:
    print(f"Quote detection (GUM tag 'quote'; predictions on 'q' scare quotes not judged; "
          f"strict precision {figures['strict_precision']:.3f}):")
    print(score_line("overall", figures["overall"]))
    _print_by_genre("by genre:", figures["by_genre"])


def _print_speakers(figures: Mapping[str, Any]) -> None:
    print("Quote speakers against GUM coreference chains (quotes whose source phrase is a GUM mention):")
    print(speaker_line("overall", figures["overall"]))
    for title, section in (("by quote kind:", "by_kind"), ("by source form:", "by_source_form"),
                           ("by genre:", "by_genre")):
        print(f" {title}")
        for label, values in figures[section].items():
            print(speaker_line(label, values))


PRINTERS: dict[str, Callable[[Mapping[str, Any]], None]] = {
    "sentences": _print_sentences, "mentions": _print_mentions, "actor_ids": _print_actor_ids, "corpus_ids": _print_corpus_ids,
    "quotes": _print_quotes,
    "speakers": _print_speakers,
}
