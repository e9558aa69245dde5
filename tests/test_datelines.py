"""Datelines, leading date lines, end marks and date values (analysis.corpus.datelines)."""
from __future__ import annotations

import os
import subprocess
import sys

import pandas as pd
import pytest

from analysis.corpus.datelines import (
    find_written_date,
    is_yearless,
    parse_date,
    parse_dateline,
    parse_place_line,
    split_leading_date_line,
    title_case_place,
)


@pytest.mark.parametrize(
    ("line", "place", "date_text", "month_day", "agency"),
    [
        ("Moscow, Dec 22 (EFE) .- Russia does not see", "Moscow", "Dec 22", (12, 22), "EFE"),
        ("Moscow, Dec 22 (EFE).- Russia does not see", "Moscow", "Dec 22", (12, 22), "EFE"),
        ("MOSCOW, Dec 22 (Reuters) - Russia does not see", "Moscow", "Dec 22", (12, 22), "Reuters"),
        ("WASHINGTON (AP) \u2014 Russia does not see", "Washington", None, None, "AP"),
        ("Buenos Aires, 3 Jan (EFE).- Russia does not see", "Buenos Aires", "3 Jan", (1, 3), "EFE"),
        ("BUENOS AIRES, 3 Jan (EFE) .- Russia does not see", "Buenos Aires", "3 Jan", (1, 3), "EFE"),
        ("LONDON, Jan. 5 (AFP) -- Russia does not see", "London", "Jan. 5", (1, 5), "AFP"),
        ("PARIS (AFP) - Russia does not see", "Paris", None, None, "AFP"),
        ("MADRID, September 14 (EFE) \u2013 Russia does not see", "Madrid", "September 14", (9, 14), "EFE"),
        ("Lima, 14 September (EFE).- Russia does not see", "Lima", "14 September", (9, 14), "EFE"),
        ("BERLIN (dpa) - Russia does not see", "Berlin", None, None, "dpa"),
        ("RIO DE JANEIRO, Dec 22 (Reuters) - Russia does not see", "Rio de Janeiro", "Dec 22", (12, 22), "Reuters"),
        ("WINSTON-SALEM, N.C. (AP) \u2014 Russia does not see", "Winston-Salem, N.C.", None, None, "AP"),
        ("SAN JUAN, Puerto Rico (AP) \u2014 Russia does not see", "San Juan, Puerto Rico", None, None, "AP"),
        ("MOSCOW, Dec 22 - Russia does not see", "Moscow", "Dec 22", (12, 22), None),
        ("Ciudad de M\u00e9xico, 22 dic (EFE).- Russia does not see", "Ciudad de M\u00e9xico", "22 dic", (12, 22), "EFE"),
        ("KYIV, Ukraine, Dec. 22nd (Reuters) - Russia does not see", "Kyiv, Ukraine", "Dec. 22nd", (12, 22), "Reuters"),
        ("  \nMOSCOW (Reuters) -\nRussia does not see", "Moscow", None, None, "Reuters"),
        ("MOSCOW, March 3. /TASS/. Russia does not see", "Moscow", "March 3", (3, 3), "TASS"),
        ("PARIS, March 3, 2021 /PRNewswire/ -- Russia does not see", "Paris", "March 3, 2021", (3, 3), "PRNewswire"),
        ("TOKYO, March 3 Kyodo - Russia does not see", "Tokyo", "March 3", (3, 3), "Kyodo"),
        ("New Delhi, Mar 3 (PTI) Russia does not see", "New Delhi", "Mar 3", (3, 3), "PTI"),
        ("NEW DELHI (PTI): Russia does not see", "New Delhi", None, None, "PTI"),
        ("March 3 (Reuters) - Russia does not see", None, "March 3", (3, 3), "Reuters"),
        ("Jan. 12 (UPI) -- Russia does not see", None, "Jan. 12", (1, 12), "UPI"),
        ("(Bloomberg) -- Russia does not see", None, None, None, "Bloomberg"),
        ("WASHINGTON/BEIJING, March 3 (Reuters) - Russia does not see", "Washington/Beijing", "March 3", (3, 3),
         "Reuters"),
        ("WASHINGTON \u2014 Russia does not see", "Washington", None, None, None),
        ("NAIROBI, Kenya \u2014 Russia does not see", "Nairobi, Kenya", None, None, None),
        ("FORT LAUDERDALE, Fla. (AP) \u2014 Russia does not see", "Fort Lauderdale, Fla.", None, None, "AP"),
        ("(ANSA) - ROME, MAR 3 - Russia does not see", "Rome", "MAR 3", (3, 3), "ANSA"),
        ("MOSCOW. March 3 (Interfax) - Russia does not see", "Moscow", "March 3", (3, 3), "Interfax"),
        ("Washington (CNN)Russia does not see", "Washington", None, None, "CNN"),
        ("Tokyo, March 3 (Jiji Press)--Russia does not see", "Tokyo", "March 3", (3, 3), "Jiji Press"),
        ("ST. LOUIS (AP) \u2014 Russia does not see", "St. Louis", None, None, "AP"),
    ],
)
def test_dateline_variants(line: str, place: str, date_text: str | None, month_day: tuple[int, int] | None,
                           agency: str | None) -> None:
    dateline = parse_dateline(line)
    assert dateline is not None
    assert dateline.place == place
    assert dateline.date_text == date_text
    assert ((dateline.month, dateline.day) if month_day else (None, None)) == (month_day or (None, None))
    assert dateline.agency == agency
    assert line[dateline.end:].lstrip() == "Russia does not see"


