"""The notebooks' aggregations over an Analysis in pandas or over stored tables in DuckDB, with equal results.

Each function takes ``source``: an :class:`~analysis.pipeline.spine.Analysis`
(from ``analyze`` or ``open_analysis``), where it calls the wing's pandas
summary, or a :class:`~analysis.pipeline.lazy.StoredAnalysis` (from
``open_stored``), where the row tables are aggregated by DuckDB in the
Parquet files and only the small result (a row per label, bin, frame or
group; the few sentences shown as evidence) reaches pandas; the frame sums and
co-occurrence run part by part (``StoredAnalysis.per_part``) and the evidence
draw is located one part at a time, so DuckDB holds one group of parts. Both give the
same values (up to the order floating-point sums are added in), rows, order
and dtypes (``tests/test_aggregate.py``). Article-level summaries (tone by
group or period: :func:`analysis.sentiment.group_tone`, ``voice_tone``;
corpus counts: ``articles_by_source``, ``articles_by_date``...) need no
function here: ``StoredAnalysis.articles`` is an articles table (without the
text) they take as they are.
"""
from __future__ import annotations

from typing import Any, Sequence

import numpy as np
import pandas as pd

from analysis import framing, sentiment
from analysis.corpus.near_duplicates import _META, DEFAULT_THRESHOLD, Stories, find_stories
from analysis.framing.summary import _count, frames_table, prevalence_table
from analysis.stats.groups import article_weights, group_labels, is_weighted
from analysis.pipeline.lazy import StoredAnalysis
from analysis.pipeline.spine import Analysis
from analysis.pipeline.stories_cache import cached_stories
from analysis.sentiment.tone import ALL, LABELS

STORY_META = [name for name in _META if name != "doc_id"]  # the article columns story finding reads besides the text

__all__ = [
    "stories", "with_text", "row_count", "scored_with", "tone_summary", "tone_histogram", "tone_evidence", "article_sentences",
    "frame_prevalence", "frames_by", "frame_cooccurrence", "frame_evidence",
]


def _stored(source: Any) -> StoredAnalysis | None:
    """``source`` when it is stored tables, None for an Analysis in pandas (anything else is a TypeError)."""
    if isinstance(source, StoredAnalysis):
        return source
    if isinstance(source, Analysis) or hasattr(source, "tables"):
        return None
    raise TypeError(f"expected an Analysis (analyze, open_analysis) or a StoredAnalysis (open_stored), "
                    f"not {type(source).__name__}")


def _scored(source: Analysis, threshold: float) -> pd.DataFrame:
    return sentiment.scored_sentences(source.sentences, source.sentiment, source.articles, threshold=threshold)


def stories(source: Any, *, threshold: float = DEFAULT_THRESHOLD, cache: bool = True) -> Stories:
    """:func:`analysis.corpus.find_stories` of the articles (stored: their texts streamed in chunks, never all at once,
    and the result kept in the analysis cache unless ``cache=False``, so the pages of one report find them once:
    :mod:`analysis.pipeline.stories_cache`); pass it on as ``deduplicated(source, mode, stories=...)``."""
    stored = _stored(source)
    if stored is None:
        return find_stories(source.articles, threshold=threshold)

    def find() -> Stories:
        return find_stories(None, threshold=threshold, chunks=stored.article_chunks(["doc_id", "text", *STORY_META]))

    return cached_stories(stored, threshold=threshold, find=find) if cache else find()


def with_text(source: Any, articles: pd.DataFrame, *, positions: Sequence[int]) -> pd.DataFrame:
    """``articles`` (rows of ``source.articles``) with a ``text`` column for the rows at ``positions``: stored, only
    those articles' texts are read and the other rows have none; in pandas the articles already carry theirs."""
    if "text" in articles.columns:
        return articles
    stored = _stored(source)
    if stored is None:
        raise KeyError("the articles have no text column and the source is not stored tables to read it from")
    wanted = [str(articles["doc_id"].iloc[position]) for position in positions if 0 <= position < len(articles)]
    texts = stored.rows("articles", wanted, ["doc_id", "text"]).drop_duplicates("doc_id").set_index("doc_id")["text"]
    return articles.assign(text=articles["doc_id"].astype("str").map(texts))


