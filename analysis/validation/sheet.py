"""Coding sheets: draw a seeded, stratified sample of units and read the sheets coders fill in.

A sheet is a CSV with one row per unit to judge (a sentence, or a whole article
for article-level measures): ``unit, doc_id, sent_id, source, date, where, text``
and one empty column per measure (``tone``, ``frames``, ``actors``, ``speaker``)
plus ``note``. In ``text`` the unit to judge is marked ``[[ ... ]]`` between its
neighbouring sentences. The cell conventions are in :data:`MEASURES` and the
README ("Coding sheets"). Spreadsheet rows are numbered as a spreadsheet shows
them: the header is row 1, the first unit row 2.
"""
from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.corpus.loading import Corpus
from analysis.errors import AnalysisError
from analysis.paths import ROOT

# Example sheets shipped to show the format (coded by the developers; an EXAMPLE, not a validation):
# example_<corpus>_<coder>.csv, one group per corpus they were drawn from.
EXAMPLES = ROOT / "docs" / "examples" / "coding"

ID_COLUMNS = ("unit", "doc_id", "sent_id", "source", "date", "where", "text")
MEASURES = {
    "tone": "the unit's tone: -1 negative, 0 neutral or mixed, 1 (or +1) positive",
    "frames": "frames present, names from the frame dictionary separated by ';' ('none' when no frame)",
    "actors": "actors mentioned, names separated by ';' ('none' when no actor)",
    "speaker": "who is quoted in the unit, names separated by ';' ('none' when nobody is quoted)",
}
SHEET_COLUMNS = (*ID_COLUMNS, *MEASURES, "note")
UNITS = ("sentence", "article")
NONE_MARK = "none"
SEPARATOR = ";"
MARK_OPEN, MARK_CLOSE = "[[", "]]"
STRATA = ("source", "period")
_MARKED = re.compile(re.escape(MARK_OPEN) + r"(.*)" + re.escape(MARK_CLOSE), re.DOTALL)
_TONE_VALUES = {"-1": -1, "0": 0, "1": 1, "+1": 1}
_LEAD_SENTENCES = 3  # sentences shown after an article's title


class SheetError(AnalysisError, ValueError):
    """A coding sheet that cannot be scored; the message names the file, row and column of each problem."""


@dataclass(frozen=True)
class CodedSheet:
    """One coder's filled sheet: ``codes`` has the ID columns and one column per measure, parsed.

    ``tone`` is a nullable integer (-1/0/1; missing when the cell was blank);
    the other measures hold a tuple of names (empty for ``none``) or None when blank.
    """

    coder: str
    path: Path
    codes: pd.DataFrame


# ---------------------------------------------------------------- drawing a sample


def draw_units(
    corpus: Corpus,
    sentences: pd.DataFrame,
    *,
    n: int = 200,
    n_articles: int = 0,
    seed: int = 0,
    stratify: str | None = None,
) -> pd.DataFrame:
    """A seeded sample of ``n`` sentences and ``n_articles`` articles as an empty coding sheet.

    With ``stratify`` ("source" or "period": the month of the article's date,
    "undated" when unknown) every stratum gets a share proportional to its
    size and at least one unit when ``n`` allows; within a stratum units are
    drawn at random with ``seed``. Asking for more units than exist takes all.
    Rows come in corpus order (article, then sentence).
    """
    if stratify is not None and stratify not in STRATA:
        raise ValueError(f"stratify={stratify!r}: expected None, 'source' or 'period'")
    if n < 0 or n_articles < 0:
        raise ValueError("n and n_articles must be zero or more")
    articles = corpus.articles.reset_index(drop=True)
    strata = _strata(articles, stratify)
    rng = np.random.default_rng(seed)
    sentence_rows = sentences.merge(pd.DataFrame({"doc_id": articles["doc_id"], "_stratum": strata}), on="doc_id")
    picked_sentences = sentence_rows.loc[_stratified(sentence_rows["_stratum"], n, rng)]
    picked_articles = articles.loc[_stratified(pd.Series(strata), n_articles, rng)]
    return _sheet(articles, sentences, picked_articles, picked_sentences)


