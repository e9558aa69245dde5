"""Floors on the blind wire stories (tests/fixtures/blind_wire/README.md): loader fields, body and sentence boundaries.

The floors sit below the figures reached (recorded in the README) so that a
change which loses datelines, leaves furniture in the body or breaks
sentences fails here, while one more hard case does not.
"""
from __future__ import annotations


import pytest

from boundary_scoring import BLIND, BlindReport, load_blind, run_blind

FLOORS = {
    # folder: (dateline fields, title/byline/date each, share of exact bodies, body boundary F1, raw-file boundary F1)
    "tuned": (BLIND, 0.95, 0.90, 0.90, 0.98, 0.98),
    "heldout": (BLIND / "heldout", 0.90, 0.85, 0.85, 0.97, 0.97),
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request: pytest.FixtureRequest) -> tuple[str, BlindReport]:
    folder = FLOORS[request.param][0]
    report = run_blind(folder)
    print(f"[{request.param}] {report.summary()}", *report.errors, *report.body.errors, sep="\n")
    return request.param, report


def _details(report: BlindReport) -> str:
    return report.summary() + "\n" + "\n".join(report.errors + report.body.errors)


def test_the_sets_are_large_enough() -> None:
    assert len(load_blind(BLIND)) >= 25 and len(load_blind(BLIND / "heldout")) >= 12


def test_dateline_fields(scored: tuple[str, BlindReport]) -> None:
    name, report = scored
    assert report.dateline_accuracy >= FLOORS[name][1], _details(report)


@pytest.mark.parametrize("field", ["title", "byline", "date"])
def test_title_byline_and_date(scored: tuple[str, BlindReport], field: str) -> None:
    name, report = scored
    assert report.accuracy(field) >= FLOORS[name][2], _details(report)


def test_bodies_without_furniture(scored: tuple[str, BlindReport]) -> None:
    name, report = scored
    assert report.body_exact / report.n >= FLOORS[name][3], _details(report)


def test_body_sentence_boundaries(scored: tuple[str, BlindReport]) -> None:
    name, report = scored
    assert report.body.f1 >= FLOORS[name][4], _details(report)


def test_raw_file_sentence_boundaries(scored: tuple[str, BlindReport]) -> None:
    name, report = scored
    assert report.raw.f1 >= FLOORS[name][5], report.summary() + "\n" + "\n".join(report.raw.errors)


def test_every_gold_file_parses() -> None:
    for folder in (BLIND, BLIND / "heldout"):
        for story in load_blind(folder):
            assert story.body and all(story.body), story.name
            assert set(story.doc.tags) <= {"", "title", "byline", "meta", "extra"}
