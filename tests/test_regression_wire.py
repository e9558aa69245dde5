"""Regression floors on the wire stories (tests/fixtures/regression_wire/README.md): loader fields, bodies, sentences.

Both sets were written by the project and tuned on after their first scoring
(the README gives the first-contact figures, the only honest estimates for
unseen copy), so these floors are regression checks only: they sit below the
figures reached, so that a change which loses datelines, leaves furniture in
the body or breaks sentences fails here, while one more hard case does not.
"""
from __future__ import annotations


import pytest

from boundary_scoring import REGRESSION_WIRE, WireReport, load_wire, run_wire

FLOORS = {
    # folder: (dateline fields, title/byline/date each, share of exact bodies, body boundary F1, raw-file boundary F1)
    "first": (REGRESSION_WIRE, 0.95, 0.90, 0.90, 0.98, 0.98),
    "second": (REGRESSION_WIRE / "second", 0.90, 0.85, 0.85, 0.97, 0.97),
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request: pytest.FixtureRequest) -> tuple[str, WireReport]:
    folder = FLOORS[request.param][0]
    report = run_wire(folder)
    print(f"[{request.param}] {report.summary()}", *report.errors, *report.body.errors, sep="\n")
    return request.param, report


def _details(report: WireReport) -> str:
    return report.summary() + "\n" + "\n".join(report.errors + report.body.errors)


def test_the_sets_are_large_enough() -> None:
    assert len(load_wire(REGRESSION_WIRE)) >= 25 and len(load_wire(REGRESSION_WIRE / "second")) >= 12


def test_dateline_fields(scored: tuple[str, WireReport]) -> None:
    name, report = scored
    assert report.dateline_accuracy >= FLOORS[name][1], _details(report)


@pytest.mark.parametrize("field", ["title", "byline", "date"])
def test_title_byline_and_date(scored: tuple[str, WireReport], field: str) -> None:
    name, report = scored
    assert report.accuracy(field) >= FLOORS[name][2], _details(report)


def test_bodies_without_furniture(scored: tuple[str, WireReport]) -> None:
    name, report = scored
    assert report.body_exact / report.n >= FLOORS[name][3], _details(report)


def test_body_sentence_boundaries(scored: tuple[str, WireReport]) -> None:
    name, report = scored
    assert report.body.f1 >= FLOORS[name][4], _details(report)


def test_raw_file_sentence_boundaries(scored: tuple[str, WireReport]) -> None:
    name, report = scored
    assert report.raw.f1 >= FLOORS[name][5], report.summary() + "\n" + "\n".join(report.raw.errors)


def test_every_gold_file_parses() -> None:
    for folder in (REGRESSION_WIRE, REGRESSION_WIRE / "second"):
        for story in load_wire(folder):
            assert story.body and all(story.body), story.name
            assert set(story.doc.tags) <= {"", "title", "byline", "meta", "extra"}
