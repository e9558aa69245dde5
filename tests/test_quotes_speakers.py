"""Issue 11 item 4: NYT-style quotation marks, the broader cue lexicon, speakers named in the sentence or
paragraph before, and role descriptions resolved to the person holding the role."""
from __future__ import annotations

import pytest

from analysis.quotes.speech_cues import default_speech_cues
from analysis.quotes.step import extract_quotes
from analysis.text.quotemarks import mark_after, mark_before, quote_segments, quote_spans
from analysis.text.normalization import normalize


def _quoted(text: str) -> list[str]:
    return [text[start:end] for start, end in quote_spans(text)]


def _marked(text: str):
    rows = extract_quotes(text)
    return rows[rows["kind"] != "indirect"].reset_index(drop=True)


# --- NYT and Penn Treebank quotation marks --------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("''It was a disaster,'' he added.", ["It was a disaster,"]),
    ("``It was a disaster,'' he added.", ["It was a disaster,"]),
    ("\u2018\u2018It was a disaster,\u2019\u2019 he added.", ["It was a disaster,"]),
    ("''He told me 'no,' and I left,'' she said.", ["He told me 'no,' and I left,"]),
    ("``He said 'never.''' Then she left.", ["He said 'never.'"]),
    ("The Smiths' house was sold in the '90s. ''We loved it,'' she said.", ["We loved it,"]),
    ("The Joneses' dog and rock 'n' roll in the '60s.", []),
])
def test_doubled_apostrophes_and_backticks_are_quotation_marks(text, expected):
    assert _quoted(text) == expected


def test_a_nyt_quote_continues_into_the_next_paragraph_that_opens_with_its_mark():
    text = "''The first part,\n\n''and the second part,'' she said."
    segments = quote_segments(text)
    assert [text[s.start:s.end] for s in segments] == ["The first part,", "and the second part,"]
    assert segments[0].group == segments[1].group and not segments[0].closed and segments[1].closed


def test_outer_marks_cover_both_characters_of_a_doubled_mark():
    view = normalize("``It was a disaster,'' he added.")
    assert mark_before(view, 2) == 0 and mark_after(view, 20) == 22
    assert mark_before(normalize('"A," he said.'), 1) == 0 and mark_after(normalize('"A," he said.'), 3) == 4


def test_many_doubled_marks_pair_one_by_one():
    text = "''Yes,'' she said. " * 2000
    assert _quoted(text) == ["Yes,"] * 2000


def test_nyt_quotes_get_their_speakers():
    text = ("John Smith, the chief executive of Acme, said the plan had failed.\n\n"
            "''It was a disaster,'' he added. ''Nobody saw it coming.''")
    rows = _marked(text)
    assert rows["text"].tolist() == ["It was a disaster,", "Nobody saw it coming."]
    assert rows["kind"].tolist() == ["direct", "direct"] and set(rows["speaker"]) == {"John Smith"}


# --- The cue lexicon --------------------------------------------------------------------------------------


@pytest.mark.parametrize("form", ["fumed", "quipped", "conceded", "insisted", "cautioned", "tweeted", "wrote",
                                  "countered", "retorted", "speculated", "scoffed", "concedes", "conceding"])
def test_reporting_verbs_of_news_copy_are_cues(form):
    assert form in default_speech_cues().one_word_forms


@pytest.mark.parametrize("word", ["fumes", "detailed", "charged", "slammed", "disclosed"])
def test_words_mostly_used_otherwise_are_not_cues(word):  # "alleged" is a cue only as a verb: test_alleged_cue.py
    assert word not in default_speech_cues().one_word_forms


def test_every_cue_form_belongs_to_one_lemma():
    cues = default_speech_cues()
    forms = [form.lower() for lemma_forms in cues.lemmas.values() for form in lemma_forms]
    assert len(forms) == len(set(forms))


@pytest.mark.parametrize("text, cue, speaker", [
    ('"This is a shameful decision by the academy," fumed Tom Hanks.', "fumed", "Tom Hanks"),
    ('"We may have been too slow to act on it," Jane Doe conceded.', "conceded", "Jane Doe"),
    ('Jane Doe cautioned: "The recovery is fragile and could stall."', "cautioned", "Jane Doe"),
])
def test_new_cues_attribute_quotes(text, cue, speaker):
    rows = _marked(text)
    assert rows["cue"].tolist() == [cue] and rows["speaker"].tolist() == [speaker]


def test_a_cue_outside_a_reporting_position_attributes_nothing():
    text = 'Tom Hanks fumed over the ruling for days.\n\nThe academy did not answer "in time for the ceremony".'
    assert extract_quotes(text).empty


