"""Summaries of who is mentioned, who speaks and with whom.

Every function here aggregates the tidy tables of an analysis run
(``mentions``, ``quotes``, ``sentences``) and never reads text
from elsewhere, so each number traces back to rows with offsets.

* :func:`actor_table` -- per actor: articles naming it (with the share of all
  articles and a Wilson interval), mentions, times quoted, words quoted and
  share of voice, first-mention position; most articles first;
* :func:`share_of_voice` -- per speaker, with its actor type, how it was linked
  and the articles quoting it, including speakers the dictionary does not know
  ("an eyewitness"); the share of quoted words has an interval (articles as clusters);
* :func:`co_mentions` -- pairs of actors named in the same sentence or article,
  with the number of articles where they are;
* :func:`quoted_about` -- who is quoted about whom (actors named inside a
  speaker's quotes);
* the tone toward each actor is in :mod:`analysis.actors.tone_summary` (:func:`actor_tone`,
  :func:`tone_evidence`), from the tone the actors step gives each mention.

Mentions of the article's publisher (``how == "publisher"``: its own outlet, a
wire agency; :mod:`analysis.actors.publisher`) are left out of every summary
unless ``include_publishers=True``.

The counting functions take ``weights``, each article's weight by doc_id
(:func:`analysis.stats.groups.article_weights`; ``dedupe="weight"`` gives
every member of a story of n copies 1/n): counts become sums of weights and
means weighted means. Without it every row counts once.
"""
from __future__ import annotations

from itertools import combinations

import numpy as np
import pandas as pd

from analysis.actors.publisher import PUBLISHER, actor_mentions
from analysis.actors.rankings import ratio_interval, wilson_interval
from analysis.stats.groups import UNKNOWN, row_weights
from analysis.text.normalization import count_words

MARKED = ("direct", "partial")
ACTOR_COLUMNS = [
    "actor_id", "actor", "actor_type", "articles", "article_share", "share_low", "share_high", "mentions",
    "times_quoted", "words_quoted", "share_of_voice", "first_sentence", "first_position",
]
VOICE_COLUMNS = [
    "speaker_id", "speaker", "actor_type", "link", "articles", "quotes", "words", "share_of_voice", "share_low",
    "share_high",
]
ACTOR_TYPES = ("person", "country", "organization", "region", "media", "place")
PAIR_COLUMNS = ["actor_id_a", "actor_a", "actor_id_b", "actor_b", "articles", "count"]
ABOUT_COLUMNS = ["speaker_id", "speaker", "target_id", "target", "articles", "quotes", "example"]