def units_sheet(corpus: Corpus, sentences: pd.DataFrame, units: pd.DataFrame) -> pd.DataFrame:
    """An empty coding sheet for the given ``units`` (columns ``unit``, ``doc_id``, ``sent_id``; a blank or
    missing ``sent_id`` for an article), in corpus order: the rows :func:`draw_units` writes for them.

    Raises KeyError naming the first unit that is not in the corpus.
    """
    articles = corpus.articles.reset_index(drop=True)
    wanted = {(str(unit), str(doc_id), _sent_key(sent_id))
              for unit, doc_id, sent_id in zip(units["unit"], units["doc_id"], units["sent_id"])}
    article_keys = [("article", str(doc_id), "") for doc_id in articles["doc_id"]]
    sentence_keys = [("sentence", str(doc_id), _sent_key(sent_id))
                     for doc_id, sent_id in zip(sentences["doc_id"], sentences["sent_id"])]
    missing = sorted(wanted - set(article_keys) - set(sentence_keys))
    if missing:
        raise KeyError(" ".join(missing[0]).strip() + ": not a unit of this corpus")
    picked_articles = articles[[key in wanted for key in article_keys]]
    picked_sentences = sentences[[key in wanted for key in sentence_keys]]
    return _sheet(articles, sentences, picked_articles, picked_sentences)


def _sent_key(value: object) -> str:
    """A ``sent_id`` as sheet text: '' when blank or missing (an article), else the whole number."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    text = str(value).strip()
    return str(int(float(text))) if text else ""


def _sheet(articles: pd.DataFrame, sentences: pd.DataFrame, picked_articles: pd.DataFrame,
           picked_sentences: pd.DataFrame) -> pd.DataFrame:
    """The sheet rows of the picked articles and sentences, in corpus order (article, then sentence)."""
    rows = [_article_row(article, sentences) for _, article in picked_articles.iterrows()]
    rows += [_sentence_row(row, articles, sentences) for _, row in picked_sentences.iterrows()]
    order = {doc_id: i for i, doc_id in enumerate(articles["doc_id"])}
    sheet = pd.DataFrame(rows, columns=list(SHEET_COLUMNS))
    sheet["_order"] = sheet["doc_id"].map(order)
    sheet["_sent"] = pd.to_numeric(sheet["sent_id"], errors="coerce").fillna(-1)
    return sheet.sort_values(["_order", "_sent"], kind="stable").drop(columns=["_order", "_sent"]).reset_index(drop=True)


def _strata(articles: pd.DataFrame, stratify: str | None) -> list[str]:
    if stratify is None:
        return ["all"] * len(articles)
    if stratify == "source":
        return [_text(value) or "unknown" for value in articles["source"]]
    dates = pd.to_datetime(articles["date"])
    return [stamp.strftime("%Y-%m") if not pd.isna(stamp) else "undated" for stamp in dates]


def _stratified(strata: pd.Series, n: int, rng: np.random.Generator) -> list[int]:
    """Index labels of ``n`` rows drawn proportionally from each stratum (largest remainder, one at least)."""
    sizes = strata.value_counts().sort_index()
    n = min(n, int(sizes.sum()))
    if n == 0:
        return []
    quota = sizes / sizes.sum() * n
    take = np.floor(quota).astype(int)
    if n >= len(sizes):
        take = take.clip(lower=1)
    remainder = (quota - np.floor(quota)).sort_values(ascending=False, kind="stable")
    for name in remainder.index:
        if take.sum() >= n:
            break
        if take[name] < sizes[name]:
            take[name] += 1
    while take.sum() > n:  # the minimum of one per stratum overshot: trim the largest strata
        take[take.idxmax()] -= 1
    chosen: list[int] = []
    for name, count in take.items():
        labels = strata.index[strata == name].to_numpy()
        chosen += sorted(rng.choice(labels, size=int(count), replace=False).tolist())
    return chosen


def _flat(text: str) -> str:
    """Text on one line (a spreadsheet cell; also keeps CSV rows equal to lines)."""
    return " ".join(str(text).split())


def _text(value: object) -> str:
    """A cell's text; '' for a missing value (NaN, None)."""
    return str(value) if isinstance(value, str) else ""


def _base_row(article: Mapping[str, object]) -> dict[str, object]:
    date = pd.Timestamp(article["date"]).date().isoformat() if not pd.isna(article["date"]) else ""
    where = _text(article.get("url")) or _text(article.get("path"))
    return {"doc_id": article["doc_id"], "source": _text(article.get("source")), "date": date,
            "where": where, **{name: "" for name in (*MEASURES, "note")}}


