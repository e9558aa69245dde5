"""Picture credits ("Image: Jane Doe.") close caption lines: their names keep a row with how "credit" that no count,
tone or speaker uses, and their label is blanked so a caption glued to it ends there (analysis.actors.credits,
analysis.corpus.furniture.picture_credits). Made-up captions."""
from __future__ import annotations

from analysis.actors.inner_places import counted_mentions
from analysis.actors.step import find_mentions
from analysis.corpus.bylines import metadata_spans
from analysis.corpus.furniture import picture_credits
from analysis.pipeline.spine import analyze_article

TEXT = ("Senator Ama Darko spoke first on Monday.\n\nDarko at the rally. Image: Kofi Mensah.\n\n"
        "Protesters on Main Street (Photo: Tema News Agency)\n\nYaw BoatengImage: John Owusu.\n\nThe vote passed.")


def _rows(text: str) -> list[tuple[str, str]]:
    found = find_mentions(text)
    return list(zip(found["surface"], found["how"]))


def test_the_names_of_a_credit_are_credit_rows_and_the_caption_keeps_its_own():
    rows = _rows(TEXT)
    assert ("Kofi Mensah", "credit") in rows and ("Tema News Agency", "credit") in rows
    assert ("John Owusu", "credit") in rows
    assert ("Darko", "discovered") in rows or ("Darko", "alias") in rows
    assert ("Yaw Boateng", "discovered") in rows  # the caption glued to the label ends before it


def test_credit_rows_count_nowhere():
    rows = analyze_article("a1", TEXT, ["actors"], {})["mentions"]
    counted = counted_mentions(rows)
    assert "Kofi Mensah" in rows["surface"] and "Kofi Mensah" not in counted["surface"]
    credits = [index for index, how in enumerate(rows["how"]) if how == "credit"]
    assert credits and all(rows["tone"][index] != rows["tone"][index] for index in credits)  # NaN: no tone


def test_the_label_is_metadata_and_the_credit_text_is_not():
    assert [TEXT[a:b] for a, b in metadata_spans(TEXT)] == ["Image:", "Photo:", "Image:"]
    assert [TEXT[slice(*credit)] for _, credit in picture_credits(TEXT)] == [
        "Image: Kofi Mensah.", "Photo: Tema News Agency)", "Image: John Owusu."]


def test_a_label_inside_a_long_sentence_is_no_credit():
    text = ("Rain fell.\nThe exhibition, Photo: Truth and Fiction in the Digital Age, drew crowds from across the "
            "region this week, organisers said.")
    assert picture_credits(text) == [] and metadata_spans(text) == []
    assert all(how != "credit" for _, how in _rows(text))


def test_a_place_inside_a_credited_name_stays_inner():
    rows = _rows("The committee met on Tuesday.\n\nSenator Ama Darko at the hearing. Image: U.S. Senate.\n\nIt ended.")
    assert ("U.S. Senate", "credit") in rows and ("U.S.", "inner") in rows