def test_dateline_with_year_gives_a_date_without_a_year_option() -> None:
    dateline = parse_dateline("LONDON, December 22, 2021 (Reuters) - Text")
    assert dateline is not None and dateline.year == 2021
    assert dateline.date() == pd.Timestamp("2021-12-22")


def test_dateline_without_year_is_undated_until_a_year_is_given() -> None:
    dateline = parse_dateline("Moscow, Dec 22 (EFE) .- Text")
    assert dateline is not None
    assert dateline.date() is None
    assert dateline.date(year=2021) == pd.Timestamp("2021-12-22")
    impossible = parse_dateline("Moscow, Feb 30 (EFE) .- Text")
    assert impossible is not None and impossible.date(year=2021) is None


@pytest.mark.parametrize(
    "line",
    [
        "The company (Apple) - said on Monday",
        "On Sunday, the state of emergency begun on November 15 over a measles outbreak ended.",
        "Thursday, United States military forces (US) - killed",
        "Hello - world",
        "Russia does not see Latin America as a space for games.",
        "",
        "US \u2014 China tensions rose on Monday.",  # a place alone needs three capitals
        "UPDATE \u2014 Russia does not see",  # a heading word, not a place
        "Apple Inc (AAPL) The shares rose.",  # no separator needs a date before the agency
        "Moscow said (Reuters) The talks",
        "Prices rose 5 (percent) - analysts",
    ],
)
def test_not_a_dateline(line: str) -> None:
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("MOSCOW", "Moscow"),
        ("Moscow", "Moscow"),
        ("BUENOS AIRES", "Buenos Aires"),
        ("RIO DE JANEIRO", "Rio de Janeiro"),
        ("LA PAZ", "La Paz"),
        ("N'DJAMENA", "N'Djamena"),
        ("WASHINGTON, D.C.", "Washington, D.C."),
        ("ST. PETERSBURG, FLA.", "St. Petersburg, Fla."),
        ("McALLEN", "McALLEN"),  # mixed case is kept as written
    ],
)
def test_title_case_place(written: str, expected: str) -> None:
    assert title_case_place(written) == expected


def test_leading_date_line_is_split_off() -> None:
    date, line, rest = split_leading_date_line("\n\nFriday, January 4, 2019\xa0 \n\n\nAn apartment building collapsed.")
    assert date == pd.Timestamp("2019-01-04")
    assert line == "Friday, January 4, 2019"
    assert rest == "An apartment building collapsed."


def test_leading_date_line_needs_the_whole_line() -> None:
    text = "Thursday, United States military forces killed Qasem Soleimani."
    assert split_leading_date_line(text) == (None, None, text)


def test_date_line_alone_is_kept_as_the_text() -> None:
    text = "Monday, March 15, 2021\xa0\n\n\n"
    assert split_leading_date_line(text) == (None, None, text)


@pytest.mark.parametrize(
    ("value", "year", "expected"),
    [
        ("2019-01-04", None, "2019-01-04"),
        ("2019-01-04T10:00:00+02:00", None, "2019-01-04 08:00:00"),
        ("Friday, January 4, 2019", None, "2019-01-04"),
        ("June 10, 2021", None, "2021-06-10"),
        ("Dec 22", None, None),
        ("Dec 22", 2021, "2021-12-22"),
        ("3 Jan", 2022, "2022-01-03"),
        ("yesterday", None, None),
        ("2021-02-30", None, None),
        ("", None, None),
    ],
)
def test_parse_date(value: str, year: int | None, expected: str | None) -> None:
    result = parse_date(value, year=year)
    assert result == (pd.Timestamp(expected) if expected else None)
    assert result is None or result.tzinfo is None


