"""The text wing: the normalised view, paragraphs, sentences, quote marks, the phrase matcher and the Document built once per article."""
from __future__ import annotations

from analysis._lazy import lazy_exports

_EXPORTS = {
    "Match": "matching",
    "PhraseMatcher": "matching",
    "QUOTE_MARKS": "quotemarks",
    "TOKEN_PATTERN": "matching",
    "WORD_PATTERN": "normalization",
    "count_words": "normalization",
    "default_key": "matching",
    "fold_accents": "normalization",
    "normalize": "normalization",
    "paragraph_spans": "paragraphs",
    "quote_segments": "quotemarks",
    "quote_spans": "quotemarks",
    "sentence_ids": "sentences",
    "sentences_table": "tables",
    "SENTENCE_COLUMNS": "tables",
    "Document": "document",
    "Token": "document",
    "TokenColumns": "document",
    "as_document": "document",
    "split_sentences": "sentences",
    "sentence_languages": "sentences",
    "sentence_rules": "sentences",
    "word_spans": "normalization",
}
__all__ = sorted(_EXPORTS)
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
