"""The quotes step as an engine step: columnar rows from the Document, the actor dictionary in force reaching
the speaker rules, linear indexes over mentions and quotations, and dictionary errors."""
from __future__ import annotations

import textwrap

import pytest

from analysis.errors import DictionaryError
from analysis.pipeline.spine import article_table
from analysis.quotes import step
from analysis.quotes.context import Mention, Mentions, Spans, mention_list
from analysis.quotes.speech_cues import SpeechCueError, load_speech_cues
from analysis.quotes.step import extract_quotes
from analysis.text.document import Document

_TEXT = ('Zorbeline Quastov arrived in Vienna on Monday. Drevan Kolt welcomed the delegation at the airport.\n'
         '"We have much to discuss," she said.')


@pytest.fixture
def user_dictionary(tmp_path):
    """Two people whose first names the shipped dictionary does not know, with their genders."""
    path = tmp_path / "people.yaml"
    path.write_text(textwrap.dedent("""\
        schema_version: 1
        dictionary_version: "test"
        entries:
        - {id: "person:zorbeline-quastov", name: Zorbeline Quastov, type: person}
        - {id: "person:drevan-kolt", name: Drevan Kolt, type: person}
        cues:
          female_names: [Zorbeline]
          male_names: [Drevan]
        """), encoding="utf-8")
    return path


def test_she_resolves_through_the_first_names_of_the_users_dictionary(user_dictionary):
    quotes = extract_quotes(_TEXT, dictionary=user_dictionary)
    assert quotes["speaker"].tolist() == ["Zorbeline Quastov"]


def test_without_the_users_dictionary_she_takes_the_latest_person():
    assert extract_quotes(_TEXT)["speaker"].tolist() == ["Drevan Kolt"]


def test_the_quotes_step_reads_the_dictionary_option_of_the_run(user_dictionary):
    rows = article_table("quotes", _TEXT, {"actors": str(user_dictionary)})
    assert rows["speaker"].tolist() == ["Zorbeline Quastov"]


def test_run_article_returns_columns_of_the_schema_without_doc_id():
    doc = Document(_TEXT, doc_id="d1")
    from analysis.actors import step as actors_step

    doc.tables["mentions"] = actors_step.run_article(doc, actors_step.DEFAULTS)
    rows = step.run_article(doc, step.DEFAULTS)
    assert list(rows) == [name for name in step.SCHEMA if name != "doc_id"]
    assert all(isinstance(values, list) for values in rows.values())
    assert rows["text"] == ["We have much to discuss,"]
    assert rows["sent_id"] == [2]


def test_run_article_requires_the_mentions_table():
    with pytest.raises(ValueError, match="mentions"):
        step.run_article(Document(_TEXT), step.DEFAULTS)


def test_mentions_index_answers_like_a_scan():
    mentions = Mentions([Mention(0, 5, None, None, None, None), Mention(3, 20, None, None, None, None),
                         Mention(8, 10, None, None, None, None), Mention(30, 35, None, None, None, None)])
    assert [m.start for m in mentions.overlapping(9, 12)] == [3, 8]
    assert [m.start for m in mentions.overlapping(20, 30)] == []
    assert [m.start for m in mentions.ending_by(10)] == [8, 0]
    assert [m.start for m in mentions.starting_in(3, 30)] == [3, 8]


def test_spans_contain_like_a_scan():
    spans = Spans([(10, 20), (0, 50), (60, 70)])
    assert spans.contain(12, 18) and spans.contain(30, 40) and spans.contain(60, 70)
    assert not spans.contain(45, 55) and not spans.contain(70, 71)


def test_mention_list_sorts_and_reads_missing_values_as_none():
    columns = {"start": [9, 2], "end": [12, 4], "surface": ["b", "a"], "actor_id": [None, "x"],
               "actor": [float("nan"), "X"], "actor_type": ["person", "country"], "how": ["dictionary", None]}
    found = mention_list(columns)
    assert [(m.start, m.actor_id, m.actor, m.how) for m in found] == [(2, "x", "X", None), (9, None, None, "dictionary")]


def test_stray_opening_marks_keep_each_quote_within_its_paragraph():
    paragraph = 'The council met on Monday and "the mayor spoke about roads and the budget for the year.\n'
    text = paragraph * 40 + '"We will rebuild the bridge before winter," the mayor said.'
    quotes = extract_quotes(text)
    assert all("\n" not in quote for quote in quotes["text"])
    assert quotes.iloc[-1]["text"] == "We will rebuild the bridge before winter,"


def test_a_malformed_speech_cue_file_is_a_dictionary_error(tmp_path):
    path = tmp_path / "cues.yaml"
    path.write_text("schema_version: 1\ncues:\n  opine: {forms: []}\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"cues\.yaml: cue 'opine'"):
        load_speech_cues(path)
    assert issubclass(SpeechCueError, DictionaryError)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Rescuers, working in temperatures well below freezing, according to the emergencies ministry recovered at "
         "least ten survivors from the debris on Monday.",
         "the emergencies ministry"),
        ('He was told by Emergencies Minister Yevgeny Zinichev of "presumably between 36 and 40 people under the rubble".',
         "Emergencies Minister Yevgeny Zinichev"),
        ("Ten people died, according to a statement released by the regional government.",
         "a statement released by the regional government"),
    ],
)
def test_a_source_phrase_ends_where_the_name_does(text, source):
    from analysis.quotes import extract_quotes

    assert source in extract_quotes(text)["source"].tolist()
