"""Token views built for speed, each checked against the plain way of getting them.

Name tokens (:func:`analysis.actors.name_runs.name_tokens`) are joined from the Document's runs of word
characters instead of a second regex pass; token keys (:meth:`analysis.text.document.Document.token_keys`)
come from a per-process cache.
"""
from __future__ import annotations

from analysis.actors.name_runs import name_tokens
from analysis.text import document
from analysis.text.document import Document
from analysis.text.normalization import WORD_PATTERN

TRICKY = [
    "", "x", " - - ' ", "al-Assad's men, rock-'n'-roll and Jean-Pierre-Marie l'O'Neil.",
    "Jones' car. Mr. Smith's co-op \u2019s x\u2019y a--b a''b a-'b -a- 'a' ab- _x_-y",
    "Russia \u2019s and Russia - Ukraine; e\u0301x-y\u0301\u2019s caf\u00e9-bar",
]


def test_name_tokens_are_the_words_of_the_word_pattern(wikinews_texts: list[str]) -> None:
    for text in [*TRICKY, *wikinews_texts]:
        doc = Document(text)
        view = doc.normalized
        matches = list(WORD_PATTERN.finditer(view))
        tokens = name_tokens(doc)
        assert [token.index for token in tokens] == list(range(len(matches)))
        assert [token.start for token in tokens] == [match.start() for match in matches]
        previous_ends = [0] + [match.end() for match in matches[:-1]]
        gaps = [view[end:match.start()] for end, match in zip(previous_ends, matches)]
        assert [token.gap for token in tokens] == gaps
        for token, match in zip(tokens, matches):  # a possessive "'s" is cut off the word and its span
            word = match.group()
            cut = token.possessive and word.endswith("'s") and len(word) > 2
            assert token.text == (word[:-2] if cut else word)
            assert token.end == match.end() - (2 if cut else 0)
            assert view[token.start:token.end] == token.text


def test_name_tokens_leave_the_documents_token_columns_as_they_were() -> None:
    doc = Document(TRICKY[3])
    before = [list(column) for column in doc.token_columns]
    name_tokens(doc)  # its possessives shorten the words' ends: on its own lists, not the document's
    assert [list(column) for column in doc.token_columns] == before


def test_token_keys_are_each_tokens_key_across_documents_and_a_cleared_cache(monkeypatch) -> None:
    def key(word: str) -> str:
        return word.lower()[::-1]

    texts = ["The Cat saw the cat.", "A new Word, the CAT and one more word.", "", "cat CAT Cat"]
    for limit in (200_000, 2):  # 2: the cache is started afresh between documents
        monkeypatch.setattr(document, "_KEY_CACHE_LIMIT", limit)
        for text in texts:
            doc = Document(text)
            assert doc.token_keys(key) == [key(word) for word in doc.token_texts]
