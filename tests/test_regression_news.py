"""Regression floors on the news regression set (tests/fixtures/regression_news/: wire and newspaper stories).

Two sets written and annotated by the project: sixteen stories annotated
before the extractor first ran on them, and five more annotated after the
fixes they prompted (the post-fix check). Their first-contact and final
figures are in the README; both have since been tuned on (every error they
showed became a rule), so these floors are regression checks only, below the
figures reached, and say nothing about unseen news: gum_dev
(tests/test_validate_gum.py) is the check on data annotated by others.
"""
from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pytest

from analysis.paths import ROOT


def _validator(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "validation" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def quote_scores():
    validator = _validator("validate_quotes")
    texts, gold = {}, []
    for path in (validator.REGRESSION_NEWS, validator.REGRESSION_NEWS.with_name("postfix_quotes.yaml")):
        more_texts, more_gold = validator.load_gold(path)
        texts.update(more_texts)
        gold.extend(more_gold)
    return validator, validator.score(texts, gold)


@pytest.fixture(scope="module")
def mention_scores():
    validator = _validator("validate_mentions")
    paths = (validator.REGRESSION_NEWS, validator.REGRESSION_NEWS.with_name("postfix_mentions.yaml"))
    paragraphs = [paragraph for path in paths for paragraph in validator.load_fixture(path)]
    return validator, validator.score(paragraphs, articles=validator.article_texts(paragraphs))


def test_the_regression_set_is_as_large_as_promised(quote_scores, mention_scores):
    _, quotes = quote_scores
    _, mentions = mention_scores
    assert quotes.gold >= 150 and quotes.direct_total >= 90
    assert sum(mentions.lenient[kind].tp + mentions.lenient[kind].fn for kind in ("person", "country", "organization")) >= 400


def test_quote_detection_and_speaker_floors(quote_scores):
    validator, scores = quote_scores
    report = validator.report(scores)
    assert scores.precision >= 0.95 and scores.recall >= 0.95, report
    assert scores.direct_accuracy >= 0.95, report
    assert scores.partial_accuracy >= 0.90, report
    assert scores.kind_accuracy >= 0.95, report


def test_mention_floors_per_type(mention_scores):
    validator, scores = mention_scores
    report = validator.report(scores, details=True)
    floors = {"person": (0.93, 0.92), "country": (0.90, 0.92), "organization": (0.93, 0.78)}
    for kind, (precision, recall) in floors.items():
        counts = scores.lenient[kind]
        assert counts.precision >= precision and counts.recall >= recall, f"{kind}\n{report}"
    overall = scores.overall()
    assert overall.precision >= 0.94 and overall.recall >= 0.88, report
