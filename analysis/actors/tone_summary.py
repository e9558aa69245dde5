"""Tone toward each actor, from the tone at each of its mentions, with support, uncertainty and evidence.

The ``mentions`` table carries the tone toward the actor at each mention (``tone``, with its evidence span
``tone_start``/``tone_end``: the clause or phrase that concerns the mention, never the actor's own words;
:mod:`analysis.actors.mention_tone`). Everything here aggregates those columns:

* :func:`actor_tone` -- per actor: the mentions with a tone and their share of its mentions (coverage), its
  tone in each article (the mean over its toned mentions there), their mean over articles (``raw_tone``)
  shrunk toward the mean of all actors by empirical Bayes (``tone``, :func:`analysis.actors.rankings.shrink_means`)
  with a posterior interval; beside it ``sentence_tone``, the same mean of the whole sentences naming it
  (its own quotes left out), the measure used before, so the difference shows;
* :func:`tone_evidence` -- the evidence spans behind each actor's tone, most negative and most positive;
* :func:`tone_coverage` -- how many mentions got a tone, per actor type;
* :func:`tone_changes` -- the mentions whose tone departs most from their sentence's;
* :func:`tone_agreement` -- how the tone at a mention agrees with the tone of its whole sentence.

Mentions of the publisher are left out unless ``include_publishers=True``; ``weights`` (article weights by
doc_id) make counts sums of weights and means weighted means, as in :mod:`analysis.actors.summary`.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.actors.mention_tone import TONE_COLUMNS
from analysis.actors.publisher import actor_mentions
from analysis.actors.rankings import shrink_means
from analysis.stats.groups import UNKNOWN, row_weights

ACTOR_TONE_COLUMNS = [
    "actor_id", "actor", "actor_type", "articles", "mentions", "coverage", "tone", "tone_low", "tone_high",
    "raw_tone", "sentence_tone", "positive", "negative",
]
EVIDENCE_COLUMNS = ["actor_id", "actor", "side", "tone", "evidence", "sentence", "doc_id", "sent_id", "tone_start",
                    "tone_end"]
COVERAGE_COLUMNS = ["mentions", "with_tone", "coverage", "articles", "actors_in_articles", "actors_with_tone",
                    "actor_coverage"]
LABELS = ("negative", "neutral", "positive")
SIDES = ("most negative", "most positive")


def toned(mentions: pd.DataFrame) -> pd.DataFrame:
    """The mentions with a tone; a clear error for a mentions table made before the tone columns existed."""
    missing = [column for column in TONE_COLUMNS if column not in mentions.columns]
    if missing:
        raise KeyError(f"the mentions table has no {missing} column(s): it was made before the actors step scored "
                       "the tone at each mention; run analyze again (or analyze_to_parquet for stored tables)")
    return mentions[mentions["tone"].notna()]


def _labels(values: np.ndarray, threshold: float) -> np.ndarray:
    return np.select([values >= threshold, values <= -threshold], ["positive", "negative"], "neutral")


def _actors(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per actor id: its most frequent display name and type ("(unknown)" for a missing type)."""
    named = mentions.groupby(["actor_id", "actor", "actor_type"], dropna=False).size().rename("n").reset_index()
    named = named.sort_values(["actor_id", "n"], ascending=[True, False], kind="stable").drop_duplicates("actor_id")
    actors = named[["actor_id", "actor", "actor_type"]].reset_index(drop=True)
    return actors.assign(actor_type=actors["actor_type"].fillna(UNKNOWN))


def _counts(values: pd.Series, weights: pd.Series | None) -> pd.Series:
    return values.astype("int64") if weights is None else values.astype("float64").round(3)


