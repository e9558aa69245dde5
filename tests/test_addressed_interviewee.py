""""you" in an interviewer's turn (a label naming no person) is the interviewee who answers next, unless it
follows an auxiliary: an inverted question ("How did you ...") reports nothing said."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes

INTERVIEW = ("Wikinews spoke with marine biologist Lena Varga about her new survey of coastal reefs.\n\n"
             "((WN))  What drew you to the reefs?\n\n"
             "((Lena Varga))  I grew up by the sea, and I always wanted to know what lives down there.\n\n"
             "((WN))  {question}\n\n"
             "((Lena Varga))  Yes, and I stand by it. The reefs are changing faster than anyone expected.\n\n"
             "((WN))  Thank you for your time.\n\n"
             "((Lena Varga))  Thank you.")


def _speaker(question: str):
    quotes = extract_quotes(INTERVIEW.format(question=question))
    picked = quotes[quotes["source"].str.endswith("you", na=False)]
    assert len(picked) == 1, quotes[["kind", "text", "source", "speaker"]]
    return picked.iloc[0]["speaker"]


def test_you_in_the_interviewers_turn_is_the_next_speaker():
    assert _speaker('On your blog, you wrote "the reefs will not survive another decade of warming". '
                    'Do you still think so?') == "Lena Varga"


def test_you_after_an_auxiliary_is_a_question_not_a_report():
    quotes = extract_quotes(INTERVIEW.format(question="How did you confirm that the reefs were bleaching so quickly?"))
    assert "Lena Varga" not in quotes.loc[quotes["source"].str.endswith("you", na=False), "speaker"].tolist()


def test_you_without_turn_labels_stays_unresolved():
    text = ('Lena Varga studies reefs. "Have you seen the coral?" she asked me. '
            'Later you wrote that "the reefs will not survive another decade of warming".')
    quotes = extract_quotes(text)
    speakers = quotes.loc[quotes["source"].str.endswith("you", na=False), "speaker"].tolist()
    assert len(speakers) == 1 and speakers != ["Lena Varga"]


def _turn_quotes(question: str):
    quotes = extract_quotes(INTERVIEW.format(question=question))
    return quotes[quotes["kind"] == "indirect"][["text", "source", "speaker"]].values.tolist()


def test_the_turn_label_is_no_word_of_the_source():
    assert _turn_quotes("So you are saying the reefs could recover within ten years?") == [
        ["the reefs could recover within ten years", "you", "Lena Varga"]]


def test_a_contracted_you_is_the_source():
    assert _turn_quotes("You've said that the reefs are dying, is it still true?") == [
        ["the reefs are dying", "You", "Lena Varga"]]


def test_the_question_after_a_report_is_no_part_of_it():
    assert _turn_quotes("You said that you wrote to the ministry - what did it answer?") == [
        ["you wrote to the ministry", "You", "Lena Varga"]]
    assert _turn_quotes("You said the port kept the data: Why was it refused?") == [
        ["the port kept the data", "You", "Lena Varga"]]


def test_a_question_before_a_cue_reports_nothing():
    assert _turn_quotes("How does warming affect the fishermen, or the divers, better say?") == []