# ---------------------------------------------------------------- sentence tone


def row_count(source: Any, table: str) -> int:
    """How many rows a table has (``sentences``, ``frame_hits``...; ``sentiment``: the scored sentences)."""
    stored = _stored(source)
    return len(source.tables[table]) if stored is None else stored.count(table)


def scored_with(source: Any) -> str:
    """How many sentences were scored and by which method (the ``sentiment`` table's ``method``), most used first:
    ``"15 sentences scored with 'vader'"``, ``"... with 'vader' (120) and 'sentiment_analysis_spanish' (30)"``."""
    stored = _stored(source)
    if stored is None:
        counts = source.tables["sentiment"]["method"].astype("str").value_counts()
    else:
        counts = stored.query(f"SELECT method, count(*) AS n FROM {stored.table('sentiment', ['doc_id', 'method'])} "
                              "GROUP BY method", what="scoring methods").set_index("method")["n"]
    counts = sorted(((int(n), str(method)) for method, n in counts.items()), key=lambda pair: (-pair[0], pair[1]))
    total = sum(n for n, _ in counts)
    if len(counts) <= 1:
        return f"{total} sentences scored" + "".join(f" with {method!r}" for _, method in counts)
    named = [f"{method!r} ({n})" for n, method in counts]
    return f"{total} sentences scored with {', '.join(named[:-1])} and {named[-1]}"


def tone_summary(source: Any, *, threshold: float = 0.05) -> pd.DataFrame:
    """:func:`analysis.sentiment.sentence_summary` of the scored sentences: per tone label, count, share, mean."""
    stored = _stored(source)
    if stored is None:
        return sentiment.sentence_summary(_scored(source, threshold))
    sums = stored.query(
        "SELECT CASE WHEN compound >= ? THEN 'positive' WHEN compound <= ? THEN 'negative' ELSE 'neutral' END AS label, "
        f"sum(a.weight) AS w, sum(a.weight * s.compound) AS wc FROM {stored.table('sentiment', ['doc_id', 'compound'])} s "
        "JOIN _articles a USING (doc_id) GROUP BY label",
        what="tone by label", params=[threshold, -threshold],
    ).set_index("label").reindex(list(LABELS))
    weighted = is_weighted(stored.articles)
    counts = sums["w"].astype("float64").fillna(0.0)
    total = float(counts.sum())
    summary = pd.DataFrame({
        "sentences": counts.round(3) if weighted else counts.astype("int64"),
        "share": counts / max(total, 1e-12) if total else counts * 0.0,
        "mean_compound": sums["wc"].astype("float64") / counts.where(counts > 0),
    }, index=pd.Index(list(LABELS), name="label"))
    return summary


def tone_histogram(source: Any, *, bins: int = 10, threshold: float = 0.05) -> pd.DataFrame:
    """:func:`analysis.sentiment.compound_histogram` of the scored sentences (bins counted in SQL when stored)."""
    stored = _stored(source)
    if stored is None:
        return sentiment.compound_histogram(_scored(source, threshold), bins=bins, threshold=threshold)
    shape = sentiment.compound_histogram(pd.DataFrame({"compound": pd.Series([], dtype="float64")}), bins=bins,
                                         threshold=threshold)
    edges = [*shape["bin_start"], shape["bin_end"].iloc[-1]]
    last = len(edges) - 2
    columns = ", ".join(  # numpy's bins: [start, end), the last one [start, end]
        f"sum(CASE WHEN compound >= ? AND compound {'<=' if index == last else '<'} ? THEN a.weight ELSE 0 END) AS b{index}"
        for index in range(len(edges) - 1))
    params = [value for index in range(len(edges) - 1) for value in (edges[index], edges[index + 1])]
    sums = stored.query(f"SELECT {columns} FROM {stored.table('sentiment', ['doc_id', 'compound'])} s "
                        "JOIN _articles a USING (doc_id)", what="tone histogram", params=params)
    counts = sums.iloc[0].astype("float64").fillna(0.0).to_numpy()
    weighted = is_weighted(stored.articles)
    return shape.assign(sentences=counts.round(3) if weighted else counts.astype("int64"))


