"""The corpus wing: loading files and exports into articles and rejects, datelines, story furniture, summaries and plots."""
from __future__ import annotations

from analysis._lazy import lazy_exports

_EXPORTS = {
    "ARTICLE_COLUMNS": "loading",
    "Corpus": "loading",
    "LoadOptions": "loading",
    "MASK": "bylines",
    "REJECT_COLUMNS": "loading",
    "articles_by_date": "summary",
    "articles_by_source": "summary",
    "byline_names": "furniture",
    "content_doc_id": "loading",
    "corpus_fingerprint": "summary",
    "date_freq": "summary",
    "date_line": "furniture",
    "dateline_counts": "summary",
    "datelines_table": "summary",
    "dates_note": "summary",
    "example_sentences": "summary",
    "find_written_date": "datelines",
    "is_caption": "furniture",
    "is_trailer_line": "furniture",
    "is_yearless": "datelines",
    "iter_corpus": "loading",
    "length_summary": "summary",
    "load_corpus": "loading",
    "looks_like_name_line": "furniture",
    "mask_metadata": "bylines",
    "metadata_spans": "bylines",
    "parse_date": "datelines",
    "parse_dateline": "datelines",
    "parse_place_line": "datelines",
    "plot_articles_by_date": "plots",
    "plot_articles_by_source": "plots",
    "plot_lengths": "plots",
    "rejects_note": "summary",
    "resolve_date": "stories",
    "sentence_lines": "summary",
    "split_leading_date_line": "datelines",
    "split_story": "stories",
    "title_case_place": "datelines",
}
__all__ = sorted(_EXPORTS)
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
