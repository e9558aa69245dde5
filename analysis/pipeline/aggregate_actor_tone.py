"""Tone toward actors (notebook 03) over an Analysis in pandas or over stored tables in DuckDB, equal.

The tone half of :mod:`analysis.pipeline.aggregate_actors` (same ``source``
contract, same equality, tested in ``tests/test_aggregate_actors.py``): the
actors wing's :mod:`analysis.actors.tone_summary` for an Analysis; for stored
tables, DuckDB sums the toned mentions per actor, actor type or tone label,
:func:`~analysis.actors.rankings.shrink_grouped` shrinks the per-actor means
from those sums, and the few mentions shown as evidence are picked in SQL and
handed, with their articles' sentences, to ``tone_summary`` itself.
"""
from __future__ import annotations

from typing import Any, Sequence

import numpy as np
import pandas as pd

from analysis.actors import tone_summary as tones
from analysis.actors.rankings import shrink_grouped
from analysis.pipeline.aggregate import _stored
from analysis.pipeline.aggregate_actors import _counts, _mentions, _names, _table
from analysis.stats.groups import UNKNOWN, is_weighted, summary_weights
from analysis.pipeline.lazy import StoredAnalysis
from analysis.pipeline.stored import _as_probe

__all__ = ["tone_coverage", "tone_agreement", "tone_changes", "actor_tone", "tone_evidence"]


def tone_coverage(source: Any, *, include_publishers: bool = False) -> pd.DataFrame:
    """:func:`analysis.actors.tone_coverage`: per actor type and overall, mentions with a tone and (article, actor)
    pairs with at least one."""
    stored = _stored(source)
    if stored is None:
        return tones.tone_coverage(_table(source, "mentions"), include_publishers=include_publishers)

    def part_counts(parts: range) -> str:  # counts per actor type and overall in some parts: their articles are only there
        mentions = _mentions(stored, ["actor_id", "actor_type", "tone"], include_publishers=include_publishers, parts=parts)
        return (
            f"WITH t AS (SELECT coalesce(actor_type, '{UNKNOWN}') AS actor_type, doc_id, actor_id, count(*) AS n, "
            f"count(tone) AS toned FROM {mentions} GROUP BY ALL), "
            "typed AS (SELECT actor_type, sum(n) AS mentions, sum(toned) AS with_tone, count(DISTINCT doc_id) AS articles, "
            "count(actor_id) AS actors_in_articles, count(actor_id) FILTER (WHERE toned > 0) AS actors_with_tone "
            "FROM t GROUP BY actor_type), "
            "pairs AS (SELECT doc_id, actor_id, sum(n) AS n, sum(toned) AS toned FROM t GROUP BY doc_id, actor_id) "
            "SELECT 0 AS k, * FROM typed UNION ALL SELECT 1, 'all', coalesce(sum(n), 0), coalesce(sum(toned), 0), "
            "count(DISTINCT doc_id), count(actor_id), count(actor_id) FILTER (WHERE toned > 0) FROM pairs")

    def summed(table: str) -> str:
        return (f"SELECT k, actor_type, sum(mentions) AS mentions, sum(with_tone) AS with_tone, sum(articles) AS articles, "
                "sum(actors_in_articles) AS actors_in_articles, sum(actors_with_tone) AS actors_with_tone "
                f"FROM {table} GROUP BY k, actor_type")

    with stored.per_part(part_counts, tables=["mentions"], combine=summed) as gathered:
        rows = stored.query(f"{summed(gathered)} ORDER BY k, actor_type", what="tone coverage by actor type")
    table = rows.drop(columns="k").set_index("actor_type")
    table.index = pd.Index([str(kind) for kind in table.index], dtype="str", name="actor_type")
    counts = [column for column in tones.COVERAGE_COLUMNS if "coverage" not in column]
    table = table.astype({column: "int64" for column in counts})
    mentions_n, pairs_n = table["mentions"].replace(0, np.nan), table["actors_in_articles"].replace(0, np.nan)
    table["coverage"] = (table["with_tone"] / mentions_n).astype("float64")
    table["actor_coverage"] = (table["actors_with_tone"] / pairs_n).astype("float64")
    return table[tones.COVERAGE_COLUMNS]


