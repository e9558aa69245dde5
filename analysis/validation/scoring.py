"""Score the suite against filled coding sheets: agreement between coders and between each coder and the suite.

:func:`validate` reads the sheets, analyses the coded articles and returns a
:class:`Validation` whose ``agreement`` table has one row per figure (measure,
unit level, comparison, label, statistic) with a seeded bootstrap interval over
the coded units. Measures and their statistics:

- ``tone`` (-1/0/1): Krippendorff's alpha (ordinal), accuracy, precision/recall/F1
  per class and macro-F1, Pearson and Spearman between the suite's continuous
  score and the coder's code; confusion tables.
- ``frames``, ``actors`` (sets of names per unit): alpha (nominal) on the presence
  of each frame of the dictionary / each name any rater gave the unit (with open
  name lists most decisions are "present", so alpha runs low however good the
  match: read F1 for actors), precision/recall/F1 over names and per frame / actor type.
- ``speaker``: alpha (nominal) on who is quoted in the unit as one category
  ("none" included), precision/recall/F1 over names.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.corpus.loading import Corpus
from analysis.paths import resolve
from analysis.pipeline.spine import Analysis, analyze
from analysis.validation.metrics import Counts, alpha, bootstrap_interval, confusion, correlation
from analysis.validation.sheet import MEASURES, CodedSheet, SheetError, read_sheet
from analysis.validation.suite import canonical, suite_codes

SUITE = "suite"
BETWEEN_CODERS = "between coders"
TONE_CLASSES = [-1, 0, 1]
AGREEMENT_COLUMNS = ["measure", "unit", "comparison", "label", "statistic", "value", "low", "high", "n"]
KEY = ["unit", "doc_id", "sent_id"]
_PER_LABEL = {"frames": "frame", "actors": "actor type"}


@dataclass
class Validation:
    """Scored sheets: ``units`` (one row per coded unit with its text, the suite's and each coder's codes as
    ``<measure>`` / ``<measure>:<coder>`` columns), the ``agreement`` figures, tone ``confusion`` tables keyed
    ``(unit level, coder)``, per-coder ``coverage`` and the ``coders`` and ``measures`` scored."""

    units: pd.DataFrame
    agreement: pd.DataFrame
    confusion: dict[tuple[str, str], pd.DataFrame]
    coverage: pd.DataFrame
    coders: list[str]
    measures: list[str]


def validate(
    corpus: Corpus | Analysis,
    sheets: Sequence[str | os.PathLike[str]],
    *,
    measures: Sequence[str] = tuple(MEASURES),
    frames: str = "policy",
    n_boot: int = 1000,
    seed: int = 0,
    **options: object,
) -> Validation:
    """Read ``sheets`` (one per coder, named by file stem), analyse the articles they code and score them.

    ``corpus`` may also be an analysis already made (``analyze`` or ``open_analysis`` over stored tables): its
    tables are scored as they are, nothing is re-analysed, and ``frames``/``options`` are not used.

    ``frames`` and ``options`` go to :func:`analysis.analyze` (the suite is
    scored as configured); bootstrap intervals use ``n_boot`` resamples of
    the units drawn with ``seed``. Raises SheetError naming file, row and
    column when a sheet is malformed or two sheets carry the same coder name.
    """
    from analysis.framing.dictionary import load_frame_dictionary

    if not sheets:
        raise SheetError("no coding sheet given; pass one or more filled sheets (python -m analysis codesheet makes one)")
    measures = list(measures)
    analysed = corpus if isinstance(corpus, Analysis) else None
    sentences = analysed.sentences if analysed is not None else analyze(corpus, steps=[], **options).sentences
    frame_names = load_frame_dictionary(frames).frame_ids if "frames" in measures else []
    coded = [read_sheet(resolve(path), sentences=sentences, measures=measures, frames=frame_names, coder=Path(path).stem)
             for path in sheets]
    names = [sheet.coder for sheet in coded]
    if len(set(names)) < len(names):
        raise SheetError(f"coding sheets {', '.join(map(str, sheets))}: two sheets have the same file name; "
                         "the coder is named by the file name, so give each coder's sheet its own")
    doc_ids = sorted({doc_id for sheet in coded for doc_id in sheet.codes["doc_id"]})
    if analysed is None:
        subset = replace(corpus, articles=corpus.articles[corpus.articles["doc_id"].isin(doc_ids)].reset_index(drop=True))
        analysed = analyze(subset, frames=frames, **options)
    result = analysed
    units = unit_table(coded, result, measures=measures)
    return score(units, coders=names, measures=measures, vocabulary=frame_names, n_boot=n_boot, seed=seed)


def unit_table(coded: Sequence[CodedSheet], result: Analysis, *, measures: Sequence[str]) -> pd.DataFrame:
    """Every unit any coder coded, in corpus order: key, text, the suite's codes and each coder's.

    Coders' names (actors, speakers) are put in the suite's terms through the
    unit's aliases, so "Lavrov" and "Sergey Lavrov" count as one name.
    """
    frames = [sheet.codes[[*KEY, "text"]] for sheet in coded]
    units = pd.concat(frames).drop_duplicates(KEY).reset_index(drop=True)
    order = {doc_id: i for i, doc_id in enumerate(result.articles["doc_id"])}
    units = units.assign(_o=units["doc_id"].map(order)).sort_values(["_o", "sent_id"], kind="stable").drop(columns="_o")
    units = units.merge(suite_codes(units, result), on=KEY, how="left")
    for sheet in coded:
        mine = units[KEY + ["aliases"]].merge(sheet.codes, on=KEY, how="left")
        for measure in measures:
            values = mine[measure]
            if measure in ("actors", "speaker"):
                values = [canonical(names, aliases) if isinstance(names, tuple) else None
                          for names, aliases in zip(mine[measure], mine["aliases"])]
            units[f"{measure}:{sheet.coder}"] = list(values)
    return units.reset_index(drop=True)


def score(
    units: pd.DataFrame,
    *,
    coders: Sequence[str],
    measures: Sequence[str],
    vocabulary: Sequence[str] = (),
    n_boot: int = 1000,
    seed: int = 0,
) -> Validation:
    """The agreement figures, confusion tables and coverage of a :func:`unit_table`.

    ``vocabulary`` lists every frame of the dictionary in use: each unit is then
    judged on every frame (present or not) for alpha; without it, as for actors
    and speakers, on every name some rater gave the unit.
    """
    rows: list[dict[str, object]] = []
    tables: dict[tuple[str, str], pd.DataFrame] = {}
    boot = {"n_boot": n_boot, "seed": seed}
    for level in [name for name in ("sentence", "article") if (units["unit"] == name).any()]:
        part = units[units["unit"] == level].reset_index(drop=True)
        for measure in measures:
            if measure == "tone":
                rows += _tone_rows(part, coders, level, boot)
                tables.update({(level, coder): confusion(part["tone"], part[f"tone:{coder}"].astype("Float64"),
                                                         classes=TONE_CLASSES) for coder in coders})
            else:
                rows += _set_rows(part, coders, measure, level, boot, vocabulary if measure == "frames" else ())
    agreement = pd.DataFrame(rows, columns=AGREEMENT_COLUMNS)
    return Validation(units=units, agreement=agreement, confusion=tables, coverage=_coverage(units, coders, measures),
                      coders=list(coders), measures=list(measures))


def _row(measure: str, level: str, comparison: str, label: str, statistic: str,
         value: float, interval: tuple[float, float], n: int) -> dict[str, object]:
    return dict(zip(AGREEMENT_COLUMNS, (measure, level, comparison, label, statistic, value, *interval, n)))


def _figure(fn: Callable[[np.ndarray], float], n: int, boot: Mapping[str, int]) -> tuple[float, tuple[float, float]]:
    """The statistic on all ``n`` units and its bootstrap interval."""
    return fn(np.arange(n)), bootstrap_interval(fn, n, n_boot=boot["n_boot"], seed=boot["seed"])


# ---------------------------------------------------------------- tone


def _tone_matrix(part: pd.DataFrame, columns: Sequence[str]) -> np.ndarray:
    return np.vstack([pd.to_numeric(part[column], errors="coerce").astype(float).to_numpy() for column in columns])


def _tone_rows(part: pd.DataFrame, coders: Sequence[str], level: str, boot: Mapping[str, int]) -> list[dict[str, object]]:
    rows = []
    if len(coders) > 1:
        matrix = _tone_matrix(part, [f"tone:{coder}" for coder in coders])
        value, interval = _figure(lambda idx: alpha(matrix[:, idx], level="ordinal"), len(part), boot)
        rows.append(_row("tone", level, BETWEEN_CODERS, "all", "alpha (ordinal)", value, interval, len(part)))
    for coder in coders:
        matrix = _tone_matrix(part, ["tone", f"tone:{coder}"])
        known = ~np.isnan(matrix).any(axis=0)
        matrix, compound = matrix[:, known], part["compound"].to_numpy(dtype=float)[known]
        suite, human = matrix
        n, comparison = int(known.sum()), f"{SUITE} vs {coder}"
        figures: list[tuple[str, str, Callable[[np.ndarray], float]]] = [
            ("all", "alpha (ordinal)", lambda idx: alpha(matrix[:, idx], level="ordinal")),
            ("all", "accuracy", lambda idx: float(np.mean(suite[idx] == human[idx]))),
            ("all", "macro F1", lambda idx: float(np.nanmean([_class_counts(suite[idx], human[idx], k).f1 for k in TONE_CLASSES]))
             if n else float("nan")),
            ("all", "pearson r", lambda idx: correlation(compound[idx], human[idx], method="pearson")),
            ("all", "spearman rho", lambda idx: correlation(compound[idx], human[idx], method="spearman")),
        ]
        for k in TONE_CLASSES:
            for statistic in ("precision", "recall", "f1"):
                figures.append((f"{k:+d}" if k else "0", statistic,
                                lambda idx, k=k, statistic=statistic: getattr(_class_counts(suite[idx], human[idx], k), statistic)))
        for label, statistic, fn in figures:
            value, interval = _figure(fn, n, boot) if n else (float("nan"), (float("nan"), float("nan")))
            rows.append(_row("tone", level, comparison, label, statistic, value, interval, n))
    return rows


def _class_counts(suite: np.ndarray, human: np.ndarray, k: int) -> Counts:
    return Counts(tp=int(np.sum((suite == k) & (human == k))), fp=int(np.sum((suite == k) & (human != k))),
                  fn=int(np.sum((suite != k) & (human == k))))


# ---------------------------------------------------------------- sets of names


def _presence(part: pd.DataFrame, columns: Sequence[str], candidates: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
    """Raters x (unit, candidate name) presence matrix (NaN where a rater did not code the unit) and each column's unit."""
    blocks, owners = [], []
    for position in range(len(part)):
        values = [part.at[position, column] for column in columns]
        names = candidates[position]
        block = np.array([[float(name in value) if isinstance(value, tuple) else np.nan for name in names] for value in values])
        blocks.append(block)
        owners += [position] * len(names)
    if not blocks:
        return np.empty((len(columns), 0)), np.empty(0, dtype=int)
    return np.hstack(blocks), np.array(owners)