def test_is_yearless() -> None:
    assert is_yearless("Dec 22") and is_yearless("3 Jan")
    assert not is_yearless("Dec 22, 2021") and not is_yearless("yesterday")


@pytest.mark.parametrize(
    ("text", "place"),
    [("ANKARA\n\nBody.", "Ankara"), ("NEW YORK", "New York"), ("UPDATE\nBody.", None), ("Ankara\nBody.", None),
     ("KEY POINTS\n", None), ("ANKARA - Body.", None)],
)
def test_place_alone_on_its_line(text: str, place: str | None) -> None:
    found = parse_place_line(text)
    assert (found.place if found else None) == place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Updated 4:12 PM EST, March 3, 2021", ("2021-03-03", "March 3, 2021")),
        ("Sat 3 Jun 2023 18.42 BST", ("2023-06-03", "3 Jun 2023")),
        ("Burak Dag |03.03.2021 - Update : 03.03.2021", ("2021-03-03", "03.03.2021")),
        ("posted 2021-12-22 10:00", ("2021-12-22", "2021-12-22")),
        ("on Dec 22 at noon", None),  # no year: not a full date
        ("31.02.2021", None),  # no such day
        ("Issued on: 03/03/2021 - 10:32", ("2021-03-03", "03/03/2021")),
        ("03/15/2021", ("2021-03-15", "03/15/2021")),  # only month/day/year reads
        ("15/03/2021", ("2021-03-15", "15/03/2021")),  # only day/month/year reads
        ("04/03/2021", None),  # April 3 or 4 March: not guessed
        ("Marta Kowal 2021", None),
    ],
)
def test_find_written_date(text: str, expected: tuple[str, str] | None) -> None:
    found = find_written_date(text)
    assert found == ((pd.Timestamp(expected[0]), expected[1]) if expected else None)


def test_month_table_agrees_with_the_lexicon_month_lists() -> None:
    """Every month name (calendar order) and abbreviation of lexicon/months*.txt, month_abbreviations*.txt reads."""
    from analysis.corpus.datelines import _MONTH_NUMBERS
    from analysis.text.lexicon import list_languages, ordered_words, words

    for lang in ("en", *sorted(list_languages("months"))):
        names = ordered_words("months", lang)
        assert [_MONTH_NUMBERS[name] for name in names] == list(range(1, 13)), lang
        for abbreviation in words("month_abbreviations", lang):
            number = _MONTH_NUMBERS[abbreviation]
            assert names[number - 1].startswith(abbreviation) or abbreviation == "set", (lang, abbreviation)


@pytest.mark.parametrize(
    ("text", "place", "date_text", "month_day_year", "agency"),
    [
        ("Moscú, 22 dic (EFE).- Rusia no ve", "Moscú", "22 dic", (12, 22, None), "EFE"),
        ("Bogotá, 15 de marzo (EFE).- El Gobierno", "Bogotá", "15 de marzo", (3, 15, None), "EFE"),
        ("BUENOS AIRES, 3 de septiembre de 2021 (Reuters) - El", "Buenos Aires", "3 de septiembre de 2021",
         (9, 3, 2021), "Reuters"),
        ("Lima, 2 set (EFE).- El", "Lima", "2 set", (9, 2, None), "EFE"),
        ("MADRID, 15 Mar. (EUROPA PRESS) - El", "Madrid", "15 Mar.", (3, 15, None), "EUROPA PRESS"),
    ],
)
def test_spanish_datelines(text: str, place: str, date_text: str, month_day_year: tuple, agency: str) -> None:
    found = parse_dateline(text)
    assert (found.place, found.date_text, (found.month, found.day, found.year), found.agency) == (
        place, date_text, month_day_year, agency)


def test_spanish_date_lines_and_values() -> None:
    assert split_leading_date_line("lunes, 4 de enero de 2019\nEl texto.") == (
        pd.Timestamp("2019-01-04"), "lunes, 4 de enero de 2019", "El texto.")
    assert parse_date("22 dic", year=2021) == pd.Timestamp("2021-12-22")
    assert parse_date("miércoles, 3 de marzo de 2021") == pd.Timestamp("2021-03-03")
    assert find_written_date("Se firmó el 3 de marzo de 2021 en Lima.") == (pd.Timestamp("2021-03-03"), "3 de marzo de 2021")


def test_the_weekday_pattern_is_the_same_in_every_run():
    """The weekday names come from a set: their order in the pattern must not follow the run's string hashing."""
    code = "from analysis.corpus.datelines import _WEEKDAY; print(_WEEKDAY)"
    patterns = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2", "3")
    }
    assert len(patterns) == 1
