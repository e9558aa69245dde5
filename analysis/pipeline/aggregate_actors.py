"""The actors page's aggregations (notebook 03) over an Analysis in pandas or over stored tables in DuckDB, equal.

As in :mod:`analysis.pipeline.aggregate`, each function takes ``source``: an
:class:`~analysis.pipeline.spine.Analysis`, where it calls the actors wing's
pandas summary (:mod:`analysis.actors.summary`, ``tone_summary``),
or a :class:`~analysis.pipeline.lazy.StoredAnalysis`, where
DuckDB aggregates the ``mentions``, ``quotes``, ``sentences`` and
``sentiment`` Parquet parts and only the small result reaches pandas: a row
per actor, speaker, pair, actor type or tone label, and the few rows shown as
evidence (read for their articles only). Both give the same values (up to the
order floating-point sums are added in), rows, order and dtypes
(``tests/test_aggregate_actors.py``). The counts follow the articles'
weights (``dedupe="weight"``) and leave the publisher's mentions out unless
``include_publishers``, as the pandas summaries do; the statistics (Wilson
and cluster intervals, empirical-Bayes shrinkage) are the wing's own
functions, fed with sums taken in SQL (:func:`~analysis.actors.rankings.ratio_from_sums`). Tone toward
actors is in :mod:`analysis.pipeline.aggregate_actor_tone`.

Memory: the joins and groupings per article or sentence (co-mentioned
pairs, first mentions, share of voice, actors quoted about, tone coverage and
agreement, toned mentions with their sentence, actor tone) run part by part
(:meth:`~analysis.pipeline.lazy.StoredAnalysis.per_part`: an article's rows
are in the same part of every table; consecutive parts of about
:data:`~analysis.pipeline.lazy.GROUP_ARTICLES` articles a query), keeping
per group of parts only sums, minima, first rows and top-n candidates per
actor, speaker or pair, merged at the end, so DuckDB holds one group's join
at a time, not one row per (actor, article) of the corpus; pandas receives
one row per actor, speaker or supported pair (:func:`supported_pairs`;
:func:`co_mentions` returns every pair, as the pandas summary does). Page
03's kernel over 100,000 stored articles (100 parts): its aggregation cells
peak at 0.87 GB with groups of 20,000 articles (2.04 GB when whole tables were
joined) in 30 s of CPU (``tests/test_aggregate_parts.py`` checks many parts,
alone or grouped, against one).
"""
from __future__ import annotations

import dataclasses
from typing import Any, Sequence

import duckdb
import numpy as np
import pandas as pd

from analysis.actors import summary
from analysis.actors.mention_types import UNCOUNTED_HOW, counted_sql
from analysis.actors.publisher import PUBLISHER
from analysis.actors.rankings import Ranking, ratio_from_sums, supported, wilson_interval
from analysis.pipeline.aggregate import _stored
from analysis.stats.groups import UNKNOWN, is_weighted, summary_weights
from analysis.pipeline.lazy import StoredAnalysis
from analysis.pipeline.stored import _as_probe
from analysis.text.normalization import count_words

__all__ = [
    "mention_overview", "first_quotes", "actor_table", "share_of_voice", "quoted_about", "co_mentions",
    "supported_pairs", "discoveries",
]
_POSITION = "{'part': _part, 'row': _row}"  # corpus order, for "first" and tie-breaks


def _table(source: Any, name: str) -> pd.DataFrame:
    return source.tables[name]


def _mentions(stored: StoredAnalysis, columns: Sequence[str], *, include_publishers: bool, where: str = "",
              parts: range | None = None) -> str:
    """SQL: the stored mentions (of some ``parts``, given them) with their article's weight ``w`` (and ``_part``,
    ``_row``), the publisher's left out unless ``include_publishers`` and the places inside longer names and the names
    in picture credits always
    (as :func:`analysis.actors.publisher.actor_mentions`)."""
    wanted = list(dict.fromkeys(["doc_id", *columns, "how"]))
    conditions = [counted_sql("m.how"), *([] if include_publishers else [f"m.how IS DISTINCT FROM '{PUBLISHER}'"]),
                  *([where] if where else [])]
    keep = f" WHERE {' AND '.join(conditions)}"
    return f"(SELECT m.*, a.weight AS w FROM {stored.table('mentions', wanted, parts=parts)} m JOIN _articles a USING (doc_id){keep})"