def tone_evidence(source: Any, *, by: str | None = None, freq: str = "M", n: int = 3,
                  threshold: float = 0.05) -> pd.DataFrame:
    """:func:`analysis.sentiment.evidence`: the ``n`` most positive and most negative sentences of every group.

    Stored: DuckDB keeps the ``n`` lowest (key, corpus position) of each
    group and side in one pass, and only those sentences are read (with
    their articles') and handed to ``evidence`` itself.
    """
    stored = _stored(source)
    if stored is None:
        return sentiment.evidence(_scored(source, threshold), by=by, articles=source.articles, freq=freq, n=n)
    groups = _groups(stored.articles, by, freq=freq)
    chosen = stored.query(
        f"WITH s AS (SELECT doc_id, sent_id, compound, _part, _row, g.grp FROM {stored.table('sentiment', ['doc_id', 'sent_id', 'compound'])} "
        "JOIN _groups g USING (doc_id)), "
        "sides AS (SELECT *, 1 AS side, -compound AS key FROM s WHERE compound > 0 "
        "UNION ALL SELECT *, -1 AS side, compound AS key FROM s WHERE compound < 0), "
        "picks AS (SELECT unnest(min_by({'doc_id': doc_id, 'sent_id': sent_id}, {'key': key, 'part': _part, 'row': _row}, ?)) "
        "AS pick FROM sides GROUP BY grp, side) "  # a top-n aggregate: n rows of state per group, no sort of the table
        "SELECT pick.doc_id AS doc_id, pick.sent_id AS sent_id FROM picks",
        what="tone evidence", params=[n], frames={"_groups": groups},
    )
    scored = _scored_rows(stored, chosen, threshold=threshold)
    return sentiment.evidence(scored, by=by, articles=stored.articles, freq=freq, n=n)


def article_sentences(source: Any, doc_id: str, *, threshold: float = 0.05) -> pd.DataFrame:
    """:func:`analysis.sentiment.sentence_view` of one article: its sentences with their tone."""
    stored = _stored(source)
    if stored is None:
        return sentiment.sentence_view(_scored(source, threshold), doc_id)
    scored = _scored_rows(stored, pd.DataFrame({"doc_id": [doc_id]}), threshold=threshold)
    return sentiment.sentence_view(scored, doc_id)


def _scored_rows(stored: StoredAnalysis, keys: pd.DataFrame, *, threshold: float) -> pd.DataFrame:
    """``scored_sentences`` of the articles in ``keys`` (doc_id), kept to its (doc_id, sent_id) pairs when it has them."""
    doc_ids = list(dict.fromkeys(keys["doc_id"].astype("str")))
    articles = stored.articles[stored.articles["doc_id"].isin(doc_ids)]
    scored = sentiment.scored_sentences(stored.rows("sentences", doc_ids), stored.rows("sentiment", doc_ids), articles,
                                        threshold=threshold)
    if "sent_id" not in keys.columns:
        return scored
    wanted = set(zip(keys["doc_id"].astype("str"), keys["sent_id"].astype("int64")))
    kept = [(doc, sent) in wanted for doc, sent in zip(scored["doc_id"].astype("str"), scored["sent_id"])]
    return scored[np.array(kept, dtype=bool)].reset_index(drop=True)


