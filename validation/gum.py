"""One reader of ``gum_dev`` for every GUM validation script: the documents, one analysis run, spans aligned.

``gum_dev`` (``../shared/corpora/gum_dev``, see its README) holds 84 English
documents of the GUM corpus with human sentence segmentation, person /
organisation / place mentions with coreference chains, and quotations. The
scripts ``validate_sentences.py``, ``validate_gum_mentions.py`` and
``validate_gum_quotes.py`` (and ``validate_gum.py``, all of them at once) read
it through :func:`analysed_gum`, which

1. reads ``gum_dev.jsonl`` (a bad line is an error naming it);
2. loads the same file with the public :func:`analysis.load_corpus` and runs
   :func:`analysis.analyze` on it (steps ``actors`` and ``quotes``, no cache,
   any further step options passed through), exactly as a user would;
3. places each article's text inside its GUM text. The loader sets a
   Wikinews interview's headline and date line apart as story furniture (14
   documents), so the analysed text is a suffix of GUM's text; gold spans
   that start before it are outside the analysis and are not scored
   (:attr:`GumDocument.offset`; their number is reported as ``outside``).

Offsets of the analysis tables are shifted into GUM's text, so gold and
predicted spans compare directly.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

import pandas as pd

from analysis import analyze, load_corpus
from analysis.paths import SHARED_CORPUS

GUM = SHARED_CORPUS.parent / "gum_dev" / "gum_dev.jsonl"
REQUIRED_KEYS = frozenset({"doc", "text", "sentences", "paragraphs", "entities", "quotes"})
STEPS = ("actors", "quotes")
TABLES = ("sentences", "mentions", "quotes")
MENTION_COLUMNS = ("start", "end", "actor_type", "actor_id", "how")
QUOTE_COLUMNS = ("start", "end", "kind")


@dataclass(frozen=True)
class GumDocument:
    """One GUM document with the analysis tables of its text, offsets in GUM's text.

    ``offset`` is where the analysed text starts in ``gold["text"]`` (0 unless
    the loader set a headline apart); gold spans starting before it are not scored.
    """

    gold: Mapping[str, Any]
    offset: int
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    quotes: pd.DataFrame

    @property
    def name(self) -> str:
        """GUM's document name, e.g. ``GUM_interview_ants``."""
        return str(self.gold["doc"])

    @property
    def genre(self) -> str:
        """GUM's genre: the second part of the name (interview, bio, academic, voyage, court)."""
        return genre_of(self.name)

    def analysed(self, start: int) -> bool:
        """Whether a gold span starting at ``start`` lies in the analysed text."""
        return start >= self.offset


def genre_of(name: str) -> str:
    """The genre in a GUM document name (``GUM_<genre>_<title>``); the name itself when it has no such part."""
    parts = name.split("_")
    return parts[1] if len(parts) > 2 else name


def read_gum(path: Path) -> list[dict]:
    """GUM documents, one JSON object a line; a bad line is an error naming the file, line and what was expected."""
    documents = []
    with open(path, encoding="utf-8") as stream:
        for line_number, line in enumerate(stream, start=1):
            try:
                document = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}: line {line_number}: not JSON ({error.msg})") from error
            missing = REQUIRED_KEYS - set(document) if isinstance(document, dict) else REQUIRED_KEYS
            if missing:
                raise ValueError(f"{path}: line {line_number}: expected keys {', '.join(sorted(REQUIRED_KEYS))}; "
                                 f"missing {', '.join(sorted(missing))}")
            documents.append(document)
    return documents


def analysed_gum(path: Path = GUM, **options: Any) -> list[GumDocument]:
    """Every document of ``path`` with its analysis (``analyze`` over ``load_corpus(path)``), in file order.

    ``options`` are step options for :func:`analysis.analyze` (e.g. another
    actor dictionary). Raises ValueError naming the document when the loader
    rejected a record or changed its text beyond setting a headline apart.
    """
    documents = read_gum(path)
    corpus = load_corpus(path)
    if len(corpus.rejects):
        first = corpus.rejects.iloc[0].to_dict()
        raise ValueError(f"{path}: the loader rejected {len(corpus.rejects)} record(s), first: {first}")
    result = analyze(corpus, steps=list(STEPS), cache=False, **options)
    by_doc = {name: dict(iter(result.tables[name].groupby("doc_id", sort=False))) for name in TABLES}
    aligned = []
    for article in sorted(corpus.articles.to_dict("records"), key=lambda row: int(row["record"])):
        record = documents[int(article["record"]) - 1]  # the loader numbers JSON Lines records from 1
        offset = _offset_in(record, str(article["text"]), path)
        tables = {name: _shifted(frames.get(article["doc_id"], result.tables[name].iloc[:0]), offset)
                  for name, frames in by_doc.items()}
        aligned.append(GumDocument(gold=record, offset=offset, **tables))
    if len(aligned) != len(documents):
        raise ValueError(f"{path}: {len(documents)} documents read but {len(aligned)} articles loaded")
    return aligned


def _offset_in(record: Mapping[str, Any], article_text: str, path: Path) -> int:
    """Where the analysed ``article_text`` starts in the GUM text: it must be a suffix of it."""
    text = record["text"]
    if not article_text or not text.endswith(article_text):
        raise ValueError(f"{path}: document {record['doc']}: the loaded article's text is not the end of GUM's text "
                         f"({len(article_text)} of {len(text)} characters); offsets cannot be aligned")
    return len(text) - len(article_text)


def _shifted(frame: pd.DataFrame, offset: int) -> pd.DataFrame:
    """``frame`` with start/end moved by ``offset`` (into GUM's text), in text order."""
    frame = frame.sort_values(["start", "end"], kind="stable").reset_index(drop=True)
    if offset:
        frame = frame.assign(start=frame["start"] + offset, end=frame["end"] + offset)
    return frame


def documents_from(records: Sequence[Mapping[str, Any]], *, sentences: Sequence[Sequence[tuple[int, int]]] = (),
                   mentions: Sequence[pd.DataFrame] = (), quotes: Sequence[pd.DataFrame] = ()) -> list[GumDocument]:
    """GumDocuments from records and ready-made tables (offset 0; a table not given is empty): for scoring
    hand-made cases without running the analysis."""
    def table(given: Sequence[pd.DataFrame], index: int, columns: Sequence[str]) -> pd.DataFrame:
        return given[index] if index < len(given) else pd.DataFrame({column: [] for column in columns})

    return [
        GumDocument(
            gold=record, offset=0,
            sentences=pd.DataFrame(list(sentences[index]) if index < len(sentences) else [],
                                   columns=["start", "end"]),
            mentions=table(mentions, index, MENTION_COLUMNS),
            quotes=table(quotes, index, QUOTE_COLUMNS),
        )
        for index, record in enumerate(records)
    ]