def _counts(values: pd.Series | pd.DataFrame, weighted: bool) -> pd.Series | pd.DataFrame:
    """Summed weights as the summaries give them: int64 unweighted, floats rounded to 3 decimals weighted."""
    return values.astype("float64").round(3) if weighted else values.astype("float64").round().astype("int64")


def _names(stored: StoredAnalysis, *, include_publishers: bool) -> pd.DataFrame:
    """One row per actor id: its most frequent display name and type, as the summaries' ``_actors`` picks them."""
    named = stored.query(
        f"SELECT actor_id, actor, actor_type, count(*) AS n FROM {_mentions(stored, ['actor_id', 'actor', 'actor_type'], include_publishers=include_publishers)} "
        "GROUP BY ALL ORDER BY actor_id NULLS LAST, actor NULLS LAST, actor_type NULLS LAST", what="actor names")
    named = named.sort_values(["actor_id", "n"], ascending=[True, False], kind="stable").drop_duplicates("actor_id")
    actors = named[["actor_id", "actor", "actor_type"]].astype("str").reset_index(drop=True)
    return actors.assign(actor_type=actors["actor_type"].fillna(UNKNOWN))


def _with_word_counts(stored: StoredAnalysis) -> None:
    """Make :func:`analysis.text.normalization.count_words` callable in this connection's SQL (once)."""
    try:
        stored.connection.create_function("count_words", count_words, [duckdb.sqltype("VARCHAR")],
                                          duckdb.sqltype("BIGINT"))
    except duckdb.Error as error:  # already registered on this connection
        if "already" not in str(error):
            raise


# ---------------------------------------------------------------- counts and first rows


def mention_overview(source: Any) -> dict[str, Any]:
    """How much a run found: ``mentions``, distinct ``actors``, ``publisher_mentions`` and their sorted ``publishers``
    (actor names), and ``quotes`` by kind (a dict in kind order). Places named inside a longer name and names in
    picture credits are no mentions here (``how`` "inner", "credit")."""
    stored = _stored(source)
    if stored is None:
        mentions, quotes = _table(source, "mentions"), _table(source, "quotes")
        mentions = mentions[~mentions["how"].isin(UNCOUNTED_HOW).to_numpy()]
        publisher = mentions[mentions["how"] == PUBLISHER]
        return {"mentions": len(mentions), "actors": int(mentions["actor_id"].nunique()),
                "publisher_mentions": len(publisher), "publishers": sorted(publisher["actor"].unique()),
                "quotes": {kind: int(n) for kind, n in quotes["kind"].value_counts().sort_index().items()}}
    counts = stored.query(
        f"SELECT count(*) AS n, count(DISTINCT actor_id) AS actors, count(*) FILTER (WHERE how = '{PUBLISHER}') AS p, "
        f"coalesce(list(DISTINCT actor ORDER BY actor) FILTER (WHERE how = '{PUBLISHER}'), []) AS names "
        f"FROM {stored.table('mentions', ['doc_id', 'actor_id', 'actor', 'how'])} WHERE {counted_sql('how')}",
        what="mention counts").iloc[0]
    kinds = stored.query(f"SELECT kind, count(*) AS n FROM {stored.table('quotes', ['doc_id', 'kind'])} "
                         "GROUP BY kind ORDER BY kind", what="quotes by kind")
    return {"mentions": int(counts["n"]), "actors": int(counts["actors"]), "publisher_mentions": int(counts["p"]),
            "publishers": [str(name) for name in counts["names"]],
            "quotes": {str(kind): int(n) for kind, n in zip(kinds["kind"], kinds["n"])}}