def _groups(articles: pd.DataFrame, by: str | None, *, freq: str) -> pd.DataFrame:
    """Each article's group (``grp``; :data:`~analysis.sentiment.tone.ALL` without ``by``), for SQL joins."""
    labels = group_labels(articles, by, freq=freq) if by is not None else pd.Series(
        ALL, index=articles["doc_id"].astype("str"))
    return pd.DataFrame({"doc_id": labels.index.to_numpy(dtype="str"), "grp": labels.to_numpy(dtype="str")})


# ---------------------------------------------------------------- frames


def frame_prevalence(source: Any, *, level: float = 0.95) -> pd.DataFrame:
    """:func:`analysis.framing.frame_prevalence`: per frame, articles holding it, their share with an interval, hits."""
    stored = _stored(source)
    if stored is None:
        return framing.frame_prevalence(source, level=level)
    dictionary = framing.analysis_dictionary(stored)
    weighted = is_weighted(stored.articles)
    weights = article_weights(stored.articles).groupby(level=0).first()
    n_sentences = stored.query(f"SELECT sum(a.weight) AS w FROM {stored.table('sentences', ['doc_id'])} s "
                               "JOIN _articles a USING (doc_id)", what="weighted sentences")["w"].fillna(0.0).iloc[0]
    totals = _frame_sums(stored, dictionary.frame_ids, None).set_index("frame")
    totals["words"] = float((_words(stored.articles) * weights).sum())
    return prevalence_table(totals, dictionary, n_articles=_count(weights.sum(), weighted), n_sentences=float(n_sentences),
                            weighted=weighted, level=level)


def frames_by(source: Any, by: str = "source", *, freq: str = "M", measure: str = "share_articles") -> pd.DataFrame:
    """:func:`analysis.framing.frames_by`: per group of articles, its size and each frame's share (or rate, hits)."""
    stored = _stored(source)
    if stored is None:
        return framing.frames_by(source, by, freq=freq, measure=measure)
    dictionary = framing.analysis_dictionary(stored)
    groups = _groups(stored.articles, by, freq=freq).drop_duplicates("doc_id").set_index("doc_id")["grp"]
    weights = article_weights(stored.articles).groupby(level=0).first().reindex(groups.index)
    sizes = weights.groupby(groups, sort=True).sum().rename_axis("group")
    words = (_words(stored.articles).reindex(groups.index) * weights).groupby(groups, sort=True).sum()
    sums = _frame_sums(stored, dictionary.frame_ids, groups.rename("grp").reset_index())
    grid = pd.MultiIndex.from_product([sizes.index, sorted(dictionary.frame_ids)], names=["group", "frame"])
    summary = sums.set_index(["group", "frame"]).reindex(grid).fillna({"articles": 0.0, "hits": 0.0})
    summary["words"] = grid.get_level_values("group").map(words).to_numpy(dtype="float64")
    return frames_table(summary[["articles", "hits", "words"]], sizes, dictionary, by=by, freq=freq, measure=measure,
                        weighted=is_weighted(stored.articles), articles=stored.articles)


