"""Summaries of who is mentioned, who speaks, with whom, and in what tone.

Every function here aggregates the tidy tables of an analysis run
(``mentions``, ``quotes``, ``sentences``, ``sentiment``) and never reads text
from elsewhere, so each number traces back to rows with offsets.

* :func:`actor_table` -- per actor: mentions, articles, times quoted, words
  quoted and share of voice, first-mention position;
* :func:`share_of_voice` -- per speaker, with its actor type and how it was linked, including speakers the dictionary
  does not know ("an eyewitness");
* :func:`co_mentions` -- pairs of actors named in the same sentence or article;
* :func:`quoted_about` -- who is quoted about whom (actors named inside a
  speaker's quotes);
* :func:`actor_tone` and :func:`tone_evidence` -- mean sentence compound of
  the sentences that mention an actor, leaving out the sentences that carry
  that actor's own words (any direct, partial or indirect quote attributed to
  it), with the most positive and most negative sentences as evidence.

The counting functions take ``weights``, each article's weight by doc_id
(:func:`analysis.pipeline.groups.article_weights`; ``dedupe="weight"`` gives
every member of a story of n copies 1/n): counts become sums of weights and
means weighted means. Without it every row counts once.
"""
from __future__ import annotations

from itertools import combinations

import numpy as np
import pandas as pd

from analysis.pipeline.groups import row_weights
from analysis.text.normalization import count_words

MARKED = ("direct", "partial")
ACTOR_COLUMNS = [
    "actor_id", "actor", "actor_type", "mentions", "articles", "times_quoted", "words_quoted",
    "share_of_voice", "first_sentence", "first_position",
]
VOICE_COLUMNS = ["speaker_id", "speaker", "actor_type", "link", "quotes", "words", "share_of_voice"]
ACTOR_TYPES = ("person", "country", "organization", "region", "media", "place")
PAIR_COLUMNS = ["actor_id_a", "actor_a", "actor_id_b", "actor_b", "count"]
ABOUT_COLUMNS = ["speaker_id", "speaker", "target_id", "target", "quotes", "example"]
TONE_COLUMNS = ["actor_id", "actor", "actor_type", "sentences", "tone", "positive", "negative"]
EVIDENCE_COLUMNS = ["actor_id", "actor", "doc_id", "sent_id", "compound", "text"]


