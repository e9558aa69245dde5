"""Grouping articles by a column or by period, undated last."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.stats.groups import UNDATED, group_labels, undated_last

ARTICLES = pd.DataFrame(
    {
        "doc_id": ["a", "b", "c"],
        "source": ["EFE", None, "AP"],
        "date": pd.to_datetime(["2021-12-22", None, "2022-01-03"]),
    }
)


def test_period_labels_with_undated_articles_labelled_undated():
    assert group_labels(ARTICLES, "period", freq="M").to_dict() == {"a": "2021-12", "b": UNDATED, "c": "2022-01"}


def test_column_labels_with_missing_values_labelled_unknown():
    assert group_labels(ARTICLES, "source").to_dict() == {"a": "EFE", "b": "(unknown)", "c": "AP"}


def test_unknown_grouping_names_the_columns_that_exist():
    with pytest.raises(KeyError, match="cannot group articles by 'outlet'.*'source'"):
        group_labels(ARTICLES, "outlet")


def test_undated_row_moves_to_the_end():
    table = pd.DataFrame({"n": [1, 2, 3]}, index=[UNDATED, "2021-12", "2022-01"])
    assert list(undated_last(table).index) == ["2021-12", "2022-01", UNDATED]