def _sentence_row(row: pd.Series, articles: pd.DataFrame, sentences: pd.DataFrame) -> dict[str, object]:
    article = articles.loc[articles["doc_id"] == row["doc_id"]].iloc[0]
    own = sentences[sentences["doc_id"] == row["doc_id"]].set_index("sent_id")["text"]
    before = own.get(row["sent_id"] - 1, "")
    after = own.get(row["sent_id"] + 1, "")
    text = " ".join(part for part in (_flat(before), f"{MARK_OPEN}{_flat(row['text'])}{MARK_CLOSE}", _flat(after)) if part)
    return {**_base_row(article), "unit": "sentence", "sent_id": str(int(row["sent_id"])), "text": text}


def _article_row(article: pd.Series, sentences: pd.DataFrame) -> dict[str, object]:
    lead = sentences.loc[sentences["doc_id"] == article["doc_id"], "text"].head(_LEAD_SENTENCES)
    title = _text(article.get("title")) or "(untitled)"
    text = f"{MARK_OPEN}{_flat(title)}{MARK_CLOSE} " + " ".join(_flat(part) for part in lead) + " ... (read the whole article)"
    return {**_base_row(article), "unit": "article", "sent_id": "", "text": text}


def coding_sheet(
    corpus: Corpus,
    out: str | os.PathLike[str],
    *,
    n: int = 200,
    n_articles: int = 0,
    seed: int = 0,
    stratify: str | None = None,
) -> pd.DataFrame:
    """Draw a sample (see :func:`draw_units`) from ``corpus``, write it to ``out`` as an empty sheet and return it."""
    from analysis.pipeline.spine import analyze

    sentences = analyze(corpus, steps=[]).sentences
    sheet = draw_units(corpus, sentences, n=n, n_articles=n_articles, seed=seed, stratify=stratify)
    write_sheet(sheet, out)
    return sheet


def example_sheets(doc_ids: Iterable[str], *, folder: Path = EXAMPLES) -> list[Path]:
    """The shipped example sheets drawn from a corpus holding ``doc_ids`` (the seed or the shared Wikinews
    corpus), or an empty list when no example group was drawn from this corpus."""
    known = set(doc_ids)
    groups: dict[str, list[Path]] = {}
    for path in sorted(Path(folder).glob("example_*_*.csv")):
        groups.setdefault(path.stem.split("_")[1], []).append(path)
    for paths in groups.values():
        coded = pd.read_csv(paths[0], dtype=str, keep_default_na=False, encoding="utf-8-sig")["doc_id"]
        if set(coded) <= known:
            return paths
    return []


