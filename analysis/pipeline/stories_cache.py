"""Near-duplicate stories of stored tables, kept in the analysis cache: a report finds them once, not once per page.

Finding stories reads every stored text (about 1 ms per article, so ~100 s
at 100,000 articles), and pages 00-03 each need them (the dedupe note says
how many articles would fold even with ``dedupe="none"``). The result
depends only on the tables, the articles selected (a date window selects
fewer) and the story settings, so it is cached under a key made of the
SHA-256 of the tables' manifest, of the selected doc_ids in order, of the
settings and of the library's code (:func:`~analysis.pipeline.cache.library_fingerprint`):
``<cache_dir>/stories/<key>/{articles,stories}.parquet``, each written to a
temporary name and renamed into place. Rewritten tables have a new manifest,
hence a new key. A cached file that cannot be read, or whose articles are not
the selected ones in order, is recomputed and replaced, with one
:class:`~analysis.pipeline.cache.CacheWarning`; a cache folder that cannot be
written gives one warning and the stories are only computed.
"""
from __future__ import annotations

import hashlib
import io
import json
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis.corpus import near_duplicates
from analysis.corpus.near_duplicates import STORY_COLUMNS, Stories
from analysis.paths import PACKAGE_DIR, cache_dir
from analysis.pipeline.cache import CacheWarning, library_fingerprint, write_atomic
from analysis.pipeline.lazy import StoredAnalysis
from analysis.pipeline.stored import MANIFEST

STORIES_FOLDER = "stories"
_PARTS = ("articles", "stories")
_OBJECT_COLUMNS = ("source", "title")  # the stories table's columns of str values or NaN


def cached_stories(stored: StoredAnalysis, *, threshold: float, find: Callable[[], Stories],
                   folder: Path | None = None) -> Stories:
    """The stories of ``stored``'s articles: read from the cache (``folder``, default :func:`cache_dir`), else
    ``find()`` and cached."""
    doc_ids = stored.articles["doc_id"].astype("str").tolist()
    entry = (cache_dir() if folder is None else Path(folder)) / STORIES_FOLDER / stories_key(stored, doc_ids, threshold)
    if all((entry / f"{part}.parquet").is_file() for part in _PARTS):
        try:
            return _read(entry, doc_ids)
        except (OSError, ValueError, KeyError, pa.ArrowException) as error:
            warnings.warn(f"stories cache {entry} could not be read ({error}); finding the stories again",
                          CacheWarning, stacklevel=2)
    stories = find()
    try:
        for part in _PARTS:
            write_atomic(entry / f"{part}.parquet", _parquet_bytes(getattr(stories, part)))
    except OSError as error:
        warnings.warn(f"stories cache {entry} cannot be written ({error}); the stories are not cached",
                      CacheWarning, stacklevel=2)
    return stories


def stories_key(stored: StoredAnalysis, doc_ids: list[str], threshold: float) -> str:
    """The cache key of the stories of ``doc_ids`` (in order) in ``stored``'s tables at ``threshold``."""
    payload = {
        "manifest_sha256": hashlib.sha256((stored.folder / MANIFEST).read_bytes()).hexdigest(),
        "doc_ids_sha256": hashlib.sha256("\n".join(doc_ids).encode("utf-8")).hexdigest(),
        "threshold": float(threshold),
        "settings": [near_duplicates.NUM_PERM, near_duplicates.SHINGLE_WORDS, near_duplicates.SEED,
                     list(near_duplicates.LSH_WEIGHTS)],
        "library": _library(),
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode("utf-8")).hexdigest()[:24]


@lru_cache(maxsize=1)
def _library() -> str:
    return library_fingerprint(PACKAGE_DIR)


def _parquet_bytes(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), buffer)
    return buffer.getvalue()


def _read(entry: Path, doc_ids: list[str]) -> Stories:
    """The cached stories, in the dtypes :func:`~analysis.corpus.find_stories` gives; a ValueError unless they cover
    exactly ``doc_ids`` in order."""
    articles = pq.read_table(entry / "articles.parquet").to_pandas()
    stories = pq.read_table(entry / "stories.parquet").to_pandas()
    empty = near_duplicates.find_stories(pd.DataFrame({"doc_id": [], "text": []}, dtype="str"))
    articles = articles[list(STORY_COLUMNS)].astype(STORY_COLUMNS)
    stories = stories[list(empty.stories.columns)].astype(empty.stories.dtypes.to_dict())
    for column in _OBJECT_COLUMNS:  # the stored articles' text columns give NaN for a missing value, as found
        stories[column] = stories[column].where(stories[column].notna(), np.nan)
    if articles["doc_id"].tolist() != doc_ids:
        raise ValueError("its articles are not the ones selected")
    if int(stories["size"].sum()) != len(articles):
        raise ValueError("its stories do not hold every article once")
    return Stories(articles=articles, stories=stories)