def _categories(part: pd.DataFrame, columns: Sequence[str]) -> np.ndarray:
    """Raters x units matrix of one category per unit (its sorted names joined, "none" an explicit category)."""
    labels = [["; ".join(value) or "none" if isinstance(value, tuple) else None for value in part[column]] for column in columns]
    codes = {label: i for i, label in enumerate(sorted({label for row in labels for label in row if label is not None}))}
    return np.array([[codes[label] if label is not None else np.nan for label in row] for row in labels], dtype=float)


def _set_alpha(part: pd.DataFrame, columns: Sequence[str], candidates: Sequence[Sequence[str]], measure: str
               ) -> Callable[[np.ndarray], float]:
    """Alpha (nominal) over drawn units: speakers as one category per unit; frames and actors on the
    presence of each candidate name (see :func:`_candidates`)."""
    if measure == "speaker":
        matrix = _categories(part, columns)
        return lambda idx: alpha(matrix[:, idx], level="nominal")
    matrix, owners = _presence(part, columns, candidates)
    return lambda idx: alpha(_columns_of(matrix, owners, idx), level="nominal")


def _candidates(part: pd.DataFrame, columns: Sequence[str], vocabulary: Sequence[str]) -> list[list[str]]:
    """The names each unit is judged on: the whole ``vocabulary`` (frames) when given, else every name any
    rater (suite or coder) gave the unit, so every comparison judges the same decisions."""
    if vocabulary:
        return [list(vocabulary)] * len(part)
    return [sorted({name for column in columns if isinstance(row[column], tuple) for name in row[column]}) or ["(none)"]
            for _, row in part.iterrows()]