def first_quotes(source: Any, *, n: int = 10, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """The first ``n`` quotes of the corpus (``columns`` of them), in corpus order."""
    stored = _stored(source)
    if stored is None:
        quotes = _table(source, "quotes")
        return quotes[list(columns) if columns is not None else list(quotes.columns)].head(n)
    schema = stored.schemas["quotes"][list(columns) if columns is not None else list(stored.schemas["quotes"].columns)]
    rows = stored.query(f"SELECT * FROM {stored.table('quotes', list(dict.fromkeys(['doc_id', *schema.columns])))} "
                        "ORDER BY _part, _row LIMIT ?", what="first quotes", params=[n])
    return _as_probe(rows, schema)


# ---------------------------------------------------------------- who is named, who speaks


def actor_table(source: Any, *, n_articles: float | None = None, min_mentions: int = 1, level: float = 0.95,
                include_publishers: bool = False) -> pd.DataFrame:
    """:func:`analysis.actors.actor_table` (with the sentences, the articles' weights): per actor, articles naming it
    with their share and Wilson interval, mentions, times and words quoted, share of voice, first-mention position."""
    stored = _stored(source)
    if stored is None:
        return summary.actor_table(_table(source, "mentions"), _table(source, "quotes"),
                                   sentences=_table(source, "sentences"), n_articles=n_articles,
                                   min_mentions=min_mentions, level=level, include_publishers=include_publishers,
                                   weights=summary_weights(source.articles))
    weighted = is_weighted(stored.articles)
    if n_articles is None:  # the pandas default: the articles with any mention (publisher's too)
        n_articles = stored.query(f"SELECT sum(weight) AS n FROM _articles WHERE doc_id IN (SELECT doc_id FROM "
                                  f"{stored.table('mentions', ['doc_id'])})", what="articles with mentions")["n"].iloc[0]
    total_articles = float(n_articles) if pd.notna(n_articles) else 0.0
    actors = _names(stored, include_publishers=include_publishers)
    if actors.empty:
        return pd.DataFrame(columns=summary.ACTOR_COLUMNS)
    counts = _actor_counts(stored, include_publishers=include_publishers)
    counts[["mentions", "articles"]] = _counts(counts[["mentions", "articles"]], weighted)
    counts["article_share"] = counts["articles"] / total_articles if total_articles else np.nan
    counts["share_low"], counts["share_high"] = wilson_interval(counts["articles"].to_numpy(), total_articles, level=level)
    _with_word_counts(stored)
    spoken = stored.query(
        "SELECT q.speaker_actor_id, sum(a.weight) AS times_quoted, sum(count_words(q.text) * a.weight) AS words_quoted "
        f"FROM {stored.table('quotes', ['doc_id', 'kind', 'text', 'speaker_actor_id'])} q JOIN _articles a USING (doc_id) "
        "WHERE list_contains(?, q.kind) GROUP BY q.speaker_actor_id", what="words quoted by speaker",
        params=[list(summary.MARKED)])
    total_words = float(spoken["words_quoted"].sum())
    spoken = spoken.dropna(subset=["speaker_actor_id"]).set_index("speaker_actor_id")
    table = actors.join(counts, on="actor_id").join(spoken, on="actor_id")
    table[["times_quoted", "words_quoted"]] = _counts(table[["times_quoted", "words_quoted"]].fillna(0), weighted)
    table["share_of_voice"] = table["words_quoted"] / total_words if total_words else 0.0
    table = table[table["mentions"] >= min_mentions]
    table = table.sort_values(["articles", "mentions", "actor"], ascending=[False, False, True], kind="stable")
    return table[summary.ACTOR_COLUMNS].reset_index(drop=True)


def _actor_counts(stored: StoredAnalysis, *, include_publishers: bool) -> pd.DataFrame:
    """Per actor: summed weights of its ``mentions`` and ``articles``, the median of its articles' first sentence
    naming it, the mean position of its first mention in them; part by part, the first sentences as counts per
    (actor, sentence), whose median is the one DuckDB's ``median`` gives over the values."""
    def part_counts(parts: range) -> str:
        mentions = _mentions(stored, ["sent_id", "start", "actor_id"], include_publishers=include_publishers, parts=parts)
        return (
            f"WITH per AS (SELECT actor_id, doc_id, any_value(w) AS w, sum(w) AS mw, "
            f"min_by(sent_id, {{'start': start, 'part': _part, 'row': _row}}) AS first_sentence, min(start) AS first_start "
            f"FROM {mentions} GROUP BY actor_id, doc_id), "
            f"lengths AS (SELECT doc_id, max(\"end\") AS length FROM {stored.table('sentences', ['doc_id', 'end'], parts=parts)} "
            "GROUP BY doc_id), positions AS (SELECT *, first_start / greatest(l.length, 1) AS position FROM per "
            "LEFT JOIN lengths l USING (doc_id)) "
            "SELECT actor_id, first_sentence, count(*) AS k, sum(mw) AS mentions, sum(w) AS articles, "
            "sum(position) AS positions, count(position) AS positioned FROM positions GROUP BY actor_id, first_sentence")

    def merged(table: str) -> str:
        return ("SELECT actor_id, first_sentence, sum(k) AS k, sum(mentions) AS mentions, sum(articles) AS articles, "
                f"sum(positions) AS positions, sum(positioned) AS positioned FROM {table} GROUP BY actor_id, first_sentence")

    with stored.per_part(part_counts, tables=["mentions", "sentences"], combine=merged) as gathered:
        return stored.query(  # the median: the mean of the values at ranks (k - 1) // 2 and k // 2 (from 0) of k
            f"WITH h AS ({merged(gathered)}), c AS (SELECT *, sum(k) OVER (PARTITION BY actor_id ORDER BY first_sentence) "
            "AS upto, sum(k) OVER (PARTITION BY actor_id) AS total FROM h) "
            "SELECT actor_id, sum(mentions) AS mentions, sum(articles) AS articles, "
            "(min(first_sentence) FILTER (WHERE upto > (total - 1) // 2) "
            "+ min(first_sentence) FILTER (WHERE upto > total // 2)) / 2 AS first_sentence, "
            "sum(positions) / sum(positioned) AS first_position FROM c GROUP BY actor_id",
            what="actor counts").set_index("actor_id")


def share_of_voice(source: Any, *, kinds: tuple[str, ...] = summary.MARKED, level: float = 0.95) -> pd.DataFrame:
    """:func:`analysis.actors.share_of_voice` (with the mentions, the articles' weights): per speaker, articles, quotes,
    words and their share of all quoted words with a cluster interval; the publisher's quotes marked as such."""
    stored = _stored(source)
    if stored is None:
        return summary.share_of_voice(_table(source, "quotes"), kinds=kinds, mentions=_table(source, "mentions"),
                                      level=level, weights=summary_weights(source.articles))
    _with_word_counts(stored)
    grouped = _voice_sums(stored, kinds=kinds)
    if grouped.empty:
        return pd.DataFrame(columns=summary.VOICE_COLUMNS)
    grouped = grouped.astype({"speaker_id": "str", "speaker": "str", "link": "str"})
    grouped[["articles", "quotes", "words"]] = _counts(grouped[["articles", "quotes", "words"]], is_weighted(stored.articles))
    known = grouped["speaker_id"].where(grouped["link"].isin(["linked", PUBLISHER]))
    grouped["actor_type"] = summary._speaker_types(known, _names(stored, include_publishers=True)).fillna(UNKNOWN)
    first = grouped.iloc[0]  # every row carries the corpus totals
    shares = ratio_from_sums(grouped.set_index("speaker_id")[["value", "yy", "yx"]], grand=float(first["grand"]),
                             squares=float(first["squares"]), n=int(first["n"]), level=level)
    grouped = grouped.join(shares.rename(columns={"share": "share_of_voice"}), on="speaker_id")
    grouped = grouped.sort_values(["words", "speaker"], ascending=[False, True], kind="stable")
    return grouped[summary.VOICE_COLUMNS].reset_index(drop=True)


def _voice_sums(stored: StoredAnalysis, *, kinds: Sequence[str]) -> pd.DataFrame:
    """Per speaker in corpus order of its first quote: name and link of its first quote, summed weights of its quotes
    and articles, its words (``value``), ``yy`` and ``yx`` (sums over articles of its words squared and times the
    article's quoted words), with the corpus totals ``grand``, ``squares`` and ``n`` on every row; part by part, the
    totals in a row of their own (``speaker_id`` NULL), summed."""
    def part_sums(parts: range) -> str:
        quotes = stored.table("quotes", ["doc_id", "kind", "text", "speaker", "speaker_actor_id"], parts=parts)
        publishers = (f"(SELECT DISTINCT doc_id, actor_id FROM {stored.table('mentions', ['doc_id', 'actor_id', 'how'], parts=parts)} "
                      f"WHERE how = '{PUBLISHER}')")
        return (
            "WITH q AS (SELECT q.doc_id, q._part, q._row, "
            "coalesce(q.speaker_actor_id, 'unlinked:' || q.speaker, 'unattributed') AS speaker_id, "
            "coalesce(q.speaker, '(unattributed)') AS speaker, "
            f"CASE WHEN p.doc_id IS NOT NULL THEN '{PUBLISHER}' WHEN q.speaker_actor_id IS NOT NULL THEN 'linked' "
            "WHEN q.speaker IS NOT NULL THEN 'unlinked' ELSE 'unattributed' END AS link, "
            f"count_words(q.text) * a.weight AS words, a.weight AS w FROM {quotes} q JOIN _articles a USING (doc_id) "
            f"LEFT JOIN {publishers} p ON p.doc_id = q.doc_id AND p.actor_id = q.speaker_actor_id "
            "WHERE list_contains(?, q.kind)), "
            "per_doc AS (SELECT speaker_id, doc_id, sum(words) AS y, any_value(w) AS w FROM q GROUP BY speaker_id, doc_id), "
            "totals AS (SELECT doc_id, sum(words) AS x FROM q GROUP BY doc_id), "
            f"speakers AS (SELECT speaker_id, arg_min(speaker, {_POSITION}) AS speaker, arg_min(link, {_POSITION}) AS link, "
            f"sum(w) AS quotes, sum(words) AS words, min({_POSITION}) AS first FROM q GROUP BY speaker_id), "
            "sums AS (SELECT speaker_id, sum(p.w) AS articles, sum(p.y) AS value, sum(p.y * p.y) AS yy, "
            "sum(p.y * t.x) AS yx FROM per_doc p JOIN totals t USING (doc_id) GROUP BY speaker_id) "
            "SELECT s.*, u.articles, u.value, u.yy, u.yx, NULL AS grand, NULL AS squares, NULL AS n "
            "FROM speakers s JOIN sums u USING (speaker_id) UNION ALL "
            "SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, sum(x), sum(x * x), count(*) FROM totals")

    def merged(table: str) -> str:
        return ("SELECT speaker_id, arg_min(speaker, first) AS speaker, arg_min(link, first) AS link, "
                "sum(quotes) AS quotes, sum(words) AS words, min(first) AS first, "
                + ", ".join(f"sum({column}) AS {column}" for column in ("articles", "value", "yy", "yx", "grand", "squares", "n"))
                + f" FROM {table} GROUP BY speaker_id")

    with stored.per_part(part_sums, tables=["quotes", "mentions"], combine=merged, params=[list(kinds)]) as gathered:
        return stored.query(
            f"WITH m AS ({merged(gathered)}) SELECT s.* EXCLUDE (grand, squares, n), t.grand, t.squares, t.n "
            "FROM m s, (SELECT grand, squares, n FROM m WHERE speaker_id IS NULL) t WHERE s.speaker_id IS NOT NULL "
            "ORDER BY s.first", what="share of voice")


def quoted_about(source: Any, *, kinds: tuple[str, ...] = (*summary.MARKED, "indirect"),
                 include_publishers: bool = False) -> pd.DataFrame:
    """:func:`analysis.actors.quoted_about` (the articles' weights): per speaker and actor named inside its quotes,
    articles, quotes and the first such quote."""
    stored = _stored(source)
    if stored is None:
        return summary.quoted_about(_table(source, "quotes"), _table(source, "mentions"), kinds=kinds,
                                    include_publishers=include_publishers, weights=summary_weights(source.articles))
    grouped = _about_pairs(stored, kinds=kinds, include_publishers=include_publishers)
    if grouped.empty:
        return pd.DataFrame(columns=summary.ABOUT_COLUMNS)
    grouped = grouped.astype({name: "str" for name in ("speaker_id", "target_id", "speaker", "target", "example")})
    grouped[["articles", "quotes"]] = _counts(grouped[["articles", "quotes"]], is_weighted(stored.articles))
    grouped = grouped.sort_values(["articles", "quotes", "speaker", "target"], ascending=[False, False, True, True],
                                  kind="stable")
    return grouped[summary.ABOUT_COLUMNS].reset_index(drop=True)


def _about_pairs(stored: StoredAnalysis, *, kinds: Sequence[str], include_publishers: bool) -> pd.DataFrame:
    """Per speaker and actor named inside its quotes (each quote counted once per actor), in corpus order of the first
    such quote: the speaker's and actor's names and the quote's text there (``example``), summed weights of the
    quotes and articles; part by part, the names and text at the earliest position of any part."""
    key = "{'qp': q._part, 'qr': q._row, 'mp': m._part, 'mr': m._row}"

    def part_pairs(parts: range) -> str:
        quotes = stored.table("quotes", ["doc_id", "quote_id", "kind", "start", "end", "text", "speaker", "speaker_actor_id"],
                              parts=parts)
        mentions = _mentions(stored, ["start", "end", "actor_id", "actor"], include_publishers=include_publishers,
                             parts=parts)
        return (
            f"WITH inside AS (SELECT q.doc_id, q.quote_id, q.text, q.speaker, q.speaker_actor_id, m.actor_id, m.actor, m.w, "
            f"{key} AS pos FROM {quotes} q JOIN {mentions} m ON m.doc_id = q.doc_id AND m.start >= q.start "
            "AND m.\"end\" <= q.\"end\" AND m.actor_id <> q.speaker_actor_id "
            "WHERE list_contains(?, q.kind) AND q.speaker_actor_id IS NOT NULL "
            "QUALIFY row_number() OVER (PARTITION BY q.doc_id, q.quote_id, m.actor_id ORDER BY pos) = 1), "
            "per_doc AS (SELECT speaker_actor_id, actor_id, doc_id, any_value(w) AS w FROM inside GROUP BY ALL), "
            "articles AS (SELECT speaker_actor_id, actor_id, sum(w) AS articles FROM per_doc GROUP BY ALL) "
            "SELECT speaker_actor_id AS speaker_id, actor_id AS target_id, arg_min(speaker, pos) AS speaker, "
            "arg_min(actor, pos) AS target, sum(w) AS quotes, arg_min(text, pos) AS example, "
            "any_value(g.articles) AS articles, min(pos) AS first FROM inside JOIN articles g USING (speaker_actor_id, actor_id) "
            "GROUP BY speaker_actor_id, actor_id")

    def merged(table: str) -> str:
        return ("SELECT speaker_id, target_id, arg_min(speaker, first) AS speaker, arg_min(target, first) AS target, "
                "sum(quotes) AS quotes, arg_min(example, first) AS example, sum(articles) AS articles, min(first) AS first "
                f"FROM {table} GROUP BY speaker_id, target_id")

    with stored.per_part(part_pairs, tables=["quotes", "mentions"], combine=merged, params=[list(kinds)]) as gathered:
        return stored.query(f"{merged(gathered)} ORDER BY first", what="quoted about")


def co_mentions(source: Any, *, level: str = "sentence", min_count: float = 1,
                include_publishers: bool = False) -> pd.DataFrame:
    """:func:`analysis.actors.co_mentions` (the articles' weights): pairs of actors named in one sentence (or article),
    with the articles and the units where they are. Every pair: see :func:`supported_pairs` for a large corpus."""
    stored = _stored(source)
    if stored is None:
        return summary.co_mentions(_table(source, "mentions"), level=level, min_count=min_count,
                                   include_publishers=include_publishers, weights=summary_weights(source.articles))
    return _pairs(stored, level=level, min_count=min_count, include_publishers=include_publishers)[0]


def supported_pairs(source: Any, *, minimum: float = 2, level: str = "sentence",
                    include_publishers: bool = False) -> Ranking:
    """:func:`analysis.actors.supported` of :func:`co_mentions`: the pairs in at least ``minimum`` articles and how
    many were left out. Stored, only those pairs reach pandas (pairs grow with the square of the actors named)."""
    stored = _stored(source)
    if stored is None:
        return supported(co_mentions(source, level=level, include_publishers=include_publishers), minimum=minimum)
    pairs, total = _pairs(stored, level=level, min_count=1, include_publishers=include_publishers, minimum=minimum)
    ranking = supported(pairs, minimum=minimum)  # the near misses fetched with them are left out here
    return dataclasses.replace(ranking, left_out=total - len(ranking.table))


def _pairs(stored: StoredAnalysis, *, level: str, min_count: float, include_publishers: bool,
           minimum: float | None = None) -> tuple[pd.DataFrame, int]:
    """The co-mentioned pairs (those in about ``minimum`` articles or more, given it) and how many pairs there are."""
    if level not in {"sentence", "article"}:
        raise ValueError(f"co_mentions level {level!r}: expected 'sentence' or 'article'")
    names = _names(stored, include_publishers=include_publishers)
    if names.empty:
        return pd.DataFrame(columns=summary.PAIR_COLUMNS), 0
    keys = "doc_id, sent_id" if level == "sentence" else "doc_id"
    on = " AND ".join(f"x.{key} = y.{key}" for key in keys.split(", "))

    def part_pairs(parts: range) -> str:  # a pair's articles, mentions and first unit in some parts (its articles are there)
        return (
            f"WITH u AS (SELECT {keys}, actor_id, any_value(w) AS w, min({_POSITION}) AS pos "
            f"FROM {_mentions(stored, ['sent_id', 'actor_id'], include_publishers=include_publishers, parts=parts)} "
            f"GROUP BY {keys}, actor_id), units AS (SELECT {keys}, min(pos) AS upos FROM u GROUP BY {keys}), "
            f"p AS (SELECT x.doc_id, x.actor_id AS a, y.actor_id AS b, x.w, units.upos FROM u x JOIN u y ON {on} "
            f"AND x.actor_id < y.actor_id JOIN units ON {on.replace('y.', 'units.')}), "
            "per_doc AS (SELECT a, b, doc_id, any_value(w) AS w, count(*) * any_value(w) AS n, min(upos) AS first "
            "FROM p GROUP BY a, b, doc_id) "
            "SELECT a, b, sum(w) AS articles, sum(n) AS count, min(first) AS first FROM per_doc GROUP BY a, b")

    def merged(table: str) -> str:
        return f"SELECT a, b, sum(articles) AS articles, sum(count) AS count, min(first) AS first FROM {table} GROUP BY a, b"

    with stored.per_part(part_pairs, tables=["mentions"], combine=merged) as gathered:
        pairs = stored.query(
            f"WITH pairs AS (SELECT a AS actor_id_a, b AS actor_id_b, sum(articles) AS articles, sum(count) AS count, "
            f"min(first) AS first FROM {gathered} GROUP BY a, b HAVING sum(count) >= ?) "
            "SELECT kept.*, t.total FROM (SELECT count(*) AS total FROM pairs) t "  # one row even when no pair is kept
            "LEFT JOIN (SELECT * FROM pairs WHERE articles >= ?) kept ON true ORDER BY kept.first",
            what="co-mentioned pairs", params=[min_count, -1.0 if minimum is None else minimum - 0.01])  # 0.01: a margin
    total = int(pairs["total"].iloc[0])  # for the weighted sums, rounded in pandas as the summary rounds them
    pairs = pairs.dropna(subset=["actor_id_a"])
    lookup = names.set_index("actor_id")["actor"]
    frame = pd.DataFrame([], columns=summary.PAIR_COLUMNS) if not total else pd.DataFrame({
        "actor_id_a": pairs["actor_id_a"].astype("str"), "actor_a": pairs["actor_id_a"].map(lookup).astype("str"),
        "actor_id_b": pairs["actor_id_b"].astype("str"), "actor_b": pairs["actor_id_b"].map(lookup).astype("str"),
        "articles": pairs["articles"], "count": pairs["count"],
    }, columns=summary.PAIR_COLUMNS)
    frame[["articles", "count"]] = _counts(frame[["articles", "count"]], is_weighted(stored.articles))
    frame = frame.sort_values(["articles", "count", "actor_a", "actor_b"], ascending=[False, False, True, True],
                              kind="stable").reset_index(drop=True)
    return frame, total


def discoveries(source: Any, *, n: int | None = None) -> pd.DataFrame:
    """:func:`analysis.actors.summarize_discoveries` in the most articles first (then mentions), the first ``n``:
    names found outside the dictionary, with the cue that typed them and their first sentence as evidence."""
    stored = _stored(source)
    if stored is None:
        table = summary.summarize_discoveries(_table(source, "mentions"), _table(source, "sentences"))
        table = table.sort_values(["articles", "count"], ascending=False, kind="stable")
        return (table if n is None else table.head(n)).reset_index(drop=True)
    columns = ["sent_id", "surface", "actor_id", "actor", "actor_type", "cue"]
    found = stored.query(
        f"WITH f AS (SELECT * FROM {stored.table('mentions', ['doc_id', *columns, 'how'])} WHERE how = 'discovered'), "
        "g AS (SELECT actor_id, arg_min_null(actor, {0}) AS name, arg_min_null(actor_type, {0}) AS type, "
        "coalesce(arg_min_null(cue, {0}) FILTER (WHERE cue IS DISTINCT FROM ''), '') AS cue, count(*) AS count, "
        "count(DISTINCT doc_id) AS articles, arg_min_null(doc_id, {0}) AS doc_id, arg_min_null(sent_id, {0}) AS sent_id, "
        "arg_min_null(surface, {0}) AS surface, min({0}) AS first FROM f GROUP BY actor_id "
        "ORDER BY articles DESC, count DESC, name, first {1}) "
        "SELECT g.*, s.text AS sentence FROM g LEFT JOIN {2} s USING (doc_id, sent_id) ORDER BY articles DESC, count DESC, "
        "name, first".format(_POSITION, "" if n is None else f"LIMIT {int(n)}",
                             stored.table("sentences", ["doc_id", "sent_id", "text"])),
        what="discovered actors")
    columns = ["actor_id", "name", "type", "cue", "count", "articles", "doc_id", "evidence"]
    table = found.assign(evidence=found["sentence"].where(found["sentence"].notna(), found["surface"]))[columns]
    return table.astype({column: "int64" if column in ("count", "articles") else "str" for column in columns})
