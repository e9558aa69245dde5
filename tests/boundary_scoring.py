"""Gold sentence fixtures and their scoring, shared by tests/test_text.py and tests/test_regression_wire.py.

Formats: tests/fixtures/sentences/README.md (gold sentences) and tests/fixtures/regression_wire/README.md
(the same, plus tagged non-body lines and expected loader fields). Run as a script to print the wire regression report:
``.venv/bin/python tests/boundary_scoring.py``.
"""
from __future__ import annotations

import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.text.normalization import normalize
from analysis.text.paragraphs import paragraph_spans
from analysis.text.sentences import split_sentences

REGRESSION_WIRE = Path(__file__).parent / "fixtures" / "regression_wire"
TAGS = ("title", "byline", "meta", "extra")
FIELD_LINE = re.compile(r"#\s*([a-z_]+):(.*)$")
TAG_LINE = re.compile(r"@([a-z]+) (.*)$")
DATELINE_FIELDS = ("place", "date_text", "source")
OTHER_FIELDS = ("date", "title", "byline")

Span = tuple[int, int]
Splitter = Callable[[str], list[Span]]


# --------------------------------------------------------------------------- the gold format


@dataclass(frozen=True)
class GoldDoc:
    """A rebuilt fixture text with its gold sentence spans, one tag per sentence ("" = body) and header fields."""

    style: str
    text: str
    gold: list[Span]
    tags: tuple[str, ...] = ()
    fields: dict[str, str] = field(default_factory=dict)
    separator: str = "\n"