def _set_rows(part: pd.DataFrame, coders: Sequence[str], measure: str, level: str, boot: Mapping[str, int],
              vocabulary: Sequence[str]) -> list[dict[str, object]]:
    rows = []
    candidates = _candidates(part, [measure, *(f"{measure}:{coder}" for coder in coders)], vocabulary)
    if len(coders) > 1:
        fn = _set_alpha(part, [f"{measure}:{coder}" for coder in coders], candidates, measure)
        value, interval = _figure(fn, len(part), boot)
        rows.append(_row(measure, level, BETWEEN_CODERS, "all", "alpha (nominal)", value, interval, len(part)))
    for coder in coders:
        column = f"{measure}:{coder}"
        coded = part[column].map(lambda value: isinstance(value, tuple)).to_numpy()
        mine = part[coded].reset_index(drop=True)
        n, comparison = len(mine), f"{SUITE} vs {coder}"
        fn = _set_alpha(mine, [measure, column], [names for names, keep in zip(candidates, coded) if keep], measure)
        value, interval = _figure(fn, n, boot) if n else (float("nan"), (float("nan"), float("nan")))
        rows.append(_row(measure, level, comparison, "all", "alpha (nominal)", value, interval, n))
        counts = _label_counts(mine, column, measure)
        for label, per_unit in counts.items():
            for statistic in ("precision", "recall", "f1"):
                fn = lambda idx, per_unit=per_unit, statistic=statistic: getattr(Counts(*per_unit[idx].sum(axis=0)), statistic)
                value, interval = _figure(fn, n, boot)
                rows.append(_row(measure, level, comparison, label, statistic, value, interval, n))
    return rows


