"""A story's header, dateline, body and trailer (analysis.corpus.stories) and the furniture lines they are made of (analysis.corpus.furniture)."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.corpus.furniture import byline_names, date_line, is_caption, is_trailer_line, looks_like_name_line
from analysis.corpus.stories import resolve_date, split_story

# --------------------------------------------------------------------------- split_story


def test_split_story_title_dateline_body() -> None:
    story = split_story("Lavrov speaks\n\nMOSCOW, Dec 22 (Reuters) - First paragraph.\nSecond one.\n\u2013\n", title_line=True)
    assert story.title == "Lavrov speaks"
    assert story.dateline is not None and story.dateline.agency == "Reuters"
    assert story.body == "First paragraph.\nSecond one."
    assert story.trailer == ()  # the end mark is dropped, not kept as a trailer line


def test_headline_and_byline_before_a_dateline_are_header_in_any_record() -> None:
    raw = "Lavrov speaks\nBy JANE DOE\nMOSCOW, Dec 22 (Reuters) - First paragraph.\nSecond one."
    story = split_story(raw)
    assert (story.title, story.byline) == ("Lavrov speaks", "JANE DOE")
    assert story.dateline is not None and story.dateline.place == "Moscow"
    assert story.body == "First paragraph.\nSecond one."


def test_a_paragraph_before_a_dateline_is_not_a_header() -> None:
    raw = "Officials said on Monday that the talks had failed.\nMOSCOW (Reuters) - Second paragraph."
    story = split_story(raw, title_line=True)
    assert story.dateline is None and story.title is None
    assert story.body == raw


def test_web_copy_without_dateline_loses_header_up_to_its_date_line() -> None:
    raw = (
        "Thousands march in London\n\nProtesters demand action on prices\n\nHarriet Lowe\n\n"
        "Sat 3 Jun 2023 18.42 BST\n\nMarchers in London. Photograph: Guy Bell/Rex\n\n"
        "Tens of thousands marched on Saturday.\n\nKey points\n\n\u2022 Four arrests"
    )
    story = split_story(raw, title_line=True)
    assert story.title == "Thousands march in London"
    assert story.byline == "Harriet Lowe"
    assert story.header_date == pd.Timestamp("2023-06-03") and story.header_date_text == "3 Jun 2023"
    assert story.header == ("Protesters demand action on prices", "Sat 3 Jun 2023 18.42 BST",
                            "Marchers in London. Photograph: Guy Bell/Rex")
    assert story.body.startswith("Tens of thousands") and story.body.endswith("\u2022 Four arrests")


def test_lone_headline_needs_the_title_line_option() -> None:
    raw = "Schools closed by storm\n\nA storm closed schools on Tuesday."
    assert split_story(raw, title_line=True).title == "Schools closed by storm"
    plain = split_story(raw)
    assert plain.title is None and plain.body == raw


def test_place_alone_after_a_dated_byline() -> None:
    raw = "Minister calls for truce\n\nBurak Dag |03.03.2021 - Update : 03.03.2021\n\nANKARA\n\nThe minister spoke."
    story = split_story(raw, title_line=True)
    assert story.dateline is not None and story.dateline.place == "Ankara"
    assert story.byline == "Burak Dag" and story.header_date == pd.Timestamp("2021-03-03")
    assert story.body == "The minister spoke."


def test_capitals_line_without_byline_or_date_before_it_stays_body() -> None:
    story = split_story("Results\n\nUP NEXT\n\nJets: Host Dallas.", title_line=True)
    assert story.dateline is None and story.body.startswith("UP NEXT")


def test_trailer_lines_leave_the_body() -> None:
    raw = (
        "KYIV, March 3 (Reuters) - A drone hit a plant.\n\"We will rebuild,\" she said.\n"
        "(Reporting by Pavel Kostenko; Editing by Mark Heinrich)\n___\n"
        "Associated Press writer Hanna Lysenko contributed to this report.\n"
        "Copyright 2021 The Associated Press. All rights reserved.\nEnditem\nfz/cw/jj\n\u2013"
    )
    story = split_story(raw)
    assert story.body == "A drone hit a plant.\n\"We will rebuild,\" she said."
    assert story.trailer == (
        "(Reporting by Pavel Kostenko; Editing by Mark Heinrich)",
        "___",
        "Associated Press writer Hanna Lysenko contributed to this report.",
        "Copyright 2021 The Associated Press. All rights reserved.",
        "Enditem",
        "fz/cw/jj",
    )


def test_trailer_stops_at_the_first_body_line_from_the_end() -> None:
    story = split_story("Body one.\nEFE\nBody two, the last one.\n(END)")
    assert story.body == "Body one.\nEFE\nBody two, the last one."
    assert story.trailer == ("(END)",)


def test_a_story_of_furniture_only_keeps_one_body_line() -> None:
    story = split_story("Copyright 2021 Example Ltd.\n(END)")
    assert story.body == "Copyright 2021 Example Ltd."


@pytest.mark.parametrize("text", ["", "   \n", "Plain text."])
def test_degenerate_stories(text: str) -> None:
    story = split_story(text, title_line=True)
    assert story.body == text.strip()


# --------------------------------------------------------------------------- resolve_date


@pytest.mark.parametrize(
    ("explicit", "raw", "year", "expected"),
    [
        (None, "Moscow, Dec 22 (EFE) .- Text", None, (None, "Dec 22", False)),
        (None, "Moscow, Dec 22 (EFE) .- Text", 2021, ("2021-12-22", "Dec 22", False)),
        ("2022-01-03", "Moscow, Dec 22 (EFE) .- Text", 2021, ("2022-01-03", "2022-01-03", False)),
        ("soon", "Moscow, Dec 22 (EFE) .- Text", 2021, ("2021-12-22", "Dec 22", True)),
        ("soon", "Plain text.", None, (None, "soon", True)),
        (None, "Moscow, Feb 30 (EFE) .- Text", 2021, (None, "Feb 30", True)),
        (None, "Friday, January 4, 2019\n\nText", None, ("2019-01-04", "Friday, January 4, 2019", False)),
        ("Dec 22", "Plain text.", None, (None, "Dec 22", False)),
        (None, "Headline\nUpdated 4:12 PM EST, March 3, 2021\nWASHINGTON (AP) \u2014 Text.", None,
         ("2021-03-03", "March 3, 2021", False)),
        (None, "Headline\nUpdated 10:32 GMT\nMOSCOW, Dec 22 (Reuters) - Text.", None, (None, "Dec 22", False)),
    ],
)
def test_resolve_date(explicit: str | None, raw: str, year: int | None, expected: tuple) -> None:
    date, date_text, bad = resolve_date(explicit, split_story(raw), year=year)
    assert (date, date_text, bad) == ((pd.Timestamp(expected[0]) if expected[0] else None), expected[1], expected[2])


# --------------------------------------------------------------------------- furniture lines


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Pavel Kostenko", "Pavel Kostenko"),
        ("By YURIY STEPANENKO and MARIA NOVAK", "YURIY STEPANENKO and MARIA NOVAK"),
        ("by Xinhua writers Li Wei, Zhang Min", "Li Wei, Zhang Min"),
        ("BY RUTH A. KELLERMAN", "RUTH A. KELLERMAN"),
        ("Burak Dag |03.03.2021 - Update : 03.03.2021", "Burak Dag"),
        ("By the time police arrived, it was over.", None),
        ("By Tuesday, the rebels had fled", None),
        ("By 2030 the share rises", None),
    ],
)
def test_byline_names(line: str, names: str | None) -> None:
    assert byline_names(line) == names


def test_name_line() -> None:
    assert looks_like_name_line("Harriet Lowe") and looks_like_name_line("Shaun Walker in Kyiv")
    assert not looks_like_name_line("Key points") and not looks_like_name_line("Protesters call on government")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Updated 10:32 GMT", (None, None)),
        ("Published March 6, 2021 Updated March 7, 2021, 9:14 a.m. ET", ("2021-03-06", "March 6, 2021")),
        ("3 May 2024", ("2024-05-03", "3 May 2024")),
        ("12.30pm", None),
        ("In 2021 at 5", None),
        ("March 3, 2021: Police said the road was closed", None),
    ],
)
def test_date_line(line: str, expected: tuple | None) -> None:
    found = date_line(line)
    if expected is None:
        assert found is None
    else:
        assert found == ((pd.Timestamp(expected[0]) if expected[0] else None), expected[1])


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Soldiers patrol a road near Dori (AFP Photo/Ismael KONE)", True),
        ("Protesters in London. Photograph: Guy Bell/Rex/Shutterstock", True),
        ("Firefighters at the scene. REUTERS/Jane Doe", False),  # credit without a slash before the agency
        ("The photographer said so.", False),
    ],
)
def test_is_caption(line: str, caption: bool) -> None:
    assert is_caption(line) is caption


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by A; Additional reporting by B in London; Editing by C)",
        "(This story corrects the number of recalled vehicles in paragraph 1)",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "___", "# # #", "-30-", "\u2013",
        "Copyright 2021 The Associated Press.", "\u00a92021 Bloomberg L.P.", "(c) Agencia EFE", "All rights reserved.",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "EFE", "Enditem", "==Kyodo", "(END)", "PTI ABA SJK", "fz/cw/jj", "bur-rl/jj",
        "kms@yna.co.kr", "--With assistance from Ann Koh.",
        "To contact the reporters on this story: Marta Kowal in London at mkowal@bloomberg.net",
        "Media Contact: Rachel Kim, rkim@example.com",
        "Associated Press writer Hanna Lysenko in Kyiv contributed to this report.",
        "Reporting was contributed by Jim Talbot and Alana Reyes.",
        "A version of this article appears in print on March 7, 2021, Section A, Page 1.",
        "Follow AP\u2019s coverage of the war at https://apnews.com/hub/russia-ukraine",
        "AP NHL: https://apnews.com/hub/nhl",
    ],
)
def test_trailer_lines(line: str) -> None:
    assert is_trailer_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Wild: At Chicago on Friday night.",
        "The ban will be reviewed after three years.",
        "Police said two people contributed to the fund.",
        "Reporters were barred from the court.",
        "Copyrights are at the heart of the dispute, the judge said.",
        "(The agency declined to comment.)",
    ],
)
def test_body_lines_are_not_trailer_lines(line: str) -> None:
    assert not is_trailer_line(line)


def test_a_legend_or_bullet_first_line_is_not_a_lone_headline() -> None:
    for raw in ("\u2588\u2588\u00a0Conservative Party - 365 seats\n\nLabour won 203.", "\u2022 First point\n\nBody."):
        story = split_story(raw, title_line=True)
        assert story.title is None and story.body == raw


def test_standfirst_ending_with_a_full_stop_is_header_before_a_date_line() -> None:
    raw = ("Forces kill 38 protesters\n\nUN envoy says it was the bloodiest day since the coup.\n\n"
           "Published On 3 Mar 2021\n\nSecurity forces killed at least 38 people on Wednesday.")
    story = split_story(raw, title_line=True)
    assert story.header == ("UN envoy says it was the bloodiest day since the coup.", "Published On 3 Mar 2021")
    assert story.header_date == pd.Timestamp("2021-03-03")
    assert story.body == "Security forces killed at least 38 people on Wednesday."


def test_short_paragraphs_before_a_mid_story_dateline_stay_body() -> None:
    raw = ("The Latest: Texas lifts mask order\n\nBy The Associated Press\n\nTHE LATEST:\n\n"
           "\u2014 Texas lifts its mask order.\n\n\u2014 Biden promises vaccines.\n\n"
           "AUSTIN, Texas \u2014 Texas will end its mask mandate.")
    story = split_story(raw, title_line=True)
    assert story.dateline is None and story.byline == "The Associated Press"
    assert story.body.startswith("THE LATEST:") and story.body.endswith("Texas will end its mask mandate.")