def _toned_with_sentence(stored: StoredAnalysis, columns: Sequence[str], *, include_publishers: bool,
                         parts: range | None = None) -> str:
    """SQL: the toned mentions (of some ``parts``, given them) joined with their sentence's compound (``compound``)."""
    mentions = _mentions(stored, ["sent_id", *columns, "tone"], include_publishers=include_publishers,
                         where="m.tone IS NOT NULL", parts=parts)
    return (f"(SELECT m.*, s.compound FROM {mentions} m "
            f"JOIN {stored.table('sentiment', ['doc_id', 'sent_id', 'compound'], parts=parts)} s USING (doc_id, sent_id))")


def tone_agreement(source: Any, *, threshold: float = 0.05,
                   include_publishers: bool = False) -> tuple[pd.DataFrame, dict[str, float]]:
    """:func:`analysis.actors.tone_agreement`: the cross table of mention and sentence tone labels, and ``n``,
    ``agreement``, ``pearson`` and ``changed``.

    Stored: part by part, each cell of the cross table keeps its counts and
    the centred moments of (tone, compound) (their means and sums of squared
    and crossed deviations, DuckDB's ``regr_*``), pooled across parts and
    cells with the deviations of the means (Chan, Golub and LeVeque's
    parallel update), never from raw sums of squares; Pearson's r is their
    ratio, so it equals ``numpy.corrcoef``'s up to the last digits.
    """
    stored = _stored(source)
    if stored is None:
        return tones.tone_agreement(_table(source, "mentions"), _table(source, "sentiment"), threshold=threshold,
                                    include_publishers=include_publishers)
    label = "CASE WHEN {0} >= ? THEN 'positive' WHEN {0} <= ? THEN 'negative' ELSE 'neutral' END"

    def part_cells(parts: range) -> str:
        both = _toned_with_sentence(stored, [], include_publishers=include_publishers, parts=parts)
        moments = ", ".join(f"regr_{name}(compound, tone) AS {alias}" for name, alias in _MOMENTS)
        return (f"SELECT {label.format('tone')} AS mention, {label.format('compound')} AS sentence, count(*) AS n, "
                f"count(*) FILTER (WHERE abs(tone - compound) > 0.05) AS changed, {moments} FROM {both} "
                "GROUP BY mention, sentence")

    def per_cell(table: str) -> str:
        return _pooled(table, "mention, sentence")

    with stored.per_part(part_cells, tables=["mentions", "sentiment"], combine=per_cell,
                         params=[threshold, -threshold, threshold, -threshold]) as gathered:
        cells = stored.query(  # a row per pair of labels, then the grand total (mention and sentence NULL) with r
            f"WITH c AS ({per_cell(gathered)}), t AS ({_pooled('(SELECT 0 AS everything, * FROM c)', 'everything')}) "
            "SELECT mention, sentence, n, changed, NULL AS pearson FROM c UNION ALL SELECT NULL, NULL, n, changed, "
            "CASE WHEN sxx > 0 AND syy > 0 THEN greatest(-1.0, least(1.0, sxy / sqrt(sxx * syy))) END FROM t "
            "ORDER BY mention NULLS LAST, sentence", what="tone agreement cells")
    total = cells.iloc[-1]
    counts = {(str(row.mention), str(row.sentence)): int(row.n) for row in cells.iloc[:-1].itertuples()}
    table = pd.DataFrame([[counts.get((mention, sentence), 0) for sentence in tones.LABELS] for mention in tones.LABELS],
                         index=pd.CategoricalIndex(tones.LABELS, categories=tones.LABELS, name="mention tone"),
                         columns=pd.CategoricalIndex(tones.LABELS, categories=tones.LABELS, name="sentence tone"),
                         dtype="int64")
    n = float(total["n"])
    figures = {
        "n": n,
        "agreement": float(np.trace(table.to_numpy()) / n) if n else float("nan"),
        "pearson": float(total["pearson"]) if n > 1 and pd.notna(total["pearson"]) else float("nan"),
        "changed": float(total["changed"] / n) if n else float("nan"),
    }
    return table, figures