def _columns_of(matrix: np.ndarray, owners: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """The presence columns of the drawn units (a unit drawn twice contributes its columns twice)."""
    by_unit = {}
    for position in np.unique(idx):
        by_unit[position] = np.flatnonzero(owners == position)
    return matrix[:, np.concatenate([by_unit[position] for position in idx])] if len(idx) else matrix[:, :0]


def _label_counts(mine: pd.DataFrame, column: str, measure: str) -> dict[str, np.ndarray]:
    """Per label ("all", each frame or actor type): a units x (tp, fp, fn) array."""
    labelled: dict[str, np.ndarray] = {"all": np.zeros((len(mine), 3), dtype=int)}
    types = _known_types(mine) if measure == "actors" else {}
    for position in range(len(mine)):
        suite, human = set(mine.at[position, measure] or ()), set(mine.at[position, column])
        for name, slot in [*((n, 0) for n in suite & human), *((n, 1) for n in suite - human), *((n, 2) for n in human - suite)]:
            labels = ["all"]
            if measure == "frames":
                labels.append(name)
            elif measure == "actors":
                labels.append(types.get(name, "unknown"))
            for label in labels:
                labelled.setdefault(label, np.zeros((len(mine), 3), dtype=int))[position, slot] += 1
    return dict(sorted(labelled.items(), key=lambda item: (item[0] != "all", item[0])))


def _known_types(units: pd.DataFrame) -> dict[str, str]:
    types: dict[str, str] = {}
    for mapping in units["actor_types"]:
        if isinstance(mapping, dict):
            types.update(mapping)
    return types


def _coverage(units: pd.DataFrame, coders: Sequence[str], measures: Sequence[str]) -> pd.DataFrame:
    """Per coder and measure: units coded, and units not coded (blank cell, or not on the coder's sheet)."""
    rows = []
    for coder in coders:
        for measure in measures:
            values = units[f"{measure}:{coder}"]
            coded = int(values.notna().sum()) if measure == "tone" else int(values.map(lambda v: isinstance(v, tuple)).sum())
            rows.append({"coder": coder, "measure": measure, "coded": coded, "not coded": len(units) - coded})
    return pd.DataFrame(rows, columns=["coder", "measure", "coded", "not coded"])
