"""Coding sheets: seeded stratified drawing, the codesheet command, and clear errors for malformed filled sheets."""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from analysis import analyze, load_corpus
from analysis.__main__ import main
from analysis.paths import SEEDS
from analysis.validation import (
    EXAMPLES, SHEET_COLUMNS, SheetError, draw_units, example_sheets, read_sheet, units_sheet, validate,
)
from tests.wikinews_sheets import write_wikinews_sheets

SEED_SHEET = EXAMPLES / "example_seed_coder_a.csv"


@pytest.fixture(scope="module")
def seed_corpus():
    return load_corpus(SEEDS)


@pytest.fixture(scope="module")
def seed_sentences(seed_corpus) -> pd.DataFrame:
    return analyze(seed_corpus, steps=[]).sentences


def _edited(tmp_path: Path, edit, name: str = "coder.csv") -> Path:
    sheet = pd.read_csv(SEED_SHEET, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    sheet = edit(sheet)
    path = tmp_path / name
    sheet.to_csv(path, index=False)
    return path


def test_draw_is_seeded_and_ordered_like_the_corpus(seed_corpus, seed_sentences):
    first = draw_units(seed_corpus, seed_sentences, n=5, n_articles=1, seed=3)
    assert first.equals(draw_units(seed_corpus, seed_sentences, n=5, n_articles=1, seed=3))
    assert not first.equals(draw_units(seed_corpus, seed_sentences, n=5, n_articles=1, seed=4))
    assert list(first.columns) == list(SHEET_COLUMNS)
    assert first["unit"].tolist() == ["article"] + ["sentence"] * 5
    assert first["sent_id"].iloc[1:].astype(int).is_monotonic_increasing
    marked = first["text"].iloc[1]
    assert marked.count("[[") == 1 and marked.count("]]") == 1
    assert (first[["tone", "frames", "actors", "speaker"]] == "").all().all()


def test_stratified_draw_gives_every_stratum_its_share():
    articles = pd.DataFrame({
        "doc_id": [f"d{i}" for i in range(4)], "source": ["A", "A", "A", "B"],
        "date": pd.to_datetime(["2020-01-05", "2020-01-06", "2020-02-01", None]),
        "title": ["t"] * 4, "url": [""] * 4, "path": ["p"] * 4,
    })
    sentences = pd.DataFrame({"doc_id": [f"d{i}" for i in range(4) for _ in range(10)], "sent_id": list(range(10)) * 4,
                              "text": [f"s{j}" for j in range(40)]})
    corpus = type("C", (), {"articles": articles})()
    by_source = draw_units(corpus, sentences, n=8, seed=0, stratify="source")
    assert by_source["source"].value_counts().to_dict() == {"A": 6, "B": 2}
    by_period = draw_units(corpus, sentences, n=8, seed=0, stratify="period")
    months = by_period["doc_id"].map({"d0": "2020-01", "d1": "2020-01", "d2": "2020-02", "d3": "undated"})
    assert months.value_counts().to_dict() == {"2020-01": 4, "2020-02": 2, "undated": 2}
    with pytest.raises(ValueError, match="stratify='outlet'"):
        draw_units(corpus, sentences, n=2, stratify="outlet")


def test_codesheet_command_writes_a_sheet_that_reads_back(tmp_path: Path, seed_sentences, capsys):
    out = tmp_path / "sheet.csv"
    assert main(["codesheet", "--corpus", str(SEEDS), "--out", str(out), "--n", "4", "--articles", "1", "--seed", "2",
                 "--stratify", "source"]) == 0
    assert "4 sentences, 1 articles from 1 of 1 articles" in capsys.readouterr().err
    coded = read_sheet(out, sentences=seed_sentences)
    assert len(coded.codes) == 5 and coded.codes["tone"].isna().all()  # nothing coded yet: all blank, not zero
    assert main(["codesheet", "--corpus", str(tmp_path / "nope"), "--out", str(out)]) == 2


def test_missing_columns_are_named(tmp_path: Path, seed_sentences):
    path = _edited(tmp_path, lambda sheet: sheet.drop(columns=["tone", "doc_id"]))
    with pytest.raises(SheetError, match=r"coder.csv: missing column\(s\) doc_id, tone"):
        read_sheet(path, sentences=seed_sentences)
    assert read_sheet(path.parent / _edited(tmp_path, lambda s: s.drop(columns=["tone"]), "b.csv").name,
                      sentences=seed_sentences, measures=["frames"]).codes.shape[0] == 16


def test_unknown_doc_id_and_sent_id_name_row_and_column(tmp_path: Path, seed_sentences):
    def edit(sheet):
        sheet.loc[2, "doc_id"] = "0000000000000000"
        sheet.loc[4, "sent_id"] = "99"
        return sheet
    with pytest.raises(SheetError) as info:
        read_sheet(_edited(tmp_path, edit), sentences=seed_sentences)
    message = str(info.value)
    assert "2 problem(s)" in message
    assert "coder.csv row 4, column doc_id: '0000000000000000' is not an article of the corpus" in message
    assert re.search(r"row 6, column sent_id: '99' is not a sentence of article \w+ \(expected 0 to 14\)", message)


def test_blank_cells_are_not_coded_but_blank_ids_are_errors(tmp_path: Path, seed_sentences):
    blank = read_sheet(_edited(tmp_path, lambda s: s.assign(tone=[""] * len(s))), sentences=seed_sentences)
    assert blank.codes["tone"].isna().all() and str(blank.codes["tone"].dtype) == "Int64"

    def edit(sheet):
        sheet.loc[3, "doc_id"] = ""
        return sheet
    with pytest.raises(SheetError, match=r"row 5, column doc_id: blank"):
        read_sheet(_edited(tmp_path, edit, "ids.csv"), sentences=seed_sentences)


def test_duplicate_rows_name_both_rows(tmp_path: Path, seed_sentences):
    path = _edited(tmp_path, lambda sheet: pd.concat([sheet, sheet.iloc[[3]]], ignore_index=True))
    with pytest.raises(SheetError, match=r"row 18: duplicates row 5 \(sentence \w+ 2\)"):
        read_sheet(path, sentences=seed_sentences)


def test_bad_codes_changed_text_and_unknown_frames_are_named(tmp_path: Path, seed_sentences):
    def edit(sheet):
        sheet.loc[1, "tone"] = "positive"
        sheet.loc[2, "frames"] = "economic; warfare"
        sheet.loc[3, "text"] = "[[A different sentence.]]"
        sheet.loc[4, "unit"] = "paragraph"
        return sheet
    with pytest.raises(SheetError) as info:
        read_sheet(_edited(tmp_path, edit), sentences=seed_sentences, frames=["economic", "legality"])
    message = str(info.value)
    assert "row 3, column tone: 'positive' is not a tone code; expected -1, 0 or 1" in message
    assert "row 4, column frames: unknown frame(s) 'warfare'; expected names from economic, legality" in message
    assert "row 5, column text: the marked sentence differs from sentence 2" in message
    assert "row 6, column unit: 'paragraph' is not one of sentence, article" in message


def test_validate_names_a_missing_sheet_and_needs_one(seed_corpus, tmp_path: Path):
    with pytest.raises(SheetError, match="no such coding sheet"):
        validate(seed_corpus, [tmp_path / "absent.csv"], n_boot=10)
    with pytest.raises(SheetError, match="no coding sheet given"):
        validate(seed_corpus, [], n_boot=10)


def test_shipped_examples_match_their_corpus(seed_corpus):
    assert [path.name for path in example_sheets(seed_corpus.articles["doc_id"])] == [
        "example_seed_coder_a.csv", "example_seed_coder_b.csv"]
    assert example_sheets(["not-a-doc"]) == []
    for path in EXAMPLES.glob("example_*.csv"):
        notes = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")["note"]
        assert notes.str.contains("EXAMPLE").all(), f"{path.name} must say it is an example"


def test_validate_on_the_seed_example_scores_both_coders_and_the_suite(seed_corpus):
    result = validate(seed_corpus, example_sheets(seed_corpus.articles["doc_id"]), n_boot=50)
    agreement = result.agreement
    assert result.coders == ["example_seed_coder_a", "example_seed_coder_b"]
    assert set(agreement["comparison"]) == {"between coders", "suite vs example_seed_coder_a", "suite vs example_seed_coder_b"}
    assert set(agreement["measure"]) == {"tone", "frames", "actors", "speaker"}
    sentence = agreement[(agreement["unit"] == "sentence") & agreement["value"].notna()]
    assert (sentence["n"] > 1).all()
    finite = sentence.dropna(subset=["low", "high"])
    assert len(finite) > 0.8 * len(sentence)
    assert ((finite["low"] <= finite["value"] + 1e-9) & (finite["value"] <= finite["high"] + 1e-9)).all()
    # "Lavrov" on coder b's sheet is the suite's "Sergey Lavrov": speakers match despite the short name.
    speaker_f1 = agreement.set_index(["measure", "unit", "comparison", "label", "statistic"]).loc[
        ("speaker", "sentence", "suite vs example_seed_coder_b", "all", "f1"), "value"]
    assert speaker_f1 > 0.8


def test_units_sheet_writes_the_rows_draw_units_writes_for_those_units(seed_corpus, seed_sentences):
    drawn = draw_units(seed_corpus, seed_sentences, n=4, n_articles=1, seed=2)
    shuffled = drawn[["unit", "doc_id", "sent_id"]].iloc[::-1]
    pd.testing.assert_frame_equal(units_sheet(seed_corpus, seed_sentences, shuffled), drawn)
    as_numbers = shuffled.assign(sent_id=pd.to_numeric(shuffled["sent_id"]))  # NaN for the article
    pd.testing.assert_frame_equal(units_sheet(seed_corpus, seed_sentences, as_numbers), drawn)
    with pytest.raises(KeyError, match="sentence aceeab3847da0ca6 999: not a unit of this corpus"):
        units_sheet(seed_corpus, seed_sentences, pd.DataFrame({"unit": ["sentence"], "doc_id": ["aceeab3847da0ca6"],
                                                               "sent_id": ["999"]}))


@pytest.mark.corpus
def test_wikinews_example_sheets_built_at_test_time_read_and_score(wikinews_path, tmp_path: Path):
    corpus = load_corpus(wikinews_path)
    sheets = write_wikinews_sheets(corpus, tmp_path)
    assert [path.name for path in sheets] == ["example_wikinews_coder_a.csv", "example_wikinews_coder_b.csv"]
    assert not list(EXAMPLES.glob("example_wikinews_*")), "the shared corpus's text must not be shipped"
    result = validate(corpus, sheets, n_boot=20)
    assert result.coders == ["example_wikinews_coder_a", "example_wikinews_coder_b"]
    assert len(result.units) == 10 and result.units["doc_id"].nunique() == 2