def write_sheet(sheet: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """Write a coding sheet as UTF-8 CSV (with BOM, so spreadsheet programs read the accents) and return its path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    sheet.to_csv(path, index=False, encoding="utf-8-sig", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    return path


# ---------------------------------------------------------------- reading filled sheets


def read_sheet(
    path: str | os.PathLike[str],
    *,
    sentences: pd.DataFrame,
    measures: Sequence[str] = tuple(MEASURES),
    frames: Iterable[str] = (),
    coder: str | None = None,
) -> CodedSheet:
    """Read and check one filled sheet against the corpus's ``sentences`` table.

    Raises SheetError listing every problem with its row and column: missing
    columns, unknown units (``unit``), blank or unknown ``doc_id``/``sent_id``,
    duplicate units, a marked text that is not the corpus's sentence, values
    outside a measure's codes (frame names must be in ``frames`` when given).
    Blank measure cells are "not coded" and become missing values.
    """
    path = Path(path)
    unknown_measures = sorted(set(measures) - set(MEASURES))
    if unknown_measures:
        raise ValueError(f"measures {unknown_measures}: expected some of {', '.join(MEASURES)}")
    raw = _read_csv(path)
    missing = [name for name in ("unit", "doc_id", "sent_id", "text", *measures) if name not in raw.columns]
    if missing:
        raise SheetError(
            f"{path}: missing column(s) {', '.join(missing)}; a coding sheet has {', '.join(SHEET_COLUMNS)} "
            "(score fewer measures with measures=[...])"
        )
    problems: list[str] = []
    known = _known_units(sentences)
    seen: dict[tuple[str, str, str], int] = {}
    frame_names = {name.casefold(): name for name in frames}
    codes = []
    for position, row in raw.iterrows():
        where = f"{path} row {position + 2}"
        key = (row["unit"].strip(), row["doc_id"].strip(), row["sent_id"].strip())
        found = _check_unit(key, row["text"], known, where)
        problems += found
        if not found and key in seen:
            problems.append(f"{where}: duplicates row {seen[key]} ({key[0]} {key[1]} {key[2]}); keep one row per unit")
        seen.setdefault(key, position + 2)
        parsed = {}
        for measure in measures:
            value, problem = _parse_cell(measure, row[measure], frame_names)
            parsed[measure] = value
            if problem:
                problems.append(f"{where}, column {measure}: {problem}")
        codes.append({"unit": key[0], "doc_id": key[1], "sent_id": int(key[2]) if key[2].lstrip("-").isdigit() else -1,
                      "text": row["text"], **parsed})
    if problems:
        shown = problems[:20] + ([f"... and {len(problems) - 20} more"] if len(problems) > 20 else [])
        raise SheetError(f"{path}: {len(problems)} problem(s):\n" + "\n".join(shown))
    table = pd.DataFrame(codes, columns=["unit", "doc_id", "sent_id", "text", *measures])
    if "tone" in table.columns:
        table["tone"] = table["tone"].astype("Int64")
    return CodedSheet(coder=coder or path.stem, path=path, codes=table)


def _read_csv(path: Path) -> pd.DataFrame:
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except FileNotFoundError as error:
        raise SheetError(f"{path}: no such coding sheet") from error
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as error:
        raise SheetError(f"{path}: not a readable CSV coding sheet ({error})") from error
    raw.columns = [str(name).strip() for name in raw.columns]
    return raw


def _known_units(sentences: pd.DataFrame) -> dict[str, dict[str, str]]:
    """doc_id -> {sent_id as text: sentence text}."""
    known: dict[str, dict[str, str]] = {}
    for doc_id, sent_id, text in zip(sentences["doc_id"], sentences["sent_id"], sentences["text"]):
        known.setdefault(str(doc_id), {})[str(int(sent_id))] = str(text)
    return known


def _check_unit(key: tuple[str, str, str], text: str, known: Mapping[str, Mapping[str, str]], where: str) -> list[str]:
    unit, doc_id, sent_id = key
    if unit not in UNITS:
        return [f"{where}, column unit: {unit!r} is not one of {', '.join(UNITS)}"]
    if not doc_id:
        return [f"{where}, column doc_id: blank; every row names the article it comes from"]
    if doc_id not in known:
        return [f"{where}, column doc_id: {doc_id!r} is not an article of the corpus (was the sheet drawn from another corpus?)"]
    if unit == "article":
        return [] if not sent_id else [f"{where}, column sent_id: article rows leave sent_id blank, got {sent_id!r}"]
    if sent_id not in known[doc_id]:
        return [f"{where}, column sent_id: {sent_id!r} is not a sentence of article {doc_id} "
                f"(expected 0 to {len(known[doc_id]) - 1})"]
    marked = _MARKED.search(text)
    if marked and _flat(marked.group(1)) != _flat(known[doc_id][sent_id]):
        return [f"{where}, column text: the marked sentence differs from sentence {sent_id} of article {doc_id} "
                "in the corpus (was the sheet drawn from another version of the corpus?)"]
    return []


def _parse_cell(measure: str, cell: str, frame_names: Mapping[str, str]) -> tuple[object, str]:
    """``(value, problem)``: blank -> None (not coded); tone -> int; the others -> tuple of names."""
    cell = cell.strip()
    if not cell:
        return None, ""
    if measure == "tone":
        if cell in _TONE_VALUES:
            return _TONE_VALUES[cell], ""
        return None, f"{cell!r} is not a tone code; expected -1, 0 or 1 (blank when not coded)"
    names = tuple(dict.fromkeys(part.strip() for part in cell.split(SEPARATOR) if part.strip()))
    if names == (NONE_MARK,) or names == (NONE_MARK.upper(),) or names == ("None",):
        return (), ""
    if measure == "frames" and frame_names:
        unknown = [name for name in names if name.casefold() not in frame_names]
        if unknown:
            return None, f"unknown frame(s) {', '.join(map(repr, unknown))}; expected names from {', '.join(frame_names.values())}"
        return tuple(frame_names[name.casefold()] for name in names), ""
    return names, ""
