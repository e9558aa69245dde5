"""The word rules' memos of the last view read (occurrences, name runs, present forms) give what a fresh search
gives: the same view read with other words, joiners, sentences, a lexicon or a vocabulary (sentences written by us)."""
from __future__ import annotations

from analysis.sentiment.names import name_word_spans
from analysis.sentiment.occurrences import occurrences, present_forms, present_occurrences, whole_word_spans
from analysis.sentiment.vader import analyzer

RATED = analyzer("vader").lexicon


def test_occurrences_of_one_view_by_words_joiners_and_sentences() -> None:
    view = "Like-minded people like it. They like-wise like Lyon."
    first, second = (0, 27), (28, len(view))
    assert occurrences(view, [first, second], ["like"]) == {0: [(19, 23)], 1: [(33, 37), (43, 47)]}
    assert occurrences(view, [first, second], ["like"], joiners="-") == {0: [(19, 23)], 1: [(43, 47)]}
    assert occurrences(view, [first, second], ["like"]) == {0: [(19, 23)], 1: [(33, 37), (43, 47)]}
    assert occurrences(view, [(40, len(view))], ["like", "Lyon"]) == {0: [(43, 47), (48, 52)]}  # a clause
    assert occurrences(view + " Like.", [(0, len(view) + 6)], ["Like"]) == {0: [(0, 4), (len(view) + 1, len(view) + 5)]}
    assert whole_word_spans(view, "like") == [(19, 23), (33, 37), (43, 47)]
    assert whole_word_spans(view, "like", "-") == [(19, 23), (43, 47)]


def test_present_occurrences_read_each_vocabulary() -> None:
    view = "Sales grew and costs fell."
    forms = frozenset({"grew", "fell"})
    assert present_occurrences(view, [(0, len(view))], frozenset({"grew"}), forms) == {0: [(6, 10)]}
    assert present_occurrences(view, [(0, len(view))], frozenset({"fell", "grew"}), forms) == {0: [(6, 10), (21, 25)]}
    assert present_forms(forms, frozenset({"Sales"})) == frozenset()


def test_name_words_of_one_view_by_lexicon_and_sentences() -> None:
    view = "He spoke. Then officials at the United Nations met on Monday."
    sentences = [(0, 9), (10, len(view))]
    united = view.index("United")
    assert name_word_spans(view, sentences, RATED) == {1: [(united, united + 6)]}
    assert name_word_spans(view, sentences, {"nations": 1.0}) == {1: [(united + 7, united + 14)]}  # another lexicon
    assert name_word_spans(view, sentences, RATED) == {1: [(united, united + 6)]}
    clause = [(view.index("the United"), len(view))]
    assert name_word_spans(view, clause, RATED, [sentences[1]]) == {0: [(united, united + 6)]}
    # a clause read as a sentence it opens: its capitals mark no name
    assert name_word_spans(view, [(united, len(view))], RATED) == {}
