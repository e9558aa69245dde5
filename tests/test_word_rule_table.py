"""The news-aware word rules are declared once (``analysis.sentiment.step.WORD_RULES``): the step's options,
``WordRules`` and ``score_sentences``' keywords are read from that table, in the order the rules apply."""
from __future__ import annotations

import pytest

from analysis.sentiment import step
from analysis.sentiment.neutral_words import WORD_LISTS
from analysis.text.lexicon import list_path


def test_the_rules_apply_in_the_declared_order() -> None:
    # the order changes scores (the non-negating "not" scores the sentence again): reorder deliberately
    assert [rule.name for rule in step.WORD_RULES] == [
        "scope", "inflections", "derivations", "names", "like", "negators", "lessening", "absence", "countered",
        "harmed", "excess", "senses", "stance", "domains", "amounts", "procedures", "questions", "advice", "dates", "phrases", "markers",
    ]


def test_options_fields_and_keywords_come_from_the_table() -> None:
    assert step.WordRules._fields == tuple(rule.name for rule in step.WORD_RULES)
    assert not any(step.WordRules())
    for rule in step.WORD_RULES:
        assert step.DEFAULTS[rule.option] is rule.default
        assert rule.keyword == rule.option.removeprefix("sentiment_")
        assert step.score_sentences(["Fine."], **{rule.keyword: True})["compound"].notna().all()


def test_an_unknown_rule_keyword_is_refused_by_name() -> None:
    with pytest.raises(TypeError, match="neutral_amount'.*neutral_amounts"):
        step.score_sentences(["Fine."], neutral_amount=True)


def test_every_word_list_rule_has_a_row_and_a_list_file() -> None:
    names = {rule.name for rule in step.WORD_RULES}
    for rule, list_name in WORD_LISTS.items():
        assert rule in names
        assert list_path(list_name, "en").exists()
