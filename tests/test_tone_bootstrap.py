"""bootstrap_ci draws its resamples in blocks of bounded size and gives the numbers of one whole draw."""
from __future__ import annotations

import numpy as np
import pytest

from analysis.sentiment import tone
from analysis.sentiment.tone import bootstrap_ci


def whole_draw_ci(values, *, n_boot, level, seed, weights=None):
    """The implementation before blocks (commit 9b0a831): all ``n_boot`` resamples drawn as one array."""
    weights = np.ones(len(values)) if weights is None else np.asarray(weights, dtype="float64")
    valued = ~np.isnan(values)
    values, weights = values[valued], weights[valued]
    if len(values) < 2:
        return float("nan"), float("nan")
    drawn = np.random.default_rng(seed).integers(0, len(values), size=(n_boot, len(values)))
    means = (values[drawn] * weights[drawn]).sum(axis=1) / weights[drawn].sum(axis=1)
    low, high = np.quantile(means, [(1.0 - level) / 2.0, 1.0 - (1.0 - level) / 2.0])
    return float(low), float(high)


@pytest.mark.parametrize("block", [1, 7, 250, tone.BOOTSTRAP_BLOCK])
@pytest.mark.parametrize("n, n_boot, seed, weighted", [
    (3, 1000, 0, False), (57, 1000, [3, 12345], True), (1_001, 333, 9, True), (40, 1, 1, False),
])
def test_blocks_give_the_intervals_of_one_whole_draw(monkeypatch, block, n, n_boot, seed, weighted):
    rng = np.random.default_rng(42)
    values = rng.normal(size=n)
    values[::11] = np.nan  # articles without a tone are left out before drawing
    weights = rng.choice([1.0, 0.5, 1 / 3], size=n) if weighted else None
    expected = whole_draw_ci(values, n_boot=n_boot, level=0.9, seed=seed, weights=weights)
    monkeypatch.setattr(tone, "BOOTSTRAP_BLOCK", block * n)  # resamples per block: ``block`` (fewer articles: more)
    assert bootstrap_ci(values, n_boot=n_boot, level=0.9, seed=seed, weights=weights) == expected


def test_a_draw_of_many_articles_holds_one_block_at_a_time(monkeypatch):
    sizes = []
    real = np.random.Generator.integers
    values = np.linspace(-1, 1, 5_000)
    monkeypatch.setattr(tone, "BOOTSTRAP_BLOCK", 50_000)
    rng = np.random.default_rng(0)

    class Watched:
        def integers(self, *args, size, **kwargs):
            sizes.append(size)
            return real(rng, *args, size=size, **kwargs)

    monkeypatch.setattr(tone.np.random, "default_rng", lambda seed: Watched())
    bootstrap_ci(values, n_boot=1000, seed=0)
    assert sizes == [(10, 5_000)] * 100
