"""The sentences table: one row per sentence of each article."""
from __future__ import annotations

import pandas as pd

from analysis.tables import columns_frame
from analysis.text.document import Document

SENTENCE_COLUMNS = {
    "doc_id": "str",
    "sent_id": "int64",
    "paragraph": "int64",
    "start": "int64",
    "end": "int64",
    "text": "str",
    "in_quote": "bool",
}


def sentences_table(doc_id: str, text: str | Document) -> pd.DataFrame:
    """One row per sentence: doc_id, sent_id, paragraph, start, end, text, in_quote.

    ``in_quote`` is True when more than half of the sentence's non-space
    characters lie inside quotation marks (:func:`analysis.text.quote_spans`).
    """
    doc = text if isinstance(text, Document) else Document(text, doc_id=doc_id)
    rows = doc.sentence_rows()
    rows["doc_id"] = [doc_id] * len(rows["sent_id"])
    return columns_frame(rows, SENTENCE_COLUMNS)