def load_gold(path: Path) -> GoldDoc:
    """Rebuild a fixture's text and gold spans; ``@tag`` prefixes are dropped from the text and kept in ``tags``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    fields = {m[1]: m[2].strip() for m in (FIELD_LINE.match(line) for line in lines) if m}
    separator = "\n\n" if fields.get("separator") == "blank" else "\n"
    paragraphs: list[list[tuple[str, str]]] = [[]]
    for number, line in enumerate(lines, 1):
        if line.startswith("#"):
            continue
        if not line.strip():
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        assert line == line.strip(), f"{path.name} line {number}: sentence has surrounding spaces"
        tag, sentence = _split_tag(line, where=f"{path.name} line {number}")
        if paragraphs[-1]:
            assert paragraphs[-1][0][0] == tag, f"{path.name} line {number}: a paragraph mixes tags"
        paragraphs[-1].append((tag, sentence))
    text, gold, tags = "", [], []
    for paragraph in (p for p in paragraphs if p):
        if text:
            text += separator
        for i, (tag, sentence) in enumerate(paragraph):
            if i:
                text += " "
            gold.append((len(text), len(text) + len(sentence)))
            tags.append(tag)
            text += sentence
    return GoldDoc(path.stem, text, gold, tuple(tags), fields, separator)


def _split_tag(line: str, *, where: str) -> tuple[str, str]:
    match = TAG_LINE.match(line)
    if not match:
        return "", line
    assert match[1] in TAGS, f"{where}: unknown tag @{match[1]}; expected one of {TAGS}"
    return match[1], match[2]


# --------------------------------------------------------------------------- boundary scoring


def f1_score(tp: int, n_pred: int, n_gold: int) -> float:
    """Harmonic mean of precision tp/n_pred and recall tp/n_gold (1.0 when both are empty)."""
    return 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 1.0


def boundary_errors(doc: GoldDoc, *, splitter: Splitter = split_sentences) -> tuple[int, list[str], list[str]]:
    """(true positives, missed boundaries, spurious boundaries) of ``splitter`` on the whole text, with context."""
    predicted = {end for _, end in splitter(doc.text)}
    return _compare(doc.text, {end for _, end in doc.gold}, predicted)


def _paragraph_hits(text: str, gold: set[int], predicted: set[int]) -> int:
    """Found boundaries that are paragraph ends (free for any splitter that honours line breaks)."""
    return len({end for _, end in paragraph_spans(text)} & gold & predicted)


def _compare(text: str, gold: set[int], predicted: set[int]) -> tuple[int, list[str], list[str]]:
    def context(offset: int) -> str:
        return f"{text[max(0, offset - 40):offset]!r} | {text[offset:offset + 30]!r}"

    missed = [context(o) for o in sorted(gold - predicted)]
    spurious = [context(o) for o in sorted(predicted - gold)]
    return len(gold & predicted), missed, spurious


@dataclass
class Tally:
    """Boundary counts summed over documents, with error lines labelled by document."""

    tp: int = 0
    n_gold: int = 0
    n_pred: int = 0
    n_paragraph_ends: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, label: str, hits: int, missed: Sequence[str], spurious: Sequence[str], *, paragraph_ends: int = 0) -> None:
        self.tp += hits
        self.n_gold += hits + len(missed)
        self.n_pred += hits + len(spurious)
        self.n_paragraph_ends += paragraph_ends
        self.errors += [f"[{label}] missed break: {c}" for c in missed]
        self.errors += [f"[{label}] false break: {c}" for c in spurious]

    @property
    def f1(self) -> float:
        return f1_score(self.tp, self.n_pred, self.n_gold)

    @property
    def inner_f1(self) -> float:
        """F1 without paragraph ends, which line breaks give away."""
        k = self.n_paragraph_ends
        return f1_score(self.tp - k, self.n_pred - k, self.n_gold - k)


def _merge(a: Tally, b: Tally) -> Tally:
    return Tally(a.tp + b.tp, a.n_gold + b.n_gold, a.n_pred + b.n_pred, a.n_paragraph_ends + b.n_paragraph_ends,
                 a.errors + b.errors)


def score_fixtures(docs: Iterable[GoldDoc], *, splitter: Splitter = split_sentences) -> Tally:
    """Boundary tally of ``splitter`` over whole fixture texts (every line, tagged or not, is a gold sentence)."""
    tally = Tally()
    for doc in docs:
        predicted = {end for _, end in splitter(doc.text)}
        gold = {end for _, end in doc.gold}
        hits, missed, spurious = _compare(doc.text, gold, predicted)
        tally.add(doc.style, hits, missed, spurious, paragraph_ends=_paragraph_hits(doc.text, gold, predicted))
    return tally


# --------------------------------------------------------------------------- the wire regression set


@dataclass(frozen=True)
class WireStory:
    """A wire story of the regression set: its raw file text, expected fields and expected body paragraphs."""

    doc: GoldDoc
    expected: dict[str, tuple[str, ...]]
    body: list[list[str]]
    extras: list[str]

    @property
    def name(self) -> str:
        return self.doc.style


def load_wire(folder: Path = REGRESSION_WIRE) -> list[WireStory]:
    """Every ``*.txt`` gold story of a wire regression folder, in name order."""
    return [wire_story(load_gold(path)) for path in sorted(folder.glob("*.txt"))]


def wire_story(doc: GoldDoc) -> WireStory:
    """Expected fields (alternatives split on ``|``; empty = missing) and body (untagged paragraphs, dateline cut)."""
    expected = {name: _alternatives(doc.fields.get(name, "")) for name in DATELINE_FIELDS + OTHER_FIELDS}
    titles = [doc.text[s:e] for (s, e), tag in zip(doc.gold, doc.tags) if tag == "title"]
    expected["title"] = tuple(titles[:1])
    paragraphs = _tagged_paragraphs(doc)
    body = [sentences for tag, sentences in paragraphs if tag == ""]
    extras = [" ".join(sentences) for tag, sentences in paragraphs if tag == "extra"]
    dateline = doc.fields.get("dateline", "")
    if dateline:
        first = body[0][0]
        assert first.startswith(dateline), f"{doc.style}: first body line does not start with {dateline!r}"
        rest = first[len(dateline):].strip()
        body[0] = ([rest] if rest else []) + body[0][1:]
        body = [p for p in body if p]
    return WireStory(doc, expected, body, extras)


def _alternatives(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def _tagged_paragraphs(doc: GoldDoc) -> list[tuple[str, list[str]]]:
    paragraphs: list[tuple[str, list[str]]] = []
    previous_end = None
    for (start, end), tag in zip(doc.gold, doc.tags):
        between = doc.text[previous_end:start] if previous_end is not None else "\n"
        if "\n" in between:
            paragraphs.append((tag, []))
        paragraphs[-1][1].append(doc.text[start:end])
        previous_end = end
    return paragraphs


def _same(value: object, alternatives: tuple[str, ...]) -> bool:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return not alternatives
    if isinstance(value, pd.Timestamp):
        value = value.strftime("%Y-%m-%d")
    text = " ".join(normalize(str(value)).split()).casefold()
    if not text:
        return not alternatives
    return any(text == " ".join(normalize(a).split()).casefold() for a in alternatives)


@dataclass
class WireReport:
    """Field hits per column, body exactness and boundary tallies on the loaded body and on the raw file."""

    n: int = 0
    field_hits: dict[str, int] = field(default_factory=dict)
    body_exact: int = 0
    body: Tally = field(default_factory=Tally)
    raw: Tally = field(default_factory=Tally)
    errors: list[str] = field(default_factory=list)

    def accuracy(self, name: str) -> float:
        return self.field_hits.get(name, 0) / self.n if self.n else 1.0

    @property
    def dateline_accuracy(self) -> float:
        """Share of correct (story, field) pairs over place, date_text and source."""
        return sum(self.field_hits.get(f, 0) for f in DATELINE_FIELDS) / (len(DATELINE_FIELDS) * self.n)

    def summary(self) -> str:
        fields = ", ".join(f"{name} {self.accuracy(name):.2f}" for name in DATELINE_FIELDS + OTHER_FIELDS)
        return (
            f"{self.n} stories; dateline fields {self.dateline_accuracy:.3f} ({fields}); "
            f"body exact {self.body_exact}/{self.n}; body boundary F1 {self.body.f1:.3f} "
            f"(inside paragraphs {self.body.inner_f1:.3f}, {self.body.n_gold} gold); "
            f"raw-file boundary F1 {self.raw.f1:.3f} (inside paragraphs {self.raw.inner_f1:.3f}, {self.raw.n_gold} gold)"
        )


def write_stories(stories: Sequence[WireStory], folder: Path) -> None:
    """Write each story's raw text as ``<name>.txt`` (the input a user would have)."""
    for story in stories:
        (folder / f"{story.name}.txt").write_text(story.doc.text + "\n", encoding="utf-8")


