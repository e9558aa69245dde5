"""What is in a corpus: small tables about its articles, for notebook 00 and the report index.

Every function takes the ``articles`` table of a loaded corpus (see
:mod:`analysis.corpus.loading`) and returns a small DataFrame, a string or a
fingerprint, in a stable order. Counts of rejects and the date range come from
:meth:`analysis.corpus.loading.Corpus.summary`. Articles with a ``weight``
column (``dedupe="weight"``, :mod:`analysis.pipeline.dedupe`) count by their
weight in :func:`articles_by_source`, :func:`articles_by_date` and
:func:`dateline_counts`.
"""
from __future__ import annotations

import hashlib

import pandas as pd

from analysis.corpus.articles import content_hash
from analysis.stats.groups import article_weights, is_weighted, known_or_unknown
from analysis.text.tables import sentences_table

LENGTH_COLUMNS = ("n_words", "n_paragraphs", "n_sentences")


def corpus_fingerprint(articles: pd.DataFrame) -> str:
    """SHA-256 over the sorted ``doc_id:content-hash`` pairs: the same for the same articles in any order."""
    pairs = sorted(f"{doc_id}:{content_hash(text)}" for doc_id, text in zip(articles["doc_id"], articles["text"]))
    return hashlib.sha256("\n".join(pairs).encode("utf-8")).hexdigest()


def articles_by_source(articles: pd.DataFrame) -> pd.DataFrame:
    """Per source: ``articles``, ``dated`` articles, total ``words`` and ``median_words``; most articles first.

    A missing or blank source is shown as ``(unknown)``. Weighted articles
    count by their weight (``median_words`` stays the median article).
    """
    weights = article_weights(articles).to_numpy()
    frame = pd.DataFrame(
        {
            "source": labels(articles["source"]),
            "weight": weights,
            "dated": articles["date"].notna().to_numpy() * weights,
            "words": articles["n_words"].to_numpy(dtype="int64") * weights,
            "n_words": articles["n_words"].to_numpy(dtype="int64"),
        }
    )
    table = frame.groupby("source", sort=True).agg(
        articles=("weight", "sum"), dated=("dated", "sum"), words=("words", "sum"), median_words=("n_words", "median")
    )
    table = table.reset_index().sort_values(["articles", "source"], ascending=[False, True], ignore_index=True)
    counts = "float64" if is_weighted(articles) else "int64"
    table[["articles", "dated", "words"]] = table[["articles", "dated", "words"]].round(3)
    return table.astype({"articles": counts, "dated": counts, "words": counts, "median_words": "float64"})


def articles_by_date(articles: pd.DataFrame, *, freq: str | None = None) -> pd.DataFrame:
    """Dated articles per period (``period``, ``articles``), empty periods included; undated articles left out.

    ``freq`` is a pandas period alias (``"D"``, ``"M"``, ``"Y"``); by default
    days for spans up to 62 days, months up to six years, else years.
    """
    counts_type = "float64" if is_weighted(articles) else "int64"
    dated = articles["date"].notna().to_numpy()
    dates = articles["date"][dated]
    if dates.empty:
        return pd.DataFrame({"period": pd.Series([], dtype="str"), "articles": pd.Series([], dtype=counts_type)})
    freq = freq or date_freq(dates.min(), dates.max())
    periods = dates.dt.to_period(freq)
    full = pd.period_range(periods.min(), periods.max(), freq=freq)
    weights = pd.Series(article_weights(articles).to_numpy()[dated], index=periods.to_numpy())
    counts = weights.groupby(level=0).sum().reindex(full, fill_value=0).round(3)
    return pd.DataFrame({"period": full.astype("str"), "articles": counts.to_numpy(dtype=counts_type)})


def date_freq(first: pd.Timestamp, last: pd.Timestamp) -> str:
    """The period alias that gives a readable number of bars between ``first`` and ``last``."""
    span = (last - first).days
    return "D" if span <= 62 else "M" if span <= 6 * 366 else "Y"


def dates_note(articles: pd.DataFrame) -> str:
    """One line on how many articles carry a date, and what to do when some do not."""
    total, dated = len(articles), int(articles["date"].notna().sum())
    if total == 0:
        return "The corpus has no articles."
    if dated == total:
        first, last = articles["date"].min().date(), articles["date"].max().date()
        return f"All {total} articles are dated, {first} to {last}."
    undated = articles.loc[articles["date"].isna(), "date_text"].dropna()
    texts = ", ".join(repr(text) for text in sorted(set(undated))[:5])
    shown = f" (dateline dates without a year: {texts})" if texts else ""
    hint = "; set the notebook parameter year to date datelines like 'Dec 22'" if texts else ""
    if dated == 0:
        subject = "The only article has no" if total == 1 else f"None of the {total} articles has a"
        return f"{subject} full date{shown}, so there is no timeline{hint}."
    return f"{dated} of {total} articles are dated; {total - dated} undated{shown} are left out of the timeline{hint}."


