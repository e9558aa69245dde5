"""The Wikinews example coding sheets, built at test time: the developers' codes (no text) joined to the corpus.

The shared Wikinews corpus is never copied into the repository, so the
example sheets drawn from it are not shipped: ``fixtures/validation/
wikinews_example_codes.csv`` holds only the two coders' codes for ten
sentences of two Wikinews articles (doc_id, sent_id, tone, frames, actors,
speaker), and :func:`write_wikinews_sheets` writes each coder's sheet, the
sentence text taken from the corpus by :func:`analysis.validation.units_sheet`.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis import analyze
from analysis.corpus.results import Corpus
from analysis.validation import MEASURES, units_sheet, write_sheet

CODES = Path(__file__).parent / "fixtures" / "validation" / "wikinews_example_codes.csv"


def write_wikinews_sheets(corpus: Corpus, folder: Path) -> list[Path]:
    """Write ``example_wikinews_coder_{a,b}.csv`` into ``folder`` for the loaded Wikinews ``corpus``; their paths."""
    codes = pd.read_csv(CODES, dtype=str, keep_default_na=False)
    sentences = analyze(corpus, steps=[]).sentences
    paths = []
    for coder, coded in codes.groupby("coder", sort=True):
        sheet = units_sheet(corpus, sentences, coded)
        keys = ["unit", "doc_id", "sent_id"]
        filled = sheet[keys].merge(coded, on=keys, how="left", validate="one_to_one")
        for column in (*MEASURES, "note"):
            sheet[column] = filled[column].to_numpy()
        paths.append(write_sheet(sheet, folder / f"{coder}.csv"))
    return paths