# Per group of (tone, compound) pairs: how many, the means of tone and compound, sums of squared and crossed deviations.
_MOMENTS = (("count", "c"), ("avgx", "mx"), ("avgy", "my"), ("sxx", "sxx"), ("syy", "syy"), ("sxy", "sxy"))


def _pooled(table: str, keys: str) -> str:
    """SQL: the rows of ``table`` (``keys``, counts ``n`` and ``changed``, and :data:`_MOMENTS`) pooled per ``keys``:
    counts summed; means weighted by ``c``; each sum of squares that of its rows plus ``c`` times the squared (or
    crossed) deviation of their means from the pooled ones: no difference of large raw sums of squares cancels."""
    spread = {"sxx": "(mx - px) * (mx - px)", "syy": "(my - py) * (my - py)", "sxy": "(mx - px) * (my - py)"}
    deviations = ", ".join(f"sum(coalesce({name}, 0) + coalesce(c * {term}, 0)) AS {name}" for name, term in spread.items())
    return (f"WITH g AS (SELECT *, sum(c * mx) OVER w / nullif(sum(c) OVER w, 0) AS px, "
            f"sum(c * my) OVER w / nullif(sum(c) OVER w, 0) AS py FROM {table} WINDOW w AS (PARTITION BY {keys})) "
            f"SELECT {keys}, sum(n) AS n, sum(changed) AS changed, sum(c) AS c, any_value(px) AS mx, any_value(py) AS my, "
            f"{deviations} FROM g GROUP BY {keys}")


def tone_changes(source: Any, *, n: int = 10, include_publishers: bool = False) -> pd.DataFrame:
    """:func:`analysis.actors.tone_changes`: the ``n`` toned mentions whose tone departs most from their sentence's.

    Stored: DuckDB picks the ``n`` mentions, and ``tone_changes`` itself runs on them and their articles' sentences.
    """
    stored = _stored(source)
    if stored is None:
        return tones.tone_changes(_table(source, "mentions"), _table(source, "sentences"), _table(source, "sentiment"),
                                  n=n, include_publishers=include_publishers)
    order = f"ORDER BY change, doc_id, start, _part, _row LIMIT {int(n)}"  # a total order: the top n of each part's
    # top n are the top n (ties too); only the sort key's columns go through the joins, the n rows are read afterwards

    def part_top(parts: range) -> str:
        both = _toned_with_sentence(stored, ["start"], include_publishers=include_publishers, parts=parts)
        return (f"SELECT -abs(b.tone - b.compound) AS change, b.doc_id, b.start, b._part, b._row FROM {both} b "
                f"SEMI JOIN {stored.table('sentences', ['doc_id', 'sent_id'], parts=parts)} s USING (doc_id, sent_id) {order}")

    def top(table: str) -> str:
        return f"SELECT * FROM {table} {order}"

    with stored.per_part(part_top, tables=["mentions", "sentiment", "sentences"], combine=top) as gathered:
        keys = stored.query(f"SELECT doc_id, _part, _row FROM ({top(gathered)})", what="tone changes")
    mentions, sentences, sentiment = _evidence_rows(stored, _picked_mentions(stored, keys), ("sentences", "sentiment"))
    return tones.tone_changes(mentions, sentences, sentiment, n=n, include_publishers=include_publishers)