def _actors(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per actor id: its display name and type (the most frequent ones)."""
    if mentions.empty:
        return pd.DataFrame(columns=["actor_id", "actor", "actor_type"])
    named = mentions.groupby(["actor_id", "actor", "actor_type"], dropna=False).size().rename("n").reset_index()
    named = named.sort_values(["actor_id", "n"], ascending=[True, False], kind="stable")
    return named.drop_duplicates("actor_id")[["actor_id", "actor", "actor_type"]].reset_index(drop=True)


def _quote_words(quotes: pd.DataFrame) -> pd.Series:
    return quotes["text"].map(count_words).astype("int64")


def _counts(values: pd.Series | pd.DataFrame, weights: pd.Series | None) -> pd.Series | pd.DataFrame:
    """Counts summed from row weights: int64 when unweighted, floats rounded to 3 decimals otherwise."""
    return values.astype("int64") if weights is None else values.astype("float64").round(3)


def share_of_voice(
    quotes: pd.DataFrame, *, kinds: tuple[str, ...] = MARKED, mentions: pd.DataFrame | None = None,
    weights: pd.Series | None = None,
) -> pd.DataFrame:
    """Per speaker: quotes, words quoted and their share of all quoted words (columns ``VOICE_COLUMNS``).

    ``actor_type`` is the speaker's actor type (person, country, organization...):
    from ``mentions`` when given, else from the type its id starts with
    (``person:sergey-lavrov``); empty for speakers without an actor id. ``link``
    says how the speaker was identified: ``linked`` (an actor id), ``unlinked``
    (only the source's words: "an eyewitness", listed under them) or
    ``unattributed`` (no speaker; these quotes still count in the total).
    """
    chosen = quotes[quotes["kind"].isin(kinds)]
    if chosen.empty:
        return pd.DataFrame(columns=VOICE_COLUMNS)
    ids, speakers = chosen["speaker_actor_id"].astype("str"), chosen["speaker"].astype("str")
    linked = ids.notna()
    weight = row_weights(chosen, weights)
    frame = pd.DataFrame({
        "speaker_id": ids.fillna("unlinked:" + speakers),
        "speaker": speakers.fillna("(unattributed)"),
        "words": _quote_words(chosen) * weight,
        "quotes": weight,
        "link": np.where(linked, "linked", np.where(speakers.notna(), "unlinked", "unattributed")),
    })
    frame["speaker_id"] = frame["speaker_id"].fillna("unattributed")
    grouped = frame.groupby("speaker_id", sort=False).agg(
        speaker=("speaker", "first"), link=("link", "first"), quotes=("quotes", "sum"), words=("words", "sum"),
    ).reset_index()
    grouped[["quotes", "words"]] = _counts(grouped[["quotes", "words"]], weights)
    grouped["actor_type"] = _speaker_types(grouped["speaker_id"].where(grouped["link"] == "linked"), mentions)
    total = grouped["words"].sum()
    grouped["share_of_voice"] = grouped["words"] / total if total else 0.0
    grouped = grouped.sort_values(["words", "speaker"], ascending=[False, True], kind="stable")
    return grouped[VOICE_COLUMNS].reset_index(drop=True)


def _speaker_types(actor_ids: pd.Series, mentions: pd.DataFrame | None) -> pd.Series:
    """The actor type of each id (NA for missing ids): from ``mentions``, else the id's ``type:`` prefix."""
    known = _actors(mentions).set_index("actor_id")["actor_type"] if mentions is not None and not mentions.empty \
        else pd.Series(dtype="str")
    actor_ids = actor_ids.astype("str")
    prefix = actor_ids.str.extract(r"^([a-z]+):", expand=False)
    from_prefix = prefix.where(prefix.isin(ACTOR_TYPES))
    return actor_ids.map(known).astype("str").fillna(from_prefix).where(actor_ids.notna())


def actor_table(
    mentions: pd.DataFrame,
    quotes: pd.DataFrame,
    *,
    sentences: pd.DataFrame | None = None,
    min_mentions: int = 1,
    weights: pd.Series | None = None,
) -> pd.DataFrame:
    """Per actor (columns ``ACTOR_COLUMNS``), most mentioned first.

    ``times_quoted`` and ``words_quoted`` count direct and partial quotes
    whose speaker is the actor; ``share_of_voice`` is the actor's share of all
    words quoted in the corpus (attributed or not). ``first_sentence`` is the
    median sentence index of the actor's first mention in the articles that
    name it (0 = the lead); ``first_position`` the mean offset of that
    mention as a share of the article's length (needs ``sentences``).
    """
    actors = _actors(mentions)
    if actors.empty:
        return pd.DataFrame(columns=ACTOR_COLUMNS)
    weighted = mentions.assign(_w=row_weights(mentions, weights))
    per_article = weighted.drop_duplicates(["actor_id", "doc_id"])
    counts = pd.DataFrame({
        "mentions": _counts(weighted.groupby("actor_id")["_w"].sum(), weights),
        "articles": _counts(per_article.groupby("actor_id")["_w"].sum(), weights),
    })
    firsts = mentions.sort_values(["doc_id", "start"], kind="stable").drop_duplicates(["actor_id", "doc_id"])
    counts["first_sentence"] = firsts.groupby("actor_id")["sent_id"].median()
    if sentences is not None and not sentences.empty:
        lengths = sentences.groupby("doc_id")["end"].max()
        relative = firsts["start"] / firsts["doc_id"].map(lengths).clip(lower=1)
        counts["first_position"] = relative.groupby(firsts["actor_id"]).mean()
    else:
        counts["first_position"] = np.nan
    marked = quotes[quotes["kind"].isin(MARKED)]
    quote_weights = row_weights(marked, weights)
    words = _quote_words(marked) * quote_weights if not marked.empty else pd.Series(dtype="float64")
    total_words = float(words.sum()) if len(words) else 0
    spoken = marked.assign(words=words, _w=quote_weights).groupby("speaker_actor_id").agg(
        times_quoted=("_w", "sum"), words_quoted=("words", "sum"))
    table = actors.join(counts, on="actor_id").join(spoken, on="actor_id")
    table[["times_quoted", "words_quoted"]] = _counts(table[["times_quoted", "words_quoted"]].fillna(0), weights)
    table["share_of_voice"] = table["words_quoted"] / total_words if total_words else 0.0
    table = table[table["mentions"] >= min_mentions]
    table = table.sort_values(["mentions", "actor"], ascending=[False, True], kind="stable")
    return table[ACTOR_COLUMNS].reset_index(drop=True)


def co_mentions(
    mentions: pd.DataFrame, *, level: str = "sentence", min_count: float = 1, weights: pd.Series | None = None
) -> pd.DataFrame:
    """Pairs of distinct actors named together in one sentence (or article), with the number of such units.

    ``level`` is ``"sentence"`` or ``"article"``. Pairs are unordered
    (``actor_id_a`` < ``actor_id_b``); most frequent first.
    """
    if level not in {"sentence", "article"}:
        raise ValueError(f"co_mentions level {level!r}: expected 'sentence' or 'article'")
    keys = ["doc_id", "sent_id"] if level == "sentence" else ["doc_id"]
    if mentions.empty:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    unique = mentions.drop_duplicates(keys + ["actor_id"])
    units = unique.groupby(keys, sort=False)["actor_id"].agg(sorted)
    unit_weights = pd.Series(row_weights(unique, weights), index=unique.index).groupby(
        [unique[key] for key in keys], sort=False).first()
    counter: dict[tuple[str, str], float] = {}
    for ids, weight in zip(units, unit_weights.reindex(units.index)):
        for pair in combinations(ids, 2):
            counter[pair] = counter.get(pair, 0) + weight
    names = _actors(mentions).set_index("actor_id")["actor"]
    rows = [(a, names.get(a), b, names.get(b), n) for (a, b), n in counter.items() if n >= min_count]
    frame = pd.DataFrame(rows, columns=PAIR_COLUMNS)
    frame["count"] = _counts(frame["count"], weights)
    return frame.sort_values(["count", "actor_a", "actor_b"], ascending=[False, True, True], kind="stable").reset_index(drop=True)


def quoted_about(
    quotes: pd.DataFrame, mentions: pd.DataFrame, *, kinds: tuple[str, ...] = (*MARKED, "indirect"),
    weights: pd.Series | None = None,
) -> pd.DataFrame:
    """Who is quoted about whom: for each speaker, the actors named inside its quotes (``ABOUT_COLUMNS``).

    ``quotes`` counts the speaker's quotes that name the target; ``example``
    is the first such quote. A speaker naming itself is left out.
    """
    chosen = quotes[quotes["kind"].isin(kinds) & quotes["speaker_actor_id"].notna()]
    if chosen.empty or mentions.empty:
        return pd.DataFrame(columns=ABOUT_COLUMNS)
    pairs = chosen[["doc_id", "quote_id", "start", "end", "text", "speaker_actor_id", "speaker"]].merge(
        mentions[["doc_id", "start", "end", "actor_id", "actor"]].rename(columns={"start": "m_start", "end": "m_end"}),
        on="doc_id",
    )
    inside = pairs[(pairs["m_start"] >= pairs["start"]) & (pairs["m_end"] <= pairs["end"])
                   & (pairs["actor_id"] != pairs["speaker_actor_id"])]
    if inside.empty:
        return pd.DataFrame(columns=ABOUT_COLUMNS)
    inside = inside.drop_duplicates(["doc_id", "quote_id", "actor_id"])
    inside = inside.assign(_w=row_weights(inside, weights))
    grouped = inside.groupby(["speaker_actor_id", "actor_id"], sort=False).agg(
        speaker=("speaker", "first"), target=("actor", "first"), quotes=("_w", "sum"), example=("text", "first"),
    ).reset_index().rename(columns={"speaker_actor_id": "speaker_id", "actor_id": "target_id"})
    grouped["quotes"] = _counts(grouped["quotes"], weights)
    grouped = grouped.sort_values(["quotes", "speaker", "target"], ascending=[False, True, True], kind="stable")
    return grouped[ABOUT_COLUMNS].reset_index(drop=True)


def _own_quote_sentences(quotes: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """(doc_id, sent_id, actor_id) for every sentence overlapping a quote attributed to that actor."""
    attributed = quotes[quotes["speaker_actor_id"].notna()][["doc_id", "start", "end", "speaker_actor_id"]]
    if attributed.empty:
        return pd.DataFrame(columns=["doc_id", "sent_id", "actor_id"])
    pairs = attributed.merge(
        sentences[["doc_id", "sent_id", "start", "end"]].rename(columns={"start": "s_start", "end": "s_end"}), on="doc_id")
    overlap = pairs[(pairs["start"] < pairs["s_end"]) & (pairs["s_start"] < pairs["end"])]
    return overlap.rename(columns={"speaker_actor_id": "actor_id"})[["doc_id", "sent_id", "actor_id"]].drop_duplicates()


def _toned_mentions(
    mentions: pd.DataFrame, sentences: pd.DataFrame, sentiment: pd.DataFrame, quotes: pd.DataFrame
) -> pd.DataFrame:
    """One row per (actor, sentence that names it and is not its own quote), with compound and text."""
    named = mentions[["doc_id", "sent_id", "actor_id"]].drop_duplicates()
    own = _own_quote_sentences(quotes, sentences)
    if not own.empty:
        flagged = named.merge(own.assign(_own=True), on=["doc_id", "sent_id", "actor_id"], how="left")
        named = flagged[flagged["_own"].isna()].drop(columns="_own")
    scored = named.merge(sentiment[["doc_id", "sent_id", "compound"]], on=["doc_id", "sent_id"])
    return scored.merge(sentences[["doc_id", "sent_id", "text"]], on=["doc_id", "sent_id"])


def actor_tone(
    mentions: pd.DataFrame,
    sentences: pd.DataFrame,
    sentiment: pd.DataFrame,
    quotes: pd.DataFrame,
    *,
    min_sentences: float = 1,
    threshold: float = 0.05,
    weights: pd.Series | None = None,
) -> pd.DataFrame:
    """Per actor: sentences counted, mean compound (``tone``), shares above +``threshold`` / below -``threshold``.

    Sentences carrying the actor's own quotes are left out (module docstring).
    Most negative first.
    """
    if mentions.empty or sentiment.empty:
        return pd.DataFrame(columns=TONE_COLUMNS)
    scored = _toned_mentions(mentions, sentences, sentiment, quotes)
    weight = row_weights(scored, weights)
    compound = scored["compound"].to_numpy(dtype="float64")
    parts = pd.DataFrame({
        "actor_id": scored["actor_id"].to_numpy(), "w": weight, "wc": weight * compound,
        "wp": weight * (compound >= threshold), "wn": weight * (compound <= -threshold),
    }).groupby("actor_id").sum()
    grouped = pd.DataFrame({
        "sentences": _counts(parts["w"], weights), "tone": parts["wc"] / parts["w"],
        "positive": parts["wp"] / parts["w"], "negative": parts["wn"] / parts["w"],
    })
    table = _actors(mentions).join(grouped, on="actor_id", how="inner")
    table = table[table["sentences"] >= min_sentences]
    table = table.sort_values(["tone", "actor"], kind="stable")
    return table[TONE_COLUMNS].reset_index(drop=True)


def tone_evidence(
    mentions: pd.DataFrame,
    sentences: pd.DataFrame,
    sentiment: pd.DataFrame,
    quotes: pd.DataFrame,
    *,
    actor_ids: list[str] | None = None,
    per_side: int = 2,
) -> pd.DataFrame:
    """The ``per_side`` most negative and most positive sentences behind each actor's tone (``EVIDENCE_COLUMNS``)."""
    if mentions.empty or sentiment.empty:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    scored = _toned_mentions(mentions, sentences, sentiment, quotes)
    if actor_ids is not None:
        scored = scored[scored["actor_id"].isin(actor_ids)]
    ordered = scored.sort_values(["actor_id", "compound", "doc_id", "sent_id"], kind="stable")
    lowest = ordered.groupby("actor_id").head(per_side)
    highest = ordered[ordered["compound"] > 0].groupby("actor_id").tail(per_side)
    evidence = pd.concat([lowest, highest]).drop_duplicates(["actor_id", "doc_id", "sent_id"])
    names = _actors(mentions).set_index("actor_id")["actor"]
    evidence = evidence.assign(actor=evidence["actor_id"].map(names))
    if actor_ids is not None:
        order = {actor_id: i for i, actor_id in enumerate(actor_ids)}
        evidence = evidence.assign(_o=evidence["actor_id"].map(order)).sort_values(["_o", "compound"], kind="stable")
    else:
        evidence = evidence.sort_values(["actor_id", "compound"], kind="stable")
    return evidence[EVIDENCE_COLUMNS].reset_index(drop=True)
