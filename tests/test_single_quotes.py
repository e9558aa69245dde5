"""Quotations in single marks (British, Irish, Australian, Indian style): paired only where no apostrophe can fool
the pairing, and only in an article quoting with single marks (:mod:`analysis.text.single_quotes`).

Every sentence is made-up news copy."""
from __future__ import annotations

import os

import pandas as pd
import pytest

from analysis import analyze, load_corpus
from analysis.quotes.step import MENTION_COLUMNS, extract_quotes
from analysis.text import quote_spans


def inside(text: str) -> list[str]:
    """The words inside every quotation paired in ``text``."""
    return [text[start:end] for start, end in quote_spans(text)]


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, source) of the marked quotations the quotes step keeps."""
    found = extract_quotes(text, mentions=pd.DataFrame(columns=MENTION_COLUMNS))
    found = found[found["kind"] != "indirect"]
    return list(zip(found["kind"], found["text"], found["source"]))


@pytest.mark.parametrize("text, expected", [
    ("'We will not pay a penny,' she said.", ["We will not pay a penny,"]),
    ("He said: 'It is over.'", ["It is over."]),
    ("Police said the man was 'known to officers'.", ["known to officers"]),
    ("\u2018We will fight on,\u2019 the union said.", ["We will fight on,"]),  # curly marks
    ("'I don't know what happened,' the farmer said. 'It was chaos.'",
     ["I don't know what happened,", "It was chaos."]),
    ("'The players' union is strong,' said Mr Jones.", ["The players' union is strong,"]),
    ("'We met at the Smiths' Christmas party,' she said.", ["We met at the Smiths' Christmas party,"]),
    ("'We love rock 'n' roll,' he said.", ["We love rock 'n' roll,"]),
    ("Mr Patel said: 'The '90s were hard for us.'", ["The '90s were hard for us."]),
    ("'He told me \"never again\",' she said.", ['He told me "never again",']),  # double inside single
    ("'\u00a35m is nothing to a club like this,' the agent said.", ["\u00a35m is nothing to a club like this,"]),
    ("He called it 'a disgrace' and said it was 'totally unacceptable'.", ["a disgrace", "totally unacceptable"]),
    ("She said the 'rock 'n' roll lifestyle' was over.", ["rock 'n' roll lifestyle"]),
    ("The trust said it was 'a disgrace' but the Joneses' lawyer called it 'fair'.", ["a disgrace", "fair"]),
])
def test_single_marks_pair_past_apostrophes(text, expected):
    assert inside(text) == expected


@pytest.mark.parametrize("text", [
    "The Smiths' house was sold on Monday.",
    "Rock 'n' roll was king in the '60s and the '70s.",
    "He didn't know the boys' names, and the girls' coach wasn't there.",
    "The class of '09 met at the Joneses' farm.",
    "Fans will see 'em play 'til midnight at the O'Reilly Arena.",
    "The ministers' plans and the teachers' unions' demands were discussed in 's-Hertogenbosch.",
    "It's the players' turn, the managers' association said.",
    "Campers' tents covered the fields; the organisers' vans blocked the farmers' gates.",
])
def test_apostrophes_alone_pair_nothing(text):
    assert inside(text) == []


def test_an_opening_mark_left_without_a_close_pairs_nothing():
    assert inside("The 'Ndrangheta's bosses were arrested in Calabria, police said.") == []


def test_a_quotation_runs_over_paragraphs_when_the_next_opens_with_a_mark():
    text = ("'We have had to make cuts,' Mr Barker said. 'The alternative was closing libraries.\n\n"
            "'We have protected the services that matter.'\n\nThe council's vote is on Friday.")
    assert inside(text) == ["We have had to make cuts,", "The alternative was closing libraries.",
                            "We have protected the services that matter."]


def test_an_article_quoting_with_double_marks_keeps_only_its_double_mark_quotations():
    text = ('Labour said the plans were \'a shambles\' and \'a disgrace to the country\'.\n\n'
            '"These are sensible preparations," the minister said.')
    assert inside(text) == ["These are sensible preparations,"]


def test_an_unattributed_quotation_in_single_marks_counts_only_as_a_whole_sentence():
    text = ("The manager, who led the club's 'Invincibles'-style run, said: 'I have never seen anything like it. "
            "The spirit was unbelievable.'")
    assert [kind for kind, _, _ in quotes(text)] == ["direct"]
    assert quotes("Kusiilay, 'the language of the people of Essil', is the name the neighbours give it.") == []


def test_kinds_and_sources_are_those_of_double_marks():
    assert quotes("'We will not pay a penny more,' she said.") == [("direct", "We will not pay a penny more,", "she")]
    assert quotes("Council leader Tom Barker said: 'Nobody wants to put up bills.'") == [
        ("direct", "Nobody wants to put up bills.", "Council leader Tom Barker")]
    assert quotes("Police said the man was 'known to officers'.") == [("partial", "known to officers", "Police")]


@pytest.mark.parametrize("text", [
    "The so-called 'peace deal' was signed on Monday.",  # a scare quote: no cue of its own
    "Villagers call the river 'the old mother'.",
    "Kusiilay, 'the language of the people of Essil', is the name the neighbours give it.",  # a gloss, no speaker
    "The festival began in the '70s; organisers' plans include a rock 'n' roll stage.",
])
def test_no_quotation_without_a_speaker(text):
    assert quotes(text) == []


_STORY = """Council tax rise <a kick in the teeth>, say residents

Residents in Milltown reacted with fury after the council approved a 9 per cent rise, with one pensioner calling it <a kick in the teeth>.

Margaret Hughes, 74, who has lived on the estate since the '70s, said: <We will not pay a penny more until they fix the roads. It is a disgrace.>

<I don't know how they can look us in the eye,> she told the Milltown Gazette. <The Smiths' house next door has been flooded twice and nobody came.>

Council leader Tom Barker defended the decision, insisting the authority had <no choice> after years of cuts.

<We have had to make difficult decisions,> Mr Barker said. <Nobody wants to put up bills, but the alternative was closing libraries.

<We have protected the services that matter most to people.>

The rock 'n' roll venue on the High Street, a favourite of the town's youngsters, will close, the council confirmed.

Opposition councillor Priya Shah said the budget was <built on sand> and accused the ruling group of <breathtaking arrogance>.
"""


def _marked(mark: str) -> str:
    return _STORY.replace("<", mark).replace(">", mark)


def test_a_story_in_single_marks_reads_as_its_twin_in_double_marks(tmp_path):
    """Quotes, their kinds and speakers, the sentences in quotes, the sentence voice (quote or narration) and the
    mentions' tone are the same whichever marks the story quotes with."""
    for name, mark in (("single", "'"), ("double", '"')):
        (tmp_path / name).mkdir()
        (tmp_path / name / "story.txt").write_text(_marked(mark), encoding="utf-8")
    single, double = (analyze(load_corpus(tmp_path / name), cache=False) for name in ("single", "double"))
    assert len(single.tables["quotes"]) >= 8
    for table, columns in (("quotes", ["start", "end", "kind", "source", "speaker", "sent_id"]),
                           ("sentences", ["start", "end", "in_quote"]),
                           ("sentiment", ["sent_id", "voice", "compound", "quote_compound", "narration_compound"]),
                           ("mentions", ["start", "end", "actor_id", "tone"])):
        left = single.tables[table][columns].reset_index(drop=True)
        right = double.tables[table][columns].reset_index(drop=True)
        pd.testing.assert_frame_equal(left, right, obj=table)
    assert os.path.basename(single.articles["path"][0]) == "story.txt"
