"""One record to one article row: the story split into title, byline, body and furniture, dated, capped and hashed.

``text`` is the story's body only (see :func:`analysis.corpus.stories.split_story`):
a headline, byline, date lines and captions before a dateline (or before a
byline or date line) are taken off into ``title``, ``byline`` and ``header``,
and closing furniture -- ``(Reporting by ...; Editing by ...)`` credits,
copyright notices, ``___`` separators, sign-offs such as ``Enditem`` or
``(END)``, desk codes, reporter contacts, "follow our coverage" links -- into
``trailer`` (lines joined by newlines), so word counts, sentences, tone and
quotes are about what the story says, and nothing is lost.

An article's body longer than ``max_chars`` (default 2,000,000 characters,
about 300,000 words) is cut at the last line break before that length (see
:func:`cap_text`), never silently: ``n_chars_dropped`` records how many
characters were left out (0 for every article that fits). ``doc_id`` is the
first 16 hex digits of the sha1 of the normalised, whitespace-folded text
(:func:`content_doc_id`), or the record's own id with ``id_field=``. :func:`content_hash`, the sha1 of the
exact text (whitespace included), keys the analysis cache, batch runs' parts and corpus fingerprints.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping

from analysis.corpus.formats import Record
from analysis.corpus.language import article_language
from analysis.corpus.options import LoadOptions
from analysis.corpus.results import Article, Event, Reject, reject
from analysis.corpus.stories import resolve_date, split_story
from analysis.text.normalization import count_view_words, normalize
from analysis.text.paragraphs import paragraphs_of_view


def record_events(
    record: Record, *, rel: str, encoding: str, sidecar: Mapping[str, str], options: LoadOptions, whole_file: bool
) -> Iterator[Event]:
    """One record as an article (noting a date that could not be read), or a reject; an error rejects this record only."""
    try:
        yield record_article(record, rel=rel, encoding=encoding, sidecar=sidecar, options=options, whole_file=whole_file)
    except Exception as err:  # noqa: BLE001 - one bad record must not stop its file: it becomes a reject row
        yield reject(rel, record.record, "read error",
                     f"{record.where}: cannot be read as an article ({type(err).__name__}: {err})")


def record_article(
    record: Record, *, rel: str, encoding: str, sidecar: Mapping[str, str], options: LoadOptions, whole_file: bool
) -> Article | Reject:
    """One record as an article (noting a date that could not be read), or a "no text" reject.

    ``sidecar`` holds the values of the file's ``metadata.csv`` row (the
    record's own fields win); ``whole_file`` says the record is a whole
    ``.txt`` story, whose first line may be its title.
    """
    story = split_story(record.fields["text"], title_line=whole_file)
    if not story.body:
        return reject(rel, record.record, "no text", f"{record.where}: a dateline but no article text after it")
    values = {**sidecar, **record.fields}  # the record's own columns win over the sidecar
    date, date_text, bad = resolve_date(values.get("date"), story, year=options.year)
    date_error = {"path": rel, "record": record.record, "date_text": values.get("date") or date_text} if bad else None
    dateline = story.dateline
    body, n_chars_dropped = cap_text(story.body, options.max_chars)
    language = article_language(body, declared=values.get("lang"), option=options.lang,
                                min_confidence=options.lang_min_confidence)
    view = normalize(body)  # read once by the word count, the paragraphs and the content id
    row = {
        "doc_id": None,
        "source": values.get("source") or (dateline.agency if dateline else None),
        "date": date,
        "date_text": date_text,
        "place": values.get("place") or (dateline.place if dateline else None),
        "title": values.get("title") or story.title,
        "byline": values.get("byline") or story.byline,
        "text": body,
        "url": values.get("url"),
        "path": rel,
        "record": record.record,
        "lang": language.lang,
        "lang_confidence": language.confidence,
        "lang_source": language.source,
        "encoding": encoding,
        "n_words": count_view_words(view),
        "n_paragraphs": len(paragraphs_of_view(view)),
        "header": "\n".join(story.header) or None,
        "trailer": "\n".join(story.trailer) or None,
        "n_chars_dropped": n_chars_dropped,
    }
    content_id = _view_doc_id(view)
    row["doc_id"] = values.get("id") if options.id_field and values.get("id") else content_id
    return Article(row, content_id, date_error)


def cap_text(text: str, max_chars: int) -> tuple[str, int]:
    """``text`` cut to at most ``max_chars`` characters, and how many characters were left out.

    The cut falls after the last line break in the second half of the allowed
    length (so whole paragraphs are kept), else after the last space there,
    else at ``max_chars``; trailing whitespace goes with it. A text that fits
    is returned unchanged with 0.
    """
    if len(text) <= max_chars:
        return text, 0
    half = max_chars // 2
    cut = text.rfind("\n", half, max_chars + 1)
    if cut < 0:
        cut = max((text.rfind(space, half, max_chars + 1) for space in (" ", "\t")), default=-1)
    kept = text[:cut if cut >= 0 else max_chars].rstrip()
    return kept, len(text) - len(kept)


def content_hash(text: str) -> str:
    """SHA-1 of the exact stored text (the cache must see any change, even whitespace)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def content_doc_id(text: str) -> str:
    """Stable id of an article's content: sha1 of its normalised, whitespace-folded text (16 hex digits)."""
    return _view_doc_id(normalize(text))


def _view_doc_id(view: str) -> str:
    """:func:`content_doc_id` of a text whose normalised view is ``view``."""
    folded = " ".join(view.split())
    return hashlib.sha1(folded.encode("utf-8")).hexdigest()[:16]