def _frame_sums(stored: StoredAnalysis, frame_ids: Sequence[str], groups: pd.DataFrame | None) -> pd.DataFrame:
    """Per frame (and group, given ``groups``: doc_id, grp): weighted articles with a hit, hits and hit sentences;
    part by part (an article's hits are in one part), the per-part sums summed."""
    grouped = groups is not None
    frames = {"_frames": pd.DataFrame({"frame": list(frame_ids)}), **({"_groups": groups} if grouped else {})}
    group_column, group_join, keys = ('g.grp AS "group", ', "JOIN _groups g USING (doc_id) ", '"group", frame') \
        if grouped else ("", "", "frame")

    def part_sums(parts: range) -> str:
        hits = stored.table("frame_hits", ["doc_id", "sent_id", "frame"], parts=parts)
        return ("WITH per AS (SELECT doc_id, frame, count(*) AS hits, count(DISTINCT sent_id) AS sentences "
                f"FROM {hits} WHERE frame IN (SELECT frame FROM _frames) GROUP BY doc_id, frame) "
                f"SELECT {group_column}frame, sum(a.weight) AS articles, sum(a.weight * hits) AS hits, "
                f"sum(a.weight * sentences) AS sentences FROM per JOIN _articles a USING (doc_id) {group_join}"
                f"GROUP BY ALL")

    def summed(table: str) -> str:
        return (f"SELECT {keys}, sum(articles) AS articles, sum(hits) AS hits, sum(sentences) AS sentences "
                f"FROM {table} GROUP BY {keys}")

    with stored.per_part(part_sums, tables=["frame_hits"], combine=summed, frames=frames) as gathered:
        sums = stored.query(f"{summed(gathered)} ORDER BY {keys}", what="frame sums")
    return sums.astype({column: "float64" for column in ("articles", "hits", "sentences")})


def _words(articles: pd.DataFrame) -> pd.Series:
    """Each article's words by doc_id (0 when unknown), as the frame scores count them."""
    counts = articles["n_words"].astype("float64").fillna(0.0).to_numpy()
    return pd.Series(counts, index=articles["doc_id"].astype("str").to_numpy()).groupby(level=0).first()


def frame_cooccurrence(source: Any, *, level: str = "sentence") -> pd.DataFrame:
    """:func:`analysis.framing.frame_cooccurrence`: sentences (or articles) holding both frames of each pair."""
    stored = _stored(source)
    if stored is None:
        return framing.frame_cooccurrence(source, level=level)
    if level not in ("sentence", "article"):
        raise ValueError(f"level {level!r}: expected 'sentence' or 'article'")
    frames = framing.analysis_dictionary(stored).frame_ids
    unit = "doc_id, sent_id" if level == "sentence" else "doc_id"

    def part_pairs(parts: range) -> str:  # a sentence's (an article's) frames are in one part
        hits = stored.table("frame_hits", ["doc_id", "sent_id", "frame"], parts=parts)
        return (f"WITH u AS (SELECT DISTINCT {unit}, frame FROM {hits}) SELECT x.frame AS a, y.frame AS b, "
                f"count(*) AS n FROM u x JOIN u y USING ({unit}) GROUP BY x.frame, y.frame")

    def summed(table: str) -> str:
        return f"SELECT a, b, CAST(sum(n) AS BIGINT) AS n FROM {table} GROUP BY a, b"

    with stored.per_part(part_pairs, tables=["frame_hits"], combine=summed) as gathered:
        pairs = stored.query(f"{summed(gathered)} ORDER BY a, b", what="frame co-occurrence")
    square = pairs.pivot(index="a", columns="b", values="n") if len(pairs) else pd.DataFrame()
    square = square.reindex(index=frames, columns=frames).fillna(0).astype("int64")
    return square.rename_axis(index="frame", columns=None)