def score_wire(stories: Sequence[WireStory], articles: pd.DataFrame, *, splitter: Splitter = split_sentences) -> WireReport:
    """Score loaded ``articles`` (one per story, matched by path) against the stories' gold."""
    report = WireReport()
    by_path = {Path(str(p)).stem: row for p, (_, row) in zip(articles["path"], articles.iterrows())}
    for story in stories:
        report.n += 1
        row = by_path.get(story.name)
        if row is None:
            report.errors.append(f"[{story.name}] not loaded as an article")
            report.body.add(story.name, 0, [""] * sum(map(len, story.body)), [])
            continue
        for name in DATELINE_FIELDS + OTHER_FIELDS:
            value = row.get(name)
            if _same(value, story.expected[name]):
                report.field_hits[name] = report.field_hits.get(name, 0) + 1
            else:
                report.errors.append(f"[{story.name}] {name}: got {value!r}, expected {story.expected[name]!r}")
        _score_body(story, str(row["text"]), report, splitter=splitter)
        report.raw = _merge(report.raw, score_fixtures([story.doc], splitter=splitter))
    return report


def _score_body(story: WireStory, text: str, report: WireReport, *, splitter: Splitter) -> None:
    """Align gold body sentences in the loaded text in order; boundaries inside optional extras are not counted."""
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    kept = [p for p in paragraphs if p not in story.extras]
    expected = [" ".join(p) for p in story.body]
    if kept == expected:
        report.body_exact += 1
    else:
        at = next((i for i, (a, b) in enumerate(zip(kept, expected)) if a != b), min(len(kept), len(expected)))
        got, want = kept[at:at + 1], expected[at:at + 1]
        report.errors.append(f"[{story.name}] body paragraph {at}: got {got!r}, expected {want!r}")
    gold: set[int] = set()
    missing: list[str] = []
    cursor = 0
    for sentence in (s for p in story.body for s in p):
        at = text.find(sentence, cursor)
        if at < 0:
            missing.append(f"(not in body) {sentence[:50]!r}")
            continue
        cursor = at + len(sentence)
        gold.add(cursor)
    optional = [(at, at + len(extra)) for extra in story.extras if (at := text.find(extra)) >= 0]
    predicted = {e for _, e in splitter(text) if not any(s < e <= x for s, x in optional)}
    hits, missed, spurious = _compare(text, gold, predicted)
    report.body.add(story.name, hits, missed + missing, spurious, paragraph_ends=_paragraph_hits(text, gold, predicted))


def run_wire(folder: Path = REGRESSION_WIRE, **load_options: object) -> WireReport:
    """Load the wire stories from a temporary folder with ``load_corpus`` and score them."""
    from analysis.corpus.loading import load_corpus

    stories = load_wire(folder)
    with tempfile.TemporaryDirectory() as tmp:
        write_stories(stories, Path(tmp))
        corpus = load_corpus(tmp, **load_options)
    return score_wire(stories, corpus.articles)


if __name__ == "__main__":
    result = run_wire()
    print(result.summary())
    if "-v" in sys.argv:
        print(*result.errors, *result.body.errors, *result.raw.errors, sep="\n")
