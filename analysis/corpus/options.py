"""The options of :func:`~analysis.corpus.loading.load_corpus` and :func:`~analysis.corpus.loading.iter_corpus`."""
from __future__ import annotations

from dataclasses import dataclass, fields as dataclass_fields
from typing import Any, Mapping

import pandas as pd

from analysis.corpus.datelines import parse_date
from analysis.corpus.formats import DEFAULT_LIMITS, FIELD_CANDIDATES, FieldSpec, RecordLimits
from analysis.corpus.language import MIN_CONFIDENCE, language_code


@dataclass(frozen=True)
class LoadOptions:
    """Options of :func:`load_corpus` and :func:`iter_corpus` (all keyword arguments).

    year: int, optional
        Year for datelines that give only month and day (``Dec 22``). Without
        it (and without a sidecar date) such articles stay undated (NaT); a
        year is never guessed.
    since, until: date-like, optional
        Keep articles dated in this range (both ends included; an ``until``
        without a time includes that whole day). Articles outside it are
        filtered out, not rejected (counted in ``Corpus.n_filtered``).
        Undated articles are kept unless ``drop_undated=True``.
    drop_undated: bool
        With ``since``/``until``, also filter out articles without a date.
    max_bytes: int
        Files (or decompressed .gz contents) larger than this are rejected as
        "too large" (default 50 MB); enforced on the bytes read, never more
        than ``max_bytes + 1`` are read.
    max_record_chars: int
        A CSV row, JSON Lines line or JSON list item longer than this many
        characters is a reject "record too large" naming the limit (default
        10,000,000); it is checked before a JSON line is parsed. A ``.txt``
        file is one article, bounded by ``max_bytes`` and ``max_chars``.
    max_json_depth: int
        A JSON record nested deeper than this many levels of objects and
        lists (``{"text": "..."}`` is one level) is a reject "json over
        limits" naming the limit (default 64). Python's JSON reader itself
        stops at about 1,000 levels, so larger values act as that.
    allow_outside_links: bool
        Read files that symbolic links inside the corpus lead to outside it
        (default False: such links are rejects "link out of corpus").
    max_chars: int
        An article body longer than this many characters is cut to it (at
        the last line break before it when there is one in its second half)
        and the number of characters left out is recorded in the article's
        ``n_chars_dropped`` column (default 2,000,000).
    lang: str, optional
        The language of every article (an ISO 639-1 code such as "en"), overriding
        the record's declared language and detection; by default each article's
        language is the one its record declares, else the one detected in its body
        (see :mod:`analysis.corpus.language`). ``lang_source`` says which.
    lang_min_confidence: float
        A detected language whose confidence is below this (default 0.4) is
        recorded as "und" (undetermined): too short or mixed a text to tell.
    text_field, title_field, date_field, source_field, url_field, id_field, lang_field, place_field, byline_field: str, optional
        Column/key names in CSV and JSON data; by default common names are
        tried (text/body/content/article, title/headline, date/published/
        publish_date/pub_date, source/outlet/publisher/media, url/link,
        byline/author/authors). A
        named column missing from a CSV header rejects that file.
        ``id_field`` makes that column the doc_id (else it is a content hash).
    """

    year: int | None = None
    since: Any = None
    until: Any = None
    drop_undated: bool = False
    max_bytes: int = 50_000_000
    max_record_chars: int = DEFAULT_LIMITS.max_chars
    max_json_depth: int = DEFAULT_LIMITS.max_depth
    allow_outside_links: bool = False
    max_chars: int = 2_000_000
    lang: str | None = None
    lang_min_confidence: float = MIN_CONFIDENCE
    text_field: str | None = None
    title_field: str | None = None
    date_field: str | None = None
    source_field: str | None = None
    url_field: str | None = None
    id_field: str | None = None
    lang_field: str | None = None
    place_field: str | None = None
    byline_field: str | None = None

    def __post_init__(self) -> None:
        if self.year is not None and not (isinstance(self.year, int) and 1 <= self.year <= 9999):
            raise ValueError(f"year={self.year!r}: expected a whole year such as 2021")
        for name, unit in (("max_bytes", "bytes"), ("max_chars", "characters"), ("max_record_chars", "characters"),
                           ("max_json_depth", "levels")):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise ValueError(f"{name}={value!r}: expected a positive number of {unit}")
        for name in ("since", "until"):
            object.__setattr__(self, name, _option_date(name, getattr(self, name)))
        if self.lang is not None and language_code(self.lang) is None:
            raise ValueError(f"lang={self.lang!r}: expected a language code such as 'en' or 'es'")
        confidence = self.lang_min_confidence
        if isinstance(confidence, bool) or not isinstance(confidence, (int, float)) or not 0 <= confidence <= 1:
            raise ValueError(f"lang_min_confidence={confidence!r}: expected a number from 0 to 1")

    @classmethod
    def from_kwargs(cls, options: Mapping[str, Any]) -> LoadOptions:
        """Build options from keyword arguments; an unknown name is an error listing the known ones."""
        known = [item.name for item in dataclass_fields(cls)]
        unknown = sorted(set(options) - set(known))
        if unknown:
            raise TypeError(f"unknown load option(s) {unknown}; known options: {known}")
        return cls(**options)

    @property
    def field_spec(self) -> FieldSpec:
        """The column names the user chose, for the format readers."""
        return FieldSpec(overrides={name: getattr(self, f"{name}_field") for name in FIELD_CANDIDATES})

    @property
    def record_limits(self) -> RecordLimits:
        """The per-record limits, for the format readers."""
        return RecordLimits(max_chars=self.max_record_chars, max_depth=self.max_json_depth)


def _option_date(name: str, value: Any) -> pd.Timestamp | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    stamp = parse_date(value)
    if stamp is None:
        raise ValueError(f"{name}={value!r}: expected a date such as '2021-12-22'")
    return stamp
