"""The recorded accuracy figures (analysis/dictionaries/accuracy.yaml) parse, cover every measure and say what they are on."""
from __future__ import annotations

import datetime as dt

import pytest
import yaml

from analysis.errors import DictionaryError, OptionError
from analysis.report import accuracy_note, accuracy_table
from analysis.report.accuracy import ACCURACY_FILE, COLUMNS, MEASURES, PROJECT_LABEL, read_accuracy
from analysis.paths import ROOT


def test_shipped_figures_parse_with_a_row_for_every_measure():
    table = accuracy_table(list(MEASURES))
    assert list(table.columns) == COLUMNS
    assert set(table["measure"]) == set(MEASURES)
    assert str(table["value"].dtype) == "float64"
    assert table["value"].between(-1, 1).all()
    for day in table["measured_on"]:
        assert dt.date.fromisoformat(day).isoformat() == day
    for script in set(table["script"]):
        assert script.startswith("validation/validate_") and (ROOT / script).is_file()


def test_every_measure_has_a_headline_and_project_sets_are_labelled():
    figures = read_accuracy()
    headlined = set(figures.loc[figures["headline"], "measure"])
    assert headlined == set(MEASURES)
    project = figures[figures["annotated_by"] == "project"]
    assert project["data"].str.contains(PROJECT_LABEL, regex=False).all()
    outside = figures[figures["annotated_by"] == "others"]
    assert not outside["data"].str.contains(PROJECT_LABEL, regex=False).any()
    assert {"sentences", "sentiment"} <= set(outside["measure"])


def test_table_keeps_the_order_of_the_measures_asked_for():
    table = accuracy_table(["frames", "sentiment"])
    assert list(dict.fromkeys(table["measure"])) == ["frames", "sentiment"]


def test_note_names_data_date_and_who_annotated():
    note = accuracy_note(["sentiment", "frames"])
    figures = read_accuracy()
    date = figures[figures["measure"].isin(["sentiment", "frames"]) & figures["headline"]]["measured_on"].max()
    assert date in note
    nyt_r = figures[(figures["measure"] == "sentiment") & figures["data"].str.contains("NYT")
                    & (figures["metric"] == "Pearson r")]["value"].iloc[0]
    assert "NYT editorial" in note and f"Pearson r {nyt_r:.2f}" in note
    assert "regression set written by the project" in note and "no check on data annotated by others" in note
    assert note.count(". ") <= 1 and note.endswith(".")


def test_a_measure_checked_on_data_by_others_shows_only_that_check():
    note = accuracy_note(["speakers"])
    assert "annotated by others" in note and "regression set written by the project" not in note


def test_unknown_measure_is_an_option_error_listing_the_known_ones():
    with pytest.raises(OptionError, match="tone.*sentiment"):
        accuracy_table(["tone"])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"value": "high"}, r"figures\[0\]: value 'high'"),
        ({"measured_on": "4 Dec"}, r"figures\[0\]: measured_on '4 Dec': expected a date"),
        ({"measure": "tone"}, r"figures\[0\]: measure 'tone'"),
        ({"annotated_by": "project"}, "must say 'regression set written by the project'"),
        ({"script": "scripts/nope.py"}, "script 'scripts/nope.py': expected validation/validate_<name>.py"),
    ],
)
def test_malformed_entry_names_file_entry_and_field(tmp_path, change, message):
    entry = {
        "measure": "sentences", "data": "GUM dev annotated by others", "annotated_by": "others", "metric": "F1",
        "value": 0.9, "measured_on": "2026-01-02", "script": "validation/validate_sentences.py", **change,
    }
    path = tmp_path / "accuracy.yaml"
    path.write_text(yaml.safe_dump({"version": 1, "figures": [entry]}), encoding="utf-8")
    with pytest.raises(DictionaryError, match=message):
        read_accuracy(path)


def test_shipped_file_is_the_default():
    assert ACCURACY_FILE.name == "accuracy.yaml" and ACCURACY_FILE.is_file()
