"""Precision and recall of actor mentions on hand-annotated Wikinews paragraphs.

The fixture ``tests/fixtures/mentions/wikinews_paragraphs.yaml`` (format and
annotation guidelines in the README beside it) lists the person, country and
organisation mentions of 46 paragraphs, the development set the finder was
tuned on; ``regression_paragraphs.yaml`` holds 16 more, annotated afterwards
(and tuned on in the commit that added them); ``tests/fixtures/regression_news/mentions.yaml`` and
``postfix_mentions.yaml`` annotate every paragraph of twenty-one wire and
newspaper stories (not Wikinews; paragraphs given by file and line, README
beside them). This script runs :func:`analysis.actors.step.find_mentions` with
the shipped dictionary on each paragraph and prints precision, recall and F1
per type and overall, for each fixture. All of them were written by the project
and tuned on, so they are regression sets; ``validation/validate_gum_mentions.py``
scores named mentions on data annotated by others (gum_dev).

By default the finder reads the whole source article, as the analysis
pipeline does, and only the mentions inside the annotated paragraph are
scored (``--context article``; a lone surname can then link to the full name
given in an earlier paragraph). ``--context paragraph`` runs the finder on the
paragraph alone; it is also what runs when the shared corpus is absent.

A predicted mention matches a gold mention of the same type when their spans
overlap (each gold mention matched at most once, in text order); the strict
figures require the same span, a leading "the" aside. Types are mapped onto
the annotated ones: ``media`` counts as ``organization``; ``region`` and
``place`` are not scored. Role phrases linked to a person ("the head of
Russian diplomacy"), offices named as offices ("ran for Governor", ``how ==
"office"``) are not names and are left out of the scoring, and so are
places named inside a longer name (``how == "inner"``: "U.S." in "U.S. Senate"),
which the fixtures' guidelines do not annotate separately.

Usage (from the repository root)::

    python validation/validate_mentions.py [--context article|paragraph] [--actors DICT.yaml] [--details]
    python validation/validate_mentions.py --fixture tests/fixtures/mentions/regression_paragraphs.yaml
    python validation/validate_mentions.py --fixture tests/fixtures/regression_news/mentions.yaml

Exit status: 0 when overall lenient precision and recall reach ``--floor``
(default 0.80) on every fixture, 1 otherwise.
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import pandas as pd
import yaml

from analysis.actors.mention_types import INNER, OFFICE
from analysis.actors.step import find_mentions, get_dictionary
from analysis.paths import ROOT, SHARED_CORPUS

FIXTURE = ROOT / "tests" / "fixtures" / "mentions" / "wikinews_paragraphs.yaml"
SECOND_SET = ROOT / "tests" / "fixtures" / "mentions" / "regression_paragraphs.yaml"
REGRESSION_NEWS = ROOT / "tests" / "fixtures" / "regression_news" / "mentions.yaml"
TYPES = ("person", "country", "organization")
TYPE_MAP = {"person": "person", "country": "country", "organization": "organization", "media": "organization"}
FLOOR = 0.80
CONTEXTS = ("article", "paragraph")


@dataclass(frozen=True)
class Mention:
    """A typed span of a paragraph."""

    start: int
    end: int
    type: str
    surface: str


@dataclass(frozen=True)
class Paragraph:
    """An annotated paragraph: id, source url, text and gold mentions."""

    id: str
    source: str
    text: str
    gold: tuple[Mention, ...]
    article: str = ""
    article_text: str = ""


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass
class Scores:
    """Lenient and strict counts per type, plus the unmatched mentions for ``--details``."""

    lenient: dict[str, Counts]
    strict: dict[str, Counts]
    misses: list[tuple[str, Mention]]
    spurious: list[tuple[str, Mention]]

    def overall(self, *, strict: bool = False) -> Counts:
        counts = self.strict if strict else self.lenient
        total = Counts()
        for kind in TYPES:
            total = total + counts[kind]
        return total


def load_fixture(path: str | Path = FIXTURE) -> list[Paragraph]:
    """The annotated paragraphs; a gold surface not found in order is an error naming the paragraph."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("format") != 1 or not isinstance(data.get("paragraphs"), list):
        raise ValueError(f"{path}: expected 'format: 1' and a list of 'paragraphs'")
    return [_paragraph(item, path) for item in data["paragraphs"]]


