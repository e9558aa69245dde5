"""``analyze(corpus_or_path, engine=...)``: where the per-article work runs.

``engine="local"`` runs in this process (or ``workers`` processes);
``engine="dask"`` on a Dask cluster (``scheduler``: None starts a
``distributed.LocalCluster`` sized to the machine, an address such as
``"tcp://host:8786"`` connects, a ``distributed.Client`` is used as given).
A loaded :class:`~analysis.corpus.loading.Corpus` is sent to the cluster in
batches of articles through the client's ``concurrent.futures`` executor; a
path is loaded and analysed on the workers by the Dask engine
(:func:`~analysis.pipeline.dask_engine.analyze_on_dask`) into a temporary
tables folder, read back with :func:`~analysis.pipeline.stored.open_analysis`.
Either way the result is the :class:`~analysis.pipeline.spine.Analysis` the
local engine gives. (For a remote cluster, the path and the temporary folder
must be on storage the workers share; for big corpora write the tables with
``python -m analysis analyze --engine dask`` and open them with ``open_analysis``.)
"""
from __future__ import annotations

import shutil
import tempfile
from concurrent.futures import Executor
from pathlib import Path
from typing import Any, Sequence

from analysis.corpus.loading import Corpus
from analysis.pipeline import spine
from analysis.pipeline.spine import Analysis

ENGINES = ("local", "dask")


def analyze(
    corpus: Corpus | str | Path,
    *,
    engine: str = "local",
    scheduler: Any = None,
    steps: Sequence[str] | None = None,
    cache: bool = True,
    cache_dir: str | Path | None = None,
    workers: int = 1,
    executor: Executor | None = None,
    **options: Any,
) -> Analysis:
    """Run the analysis over ``corpus`` (a loaded Corpus, or a path to load) on ``engine``.

    Parameters
    ----------
    engine, scheduler:
        ``"local"`` (this process, or ``workers`` processes) or ``"dask"``: a
        Dask cluster (``scheduler``: None starts a local cluster, else an
        address such as ``"tcp://host:8786"`` or a ``distributed.Client``);
        see the module docstring.
    steps, cache, cache_dir, workers, executor, options:
        As for the local engine, :func:`analysis.pipeline.spine.analyze`
        (steps by short name, the per-article cache, worker processes, a
        process pool to reuse, and step options).
    """
    if engine not in ENGINES:
        raise ValueError(f"engine={engine!r}: expected one of {ENGINES}")
    if engine == "local":
        return spine.analyze(corpus, steps=steps, cache=cache, cache_dir=cache_dir, workers=workers,
                             executor=executor, **options)
    from analysis.pipeline.dask_engine import dask_client

    with dask_client(scheduler, n_workers=workers if workers > 1 else None) as client:
        if isinstance(corpus, Corpus):
            threads = max(2, sum(client.nthreads().values()))
            return spine.analyze(corpus, steps=steps, cache=cache, cache_dir=cache_dir, workers=threads,
                                 executor=client.get_executor(), **options)
        return _through_tables(corpus, client, steps=steps, cache=cache, options=options)


def _through_tables(corpus: str | Path, client: Any, *, steps: Sequence[str] | None, cache: bool, options: dict[str, Any]) -> Analysis:
    """Analyse a path with the Dask engine into a temporary tables folder and read it back."""
    from analysis.pipeline.dask_engine import analyze_on_dask
    from analysis.pipeline.stored import open_analysis

    folder = Path(tempfile.mkdtemp(prefix="analysis-dask-"))
    try:
        analyze_on_dask(corpus, folder / "tables", scheduler=client, cache=cache, steps=steps, **options)
        return open_analysis(tables=folder / "tables", steps=steps, **options)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