def frame_evidence(source: Any, *, n: int = 5, seed: int = 0, frames: Sequence[str] | None = None) -> pd.DataFrame:
    """:func:`analysis.framing.evidence_sample`: a seeded sample of ``n`` hits per frame with their sentences.

    Stored: the sample positions are drawn exactly as pandas draws them from
    each frame's hit count, DuckDB finds those hits, and only their articles
    are read to mark the sentences.
    """
    stored = _stored(source)
    if stored is None:
        return framing.evidence_sample(source, n=n, seed=seed, frames=frames)
    wanted = list(frames) if frames is not None else framing.analysis_dictionary(stored).frame_ids
    per_part = stored.query(f"SELECT _part, frame, count(*) AS n FROM {stored.table('frame_hits', ['doc_id', 'frame'])} "
                            "GROUP BY _part, frame ORDER BY _part, frame", what="hits per frame and part")
    per_part = per_part.astype({"_part": "int64", "frame": "str", "n": "int64"})
    counts = per_part.groupby("frame")["n"].sum()
    picked = pd.DataFrame([(frame_id, int(position)) for frame_id in wanted
                           for position in _sample_positions(int(counts.get(frame_id, 0)), n=n, seed=seed)],
                          columns=["frame", "position"]).astype({"frame": "str", "position": "int64"})
    located = _located_hits(stored, _in_parts(picked, per_part))
    doc_ids = list(dict.fromkeys(located["doc_id"].astype("str")))
    rows = stored.rows("frame_hits", doc_ids)
    in_doc = rows.groupby("doc_id", sort=False).cumcount().to_numpy()
    chosen = set(zip(located["doc_id"].astype("str"), located["in_doc"].astype("int64")))
    sample = rows[np.array([(doc, int(k)) in chosen for doc, k in zip(rows["doc_id"], in_doc)], dtype=bool)]
    small = Analysis(articles=stored.rows("articles", doc_ids), rejects=stored.rejects.iloc[0:0],
                     tables={"frame_hits": sample.reset_index(drop=True), "sentences": stored.rows("sentences", doc_ids)},
                     options=stored.options)
    return framing.evidence_sample(small, n=n, seed=seed, frames=wanted)


def _in_parts(picked: pd.DataFrame, per_part: pd.DataFrame) -> pd.DataFrame:
    """``picked`` (frame, position among the frame's hits in corpus order) as (frame, ``_part``: the part holding that
    hit, ``position``: its position among the frame's hits in that part), from the hits per part and frame (``per_part``:
    _part, frame, n, in part order)."""
    located = [pd.DataFrame(columns=["frame", "_part", "position"]).astype({"frame": "str", "_part": "int64",
                                                                            "position": "int64"})]
    for frame_id, positions in picked.groupby("frame", sort=False)["position"]:
        parts = per_part[per_part["frame"] == frame_id]
        ends = parts["n"].cumsum().to_numpy()
        index = np.searchsorted(ends, positions.to_numpy(), side="right")  # the first part whose hits reach past it
        located.append(pd.DataFrame({"frame": frame_id, "_part": parts["_part"].to_numpy()[index],
                                     "position": positions.to_numpy() - (ends - parts["n"].to_numpy())[index]}))
    return pd.concat(located, ignore_index=True)


def _located_hits(stored: StoredAnalysis, picked: pd.DataFrame) -> pd.DataFrame:
    """The article (``doc_id``) and the position among its article's hits (``in_doc``) of the ``picked`` hits (frame,
    _part, position among the frame's hits in that part); one part a query, so DuckDB numbers one part's hits."""
    found = [pd.DataFrame({"doc_id": pd.Series(dtype="str"), "in_doc": pd.Series(dtype="int64")})]
    for part, rows in picked.groupby("_part", sort=True):
        hits = stored.table("frame_hits", ["doc_id", "frame"], parts=range(int(part), int(part) + 1))
        found.append(stored.query(
            f"WITH h AS (SELECT doc_id, frame, row_number() OVER (PARTITION BY frame ORDER BY _row) - 1 AS position, "
            f"row_number() OVER (PARTITION BY doc_id ORDER BY _row) - 1 AS in_doc FROM {hits}) "
            "SELECT h.doc_id, h.in_doc FROM h JOIN _picked USING (frame, position)",
            what="frame evidence", frames={"_picked": rows[["frame", "position"]].reset_index(drop=True)}))
    return pd.concat(found, ignore_index=True)


def _sample_positions(count: int, *, n: int, seed: int) -> np.ndarray:
    """The positions ``DataFrame.sample(n=n, random_state=seed)`` draws from ``count`` rows (all when ``count <= n``)."""
    if count <= n:
        return np.arange(count)
    return np.sort(pd.Series(np.arange(count)).sample(n=n, random_state=seed).to_numpy())
