"""The dictionary in force reaches every rule: first names, genders, organisation words and titles of a
user's file (none of them in the shipped dictionary), a user's reporting verbs; the Document is read once."""
from __future__ import annotations

import textwrap

import pytest

from analysis.actors.dictionary import DictionaryError, load_dictionary
from analysis.actors.gender import FEMALE, gendered_names, name_gender, person_genders
from analysis.actors.masking import masked_text
from analysis.actors.name_runs import name_tokens, tokenize
from analysis.actors.step import find_mentions, run_article
from analysis.errors import DictionaryError as SharedDictionaryError
from analysis.text.document import Document

USER_CUES = """\
schema_version: 1
dictionary_version: "test"
entries: []
cues:
  female_names: [Zyxqa]
  organization_words: [Quorblat]
  titles: [Grandwarden]
"""


@pytest.fixture()
def user_file(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text(USER_CUES, encoding="utf-8")
    return path


def typed_as(mentions, surface: str) -> tuple[str, str] | None:
    rows = mentions[mentions["surface"] == surface]
    return None if rows.empty else (rows["actor_type"].iloc[0], rows["cue"].iloc[0])


def test_the_user_words_are_not_in_the_shipped_dictionary():
    shipped = load_dictionary(None)
    words = {word.casefold() for name in ("female_names", "given_names", "organization_words", "titles")
             for word in shipped.cue(name)}
    assert not {"zyxqa", "quorblat", "grandwarden"} & words


def test_a_user_first_name_types_a_person(user_file):
    text = "Zyxqa Brennholt arrived late to the meeting."
    assert typed_as(find_mentions(text), "Zyxqa Brennholt") is None
    assert typed_as(find_mentions(text, dictionary=user_file), "Zyxqa Brennholt") == ("person", "given name: Zyxqa")


def test_a_user_organisation_word_and_title_type_names(user_file):
    text = "Staff of the Vantor Quorblat met Grandwarden Tolvex in the hall."
    mentions = find_mentions(text, dictionary=user_file)
    assert typed_as(mentions, "Vantor Quorblat") == ("organization", "organisation word: Quorblat")
    assert typed_as(mentions, "Tolvex") == ("person", "title: Grandwarden")
    shipped = find_mentions(text)
    assert typed_as(shipped, "Vantor Quorblat") is None and typed_as(shipped, "Tolvex") is None


def test_the_step_reads_the_dictionary_of_its_options(user_file):
    doc = Document("Zyxqa Brennholt arrived late to the meeting.", doc_id="d1")
    rows = run_article(doc, {"actors": str(user_file)})
    assert isinstance(rows["start"], list) and rows["surface"] == ["Zyxqa Brennholt"]
    assert rows["actor_type"] == ["person"] and rows["sent_id"] == [0]
    assert run_article(Document(doc.text), {})["surface"] == []


def test_a_user_female_name_gives_she_a_referent(user_file):
    text = "Zyxqa Brennholt met Tomas Okoro. Okoro left."
    people = [(0, 15, "person:zyxqa-brennholt", "Zyxqa Brennholt"), (20, 31, "person:tomas-okoro", "Tomas Okoro")]
    sentences = [(0, 32, [(0, "Zyxqa"), (6, "Brennholt"), (16, "met")]), (33, 45, [(33, "Okoro"), (39, "left")])]
    assert name_gender("Zyxqa Brennholt", dictionary=user_file) == FEMALE
    assert name_gender("Zyxqa Brennholt") is None
    assert person_genders(text, people, sentences, dictionary=user_file).get("person:zyxqa-brennholt") == FEMALE
    assert "person:zyxqa-brennholt" not in person_genders(text, people, sentences)
    female, _male = gendered_names(load_dictionary(user_file))
    assert "zyxqa" in female


def test_a_user_reporting_verb_makes_a_speaker(tmp_path):
    cues = tmp_path / "speech_cues.yaml"
    cues.write_text(textwrap.dedent("""\
        schema_version: 1
        cues:
          opine: {forms: [opine, opines, opined, opining], invertible: true}
        """), encoding="utf-8")
    text = "Later that week Brennholt opined that the plan would fail."
    assert typed_as(find_mentions(text), "Brennholt") is None
    assert typed_as(find_mentions(text, speech_cues=cues), "Brennholt") == ("person", "speaker: opined")
    rows = run_article(Document(text), {"quotes_speech_cues": str(cues)})
    assert rows["cue"] == ["speaker: opined"]


def test_dictionary_errors_are_the_shared_class(tmp_path):
    assert DictionaryError is SharedDictionaryError
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\ndictionary_version: x\nentries:\n  - {id: person:a, name: A, type: robot}\n",
                   encoding="utf-8")
    with pytest.raises(SharedDictionaryError, match=r"bad.yaml: entry 1 \(person:a\): 'type' must be one of"):
        load_dictionary(bad)


def test_the_masked_text_and_name_tokens_are_document_views():
    doc = Document("MOSCOW, Dec 22 (Reuters) - Sergey Lavrov met Mr. Smith.")
    assert doc.view(masked_text) is doc.view(masked_text)
    assert len(doc.view(masked_text)) == len(doc.text) and "Reuters" not in doc.view(masked_text)
    assert tokenize(doc) is doc.view(name_tokens)
    assert [t.text for t in tokenize(doc)] == [t.text for t in tokenize(doc.text)]


@pytest.mark.parametrize("text", [
    "The U.S. Russia and China met. U.S.A officials and the U.S.-based UN envoy spoke.",
    "Russia's foreign minister, the Russian Foreign Ministry and Washington's envoy to Moscow.",
    "Kenya", "",
])
def test_the_office_view_reuses_the_document_tokens(text):
    from analysis.actors.compiled import _slot_document, compile_dictionary, dictionary_spans
    from analysis.text.document import tokenize_view

    compiled = compile_dictionary(load_dictionary(None))
    doc = Document(text)
    slots = [span for span in dictionary_spans(doc, compiled) if span.kind not in ("person", "blocked")]
    slotted = _slot_document(doc, slots)
    assert slotted.tokens == tokenize_view(slotted.normalized)
