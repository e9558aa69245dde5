"""The tone toward an actor at each mention: the regression set (written by us), the columns and their dtypes."""
from __future__ import annotations

import math

import pandas as pd
import pytest
import yaml

from analysis.actors.mention_tone import TONE_COLUMNS, TONE_SCHEMA
from analysis.actors.step import SCHEMA, empty_mentions
from analysis.paths import ROOT
from analysis.pipeline.spine import article_table
from analysis.text.document import Document

CASES = yaml.safe_load((ROOT / "tests" / "fixtures" / "tone" / "cases.yaml").read_text(encoding="utf-8"))


def _label(tone: float) -> str:
    if math.isnan(tone):
        return "none"
    return "positive" if tone >= 0.05 else "negative" if tone <= -0.05 else "neutral"


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_regression_case(case):
    """A hand-written case (tests/fixtures/tone/README.md: a regression check, not a validity figure)."""
    mentions = article_table("actors", case["text"])
    for target in case["targets"]:
        rows = mentions[mentions["surface"] == target["surface"]]
        assert not rows.empty, f"no mention {target['surface']!r} in {list(mentions['surface'])}"
        row = rows.iloc[0]
        assert _label(row["tone"]) == target["tone"], (target["surface"], row["tone"])
        if target["tone"] == "none":
            assert pd.isna(row["tone_start"]) and pd.isna(row["tone_end"])
        elif "evidence" in target:
            assert case["text"][row["tone_start"]:row["tone_end"]] == target["evidence"]


def test_the_columns_have_stable_dtypes_with_and_without_rows():
    assert {name: SCHEMA[name] for name in TONE_COLUMNS} == TONE_SCHEMA == {
        "tone": "float64", "tone_start": "Int64", "tone_end": "Int64"}
    full = article_table("actors", "Critics condemned Donald Trump. Donald Trump denied it.")
    empty = article_table("actors", "nothing here names anyone.")
    assert empty.empty
    for table in (full, empty, empty_mentions()):
        assert {name: str(table[name].dtype) for name in TONE_COLUMNS} == TONE_SCHEMA


def test_evidence_lies_in_the_mentions_sentence_and_scores_as_its_text():
    from analysis.sentiment.step import WORD_RULES, score_sentences

    def scored(evidence: str) -> float:  # as the sentiment step scores a sentence (every word rule, on by default)
        return float(score_sentences([evidence], **{rule.keyword: True for rule in WORD_RULES})["compound"].iloc[0])

    text = ("Moscow, Dec 22 (EFE) .- Russia was praised for the agreement, while Ukraine faced anger over the brutal "
            "shelling. "
            '"Vladimir Putin has made a terrible mistake," said Olena Kovalenko, an adviser to Volodymyr Zelensky.')
    doc = Document(text)
    mentions = article_table("actors", doc)
    toned = mentions[mentions["tone"].notna()]
    assert not toned.empty
    for row in toned.itertuples():
        start, end = doc.sentences[row.sent_id]
        assert start <= row.tone_start < row.tone_end <= end
        assert row.tone == scored(doc.normalized[row.tone_start:row.tone_end])
    by_surface = mentions.set_index("surface")
    assert by_surface.loc["Russia", "tone"] > 0 > by_surface.loc["Ukraine", "tone"]
    assert by_surface.loc["Vladimir Putin", "tone"] < 0  # the quote about him
    assert by_surface.loc["Volodymyr Zelensky", "tone_start"] == text.index("Olena")  # the speaker's appositive
    assert math.isnan(by_surface.loc["Olena Kovalenko", "tone"])  # the speaker
    assert math.isnan(by_surface.loc["Moscow", "tone"])  # a dateline place is no actor


def test_own_quote_by_pronoun_gets_no_tone_but_a_quote_about_another_does():
    text = ('Boris Johnson spoke on Monday. "Boris Johnson will never give up," he said. '
            '"Keir Starmer is a disaster," he added.')
    mentions = article_table("actors", text)
    quoted = mentions[mentions["start"] > text.index("Monday")]
    tones = dict(zip(quoted["surface"], quoted["tone"]))
    assert math.isnan(tones["Boris Johnson"])  # his own words: "he" is Johnson
    assert tones["Keir Starmer"] < 0  # Johnson's words about Starmer


def test_the_publisher_gets_no_tone():
    rows = article_table("actors", Document("Brilliant work, a Wikinews reporter was told by Jane Doe.",
                                            meta={"url": "https://en.wikinews.org/wiki/X"}))
    publisher = rows[rows["how"] == "publisher"]
    assert not publisher.empty and publisher["tone"].isna().all()


