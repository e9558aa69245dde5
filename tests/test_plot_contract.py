"""Every public plot function returns ``(Figure, DataFrame)``: the figure and the data it drew.

The figures are drawn from the summary tables the notebooks draw them from, on
a small corpus analysed here; a new plot function exported by a wing must get a
case below (the first test fails until it does).
"""
from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any, Callable

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from analysis import analyze, framing, load_corpus, sentiment
from analysis.actors import actor_table, co_mentions, network_figure
from analysis.corpus import articles_by_date, articles_by_source, plot_articles_by_date, plot_articles_by_source, plot_lengths
from analysis.corpus import find_stories, plot_syndication, syndication_by_outlet, with_stories
from analysis.framing import comparison_groups, keyness
from analysis.plotting import save_figure

PLOT_WINGS = ("corpus", "sentiment", "framing", "actors")
PLOT_MODULES = ("plots", "network_plot")

ARTICLES = [
    ("EFE", "2021-01-04", 'Russia and the United States agreed on trade. "The talks were a great success," Lavrov said. '
     "The economy grew and taxes fell."),
    ("EFE", "2021-02-08", "The United States criticised Russia over the war. Sanctions hurt the economy and jobs. "
     '"We are very worried," Blinken said.'),
    ("AP", "2021-01-20", "China praised the agreement with Russia. The court ruled that the law on taxes was legal. "
     "Farmers welcomed the budget."),
    ("AP", "2021-02-15", '"This is a terrible crisis," said Lavrov. The United States and China discussed security, '
     "the army and the police."),
]


def plot_functions() -> set[str]:
    """``wing.name`` of every exported function of a wing's plot module that draws a figure."""
    found = set()
    for wing in PLOT_WINGS:
        exports = importlib.import_module(f"analysis.{wing}")._EXPORTS
        found |= {f"{wing}.{name}" for name, module in exports.items()
                  if module in PLOT_MODULES and (name.startswith("plot_") or name.endswith("_figure"))}
    return found


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("plot_contract")
    lines = [json.dumps({"source": source, "date": date, "title": f"Story {i}", "text": text})
             for i, (source, date, text) in enumerate(ARTICLES)]
    (folder / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return analyze(load_corpus(folder), cache=False, frames=framing.frames_option("policy"))


def scored(result: Any) -> pd.DataFrame:
    return sentiment.scored_sentences(result.sentences, result.sentiment, result.articles)


def key_terms(result: Any) -> tuple[pd.DataFrame, tuple[str, str]]:
    groups = comparison_groups(result, "source")
    labels = tuple(groups)
    return keyness(*groups.values(), labels=labels, min_freq=1), labels


def network(result: Any) -> Any:
    actors = actor_table(result.mentions, result.quotes, sentences=result.sentences)
    return network_figure(co_mentions(result.mentions), actors, top_n=10)


def keyness_plot(result: Any) -> Any:
    table, labels = key_terms(result)
    return framing.keyness_figure(table, labels=labels)


CASES: dict[str, Callable[[Any], Any]] = {
    "corpus.plot_articles_by_date": lambda r: plot_articles_by_date(articles_by_date(r.articles)),
    "corpus.plot_articles_by_source": lambda r: plot_articles_by_source(articles_by_source(r.articles)),
    "corpus.plot_lengths": lambda r: plot_lengths(r.articles),
    "corpus.plot_syndication": lambda r: plot_syndication(
        syndication_by_outlet(with_stories(r.articles, find_stories(r.articles)), find_stories(r.articles).stories)),
    "sentiment.distribution_figure": lambda r: sentiment.distribution_figure(sentiment.compound_histogram(scored(r))),
    "sentiment.group_figure": lambda r: sentiment.group_figure(sentiment.group_tone(r.articles, by="source"), title="Tone"),
    "sentiment.over_time_figure": lambda r: sentiment.over_time_figure(sentiment.group_tone(r.articles, by="period", freq="M")),
    "sentiment.voice_figure": lambda r: sentiment.voice_figure(sentiment.voice_tone(r.articles, by="source")),
    "sentiment.sentence_figure": lambda r: sentiment.sentence_figure(sentiment.sentence_view(scored(r), r.articles["doc_id"].iloc[0])),
    "framing.prevalence_figure": lambda r: framing.prevalence_figure(framing.frame_prevalence(r)),
    "framing.timeline_figure": lambda r: framing.timeline_figure(framing.frames_by(r, "period", freq="M")),
    "framing.heatmap_figure": lambda r: framing.heatmap_figure(framing.frame_cooccurrence(r), title="Co-occurrence",
                                                               value_label="sentences"),
    "framing.keyness_figure": keyness_plot,
    "actors.network_figure": network,
}


def test_every_public_plot_function_has_a_case():
    assert plot_functions() == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_plot_function_returns_figure_and_data(name: str, result: Any, tmp_path: Path):
    drawn = CASES[name](result)
    assert isinstance(drawn, tuple) and len(drawn) == 2, f"{name} returned {type(drawn).__name__}"
    figure, data = drawn
    try:
        assert isinstance(figure, plt.Figure)
        assert isinstance(data, pd.DataFrame) and not data.empty
        assert list(tmp_path.iterdir()) == []  # the function saved nothing itself
        png, csv = save_figure(figure, data, "figure", tmp_path)
        assert png.stat().st_size > 0 and len(pd.read_csv(csv)) == len(data)
    finally:
        plt.close(figure)
