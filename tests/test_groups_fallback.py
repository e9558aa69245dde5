"""Grouping that adapts, support behind rankings, and tables that show every row."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.display import html_table
from analysis.stats.groups import UNKNOWN, adaptive_grouping, group_labels, undated_last
from analysis.stats.support import wilson_interval, with_min_support


def articles(**columns) -> pd.DataFrame:
    n = len(next(iter(columns.values())))
    base = {"doc_id": [f"d{i}" for i in range(n)], "source": [None] * n, "place": [None] * n,
            "date": pd.to_datetime([None] * n), "url": [None] * n, "path": [f"a{i}.txt" for i in range(n)]}
    return pd.DataFrame({**base, **columns})


def test_a_source_column_with_two_groups_is_kept() -> None:
    grouping = adaptive_grouping(articles(source=["EFE", "AP", None]), "source")
    assert grouping.by == "source" and not grouping.fell_back and grouping.groups == ("AP", "EFE")


def test_no_source_falls_back_to_the_url_domain_and_says_so() -> None:
    table = articles(url=["https://www.efe.com/a", "http://apnews.com/b?x=1", None])
    grouping = adaptive_grouping(table, "source")
    assert grouping.by == "url_domain" and grouping.fell_back and grouping.groups == ("apnews.com", "efe.com")
    assert "'source'" in grouping.note and "'url_domain'" in grouping.note and "no known group" in grouping.note
    assert group_labels(table, "url_domain").tolist() == ["efe.com", "apnews.com", UNKNOWN]


def test_then_the_folder_then_place_then_period() -> None:
    folders = articles(path=["efe/1.txt", "ap/2.txt", "ap/3.txt"])
    assert adaptive_grouping(folders, "source").by == "folder"
    places = articles(place=["Moscow", "Lima", None])
    assert adaptive_grouping(places, "source").by == "place"
    dated = articles(date=pd.to_datetime(["2021-01-05", "2021-03-01", None]))
    grouping = adaptive_grouping(dated, "source", freq="M")
    assert grouping.by == "period" and grouping.groups == ("2021-01", "2021-03") and "month" in grouping.note
    assert "'url_domain': no known group" in grouping.note and "'folder': 1 known group (.)" in grouping.note


def test_nothing_to_compare_keeps_the_grouping_and_says_why() -> None:
    grouping = adaptive_grouping(articles(source=["EFE"]), "source")
    assert grouping.by == "source" and not grouping.fell_back and "no alternative has more" in grouping.note


def test_unknown_and_undated_rows_go_last() -> None:
    table = pd.DataFrame({"n": [1, 2, 3, 4]}, index=[UNKNOWN, "undated", "AP", "EFE"])
    assert list(undated_last(table).index) == ["AP", "EFE", UNKNOWN, "undated"]


def test_wilson_interval_is_bounded_and_narrows_with_n() -> None:
    low, high = wilson_interval(np.array([0, 1, 5, 50]), np.array([1, 1, 10, 100]))
    assert low[0] == 0 and high[1] == 1 and (low <= high).all()
    assert high[2] - low[2] > high[3] - low[3]  # 5 of 10 is less certain than 50 of 100
    assert round(float(low[3]), 3) == 0.404 and round(float(high[3]), 3) == 0.596
    empty_low, _ = wilson_interval(0, 0)
    assert np.isnan(empty_low)


def test_min_support_leaves_out_thin_groups_and_counts_them() -> None:
    table = pd.DataFrame({"n_articles": [40, 2, 0, 7]}, index=["EFE", "AFP", "DPA", "AP"])
    supported = with_min_support(table, minimum=5, what="sources")
    assert list(supported.table.index) == ["EFE", "AP"] and list(supported.left_out.index) == ["AFP", "DPA"]
    assert supported.note.startswith("2 of 4 sources with fewer than 5 articles left out") and "AFP (2)" in supported.note
    assert with_min_support(table, minimum=0).left_out.empty
    with pytest.raises(KeyError, match="no column 'n'"):
        with_min_support(table, minimum=1, count="n")


def test_html_table_shows_every_row_wraps_text_and_links_urls() -> None:
    table = pd.DataFrame({"text": ["a <b> sentence " * 20] * 70, "link": ["https://x.org/a?b=1&c=2"] * 69 + ["seeds/x.txt"]})
    markup = html_table(table)._repr_html_()
    assert markup.count("<tr>") == 71 and "..." not in markup  # header + every row
    assert '<a href="https://x.org/a?b=1&amp;c=2"' in markup and ">seeds/x.txt<" in markup
    assert "&lt;b&gt;" in markup and "overflow-wrap:anywhere" in markup and "width:100%" in markup
    cut = html_table(table, max_rows=10)
    assert cut._repr_html_().count("<tr>") == 11 and "60 more row(s) not shown (of 70)" in cut._repr_html_()