def actor_tone(
    mentions: pd.DataFrame,
    sentences: pd.DataFrame,
    sentiment: pd.DataFrame,
    quotes: pd.DataFrame,
    *,
    min_mentions: float = 1,
    threshold: float = 0.05,
    level: float = 0.95,
    include_publishers: bool = False,
    weights: pd.Series | None = None,
) -> pd.DataFrame:
    """Per actor (``ACTOR_TONE_COLUMNS``): its shrunk tone over its toned mentions, most negative first.

    ``mentions`` counts the actor's mentions with a tone and ``coverage`` their share of all its mentions;
    ``articles`` the articles where it has one. ``raw_tone`` is the mean over those articles of its tone in
    each (the mean tone of its toned mentions there), ``tone`` that mean shrunk by empirical Bayes with the
    interval ``tone_low``-``tone_high`` at ``level``. ``sentence_tone`` is the same article mean of the
    compound of the whole sentences naming it, its own quotes left out (``sentences``, ``sentiment`` and
    ``quotes`` are read only for it). ``positive`` / ``negative``: shares of its toned mentions at or above
    +``threshold`` / at or below -``threshold``. Actors with fewer than ``min_mentions`` toned mentions are left out.
    """
    mentions = actor_mentions(mentions, include_publishers=include_publishers)
    scored = toned(mentions)
    if scored.empty:
        return pd.DataFrame(columns=ACTOR_TONE_COLUMNS)
    weight = row_weights(scored, weights)
    tone = scored["tone"].to_numpy(dtype="float64")
    parts = pd.DataFrame({
        "actor_id": scored["actor_id"].to_numpy(), "w": weight,
        "wp": weight * (tone >= threshold), "wn": weight * (tone <= -threshold),
    }).groupby("actor_id").sum()
    everything = pd.Series(row_weights(mentions, weights), index=mentions.index).groupby(mentions["actor_id"]).sum()
    per_article = scored.groupby(["actor_id", "doc_id"], sort=False)["tone"].mean().reset_index()
    shrunk = shrink_means(pd.DataFrame({
        "group": per_article["actor_id"], "value": per_article["tone"], "weight": row_weights(per_article, weights),
    }), level=level)
    grouped = pd.DataFrame({
        "articles": _counts(shrunk["n"], weights), "mentions": _counts(parts["w"], weights),
        "coverage": parts["w"] / everything.reindex(parts.index),
        "tone": shrunk["shrunk"], "tone_low": shrunk["low"], "tone_high": shrunk["high"], "raw_tone": shrunk["raw"],
        "sentence_tone": _sentence_tone(mentions, sentences, sentiment, quotes, weights).reindex(parts.index),
        "positive": parts["wp"] / parts["w"], "negative": parts["wn"] / parts["w"],
    })
    table = _actors(mentions).join(grouped, on="actor_id", how="inner")
    table = table[table["mentions"] >= min_mentions]
    return table.sort_values(["tone", "actor"], kind="stable")[ACTOR_TONE_COLUMNS].reset_index(drop=True)


def _sentence_tone(
    mentions: pd.DataFrame, sentences: pd.DataFrame, sentiment: pd.DataFrame, quotes: pd.DataFrame,
    weights: pd.Series | None,
) -> pd.Series:
    """Per actor: the weighted mean over articles of the mean compound of the sentences naming it there,
    leaving out sentences that carry a quote attributed to it (the sentence-level measure, for comparison)."""
    named = mentions[["doc_id", "sent_id", "actor_id"]].drop_duplicates()
    own = _own_quote_sentences(quotes, sentences)
    if not own.empty:
        flagged = named.merge(own.assign(_own=True), on=["doc_id", "sent_id", "actor_id"], how="left")
        named = flagged[flagged["_own"].isna()].drop(columns="_own")
    scored = named.merge(sentiment[["doc_id", "sent_id", "compound"]], on=["doc_id", "sent_id"])
    if scored.empty:
        return pd.Series(dtype="float64")
    per_article = scored.groupby(["actor_id", "doc_id"], sort=False)["compound"].mean().reset_index()
    per_article["w"] = row_weights(per_article, weights)
    per_article["wc"] = per_article["w"] * per_article["compound"]
    sums = per_article.groupby("actor_id")[["w", "wc"]].sum()
    return sums["wc"] / sums["w"]