def test_an_unknown_sentiment_method_is_refused():
    with pytest.raises(ValueError, match="sentiment_method 'bert'"):
        article_table("actors", "Donald Trump won.", {"sentiment_method": "bert"})


def test_an_article_in_another_language_gets_no_tone():
    from analysis.actors.mention_tone import Mention, mention_tones
    from analysis.quotes.speech_cues import default_speech_cues

    trump = [Mention(0, 12, "person:donald-trump", "person", "dictionary")]
    english, spanish = Document("Donald Trump was praised."), Document("Donald Trump was praised.")
    spanish.lang = "es"  # the field the spine fills from the article's detected language
    assert mention_tones(english, trump, cues=default_speech_cues())["tone"][0] > 0
    columns = mention_tones(spanish, trump, cues=default_speech_cues())
    assert math.isnan(columns["tone"][0]) and columns["tone_start"] == [None]


def test_the_words_of_names_carry_no_tone_toward_a_mention_unless_the_option_is_off():
    from analysis.actors import step

    text = "The Libertarian Party held its convention in Denver on Saturday. The Libertarian Party lost badly."
    news = article_table("actors", text, step.DEFAULTS).set_index("start")
    plain = article_table("actors", text, {**step.DEFAULTS, "sentiment_neutral_names": False}).set_index("start")
    first, second = text.index("Libertarian"), text.rindex("Libertarian")
    assert plain.loc[first, "tone"] > 0  # VADER rates "libertarian" and "party": the name praised itself
    assert news.loc[first, "tone"] == 0.0  # nothing in "held its convention" is praise
    assert news.loc[second, "tone"] < plain.loc[second, "tone"] < 0  # "lost badly", no longer softened by the name
    assert (news["tone_start"].equals(plain["tone_start"]) and news["tone_end"].equals(plain["tone_end"]))
    with pytest.raises(ValueError, match="sentiment_neutral_names"):
        article_table("actors", text, {**step.DEFAULTS, "sentiment_neutral_names": "no"})


def test_the_tone_toward_a_mention_reads_words_as_the_sentence_tone_does_unless_the_options_are_off():
    from analysis.actors import step

    text = "Angela Merkel signed a trade agreement with Justin Trudeau. Boris Johnson acted recklessly."
    news = article_table("actors", text).set_index("surface")
    plain = article_table("actors", text, {**step.DEFAULTS, "sentiment_neutral_procedures": False,
                                           "sentiment_rated_derivations": False}).set_index("surface")
    assert news.loc["Angela Merkel", "tone"] == 0.0 < plain.loc["Angela Merkel", "tone"]  # a formal act, no praise
    assert news.loc["Boris Johnson", "tone"] < 0.0 == plain.loc["Boris Johnson", "tone"]  # "reckless" as an adverb
    assert news["tone_start"].equals(plain["tone_start"]) and news["tone_end"].equals(plain["tone_end"])


def test_evidence_spans_are_scored_in_layers_of_spans_that_overlap_none_another():
    from analysis.actors.mention_tone import _layers

    assert _layers([(10, 20), (0, 30), (12, 15), (30, 40), (0, 5)]) == [[(0, 5), (10, 20), (30, 40)], [(0, 30)],
                                                                          [(12, 15)]]


def test_a_parsed_sentence_has_the_clauses_of_its_tokens():
    """The parse cuts a sentence's clauses from what it already knows (its quotations by position, its attributions'
    token starts) as :func:`clauses` cuts them from its tokens alone."""
    import re

    from analysis.actors import mention_tone
    from analysis.quotes.speech_cues import default_speech_cues

    cues = default_speech_cues()
    for text in ('Tom Hale said: "Ana Ruiz did terrible work" - and Lee praised Kim, but Ruiz, the chief, left.',
                 'Lee (a lawyer) praised Kim; Hale, who lied, and Ruiz said "fine", while "no" was said.',
                 'Nobody quoted anyone here, and Kim left.'):
        doc = Document(text + "\n")
        outer = [mention_tone._outer(doc.normalized, *span) for span in doc.quote_spans]
        mentions = [mention_tone.Mention(m.start(), m.end(), m.group(), "person", "name")
                    for m in re.finditer(r"\b(?:Tom Hale|Ana Ruiz|Ruiz|Lee|Kim|Hale)\b", doc.normalized)]
        for start, end in doc.sentences:
            parsed = mention_tone._parse(doc.normalized, start, end, outer, mentions, [m.start for m in mentions], cues)
            assert parsed.clauses == mention_tone.clauses(parsed.tokens, {m.start for m in parsed.mentions},
                                                          parsed.attributions, cues)
            assert len(parsed.clauses) > 1  # each sentence is cut somewhere