def _actors(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per actor id: its display name and type (the most frequent ones; a missing type is "(unknown)")."""
    if mentions.empty:
        return pd.DataFrame(columns=["actor_id", "actor", "actor_type"])
    named = mentions.groupby(["actor_id", "actor", "actor_type"], dropna=False).size().rename("n").reset_index()
    named = named.sort_values(["actor_id", "n"], ascending=[True, False], kind="stable")
    actors = named.drop_duplicates("actor_id")[["actor_id", "actor", "actor_type"]].reset_index(drop=True)
    return actors.assign(actor_type=actors["actor_type"].fillna(UNKNOWN))


def _quote_words(quotes: pd.DataFrame) -> pd.Series:
    return quotes["text"].map(count_words).astype("int64")


def _counts(values: pd.Series | pd.DataFrame, weights: pd.Series | None) -> pd.Series | pd.DataFrame:
    """Counts summed from row weights: int64 when unweighted, floats rounded to 3 decimals otherwise."""
    return values.astype("int64") if weights is None else values.astype("float64").round(3)


def _article_total(doc_ids: pd.Series, weights: pd.Series | None) -> float:
    """How many distinct articles ``doc_ids`` name (the sum of their weights when weighted)."""
    unique = pd.Series(doc_ids.unique())
    return float(len(unique)) if weights is None else float(unique.map(weights).fillna(1.0).sum())


def share_of_voice(
    quotes: pd.DataFrame, *, kinds: tuple[str, ...] = MARKED, mentions: pd.DataFrame | None = None,
    level: float = 0.95, weights: pd.Series | None = None,
) -> pd.DataFrame:
    """Per speaker: articles quoting it, quotes, words quoted and their share of all quoted words (``VOICE_COLUMNS``).

    ``actor_type`` is the speaker's actor type (person, country, organization...):
    from ``mentions`` when given, else from the type its id starts with
    (``person:sergey-lavrov``); "(unknown)" for speakers without an actor id.
    ``link`` says how the speaker was identified: ``linked`` (an actor id),
    ``unlinked`` (only the source's words: "an eyewitness", listed under them),
    ``unattributed`` (no speaker) or ``publisher`` (the article's own outlet or
    a wire agency, known from the publisher mentions in ``mentions``). Every
    quote counts in the total. ``share_low`` / ``share_high`` bound the share
    at ``level`` with articles as clusters (:func:`analysis.actors.rankings.ratio_interval`).
    Most words first.
    """
    chosen = quotes[quotes["kind"].isin(kinds)]
    if chosen.empty:
        return pd.DataFrame(columns=VOICE_COLUMNS)
    ids, speakers = chosen["speaker_actor_id"].astype("str"), chosen["speaker"].astype("str")
    weight = row_weights(chosen, weights)
    link = np.where(ids.notna(), "linked", np.where(speakers.notna(), "unlinked", "unattributed"))
    link = np.where(_publisher_quotes(chosen, mentions), PUBLISHER, link)
    frame = pd.DataFrame({
        "doc_id": chosen["doc_id"].to_numpy(),
        "speaker_id": ids.fillna("unlinked:" + speakers).fillna("unattributed").to_numpy(),
        "speaker": speakers.fillna("(unattributed)").to_numpy(),
        "words": (_quote_words(chosen) * weight).to_numpy(),
        "quotes": weight,
        "link": link,
    })
    grouped = frame.groupby("speaker_id", sort=False).agg(
        speaker=("speaker", "first"), link=("link", "first"), quotes=("quotes", "sum"), words=("words", "sum"),
    ).reset_index()
    quoting = frame.drop_duplicates(["speaker_id", "doc_id"])
    grouped["articles"] = grouped["speaker_id"].map(
        pd.Series(row_weights(quoting, weights), index=quoting.index).groupby(quoting["speaker_id"]).sum())
    grouped[["articles", "quotes", "words"]] = _counts(grouped[["articles", "quotes", "words"]], weights)
    types = _speaker_types(grouped["speaker_id"].where(grouped["link"].isin(["linked", PUBLISHER])), mentions)
    grouped["actor_type"] = types.fillna(UNKNOWN)
    shares = ratio_interval(frame.rename(columns={"speaker_id": "group", "words": "value"}),
                            frame.groupby("doc_id", sort=False)["words"].sum(), level=level)
    grouped = grouped.join(shares.rename(columns={"share": "share_of_voice"}), on="speaker_id")
    grouped = grouped.sort_values(["words", "speaker"], ascending=[False, True], kind="stable")
    return grouped[VOICE_COLUMNS].reset_index(drop=True)


def _publisher_quotes(quotes: pd.DataFrame, mentions: pd.DataFrame | None) -> np.ndarray:
    """True for quotes whose speaker is a publisher mentioned as such in the same article."""
    if mentions is None or mentions.empty or "how" not in mentions.columns:
        return np.zeros(len(quotes), dtype=bool)
    publishers = mentions.loc[mentions["how"].eq(PUBLISHER).to_numpy(), ["doc_id", "actor_id"]]
    keys = set(zip(publishers["doc_id"], publishers["actor_id"]))
    return np.array([(doc, speaker) in keys for doc, speaker in zip(quotes["doc_id"], quotes["speaker_actor_id"])],
                    dtype=bool)


def voice_note(voice: pd.DataFrame) -> str:
    """One sentence on the quoted words no actor speaks for: unattributed quotes and the publisher's own."""
    parts = []
    for link, what in (("unattributed", "no speaker"), (PUBLISHER, "the publisher as speaker (its outlet or a wire agency)")):
        rows = voice[voice["link"] == link]
        if not rows.empty:
            quotes = rows["quotes"].sum()
            parts.append(f"{quotes:g} quote{'' if quotes == 1 else 's'} ({rows['words'].sum():g} words, "
                         f"{rows['share_of_voice'].sum():.1%} of quoted words) {'has' if quotes == 1 else 'have'} {what}")
    return "; ".join(parts) + "." if parts else "Every quote has a speaker who is not the publisher."


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
    n_articles: float | None = None,
    min_mentions: int = 1,
    level: float = 0.95,
    include_publishers: bool = False,
    weights: pd.Series | None = None,
) -> pd.DataFrame:
    """Per actor (columns ``ACTOR_COLUMNS``), named in the most articles first (then most mentions).

    ``articles`` counts the articles naming the actor; ``article_share`` is
    that count over ``n_articles`` (the corpus size; by default the articles
    with any mention) and ``share_low`` / ``share_high`` its Wilson interval
    at ``level``. ``times_quoted`` and ``words_quoted`` count direct and
    partial quotes whose speaker is the actor; ``share_of_voice`` is the
    actor's share of all words quoted in the corpus (attributed or not).
    ``first_sentence`` is the median sentence index of the actor's first
    mention in the articles that name it (0 = the lead); ``first_position``
    the mean offset of that mention as a share of the article's length (needs
    ``sentences``). The publisher's mentions are left out unless ``include_publishers``.
    """
    total_articles = _article_total(mentions["doc_id"], weights) if n_articles is None else float(n_articles)
    mentions = actor_mentions(mentions, include_publishers=include_publishers)
    actors = _actors(mentions)
    if actors.empty:
        return pd.DataFrame(columns=ACTOR_COLUMNS)
    weighted = mentions.assign(_w=row_weights(mentions, weights))
    per_article = weighted.drop_duplicates(["actor_id", "doc_id"])
    counts = pd.DataFrame({
        "mentions": _counts(weighted.groupby("actor_id")["_w"].sum(), weights),
        "articles": _counts(per_article.groupby("actor_id")["_w"].sum(), weights),
    })
    counts["article_share"] = counts["articles"] / total_articles if total_articles else np.nan
    counts["share_low"], counts["share_high"] = wilson_interval(counts["articles"].to_numpy(), total_articles, level=level)
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
    table = table.sort_values(["articles", "mentions", "actor"], ascending=[False, False, True], kind="stable")
    return table[ACTOR_COLUMNS].reset_index(drop=True)


def co_mentions(
    mentions: pd.DataFrame, *, level: str = "sentence", min_count: float = 1, include_publishers: bool = False,
    weights: pd.Series | None = None,
) -> pd.DataFrame:
    """Pairs of distinct actors named together in one sentence (or article): ``articles`` and ``count`` of such units.

    ``level`` is ``"sentence"`` or ``"article"``. ``articles`` counts the
    articles with at least one such unit, ``count`` the units (sentences, or
    articles again). Pairs are unordered (``actor_id_a`` < ``actor_id_b``);
    in the most articles first, then the most units.
    """
    if level not in {"sentence", "article"}:
        raise ValueError(f"co_mentions level {level!r}: expected 'sentence' or 'article'")
    keys = ["doc_id", "sent_id"] if level == "sentence" else ["doc_id"]
    mentions = actor_mentions(mentions, include_publishers=include_publishers)
    if mentions.empty:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    unique = mentions.drop_duplicates(keys + ["actor_id"])
    units = unique.groupby(keys, sort=False)["actor_id"].agg(sorted)
    unit_weights = pd.Series(row_weights(unique, weights), index=unique.index).groupby(
        [unique[key] for key in keys], sort=False).first().reindex(units.index)
    counter: dict[tuple[str, str], float] = {}
    in_articles: dict[tuple[str, str], dict[str, float]] = {}
    for key, ids, weight in zip(units.index, units, unit_weights):
        doc_id = key[0] if isinstance(key, tuple) else key
        for pair in combinations(ids, 2):
            counter[pair] = counter.get(pair, 0) + weight
            in_articles.setdefault(pair, {})[doc_id] = weight
    names = _actors(mentions).set_index("actor_id")["actor"]
    rows = [(a, names.get(a), b, names.get(b), sum(in_articles[(a, b)].values()), n)
            for (a, b), n in counter.items() if n >= min_count]
    frame = pd.DataFrame(rows, columns=PAIR_COLUMNS)
    frame[["articles", "count"]] = _counts(frame[["articles", "count"]], weights)
    return frame.sort_values(["articles", "count", "actor_a", "actor_b"], ascending=[False, False, True, True],
                             kind="stable").reset_index(drop=True)


def quoted_about(
    quotes: pd.DataFrame, mentions: pd.DataFrame, *, kinds: tuple[str, ...] = (*MARKED, "indirect"),
    include_publishers: bool = False, weights: pd.Series | None = None,
) -> pd.DataFrame:
    """Who is quoted about whom: for each speaker, the actors named inside its quotes (``ABOUT_COLUMNS``).

    ``articles`` counts the articles where the speaker's quotes name the
    target (the rows are ranked by it, then by ``quotes``), ``quotes`` the
    quotes that do; ``example`` is the first such quote. A speaker naming
    itself is left out, and so is the publisher as a target unless
    ``include_publishers``.
    """
    mentions = actor_mentions(mentions, include_publishers=include_publishers)
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
    per_article = inside.drop_duplicates(["doc_id", "speaker_actor_id", "actor_id"])
    articles = per_article.groupby(["speaker_actor_id", "actor_id"], sort=False)["_w"].sum().rename("articles")
    grouped = inside.groupby(["speaker_actor_id", "actor_id"], sort=False).agg(
        speaker=("speaker", "first"), target=("actor", "first"), quotes=("_w", "sum"), example=("text", "first"),
    ).join(articles).reset_index().rename(columns={"speaker_actor_id": "speaker_id", "actor_id": "target_id"})
    grouped[["articles", "quotes"]] = _counts(grouped[["articles", "quotes"]], weights)
    grouped = grouped.sort_values(["articles", "quotes", "speaker", "target"], ascending=[False, False, True, True],
                                  kind="stable")
    return grouped[ABOUT_COLUMNS].reset_index(drop=True)


def summarize_discoveries(mentions: pd.DataFrame, sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """Discovered actors with counts and evidence, ready to copy into a dictionary.

    Columns: actor_id, name, type, cue (the first cue that typed it), count
    (mentions), articles, doc_id and evidence (the sentence of the first
    mention when ``sentences`` is given, else its surface). Sorted by count.
    """
    columns = ["actor_id", "name", "type", "cue", "count", "articles", "doc_id", "evidence"]
    found = mentions[mentions["how"] == "discovered"] if not mentions.empty else mentions
    if found.empty:
        return pd.DataFrame({column: pd.Series(dtype="int64" if column in ("count", "articles") else "str")
                             for column in columns})
    if "doc_id" not in found.columns:
        found = found.assign(doc_id="")
    first = found.drop_duplicates("actor_id")
    evidence = first["surface"]
    if sentences is not None and "sent_id" in found.columns and not sentences.empty:
        lookup = sentences.set_index(["doc_id", "sent_id"])["text"]
        evidence = pd.Series(
            [lookup.get((doc, sent), surface) for doc, sent, surface in
             zip(first["doc_id"], first["sent_id"], first["surface"])],
            index=first.index,
        )
    cue = found[found["cue"] != ""].drop_duplicates("actor_id").set_index("actor_id")["cue"]
    table = pd.DataFrame({
        "actor_id": first["actor_id"].to_numpy(),
        "name": first["actor"].to_numpy(),
        "type": first["actor_type"].to_numpy(),
        "cue": [cue.get(actor_id, "") for actor_id in first["actor_id"]],
        "count": found.groupby("actor_id").size().reindex(first["actor_id"]).to_numpy(),
        "articles": found.groupby("actor_id")["doc_id"].nunique().reindex(first["actor_id"]).to_numpy(),
        "doc_id": first["doc_id"].to_numpy(),
        "evidence": evidence.to_numpy(),
    })
    return table.sort_values(["count", "name"], ascending=[False, True], kind="stable").reset_index(drop=True)
