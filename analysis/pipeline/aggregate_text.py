"""The notebooks' summaries that read article texts (KWIC, keyness), and news-aware tone changes, in bounded memory.

Each function takes ``source``: an :class:`~analysis.pipeline.spine.Analysis`
(articles with their text in pandas) or a
:class:`~analysis.pipeline.lazy.StoredAnalysis` (``open_stored``). Stored,
the texts stream from the Parquet parts ``batch_rows`` articles at a time
(:meth:`StoredAnalysis.article_chunks`) and each chunk goes through the very
function the pandas path calls (:func:`analysis.framing.kwic`,
:func:`analysis.framing.keyterms.term_counts`), so
both give the same rows, order and dtypes (``tests/test_aggregate.py``;
weighted sums may differ in the last digits). Memory grows with the chunk and
with the result, never with the corpus: keyness adds each chunk's term counts
to a DuckDB table (which spills to disk) and takes out only the terms seen
``min_freq`` times.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator, Sequence

import pandas as pd

from analysis.actors.mention_types import counted_sql
from analysis.framing import keyterms
from analysis.pipeline.aggregate import _stored
from analysis.stats.groups import article_weights
from analysis.pipeline.lazy import StoredAnalysis
from analysis.sentiment import tone
from analysis.sentiment.step import BEFORE_CUE_RULE

__all__ = ["text_chunks", "kwic", "comparison_groups", "keyness", "cue_changes"]

BATCH_ROWS = 2_000  # articles (with their text) held at once
COMPACT_EVERY = 5  # keyness sums its per-chunk term counts into one row per term every this many chunks


def text_chunks(source: Any, columns: Sequence[str], *, batch_rows: int = BATCH_ROWS) -> Iterator[pd.DataFrame]:
    """The articles' ``columns`` (``text`` among them), ``batch_rows`` articles at a time, in corpus order."""
    stored = _stored(source)
    if stored is not None:
        yield from stored.article_chunks(columns, batch_rows=batch_rows)
        return
    articles = source.articles
    for first in range(0, len(articles), batch_rows):
        yield articles.iloc[first:first + batch_rows][list(columns)].reset_index(drop=True)


# ---------------------------------------------------------------- keywords in context


def kwic(source: Any, term_or_phrase: str | Sequence[str], *, window: int = 8, stem: bool = False,
         limit: int | None = None, batch_rows: int = BATCH_ROWS) -> pd.DataFrame:
    """:func:`analysis.framing.kwic` over the articles (stored: chunk by chunk, the rows of all chunks in order);
    ``limit`` keeps the first occurrences in corpus order (stored: no text after the chunk that completes them is read).
    """
    stored = _stored(source)
    if stored is None:
        return keyterms.kwic(source, term_or_phrase, window=window, stem=stem).head(limit)
    columns = ["doc_id", "text", *(["title"] if "title" in stored.article_schema.columns else [])]
    found, n_found = [], 0
    for chunk in stored.article_chunks(columns, batch_rows=batch_rows):
        part = keyterms.kwic(chunk, term_or_phrase, window=window, stem=stem)
        if len(part):
            found.append(part)
            n_found += len(part)
        if limit is not None and n_found >= limit:
            break
    if not found:
        return keyterms.kwic(stored.article_schema[columns], term_or_phrase, window=window, stem=stem)
    return pd.concat(found, ignore_index=True).head(limit)


# ---------------------------------------------------------------- keyness


def comparison_groups(source: Any, by: str, *, freq: str = "Y") -> dict[str, pd.DataFrame]:
    """:func:`analysis.framing.comparison_groups`: two groups of articles (stored: the articles without their text;
    ``actor:...`` finds the articles that mention the actor in DuckDB)."""
    stored = _stored(source)
    if stored is None or not by.startswith(keyterms.ACTOR_PREFIX):
        return keyterms.comparison_groups(source, by, freq=freq)
    actor = by[len(keyterms.ACTOR_PREFIX):]
    mentions = f"(SELECT * FROM {stored.table('mentions', ['doc_id', 'actor_id', 'actor', 'how'])} WHERE {counted_sql('how')})"
    names = stored.query(f"SELECT DISTINCT actor FROM {mentions} WHERE actor IS NOT NULL", what="actor names")["actor"]
    same_name = [name for name in names.astype("str") if name.casefold() == actor.casefold()]  # as pandas casefolds
    found = stored.query(
        f"SELECT doc_id, actor, _part, _row FROM {mentions} WHERE actor_id = ? OR actor IN (SELECT name FROM _names)",
        what="articles naming the actor", params=[actor], frames={"_names": pd.DataFrame({"name": same_name}, dtype="str")},
    ).sort_values(["_part", "_row"], kind="stable")
    label = found["actor"].iloc[0] if len(found) else actor
    with_actor = stored.articles["doc_id"].isin(set(found["doc_id"]))
    groups = {f"mentions {label}": stored.articles[with_actor], f"does not mention {label}": stored.articles[~with_actor]}
    return {name: group for name, group in groups.items() if len(group)}