def _paragraph(item: dict, path: str | Path) -> Paragraph:
    text, article_text = _paragraph_text(item, path)
    position, gold = 0, []
    for entry in item.get("gold") or []:
        kind, surface, occurrence = (*entry, 1) if len(entry) == 2 else entry
        if kind not in TYPES:
            raise ValueError(f"{path}: paragraph {item['id']}: type {kind!r} is not one of {TYPES}")
        found = None
        for _ in range(int(occurrence)):
            found = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)").search(text, position)
            if found is None:
                raise ValueError(f"{path}: paragraph {item['id']}: {surface!r} (occurrence {occurrence}) "
                                 f"not found after offset {position}")
            position = found.end()
        gold.append(Mention(found.start(), found.end(), kind, surface))
    return Paragraph(item["id"], item.get("source", ""), text, tuple(gold),
                     item.get("article", item.get("file", "")), article_text)


def _paragraph_text(item: dict, path: str | Path) -> tuple[str, str]:
    """The paragraph's text, and its whole article when given as ``file`` + ``paragraph``.

    ``file`` names a text file beside the fixture; ``paragraph`` is the 0-based
    index among its non-empty lines.
    """
    if "text" in item:
        return item["text"], ""
    if "file" not in item or not isinstance(item.get("paragraph"), int):
        raise ValueError(f"{path}: paragraph {item.get('id')!r}: expected 'text', or 'file' and 'paragraph' (an index)")
    article = (Path(path).parent / item["file"]).read_text(encoding="utf-8")
    lines = [line for line in article.split("\n") if line.strip()]
    if not 0 <= item["paragraph"] < len(lines):
        raise ValueError(f"{path}: paragraph {item['id']!r}: {item['file']} has {len(lines)} non-empty lines, "
                         f"no index {item['paragraph']}")
    return lines[item["paragraph"]], article


def article_texts(paragraphs: Sequence[Paragraph], corpus: Path = SHARED_CORPUS) -> dict[str, str]:
    """The full text of each paragraph's source article (``file.csv#row``), when the corpus is present."""
    texts: dict[str, str] = {}
    frames: dict[str, pd.DataFrame] = {}
    for paragraph in paragraphs:
        if paragraph.article_text:
            texts[paragraph.id] = paragraph.article_text
            continue
        name, _, row = paragraph.article.partition("#")
        path = corpus / name
        if not name or not row.isdigit() or not path.is_file():
            continue
        if name not in frames:
            frames[name] = pd.read_csv(path)
        text = str(frames[name]["text"].iloc[int(row)])
        if paragraph.text in text:
            texts[paragraph.id] = text
    return texts


UNSCORED_HOW = frozenset({"role", OFFICE, INNER})  # role phrases, offices as such, inner places: not annotated


def predict(paragraph: Paragraph, *, dictionary=None, article: str | None = None) -> list[Mention]:
    """The finder's scored mentions in the paragraph: persons, countries, organisations (roles and places inside
    longer names left out).

    With ``article`` (the paragraph's source text), the finder reads the whole
    article and the mentions inside the paragraph are kept, offsets shifted.
    """
    text, offset = (article, article.index(paragraph.text)) if article else (paragraph.text, 0)
    mentions = find_mentions(text, dictionary=dictionary)
    end = offset + len(paragraph.text)
    return [
        Mention(int(row.start) - offset, int(row.end) - offset, TYPE_MAP[row.actor_type], row.surface)
        for row in mentions.itertuples()
        if row.actor_type in TYPE_MAP and row.how not in UNSCORED_HOW and offset <= row.start and row.end <= end
    ]


def _strip_article(mention: Mention, text: str) -> tuple[int, int]:
    start = mention.start + 4 if text[mention.start:mention.start + 4].lower() == "the " else mention.start
    return start, mention.end


def _match(gold: Sequence[Mention], predicted: Sequence[Mention], text: str, *, strict: bool) -> tuple[set[int], set[int]]:
    """Indices of matched gold and predicted mentions (same type; overlap, or same span when strict)."""
    matched_gold: set[int] = set()
    matched_pred: set[int] = set()
    for p_index, pred in enumerate(predicted):
        for g_index, true in enumerate(gold):
            if g_index in matched_gold or true.type != pred.type:
                continue
            if strict:
                ok = _strip_article(true, text) == _strip_article(pred, text)
            else:
                ok = pred.start < true.end and true.start < pred.end
            if ok:
                matched_gold.add(g_index)
                matched_pred.add(p_index)
                break
    return matched_gold, matched_pred