def _picked_mentions(stored: StoredAnalysis, keys: pd.DataFrame) -> pd.DataFrame:
    """The whole mention rows (with ``_part``, ``_row``) at the corpus positions ``keys`` (doc_id, _part, _row) name."""
    schema = stored.schemas["mentions"]
    keys = keys.astype({"doc_id": "str", "_part": "int64", "_row": "int64"})
    return stored.query(
        f"SELECT m.* FROM {stored.table('mentions', list(schema.columns))} m SEMI JOIN _keys k USING (doc_id, _part, _row)",
        what="picked mentions", frames={"_keys": keys})


def _evidence_rows(stored: StoredAnalysis, picked: pd.DataFrame, tables: Sequence[str]) -> list[pd.DataFrame]:
    """The picked mention rows in corpus order and in ``analyze``'s dtypes, then ``tables``' rows of their articles."""
    schema = stored.schemas["mentions"]
    mentions = _as_probe(picked.sort_values(["_part", "_row"], kind="stable"), schema)
    doc_ids = list(dict.fromkeys(mentions["doc_id"].astype("str")))
    return [mentions, *(stored.rows(name, doc_ids) for name in tables)]


def actor_tone(source: Any, *, min_mentions: float = 1, threshold: float = 0.05, level: float = 0.95,
               include_publishers: bool = False) -> pd.DataFrame:
    """:func:`analysis.actors.actor_tone` (the articles' weights): per actor, its tone over its toned mentions shrunk
    by empirical Bayes with an interval, coverage, the old sentence tone and the shares positive and negative."""
    stored = _stored(source)
    if stored is None:
        return tones.actor_tone(_table(source, "mentions"), _table(source, "sentences"), _table(source, "sentiment"),
                                _table(source, "quotes"), min_mentions=min_mentions, threshold=threshold, level=level,
                                include_publishers=include_publishers, weights=summary_weights(source.articles))
    grouped, mu = _actor_sums(stored, threshold=threshold, include_publishers=include_publishers)
    if grouped.empty:
        return pd.DataFrame(columns=tones.ACTOR_TONE_COLUMNS)
    stats = _spread(stored, grouped["raw"], mu, include_publishers=include_publishers)
    dof = float(np.maximum(grouped["n"] - 1, 0).sum())
    sigma2 = float(stats["within"]) / dof if dof > 0 else float(stats["spread"])
    shrunk = shrink_grouped(grouped["n"], grouped["raw"], mu=mu, sigma2=sigma2, level=level)
    weighted = is_weighted(stored.articles)
    table = pd.DataFrame({
        "articles": _counts(grouped["n"], weighted), "mentions": _counts(grouped["w"], weighted),
        "coverage": grouped["w"] / grouped["everything"],
        "tone": shrunk["shrunk"], "tone_low": shrunk["low"], "tone_high": shrunk["high"], "raw_tone": shrunk["raw"],
        "sentence_tone": _sentence_tone(stored, include_publishers=include_publishers).reindex(grouped.index),
        "positive": grouped["wp"] / grouped["w"], "negative": grouped["wn"] / grouped["w"],
    })
    table = _names(stored, include_publishers=include_publishers).join(table, on="actor_id", how="inner")
    table = table[table["mentions"] >= min_mentions]
    # Tones equal but for the order DuckDB's threads added the corpus mean in (1e-16 apart) sort by name, so the
    # order is the same on every run (pandas, adding in one order, may order such a pair either way).
    table = table.assign(_tone=table["tone"].round(12)).sort_values(["_tone", "actor"], kind="stable")
    return table[tones.ACTOR_TONE_COLUMNS].reset_index(drop=True)


# Per-actor sums merged over parts (an actor's per-article values are in its articles' part).
_SUMMED = "SELECT actor_id, {} FROM {{}} GROUP BY actor_id"