def length_summary(articles: pd.DataFrame) -> pd.DataFrame:
    """Count, mean, min, median and max of article lengths in words, paragraphs and sentences (those present)."""
    columns = [name for name in LENGTH_COLUMNS if name in articles.columns]
    values = articles[columns].astype("float64")
    table = pd.DataFrame(
        {
            "articles": values.count(),
            "mean": values.mean().round(1),
            "min": values.min(),
            "median": values.median(),
            "max": values.max(),
        }
    )
    return table.rename_axis("measure").reset_index()


def lengths_note(articles: pd.DataFrame) -> str:
    """One line on the spread of article lengths, or why there is none to draw (fewer than two articles)."""
    words = articles["n_words"] if "n_words" in articles.columns else pd.Series([], dtype="int64")
    if len(words) == 0:
        return "No articles, so no lengths."
    if len(words) == 1:
        return f"One article ({int(words.iloc[0])} words): a length distribution needs two articles or more."
    return (f"{len(words)} articles, {int(words.min())} to {int(words.max())} words (median {words.median():g}); "
            "the histogram counts articles per length.")


def datelines_table(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per article: its ``path`` and ``record``, the dateline's ``place`` and ``date_text``, ``source``, ``date``."""
    table = articles[["path", "record", "place", "date_text", "source", "date"]].copy()
    for column in ("place", "date_text"):
        table[column] = table[column].fillna("")
    table["source"] = known_or_unknown(table["source"])
    table["record"] = table["record"].astype("Int64")
    return table.reset_index(drop=True)


def dateline_counts(articles: pd.DataFrame) -> pd.DataFrame:
    """How many articles have a dateline place, a date text, a source and a full date (``field``, ``articles``, ``share``)."""
    present = {
        "place": articles["place"].notna(),
        "date_text": articles["date_text"].notna(),
        "source": articles["source"].notna(),
        "date": articles["date"].notna(),
    }
    weights = article_weights(articles).to_numpy()
    total = max(float(weights.sum()), 1e-12) if len(articles) else 1.0
    sums = [float((mask.to_numpy() * weights).sum()) for mask in present.values()]
    return pd.DataFrame(
        {
            "field": list(present),
            "articles": [round(value, 3) for value in sums] if is_weighted(articles) else [int(round(v)) for v in sums],
            "share": [round(value / total, 3) for value in sums],
        }
    )


def labels(values: pd.Series) -> pd.Series:
    """Text labels with missing or blank values shown as ``(unknown)`` (:data:`analysis.stats.groups.UNKNOWN`)."""
    return known_or_unknown(values).reset_index(drop=True)


def rejects_note(rejects_by_reason: dict[str, int]) -> str:
    """One line counting rejected inputs by reason (``Corpus.summary()["rejects_by_reason"]``)."""
    total = sum(rejects_by_reason.values())
    if total == 0:
        return "No input was rejected."
    parts = ", ".join(f"{count} {reason}" for reason, count in sorted(rejects_by_reason.items(), key=lambda item: (-item[1], item[0])))
    return f"{total} input(s) rejected: {parts}."


def example_sentences(articles: pd.DataFrame, *, position: int) -> tuple[str, pd.DataFrame]:
    """A heading line for the article at ``position`` and its sentences (sent_id, paragraph, in_quote, text).

    Raises ValueError naming the valid positions when ``position`` is out of range.
    """
    if not 0 <= position < len(articles):
        valid = f"0..{len(articles) - 1}" if len(articles) else "none, the corpus is empty"
        raise ValueError(f"example={position}: no article at that position (valid: {valid})")
    row = articles.iloc[position]
    sentences = sentences_table(row["doc_id"], row["text"])
    parts = [str(row[column]) for column in ("source", "place", "date_text") if pd.notna(row[column]) and str(row[column])]
    where = f"{row['path']}" + (f" record {row['record']}" if pd.notna(row["record"]) else "")
    heading = f"{where} ({', '.join(parts) or 'no dateline'}): {len(sentences)} sentences in {row['n_paragraphs']} paragraphs"
    return heading, sentences[["sent_id", "paragraph", "in_quote", "text"]]


def sentence_lines(sentences: pd.DataFrame) -> str:
    """Sentences one per line, ``sent_id``, paragraph and a quote mark first: ``  3  p2  "  text``."""
    return "\n".join(
        f"{row.sent_id:>3}  p{row.paragraph:<3} {'q' if row.in_quote else ' '}  {row.text}"
        for row in sentences.itertuples(index=False)
    )