def score(paragraphs: Sequence[Paragraph], *, dictionary=None, articles: dict[str, str] | None = None) -> Scores:
    """Lenient and strict counts per type over all paragraphs (read within ``articles`` when given)."""
    dictionary = get_dictionary(dictionary)
    articles = articles or {}
    lenient = {kind: Counts() for kind in TYPES}
    strict = {kind: Counts() for kind in TYPES}
    misses: list[tuple[str, Mention]] = []
    spurious: list[tuple[str, Mention]] = []
    for paragraph in paragraphs:
        predicted = predict(paragraph, dictionary=dictionary, article=articles.get(paragraph.id))
        for counts, is_strict in ((lenient, False), (strict, True)):
            matched_gold, matched_pred = _match(paragraph.gold, predicted, paragraph.text, strict=is_strict)
            for kind in TYPES:
                tp = sum(1 for i in matched_gold if paragraph.gold[i].type == kind)
                fn = sum(1 for i, m in enumerate(paragraph.gold) if m.type == kind and i not in matched_gold)
                fp = sum(1 for i, m in enumerate(predicted) if m.type == kind and i not in matched_pred)
                counts[kind] = counts[kind] + Counts(tp, fp, fn)
            if not is_strict:
                misses += [(paragraph.id, m) for i, m in enumerate(paragraph.gold) if i not in matched_gold]
                spurious += [(paragraph.id, m) for i, m in enumerate(predicted) if i not in matched_pred]
    return Scores(lenient, strict, misses, spurious)


def report(scores: Scores, *, details: bool = False) -> str:
    """A printable table of precision, recall and F1."""
    lines = [f"{'type':<14}{'gold':>6}{'found':>7}{'P':>8}{'R':>8}{'F1':>8}   strict P / R"]
    for kind in (*TYPES, "overall"):
        counts = scores.overall() if kind == "overall" else scores.lenient[kind]
        exact = scores.overall(strict=True) if kind == "overall" else scores.strict[kind]
        lines.append(
            f"{kind:<14}{counts.tp + counts.fn:>6}{counts.tp + counts.fp:>7}{counts.precision:>8.3f}"
            f"{counts.recall:>8.3f}{counts.f1:>8.3f}   {exact.precision:.3f} / {exact.recall:.3f}"
        )
    if details:
        lines.append("\nmissed (gold not found):")
        lines += [f"  {pid}: {m.type:<13} {m.surface!r}" for pid, m in scores.misses]
        lines.append("\nspurious (found, not gold):")
        lines += [f"  {pid}: {m.type:<13} {m.surface!r}" for pid, m in scores.spurious]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fixture", nargs="+", default=[str(FIXTURE), str(SECOND_SET)],
                        help="annotated paragraphs (YAML); default: the development and the second regression set")
    parser.add_argument("--context", choices=CONTEXTS, default="article",
                        help="read each paragraph within its source article (default) or alone")
    parser.add_argument("--actors", default=None, help="a user actor dictionary merged over the default")
    parser.add_argument("--details", action="store_true", help="list missed and spurious mentions")
    parser.add_argument("--floor", type=float, default=FLOOR, help="exit 1 below this overall P or R")
    args = parser.parse_args(argv)
    passed = True
    for fixture in args.fixture:
        paragraphs = load_fixture(fixture)
        articles = article_texts(paragraphs) if args.context == "article" else {}
        if args.context == "article" and len(articles) < len(paragraphs):
            print(f"note: {len(paragraphs) - len(articles)} paragraph(s) read alone (source article not found "
                  f"under {SHARED_CORPUS})")
        scores = score(paragraphs, dictionary=args.actors, articles=articles)
        print(f"{len(paragraphs)} paragraphs, {sum(len(p.gold) for p in paragraphs)} gold mentions, "
              f"context: {args.context} ({Path(fixture).name})")
        print(report(scores, details=args.details) + "\n")
        overall = scores.overall()
        passed = passed and overall.precision >= args.floor and overall.recall >= args.floor
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