def test_new_clausal_cues_report_speech_without_marks():
    rows = extract_quotes("Radmall conceded that his side needed to work on some things.")
    assert rows[["kind", "cue", "text"]].values.tolist() == [["indirect", "conceded", "his side needed to work on some things"]]


def test_a_passive_cue_right_before_a_partial_quote_keeps_it_without_a_speaker():
    rows = _marked('His style has been described as "the fullest recreation of a national idiom".')
    assert rows[["kind", "cue"]].values.tolist() == [["partial", "described"]] and rows["speaker"].isna().all()
    assert _marked('His style is a "national idiom" of sorts.').empty  # no cue: a scare quote


# --- Speakers named in the sentence or paragraph before ---------------------------------------------------

REPORT = "Mayor Ann Kirby said the plan had failed."
QUOTE = '"It was a disaster for everyone involved in it."'


@pytest.mark.parametrize("text", [f"{REPORT}\n\n{QUOTE}", f"{REPORT} {QUOTE}"])
def test_an_unattributed_quote_after_a_report_is_the_reporters_speakers(text):
    assert _marked(text)["speaker"].tolist() == ["Ann Kirby"]


@pytest.mark.parametrize("text", [
    f"Mayor Ann Kirby said Tom Lee had ruined the plan.\n\n{QUOTE}",  # another person named after the source
    f"{REPORT} The council approved it in 2019.\n\n{QUOTE}",  # the text moved on
    f"According to Ann Kirby, the plan had failed.\n\n{QUOTE}",  # "according to" is no report of her words
])
def test_no_speaker_is_carried_over_another_person_or_topic(text):
    assert _marked(text)["speaker"].isna().all()


def test_the_report_keeps_its_own_indirect_row():
    rows = extract_quotes(f"Ann Kirby, the mayor, said the council would meet again on Friday.\n\n{QUOTE}")
    assert rows["kind"].tolist() == ["indirect", "direct"] and rows["speaker"].tolist() == ["Ann Kirby"] * 2


# --- Role descriptions -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, speaker", [
    ("The chief executive of Beta, Tom Lee, met John Smith, a lawyer for the bank. Smith spoke first.\n\n"
     '"This is a great day for the company," the CEO said.', "Tom Lee"),
    ("Acme CEO Jane Doe opened the meeting. Her deputy, Tom Lee, presented the figures.\n\n"
     '"This is a great day for the company," the chief executive said.', "Jane Doe"),
    ("Foreign Minister Anna Berg met Defence Minister Tom Lee and Bob Ray on Monday.\n\n"
     '"We will not back down," the foreign minister said.', "Anna Berg"),
    ("Ministry spokesman Ivan Sorokin spoke after Anna Berg met Bob Ray.\n\n"
     '"The talks were useful," the spokesman said.', "Ivan Sorokin"),
])
def test_a_role_description_names_the_person_holding_the_role(text, speaker):
    assert _marked(text)["speaker"].tolist() == [speaker]


def test_a_role_qualified_otherwise_names_nobody_in_the_article():
    text = ("Civil Aviation Minister Hardeep Singh Puri said 18 people died.\n\n"
            'The local health minister said, "The injured have been rushed to hospitals nearby."')
    rows = _marked(text)
    assert rows["speaker"].tolist() == ["The local health minister"] and rows["speaker_actor_id"].isna().all()


def test_a_role_description_names_the_person_in_apposition_after_it():
    text = ("Foreign Minister Marcelo Ebrard spoke on Sunday. According to the El Paso mayor, Dee Margo, police "
            "were investigating whether the attack was a hate crime.")
    rows = extract_quotes(text)
    assert rows.loc[rows["source"] == "the El Paso mayor", "speaker"].tolist() == ["Dee Margo"]


def test_the_spokesperson_is_the_body_an_indefinite_spokesperson_spoke_for():
    text = ('Interpol said it would review the request. "It is under review by our lawyers," an Interpol '
            'spokesperson stated. The spokesperson added that they "would not consider requests of this nature".')
    rows = _marked(text)
    assert rows["speaker"].tolist() == ["Interpol", "Interpol"]


def test_a_malformed_role_alias_names_the_file_and_the_entry(monkeypatch):
    from analysis.errors import DictionaryError
    from analysis.quotes import roles

    roles.role_aliases.cache_clear()
    monkeypatch.setattr(roles, "ordered_words", lambda name: ("ceo = chief executive", "ceo chief executive"))
    with pytest.raises(DictionaryError, match=r"role_aliases\.txt: entry 'ceo chief executive': expected 'short = long"):
        roles.role_aliases()
    roles.role_aliases.cache_clear()