def _actor_sums(stored: StoredAnalysis, *, threshold: float, include_publishers: bool) -> tuple[pd.DataFrame, float]:
    """Per actor with a toned mention: ``n`` (summed weights of its articles with one), ``raw`` (their weighted mean
    of the article mean tone), ``w``, ``everything``, ``wp``, ``wn`` (summed weights of its toned, all, positive and
    negative mentions); and the corpus mean ``mu`` of the article mean tones, part by part."""
    def part_sums(parts: range) -> str:
        mentions = _mentions(stored, ["actor_id", "tone"], include_publishers=include_publishers, parts=parts)
        return (f"WITH per AS (SELECT actor_id, doc_id, avg(tone) AS v, any_value(w) AS w FROM {mentions} "
                "WHERE tone IS NOT NULL GROUP BY actor_id, doc_id), "
                "g AS (SELECT actor_id, sum(w) AS n, sum(w * v) AS wv FROM per GROUP BY actor_id), "
                "parts AS (SELECT actor_id, sum(w) FILTER (WHERE tone IS NOT NULL) AS w, sum(w) AS everything, "
                "sum(CASE WHEN tone >= ? THEN w ELSE 0 END) AS wp, sum(CASE WHEN tone <= ? THEN w ELSE 0 END) AS wn "
                f"FROM {mentions} GROUP BY actor_id) SELECT * FROM parts LEFT JOIN g USING (actor_id)")

    summed = _SUMMED.format(", ".join(f"sum({column}) AS {column}" for column in ("w", "everything", "wp", "wn", "n", "wv")))
    with stored.per_part(part_sums, tables=["mentions"], combine=summed.format,
                         params=[threshold, -threshold]) as gathered:
        grouped = stored.query(
            f"WITH g AS ({summed.format(gathered)}) SELECT actor_id, n, wv / n AS raw, w, everything, wp, wn, "
            "(SELECT sum(wv) / sum(n) FROM g) AS mu FROM g WHERE n IS NOT NULL", what="actor tone").set_index("actor_id")
    mu = float(grouped["mu"].iloc[0]) if len(grouped) else float("nan")
    return grouped.drop(columns="mu"), mu


def _spread(stored: StoredAnalysis, raw: pd.Series, mu: float, *, include_publishers: bool) -> pd.Series:
    """``within`` (the weighted squares of the article mean tones about their actor's ``raw``) and ``spread`` (their
    weighted mean square about ``mu``), part by part."""
    def part_squares(parts: range) -> str:
        mentions = _mentions(stored, ["actor_id", "tone"], include_publishers=include_publishers, parts=parts)
        return (f"WITH per AS (SELECT actor_id, doc_id, avg(tone) AS v, any_value(w) AS w FROM {mentions} "
                "WHERE tone IS NOT NULL GROUP BY actor_id, doc_id) "
                "SELECT sum(per.w * (per.v - g.raw) ** 2) AS within, sum(per.w * (per.v - ?) ** 2) AS squares, "
                "sum(per.w) AS n FROM per JOIN _raw g USING (actor_id)")

    frame = pd.DataFrame({"actor_id": raw.index.astype("str"), "raw": raw.to_numpy(dtype="float64")})
    with stored.per_part(part_squares, tables=["mentions"], params=[mu], frames={"_raw": frame},
                         combine="SELECT sum(within) AS within, sum(squares) AS squares, sum(n) AS n FROM {}".format) as gathered:
        return stored.query(f"SELECT sum(within) AS within, sum(squares) / sum(n) AS spread FROM {gathered}",
                            what="actor tone spread").iloc[0]


