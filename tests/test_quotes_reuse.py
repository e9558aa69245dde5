"""Work the quote rules share or skip gives what the plain computation gives: given names found per surname,
attributions remembered across callers, gender evidence from the pronouns alone, mention rows built by column."""
from __future__ import annotations

import re

import pandas as pd

from analysis.actors.gender import GENDERED_PRONOUNS, person_genders
from analysis.quotes import attribution as attr
from analysis.quotes import given_names, source_names
from analysis.quotes.context import mention_list
from analysis.quotes.speech_cues import default_speech_cues, load_speech_cues
from analysis.text.normalization import normalize

GIVEN_NAME_TEXT = normalize(
    "Jean-Pierre Smith met Anna O'Brien and x-Pierre Smith. Later Mary Smith-Jones, Senator Smith and "
    "the Smith family spoke; Dr. Ng Wei of Acme Inc.\nBob  Lee said Lee was right. Tom\tO'Neil left. "
    "(Ann Lee) a-Bc- Lee A- Lee x'Yz Lee Qq\u00a0Lee \u00c9va Lee Smith"
)


def test_a_scan_per_surname_finds_what_the_article_index_holds():
    index = given_names.given_names_by_next_word(GIVEN_NAME_TEXT)
    surnames = {word.strip(",;:.()") for word in GIVEN_NAME_TEXT.split()} | set(index) | {"O", "Pierre"}
    checked = [s for s in surnames if source_names._NAME_WORD.match(s)]
    assert len(checked) > 15
    for surname in checked:
        assert given_names.given_names_before(GIVEN_NAME_TEXT, surname) == index.get(surname, []), surname
    assert given_names.given_names_before(GIVEN_NAME_TEXT, "Lee")[:2] == [(GIVEN_NAME_TEXT.index("Lee said") + 3, "Bob"),
                                                                       (GIVEN_NAME_TEXT.index("Lee)") + 3, "Ann")]


class _Article:
    def __init__(self, view: str) -> None:
        self.view, self.memo = view, {}


def test_many_surnames_in_one_article_switch_to_one_index_with_the_same_answers():
    article = _Article(GIVEN_NAME_TEXT)
    surnames = ["Smith", "Lee", "O'Brien", "Wei", "Jones", "Smith-Jones", "O", "Pierre", "Inc", "O'Neil", "Lee"]
    found = [given_names.written_before(article, surname) for surname in surnames]
    assert given_names.GIVEN_INDEX in article.memo  # more surnames than SCANS_BEFORE_INDEX were asked for
    index = given_names.given_names_by_next_word(GIVEN_NAME_TEXT)
    assert found == [index.get(surname, []) for surname in surnames]


def _tokens(view: str) -> list[attr.Token]:
    return attr.tokenize_reporter_text(view, 0, len(view), [])


def test_attributions_remembered_for_one_caller_are_spelled_from_the_next_callers_text():
    view = normalize("Mr. Lavrov told reporters the talks would resume, adding that Kyiv had agreed.")
    text = view.upper()  # another spelling of the same offsets
    tokens = _tokens(view)
    attr._RECENT.clear()
    first = attr.find_attributions(tokens, view)
    again = attr.find_attributions(list(tokens), text)  # the same sentence read by a second caller
    assert [(a.cue, a.source, a.borrowed) for a in first] == [("told", "Mr. Lavrov", False),
                                                               ("adding", "Mr. Lavrov", True)]
    assert [(a.cue, a.source) for a in again] == [("TOLD", "MR. LAVROV"), ("ADDING", "MR. LAVROV")]
    assert [(a.cue_start, a.source_start) for a in again] == [(a.cue_start, a.source_start) for a in first]


def test_remembered_attributions_are_not_reused_for_other_cues_or_other_tokens(tmp_path):
    view = normalize("The minister glorbled that prices would fall.")
    tokens = _tokens(view)
    user = tmp_path / "cues.yaml"
    user.write_text("schema_version: 1\ncues:\n  glorble:\n    forms: [glorbled]\n    invertible: true\n    clausal: true\n",
                    encoding="utf-8")
    attr._RECENT.clear()
    assert attr.find_attributions(tokens, view, cues=default_speech_cues()) == []
    assert [a.cue for a in attr.find_attributions(tokens, view, cues=load_speech_cues(user))] == ["glorbled"]
    other = normalize("The minister reported that prices would fall.")  # same offsets and token count, other words
    assert [(t.start, t.end) for t in _tokens(other)] == [(t.start, t.end) for t in tokens]
    assert [a.cue for a in attr.find_attributions(_tokens(other), other, cues=load_speech_cues(user))] == ["reported"]


def test_gender_evidence_from_the_pronouns_alone_is_that_of_all_words():
    view = normalize("Alex Moreno said she would run. Sam Okafor, who lost his seat, said he would not. "
                     "Alex Moreno thanked her staff and Sam Okafor.")
    people = [(m.start(), m.end(), "id:" + m.group(), m.group()) for m in re.finditer(r"Alex Moreno|Sam Okafor", view)]
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", view)]
    every_word = [(start, end, [(t.start, t.text) for t in attr.tokenize_reporter_text(view, start, end, [])
                                if t.kind == "word"]) for start, end in spans]
    pronouns = [(start, end, [(at, word) for at, word in words if word.lower() in GENDERED_PRONOUNS])
                for start, end, words in every_word]
    expected = person_genders(view, people, every_word)
    assert expected == {"id:Alex Moreno": "female", "id:Sam Okafor": "male"}
    assert person_genders(view, people, pronouns) == expected


def test_mention_rows_from_a_data_frame_keep_table_order_for_equal_spans():
    frame = pd.DataFrame({"start": [5, 0, 0], "end": [9, 3, 3], "actor_id": ["b", pd.NA, "a"],
                          "actor": ["B", None, "A"], "actor_type": ["person", "country", "person"], "how": [None, "x", "y"]})
    found = mention_list(frame)
    assert [(m.start, m.end, m.actor_id, m.actor, m.how) for m in found] == [
        (0, 3, None, None, "x"), (0, 3, "a", "A", "y"), (5, 9, "b", "B", None)]
    assert all(type(m.start) is int for m in found)
