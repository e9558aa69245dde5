"""The co-mention network as a matplotlib figure: actors on a circle, pairs as lines.

No graph library is needed for a few dozen nodes: nodes sit on a circle in
the order of the actor table (named in the most articles first, clockwise from
the top), node area grows with the articles naming the actor, line width with
the articles where both actors are named together (a pair must be in at least
``min_articles`` of them to be drawn), and node colour shows the actor type
(legend below the circle, clear of the labels). A single article has no
network worth drawing: :func:`network_note` says so in one line.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from analysis.plotting import new_figure

TYPE_COLOURS = {
    "person": "#d62728", "country": "#1f77b4", "organization": "#2ca02c", "region": "#9467bd",
    "media": "#ff7f0e", "place": "#8c564b",
}
OTHER_COLOUR = "#7f7f7f"
EDGE_COLUMNS = ["actor_id_a", "actor_a", "actor_id_b", "actor_b", "articles", "count", "x_a", "y_a", "x_b", "y_b"]


def circular_layout(n: int) -> np.ndarray:
    """``n`` points on the unit circle, clockwise from the top: an ``(n, 2)`` array."""
    angles = np.pi / 2 - 2 * np.pi * np.arange(n) / max(n, 1)
    return np.column_stack([np.cos(angles), np.sin(angles)])


def network_note(n_articles: float) -> str | None:
    """Why the network is not drawn (one line), or None when the corpus has two articles or more."""
    if n_articles >= 2:
        return None
    return f"{n_articles:g} article: every actor co-occurs in the same one, so no co-mention network is drawn."


def network_figure(
    pairs: pd.DataFrame, actors: pd.DataFrame, *, top_n: int = 20, min_articles: float = 1, title: str | None = None
) -> tuple[plt.Figure, pd.DataFrame]:
    """Draw the first ``top_n`` actors of ``actors`` that share a pair, and the pairs among them.

    ``pairs`` comes from :func:`analysis.actors.summary.co_mentions` (its
    ``articles`` column), ``actors`` from
    :func:`analysis.actors.summary.actor_table` (named in the most articles
    first; filter it for support first). Pairs named together in fewer than
    ``min_articles`` articles are not drawn. Returns the figure and the edge
    table drawn (``EDGE_COLUMNS``, with node coordinates), to be saved beside it.
    """
    strong = pairs[pairs["articles"] >= min_articles]
    linked = set(strong["actor_id_a"]) | set(strong["actor_id_b"])
    nodes = actors[actors["actor_id"].isin(linked)].head(top_n).reset_index(drop=True)
    positions = circular_layout(len(nodes))
    where = {actor_id: positions[i] for i, actor_id in enumerate(nodes["actor_id"])}
    edges = strong[strong["actor_id_a"].isin(where) & strong["actor_id_b"].isin(where)].reset_index(drop=True)
    data = edges.assign(
        x_a=[where[a][0] for a in edges["actor_id_a"]], y_a=[where[a][1] for a in edges["actor_id_a"]],
        x_b=[where[b][0] for b in edges["actor_id_b"]], y_b=[where[b][1] for b in edges["actor_id_b"]],
    ).reindex(columns=EDGE_COLUMNS)
    fig, ax = new_figure(width=7.0, height=7.0)
    ax.grid(False)
    _draw_edges(ax, data)
    _draw_nodes(ax, nodes, positions)
    ax.set_xlim(-1.45, 1.45)
    ax.set_ylim(-1.3, 1.3)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(title or f"Named in the same sentence: the {len(nodes)} actors in the most articles\n"
                          f"(line width: articles with such a sentence, at least {min_articles:g})", fontsize=11)
    return fig, data


def _draw_edges(ax: plt.Axes, edges: pd.DataFrame) -> None:
    if edges.empty:
        return
    widest = edges["articles"].max()
    for row in edges.itertuples():
        ax.plot([row.x_a, row.x_b], [row.y_a, row.y_b], color="#555555",
                linewidth=0.5 + 4.5 * row.articles / widest, alpha=0.35 + 0.5 * row.articles / widest, zorder=1)


def _draw_nodes(ax: plt.Axes, nodes: pd.DataFrame, positions: np.ndarray) -> None:
    if nodes.empty:
        ax.text(0, 0, "no co-mentions", ha="center", va="center")
        return
    sizes = 80 + 900 * nodes["articles"] / nodes["articles"].max()
    colours = [TYPE_COLOURS.get(t, OTHER_COLOUR) for t in nodes["actor_type"]]
    ax.scatter(positions[:, 0], positions[:, 1], s=sizes, c=colours, edgecolors="white", zorder=2)
    for (x, y), name in zip(positions, nodes["actor"]):
        ax.annotate(str(name), (x, y), xytext=(x * 1.12, y * 1.12), ha="left" if x > 0.05 else "right" if x < -0.05 else "center",
                    va="center", fontsize=8, zorder=3)
    kinds = list(dict.fromkeys(nodes["actor_type"]))
    for actor_type in kinds:
        ax.scatter([], [], c=TYPE_COLOURS.get(actor_type, OTHER_COLOUR), s=40, label=str(actor_type))
    # below the circle, outside the axes: never over a node or its label
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=len(kinds), fontsize=8, frameon=False,
              borderaxespad=0.0, handletextpad=0.3, columnspacing=1.2)
