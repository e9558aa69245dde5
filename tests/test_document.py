"""The Document: one article read once; every view agrees with the string functions it replaces."""
from __future__ import annotations

import pytest

from analysis.errors import AnalysisError, DictionaryError
from analysis.text import lexicon
from analysis.text.document import (
    TOKEN_PATTERN, Document, Token, TokenColumns, as_document, gap_key, token_columns, tokenize_view,
)
from analysis.text.matching import PhraseMatcher, _tokenize, default_key
from analysis.text.normalization import fold_accents, normalize
from analysis.text.paragraphs import paragraph_spans
from analysis.text.quotemarks import quote_segments
from analysis.text.sentences import split_sentences
from analysis.text.tables import sentences_table

TEXT = (
    "MOSCOW, Dec 22 (EFE) .- Russia\u2019s top diplomat, Sergey Lavrov, said on Tuesday: \u201cWe are very satisfied.\u201d\n"
    "The head of Russian diplomacy met Nicol\u00e1s Maduro in the U.S. capital. He said \u201ccooperation is key\u201d and left.\n"
    "\u201cIt is over,\u201d she said."
)


def test_views_agree_with_the_string_functions():
    doc = Document(TEXT, doc_id="d1")
    assert doc.normalized == normalize(TEXT) and len(doc.normalized) == len(TEXT)
    assert doc.folded == fold_accents(normalize(TEXT))
    assert doc.paragraphs == paragraph_spans(TEXT)
    assert doc.sentences == split_sentences(TEXT)
    assert list(doc.quote_segments) == quote_segments(TEXT)
    assert doc.tokens == _tokenize(TEXT)
    assert [(t.start, t.end) for t in doc.tokens][:2] == [(0, 6), (8, 11)]


def test_sentence_rows_make_the_sentences_table():
    doc = Document(TEXT, doc_id="d1")
    table = sentences_table("d1", TEXT)
    rows = doc.sentence_rows()
    assert rows["start"] == table["start"].tolist() and rows["in_quote"] == table["in_quote"].tolist()
    assert [TEXT[s:e] for s, e in doc.sentences] == table["text"].tolist()
    assert doc.sentence_id(TEXT.index("Maduro")) == table.loc[table["text"].str.contains("Maduro"), "sent_id"].item()
    assert doc.sentence_ids([0, len(TEXT) - 1]) == [0, len(table) - 1]
    assert Document("").sentence_id(0) == -1


def test_a_view_is_computed_once_per_document():
    calls = []

    def loud(doc: Document) -> int:
        calls.append(doc.doc_id)
        return len(doc.tokens)

    doc = Document(TEXT, doc_id="d1")
    assert doc.view(loud) == doc.view(loud) == len(doc.tokens)
    assert calls == ["d1"]
    assert doc.token_keys(default_key) is doc.token_keys(default_key)
    assert doc.token_keys(default_key)[doc.token_starts.index(TEXT.index("Nicol"))] == "nicolas"


def test_the_matcher_reads_a_documents_tokens_and_finds_the_same_matches():
    matcher = PhraseMatcher()
    matcher.add_all([("Sergey Lavrov", "person"), ("Nicolas Maduro", "person"), ("U.S.", "country"), ("Russia", "country")])
    doc = Document(TEXT)
    from_doc = [(m.start, m.end, m.surface, m.payload) for m in matcher.find(doc)]
    from_text = [(m.start, m.end, m.surface, m.payload) for m in matcher.find(TEXT)]
    assert from_doc == from_text
    assert [surface for _, _, surface, _ in from_doc] == ["Russia", "Sergey Lavrov", "Nicol\u00e1s Maduro", "U.S"]  # a final period is punctuation, not a token


def test_as_document_keeps_a_document_and_wraps_a_string():
    doc = Document(TEXT)
    assert as_document(doc) is doc
    assert as_document("plain").text == "plain"


def test_token_range_selects_the_tokens_inside_a_span():
    doc = Document("one two three four")
    assert [doc.tokens[i].text for i in doc.token_range(4, 13)] == ["two", "three"]


def _plain_tokens(view: str) -> list[Token]:
    """The word tokens of a view the plain way, one regex match and one Token at a time."""
    tokens: list[Token] = []
    for match in TOKEN_PATTERN.finditer(view):
        gap = gap_key(view[tokens[-1].end:match.start()]) if tokens else ""
        tokens.append(Token(match.start(), match.end(), match.group(), gap))
    return tokens


def test_token_columns_are_the_tokens_field_by_field():
    doc = Document(TEXT)
    columns = doc.token_columns
    assert columns.tokens() == doc.tokens == tokenize_view(doc.normalized) == _plain_tokens(doc.normalized)
    assert TokenColumns.of_tokens(doc.tokens) == columns
    assert doc.token_starts == [token.start for token in doc.tokens] and doc.token_texts == columns.texts
    assert all(len(column) == len(doc.tokens) for column in columns)
    assert token_columns("") == token_columns(" ,. ") == TokenColumns.of_tokens([]) == ([], [], [], [])
    assert Document(" x ").token_columns == ([1], [2], ["x"], [""])


def test_token_columns_agree_with_plain_tokenising_on_real_news(wikinews_texts):
    for text in [TEXT, *wikinews_texts]:
        view = normalize(text)
        assert token_columns(view).tokens() == _plain_tokens(view)


def test_word_lists_live_once_as_data():
    assert lexicon.weekdays() == {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    assert lexicon.ordered_words("months")[0] == "january" and len(lexicon.months()) == 12
    assert {"jan", "tues", "december"} <= lexicon.calendar_words()
    with pytest.raises(KeyError, match="no word list 'weekday'"):
        lexicon.words("weekday")


def test_one_error_hierarchy_for_dictionaries():
    from analysis.framing.dictionary import DictionaryError as FrameDictionaryError

    assert FrameDictionaryError is DictionaryError
    assert issubclass(DictionaryError, AnalysisError) and issubclass(DictionaryError, ValueError)
