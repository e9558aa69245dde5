"""What a load produces: the :class:`Corpus` tables and the events that fill them.

The loader (:mod:`analysis.corpus.loading`) turns each file and record into
events: an :class:`Article` (a row of the articles table), a :class:`Reject`
(input that could not become an article, with a reason), a :class:`BadDate`
(a date value that could not be read; its article is kept), a
:class:`Skip` (an entry of the folder walk that is not an article) or
:class:`Filtered` (an article outside ``since``/``until``). A :class:`Batch`
gathers events into the tables of one :class:`Corpus` with fixed columns and
dtypes, whatever the number of rows.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

ARTICLE_COLUMNS = (
    "doc_id", "source", "date", "date_text", "place", "title", "byline", "text", "url",
    "path", "record", "lang", "lang_confidence", "lang_source", "encoding", "n_words", "n_paragraphs", "header",
    "trailer", "n_chars_dropped",
)
REJECT_COLUMNS = ("path", "record", "reason", "detail")
SKIPPED_COLUMNS = ("path", "reason")
DATE_ERROR_COLUMNS = ("path", "record", "date_text")
SKIPPED_LISTED = 100  # skipped entries listed by name in Corpus.summary() (all are counted)
_DTYPES = {
    "date": "datetime64[ns]", "record": "Int64", "lang_confidence": "float64", "n_words": "int64", "n_paragraphs": "int64",
    "n_chars_dropped": "int64",
}


def frame(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    """Rows as a DataFrame with fixed columns and dtypes (text columns as pandas strings)."""
    table = pd.DataFrame(rows, columns=list(columns))
    return table.astype({column: _DTYPES.get(column, "str") for column in columns})


@dataclass
class Corpus:
    """Articles and rejects of one load (or one chunk of :func:`~analysis.corpus.loading.iter_corpus`).

    ``root`` is the folder paths are relative to (the parent folder when a
    single file was loaded). ``date_errors`` lists date values that could not
    be read (the articles are kept, undated unless another date was found).
    ``n_filtered`` counts articles left out by ``since``/``until``.
    ``skipped`` lists what the folder walk saw but did not read as articles
    (hidden files, the sidecar, README/LICENSE files, linked folders), with the reason.
    """

    articles: pd.DataFrame
    rejects: pd.DataFrame
    root: Path
    date_errors: pd.DataFrame = field(default_factory=lambda: frame([], DATE_ERROR_COLUMNS))
    n_filtered: int = 0
    skipped: pd.DataFrame = field(default_factory=lambda: frame([], SKIPPED_COLUMNS))

    @property
    def n_bad_dates(self) -> int:
        """Number of date values that could not be read."""
        return len(self.date_errors)

    def summary(self) -> dict[str, Any]:
        """Counts for a notebook or report index: articles, rejects and skipped entries by reason, dates, sources, languages.

        ``skipped_files`` lists the first :data:`SKIPPED_LISTED` skipped
        entries (``path``, ``reason``) in walk order; ``n_skipped`` counts them all.
        """
        dates = self.articles["date"]
        reasons = self.rejects["reason"].str.replace(r"^duplicate of \S+$", "duplicate", regex=True)
        listed = self.skipped.head(SKIPPED_LISTED)
        return {
            "n_articles": len(self.articles),
            "n_rejects": len(self.rejects),
            "rejects_by_reason": {str(k): int(v) for k, v in reasons.value_counts().sort_index().items()},
            "date_min": None if dates.isna().all() else dates.min().date().isoformat(),
            "date_max": None if dates.isna().all() else dates.max().date().isoformat(),
            "n_undated": int(dates.isna().sum()),
            "n_bad_dates": self.n_bad_dates,
            "n_filtered": self.n_filtered,
            "sources": {str(k): int(v) for k, v in self.articles["source"].value_counts().sort_index().items()},
            "languages": {str(k): int(v) for k, v in self.articles["lang"].value_counts().sort_index().items()},
            "n_skipped": len(self.skipped),
            "skipped_by_reason": {str(k): int(v) for k, v in self.skipped["reason"].value_counts().sort_index().items()},
            "skipped_files": [{"path": str(path), "reason": str(reason)}
                              for path, reason in zip(listed["path"], listed["reason"])],
        }


# ---------------------------------------------------------------- events


@dataclass(frozen=True)
class Article:
    """An article row, the id of its content (for exact duplicates) and a date error to note, if any."""

    row: dict[str, Any]
    content_id: str
    date_error: dict[str, Any] | None = None


@dataclass(frozen=True)
class Reject:
    """A rejects row."""

    row: dict[str, Any]


@dataclass(frozen=True)
class BadDate:
    """A date_errors row."""

    row: dict[str, Any]


@dataclass(frozen=True)
class Filtered:
    """An article left out by ``since``/``until``."""


@dataclass(frozen=True)
class Skip:
    """A skipped row."""

    row: dict[str, Any]


Event = Article | Reject | BadDate | Filtered | Skip


def where(path: str, record: int | None) -> str:
    """How messages name a file or one of its records (``data.csv line 7``)."""
    return path if record is None else f"{path} line {record}"


def reject(path: str, record: int | None, reason: str, detail: str) -> Reject:
    """A reject event for ``path`` (and its line or item ``record``)."""
    return Reject({"path": path, "record": record, "reason": reason, "detail": detail})


class Batch:
    """Events gathered into the tables of one Corpus."""

    def __init__(self) -> None:
        self.articles: list[dict[str, Any]] = []
        self.rejects: list[dict[str, Any]] = []
        self.date_errors: list[dict[str, Any]] = []
        self.skipped: list[dict[str, Any]] = []
        self.n_filtered = 0

    def __bool__(self) -> bool:
        return bool(self.articles or self.rejects or self.date_errors or self.skipped or self.n_filtered)

    def add(self, event: Event) -> None:
        """Add one event to its table (a Filtered event is counted)."""
        if isinstance(event, Article):
            self.articles.append(event.row)
        elif isinstance(event, Reject):
            self.rejects.append(event.row)
        elif isinstance(event, BadDate):
            self.date_errors.append(event.row)
        elif isinstance(event, Skip):
            self.skipped.append(event.row)
        else:
            self.n_filtered += 1

    def corpus(self, root: Path) -> Corpus:
        """The tables gathered so far as a Corpus rooted at ``root``."""
        return Corpus(
            articles=frame(self.articles, ARTICLE_COLUMNS),
            rejects=frame(self.rejects, REJECT_COLUMNS),
            root=root,
            date_errors=frame(self.date_errors, DATE_ERROR_COLUMNS),
            n_filtered=self.n_filtered,
            skipped=frame(self.skipped, SKIPPED_COLUMNS),
        )
