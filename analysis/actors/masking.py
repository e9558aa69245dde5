"""The article as the mention finder and the quote extractor read it: datelines and credit lines blanked.

:func:`masked_text` is a document view (computed once per article through
:meth:`analysis.text.document.Document.view`): the stored text with its
dateline, bylines and credit lines blanked by :func:`analysis.corpus.bylines.mask_metadata`
(same length, so offsets still index the article). :func:`masked_document`
wraps it in a :class:`~analysis.text.document.Document` whose normalised view
and tokens are computed once too; an article with nothing to blank (most
stored articles: the loader already takes these parts off) is its own masked
document, so its views are shared with every other step.
"""
from __future__ import annotations

from analysis.corpus.bylines import mask_metadata
from analysis.text.document import Document


def masked_text(doc: Document) -> str:
    """``doc.text`` with its dateline and credit lines blanked (same length): a document view."""
    return mask_metadata(doc.text)


def masked_document(doc: Document) -> Document:
    """The masked text as a Document (``doc`` itself when nothing is blanked): a document view."""
    masked = doc.view(masked_text)
    if masked == doc.text:
        return doc
    return Document(masked, doc_id=doc.doc_id, meta=doc.meta, lang=doc.lang)


def masked(doc: Document) -> Document:
    """:func:`masked_document`, computed once per document.

    The document's view cache keeps only a blanked copy, never ``doc`` itself: a document holding itself is a
    reference cycle, so it and all its tokens would wait for the cyclic garbage collector instead of being freed
    when the article is done.
    """
    blanked = doc.view(_blanked_document)
    return doc if blanked is None else blanked


def _blanked_document(doc: Document) -> Document | None:
    """:func:`masked_document` when it blanks something, else None."""
    masked_doc = masked_document(doc)
    return None if masked_doc is doc else masked_doc
