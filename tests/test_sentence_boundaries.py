"""Regression checks for sentence boundaries found wrong on human-annotated text (gum_dev, round 3).

Each case is written for this test in news style (no gum_dev sentence is copied): reference marks after a
sentence's end, abbreviations that stand before a number, numbered section headings, a parenthesis that the
sentence goes on after, and an editor's insertion in square brackets. Every "joins" or "moves" case failed
with the splitter of bd553b3; the "still breaks" cases guard against the new rules joining too much.
Round 23 (``test_news_abbreviation_and_bracket_boundaries``, failing at b8699a3): abbreviations that introduce
what follows ("e.g.", "vs."), an initial after a quote mark, life dates ("m. 1950"), a dash after a quoted
question, an attribution line after a dash, and a lower-case parenthesis opening the next sentence.
"""
from __future__ import annotations

import pytest

from analysis.text.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "The ministry confirmed the figure in 2019. [4] Officials later revised it.",
            ["The ministry confirmed the figure in 2019. [4]", "Officials later revised it."],
            id="reference mark moves to the sentence it follows",
        ),
        pytest.param(
            'The port reopened in March. [2] [7] "It was overdue," the mayor said. [1 - 3]',
            ["The port reopened in March. [2] [7]", '"It was overdue," the mayor said. [1 - 3]'],
            id="several reference marks and a range",
        ),
        pytest.param(
            "The dam was finished in 1961. [3, 5]",
            ["The dam was finished in 1961. [3, 5]"],
            id="reference marks at the paragraph end",
        ),
        pytest.param(
            "The archive holds letters written from c. 1850 to 1920.",
            ["The archive holds letters written from c. 1850 to 1920."],
            id="circa before a year",
        ),
        pytest.param(
            "The founder (b. 1931; d. 2015) built the firm from one shop.",
            ["The founder (b. 1931; d. 2015) built the firm from one shop."],
            id="born and died before years",
        ),
        pytest.param(
            "The orchestra played his Serenade, Op. 22, and a new work by ca. 40 composers.",
            ["The orchestra played his Serenade, Op. 22, and a new work by ca. 40 composers."],
            id="opus and ca before numbers",
        ),
        pytest.param(
            "3.2. Funding of the programme",
            ["3.2. Funding of the programme"],
            id="numbered section heading",
        ),
        pytest.param(
            'She won the prize for "Free Again!" (2014), and toured Europe.',
            ['She won the prize for "Free Again!" (2014), and toured Europe.'],
            id="title ending in ! then a year in brackets and a comma",
        ),
        pytest.param(
            'He starred in "Who Knew?" (Channel 4, 2009) and in two dramas.',
            ['He starred in "Who Knew?" (Channel 4, 2009) and in two dramas.'],
            id="title ending in ? then a parenthesis and a lower-case word",
        ),
        pytest.param(
            '"Reagan won twice, and [George H. W.] Bush won once," he said.',
            ['"Reagan won twice, and [George H. W.] Bush won once," he said.'],
            id="initials inside an editor's insertion",
        ),
        pytest.param(
            '"[George W.] Bush was right," she said.',
            ['"[George W.] Bush was right," she said.'],
            id="insertion closing on an initial",
        ),
        pytest.param(
            "The vote passed. (The mayor abstained.) Council members left.",
            ["The vote passed.", "(The mayor abstained.)", "Council members left."],
            id="still breaks: a sentence in brackets",
        ),
        pytest.param(
            '"We will not stop. [...] We will win," he said. Police left.',
            ['"We will not stop.', '[...] We will win," he said.', "Police left."],
            id="still breaks: an omission mark is no reference",
        ),
        pytest.param(
            "She was sure of it. 2020 was worse.",
            ["She was sure of it.", "2020 was worse."],
            id="still breaks: a word that is no number sign before a number",
        ),
        pytest.param(
            "The talks were held in Block B. 12 people attended.",
            ["The talks were held in Block B.", "12 people attended."],
            id="still breaks: a capital letter is no number sign",
        ),
    ],
)
def test_sentence_boundary_regressions(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "The list names papers (e.g. The Times and The Guardian) that signed.",
            ["The list names papers (e.g. The Times and The Guardian) that signed."],
            id="e.g. before a capitalised sentence starter",
        ),
        pytest.param(
            "The final was billed as Boston vs. The World. It sold out.",
            ["The final was billed as Boston vs. The World.", "It sold out."],
            id="vs. before a capitalised sentence starter",
        ),
        pytest.param(
            'The note was signed only with the initials "J. K." and a date.',
            ['The note was signed only with the initials "J. K." and a date.'],
            id="an initial right after a quote mark",
        ),
        pytest.param(
            "She was married twice (m. 1950; div. 1962) and had no children.",
            ["She was married twice (m. 1950; div. 1962) and had no children."],
            id="married and divorced before a year",
        ),
        pytest.param(
            'The word "Why?" \u2013 asked daily by children \u2013 was the most common.',
            ['The word "Why?" \u2013 asked daily by children \u2013 was the most common.'],
            id="a dash and a lower-case word after a question in quotes",
        ),
        pytest.param(
            "Officials cited the report. (http://example.org/report) Sales fell later.",
            ["Officials cited the report.", "(http://example.org/report) Sales fell later."],
            id="a parenthesis in lower case after a sentence's end opens the next",
        ),
        pytest.param(
            "Profits at Acme Ltd. (the anvil maker) rose again.",
            ["Profits at Acme Ltd. (the anvil maker) rose again."],
            id="still joins: a parenthesis the sentence goes on after",
        ),
        pytest.param(
            '"We did what we could. The rest is up to them." \u2014 Jane Doe, mayor of Springfield',
            ['"We did what we could.', 'The rest is up to them." \u2014 Jane Doe, mayor of Springfield'],
            id="an attribution line after a dash closes the sentence before",
        ),
        pytest.param(
            "Results came in 2017. \u2014 By results I mean the first ones.",
            ["Results came in 2017.", "\u2014 By results I mean the first ones."],
            id="still breaks: a dash before a whole sentence",
        ),
        pytest.param(
            "He left early. - The match went on.",
            ["He left early.", "- The match went on."],
            id="still breaks: a dash before a capitalised word",
        ),
        pytest.param(
            "We did it again. It was fun. [laughs]",
            ["We did it again.", "It was fun. [laughs]"],
            id="still joins: a square-bracketed mark after a sentence's end",
        ),
    ],
)
def test_news_abbreviation_and_bracket_boundaries(text, expected):
    assert sentences(text) == expected
