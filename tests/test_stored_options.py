"""Stored tables written before an option existed: the option counts as its default; asking otherwise is refused."""
from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest

from analysis.errors import OptionError
from analysis.pipeline.batch import analyze_to_parquet
from analysis.pipeline.lazy import open_stored
from analysis.pipeline.stored import open_analysis, open_corpus

STORIES = {
    "a.txt": "MOSCOW, Dec 22 (Reuters) - Russia said on Tuesday it would talk to Brazil. “We are ready,” Lavrov said.\n",
    "b.txt": "WASHINGTON, March 2 (AP) — The White House warned of new sanctions against Iran.\n",
}
NEWER = ("sentiment_lang_methods", "mentions_backend")  # options added after the first tables were written


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    folder = tmp_path_factory.mktemp("options")
    (folder / "corpus").mkdir()
    for name, text in STORIES.items():
        (folder / "corpus" / name).write_text(text, encoding="utf-8")
    return analyze_to_parquet(folder / "corpus", folder / "tables", cache=False, load_options={"year": 2021}).out


@pytest.fixture()
def old_tables(tables, tmp_path):
    """The same tables with a manifest from before ``NEWER`` and ``max_chars`` existed (load option written too)."""
    old = tmp_path / "old"
    shutil.copytree(tables, old)
    manifest = json.loads((old / "manifest.json").read_text(encoding="utf-8"))
    assert set(NEWER) <= set(manifest["options"]), sorted(manifest["options"])
    for name in NEWER:
        del manifest["options"][name]
    manifest["load_options"] = {"year": 2021}
    (old / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return old


def _open(kind, folder, **request):
    return open_analysis(tables=folder, **request) if kind == "pandas" else open_stored(folder, **request)


@pytest.mark.parametrize("kind", ["pandas", "stored"])
def test_an_option_an_old_manifest_lacks_counts_as_its_default(tables, old_tables, kind):
    request = {"steps": ("sentiment", "actors"), "load_options": {"year": 2021}}
    expected = _open(kind, tables, **request).articles
    pd.testing.assert_frame_equal(_open(kind, old_tables, **request).articles, expected)
    explicit = _open(kind, old_tables, steps=("sentiment", "actors"), sentiment_lang_methods={},
                     load_options={"year": 2021, "max_chars": 2_000_000})  # the defaults, asked for by name
    pd.testing.assert_frame_equal(explicit.articles, expected)


def test_a_non_default_request_against_an_old_manifest_is_refused_by_name(old_tables):
    with pytest.raises(OptionError, match=r"written before option sentiment_threshold existed|computed with"):
        open_analysis(tables=old_tables, steps=("sentiment",), load_options={"year": 2021}, sentiment_threshold=0.3)
    manifest = json.loads((old_tables / "manifest.json").read_text(encoding="utf-8"))
    del manifest["options"]["sentiment_threshold"]
    (old_tables / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(OptionError, match=r"written before option sentiment_threshold existed, so with its default "
                                          r"sentiment_threshold=0\.05, not 0\.3"):
        open_stored(old_tables, steps=("sentiment",), load_options={"year": 2021}, sentiment_threshold=0.3)
    with pytest.raises(OptionError, match=r"loaded with \{'year': 2021\}, not \{'year': 2021, 'max_chars': 10\}"):
        open_corpus(tables=old_tables, year=2021, max_chars=10)


def test_tables_missing_a_column_are_refused_with_the_column_named(tables, tmp_path):
    old = tmp_path / "old"
    shutil.copytree(tables, old)
    for part in (old / "articles").glob("*.parquet"):
        frame = pd.read_parquet(part)
        frame.drop(columns=["lang_source"]).to_parquet(part)
    with pytest.raises(OptionError, match=r"lack column\(s\) \['lang_source'\]; write them again"):
        open_stored(old, load_options={"year": 2021})