def keyness(
    source: Any,
    groups: dict[str, pd.DataFrame] | Sequence[pd.DataFrame],
    *,
    min_freq: int = 5,
    max_words: int = 2,
    stopwords: Iterable[str] | str | None = "default",
    labels: tuple[str, str] | None = None,
    top: int | None = None,
    lang: str = "en",
    batch_rows: int = BATCH_ROWS,
) -> pd.DataFrame:
    """:func:`analysis.framing.keyness` of two groups of ``source``'s articles (``comparison_groups``; stored, the
    groups' texts stream in chunks and the term counts add up in DuckDB). ``labels`` default to the group names."""
    named = dict(groups) if isinstance(groups, dict) else {label: group for label, group in zip(("a", "b"), groups)}
    if len(named) != 2:
        raise ValueError(f"keyness compares two groups of articles, got {len(named)}: {list(named)}")
    labels = tuple(named) if labels is None else labels
    group_a, group_b = named.values()
    stored = _stored(source)
    if stored is None:
        return keyterms.keyness(group_a, group_b, min_freq=min_freq, max_words=max_words, stopwords=stopwords,
                                labels=labels, top=top, lang=lang)
    if min_freq < 1:
        raise ValueError(f"min_freq must be at least 1, got {min_freq}")
    words = keyterms.stopword_set(stopwords, lang=lang)
    totals, whole = _count_terms(stored, [group_a, group_b], max_words=max_words, stopwords=words, batch_rows=batch_rows)
    frequencies = stored.query(
        "SELECT term, sum(a) AS freq_a, sum(b) AS freq_b FROM _term_counts GROUP BY term HAVING sum(a) + sum(b) >= ?",
        what="key terms", params=[min_freq])
    stored.connection.execute("DROP TABLE _term_counts")
    frequencies = frequencies.sort_values("term", kind="stable")  # by code point, as sorted() orders the pandas path's
    return keyterms.keyness_table(frequencies.reset_index(drop=True), totals[0], totals[1], whole_counts=whole,
                                  labels=labels, top=top)


def _count_terms(stored: StoredAnalysis, groups: Sequence[pd.DataFrame], *, max_words: int, stopwords: frozenset[str],
                 batch_rows: int) -> tuple[list[float], bool]:
    """Fill the DuckDB table ``_term_counts`` (term, a, b: a row per term and chunk, summed every
    :data:`COMPACT_EVERY` chunks) from the groups' texts;
    return each group's word total and whether every count is an unweighted whole number."""
    weights = [article_weights(group).groupby(level=0).first() for group in groups]
    connection = stored.connection
    connection.execute("CREATE OR REPLACE TEMP TABLE _term_counts (term VARCHAR, a DOUBLE, b DOUBLE)")
    totals, whole = [0.0] * len(groups), True
    for index, chunk in enumerate(stored.article_chunks(["doc_id", "text"], batch_rows=batch_rows), start=1):
        if index % COMPACT_EVERY == 0:  # one row per term again: the table grows with the vocabulary, not the chunks
            connection.execute("CREATE OR REPLACE TEMP TABLE _term_counts AS "
                               "SELECT term, sum(a) AS a, sum(b) AS b FROM _term_counts GROUP BY term")
        counted = []
        for group, weight in enumerate(weights):
            members = chunk[weight.index.get_indexer(chunk["doc_id"]) >= 0]  # the index's hash table is built once
            counts, n_words = keyterms.term_counts(members["text"], max_words=max_words, stopwords=stopwords,
                                                   weights=members["doc_id"].map(weight).to_numpy().tolist())
            totals[group] += n_words
            whole = whole and all(isinstance(count, int) for count in counts.values())
            counted.append(pd.Series(counts, dtype="float64"))
        frame = pd.concat(counted, axis=1, keys=["a", "b"]).fillna(0.0).rename_axis("term").reset_index()
        if len(frame):
            connection.register("_chunk_counts", frame.astype({"term": "str"}))
            connection.execute("INSERT INTO _term_counts SELECT term, a, b FROM _chunk_counts")
            connection.unregister("_chunk_counts")
    return totals, whole


# ---------------------------------------------------------------- news-aware tone


def cue_changes(source: Any, *, limit: int | None = None) -> pd.DataFrame:
    """:func:`analysis.sentiment.cue_changes`: the sentences whose score the news-aware rule changed, before and after.

    Read from the ``sentiment`` table alone: the step stores each sentence's
    scores with the rule off (``compound_before_cue_rule``,
    ``narration_compound_before_cue_rule``), so nothing is scored again.
    Stored, DuckDB finds and counts the changed rows and only the first
    ``limit`` of them (all by default), with their sentences' text, reach
    pandas. ``attrs["n_changed"]`` counts all changes.
    """
    stored = _stored(source)
    if stored is None:
        table = tone.cue_changes(source.sentiment, None, source.sentences)
        n_changed = len(table)
        table = table if limit is None else table.head(limit)
    else:
        columns = ["doc_id", "sent_id", "compound", "narration_compound", *BEFORE_CUE_RULE]
        changed = f"FROM {stored.table('sentiment', columns)} WHERE compound <> compound_before_cue_rule"
        n_changed = int(stored.query(f"SELECT count(*) AS n {changed}", what="cue changes counted")["n"].iloc[0])
        rows = stored.query(f"SELECT {', '.join(columns)} {changed} ORDER BY _part, _row"
                            + ("" if limit is None else f" LIMIT {int(limit)}"), what="cue changes")
        rows = rows.astype({"doc_id": "str", "sent_id": "int64"})
        sentences = _rows(source, "sentences", rows["doc_id"].unique().tolist())
        empty = _empty_table(source, "sentiment")
        table = tone.cue_changes(rows, None, sentences).astype(tone.cue_changes(empty, None, _empty_table(
            source, "sentences")).dtypes.to_dict())
    table.attrs["n_changed"] = n_changed
    return table


def _rows(source: Any, name: str, doc_ids: Sequence[str]) -> pd.DataFrame:
    """The rows of table ``name`` for a few articles, in corpus order."""
    stored = _stored(source)
    if stored is not None:
        return stored.rows(name, doc_ids)
    table = source.tables[name]
    return table[table["doc_id"].isin(set(doc_ids))].reset_index(drop=True)


def _empty_table(source: Any, name: str) -> pd.DataFrame:
    """Table ``name`` without rows: its columns and dtypes."""
    stored = _stored(source)
    return stored.schemas[name] if stored is not None else source.tables[name].iloc[0:0]