def _sentence_tone(stored: StoredAnalysis, *, include_publishers: bool) -> pd.Series:
    """Per actor: the weighted article mean of the mean compound of the sentences naming it, its own quotes' left out."""
    def part_sums(parts: range) -> str:
        mentions = _mentions(stored, ["sent_id", "actor_id"], include_publishers=include_publishers, parts=parts)
        quotes = stored.table("quotes", ["doc_id", "start", "end", "speaker_actor_id"], parts=parts)
        sentences = stored.table("sentences", ["doc_id", "sent_id", "start", "end"], parts=parts)
        return (
            f"WITH named AS (SELECT DISTINCT doc_id, sent_id, actor_id FROM {mentions}), "
            f"own AS (SELECT DISTINCT q.doc_id, s.sent_id, q.speaker_actor_id AS actor_id FROM {quotes} q JOIN {sentences} s "
            "ON s.doc_id = q.doc_id AND q.start < s.\"end\" AND s.start < q.\"end\" WHERE q.speaker_actor_id IS NOT NULL), "
            "per AS (SELECT n.actor_id, n.doc_id, avg(t.compound) AS c FROM named n ANTI JOIN own USING (doc_id, sent_id, actor_id) "
            f"JOIN {stored.table('sentiment', ['doc_id', 'sent_id', 'compound'], parts=parts)} t USING (doc_id, sent_id) GROUP BY ALL) "
            "SELECT actor_id, sum(a.weight * c) AS wc, sum(a.weight) AS w FROM per JOIN _articles a USING (doc_id) "
            "GROUP BY actor_id")

    summed = _SUMMED.format("sum(wc) AS wc, sum(w) AS w")
    with stored.per_part(part_sums, tables=["mentions", "quotes", "sentences", "sentiment"], combine=summed.format) as gathered:
        sums = stored.query(f"SELECT actor_id, sum(wc) / sum(w) AS sentence_tone FROM {gathered} GROUP BY actor_id",
                            what="sentence tone by actor")
    return sums.set_index("actor_id")["sentence_tone"].astype("float64")


def tone_evidence(source: Any, *, actor_ids: list[str] | None = None, per_side: int = 2,
                  include_publishers: bool = False) -> pd.DataFrame:
    """:func:`analysis.actors.tone_evidence`: up to ``per_side`` most negative and most positive toned mentions of each
    actor, with the span scored and its sentence.

    Stored: DuckDB picks those mentions, ``tone_evidence`` itself runs on them and their articles' sentences, and the
    actors' names are the corpus's (their most frequent display name).
    """
    stored = _stored(source)
    if stored is None:
        return tones.tone_evidence(_table(source, "mentions"), _table(source, "sentences"), actor_ids=actor_ids,
                                   per_side=per_side, include_publishers=include_publishers)
    wanted = "" if actor_ids is None else "m.actor_id IN (SELECT actor_id FROM _wanted)"
    mentions = _mentions(stored, ["actor_id", "start", "tone"], include_publishers=include_publishers,
                         where=" AND ".join(filter(None, ["m.tone IS NOT NULL", wanted])))
    # Per actor and side, a top-n aggregate keeps the per_side lowest (highest) (tone, doc_id, start, corpus position):
    # per_side rows of state per actor, no window over every mention.
    key = "{'tone': tone, 'doc_id': doc_id, 'start': start, 'part': _part, 'row': _row}"
    keys = stored.query(
        f"WITH m AS {mentions}, picks AS (SELECT unnest(min_by({{'doc_id': doc_id, 'part': _part, 'row': _row}}, {key}, ?)) "
        f"AS k FROM m WHERE tone < 0 GROUP BY actor_id UNION ALL SELECT unnest(max_by({{'doc_id': doc_id, 'part': _part, "
        f"'row': _row}}, {key}, ?)) FROM m WHERE tone > 0 GROUP BY actor_id) "
        "SELECT k.doc_id AS doc_id, k.part AS _part, k.row AS _row FROM picks",
        what="tone evidence", params=[per_side, per_side],
        frames={"_wanted": pd.DataFrame({"actor_id": pd.Series(actor_ids or [], dtype="str")})})
    mentions_rows, sentences = _evidence_rows(stored, _picked_mentions(stored, keys), ("sentences",))
    evidence = tones.tone_evidence(mentions_rows, sentences, actor_ids=actor_ids, per_side=per_side,
                                   include_publishers=include_publishers)
    names = _names(stored, include_publishers=True).set_index("actor_id")["actor"]
    return evidence.assign(actor=evidence["actor_id"].map(names)) if len(evidence) else evidence