def _own_quote_sentences(quotes: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """(doc_id, sent_id, actor_id) for every sentence overlapping a quote attributed to that actor."""
    attributed = quotes[quotes["speaker_actor_id"].notna()][["doc_id", "start", "end", "speaker_actor_id"]]
    if attributed.empty:
        return pd.DataFrame(columns=["doc_id", "sent_id", "actor_id"])
    pairs = attributed.merge(
        sentences[["doc_id", "sent_id", "start", "end"]].rename(columns={"start": "s_start", "end": "s_end"}), on="doc_id")
    overlap = pairs[(pairs["start"] < pairs["s_end"]) & (pairs["s_start"] < pairs["end"])]
    return overlap.rename(columns={"speaker_actor_id": "actor_id"})[["doc_id", "sent_id", "actor_id"]].drop_duplicates()


def tone_evidence(
    mentions: pd.DataFrame,
    sentences: pd.DataFrame,
    *,
    actor_ids: list[str] | None = None,
    per_side: int = 2,
    include_publishers: bool = False,
) -> pd.DataFrame:
    """The evidence behind each actor's tone (``EVIDENCE_COLUMNS``): the span scored and its whole sentence.

    Up to ``per_side`` toned mentions on each side: ``side`` "most negative" (tones below 0, lowest first)
    then "most positive" (above 0, highest first); ``evidence`` is the text of ``tone_start``-``tone_end``
    (read from the sentence holding it). Actors come in the order of ``actor_ids`` (all, by id, when None).
    """
    scored = toned(actor_mentions(mentions, include_publishers=include_publishers))
    if actor_ids is not None:
        scored = scored[scored["actor_id"].isin(actor_ids)]
    if scored.empty:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    scored = scored.merge(sentences[["doc_id", "sent_id", "start", "text"]].rename(
        columns={"start": "_s_start", "text": "sentence"}), on=["doc_id", "sent_id"], how="left")
    ordered = scored.sort_values(["actor_id", "tone", "doc_id", "start"], kind="stable")
    lowest = ordered[ordered["tone"] < 0].groupby("actor_id").head(per_side).assign(side=SIDES[0], _s=0)
    highest = ordered[ordered["tone"] > 0].groupby("actor_id").tail(per_side).assign(side=SIDES[1], _s=1)
    evidence = pd.concat([lowest, highest])
    names = _actors(mentions).set_index("actor_id")["actor"]
    order = {actor_id: i for i, actor_id in enumerate(actor_ids if actor_ids is not None else sorted(names.index))}
    evidence = evidence.assign(
        actor=evidence["actor_id"].map(names), _o=evidence["actor_id"].map(order),
        _c=np.where(evidence["_s"] == 0, evidence["tone"], -evidence["tone"]),
        evidence=[sentence[int(start - offset):int(end - offset)] if isinstance(sentence, str) else ""
                  for sentence, start, end, offset in zip(evidence["sentence"], evidence["tone_start"],
                                                          evidence["tone_end"], evidence["_s_start"])],
    )
    evidence = evidence.sort_values(["_o", "_s", "_c", "doc_id", "start"], kind="stable")
    return evidence[EVIDENCE_COLUMNS].reset_index(drop=True)


def tone_changes(
    mentions: pd.DataFrame, sentences: pd.DataFrame, sentiment: pd.DataFrame, *, n: int = 10,
    include_publishers: bool = False,
) -> pd.DataFrame:
    """The ``n`` toned mentions whose tone departs most from their sentence's compound (ties in text order):
    surface, actor, tone, the sentence's compound, the evidence span and the sentence."""
    scored = toned(actor_mentions(mentions, include_publishers=include_publishers))
    both = scored.merge(sentiment[["doc_id", "sent_id", "compound"]], on=["doc_id", "sent_id"]).merge(
        sentences[["doc_id", "sent_id", "start", "text"]].rename(columns={"start": "_s_start", "text": "sentence"}),
        on=["doc_id", "sent_id"])
    both = both.assign(_gap=-(both["tone"] - both["compound"]).abs()).sort_values(
        ["_gap", "doc_id", "start"], kind="stable").head(n)
    both["evidence"] = [sentence[int(start - offset):int(end - offset)] for sentence, start, end, offset
                        in zip(both["sentence"], both["tone_start"], both["tone_end"], both["_s_start"])]
    return both.rename(columns={"compound": "sentence_tone"})[
        ["surface", "actor", "tone", "sentence_tone", "evidence", "sentence"]].reset_index(drop=True)


def tone_coverage(mentions: pd.DataFrame, *, include_publishers: bool = False) -> pd.DataFrame:
    """Per actor type and overall (``COVERAGE_COLUMNS``): how many mentions got a tone, and how many of the
    (article, actor) pairs got at least one (``actor_coverage``)."""
    mentions = actor_mentions(mentions, include_publishers=include_publishers)
    toned(mentions)
    work = mentions.assign(_toned=mentions["tone"].notna(), actor_type=mentions["actor_type"].fillna(UNKNOWN))
    rows = {}
    for group, members in [*work.groupby("actor_type", sort=True), ("all", work)]:
        pairs = members.groupby(["doc_id", "actor_id"])["_toned"].any()
        rows[group] = {
            "mentions": len(members), "with_tone": int(members["_toned"].sum()),
            "coverage": float(members["_toned"].mean()) if len(members) else np.nan,
            "articles": members["doc_id"].nunique(), "actors_in_articles": len(pairs),
            "actors_with_tone": int(pairs.sum()), "actor_coverage": float(pairs.mean()) if len(pairs) else np.nan,
        }
    table = pd.DataFrame.from_dict(rows, orient="index", columns=COVERAGE_COLUMNS).rename_axis("actor_type")
    counts = [column for column in COVERAGE_COLUMNS if "coverage" not in column]
    return table.astype({column: "int64" for column in counts})


def tone_agreement(
    mentions: pd.DataFrame, sentiment: pd.DataFrame, *, threshold: float = 0.05, include_publishers: bool = False
) -> tuple[pd.DataFrame, dict[str, float]]:
    """How the tone at each toned mention compares with the compound of its whole sentence.

    Returns the 3-class cross table (rows: the mention's label, columns: the sentence's; labels at
    ``threshold`` as in :func:`analysis.sentiment.tone.tone_label`) and figures: ``n`` toned mentions,
    ``agreement`` (share with the same label), ``pearson`` correlation of the two scores, and ``changed``
    (share whose score differs from the sentence's by more than 0.05).
    """
    scored = toned(actor_mentions(mentions, include_publishers=include_publishers))
    both = scored[["doc_id", "sent_id", "tone"]].merge(sentiment[["doc_id", "sent_id", "compound"]],
                                                         on=["doc_id", "sent_id"], how="inner")
    mention_label = pd.Categorical(_labels(both["tone"].to_numpy(), threshold), categories=LABELS)
    sentence_label = pd.Categorical(_labels(both["compound"].to_numpy(), threshold), categories=LABELS)
    table = pd.crosstab(pd.Series(mention_label, name="mention tone"), pd.Series(sentence_label, name="sentence tone"),
                        dropna=False)
    n = len(both)
    figures = {
        "n": float(n),
        "agreement": float((mention_label == sentence_label).mean()) if n else float("nan"),
        "pearson": float(np.corrcoef(both["tone"], both["compound"])[0, 1]) if n > 1 else float("nan"),
        "changed": float((abs(both["tone"] - both["compound"]) > 0.05).mean()) if n else float("nan"),
    }
    return table, figures
