"""A source headed by a pronoun ("((WN)) You", "You") names nobody: it is never the antecedent of a later
"he", "she" or "I" (:func:`analysis.quotes.speakers._compatible`). Made-up interview and news text."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes


def _rows(text: str):
    return extract_quotes(text)[["source", "speaker", "speaker_actor_id"]]


def test_she_does_not_refer_back_to_an_interviewer_question_you():
    text = ("((WN))  You said the shelter was full.\n\n"
            "Yes. A nurse visits every week. She told me that the clinic needs more beds.")
    rows = _rows(text)
    she = rows[rows["source"] == "She"]
    assert len(she) == 1
    assert she.iloc[0]["speaker"] != she.iloc[0]["speaker"]  # unresolved (NaN), not "((WN)) You"


def test_i_skips_a_you_source_and_reaches_the_interviewee_named_before():
    text = ("Ana Ruiz is a poet from Lima. Ruiz published her first book in 2001.\n\n"
            "You said the book took ten years. Why so long?\n\n"
            "I said that a poem needs time, and I meant it.")
    rows = _rows(text)
    assert rows[rows["source"] == "I"]["speaker_actor_id"].tolist() == ["person:ana-ruiz"]


def test_an_unnamed_description_is_still_an_antecedent():
    text = ("A nurse at the shelter said the beds were full. "
            "She told reporters that the clinic needed more staff.")
    rows = _rows(text)
    assert rows[rows["source"] == "She"]["speaker"].tolist() == ["A nurse at the shelter"]
